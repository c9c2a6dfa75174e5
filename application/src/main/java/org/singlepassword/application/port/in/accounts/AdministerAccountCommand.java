package org.singlepassword.application.port.in.accounts;

import java.util.Objects;
import org.singlepassword.domain.account.Username;

/** What an administrator does to one account. */
public record AdministerAccountCommand(Username username, Action action) {

  /** The administrator's actions on an account. */
  public enum Action {
    /** Lift a lock from guessing before it ends by itself. */
    UNLOCK,
    /** Force a change of password at the next sign-in. */
    EXPIRE_PASSWORD,
    /** Stop every sign-in; the password is kept. */
    DISABLE,
    /** Allow sign-ins again. */
    ENABLE
  }

  public AdministerAccountCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(action, "action");
  }
}
