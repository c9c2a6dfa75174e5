package org.singlepassword.adapters.web.api.admin.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.in.accounts.ImportAccountsCommand;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.accounts.ImportedAccount.Result;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;

/**
 * The import use case as small as it can be: accounts it was told exist are {@code EXISTS}, a
 * username repeated in one call is {@code DUPLICATE}, any other is {@code CREATED} with the initial
 * password {@code Initial-<username>}. Records every call.
 */
final class FakeImport implements ImportAccountsUseCase {

  private final Set<Username> existing = new HashSet<>();
  private final List<ImportAccountsCommand> calls = new CopyOnWriteArrayList<>();

  FakeImport existing(String... usernames) {
    for (String username : usernames) {
      existing.add(new Username(username));
    }
    return this;
  }

  List<ImportAccountsCommand> calls() {
    return List.copyOf(calls);
  }

  @Override
  public List<ImportedAccount> importAccounts(ImportAccountsCommand command) {
    calls.add(command);
    Set<Username> seen = new HashSet<>();
    List<ImportedAccount> outcomes = new ArrayList<>();
    for (var row : command.accounts()) {
      Username username = row.username();
      if (!seen.add(username)) {
        outcomes.add(new ImportedAccount(username, Result.DUPLICATE, Optional.empty()));
      } else if (existing.contains(username)) {
        outcomes.add(new ImportedAccount(username, Result.EXISTS, Optional.empty()));
      } else {
        outcomes.add(
            new ImportedAccount(
                username, Result.CREATED, Optional.of(Password.of("Initial-" + username.value()))));
      }
    }
    return outcomes;
  }
}
