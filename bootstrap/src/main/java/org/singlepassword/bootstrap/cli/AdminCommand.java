package org.singlepassword.bootstrap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Driving adapter for administrators: {@code single-password.jar admin COMMAND}, the command line
 * that creates, imports, shows, unlocks, expires, disables and enables accounts, lists their events
 * and registers e-services on a running Single-Password. This top command holds what every
 * subcommand shares: the server's {@code --url} and the admin {@code --token} behind {@link
 * #client()}, the exit codes that {@code --help} lists for scripts, and the subcommand list.
 */
@Command(
    name = "admin",
    // Help, version and exit codes hold for every subcommand; options stay where they are declared.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = AdminCommand.JarVersion.class,
    description = "Administers a running Single-Password through its admin API.",
    synopsisSubcommandLabel = "COMMAND",
    // In the order --help has always listed them: import, then the rest alphabetically.
    subcommands = {
      ImportAccountsCommand.class,
      CreateAccountCommand.class,
      AccountActionCommand.Disable.class,
      AccountActionCommand.Enable.class,
      AccountEventsCommand.class,
      AccountActionCommand.Expire.class,
      RegisterServiceCommand.class,
      ServicesCommand.class,
      ShowAccountCommand.class,
      AccountActionCommand.Unlock.class
    },
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
