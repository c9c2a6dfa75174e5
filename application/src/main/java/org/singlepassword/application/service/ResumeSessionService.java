package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.signin.ResumeSessionUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.session.SessionTimeouts;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: recognise a signed-in person from the session cookie. A timed-out session is removed;
 * the person is read fresh from the account, so a change made elsewhere (a new status, a disabled
 * account) shows at once.
 */
public final class ResumeSessionService implements ResumeSessionUseCase {

  /**
   * Every page view would otherwise write to the database; an idle timeout a minute late at most is
   * worth not doing that.
   */
  static final Duration TOUCH_AT_MOST_EVERY = Duration.ofMinutes(1);

  private final Transactions transactions;
  private final SessionStore sessions;
  private final AccountRepository accounts;
  private final SessionTimeouts timeouts;
  private final PasswordAging aging;
  private final Clock clock;

  public ResumeSessionService(
      Transactions transactions,
      SessionStore sessions,
      AccountRepository accounts,
      SessionTimeouts timeouts,
      PasswordAging aging,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.sessions = Objects.requireNonNull(sessions);
    this.accounts = Objects.requireNonNull(accounts);
    this.timeouts = Objects.requireNonNull(timeouts);
    this.aging = Objects.requireNonNull(aging);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public Optional<SignedIn> resumeSession(SecretToken token) {
    return transactions.inTransactionReturning(() -> resume(token));
  }

  private Optional<SignedIn> resume(SecretToken token) {
    Optional<Session> found = sessions.find(token.hash());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session session = found.get();
    if (!session.isLiveAt(now, timeouts)) {
      sessions.remove(session.id());
      return Optional.empty();
    }
    if (!now.isBefore(session.lastSeenAt().plus(TOUCH_AT_MOST_EVERY))) {
      sessions.update(session.seenAt(now));
    }
    return accounts
        .findById(session.accountId())
        .map(account -> Accounts.signedIn(account, aging, now))
        .filter(person -> person.status() != AccountStatus.DISABLED);
  }
}
