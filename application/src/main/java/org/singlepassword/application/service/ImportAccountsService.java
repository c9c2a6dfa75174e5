package org.singlepassword.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.singlepassword.application.port.in.accounts.ImportAccountsCommand;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ImportInterruptedException;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.accounts.ImportedAccount.Result;
import org.singlepassword.application.port.in.accounts.NewAccount;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Use case: provision a whole intake. Rows are stored in batches, each batch one transaction, so
 * that thousands of rows neither hold one huge transaction nor pay a commit each; the costly
 * hashing runs on every core, outside any transaction.
 */
public final class ImportAccountsService implements ImportAccountsUseCase {

  static final int BATCH = 500;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final InitialPasswords initialPasswords;
  private final Clock clock;

  public ImportAccountsService(
      Transactions transactions,
      AccountRepository accounts,
      AuditTrail audit,
      PasswordPolicy policy,
      PasswordHasher hasher,
      InitialPasswords initialPasswords,
      Clock clock) {
    this.transactions = Objects.requireNonNull(transactions);
    this.accounts = Objects.requireNonNull(accounts);
    this.audit = Objects.requireNonNull(audit);
    this.policy = Objects.requireNonNull(policy);
    this.hasher = Objects.requireNonNull(hasher);
    this.initialPasswords = Objects.requireNonNull(initialPasswords);
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public List<ImportedAccount> importAccounts(ImportAccountsCommand command) {
    List<ImportedAccount> outcomes = new ArrayList<>(command.accounts().size());
    Set<Username> seen = new HashSet<>();
    List<NewAccount> rows = command.accounts();
    for (int start = 0; start < rows.size(); start += BATCH) {
      try {
        outcomes.addAll(
            importBatch(rows.subList(start, Math.min(rows.size(), start + BATCH)), seen));
      } catch (RuntimeException failed) {
        // The failed batch rolled back; the ones before it are stored and must be reported.
        throw new ImportInterruptedException(outcomes, failed);
      }
    }
    return List.copyOf(outcomes);
  }

  private List<ImportedAccount> importBatch(List<NewAccount> batch, Set<Username> seen) {
    List<Boolean> firstInFile = batch.stream().map(row -> seen.add(row.username())).toList();
    List<Boolean> existing =
        transactions.inTransactionReturning(
            () ->
                batch.stream()
                    .map(row -> accounts.findByUsername(row.username()).isPresent())
                    .toList());
    Instant now = clock.instant();
    // Hashing is the cost of an import; it runs in parallel and holds no database connection.
    List<Optional<Issued>> issued =
        IntStream.range(0, batch.size())
            .parallel()
            .mapToObj(
                i ->
                    firstInFile.get(i) && !existing.get(i)
                        ? Optional.of(issue(batch.get(i), now))
                        : Optional.<Issued>empty())
            .toList();
    return transactions.inTransactionReturning(
        () -> {
          List<ImportedAccount> outcomes = new ArrayList<>(batch.size());
          for (int i = 0; i < batch.size(); i++) {
            Username username = batch.get(i).username();
            if (!firstInFile.get(i)) {
              outcomes.add(new ImportedAccount(username, Result.DUPLICATE, Optional.empty()));
            } else if (issued.get(i).isEmpty()
                || !accounts.addIfAbsent(issued.get(i).get().account())) {
              outcomes.add(new ImportedAccount(username, Result.EXISTS, Optional.empty()));
            } else {
              audit.record(
                  new AuditEvent(
                      now, username, AuditEventType.ACCOUNT_CREATED, Channel.ADMINISTRATOR));
              outcomes.add(
                  new ImportedAccount(
                      username, Result.CREATED, Optional.of(issued.get(i).get().password())));
            }
          }
          return outcomes;
        });
  }

  private record Issued(Account account, Password password) {}

  private Issued issue(NewAccount row, Instant now) {
    Password initial = initialPasswords.generate();
    return new Issued(
        Account.issue(
            AccountId.random(),
            row.username(),
            row.displayName(),
            row.email(),
            initial,
            policy,
            hasher,
            Channel.ADMINISTRATOR,
            now),
        initial);
  }
}
