package org.singlepassword.adapters.web.cas;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.application.port.in.sso.IssueServiceTicketCommand;
import org.singlepassword.application.port.in.sso.IssueServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.PasswordChangeRequiredException;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.application.port.in.sso.TicketFailure;
import org.singlepassword.application.port.in.sso.TicketValidationException;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketCommand;
import org.singlepassword.application.port.in.sso.ValidateServiceTicketUseCase;
import org.singlepassword.application.port.in.sso.ValidatedTicket;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.eservice.ServiceUrlPattern;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/**
 * Single sign-on as small as a fake can be: SOUL is the one enabled e-service, at its home page and
 * anything under {@code /cas/}; tickets are kept by hash, good once, for the address they were
 * issued for, until the test expires them. Records what was asked.
 */
final class FakeSso
    implements RecognizeServiceUseCase, IssueServiceTicketUseCase, ValidateServiceTicketUseCase {

  static final String SOUL_HOME = "https://soul.example.edu/";
  static final String SOUL_CAS = "https://soul.example.edu/cas/login?lang=zh-HK";
  static final EServiceId SOUL = new EServiceId("soul");

  private static final List<ServiceUrlPattern> SOUL_ADDRESSES =
      List.of(
          new ServiceUrlPattern(SOUL_HOME),
          new ServiceUrlPattern("https://soul.example.edu/cas/*"));

  private record Issued(IssueServiceTicketCommand command, SignedIn person) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<AccountId, SignedIn> people = new ConcurrentHashMap<>();
  private final Set<AccountId> mustChangePassword = ConcurrentHashMap.newKeySet();
  private final Map<TokenHash, Issued> tickets = new ConcurrentHashMap<>();
  private final List<IssueServiceTicketCommand> issued = new CopyOnWriteArrayList<>();
  private final List<ValidateServiceTicketCommand> validations = new CopyOnWriteArrayList<>();
  private final List<String> recognized = new CopyOnWriteArrayList<>();

  FakeSso knowing(SignedIn person) {
    people.put(person.accountId(), person);
    return this;
  }

  /** From now on the person must change the password before any ticket, as the core decides. */
  void requirePasswordChange(SignedIn person) {
    mustChangePassword.add(person.accountId());
  }

  void passwordChanged(SignedIn person) {
    mustChangePassword.remove(person.accountId());
  }

  /** Every ticket issued so far stops working, as if its seconds had passed. */
  void expireAll() {
    tickets.clear();
  }

  /** A ticket for the person as the sign-in would issue it, for the validation tests. */
  String ticketFor(SignedIn person, String service, boolean fromCredentials) {
    knowing(person);
    return TicketText.of(
        issueServiceTicket(
            new IssueServiceTicketCommand(
                person.accountId(), new ServiceUrl(service), fromCredentials, Optional.empty())));
  }

  @Override
  public Optional<RecognizedService> recognizeService(ServiceUrl url) {
    recognized.add(url.value());
    return SOUL_ADDRESSES.stream().anyMatch(pattern -> pattern.matches(url))
        ? Optional.of(new RecognizedService(url, SOUL, "SOUL"))
        : Optional.empty();
  }

  @Override
  public SecretToken issueServiceTicket(IssueServiceTicketCommand command) {
    if (recognizeService(command.service()).isEmpty()) {
      throw new ServiceNotRecognizedException();
    }
    if (mustChangePassword.contains(command.accountId())) {
      throw new PasswordChangeRequiredException();
    }
    issued.add(command);
    SecretToken token = SecretToken.generate(random);
    tickets.put(token.hash(), new Issued(command, people.get(command.accountId())));
    return token;
  }

  @Override
  public ValidatedTicket validateServiceTicket(ValidateServiceTicketCommand command) {
    validations.add(command);
    Issued ticket = tickets.remove(command.ticket().hash());
    if (ticket == null) {
      throw new TicketValidationException(TicketFailure.INVALID_TICKET, "unknown, used or expired");
    }
    if (!ticket.command().service().value().equals(command.service())) {
      throw new TicketValidationException(TicketFailure.INVALID_SERVICE, "another service");
    }
    if (command.renew() && !ticket.command().fromCredentials()) {
      throw new TicketValidationException(TicketFailure.INVALID_TICKET, "not from a new sign-in");
    }
    SignedIn person = ticket.person();
    return new ValidatedTicket(
        person.username(),
        new EmailAddress(person.username().value() + "@example.edu"),
        person.displayName(),
        person.passwordExpiresAt(),
        SOUL,
        ticket.command().fromCredentials());
  }

  List<IssueServiceTicketCommand> issued() {
    return List.copyOf(issued);
  }

  List<ValidateServiceTicketCommand> validations() {
    return List.copyOf(validations);
  }

  List<String> recognized() {
    return List.copyOf(recognized);
  }
}
