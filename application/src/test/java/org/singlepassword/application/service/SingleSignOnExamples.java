package org.singlepassword.application.service;

import static org.singlepassword.application.service.ExampleAccounts.INITIAL;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.InMemoryServiceTickets;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.token.SecretToken;

/**
 * What the single sign-on use case tests share: the in-memory stores, SOUL registered at its CAS
 * addresses, and Chan Tai Man's account with a password chosen after the initial one.
 */
final class SingleSignOnExamples {

  static final EServiceId SOUL = new EServiceId("soul");
  static final ServiceUrl SOUL_LOGIN =
      new ServiceUrl("https://soul.example.edu/cas/login?lang=zh-HK");
  static final Instant PASSWORD_CHOSEN_AT = ExampleAccounts.ISSUED_AT.plus(Duration.ofDays(1));
  static final Instant NOW = PASSWORD_CHOSEN_AT.plus(Duration.ofDays(30));
  static final Password CHOSEN = Password.of("Chosen2Password");

  final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  final InMemoryEServiceRegistry registry = new InMemoryEServiceRegistry();
  final InMemoryServiceTickets tickets = new InMemoryServiceTickets();
  final RecordingAuditTrail audit = new RecordingAuditTrail();
  final FakePasswordHasher hasher = new FakePasswordHasher();
  final FakeClock clock = new FakeClock(NOW);
  final SecureRandom random = new SecureRandom();

  /** SOUL, enabled, at every address under its CAS path. */
  EService registerSoul() {
    return register(SOUL, "SOUL", "https://soul.example.edu/cas/*");
  }

  EService register(EServiceId id, String name, String... serviceUrls) {
    EService eService =
        new EService(id, name, List.of(serviceUrls), SecretToken.generate(random).hash(), true);
    registry.addIfAbsent(eService);
    return eService;
  }

  void changeEService(EServiceId id, UnaryOperator<EService> change) {
    registry.update(change.apply(registry.find(id).orElseThrow()));
  }

  /** Chan's account, its initial password replaced, so nothing stands between Chan and SOUL. */
  Account storeActiveChan() {
    ExampleAccounts.store(accounts, hasher);
    changeChan(
        account ->
            account.changePassword(
                INITIAL,
                CHOSEN,
                PasswordPolicy.faq(),
                hasher,
                Channel.WEB_FORM,
                PASSWORD_CHOSEN_AT));
    return ExampleAccounts.stored(accounts);
  }

  void changeChan(Consumer<Account> change) {
    Account account = ExampleAccounts.stored(accounts);
    change.accept(account);
    accounts.update(account);
  }
}
