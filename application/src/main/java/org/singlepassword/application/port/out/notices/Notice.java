package org.singlepassword.application.port.out.notices;

import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;

/** Something to tell one person about their account: what happened, not yet in words. */
public sealed interface Notice
    permits PasswordResetLinkNotice, PasswordChangedNotice, PasswordExpiringNotice {

  /** Where it goes: the account's e-mail address, never one given in a request. */
  EmailAddress to();

  /** How to greet the person. */
  DisplayName name();
}
