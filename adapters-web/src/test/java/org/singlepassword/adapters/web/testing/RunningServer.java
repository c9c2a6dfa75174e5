package org.singlepassword.adapters.web.testing;

import java.net.URI;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.domain.token.SecretToken;

/** The real web server on a free port of the loopback interface, for one test. */
public final class RunningServer implements AutoCloseable {

  public static final String ADMIN_TOKEN = "test-admin-token-0123456789";
  public static final URI HELP_URL = URI.create("https://help.example.edu/it-help");

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
    WebSettings settings =
        new WebSettings("127.0.0.1", 0, SecretToken.of(ADMIN_TOKEN), HELP_URL, maxBodyBytes);
    return new RunningServer(new WebServer(settings, useCases.build()));
  }

  public Browser browser() {
    return new Browser(base);
  }

  public ApiClient api() {
    return new ApiClient(base);
  }

  @Override
  public void close() {
    server.stop();
  }
}
