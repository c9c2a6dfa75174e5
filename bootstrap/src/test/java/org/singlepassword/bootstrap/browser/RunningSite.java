package org.singlepassword.bootstrap.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.singlepassword.bootstrap.EService;
import org.singlepassword.bootstrap.Outbox;
import org.singlepassword.bootstrap.RunningService;
import org.singlepassword.bootstrap.SinglePassword;

/**
 * The real service for one test class of browser tests, started in-process as the end-to-end tests
 * start it: a free port on 127.0.0.1, its own data directory, e-mails to the file outbox. Tests in
 * a class share it, so each creates accounts of its own.
 */
public final class RunningSite implements BeforeAllCallback, AfterAllCallback {

  /**
   * The pages are under test here, not the cost of hashing: a cheaper Argon2id (still Argon2id)
   * keeps journeys of many sign-ins quick on a shared machine.
   */
  private static final Map<String, String> CHEAP_HASHING =
      Map.of("SPS_ARGON2_MEMORY_KIB", "1024", "SPS_ARGON2_ITERATIONS", "1");

  private final Map<String, String> settings;
  private Path dataDir;
  private SinglePassword service;
  private URI base;

  public RunningSite() {
    this(Map.of());
  }

  /** With some {@code SPS_*} settings of the test's own. */
  public RunningSite(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>(CHEAP_HASHING);
    all.putAll(settings);
    this.settings = Map.copyOf(all);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dataDir = Files.createTempDirectory("single-password-browser-");
    service = RunningService.start(dataDir, settings);
    base = RunningService.base(service);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (service != null) {
      service.close();
    }
    if (dataDir != null) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(RunningSite::delete);
      }
    }
  }

  /** The full address of a page of the service. */
  public String url(String pathAndQuery) {
    return base.resolve(pathAndQuery).toString();
  }

  public URI base() {
    return base;
  }

  /** The administrators' JSON API, with the service's admin token. */
  public EService administrator() {
    return EService.administrator(base, RunningService.ADMIN_TOKEN);
  }

  /** The e-mails the service has sent. */
  public Outbox outbox() {
    return new Outbox(dataDir);
  }

  /**
   * An account as IT creates it, with an initial password (first-time login); its e-mail address is
   * {@code <username>@example.edu}.
   */
  public void createAccount(String username, String displayName, String initialPassword) {
    EService.Answer created =
        administrator()
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username", username,
                    "email", email(username),
                    "displayName", displayName,
                    "initialPassword", initialPassword));
    assertEquals(201, created.status(), created.body());
  }

  public static String email(String username) {
    return username + "@example.edu";
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException undeletable) {
      throw new UncheckedIOException(undeletable);
    }
  }
}
