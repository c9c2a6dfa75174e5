package org.singlepassword.adapters.web.api.admin.imports;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.adapters.web.api.RequestBodies;
import org.singlepassword.adapters.web.api.csv.CsvReader;
import org.singlepassword.adapters.web.api.csv.CsvRecord;
import org.singlepassword.adapters.web.api.csv.CsvSyntaxException;
import org.singlepassword.application.port.in.accounts.ImportAccountsCommand;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ImportInterruptedException;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.accounts.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incoming adapter: {@code POST /api/v1/admin/accounts/import}, an administrator provisioning a
 * whole intake from a CSV file. A bad row never stops the good ones: it is answered {@code error}
 * with its reason, the valid rows go to the use case in the file's order, and the answer has one
 * line per row, in that order. A file that cannot be read as a whole (not UTF-8, a wrong header, an
 * unclosed quote, too large) is a 4xx problem and nothing is imported.
 */
public final class ImportAccountsApi {

  /** What one call may hold; a larger intake is split into several files. */
  static final int MAX_ROWS = 10_000;

  private static final String CSV = "text/csv";
  private static final String HEADER = String.join(",", ImportRow.COLUMNS);
  // Excel saves "CSV UTF-8" with a byte order mark in front of the header.
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final Logger LOG = LoggerFactory.getLogger(ImportAccountsApi.class);
  private static final String NOT_STORED =
      "not stored: the import stopped on a server error; import this row again";

  private final ImportAccountsUseCase importAccounts;
  private final int maxBytes;

  /** {@code maxBytes}: the largest file accepted, larger than any JSON body. */
  public ImportAccountsApi(ImportAccountsUseCase importAccounts, int maxBytes) {
    this.importAccounts = Objects.requireNonNull(importAccounts, "importAccounts");
    this.maxBytes = maxBytes;
  }

  public void importCsv(Context ctx) throws IOException {
    if (!RequestBodies.isInUtf8(ctx.header("Content-Type"), CSV)) {
      throw new ProblemException(Problems.unsupportedMediaType(CSV));
    }
    String text =
        RequestBodies.utf8(readAtMostMaxBytes(ctx))
            .orElseThrow(
                () -> new ProblemException(Problems.invalidCsv("The body is not valid UTF-8.")));
    if (text.startsWith(BYTE_ORDER_MARK)) {
      text = text.substring(BYTE_ORDER_MARK.length());
    }
    List<CsvRecord> records = records(text);
    if (records.isEmpty()) {
      throw new ProblemException(
          Problems.emptyImport(
              "The file is empty: send the line " + HEADER + ", then one line per account."));
    }
    CsvRecord header = records.get(0);
    // Exactly these names, in this order, with this case: a file with "Email" or the columns
    // swapped was made for something else, and a guess could create accounts from wrong columns.
    if (header.malformed().isPresent() || !header.fields().equals(ImportRow.COLUMNS)) {
      throw new ProblemException(Problems.invalidCsvHeader(HEADER));
    }
    List<CsvRecord> rows = records.subList(1, records.size());
    if (rows.isEmpty()) {
      throw new ProblemException(
          Problems.emptyImport("The file has the header line but no account rows."));
    }
    if (rows.size() > MAX_ROWS) {
      throw new ProblemException(Problems.tooManyRows(MAX_ROWS));
    }
    List<ImportRow> parsed = rows.stream().map(ImportRow::parse).toList();
    ctx.status(200).contentType(ImportReport.MEDIA_TYPE).result(report(parsed).toUtf8());
  }

  private ImportReport report(List<ImportRow> parsed) {
    List<NewAccount> valid = parsed.stream().flatMap(row -> row.account().stream()).toList();
    List<ImportedAccount> outcomes;
    try {
      outcomes =
          valid.isEmpty()
              ? List.of()
              : importAccounts.importAccounts(new ImportAccountsCommand(valid));
    } catch (ImportInterruptedException interrupted) {
      // The rows stored before the failure are reported with their initial passwords: a 500 here
      // would lose them, and a re-run would only say "exists".
      LOG.error("Import stopped after {} rows", interrupted.completed().size(), interrupted);
      return report(parsed, interrupted.completed());
    }
    if (outcomes.size() != valid.size()) {
      throw new IllegalStateException(
          "the import answered " + outcomes.size() + " outcomes for " + valid.size() + " rows");
    }
    return report(parsed, outcomes);
  }

  /** Every row in the file's order: its outcome, its error, or "not stored" after a failure. */
  private static ImportReport report(List<ImportRow> parsed, List<ImportedAccount> outcomes) {
    ImportReport report = new ImportReport();
    Iterator<ImportedAccount> outcome = outcomes.iterator();
    for (ImportRow row : parsed) {
      if (row.account().isEmpty()) {
        report.error(row.typedUsername(), row.reason());
        continue;
      }
      if (!outcome.hasNext()) {
        report.error(row.typedUsername(), NOT_STORED);
        continue;
      }
      ImportedAccount next = outcome.next();
      if (!next.username().equals(row.account().get().username())) {
        throw new IllegalStateException("the import answered its rows out of order");
      }
      report.add(next);
    }
    return report;
  }

  private static List<CsvRecord> records(String text) {
    try {
      return CsvReader.read(text);
    } catch (CsvSyntaxException unreadable) {
      throw new ProblemException(
          Problems.invalidCsv(unreadable.getMessage() + ": nothing was imported."));
    }
  }

  // Javalin's own body limit is the JSON one; this body is read here with the larger limit, and
  // never more than one byte past it.
  private byte[] readAtMostMaxBytes(Context ctx) throws IOException {
    if (ctx.contentLength() > maxBytes) {
      throw new ProblemException(Problems.bodyTooLarge(maxBytes));
    }
    InputStream body = ctx.bodyInputStream();
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1L));
    if (bytes.length > maxBytes) {
      throw new ProblemException(Problems.bodyTooLarge(maxBytes));
    }
    return bytes;
  }
}
