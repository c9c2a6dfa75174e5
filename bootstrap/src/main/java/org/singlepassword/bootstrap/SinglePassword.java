package org.singlepassword.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.security.SecureRandom;
import java.time.Duration;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.web.WebServer;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.in.reset.SendExpiryWarningsUseCase;
import org.singlepassword.application.port.in.sso.ForgetExpiredTicketsUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: {@link #start} wires every module and opens the database and the web port;
 * {@link #close} stops both. {@code Main} and the end-to-end tests start it the same way.
 */
public final class SinglePassword implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SinglePassword.class);

  /** The expiry warnings run daily, starting a while after start so as not to slow it. */
  private static final Duration FIRST_EXPIRY_RUN = Duration.ofMinutes(1);

  private static final Duration TICKET_HOUSEKEEPING = Duration.ofHours(1);

  private final WebServer web;
  private final Database database;
  private final BackgroundWork background;

  private SinglePassword(WebServer web, Database database, BackgroundWork background) {
    this.web = web;
    this.database = database;
    this.background = background;
  }

  /** Starts the service with these settings; port 0 picks a free port (see {@link #port()}). */
  public static SinglePassword start(Settings settings) {
    AdminTokenFile.Resolved adminToken = AdminTokenFile.resolve(settings, new SecureRandom());
    BackgroundWork background = new BackgroundWork();
    Injector injector =
        Guice.createInjector(
            Stage.PRODUCTION,
            new StrictWiringModule(),
            new ApplicationModule(settings),
            new AdministrationModule(),
            new PasswordResetModule(settings, background),
            new SingleSignOnModule(settings),
            new HashingModule(settings),
            new PersistenceModule(settings),
            new MailModule(settings),
            new WebModule(settings, adminToken.token()));
    Database database = injector.getInstance(Database.class);
    WebServer web = injector.getInstance(WebServer.class);
    try {
      web.start();
    } catch (RuntimeException failed) {
      background.close();
      database.close();
      throw failed;
    }
    SendExpiryWarningsUseCase expiryWarnings =
        injector.getInstance(SendExpiryWarningsUseCase.class);
    background.every(FIRST_EXPIRY_RUN, Duration.ofDays(1), expiryWarnings::sendExpiryWarnings);
    // Used tickets are gone already; this forgets those never validated, seconds old at most.
    ForgetExpiredTicketsUseCase expiredTickets =
        injector.getInstance(ForgetExpiredTicketsUseCase.class);
    background.every(
        TICKET_HOUSEKEEPING, TICKET_HOUSEKEEPING, expiredTickets::forgetExpiredTickets);
    SinglePassword service = new SinglePassword(web, database, background);
    service.announce(settings, adminToken, injector);
    return service;
  }

  private void announce(Settings settings, AdminTokenFile.Resolved adminToken, Injector injector) {
    String signIn = "http://" + settings.httpHost() + ":" + port() + "/sign-in";
    log.info("Single-Password is up: {} (data in {})", signIn, settings.dataDir());
    log.info("Database: {}", settings.database());
    log.info("Admin API token: from {}", adminToken.origin());
    log.info(
        "E-mails: {}",
        settings
            .mail()
            .smtpHost()
            .map(host -> "SMTP server " + host + ":" + settings.mail().smtpPort())
            .orElse("written as .eml files to " + settings.dataDir().resolve("outbox")));
    FaqEServices.registerIfNoneExist(
            injector.getInstance(ShowEServicesUseCase.class),
            injector.getInstance(RegisterEServiceUseCase.class),
            settings.dataDir())
        .ifPresent(
            secrets ->
                log.info(
                    "Registered the e-services learner-portal, soul and online-enrolment; their API"
                        + " secrets are in {} (see `admin services`)",
                    secrets));
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
      background.close();
    } finally {
      database.close();
    }
  }
}
