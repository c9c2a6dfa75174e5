package org.singlepassword.adapters.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;
import java.security.SecureRandom;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.i18n.LanguageChoice;

/**
 * Incoming adapter: the web server people and e-services talk to (Javalin on Jetty). The bootstrap
 * builds it from the settings and the use cases, starts it, and stops it.
 */
public final class WebServer {

  private final Javalin app;

  public WebServer(WebSettings settings, WebUseCases useCases) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(useCases, "useCases");
    SecureRandom random = new SecureRandom();
    ApiJson json = new ApiJson();
    RouteTable routes = new RouteTable();
    new Routes(settings, useCases, json, random).register(routes);
    ErrorResponses errors =
        new ErrorResponses(
            json, settings.helpUrl(), random, settings.maxBodyBytes(), settings.clock());
    app =
        Javalin.create(
            config -> {
              config.jetty.host = settings.host();
              config.jetty.port = settings.port();
              // Every body read through Javalin has this limit; the import reads its larger body
              // itself, with its own limit.
              config.http.maxRequestSize = settings.maxBodyBytes();
              config.http.prefer405over404 = true;
              // Compressing pages that echo input beside secret tokens opens them to BREACH.
              config.http.compressionStrategy = CompressionStrategy.NONE;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = Paths.ASSETS;
                    files.directory = "/web/assets";
                    files.location = Location.CLASSPATH;
                  });
              config.routes.before(new ResponseHeaders(settings.https())::apply);
              config.routes.before(new LanguageChoice(settings.https())::choose);
              routes.registerWith(config.routes);
              errors.register(config.routes);
            });
  }

  /** Starts listening; returns once the server accepts connections. */
  public void start() {
    app.start();
  }

  /** The port listened on: the one chosen when the settings asked for port 0. */
  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
