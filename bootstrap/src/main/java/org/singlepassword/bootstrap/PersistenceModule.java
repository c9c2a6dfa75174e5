package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.JdbiTransactions;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.adapters.persistence.audit.JdbiAuditTrail;
import org.singlepassword.adapters.persistence.eservice.JdbiEServiceRegistry;
import org.singlepassword.adapters.persistence.reset.JdbiExpiryWarnings;
import org.singlepassword.adapters.persistence.reset.JdbiPasswordResets;
import org.singlepassword.adapters.persistence.session.JdbiSessionStore;
import org.singlepassword.adapters.persistence.sso.JdbiServiceTickets;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.Transactions;

/**
 * Wiring: the storage ports to the JDBI adapters, over the embedded HSQLDB file database or, when
 * {@code SPS_DB_URL} names one, an external database that several instances may share.
 */
final class PersistenceModule extends AbstractModule {

  private final Settings settings;

  PersistenceModule(Settings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  Database database() {
    DatabaseSettings database = settings.database();
    return database
        .url()
        .map(url -> Database.open(url, database.username(), database.password()))
        .orElseGet(() -> Database.openEmbedded(settings.dataDir()));
  }

  @Provides
  @Singleton
  Jdbi jdbi(Database database) {
    return database.jdbi();
  }

  @Provides
  @Singleton
  Transactions transactions(Jdbi jdbi) {
    return new JdbiTransactions(jdbi);
  }

  @Provides
  @Singleton
  AccountRepository accounts(Jdbi jdbi) {
    return new JdbiAccountRepository(jdbi);
  }

  @Provides
  @Singleton
  EServiceRegistry eServices(Jdbi jdbi) {
    return new JdbiEServiceRegistry(jdbi);
  }

  @Provides
  @Singleton
  SessionStore sessions(Jdbi jdbi) {
    return new JdbiSessionStore(jdbi);
  }

  @Provides
  @Singleton
  AuditTrail audit(Jdbi jdbi) {
    return new JdbiAuditTrail(jdbi);
  }

  @Provides
  @Singleton
  PasswordResets passwordResets(Jdbi jdbi) {
    return new JdbiPasswordResets(jdbi);
  }

  @Provides
  @Singleton
  ExpiryWarnings expiryWarnings(Jdbi jdbi) {
    return new JdbiExpiryWarnings(jdbi);
  }

  @Provides
  @Singleton
  ServiceTickets serviceTickets(Jdbi jdbi) {
    return new JdbiServiceTickets(jdbi);
  }
}
