package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.ISSUED_AT;
import static org.singlepassword.application.port.out.ContractSamples.LATER;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.session.Session;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/**
 * Port contract: what every {@link SessionStore} does, run against the in-memory fake and each real
 * adapter. A session belongs to a stored account, so the contract stores one first; instants are
 * given at microsecond precision, the most an adapter keeps.
 */
public abstract class SessionStoreContract {

  private final SecureRandom random = new SecureRandom();

  /** The store under test; every call within one test returns the same store. */
  protected abstract SessionStore sessionStore();

  /** The accounts of the same store, to which the sessions belong. */
  protected abstract AccountRepository accountRepository();

  @Test
  void findsASessionByTheHashOfItsToken() {
    Session session = Session.begin(newTokenHash(), storedAccount(), ISSUED_AT);

    sessionStore().add(session);

    assertEquals(session, sessionStore().find(session.id()).orElseThrow());
  }

  @Test
  void keepsBothInstantsToTheMicrosecond() {
    Instant createdAt = Instant.parse("2024-10-27T00:30:00.000001Z");
    Instant lastSeenAt = Instant.parse("2024-10-27T01:30:00.999999Z");
    Session session = new Session(newTokenHash(), storedAccount(), createdAt, lastSeenAt);

    sessionStore().add(session);

    assertEquals(session, sessionStore().find(session.id()).orElseThrow());
  }

  @Test
  void findsNothingForAnUnknownToken() {
    assertTrue(sessionStore().find(newTokenHash()).isEmpty());
  }

  @Test
  void anUpdateRecordsTheLastUseAndKeepsTheStart() {
    Session session = Session.begin(newTokenHash(), storedAccount(), ISSUED_AT);
    sessionStore().add(session);

    sessionStore().update(session.seenAt(LATER));

    Session stored = sessionStore().find(session.id()).orElseThrow();
    assertEquals(LATER, stored.lastSeenAt());
    assertEquals(ISSUED_AT, stored.createdAt());
    assertEquals(session.seenAt(LATER), stored);
  }

  @Test
  void removesASessionAndOnlyThatOne() {
    AccountId account = storedAccount();
    Session removed = Session.begin(newTokenHash(), account, ISSUED_AT);
    Session kept = Session.begin(newTokenHash(), account, ISSUED_AT);
    sessionStore().add(removed);
    sessionStore().add(kept);

    sessionStore().remove(removed.id());

    assertTrue(sessionStore().find(removed.id()).isEmpty());
    assertEquals(kept, sessionStore().find(kept.id()).orElseThrow());
  }

  @Test
  void anUpdateAfterRemovalDoesNotBringTheSessionBack() {
    Session session = Session.begin(newTokenHash(), storedAccount(), ISSUED_AT);
    sessionStore().add(session);
    sessionStore().remove(session.id());

    sessionStore().update(session.seenAt(LATER));

    assertTrue(sessionStore().find(session.id()).isEmpty());
  }

  @Test
  void removingAnUnknownSessionChangesNothing() {
    Session session = Session.begin(newTokenHash(), storedAccount(), ISSUED_AT);
    sessionStore().add(session);

    sessionStore().remove(newTokenHash());

    assertEquals(session, sessionStore().find(session.id()).orElseThrow());
  }

  /** A password changed on one device ends the account's sessions elsewhere, not its own. */
  @Test
  void removingAllOfAnAccountEndsEverySessionButTheKeptOne() {
    AccountId account = storedAccount();
    Session kept = Session.begin(newTokenHash(), account, ISSUED_AT);
    List<Session> others = beginAll(account, 3);
    sessionStore().add(kept);

    sessionStore().removeAllOf(account, Optional.of(kept.id()));

    assertEquals(kept, sessionStore().find(kept.id()).orElseThrow());
    assertAllEnded(others);
  }

  /** A change through an e-service or an administrator keeps no session at all. */
  @Test
  void removingAllOfAnAccountWithNoneKeptEndsEveryOne() {
    AccountId account = storedAccount();
    List<Session> sessions = beginAll(account, 3);

    sessionStore().removeAllOf(account, Optional.empty());

    assertAllEnded(sessions);
  }

  @Test
  void removingAllOfAnAccountLeavesOtherAccountsSessionsAlone() {
    AccountId account = storedAccount();
    AccountId someoneElse = storedAccount();
    List<Session> theirs = beginAll(someoneElse, 2);
    List<Session> mine = beginAll(account, 2);

    sessionStore().removeAllOf(account, Optional.empty());
    // Naming another account's session as the kept one neither keeps nor ends anything more.
    sessionStore().removeAllOf(account, Optional.of(theirs.get(0).id()));

    assertAllEnded(mine);
    for (Session session : theirs) {
      assertEquals(session, sessionStore().find(session.id()).orElseThrow());
    }
  }

  /**
   * The kept session may have ended meanwhile (signed out, timed out): the others end all the same.
   */
  @Test
  void removingAllOfAnAccountKeepingAnUnknownSessionEndsEveryOne() {
    AccountId account = storedAccount();
    List<Session> sessions = beginAll(account, 2);

    sessionStore().removeAllOf(account, Optional.of(newTokenHash()));

    assertAllEnded(sessions);
  }

  /** Sessions of the account, begun at different instants and stored. */
  private List<Session> beginAll(AccountId account, int count) {
    List<Session> sessions =
        IntStream.range(0, count)
            .mapToObj(index -> Session.begin(newTokenHash(), account, ISSUED_AT.plusSeconds(index)))
            .toList();
    sessions.forEach(sessionStore()::add);
    return sessions;
  }

  private void assertAllEnded(List<Session> sessions) {
    for (Session session : sessions) {
      assertTrue(sessionStore().find(session.id()).isEmpty(), "still there: " + session.id());
    }
  }

  private AccountId storedAccount() {
    Account account = ContractSamples.issue(new FakePasswordHasher());
    assertTrue(accountRepository().addIfAbsent(account));
    return account.id();
  }

  private TokenHash newTokenHash() {
    return SecretToken.generate(random).hash();
  }
}
