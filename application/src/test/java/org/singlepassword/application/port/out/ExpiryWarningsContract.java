package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.ISSUED_AT;
import static org.singlepassword.application.port.out.ContractSamples.LATER;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;

/**
 * Port contract: what every {@link ExpiryWarnings} does, run against the in-memory fake and each
 * real adapter. A warning is about one password of a stored account, so the contract stores one
 * first; instants are given at microsecond precision, the most an adapter keeps.
 */
public abstract class ExpiryWarningsContract {

  /** More than two, so that a mark which merely alternates would show. */
  private static final int RACERS = 4;

  private static final Duration MICROSECOND = Duration.of(1, ChronoUnit.MICROS);

  /** The marks under test; every call within one test returns the same store. */
  protected abstract ExpiryWarnings expiryWarnings();

  /** The accounts of the same store, whose passwords are warned about. */
  protected abstract AccountRepository accountRepository();

  /** The transactions of the same store, in which the daily run marks each warning. */
  protected abstract Transactions transactions();

  @Test
  void marksAPasswordsWarningOnlyTheFirstTime() {
    AccountId account = storedAccount();

    assertTrue(expiryWarnings().markSent(account, ISSUED_AT));
    assertFalse(expiryWarnings().markSent(account, ISSUED_AT));
    assertFalse(expiryWarnings().markSent(account, ISSUED_AT));
  }

  /** A password set again, even a microsecond later, is a new password to warn about. */
  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void aPasswordSetAtAnotherInstantIsWarnedAboutAgain(Instant setAt) {
    AccountId account = storedAccount();

    assertTrue(expiryWarnings().markSent(account, setAt));
    assertTrue(expiryWarnings().markSent(account, setAt.plus(MICROSECOND)));
    assertFalse(expiryWarnings().markSent(account, setAt));
  }

  @Test
  void eachAccountsPasswordIsWarnedAboutOnItsOwn() {
    AccountId account = storedAccount();
    AccountId someoneElse = storedAccount();
    assertTrue(expiryWarnings().markSent(account, LATER));

    assertTrue(expiryWarnings().markSent(someoneElse, LATER));
  }

  /** The daily run goes on after a password it finds marked, within the same transaction. */
  @Test
  void aMarkFoundThereLeavesTheTransactionUsable() {
    AccountId account = storedAccount();
    Instant setAgain = LATER.plusSeconds(60);
    expiryWarnings().markSent(account, LATER);

    List<Boolean> marked =
        transactions()
            .inTransactionReturning(
                () ->
                    List.of(
                        expiryWarnings().markSent(account, LATER),
                        expiryWarnings().markSent(account, setAgain)));

    assertEquals(List.of(false, true), marked);
    assertFalse(expiryWarnings().markSent(account, setAgain), "the second mark was kept");
  }

  /** Two instances of the service warning at once: exactly one of them sends the e-mail. */
  @Test
  void ofConcurrentMarksOfOnePasswordExactlyOneIsFirst() throws Exception {
    AccountId account = storedAccount();

    List<Boolean> first =
        Race.run(
            RACERS,
            (racer, allBegan) ->
                transactions()
                    .inTransactionReturning(
                        () -> {
                          allBegan.run();
                          return expiryWarnings().markSent(account, LATER);
                        }));

    assertEquals(1, first.stream().filter(Boolean::booleanValue).count(), "first: " + first);
    assertFalse(expiryWarnings().markSent(account, LATER));
  }

  private AccountId storedAccount() {
    Account account = ContractSamples.issue(new FakePasswordHasher());
    assertTrue(accountRepository().addIfAbsent(account));
    return account.id();
  }
}
