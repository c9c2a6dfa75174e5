package org.singlepassword.adapters.web.api.admin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.singlepassword.adapters.web.api.csv.CsvRecord;
import org.singlepassword.application.port.in.accounts.NewAccount;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/**
 * One data row of an import, parsed: the account to create, or why not, with every problem of the
 * row at once. {@code typedUsername} is the first field as written, to name the row in the report.
 */
record ImportRow(String typedUsername, Optional<NewAccount> account, String reason) {

  static final List<String> COLUMNS = List.of("username", "email", "displayName");

  ImportRow {
    Objects.requireNonNull(typedUsername, "typedUsername");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(reason, "reason");
  }

  static ImportRow parse(CsvRecord record) {
    List<String> fields = record.fields();
    String typedUsername = fields.get(0).strip();
    if (record.malformed().isPresent()) {
      return error(typedUsername, "malformed quotes: " + record.malformed().get());
    }
    if (fields.size() != COLUMNS.size()) {
      String hint = fields.size() > COLUMNS.size() ? ": put a field with a comma in quotes" : "";
      return error(
          typedUsername,
          "expected %d fields (%s), found %d%s"
              .formatted(COLUMNS.size(), String.join(",", COLUMNS), fields.size(), hint));
    }
    List<String> problems = new ArrayList<>();
    Optional<Username> username = parse(COLUMNS.get(0), fields.get(0), Username::new, problems);
    Optional<EmailAddress> email =
        parse(COLUMNS.get(1), fields.get(1), EmailAddress::new, problems);
    Optional<DisplayName> displayName =
        parse(COLUMNS.get(2), fields.get(2), DisplayName::new, problems);
    if (!problems.isEmpty()) {
      return error(typedUsername, String.join("; ", problems));
    }
    return new ImportRow(
        typedUsername,
        Optional.of(new NewAccount(username.get(), email.get(), displayName.get())),
        "");
  }

  private static ImportRow error(String typedUsername, String reason) {
    return new ImportRow(typedUsername, Optional.empty(), reason);
  }

  private static <T> Optional<T> parse(
      String column, String value, Function<String, T> parse, List<String> problems) {
    try {
      return Optional.of(parse.apply(value));
    } catch (IllegalArgumentException refused) {
      // Value objects explain themselves in people's words and never quote the value.
      problems.add(column + ": " + refused.getMessage());
      return Optional.empty();
    }
  }
}
