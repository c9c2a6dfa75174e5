package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.INITIAL_PASSWORD;
import static org.singlepassword.application.port.out.ContractSamples.LATER;
import static org.singlepassword.application.port.out.ContractSamples.POLICY;
import static org.singlepassword.application.port.out.ContractSamples.issue;
import static org.singlepassword.application.port.out.ContractSamples.uniqueEmail;
import static org.singlepassword.application.port.out.ContractSamples.uniqueUsername;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;

/**
 * Port contract: what every {@link AccountRepository} does, run against the in-memory fake and each
 * real adapter. Instants are stored in UTC and kept to the microsecond, so the contract gives them
 * already truncated; usernames are unique per test, so one database can serve a test class.
 */
public abstract class AccountRepositoryContract {

  private static final Duration MICROSECOND = Duration.of(1, ChronoUnit.MICROS);
  private static final Duration NANOSECOND = Duration.ofNanos(1);

  private final FakePasswordHasher hasher = new FakePasswordHasher();

  /** The repository under test; every call within one test returns the same store. */
  protected abstract AccountRepository accountRepository();

  /** The transactions of the same store, in which use cases read and save accounts. */
  protected abstract Transactions transactions();

  @Test
  void theSampleChannelsCoverEveryKindOfChannel() {
    Set<Class<?>> sampled =
        ContractSamples.everyChannel().map(Object::getClass).collect(Collectors.toSet());
    assertEquals(Set.of(Channel.class.getPermittedSubclasses()), sampled);
  }

  @ParameterizedTest
  @MethodSource(
      "org.singlepassword.application.port.out.ContractSamples#everyChannelWithEveryStatus")
  void keepsEveryFieldOfAnAccount(Channel channel, AccountStatus status) {
    Account account =
        new SampleAccount(hasher).status(status).passwordChanged(LATER, channel).build();

    assertTrue(accountRepository().addIfAbsent(account));

    assertStored(account.state());
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void keepsThePasswordChangeInstantToTheMicrosecond(Instant instant) {
    Account account = new SampleAccount(hasher).passwordChanged(instant, Channel.WEB_FORM).build();

    accountRepository().addIfAbsent(account);

    assertStored(account.state());
  }

  /** Disabled is a flag beside the status, so that enabling again brings the status back. */
  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#everyStoredStatus")
  void keepsADisabledAccountWithTheStatusItHad(AccountStatus status) {
    Account account = new SampleAccount(hasher).status(status).disabled().build();

    assertTrue(accountRepository().addIfAbsent(account));

    AccountState stored = assertStored(account.state());
    assertFalse(stored.enabled());
    assertEquals(status, stored.status());
  }

  @ParameterizedTest
  @MethodSource("org.singlepassword.application.port.out.ContractSamples#trickyInstants")
  void keepsTheFailedAttemptsAndTheEndOfALockToTheMicrosecond(Instant lockedUntil) {
    Account account = new SampleAccount(hasher).failedAttempts(4).lockedUntil(lockedUntil).build();

    accountRepository().addIfAbsent(account);

    AccountState stored = assertStored(account.state());
    assertEquals(4, stored.failedAttempts());
    assertEquals(Optional.of(lockedUntil), stored.lockedUntil());
  }

  @Test
  void anAccountNeverLockedComesBackEnabledWithNoLock() {
    Account account = issue(hasher);

    accountRepository().addIfAbsent(account);

    AccountState stored = assertStored(account.state());
    assertTrue(stored.enabled());
    assertEquals(0, stored.failedAttempts());
    assertEquals(Optional.empty(), stored.lockedUntil());
  }

  /** Each step reads afresh, so it sees only what the update before it saved. */
  @Test
  void anUpdateSavesTheLockAndTheEnabledFlagAndClearsThemAgain() {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    Lockout lockout = new Lockout(2, Duration.ofMinutes(15));

    AccountState counted =
        changeAndSave(
            account.id(),
            read -> {
              read.recordFailedAttempt(lockout, LATER);
              read.disable();
            });
    AccountState locked =
        changeAndSave(account.id(), read -> read.recordFailedAttempt(lockout, LATER));
    AccountState cleared =
        changeAndSave(
            account.id(),
            read -> {
              read.unlock();
              read.enable();
            });

    assertEquals(1, counted.failedAttempts());
    assertFalse(counted.enabled());
    assertEquals(Optional.of(LATER.plus(Duration.ofMinutes(15))), locked.lockedUntil());
    assertFalse(locked.enabled());
    assertEquals(Optional.empty(), cleared.lockedUntil());
    assertTrue(cleared.enabled());
    assertEquals(3, cleared.version());
  }

  /**
   * The deepest history a setting allows (SPS_PASSWORD_HISTORY up to 24), in its order: more than
   * ten places, so that an order by position written as text ("10" before "2") would show.
   */
  @Test
  void keepsTheDeepestHistoryASettingAllowsInItsOrder() {
    int deepest = 24;
    Account account = new SampleAccount(hasher).earlierPasswords(deepest).build();

    accountRepository().addIfAbsent(account);

    List<PasswordHash> stored = assertStored(account.state()).earlierPasswords().newestFirst();
    assertEquals(deepest, stored.size());
    for (int place = 0; place < deepest; place++) {
      assertTrue(
          hasher.verify(SampleAccount.earlierPassword(place + 1), stored.get(place)),
          "earlier password " + (place + 1) + " out of place");
    }
  }

  @Test
  void keepsTheLongestNamesTheDomainAllows() {
    Account account = new SampleAccount(hasher).withTheLongestNames().build();

    accountRepository().addIfAbsent(account);

    assertStored(account.state());
  }

  @Test
  void findsAnAccountByItsUsernameHoweverItIsTyped() {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);

    Username typed = new Username(" " + account.username().value().toUpperCase(Locale.ROOT) + "\t");

    assertEquals(
        account.id(), accountRepository().findByUsername(typed).map(Account::id).orElseThrow());
  }

