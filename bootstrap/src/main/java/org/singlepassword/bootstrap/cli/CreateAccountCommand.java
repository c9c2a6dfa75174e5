package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin create}: creates one account and prints its username and initial password, which the
 * person must change at the first sign-in. Without {@code --initial-password} the server generates
 * one, so no password lands in the shell history.
 */
@Command(
    name = "create",
    description = "Creates an account and prints its username and initial password.")
final class CreateAccountCommand implements Callable<Integer> {

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Option(names = "--username", required = true, paramLabel = "USERNAME")
  private String username;

  @Option(names = "--email", required = true, paramLabel = "EMAIL")
  private String email;

  @Option(names = "--display-name", required = true, paramLabel = "NAME")
  private String displayName;

  @Option(
      names = "--initial-password",
      paramLabel = "PASSWORD",
      description = "Default: one the server generates (safer: no shell history).")
  private String initialPassword;

  @Override
  public Integer call() {
    return admin.attempt(
        () -> {
          JsonNode created =
              admin
                  .client()
                  .createAccount(
                      username, email, displayName, Optional.ofNullable(initialPassword));
          Map<String, String> lines = new LinkedHashMap<>();
          lines.put("Username", AlignedText.field(created, "username"));
          lines.put("Initial password", AlignedText.field(created, "initialPassword"));
          AlignedText.printLines(admin.out(), lines);
          admin.err().println("The person must change the initial password at the first sign-in.");
          return AdminCommand.OK;
        });
  }
}
