package org.singlepassword.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.security.SecureRandom;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: {@link #start} wires every module and opens the database and the web port;
 * {@link #close} stops both. {@code Main} and the end-to-end tests start it the same way.
 */
public final class SinglePassword implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SinglePassword.class);

  private final WebServer web;
  private final Database database;

  private SinglePassword(WebServer web, Database database) {
    this.web = web;
    this.database = database;
  }

  /** Starts the service with these settings; port 0 picks a free port (see {@link #port()}). */
  public static SinglePassword start(Settings settings) {
    AdminTokenFile.Resolved adminToken = AdminTokenFile.resolve(settings, new SecureRandom());
    Injector injector =
        Guice.createInjector(
            Stage.PRODUCTION,
            new StrictWiringModule(),
            new ApplicationModule(settings),
            new HashingModule(settings),
            new PersistenceModule(settings),
            new WebModule(settings, adminToken.token()));
    Database database = injector.getInstance(Database.class);
    WebServer web = injector.getInstance(WebServer.class);
    try {
      web.start();
    } catch (RuntimeException failed) {
      database.close();
      throw failed;
    }
    SinglePassword service = new SinglePassword(web, database);
    service.announce(settings, adminToken, injector);
    return service;
  }

  private void announce(Settings settings, AdminTokenFile.Resolved adminToken, Injector injector) {
    String signIn = "http://" + settings.httpHost() + ":" + port() + "/sign-in";
    log.info("Single-Password is up: {} (data in {})", signIn, settings.dataDir());
    log.info("Admin API token: from {}", adminToken.origin());
    if (settings.demoAccount()) {
      DemoAccount.createIfAbsent(
              injector.getInstance(AccountRepository.class),
              injector.getInstance(ProvisionAccountUseCase.class))
          .ifPresent(
              demo ->
                  // Printed once, on the console of the first start only; the person must change
                  // it.
                  System.out.printf(
                      "%nTry it: sign in at %s as \"%s\" with the initial password %s"
                          + "%n(you will be asked to change it; SPS_DEMO_ACCOUNT=false turns the"
                          + " demo off)%n%n",
                      signIn, demo.username(), demo.initialPassword().reveal()));
    }
  }

  /** The HTTP port the service listens on. */
  public int port() {
    return web.port();
  }

  @Override
  public void close() {
    try {
      web.stop();
    } finally {
      database.close();
    }
  }
}
