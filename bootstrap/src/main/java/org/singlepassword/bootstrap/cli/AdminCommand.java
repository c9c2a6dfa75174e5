package org.singlepassword.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Driving adapter for administrators: {@code single-password.jar admin COMMAND}, the command line
 * that creates, imports, shows, unlocks, expires, disables and enables accounts, lists their events
 * and registers e-services on a running Single-Password. Each subcommand is one admin API call
 * through {@link AdminClient} (the import makes one per chunk); what it prints is for people, and
 * its exit code is for scripts.
 */
@Command(
    name = "admin",
    // Help, version and exit codes hold for every subcommand; options stay where they are declared.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = AdminCommand.JarVersion.class,
    description = "Administers a running Single-Password through its admin API.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = ImportAccountsCommand.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:Single-Password cannot be reached or failed",
      "2:refused, by the server or here (wrong arguments, no token, bad file)",
      "3:the import ran but some rows were not created"
    })
public final class AdminCommand {

  // The exit codes that --help lists, for scripts.
  static final int OK = 0;
  static final int UNAVAILABLE = 1;
  static final int REFUSED = 2;
  static final int ROWS_FAILED = 3;

  static final String DEFAULT_URL = "http://127.0.0.1:7070";

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

  private final Map<String, String> environment;
  private final boolean terminal;

