package org.singlepassword.adapters.web.testing;

import java.net.URI;
import java.time.Clock;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.domain.token.SecretToken;

/** The real web server on a free port of the loopback interface, for one test. */
public final class RunningServer implements AutoCloseable {

  public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  public static final URI HELP_URL = URI.create("https://help.example.edu/it-help");

  /** The public address of the tests' server, unless a test says https. */
  public static final URI PLAIN_HTTP = URI.create("http://127.0.0.1/");

  private final WebServer server;
  private final URI base;

  private RunningServer(WebServer server) {
    this.server = server;
    server.start();
    this.base = URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  public static RunningServer start(UseCaseStubs useCases) {
    return start(useCases, WebSettings.DEFAULT_MAX_BODY_BYTES);
  }

  public static RunningServer start(UseCaseStubs useCases, int maxBodyBytes) {
    return start(
        useCases,
        settings(
            maxBodyBytes,
            WebSettings.DEFAULT_MAX_IMPORT_BYTES,
            WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
            Clock.systemDefaultZone()));
  }

  public static RunningServer start(UseCaseStubs useCases, WebSettings settings) {
    return new RunningServer(new WebServer(settings, useCases.build()));
  }

  /** The test settings: loopback, a free port, the test token and IT Help link. */
  public static WebSettings settings(
      int maxBodyBytes, int maxImportBytes, int formAttemptsPerMinute, Clock clock) {
    return new WebSettings(
        "127.0.0.1",
        0,
        PLAIN_HTTP,
        SecretToken.of(ADMIN_TOKEN),
        HELP_URL,
        maxBodyBytes,
        maxImportBytes,
        formAttemptsPerMinute,
        WebSettings.DEFAULT_RESET_LINK_LIFETIME,
        clock);
  }

  /** The default limits, on this clock. */
  public static WebSettings settings(Clock clock) {
    return settings(
        WebSettings.DEFAULT_MAX_BODY_BYTES,
        WebSettings.DEFAULT_MAX_IMPORT_BYTES,
        WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
        clock);
  }

  public Browser browser() {
    return new Browser(base);
  }

  /** A client that writes requests byte for byte, however broken. */
  public RawHttp raw() {
    return new RawHttp(server.port());
  }

  public ApiClient api() {
    return new ApiClient(base);
  }

  @Override
  public void close() {
    server.stop();
  }
}
