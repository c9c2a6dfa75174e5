package org.singlepassword.bootstrap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.singlepassword.bootstrap.cli.StubAdminApi.Answer;
import org.singlepassword.bootstrap.cli.StubAdminApi.Request;

class AdminCommandTest {

  private static final String TOKEN = "stub-admin-token-7Qx2";
  private static final Map<String, String> TOKEN_IN_THE_ENVIRONMENT =
      Map.of("SPS_ADMIN_TOKEN", TOKEN);
  private static final ObjectMapper JSON = new ObjectMapper();

  private StubAdminApi server;

  @BeforeEach
  void startTheStub() throws IOException {
    server = StubAdminApi.start();
  }

  @AfterEach
  void stopTheStub() {
    server.close();
  }

  /** {@code admin --url <stub> ARGS} with the token in the environment; it is never printed. */
  private AdminRun admin(String... args) {
    return adminWith(TOKEN_IN_THE_ENVIRONMENT, args);
  }

  private AdminRun adminWith(Map<String, String> environment, String... args) {
    AdminRun run = AdminRun.admin(environment, concat(new String[] {"--url", server.url()}, args));
    assertFalse(run.printed().contains(TOKEN), "the token was printed");
    return run;
  }

  /** {@code admin --url URL ARGS} with the token in the environment, for a URL not the stub's. */
  private static AdminRun adminAt(String url, String... args) {
    return AdminRun.admin(TOKEN_IN_THE_ENVIRONMENT, concat(new String[] {"--url", url}, args));
  }

