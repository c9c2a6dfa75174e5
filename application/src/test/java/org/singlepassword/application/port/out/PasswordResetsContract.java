package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.ISSUED_AT;
import static org.singlepassword.application.port.out.ContractSamples.LATER;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/**
 * Port contract: what every {@link PasswordResets} does, run against the in-memory fake and each
 * real adapter. A reset belongs to a stored account, so the contract stores one first; instants are
 * given at microsecond precision, the most an adapter keeps, except the bounds of a count.
 */
public abstract class PasswordResetsContract {

  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final Duration MICROSECOND = Duration.of(1, ChronoUnit.MICROS);

  private final SecureRandom random = new SecureRandom();

  /** The resets under test; every call within one test returns the same store. */
  protected abstract PasswordResets passwordResets();

  /** The accounts of the same store, to which the resets belong. */
  protected abstract AccountRepository accountRepository();

  @Test
  void findsAResetByTheHashOfItsToken() {
    PasswordReset reset = resetIssuedAt(storedAccount(), LATER);

    passwordResets().add(reset);

    assertEquals(Optional.of(reset), passwordResets().find(reset.id()));
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void keepsEveryInstantToTheMicrosecond(Instant instant) {
    PasswordReset reset =
        new PasswordReset(
            newTokenHash(),
            storedAccount(),
            instant,
            instant.plus(LIFETIME).plus(MICROSECOND),
            instant.minus(Duration.ofDays(90)).minus(MICROSECOND));

    passwordResets().add(reset);

    assertEquals(Optional.of(reset), passwordResets().find(reset.id()));
  }

  @Test
  void findsNothingForAnUnknownTokenOrAnAccountWithoutResets() {
    assertEquals(Optional.empty(), passwordResets().find(newTokenHash()));
    assertEquals(Optional.empty(), passwordResets().newestFor(storedAccount()));
  }

  /** Only the newest link works: the one issued last, whatever order they were stored in. */
  @Test
  void theNewestIsTheOneIssuedLastAndOfThatAccountOnly() {
    AccountId account = storedAccount();
    PasswordReset oldest = resetIssuedAt(account, LATER);
    PasswordReset middle = resetIssuedAt(account, LATER.plusSeconds(30));
    PasswordReset newest = resetIssuedAt(account, LATER.plusSeconds(30).plus(MICROSECOND));
    PasswordReset someoneElses = resetIssuedAt(storedAccount(), LATER.plusSeconds(60));
    List.of(middle, newest, oldest, someoneElses).forEach(passwordResets()::add);

    assertEquals(Optional.of(newest), passwordResets().newestFor(account));
  }

  /**
   * Links issued within one microsecond, or by a fixed clock in a test: the instant cannot tell
   * which was sent last, so the one added last is the newest, and the others are void.
   */
  @Test
  void ofResetsIssuedAtOneInstantTheOneAddedLastIsTheNewest() {
    AccountId account = storedAccount();
    List<PasswordReset> added =
        IntStream.range(0, 5).mapToObj(index -> resetIssuedAt(account, LATER)).toList();
    added.forEach(passwordResets()::add);

    assertEquals(Optional.of(added.get(added.size() - 1)), passwordResets().newestFor(account));
  }

  /** The rate limit counts the links issued at or after an instant, of that account only. */
  @Test
  void countsTheResetsIssuedAtOrAfterAnInstant() {
    AccountId account = storedAccount();
    Instant second = LATER.plusSeconds(60);
    for (Instant issuedAt : List.of(LATER, second, LATER.plusSeconds(120))) {
      passwordResets().add(resetIssuedAt(account, issuedAt));
    }
    passwordResets().add(resetIssuedAt(storedAccount(), second));

    assertEquals(3, passwordResets().countIssuedSince(account, LATER.minusSeconds(3600)));
    assertEquals(2, passwordResets().countIssuedSince(account, second));
    assertEquals(1, passwordResets().countIssuedSince(account, second.plus(MICROSECOND)));
    assertEquals(0, passwordResets().countIssuedSince(account, LATER.plusSeconds(121)));
    assertEquals(0, passwordResets().countIssuedSince(storedAccount(), LATER));
  }

  /** An instant from a clock may fall between two microseconds: "at or after" stays exact. */
  @Test
  void countsFromAnInstantFinerThanAMicrosecondAsExactly() {
    AccountId account = storedAccount();
    passwordResets().add(resetIssuedAt(account, LATER));

    assertEquals(1, passwordResets().countIssuedSince(account, LATER.minusNanos(1)));
    assertEquals(0, passwordResets().countIssuedSince(account, LATER.plusNanos(1)));
  }

  /** A link was used: every link of the account goes, those of other accounts stay. */
  @Test
  void removesEveryResetOfTheAccountAndOnlyThose() {
    AccountId account = storedAccount();
    List<PasswordReset> mine =
        List.of(resetIssuedAt(account, ISSUED_AT), resetIssuedAt(account, LATER));
    PasswordReset theirs = resetIssuedAt(storedAccount(), LATER);
    mine.forEach(passwordResets()::add);
    passwordResets().add(theirs);

    passwordResets().removeAllOf(account);

    for (PasswordReset removed : mine) {
      assertEquals(Optional.empty(), passwordResets().find(removed.id()));
    }
    assertEquals(Optional.empty(), passwordResets().newestFor(account));
    assertEquals(0, passwordResets().countIssuedSince(account, ISSUED_AT));
    assertEquals(Optional.of(theirs), passwordResets().find(theirs.id()));
    assertEquals(Optional.of(theirs), passwordResets().newestFor(theirs.accountId()));
  }

  @Test
  void removingTheResetsOfAnAccountWithNoneChangesNothing() {
    PasswordReset reset = resetIssuedAt(storedAccount(), LATER);
    passwordResets().add(reset);

    passwordResets().removeAllOf(storedAccount());

    assertEquals(Optional.of(reset), passwordResets().find(reset.id()));
  }

  /** A reset for the account's password as the contract's accounts have it, set at ISSUED_AT. */
  private PasswordReset resetIssuedAt(AccountId account, Instant issuedAt) {
    return new PasswordReset(newTokenHash(), account, issuedAt, issuedAt.plus(LIFETIME), ISSUED_AT);
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