  @Test
  void findsNothingForAnUnknownUsernameOrId() {
    assertTrue(accountRepository().findByUsername(uniqueUsername()).isEmpty());
    assertTrue(accountRepository().findById(AccountId.random()).isEmpty());
  }

  @Test
  void findsNoAccountForAnAddressNoAccountHas() {
    accountRepository().addIfAbsent(new SampleAccount(hasher).email(uniqueEmail()).build());

    assertEquals(List.of(), accountRepository().findByEmail(uniqueEmail()));
  }

  /** The domain part of an address ignores case, so the account is found however it is typed. */
  @Test
  void findsTheOneAccountOfAnAddressWithItsEarlierPasswords() {
    EmailAddress email = uniqueEmail();
    Account account = new SampleAccount(hasher).email(email).build();
    accountRepository().addIfAbsent(account);
    EmailAddress typed = new EmailAddress(email.value().replace("@example.edu", "@Example.EDU"));

    assertEquals(List.of(account.state()), states(accountRepository().findByEmail(typed)));
  }

  /** A person types the address as they remember it: its local part's case does not matter. */
  @Test
  void findsAnAccountWhateverTheCaseOfTheAddressTyped() {
    EmailAddress email = uniqueEmail();
    Account account = new SampleAccount(hasher).email(email).build();
    accountRepository().addIfAbsent(account);
    EmailAddress typed = new EmailAddress(email.value().toUpperCase(Locale.ROOT));

    assertEquals(List.of(account.state()), states(accountRepository().findByEmail(typed)));
    assertEquals(email, accountRepository().findByEmail(typed).get(0).email(), "kept as stored");
  }

  /** A family may share one address: a reset asked for by address goes to each of its accounts. */
  @Test
  void findsEveryAccountSharingAnAddressEachOnceAndNoOther() {
    EmailAddress shared = uniqueEmail();
    Account withHistory = new SampleAccount(hasher).email(shared).build();
    Account withNone = new SampleAccount(hasher).email(shared).withNoEarlierPasswords().build();
    Account elsewhere = new SampleAccount(hasher).email(uniqueEmail()).build();
    List.of(withHistory, withNone, elsewhere).forEach(accountRepository()::addIfAbsent);

    List<Account> found = accountRepository().findByEmail(shared);

    assertEquals(2, found.size(), "found: " + states(found));
    assertEquals(Set.of(withHistory.state(), withNone.state()), Set.copyOf(states(found)));
  }

  /** The daily expiry run asks for a half-open window: its start is in, its end is not. */
  @Test
  void findsThePasswordsSetInAWindowWithItsStartInAndItsEndOut() {
    // A day in which no other test sets a password, so one database can serve the class.
    Instant from = Instant.parse("2031-03-01T09:00:00.000001Z");
    Instant to = from.plus(Duration.ofDays(1));
    passwordSetAt(from.minus(MICROSECOND), true);
    Account atTheStart = passwordSetAt(from, true);
    Account justBeforeTheEnd = passwordSetAt(to.minus(MICROSECOND), false);
    passwordSetAt(to, true);

    List<Account> found = accountRepository().findWithPasswordSetBetween(from, to);

    assertEquals(2, found.size(), "found: " + states(found));
    assertEquals(Set.of(atTheStart.state(), justBeforeTheEnd.state()), Set.copyOf(states(found)));
  }

