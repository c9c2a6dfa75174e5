package org.singlepassword.adapters.web.api.admin.imports;

import org.singlepassword.adapters.web.api.csv.CsvWriter;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.domain.password.Password;

/**
 * The answer to an import, one line per data row in the file's order: {@code
 * username,result,initialPassword,reason} with {@code created}, {@code exists} or {@code error}. It
 * holds initial passwords, so it never prints itself.
 */
final class ImportReport {

  static final String MEDIA_TYPE = "text/csv; charset=utf-8";

  private final CsvWriter csv =
      new CsvWriter().record("username", "result", "initialPassword", "reason");

  void add(ImportedAccount outcome) {
    String username = outcome.username().value();
    switch (outcome.result()) {
      // The initial password is never neutralised: a prefix would change the password handed
      // over. It is generated, never typed by anyone, so it carries no formula.
      case CREATED ->
          csv.record(
              CsvWriter.neutralised(username),
              "created",
              outcome.initialPassword().map(Password::reveal).orElseThrow(),
              "");
      case EXISTS -> csv.record(CsvWriter.neutralised(username), "exists", "", "");
      case DUPLICATE -> error(username, "duplicate username in this file");
    }
  }

  void error(String typedUsername, String reason) {
    csv.record(CsvWriter.neutralised(typedUsername), "error", "", CsvWriter.neutralised(reason));
  }

  byte[] toUtf8() {
    return csv.toUtf8();
  }

  @Override
  public String toString() {
    return "ImportReport[hidden]";
  }
}
