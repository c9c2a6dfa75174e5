package org.singlepassword.application.port.in.accounts;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/** What became of one row: created (with its initial password), already there, or repeated. */
public record ImportedAccount(
    Username username, Result result, Optional<Password> initialPassword) {

  /** The outcome of one row; a re-run of the same file gives {@code EXISTS} for every row. */
  public enum Result {
    CREATED,
    EXISTS,
    /** The same username stood earlier in the same file. */
    DUPLICATE
  }

  public ImportedAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(initialPassword, "initialPassword");
    if ((result == Result.CREATED) != initialPassword.isPresent()) {
      throw new IllegalArgumentException("exactly the created accounts carry an initial password");
    }
  }
}
