package org.singlepassword.bootstrap.cli;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin unlock|expire|disable|enable USERNAME}: one action on an account, confirmed in one
 * line. The four commands differ only in the admin API call and the confirmation, so each is a
 * small subclass naming those two.
 */
abstract class AccountActionCommand implements Callable<Integer> {

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Parameters(paramLabel = "USERNAME")
  private String username;

  private final BiConsumer<AdminClient, String> action;
  private final String confirmation;

  /**
   * An action on the account named on the command line.
   *
   * @param action the admin API call, given the username
   * @param confirmation what is printed once it is done, {@code %s} standing for the username
   */
  private AccountActionCommand(BiConsumer<AdminClient, String> action, String confirmation) {
    this.action = action;
    this.confirmation = confirmation;
  }

  @Override
  public final Integer call() {
    return admin.attempt(
        () -> {
          action.accept(admin.client(), username);
          admin.out().println(String.format(confirmation, username));
          return AdminCommand.OK;
        });
  }

  /** {@code admin unlock}: the person may try to sign in again at once. */
  @Command(name = "unlock", description = "Lifts a lockout after too many failed sign-ins.")
  static final class Unlock extends AccountActionCommand {
    Unlock() {
      super(AdminClient::unlock, "Unlocked %s.");
    }
  }

  /** {@code admin expire}: the next sign-in asks for a new Account Password. */
  @Command(
      name = "expire",
      description = "Expires the password: the person must change it at the next sign-in.")
  static final class Expire extends AccountActionCommand {
    Expire() {
      super(AdminClient::expirePassword, "Expired the password of %s.");
    }
  }

  /** {@code admin disable}: the account can no longer sign in to any e-service. */
  @Command(
      name = "disable",
      description = "Disables an account: it can no longer sign in anywhere.")
  static final class Disable extends AccountActionCommand {
    Disable() {
      super(AdminClient::disable, "Disabled %s.");
    }
  }

  /** {@code admin enable}: a disabled account may sign in again. */
  @Command(name = "enable", description = "Enables a disabled account again.")
  static final class Enable extends AccountActionCommand {
    Enable() {
      super(AdminClient::enable, "Enabled %s.");
    }
  }
}