  // Set by picocli through reflection, hence neither final nor assigned here.
  @Spec private CommandSpec spec;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Single-Password's address (default: $SPS_ADMIN_URL, else " + DEFAULT_URL + ")")
  private String url;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "The admin token (default: $SPS_ADMIN_TOKEN, else the file admin-token in"
              + " $SPS_DATA_DIR or ./data). Prefer those: other users can see arguments.")
  private String token;

  /**
   * The command with its surroundings passed in, so that tests run it in-process: what the picocli
   * {@link CommandLine} around it prints goes to its {@code getOut()} and {@code getErr()}.
   *
   * @param environment the variables {@code SPS_ADMIN_URL}, {@code SPS_ADMIN_TOKEN} and {@code
   *     SPS_DATA_DIR} are read from
   * @param terminal whether a person watches standard error, so progress can redraw one line
   */
  public AdminCommand(Map<String, String> environment, boolean terminal) {
    this.environment = Map.copyOf(environment);
    this.terminal = terminal;
  }

  /** Runs {@code admin ARGS} in this process's environment and returns the exit code. */
  public static int run(String... args) {
    return new CommandLine(new AdminCommand(System.getenv(), System.console() != null))
        .execute(args);
  }

  @Command(
      name = "create",
      description = "Creates an account and prints its username and initial password.")
  int create(
      @Option(names = "--username", required = true, paramLabel = "USERNAME") String username,
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
      @Option(names = "--display-name", required = true, paramLabel = "NAME") String displayName,
      @Option(
              names = "--initial-password",
              paramLabel = "PASSWORD",
              description = "Default: one the server generates (safer: no shell history).")
          String initialPassword) {
    return attempt(
        () -> {
          JsonNode created =
              client()
                  .createAccount(
                      username, email, displayName, Optional.ofNullable(initialPassword));
          Map<String, String> lines = new LinkedHashMap<>();
          lines.put("Username", text(created, "username"));
          lines.put("Initial password", text(created, "initialPassword"));
          printAligned(lines);
          err().println("The person must change the initial password at the first sign-in.");
          return OK;
        });
  }

  @Command(name = "show", description = "Shows an account: status, password dates, lockout.")
  int show(@Parameters(paramLabel = "USERNAME") String username) {
    return attempt(
        () -> {
          JsonNode account = client().account(username);
          Map<String, String> lines = new LinkedHashMap<>();
          ACCOUNT_FIELDS.forEach((field, label) -> lines.put(label, text(account, field)));
          // Fields a newer server adds are shown under their own name rather than hidden.
          account
              .properties()
              .forEach(
                  field -> {
                    if (!ACCOUNT_FIELDS.containsKey(field.getKey())) {
                      lines.put(field.getKey(), text(account, field.getKey()));
                    }
                  });
          printAligned(lines);
          return OK;
        });
  }

  @Command(name = "unlock", description = "Lifts a lockout after too many failed sign-ins.")
  int unlock(@Parameters(paramLabel = "USERNAME") String username) {
    return attempt(
        () -> {
          client().unlock(username);
          out().println("Unlocked " + username + ".");
          return OK;
        });
  }

  @Command(
      name = "expire",
      description = "Expires the password: the person must change it at the next sign-in.")
  int expire(@Parameters(paramLabel = "USERNAME") String username) {
    return attempt(
        () -> {
          client().expirePassword(username);
          out().println("Expired the password of " + username + ".");
          return OK;
        });
  }

  @Command(
      name = "disable",
      description = "Disables an account: it can no longer sign in anywhere.")
  int disable(@Parameters(paramLabel = "USERNAME") String username) {
    return attempt(
        () -> {
          client().disable(username);
          out().println("Disabled " + username + ".");
          return OK;
        });
  }

  @Command(name = "enable", description = "Enables a disabled account again.")
  int enable(@Parameters(paramLabel = "USERNAME") String username) {
    return attempt(
        () -> {
          client().enable(username);
          out().println("Enabled " + username + ".");
          return OK;
        });
  }

  @Command(
      name = "events",
      description = "Lists an account's events, one a line: when, what, channel, client address.")
  int events(
      @Parameters(paramLabel = "USERNAME") String username,
      @Option(names = "--limit", paramLabel = "N", description = "At most N events (newest).")
          Integer limit) {
    if (limit != null && limit < 1) {
      return refuse("--limit must be at least 1, not " + limit);
    }
    return attempt(
        () -> {
          JsonNode events =
              client()
                  .events(username, limit == null ? OptionalInt.empty() : OptionalInt.of(limit));
          List<List<String>> rows = new ArrayList<>();
          events
              .path("events")
              .forEach(
                  event ->
                      rows.add(
                          List.of(
                              text(event, "at"),
                              text(event, "type"),
                              text(event, "channel"),
                              text(event, "clientAddress"))));
          printColumns(rows);
          if (rows.isEmpty()) {
            err().println("No events for " + username + ".");
          }
          return OK;
        });
  }

  @Command(
      name = "register-service",
      description = "Registers an e-service and prints its secret, shown this once.")
  int registerService(
      @Option(names = "--id", required = true, paramLabel = "ID") String id,
      @Option(names = "--name", required = true, paramLabel = "NAME") String name,
      @Option(
              names = "--url",
              required = true,
              paramLabel = "URL",
              description = "A URL of the e-service; repeat for each.")
          List<String> serviceUrls) {
    return attempt(
        () -> {
          JsonNode registered = client().registerService(id, name, serviceUrls);
          Map<String, String> lines = new LinkedHashMap<>();
          lines.put("Id", text(registered, "id"));
          lines.put("Secret", text(registered, "secret"));
          printAligned(lines);
          err()
              .println(
                  "The secret is shown this once: give it to the e-service, which signs in with"
                      + " HTTP Basic id:secret.");
          return OK;
        });
  }

  /** Runs one command's work; a failure becomes one line on standard error and its exit code. */
  int attempt(IntSupplier work) {
    try {
      return work.getAsInt();
    } catch (AdminFailure failure) {
      return fail(failure);
    }
  }

  private int fail(AdminFailure failure) {
    err().println("single-password admin: " + failure.getMessage());
    err().flush();
    return failure.exitCode();
  }

  private int refuse(String message) {
    return fail(AdminFailure.refused(message));
  }

  /**
   * A client of the server named by {@code --url}, else {@code SPS_ADMIN_URL}, else the default.
   */
  AdminClient client() {
    String address =
        Optional.ofNullable(url)
            .or(() -> Optional.ofNullable(environment.get("SPS_ADMIN_URL")))
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .orElse(DEFAULT_URL);
    URI uri = checkedUrl(address);
    AdminToken adminToken = AdminToken.resolve(Optional.ofNullable(token), environment);
    if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
      err()
          .println(
              "warning: the admin token travels unencrypted to " + uri.getHost() + ": use https");
    }
    String path = Objects.requireNonNullElse(uri.getRawPath(), "").replaceAll("/+$", "");
    return new AdminClient(uri.getScheme() + "://" + uri.getRawAuthority() + path, adminToken);
  }

  /** An http or https URL, possibly with a path (behind a reverse proxy), nothing more. */
  private static URI checkedUrl(String address) {
    try {
      URI uri = new URI(address);
      if (Set.of("http", "https").contains(uri.getScheme())
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException invalid) {
      // Reported below with the expected form.
    }
    throw AdminFailure.refused(
        "the URL \"" + address + "\" is not valid: expected one such as " + DEFAULT_URL);
  }

  /** Loopback written literally; no name is looked up just for a warning. */
  private static boolean isLoopback(String host) {
    return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
  }

  boolean terminal() {
    return terminal;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A field as text; a missing or null one as "-". */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? "-" : value.asText();
  }

  /** {@code Key: value} lines, the values in one column. */
  private void printAligned(Map<String, String> lines) {
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    lines.forEach(
        (key, value) -> out().println(String.format("%-" + width + "s %s", key + ":", value)));
    out().flush();
  }

  /** Rows of cells, each column as wide as its widest cell; the last column is not padded. */
  private void printColumns(List<List<String>> rows) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).size();
    int[] widths = new int[columns];
    rows.forEach(
        row -> {
          for (int column = 0; column < columns; column++) {
            widths[column] = Math.max(widths[column], row.get(column).length());
          }
        });
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < columns; column++) {
        String cell = row.get(column);
        line.append(
            column == columns - 1 ? cell : String.format("%-" + widths[column] + "s  ", cell));
      }
      out().println(line);
    }
    out().flush();
  }

  /**
   * {@code --version}: the version Maven packaged into the jar, or "development" in a build tree.
   */
  static final class JarVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      Properties pom = new Properties();
      try (InputStream in =
          AdminCommand.class.getResourceAsStream(
              "/META-INF/maven/org.singlepassword/bootstrap/pom.properties")) {
        if (in != null) {
          pom.load(in);
        }
      } catch (IOException unreadable) {
        // The version is a courtesy: fall back to "development" below.
      }
      return new String[] {
        "Single-Password " + Objects.requireNonNullElse(pom.getProperty("version"), "development")
      };
    }
  }
}
