package org.singlepassword.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.StaleAccountException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/** Outgoing adapter for tests and teaching: accounts in a map, with the same optimistic locking. */
public final class InMemoryAccountRepository implements AccountRepository {

  private final Map<AccountId, AccountState> byId = new ConcurrentHashMap<>();

  @Override
  public Optional<Account> findByUsername(Username username) {
    return byId.values().stream()
        .filter(state -> state.username().equals(username))
        .findFirst()
        .map(Account::restore);
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(byId.get(id)).map(Account::restore);
  }

  @Override
  public List<Account> findByEmail(EmailAddress email) {
    return byId.values().stream()
        .filter(state -> state.email().value().equalsIgnoreCase(email.value()))
        .map(Account::restore)
        .toList();
  }

  @Override
  public List<Account> findWithPasswordSetBetween(Instant from, Instant to) {
    return byId.values().stream()
        .filter(state -> !state.passwordChangedAt().isBefore(from))
        .filter(state -> state.passwordChangedAt().isBefore(to))
        .map(Account::restore)
        .toList();
  }

  @Override
  public synchronized boolean addIfAbsent(Account account) {
    if (findByUsername(account.username()).isPresent() || byId.containsKey(account.id())) {
      return false;
    }
    byId.put(account.id(), account.state());
    return true;
  }

  @Override
  public synchronized void update(Account account) {
    AccountState given = account.state();
    AccountState stored = byId.get(account.id());
    if (stored == null || stored.version() != given.version()) {
      throw new StaleAccountException(account.id(), given.version());
    }
    byId.put(account.id(), given.withVersion(given.version() + 1));
  }
}
