package org.singlepassword.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/** A repository that passes every call on: a test overrides the one call it makes fail. */
class ForwardingAccountRepository implements AccountRepository {

  private final AccountRepository delegate;

  ForwardingAccountRepository(AccountRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<Account> findByUsername(Username username) {
    return delegate.findByUsername(username);
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return delegate.findById(id);
  }

  @Override
  public List<Account> findByEmail(EmailAddress email) {
    return delegate.findByEmail(email);
  }

  @Override
  public List<Account> findWithPasswordSetBetween(Instant from, Instant to) {
    return delegate.findWithPasswordSetBetween(from, to);
  }

  @Override
  public boolean addIfAbsent(Account account) {
    return delegate.addIfAbsent(account);
  }

  @Override
  public void update(Account account) {
    delegate.update(account);
  }
}
