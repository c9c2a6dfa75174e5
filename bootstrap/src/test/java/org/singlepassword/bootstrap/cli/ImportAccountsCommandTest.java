package org.singlepassword.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.bootstrap.cli.StubAdminApi.Answer;
import org.singlepassword.bootstrap.cli.StubAdminApi.Request;

class ImportAccountsCommandTest {

  private static final String TOKEN = "stub-admin-token-9Kp4";
  private static final String HEADER = "username,email,displayName";

  @TempDir Path dir;

  private StubAdminApi server;

  @BeforeEach
  void startTheStub() throws IOException {
    server = StubAdminApi.start();
    server.answer(ImportAccountsCommandTest::createEveryRowButFailures);
  }

  @AfterEach
  void stopTheStub() {
    server.close();
  }

  /**
   * What the server answers: one result per row in the order sent; a row whose e-mail says "bad" is
   * an error, one whose username starts with "old" exists already.
   */
  private static Answer createEveryRowButFailures(Request request) {
    List<String> results = new ArrayList<>(List.of("username,result,initialPassword,reason"));
    for (String row : rowsSent(request)) {
      List<String> fields = CsvRecords.fields(row);
      String username = fields.get(0);
      if (fields.get(1).contains("bad")) {
        results.add(username + ",error,,\"email: not an address, see the FAQ\"");
      } else if (username.startsWith("old")) {
        results.add(username + ",exists,,");
      } else {
        results.add(username + ",created,pw-" + username + ",");
      }
    }
    return Answer.csv(String.join("\r\n", results) + "\r\n");
  }

