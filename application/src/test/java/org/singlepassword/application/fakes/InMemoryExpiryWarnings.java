package org.singlepassword.application.fakes;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.domain.account.AccountId;

/** Outgoing adapter for tests and teaching: the sent expiry warnings in a set. */
public final class InMemoryExpiryWarnings implements ExpiryWarnings {

  private record Sent(AccountId accountId, Instant forPasswordSetAt) {}

  private final Set<Sent> sent = ConcurrentHashMap.newKeySet();

  @Override
  public boolean markSent(AccountId accountId, Instant forPasswordSetAt) {
    return sent.add(new Sent(accountId, forPasswordSetAt));
  }
}
