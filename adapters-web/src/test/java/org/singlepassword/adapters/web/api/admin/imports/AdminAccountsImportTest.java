package org.singlepassword.adapters.web.api.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.accounts.ImportAccountsUseCase;
import org.singlepassword.application.port.in.accounts.ImportInterruptedException;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.accounts.NewAccount;
import org.singlepassword.domain.password.Password;

/**
 * Provisioning an intake from a CSV file: every row answered in the file's order, a bad row never
 * stopping the good ones, only valid rows reaching the use case.
 */
class AdminAccountsImportTest {

  private static final String PATH = "/api/v1/admin/accounts/import";
  private static final String ADMIN = ApiClient.bearer(RunningServer.ADMIN_TOKEN);
  private static final String HEADER = "username,email,displayName\r\n";
  private static final String REPORT_HEADER = "username,result,initialPassword,reason\r\n";

  private final FakeImport useCase = new FakeImport().existing("lee.sm");
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server = RunningServer.start(new UseCaseStubs().importAccounts(useCase));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response importCsv(String csv) {
    return api.post(
        PATH,
        "text/csv; charset=utf-8",
        csv.getBytes(StandardCharsets.UTF_8),
        "Authorization",
        ADMIN);
  }

  @Test
  void reportsTheStoredRowsAndMarksTheRestNotStoredWhenTheImportStops() {
    server.close();
    ImportAccountsUseCase stopsAfterTheFirst =
        command -> {
          NewAccount first = command.accounts().get(0);
          throw new ImportInterruptedException(
              List.of(
                  new ImportedAccount(
                      first.username(),
                      ImportedAccount.Result.CREATED,
                      Optional.of(Password.of("Initial2026Pass")))),
              new IllegalStateException("the database went away"));
        };
    server = RunningServer.start(new UseCaseStubs().importAccounts(stopsAfterTheFirst));
    api = server.api();

    Response response =
        importCsv(
            HEADER
                + "chan.tm,chan.tm@example.edu,Chan Tai Man\r\n"
                + "lee.sm,lee.sm@example.edu,Lee Siu Ming\r\n");

    assertEquals(200, response.status(), response.body());
    assertEquals(
        REPORT_HEADER
            + "chan.tm,created,Initial2026Pass,\r\n"
            + "lee.sm,error,,not stored: the import stopped on a server error; import this row"
            + " again\r\n",
        response.body());
  }

  @Nested
  class EachRow {

    @Test
    void isCreatedOrExistsOrAnErrorWithItsReasonInTheFilesOrder() {
      Response response =
          importCsv(
              HEADER
                  + "Chan.TM,chan.tm@example.edu,Chan Tai Man\r\n"
                  + "lee.sm,lee.sm@example.edu,Lee Siu Ming\r\n"
                  + "wong.ml,not-an-address,Wong Mei Ling\r\n"
                  + "ho.ky,ho.ky@example.edu\r\n"
                  + "ng.wk,ng.wk@example.edu,Ng,Wing Kei\r\n"
                  + "chan.tm,chan.tm@example.edu,Chan Tai Man again\r\n"
                  + "bad name!,,\r\n");

      assertEquals(200, response.status(), response.body());
      assertEquals(
          REPORT_HEADER
              + "chan.tm,created,Initial-chan.tm,\r\n"
              + "lee.sm,exists,,\r\n"
              + "wong.ml,error,,email: not an e-mail address: expected name@example.edu\r\n"
              + "ho.ky,error,,\"expected 3 fields (username,email,displayName), found 2\"\r\n"
              + "ng.wk,error,,\"expected 3 fields (username,email,displayName), found 4: put a"
              + " field with a comma in quotes\"\r\n"
              + "chan.tm,error,,duplicate username in this file\r\n"
              + "bad name!,error,,\"username: a username is 1 to 64 of the letters a-z, digits and"
              + " . _ @ -, starting with a letter or digit; email: not an e-mail address: expected"
              + " name@example.edu; displayName: a display name has 1 to 100 characters\"\r\n",
          response.body());
    }

    @Test
    void passesOnlyTheValidRowsOnParsedAndInTheFilesOrder() {
      importCsv(
          HEADER
              + "chan.tm,chan.tm@example.edu,Chan Tai Man\n"
              + "wong.ml,not-an-address,Wong Mei Ling\n"
              + "Lee.SM, lee.sm@EXAMPLE.edu ,Lee Siu Ming\n");

      assertEquals(1, useCase.calls().size());
      List<NewAccount> accounts = useCase.calls().get(0).accounts();
      assertEquals(2, accounts.size());
      assertEquals("chan.tm", accounts.get(0).username().value());
      assertEquals("lee.sm", accounts.get(1).username().value());
      assertEquals("lee.sm@example.edu", accounts.get(1).email().value());
      assertEquals("Lee Siu Ming", accounts.get(1).displayName().value());
    }

