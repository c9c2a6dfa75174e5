package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.port.out.ContractSamples.INITIAL_PASSWORD;
import static org.singlepassword.application.port.out.ContractSamples.LATER;
import static org.singlepassword.application.port.out.ContractSamples.POLICY;
import static org.singlepassword.application.port.out.ContractSamples.atVersion;
import static org.singlepassword.application.port.out.ContractSamples.issue;
import static org.singlepassword.application.port.out.ContractSamples.uniqueUsername;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;

/**
 * Port contract: what every {@link AccountRepository} does, run against the in-memory fake and each
 * real adapter. Instants are stored in UTC and kept to the microsecond, so the contract gives them
 * already truncated; usernames are unique per test, so one database can serve a test class.
 */
public abstract class AccountRepositoryContract {

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
      assertStored(atVersion(read.state(), change));
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
    assertStored(atVersion(first.state(), 1));
  }

  @Test
  void anUpdateOfAnAccountNeverAddedIsStale() {
    Account neverAdded = issue(hasher);

    assertThrows(StaleAccountException.class, () -> accountRepository().update(neverAdded));
    assertTrue(accountRepository().findById(neverAdded.id()).isEmpty());
  }

  @Test
  void ofTwoConcurrentUpdatesFromTheSameReadExactlyOneWins() throws Exception {
    Account account = issue(hasher);
    accountRepository().addIfAbsent(account);
    List<String> replacements = List.of("First-Passw0rd", "Second-Passw0rd");

    List<Boolean> won =
        Race.run(
            replacements.size(),
            (racer, bothRead) ->
                changeInOwnTransaction(account.id(), replacements.get(racer), bothRead));

    assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "won: " + won);
    Account.State stored = accountRepository().findById(account.id()).orElseThrow().state();
    assertEquals(1, stored.version());
    Password winner = Password.of(replacements.get(won.indexOf(true)));
    assertTrue(hasher.verify(winner, stored.credential()), "the winner's password is stored");
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

  private boolean addInOwnTransaction(Account account, Runnable bothBegan) {
    return transactions()
        .inTransactionReturning(
            () -> {
              bothBegan.run();
              return accountRepository().addIfAbsent(account);
            });
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

  private Account.State assertStored(Account.State expected) {
    Account.State stored = accountRepository().findById(expected.id()).orElseThrow().state();
    assertEquals(expected, stored);
    return stored;
  }
}