  private static String[] concat(String[] first, String... then) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(then)).toArray(String[]::new);
  }

  private Request onlyRequest() {
    List<Request> requests = server.requests();
    assertEquals(1, requests.size(), "requests");
    return requests.get(0);
  }

  @Nested
  class Create {

    /** The stub creates ada and answers with this initial password. */
    private void serverCreatesAda(String initialPassword) {
      server.answer(
          request ->
              Answer.json(
                  201, "{\"username\":\"ada\",\"initialPassword\":\"" + initialPassword + "\"}"));
    }

    /** {@code admin create} with ada's required options, then these. */
    private AdminRun createAda(String... moreOptions) {
      return admin(
          concat(
              new String[] {
                "create",
                "--username",
                "ada",
                "--email",
                "ada@example.edu",
                "--display-name",
                "Ada Lovelace"
              },
              moreOptions));
    }

    @Test
    void sendsTheAccountAsJsonWithTheTokenAndPrintsTheInitialPassword() throws Exception {
      serverCreatesAda("Xk7-first");

      AdminRun run = createAda();

      assertEquals(0, run.exitCode(), run.err());
      Request request = onlyRequest();
      assertEquals("POST", request.method());
      assertEquals("/api/v1/admin/accounts", request.path());
      assertEquals("Bearer " + TOKEN, request.authorization());
      assertEquals("application/json", request.contentType());
      assertEquals(
          JSON.readTree(
              "{\"username\":\"ada\",\"email\":\"ada@example.edu\","
                  + "\"displayName\":\"Ada Lovelace\"}"),
          JSON.readTree(request.body()));
      assertEquals("Username:         ada\nInitial password: Xk7-first\n", run.out());
    }

    @Test
    void sendsAnInitialPasswordTheAdministratorChose() throws Exception {
      serverCreatesAda("Chosen-123");

      AdminRun run = createAda("--initial-password=Chosen-123");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals(
          "Chosen-123", JSON.readTree(onlyRequest().body()).path("initialPassword").asText());
    }

    @Test
    void namesEveryUnmetRuleOfARejectedPassword() {
      server.answer(
          request ->
              new Answer(
                  422,
                  "application/problem+json",
                  "{\"title\":\"Password rejected\",\"status\":422,"
                      + "\"detail\":\"The initial password does not meet the policy.\","
                      + "\"violations\":[{\"rule\":\"MIN_LENGTH\",\"message\":\"At least 10"
                      + " characters.\"},{\"rule\":\"DIGIT\",\"message\":\"At least one"
                      + " 0-9.\"}]}"));

      AdminRun run = createAda("--initial-password=short");

      assertEquals(2, run.exitCode());
      assertEquals(
          "single-password admin: The initial password does not meet the policy: At least 10"
              + " characters; At least one 0-9 (HTTP 422 Password rejected)\n",
          run.err());
    }

    @Test
    void refusesWithoutTheRequiredOptionsAndCallsNothing() {
      AdminRun run = admin("create", "--username=ada");

      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains("Missing required options"), run.err());
      assertTrue(server.requests().isEmpty());
    }
  }

  @Nested
  class AccountCommands {

    @ParameterizedTest
    @CsvSource({
      "unlock,  /unlock,          Unlocked ada lovelace/2.",
      "expire,  /expire-password, Expired the password of ada lovelace/2.",
      "disable, /disable,         Disabled ada lovelace/2.",
      "enable,  /enable,          Enabled ada lovelace/2."
    })
    void postToTheAccountsActionWithTheUsernameEncoded(
        String command, String action, String confirmation) {
      AdminRun run = admin(command, "ada lovelace/2");

      assertEquals(0, run.exitCode(), run.err());
      Request request = onlyRequest();
      assertEquals("POST", request.method());
      assertEquals("/api/v1/admin/accounts/ada%20lovelace%2F2" + action, request.path());
      assertEquals("Bearer " + TOKEN, request.authorization());
      assertEquals(confirmation + "\n", run.out());
    }

    @Test
    void showPrintsTheAccountAsAlignedLines() {
      server.answer(
          request ->
              Answer.json(
                  200,
                  "{\"username\":\"ada\",\"email\":\"ada@example.edu\","
                      + "\"displayName\":\"Ada Lovelace\",\"status\":\"ACTIVE\","
                      + "\"passwordChangedAt\":\"2025-01-02T03:04:05Z\","
                      + "\"passwordExpiresAt\":\"2025-07-01T03:04:05Z\","
                      + "\"lockedUntil\":null,\"failedAttempts\":2}"));

      AdminRun run = admin("show", "ada ü");

      assertEquals(0, run.exitCode(), run.err());
      Request request = onlyRequest();
      assertEquals("GET", request.method());
      assertEquals("/api/v1/admin/accounts/ada%20%C3%BC", request.path());
      assertEquals(
          String.join(
              "\n",
              "Username:         ada",
              "E-mail:           ada@example.edu",
              "Display name:     Ada Lovelace",
              "Status:           ACTIVE",
              "Password changed: 2025-01-02T03:04:05Z",
              "Password expires: 2025-07-01T03:04:05Z",
              "Locked until:     -",
              "Failed sign-ins:  2",
              ""),
          run.out());
    }

    @Test
    void eventsPrintsOneLinePerEventUpToTheLimit() {
      server.answer(
          request ->
              Answer.json(
                  200,
                  "{\"events\":["
                      + "{\"at\":\"2025-03-01T10:00:00Z\",\"type\":\"SIGNED_IN\","
                      + "\"channel\":\"web\",\"clientAddress\":\"10.0.0.7\"},"
                      + "{\"at\":\"2025-03-01T09:59:00Z\",\"type\":\"SIGN_IN_FAILED\","
                      + "\"channel\":\"api\",\"clientAddress\":null}]}"));

      AdminRun run = admin("events", "ada/1", "--limit", "2");

      assertEquals(0, run.exitCode(), run.err());
      Request request = onlyRequest();
      assertEquals("GET", request.method());
      assertEquals("/api/v1/admin/accounts/ada%2F1/events", request.path());
      assertEquals("limit=2", request.query());
      assertEquals(
          "2025-03-01T10:00:00Z  SIGNED_IN       web  10.0.0.7\n"
              + "2025-03-01T09:59:00Z  SIGN_IN_FAILED  api  -\n",
          run.out());
    }

    @Test
    void eventsWithoutALimitLeaveItToTheServer() {
      server.answer(request -> Answer.json(200, "{\"events\":[]}"));

      AdminRun run = admin("events", "ada");

      assertEquals(0, run.exitCode(), run.err());
      assertNull(onlyRequest().query());
      assertEquals("", run.out());
      assertEquals("No events for ada.\n", run.err());
    }

    @Test
    void eventsRefusesALimitBelowOneBeforeAnyCall() {
      AdminRun run = admin("events", "ada", "--limit", "0");

      assertEquals(2, run.exitCode());
      assertEquals("single-password admin: --limit must be at least 1, not 0\n", run.err());
      assertTrue(server.requests().isEmpty());
    }

    @Test
    void registerServiceSendsEveryUrlAndPrintsTheSecret() throws Exception {
      server.answer(request -> Answer.json(201, "{\"id\":\"soul\",\"secret\":\"s3cret-once\"}"));

      AdminRun run =
          admin(
              "register-service",
              "--id=soul",
              "--name=SOUL",
              "--url=https://soul.example.edu/",
              "--url=https://soul2.example.edu/");

      assertEquals(0, run.exitCode(), run.err());
      Request request = onlyRequest();
      assertEquals("POST", request.method());
      assertEquals("/api/v1/admin/services", request.path());
      assertEquals(
          JSON.readTree(
              "{\"id\":\"soul\",\"name\":\"SOUL\",\"serviceUrls\":"
                  + "[\"https://soul.example.edu/\",\"https://soul2.example.edu/\"]}"),
          JSON.readTree(request.body()));
      assertEquals("Id:     soul\nSecret: s3cret-once\n", run.out());
    }
  }

  @Nested
  class WhenItGoesWrong {

    @Test
    void anUnknownAccountExitsWith2AndTheProblemsDetail() {
      server.answer(
          request -> Answer.problem(404, "Not Found", "There is no account named ghost."));

      AdminRun run = admin("show", "ghost");

      assertEquals(2, run.exitCode());
      assertEquals("", run.out());
      assertEquals(
          "single-password admin: There is no account named ghost. (HTTP 404 Not Found)\n",
          run.err());
    }

    @Test
    void aServerFailureExitsWith1() {
      server.answer(
          request -> Answer.problem(500, "Internal Server Error", "Incident 4f2c was logged."));

      AdminRun run = admin("unlock", "ada");

      assertEquals(1, run.exitCode());
      assertTrue(run.err().contains("failed: Incident 4f2c was logged."), run.err());
    }

    @Test
    void anAnswerThatIsNoProblemStillGivesOneLine() {
      server.answer(request -> new Answer(409, "text/plain", "conflict"));

      AdminRun run = admin("enable", "ada");

      assertEquals(2, run.exitCode());
      assertEquals("single-password admin: the server answered HTTP 409\n", run.err());
    }

    @Test
    void anUnreachableServerExitsWith1AndSaysSo() throws IOException {
      int nobodyListens;
      try (ServerSocket socket = new ServerSocket(0)) {
        nobodyListens = socket.getLocalPort();
      }
      String url = "http://127.0.0.1:" + nobodyListens;

      AdminRun run = adminAt(url, "show", "ada");

      assertEquals(1, run.exitCode());
      assertEquals(
          "single-password admin: cannot reach Single-Password at " + url + ": is it running?\n",
          run.err());
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedHere() {
      AdminRun run = adminAt("ftp://sps", "show", "ada");

      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains("\"ftp://sps\" is not valid"), run.err());
    }

    @Test
    void noSubcommandShowsTheUsageAndExitsWith2() {
      AdminRun run = admin();

      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains("Usage: admin"), run.err());
    }
  }

  @Nested
  class TheToken {

    @TempDir Path dataDir;

    /** {@code admin} whose environment names only the data directory, not the token. */
    private AdminRun adminWithOnlyTheDataDir(String... args) {
      return adminWith(Map.of("SPS_DATA_DIR", dataDir.toString()), args);
    }

    @Test
    void isReadFromTheServersTokenFileWhenTheEnvironmentHasNone() throws IOException {
      Files.writeString(dataDir.resolve("admin-token"), TOKEN + "\n");

      AdminRun run = adminWithOnlyTheDataDir("unlock", "ada");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals("Bearer " + TOKEN, onlyRequest().authorization());
    }

    @Test
    void fromTheEnvironmentWinsOverTheFileAndTheOptionOverBoth() throws IOException {
      Files.writeString(dataDir.resolve("admin-token"), "from-the-file\n");
      Map<String, String> environment =
          Map.of("SPS_DATA_DIR", dataDir.toString(), "SPS_ADMIN_TOKEN", "from-the-environment");

      adminWith(environment, "unlock", "ada");
      adminWith(environment, "--token", "from-the-option", "unlock", "ada");

      assertEquals(
          List.of("Bearer from-the-environment", "Bearer from-the-option"),
          server.requests().stream().map(Request::authorization).toList());
    }

    @Test
    void isNeverPrintedWhenTheServerRefusesIt() throws IOException {
      Files.writeString(dataDir.resolve("admin-token"), TOKEN + "\n");
      server.answer(
          request -> Answer.problem(401, "Unauthorized", "A valid admin token is required."));

      AdminRun run = adminWithOnlyTheDataDir("show", "ada");

      assertEquals(2, run.exitCode());
      assertTrue(
          run.err().contains("the admin token came from " + dataDir.resolve("admin-token")),
          run.err());
    }

    @Test
    void missingEverywhereIsExplainedBeforeAnyCall() {
      AdminRun run = adminWithOnlyTheDataDir("show", "ada");

      assertEquals(2, run.exitCode());
      assertTrue(run.err().contains(dataDir.resolve("admin-token") + " does not exist"), run.err());
      assertTrue(server.requests().isEmpty());
    }

    @Test
    void isNotNeededForHelpOrVersion() {
      AdminRun help = adminWithOnlyTheDataDir("--help");
      AdminRun version = adminWithOnlyTheDataDir("--version");

      assertEquals(0, help.exitCode());
      assertTrue(help.out().contains("register-service"), help.out());
      assertEquals(0, version.exitCode());
      assertTrue(version.out().startsWith("Single-Password "), version.out());
    }
  }
}
