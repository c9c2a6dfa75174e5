package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.singlepassword.application.port.in.reset.RequestPasswordResetCommand;
import org.singlepassword.application.port.in.reset.RequestPasswordResetUseCase;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.Links;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: "Forgot your password?". The request is accepted at once and handled on another thread,
 * so that the answer and its timing are the same for an unknown account; each account gets at most
 * a few links an hour, and only the newest one works.
 */
public final class RequestPasswordResetService implements RequestPasswordResetUseCase {

  /** Links an account may be sent within an hour: enough for a lost e-mail, not for a flood. */
  public static final int LINKS_PER_HOUR = 3;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordResets resets;
  private final AuditTrail audit;
  private final AccountNotices notices;
  private final Links links;
  private final Executor background;
  private final SecureRandom random;
  private final Duration lifetime;
  private final Clock clock;

  public RequestPasswordResetService(
      Transactions transactions,
      AccountRepository accounts,
      PasswordResets resets,
      AuditTrail audit,
      AccountNotices notices,
      Links links,
      Executor background,
      SecureRandom random,
      Duration lifetime,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.resets = Objects.requireNonNull(resets);
    this.audit = Objects.requireNonNull(audit);
    this.notices = Objects.requireNonNull(notices);
    this.links = Objects.requireNonNull(links);
    this.background = Objects.requireNonNull(background);
    this.random = Objects.requireNonNull(random);
    this.lifetime = Objects.requireNonNull(lifetime);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void requestPasswordReset(RequestPasswordResetCommand command) {
    Objects.requireNonNull(command, "command");
    background.execute(() -> sendLinks(command));
  }

  private void sendLinks(RequestPasswordResetCommand command) {
    for (Account account : transactions.inTransactionReturning(() -> accountsFor(command))) {
      SecretToken token = SecretToken.generate(random);
      Optional<PasswordReset> issued =
          transactions.inTransactionReturning(() -> issue(account, token, command));
      issued.ifPresent(
          reset ->
              notices.send(
                  account,
                  new PasswordResetLinkNotice(
                      account.email(),
                      account.displayName(),
                      links.passwordReset(token),
                      reset.validUntil()),
                  Channel.PASSWORD_RESET));
    }
  }

  /** The accounts the person may mean; a disabled one gets no link. */
  private List<Account> accountsFor(RequestPasswordResetCommand command) {
    List<Account> found = new ArrayList<>();
    command.username().flatMap(accounts::findByUsername).ifPresent(found::add);
    if (found.isEmpty()) {
      command.email().map(accounts::findByEmail).ifPresent(found::addAll);
    }
    return found.stream().filter(Account::enabled).toList();
  }

  private Optional<PasswordReset> issue(
      Account account, SecretToken token, RequestPasswordResetCommand command) {
    Instant now = clock.instant();
    if (resets.countIssuedSince(account.id(), now.minus(Duration.ofHours(1))) >= LINKS_PER_HOUR) {
      return Optional.empty();
    }
    PasswordReset reset = PasswordReset.issue(token.hash(), account, lifetime, now);
    resets.add(reset);
    audit.record(
        new AuditEvent(
            now,
            account.username(),
            AuditEventType.PASSWORD_RESET_REQUESTED,
            Channel.PASSWORD_RESET,
            command.clientAddress()));
    return Optional.of(reset);
  }
}