    @Test
    void mayHoldCommasQuotesAndLineBreaksInQuotes() {
      Response response =
          importCsv(
              HEADER
                  + "\"chan.tm\",\"chan.tm@example.edu\",\"Chan, Tai \"\"Big\"\" Man\"\r\n"
                  + "lee.sm,lee.sm@example.edu,\"Lee\r\nSiu Ming\"\r\n");

      NewAccount chan = useCase.calls().get(0).accounts().get(0);
      assertEquals("Chan, Tai \"Big\" Man", chan.displayName().value());
      assertEquals(
          REPORT_HEADER
              + "chan.tm,created,Initial-chan.tm,\r\n"
              + "lee.sm,error,,displayName: a display name cannot contain control characters\r\n",
          response.body());
    }

    @Test
    void withBrokenQuotesIsAnErrorAndTheNextRowsStillCount() {
      Response response =
          importCsv(
              HEADER
                  + "chan.tm,chan.tm@example.edu,Chan \"Big\" Man\n"
                  + "lee.sm,\"lee.sm@example.edu\"x,Lee Siu Ming\n"
                  + "wong.ml,wong.ml@example.edu,Wong Mei Ling\n");

      List<String> lines = response.body().lines().toList();
      assertEquals(4, lines.size(), response.body());
      assertTrue(lines.get(1).startsWith("chan.tm,error,,malformed quotes: "), lines.get(1));
      assertTrue(lines.get(2).startsWith("lee.sm,error,,malformed quotes: "), lines.get(2));
      assertEquals("wong.ml,created,Initial-wong.ml,", lines.get(3));
    }

    @Test
    void thatEchoesAFormulaIsNeutralisedForSpreadsheets() {
      Response response =
          importCsv(
              HEADER
                  + "\"=HYPERLINK(\"\"https://evil.example/\"\")\",x@example.edu,X\n"
                  + "+1,x@example.edu,X\n"
                  + "-1,x@example.edu,X\n"
                  + "@SUM(A1),x@example.edu,X\n");

      List<String> lines = response.body().lines().toList();
      assertTrue(
          lines.get(1).startsWith("\"'=HYPERLINK(\"\"https://evil.example/\"\")\",error,,"),
          lines.get(1));
      assertTrue(lines.get(2).startsWith("'+1,error,,"), lines.get(2));
      assertTrue(lines.get(3).startsWith("'-1,error,,"), lines.get(3));
      assertTrue(lines.get(4).startsWith("'@SUM(A1),error,,"), lines.get(4));
      assertEquals(List.of(), useCase.calls());
    }

    @Test
    void isAnsweredAsUtf8CsvThatNoCacheKeeps() {
      Response response = importCsv(HEADER + "chan.tm,chan.tm@example.edu,陳大文\n");

      assertEquals("text/csv;charset=utf-8", response.header("Content-Type").replace(" ", ""));
      assertEquals("no-store", response.header("Cache-Control"));
      assertEquals("陳大文", useCase.calls().get(0).accounts().get(0).displayName().value());
    }

    @Test
    void mayFollowTheByteOrderMarkThatExcelWrites() {
      Response response = importCsv("\uFEFF" + HEADER + "chan.tm,chan.tm@example.edu,Chan\n");

      assertEquals(REPORT_HEADER + "chan.tm,created,Initial-chan.tm,\r\n", response.body());
    }

    @Test
    void asARerunOfTheSameFileIsAnsweredExistsWhereTheUseCaseSaysSo() {
      String file = HEADER + "lee.sm,lee.sm@example.edu,Lee Siu Ming\n";

      Response first = importCsv(file);
      Response second = importCsv(file);

      assertEquals(REPORT_HEADER + "lee.sm,exists,,\r\n", first.body());
      assertEquals(first.body(), second.body());
    }
  }

  @Nested
  class ALargeIntake {

    @Test
    void ofTenThousandRowsIsImportedInOneCallPastTheJsonBodyLimit() {
      StringBuilder file = new StringBuilder(HEADER);
      for (int i = 0; i < 10_000; i++) {
        file.append("student")
            .append(i)
            .append(",student")
            .append(i)
            .append("@example.edu,")
            .append("Student Number ")
            .append(i)
            .append("\r\n");
      }
      assertTrue(file.length() > WebSettings.DEFAULT_MAX_BODY_BYTES);

      Response response = importCsv(file.toString());

      assertEquals(200, response.status(), response.body());
      assertEquals(1, useCase.calls().size());
      assertEquals(10_000, useCase.calls().get(0).accounts().size());
      List<String> lines = response.body().lines().toList();
      assertEquals(10_001, lines.size());
      assertEquals("student0,created,Initial-student0,", lines.get(1));
      assertEquals("student9999,created,Initial-student9999,", lines.get(10_000));
    }
  }
}
