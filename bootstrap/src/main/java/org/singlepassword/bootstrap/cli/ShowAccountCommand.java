package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin show USERNAME}: prints one account as labelled lines, its status, password dates and
 * lockout, so an administrator can see why a person cannot sign in.
 */
@Command(name = "show", description = "Shows an account: status, password dates, lockout.")
final class ShowAccountCommand implements Callable<Integer> {

  /** What {@code show} prints, in this order, labelled for people. */
  private static final Map<String, String> ACCOUNT_FIELDS = accountFields();

  private static Map<String, String> accountFields() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("username", "Username");
    labels.put("email", "E-mail");
    labels.put("displayName", "Display name");
    labels.put("status", "Status");
    labels.put("passwordChangedAt", "Password changed");
    labels.put("passwordExpiresAt", "Password expires");
    labels.put("lockedUntil", "Locked until");
    labels.put("failedAttempts", "Failed sign-ins");
    return labels;
  }

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Parameters(paramLabel = "USERNAME")
  private String username;

  @Override
  public Integer call() {
    return admin.attempt(
        () -> {
          JsonNode account = admin.client().account(username);
          Map<String, String> lines = new LinkedHashMap<>();
          ACCOUNT_FIELDS.forEach(
              (field, label) -> lines.put(label, AlignedText.field(account, field)));
          // Fields a newer server adds are shown under their own name rather than hidden.
          account
              .properties()
              .forEach(
                  field -> {
                    if (!ACCOUNT_FIELDS.containsKey(field.getKey())) {
                      lines.put(field.getKey(), AlignedText.field(account, field.getKey()));
                    }
                  });
          AlignedText.printLines(admin.out(), lines);
          return AdminCommand.OK;
        });
  }
}