  /**
   * A bound between two microseconds selects what the exact instant would: the expiry run ends its
   * window a nanosecond after the last instant it wants, which truncated would leave that one out.
   */
  @Test
  void boundsFinerThanAMicrosecondSelectWhatTheExactInstantsWould() {
    // An instant at which no other test sets a password.
    Instant at = Instant.parse("2032-06-30T12:00:00.000001Z");
    AccountId account = passwordSetAt(at, true).id();

    assertEquals(List.of(account), passwordSetBetween(at.minus(NANOSECOND), at.plus(NANOSECOND)));
    assertEquals(List.of(account), passwordSetBetween(at, at.plus(NANOSECOND)));
    assertEquals(List.of(), passwordSetBetween(at.plus(NANOSECOND), at.plusSeconds(1)));
    assertEquals(List.of(), passwordSetBetween(at.minusSeconds(1), at.minus(NANOSECOND)));
  }

  @Test
  void refusesASecondAccountWithATakenUsername() {
    Account first = issue(hasher);
    Account second = issue(first.username(), new DisplayName("Someone Else"), hasher);

    assertTrue(accountRepository().addIfAbsent(first));
    assertFalse(accountRepository().addIfAbsent(second));

    assertStored(first.state());
    assertTrue(accountRepository().findById(second.id()).isEmpty());
  }

  @Test
  void refusesASecondAccountWithATakenId() {
    Account first = issue(hasher);
    Username otherName = uniqueUsername();
    Account second = new SampleAccount(hasher).id(first.id()).username(otherName).build();

    assertTrue(accountRepository().addIfAbsent(first));
    assertFalse(accountRepository().addIfAbsent(second));

    assertStored(first.state());
    assertTrue(accountRepository().findByUsername(otherName).isEmpty());
  }

  @Test
  void aRefusedAccountLeavesTheTransactionUsable() {
    Account first = issue(hasher);
    Account duplicate = issue(first.username(), new DisplayName("Someone Else"), hasher);
    Account other = issue(hasher);
    accountRepository().addIfAbsent(first);

    transactions()
        .inTransaction(
            () -> {
              assertFalse(accountRepository().addIfAbsent(duplicate));
              assertTrue(accountRepository().addIfAbsent(other));
            });

    assertStored(other.state());
  }

  /**
   * Each change starts from a fresh read, so it saves only if the previous moved the version on.
   */
  @Test
  void eachUpdateMovesTheVersionOnAndReplacesTheHistory() {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    List<String> passwords =
        List.of("Initial-Passw0rd", "Second-Passw0rd", "Third-Passw0rd", "Fourth-Passw0rd");

    Account read = account;
    for (int change = 1; change < passwords.size(); change++) {
      Password current = Password.of(passwords.get(change - 1));
      read = changedFromStored(account.id(), current, passwords.get(change));
      accountRepository().update(read);
      assertStored(read.state().withVersion(change));
    }

    List<PasswordHash> earlier = read.state().earlierPasswords().newestFirst();
    assertEquals(POLICY.earlierPasswordsToKeep(), earlier.size());
    assertTrue(hasher.verify(Password.of("Third-Passw0rd"), earlier.get(0)), "newest first");
  }

  @Test
  void anUpdateOverAStaleVersionThrowsAndStoresNothing() {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    Account first = changedFromStored(account.id(), INITIAL_PASSWORD, "First-Passw0rd");
    Account second = changedFromStored(account.id(), INITIAL_PASSWORD, "Second-Passw0rd");

    accountRepository().update(first);

    assertThrows(StaleAccountException.class, () -> accountRepository().update(second));
    assertStored(first.state().withVersion(1));
  }

  @Test
  void anUpdateOfAnAccountNeverAddedIsStale() {
    Account neverAdded = issue(hasher);

    assertThrows(StaleAccountException.class, () -> accountRepository().update(neverAdded));
    assertTrue(accountRepository().findById(neverAdded.id()).isEmpty());
  }