  private static List<String> rows(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            index ->
                String.format(
                    "user%04d,user%04d@%s.example.edu,User %d",
                    index, index, index == 777 ? "bad" : "college", index))
        .toList();
  }

  private Path csvFile(List<String> rows) throws IOException {
    Path file = dir.resolve("accounts.csv");
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
    return file;
  }

  private AdminRun importing(boolean terminal, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--url";
    all[1] = server.url();
    all[2] = "import";
    System.arraycopy(args, 0, all, 3, args.length);
    AdminRun run = AdminRun.admin(Map.of("SPS_ADMIN_TOKEN", TOKEN), terminal, all);
    assertFalse(run.printed().contains(TOKEN), "the token was printed");
    return run;
  }

  private static List<String> rowsSent(Request request) {
    List<String> lines = CsvRecords.split(request.body());
    assertEquals(HEADER, lines.get(0), "each call starts with the header");
    return lines.subList(1, lines.size());
  }

  @Test
  void sendsChunksOfAtMost500RowsAndMergesTheResultsInOrder() throws IOException {
    List<String> rows = rows(1234);

    AdminRun run = importing(false, csvFile(rows).toString());

    List<Request> calls = server.requests();
    assertEquals(
        List.of(500, 500, 234), calls.stream().map(call -> rowsSent(call).size()).toList());
    assertEquals(rows, calls.stream().flatMap(call -> rowsSent(call).stream()).toList());
    calls.forEach(
        call -> {
          assertEquals("POST", call.method());
          assertEquals("/api/v1/admin/accounts/import", call.path());
          assertEquals("Bearer " + TOKEN, call.authorization());
          assertTrue(call.contentType().startsWith("text/csv"), call.contentType());
        });

    List<String> results = run.out().lines().toList();
    assertEquals("username,result,initialPassword,reason", results.get(0));
    assertEquals(1235, results.size());
    assertEquals("user0001,created,pw-user0001,", results.get(1));
    assertEquals("user0777,error,,\"email: not an address, see the FAQ\"", results.get(777));
    assertEquals("user1234,created,pw-user1234,", results.get(1234));

    assertEquals(
        List.of(
            "[####......] 500/1234 rows",
            "[########..] 1000/1234 rows",
            "[##########] 1234/1234 rows",
            "1234 rows: created 1233, exists 0, error 1",
            "The rows with result \"error\" were not created: see their reason."),
        run.err().lines().toList());
    assertEquals(3, run.exitCode(), "some rows failed");
  }

  @Test
  void exitsWith0WhenEveryRowIsCreatedOrExists() throws IOException {
    AdminRun run =
        importing(
            false,
            csvFile(List.of("ada,ada@example.edu,Ada", "old-bob,bob@example.edu,Bob")).toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("2 rows: created 1, exists 1, error 0"), run.err());
  }

  @Test
  void aHeaderThatIsNotTheServersFailsBeforeAnyCall() throws IOException {
    Path file = dir.resolve("wrong.csv");
    Files.writeString(file, "user,mail,name\nada,ada@example.edu,Ada\n");

    AdminRun run = importing(false, file.toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "single-password admin: "
            + file
            + ": the first line must be the header username,email,displayName, not"
            + " user,mail,name\n",
        run.err());
    assertTrue(server.requests().isEmpty(), "no call was made");
  }

  @Test
  void onATerminalTheBarIsRedrawnOnOneLine() throws IOException {
    AdminRun run = importing(true, csvFile(rows(3)).toString());

    assertEquals(
        "\r[..........] 0/3 rows\r[##########] 3/3 rows\n3 rows: created 3, exists 0, error 0\n",
        run.err());
  }

  @Test
  void writesTheResultsToANewFileOnlyItsOwnerCanRead() throws IOException {
    Path results = dir.resolve("results.csv");

    AdminRun run =
        importing(
            false,
            csvFile(List.of("ada,ada@example.edu,Ada")).toString(),
            "-o",
            results.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(
        List.of("username,result,initialPassword,reason", "ada,created,pw-ada,"),
        Files.readAllLines(results));
    assertEquals(
        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
        Files.getPosixFilePermissions(results));
  }

  @Test
  void neverOverwritesAnEarlierResultsFile() throws IOException {
    Path results = Files.writeString(dir.resolve("results.csv"), "earlier passwords\n");

    AdminRun run =
        importing(
            false,
            csvFile(List.of("ada,ada@example.edu,Ada")).toString(),
            "-o",
            results.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("exists already"), run.err());
    assertEquals("earlier passwords\n", Files.readString(results));
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void keepsAQuotedLineBreakInsideItsRowAndSkipsAByteOrderMark() throws IOException {
    Path file = dir.resolve("excel.csv");
    String quoted = "ada,ada@example.edu,\"Lovelace,\nAda \"\"the first\"\"\"";
    Files.writeString(
        file, "\uFEFF" + HEADER + "\r\n" + quoted + "\r\n\r\nbob,bob@example.edu,Bob\r\n");

    AdminRun run = importing(false, file.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(quoted, "bob,bob@example.edu,Bob"), rowsSent(server.requests().get(0)));
  }

  @Test
  void aFailurePartWayKeepsTheResultsAlreadyAnswered() throws IOException {
    server.answer(
        request ->
            rowsSent(request).get(0).startsWith("user0001")
                ? createEveryRowButFailures(request)
                : Answer.problem(413, "Payload Too Large", "At most 4 MiB per import."));

    AdminRun run = importing(false, csvFile(rows(600)).toString());

    assertEquals(2, run.exitCode());
    assertEquals(501, run.out().lines().count(), "the header and the first chunk's results");
    assertTrue(
        run.err()
            .contains(
                "import stopped after 500 of 600 rows: At most 4 MiB per import. (HTTP 413 Payload"
                    + " Too Large)"),
        run.err());
  }

  @Test
  void anUnreachableServerIsReportedAsForAnyCommand() throws IOException {
    Path file = csvFile(rows(3));
    String url = server.url();
    server.close();

    AdminRun run =
        AdminRun.admin(Map.of("SPS_ADMIN_TOKEN", TOKEN), "--url", url, "import", file.toString());

    assertEquals(1, run.exitCode());
    assertEquals(
        "single-password admin: cannot reach Single-Password at " + url + ": is it running?\n",
        run.err());
  }

  @Test
  void aFileWithTheHeaderOnlyCallsNothing() throws IOException {
    AdminRun run = importing(false, csvFile(List.of()).toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("username,result,initialPassword,reason\n", run.out());
    assertEquals("0 rows: created 0, exists 0, error 0\n", run.err());
    assertTrue(server.requests().isEmpty());
  }

  @Test
  void aMissingFileIsNamed() {
    AdminRun run = importing(false, dir.resolve("nowhere.csv").toString());

    assertEquals(2, run.exitCode());
    assertEquals(
        "single-password admin: " + dir.resolve("nowhere.csv") + ": no such file\n", run.err());
  }
}
