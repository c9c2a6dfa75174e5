package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin services list|show|rotate-secret|disable|enable}: looks after the registered
 * e-services (Learner Portal, SOUL, Online Enrolment Services…). {@code register-service} adds one.
 */
@Command(
    name = "services",
    description = "Lists, shows, disables, enables the e-services or issues a new secret.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ServicesCommand.ListServices.class,
      ServicesCommand.ShowService.class,
      ServicesCommand.RotateSecret.class,
      ServicesCommand.Disable.class,
      ServicesCommand.Enable.class
    })
final class ServicesCommand {

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  /** {@code services list}: one row per e-service. */
  @Command(name = "list", description = "Lists the registered e-services.")
  static final class ListServices implements Callable<Integer> {

    @ParentCommand private ServicesCommand services;

    @Override
    public Integer call() {
      AdminCommand admin = services.admin;
      return admin.attempt(
          () -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("ID", "STATE", "NAME", "SERVICE URLS"));
            for (JsonNode service : admin.client().services().path("services")) {
              rows.add(
                  List.of(
                      AlignedText.field(service, "id"),
                      service.path("enabled").asBoolean() ? "enabled" : "disabled",
                      AlignedText.field(service, "name"),
                      urls(service)));
            }
            AlignedText.printColumns(admin.out(), rows);
            return AdminCommand.OK;
          });
    }
  }

  /** {@code services show ID}: one e-service as labelled lines. */
  @Command(name = "show", description = "Shows one e-service: name, state, service URLs.")
  static final class ShowService implements Callable<Integer> {

    @ParentCommand private ServicesCommand services;

    @Parameters(paramLabel = "ID")
    private String id;

    @Override
    public Integer call() {
      AdminCommand admin = services.admin;
      return admin.attempt(
          () -> {
            JsonNode service = admin.client().service(id);
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Id", AlignedText.field(service, "id"));
            lines.put("Name", AlignedText.field(service, "name"));
            lines.put("State", service.path("enabled").asBoolean() ? "enabled" : "disabled");
            lines.put("Service URLs", urls(service));
            AlignedText.printLines(admin.out(), lines);
            return AdminCommand.OK;
          });
    }
  }

  /** {@code services rotate-secret ID}: a new secret at once; the old one stops working. */
  @Command(
      name = "rotate-secret",
      description = "Issues a new secret, shown this once; the old one stops working at once.")
  static final class RotateSecret implements Callable<Integer> {

    @ParentCommand private ServicesCommand services;

    @Parameters(paramLabel = "ID")
    private String id;

    @Override
    public Integer call() {
      AdminCommand admin = services.admin;
      return admin.attempt(
          () -> {
            JsonNode rotated = admin.client().rotateServiceSecret(id);
            Map<String, String> lines = new LinkedHashMap<>();
            lines.put("Id", AlignedText.field(rotated, "id"));
            lines.put("Secret", AlignedText.field(rotated, "secret"));
            AlignedText.printLines(admin.out(), lines);
            admin
                .err()
                .println(
                    "The secret is shown this once and the old one no longer works: give it to"
                        + " the e-service now.");
            return AdminCommand.OK;
          });
    }
  }

  /** The two one-line actions, differing only in the call and what they confirm. */
  private abstract static class Action implements Callable<Integer> {

    @ParentCommand private ServicesCommand services;

    @Parameters(paramLabel = "ID")
    private String id;

    private final BiConsumer<AdminClient, String> action;
    private final String confirmation;

    Action(BiConsumer<AdminClient, String> action, String confirmation) {
      this.action = action;
      this.confirmation = confirmation;
    }

    @Override
    public final Integer call() {
      AdminCommand admin = services.admin;
      return admin.attempt(
          () -> {
            action.accept(admin.client(), id);
            admin.out().println(String.format(confirmation, id));
            admin.out().flush();
            return AdminCommand.OK;
          });
    }
  }

  /** {@code services disable ID}: its secret and its tickets are refused from now on. */
  @Command(
      name = "disable",
      description = "Disables an e-service: its secret and single sign-on stop working.")
  static final class Disable extends Action {
    Disable() {
      super(AdminClient::disableService, "Disabled the e-service %s.");
    }
  }

  /** {@code services enable ID}. */
  @Command(name = "enable", description = "Enables a disabled e-service again.")
  static final class Enable extends Action {
    Enable() {
      super(AdminClient::enableService, "Enabled the e-service %s.");
    }
  }

  private static String urls(JsonNode service) {
    List<String> urls = new ArrayList<>();
    service.path("serviceUrls").forEach(url -> urls.add(url.asText()));
    return urls.isEmpty() ? "-" : String.join(" ", urls);
  }
}