  /**
   * Password changes through several e-services at once, each from the same read: one is saved, the
   * others are told, and the history holds the password replaced once, not once per racer.
   */
  @Test
  void ofConcurrentUpdatesFromTheSameReadExactlyOneWinsAndTheHistoryStaysWhole() throws Exception {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    List<String> replacements =
        List.of("First-Passw0rd", "Second-Passw0rd", "Third-Passw0rd", "Fourth-Passw0rd");

    List<Boolean> won =
        Race.run(
            replacements.size(),
            (racer, allRead) ->
                changeInOwnTransaction(account.id(), replacements.get(racer), allRead));

    assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "won: " + won);
    AccountState stored = accountRepository().findById(account.id()).orElseThrow().state();
    assertEquals(1, stored.version());
    Password winner = Password.of(replacements.get(won.indexOf(true)));
    assertTrue(hasher.verify(winner, stored.credential()), "the winner's password is stored");
    List<PasswordHash> earlier = stored.earlierPasswords().newestFirst();
    assertEquals(1, earlier.size(), "one password replaced, once");
    assertTrue(hasher.verify(INITIAL_PASSWORD, earlier.get(0)));
  }

  /**
   * Wrong passwords typed at once on two instances, each counted from the same read: a lost update
   * would let a guesser past the lockout, so the one not saved must be told, and counts when tried
   * again.
   */
  @Test
  void ofConcurrentFailedAttemptsFromTheSameReadNoneIsLostUnnoticed() throws Exception {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    Lockout lockout = new Lockout(5, Duration.ofMinutes(15));

    List<Boolean> counted =
        Race.run(
            2,
            (racer, bothRead) ->
                countFailedAttemptInOwnTransaction(account.id(), lockout, bothRead));
    assertEquals(1, counted.stream().filter(Boolean::booleanValue).count(), "saved: " + counted);
    assertEquals(1, accountRepository().findById(account.id()).orElseThrow().failedAttempts());

    assertTrue(countFailedAttemptInOwnTransaction(account.id(), lockout, () -> {}), "retried");

    AccountState stored = accountRepository().findById(account.id()).orElseThrow().state();
    assertEquals(2, stored.failedAttempts());
    assertEquals(2, stored.version());
  }

  @Test
  void ofTwoConcurrentAccountsWithOneUsernameExactlyOneIsAdded() throws Exception {
    Username username = uniqueUsername();
    List<Account> accounts =
        List.of(
            issue(username, new DisplayName("First"), hasher),
            issue(username, new DisplayName("Second"), hasher));

    List<Boolean> added =
        Race.run(
            accounts.size(),
            (racer, bothBegan) -> addInOwnTransaction(accounts.get(racer), bothBegan));

    assertEquals(1, added.stream().filter(Boolean::booleanValue).count(), "added: " + added);
    assertStored(accounts.get(added.indexOf(true)).state());
  }

  /** A stored account whose password was set at that instant. */
  private Account passwordSetAt(Instant at, boolean withEarlierPasswords) {
    SampleAccount sample = new SampleAccount(hasher).passwordChanged(at, Channel.WEB_FORM);
    Account account = (withEarlierPasswords ? sample : sample.withNoEarlierPasswords()).build();
    assertTrue(accountRepository().addIfAbsent(account));
    return account;
  }

  private List<AccountId> passwordSetBetween(Instant from, Instant to) {
    return accountRepository().findWithPasswordSetBetween(from, to).stream()
        .map(Account::id)
        .toList();
  }

  private static List<AccountState> states(List<Account> accounts) {
    return accounts.stream().map(Account::state).toList();
  }

  /** Reads, waits for the other racer to have read too, changes and saves: true if saved. */
  private boolean changeInOwnTransaction(AccountId id, String replacement, Runnable bothRead) {
    try {
      transactions()
          .inTransaction(
              () -> {
                Account read = accountRepository().findById(id).orElseThrow();
                bothRead.run();
                changePassword(read, INITIAL_PASSWORD, replacement);
                accountRepository().update(read);
              });
      return true;
    } catch (StaleAccountException conflict) {
      return false;
    }
  }

  /** Reads, waits for the other racer, counts a wrong password and saves: true if saved. */
  private boolean countFailedAttemptInOwnTransaction(
      AccountId id, Lockout lockout, Runnable bothRead) {
    try {
      transactions()
          .inTransaction(
              () -> {
                Account read = accountRepository().findById(id).orElseThrow();
                bothRead.run();
                read.recordFailedAttempt(lockout, LATER);
                accountRepository().update(read);
              });
      return true;
    } catch (StaleAccountException conflict) {
      return false;
    }
  }

  private boolean addInOwnTransaction(Account account, Runnable bothBegan) {
    return transactions()
        .inTransactionReturning(
            () -> {
              bothBegan.run();
              return accountRepository().addIfAbsent(account);
            });
  }

  /** Reads the stored account afresh, changes it and saves it: what is stored afterwards. */
  private AccountState changeAndSave(AccountId id, Consumer<Account> change) {
    Account read = accountRepository().findById(id).orElseThrow();
    change.accept(read);
    accountRepository().update(read);
    return assertStored(read.state().withVersion(read.state().version() + 1));
  }

  /** The stored account, read fresh, with a password change made to it in memory only. */
  private Account changedFromStored(AccountId id, Password current, String replacement) {
    Account read = accountRepository().findById(id).orElseThrow();
    changePassword(read, current, replacement);
    return read;
  }

  private void changePassword(Account account, Password current, String replacement) {
    account.changePassword(
        current, Password.of(replacement), POLICY, hasher, Channel.WEB_FORM, LATER);
  }

  private AccountState assertStored(AccountState expected) {
    AccountState stored = accountRepository().findById(expected.id()).orElseThrow().state();
    assertEquals(expected, stored);
    return stored;
  }
}
