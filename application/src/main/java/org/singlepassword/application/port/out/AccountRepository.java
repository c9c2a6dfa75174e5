package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/** Outgoing port: where accounts, their credentials and password histories are kept. */
public interface AccountRepository {

  Optional<Account> findByUsername(Username username);

  Optional<Account> findById(AccountId id);

  /**
   * Every account with this e-mail address, whatever the case it is typed in (a family may share
   * one), in no set order.
   */
  List<Account> findByEmail(EmailAddress email);

  /** Accounts whose password was set in {@code [from, to)}: those entering the expiry warning. */
  List<Account> findWithPasswordSetBetween(Instant from, Instant to);

  /** Stores a new account; false, and nothing stored, when its username is taken. */
  boolean addIfAbsent(Account account);

  /**
   * Stores the account over the version it was read at, and moves the version on.
   *
   * @throws StaleAccountException the stored version moved on meanwhile; nothing was stored
   */
  void update(Account account);
}
