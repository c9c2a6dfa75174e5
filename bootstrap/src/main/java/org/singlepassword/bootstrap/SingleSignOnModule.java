package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.in.sso.ForgetExpiredTicketsUseCase;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.service.AdministerEServiceService;
import org.singlepassword.application.service.ForgetExpiredTicketsService;
import org.singlepassword.application.service.IssueServiceTicketService;
import org.singlepassword.application.service.RecognizeServiceService;
import org.singlepassword.application.service.ShowEServicesService;
import org.singlepassword.application.service.ValidateServiceTicketService;
import org.singlepassword.domain.policy.PasswordAging;

/** Wiring: the registered e-services and single sign-on with them over CAS. */
final class SingleSignOnModule extends AbstractModule {

  private final Settings settings;

  SingleSignOnModule(Settings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  ShowEServicesUseCase showEServices(Transactions transactions, EServiceRegistry registry) {
    return new ShowEServicesService(transactions, registry);
  }

  @Provides
  @Singleton
  AdministerEServiceUseCase administerEService(
      Transactions transactions, EServiceRegistry registry, SecureRandom random) {
    return new AdministerEServiceService(transactions, registry, random);
  }

  @Provides
  @Singleton
  RecognizeServiceUseCase recognizeService(Transactions transactions, EServiceRegistry registry) {
    return new RecognizeServiceService(transactions, registry);
  }

  @Provides
  @Singleton
  IssueServiceTicketUseCase issueServiceTicket(
      Transactions transactions,
      AccountRepository accounts,
      EServiceRegistry registry,
      ServiceTickets tickets,
      AuditTrail audit,
      PasswordAging aging,
      SecureRandom random,
      Clock clock) {
    return new IssueServiceTicketService(
        transactions,
        accounts,
        registry,
        tickets,
        audit,
        aging,
        random,
        clock,
        settings.serviceTicketLifetime());
  }

  @Provides
  @Singleton
  ValidateServiceTicketUseCase validateServiceTicket(
      Transactions transactions,
      ServiceTickets tickets,
      AccountRepository accounts,
      EServiceRegistry registry,
      PasswordAging aging,
      Clock clock) {
    return new ValidateServiceTicketService(
        transactions, tickets, accounts, registry, aging, clock);
  }

  @Provides
  @Singleton
  ForgetExpiredTicketsUseCase forgetExpiredTickets(
      Transactions transactions, ServiceTickets tickets, Clock clock) {
    return new ForgetExpiredTicketsService(transactions, tickets, clock);
  }
}
