package org.singlepassword.application.port.out;

import java.time.Instant;
import org.singlepassword.domain.account.AccountId;

/**
 * Outgoing port: which "your password expires soon" e-mails were sent, so that each password is
 * warned about once, across restarts and across instances.
 */
public interface ExpiryWarnings {

  /** Marks the warning for the password set at that moment; false if it was marked already. */
  boolean markSent(AccountId accountId, Instant forPasswordSetAt);
}
