package org.singlepassword.application.service;

import java.util.Objects;
import org.singlepassword.application.port.in.signin.EndSessionUseCase;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.token.SecretToken;

/** Use case: sign out. */
public final class EndSessionService implements EndSessionUseCase {

  private final Transactions transactions;
  private final SessionStore sessions;

  public EndSessionService(Transactions transactions, SessionStore sessions) {
    this.transactions = Objects.requireNonNull(transactions);
    this.sessions = Objects.requireNonNull(sessions);
  }

  @Override
  public void endSession(SecretToken token) {
    transactions.inTransaction(() -> sessions.remove(token.hash()));
  }
}
