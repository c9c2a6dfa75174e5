package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.singlepassword.application.port.in.signin.OpenSessionUseCase;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.SecretToken;

/** Use case: begin a web session; a new token every time, so a planted session id is useless. */
public final class OpenSessionService implements OpenSessionUseCase {

  private final Transactions transactions;
  private final SessionStore sessions;
  private final SecureRandom random;
  private final Clock clock;

  public OpenSessionService(
      Transactions transactions, SessionStore sessions, SecureRandom random, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.sessions = Objects.requireNonNull(sessions);
    this.random = Objects.requireNonNull(random);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public SecretToken openSession(AccountId accountId) {
    SecretToken token = SecretToken.generate(random);
    transactions.inTransaction(
        () -> sessions.add(Session.begin(token.hash(), accountId, clock.instant())));
    return token;
  }
}
