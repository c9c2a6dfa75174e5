package org.singlepassword.bootstrap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin import FILE}: creates the accounts listed in a CSV file. The rows go to the server
 * in chunks of {@value #CHUNK_ROWS}, each a complete CSV with the header, so a long import shows
 * its progress and a failure part-way loses nothing already answered: each chunk's results are
 * written as soon as they arrive.
 */
@Command(
    name = "import",
    description = {
      "Creates the accounts listed in a CSV file whose first line is the header"
          + " username,email,displayName.",
      "Writes one result a row (username,result,initialPassword,reason), where result is"
          + " created, exists or error."
    })
final class ImportAccountsCommand implements Callable<Integer> {

  static final int CHUNK_ROWS = 500;
  static final String HEADER = "username,email,displayName";
  static final String RESULT_HEADER = "username,result,initialPassword,reason";

  // Set by picocli through reflection, hence neither final nor assigned here.
  @ParentCommand private AdminCommand admin;

  @Parameters(paramLabel = "FILE", description = "The CSV file, UTF-8.")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "RESULTS",
      description =
          "Write the results to this new file, readable by you only, instead of standard output:"
              + " they hold initial passwords.")
  private Path output;

  @Override
  public Integer call() {
    return admin.attempt(this::importFile);
  }

  private int importFile() {
    List<String> rows = rowsOf(read(file));
    AdminClient client = admin.client();
    if (output == null) {
      return send(rows, client, admin.out(), "standard output");
    }
    try (PrintWriter results = createOwnerOnly(output)) {
      return send(rows, client, results, output.toString());
    }
  }

  /** The rows below the header, which must be the one the server reads. */
  private List<String> rowsOf(String text) {
    List<String> records = CsvRecords.split(text);
    if (records.isEmpty()) {
      throw AdminFailure.refused(file + " is empty: its first line must be the header " + HEADER);
    }
    List<String> header = CsvRecords.fields(records.get(0)).stream().map(String::strip).toList();
    if (!header.equals(CsvRecords.fields(HEADER))) {
      throw AdminFailure.refused(
          file + ": the first line must be the header " + HEADER + ", not " + records.get(0));
    }
    return records.subList(1, records.size());
  }

  private int send(List<String> rows, AdminClient client, PrintWriter results, String where) {
    ProgressBar progress = new ProgressBar(admin.err(), admin.terminal(), rows.size());
    Tally tally = new Tally();
    results.println(RESULT_HEADER);
    int sent = 0;
    try {
      if (admin.terminal()) {
        progress.show(0);
      }
      while (sent < rows.size()) {
        List<String> chunk = rows.subList(sent, Math.min(sent + CHUNK_ROWS, rows.size()));
        int answered;
        try {
          String answer = client.importAccounts(HEADER + "\n" + String.join("\n", chunk) + "\n");
          answered = writeResults(answer, results, tally);
        } catch (AdminFailure failure) {
          throw sent == 0 ? failure : stopped(failure, sent, rows.size(), where);
        }
        if (results.checkError()) {
          throw AdminFailure.refused(
              String.format(
                  "cannot write the results to %s: the import stopped after %d of %d rows, and"
                      + " the initial passwords of rows %d to %d may be lost",
                  where, sent + chunk.size(), rows.size(), sent + 1, sent + chunk.size()));
        }
        if (answered != chunk.size()) {
          progress.finish();
          admin
              .err()
              .printf(
                  "warning: rows %d to %d: sent %d, the server answered %d%n",
                  sent + 1, sent + chunk.size(), chunk.size(), answered);
        }
        sent += chunk.size();
        progress.show(sent);
      }
    } finally {
      progress.finish();
    }
    admin.err().println(tally.summary(rows.size()));
    if (tally.errors > 0) {
      admin.err().println("The rows with result \"error\" were not created: see their reason.");
    }
    admin.err().flush();
    return tally.errors > 0 ? AdminCommand.ROWS_FAILED : AdminCommand.OK;
  }

  /** Copies one answer's rows below the results' header; returns how many there were. */
  private static int writeResults(String answer, PrintWriter results, Tally tally) {
    List<String> records = CsvRecords.split(answer);
    int resultColumn = records.isEmpty() ? -1 : CsvRecords.fields(records.get(0)).indexOf("result");
    if (resultColumn < 0) {
      throw new AdminFailure(
          AdminCommand.UNAVAILABLE,
          "the server's import answer has no header with a result column: is it Single-Password?");
    }
    List<String> answeredRows = records.subList(1, records.size());
    for (String row : answeredRows) {
      results.println(row);
      List<String> fields = CsvRecords.fields(row);
      tally.count(resultColumn < fields.size() ? fields.get(resultColumn).strip() : "");
    }
    results.flush();
    return answeredRows.size();
  }

  private static AdminFailure stopped(AdminFailure cause, int sent, int total, String where) {
    return new AdminFailure(
        cause.exitCode(),
        String.format(
            "import stopped after %d of %d rows: %s; their results are in %s, and importing the"
                + " same file again is safe (accounts that exist are reported as \"exists\")",
            sent, total, cause.getMessage(), where));
  }

  private static String read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      // Spreadsheet programs start "CSV UTF-8" with a byte order mark.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException missing) {
      throw AdminFailure.refused(file + ": no such file");
    } catch (MalformedInputException notUtf8) {
      throw AdminFailure.refused(file + " is not UTF-8 text: save it as CSV UTF-8");
    } catch (IOException unreadable) {
      throw AdminFailure.refused("cannot read " + file + ": " + unreadable.getMessage());
    }
  }

  /** A new file that only its owner can read: the results hold initial passwords. */
  private static PrintWriter createOwnerOnly(Path output) {
    try {
      try {
        Files.createFile(
            output,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(output);
      }
      return new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException exists) {
      throw AdminFailure.refused(
          output + " exists already: name a new file (an earlier one may hold initial passwords)");
    } catch (IOException unwritable) {
      throw AdminFailure.refused("cannot create " + output + ": " + unwritable.getMessage());
    }
  }

  /** Rows by result; a result other than created or exists counts as an error. */
  private static final class Tally {
    private int created;
    private int exists;
    private int errors;

    void count(String result) {
      switch (result) {
        case "created" -> created++;
        case "exists" -> exists++;
        default -> errors++;
      }
    }

    String summary(int rows) {
      return String.format(
          "%d rows: created %d, exists %d, error %d", rows, created, exists, errors);
    }
  }
}
