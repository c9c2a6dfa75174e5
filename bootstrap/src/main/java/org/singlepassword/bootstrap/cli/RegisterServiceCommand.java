package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin register-service}: registers an e-service with its URLs and prints the secret it
 * signs in with, shown this once. The e-service then calls Single-Password with HTTP Basic {@code
 * id:secret}.
 */
@Command(
    name = "register-service",
    description = "Registers an e-service and prints its secret, shown this once.")
final class RegisterServiceCommand implements Callable<Integer> {

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Option(names = "--id", required = true, paramLabel = "ID")
  private String id;

  @Option(names = "--name", required = true, paramLabel = "NAME")
  private String name;

  // Its own --url, after the subcommand; admin's --url (the server) comes before it.
  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "A URL of the e-service; repeat for each.")
  private List<String> serviceUrls;

  @Override
  public Integer call() {
    return admin.attempt(
        () -> {
          JsonNode registered = admin.client().registerService(id, name, serviceUrls);
          Map<String, String> lines = new LinkedHashMap<>();
          lines.put("Id", AlignedText.field(registered, "id"));
          lines.put("Secret", AlignedText.field(registered, "secret"));
          AlignedText.printLines(admin.out(), lines);
          admin
              .err()
              .println(
                  "The secret is shown this once: give it to the e-service, which signs in with"
                      + " HTTP Basic id:secret.");
          return AdminCommand.OK;
        });
  }
}
