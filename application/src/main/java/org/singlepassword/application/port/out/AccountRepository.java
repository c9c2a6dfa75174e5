package org.singlepassword.application.port.out;

import java.util.Optional;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Username;

/** Outgoing port: where accounts, their credentials and password histories are kept. */
public interface AccountRepository {

  Optional<Account> findByUsername(Username username);

  Optional<Account> findById(AccountId id);

  /** Stores a new account; false, and nothing stored, when its username is taken. */
  boolean addIfAbsent(Account account);

  /**
   * Stores the account over the version it was read at, and moves the version on.
   *
   * @throws StaleAccountException the stored version moved on meanwhile; nothing was stored
   */
  void update(Account account);
}
