package org.singlepassword.adapters.web.api.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.WebSettings;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/**
 * A file that cannot be read as a whole is a clear 4xx problem, and nothing of it is imported: no
 * row is half-imported without a report.
 */
class AdminAccountsImportBadFilesTest {

  private static final String PATH = "/api/v1/admin/accounts/import";
  private static final String ADMIN = ApiClient.bearer(RunningServer.ADMIN_TOKEN);
  private static final String HEADER = "username,email,displayName\n";
  private static final int IMPORT_LIMIT = 4096;

  private final FakeImport useCase = new FakeImport();
  private RunningServer server;
  private ApiClient api;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs().importAccounts(useCase),
            RunningServer.settings(
                WebSettings.DEFAULT_MAX_BODY_BYTES,
                IMPORT_LIMIT,
                WebSettings.DEFAULT_FORM_ATTEMPTS_PER_MINUTE,
                Clock.systemUTC()));
    api = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response importBytes(String contentType, byte[] body) {
    return api.post(PATH, contentType, body, "Authorization", ADMIN);
  }

  private Response importCsv(String csv) {
    return importBytes("text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  private void assertRefused(Response response, int status, String slug) {
    assertEquals(status, response.status(), response.body());
    assertEquals("application/problem+json", response.header("Content-Type"));
    assertEquals(
        "https://single-password.example/problems/" + slug, response.json().get("type").asText());
    assertEquals(List.of(), useCase.calls());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Username,Email,DisplayName",
        "username,displayName,email",
        "username,email",
        "username,email,displayName,role",
        "username, email, displayName",
        "login,mail,name"
      })
  void refusesAnyHeaderButTheExactOneSayingWhichItWants(String header) {
    Response response = importCsv(header + "\nchan.tm,chan.tm@example.edu,Chan Tai Man\n");

    assertRefused(response, 400, "invalid-csv-header");
    assertEquals("username,email,displayName", response.json().get("expected").asText());
    assertTrue(response.json().get("detail").asText().contains("exact case"));
  }

  @Test
  void refusesAnEmptyBody() {
    assertRefused(importCsv(""), 400, "empty-import");
  }

  @Test
  void refusesAHeaderWithoutRows() {
    assertRefused(importCsv(HEADER), 400, "empty-import");
    assertRefused(importCsv(HEADER + "\n\n"), 400, "empty-import");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 =
        (HEADER + "chan.tm,chan.tm@example.edu,Chan T\u00e0i Man\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    Response response = importBytes("text/csv", latin1);

    assertRefused(response, 400, "invalid-csv");
    assertTrue(response.json().get("detail").asText().contains("UTF-8"));
  }

  @Test
  void refusesAQuotedFieldThatNeverEndsNamingItsLine() {
    Response response =
        importCsv(HEADER + "chan.tm,chan.tm@example.edu,Chan\nlee.sm,\"lee.sm@example.edu,Lee\n");

    assertRefused(response, 400, "invalid-csv");
    assertTrue(response.json().get("detail").asText().contains("line 3"), response.body());
  }

  @Test
  void refusesAFileOverItsOwnLimitWith413() {
    StringBuilder file = new StringBuilder(HEADER);
    while (file.length() <= IMPORT_LIMIT) {
      file.append("chan.tm,chan.tm@example.edu,Chan Tai Man\n");
    }

    Response response = importCsv(file.toString());

    assertRefused(response, 413, "body-too-large");
    assertEquals(IMPORT_LIMIT, response.json().get("maxBytes").asInt());
  }

  @Test
  void refusesAnythingButCsvInUtf8() {
    byte[] body = (HEADER + "chan.tm,chan.tm@example.edu,Chan\n").getBytes(StandardCharsets.UTF_8);

    assertRefused(importBytes("application/json", body), 415, "unsupported-media-type");
    assertRefused(
        importBytes("text/csv; charset=windows-1252", body), 415, "unsupported-media-type");
    assertRefused(importBytes(null, body), 415, "unsupported-media-type");
  }

  @Test
  void refusesMoreRowsThanOneCallMayHold() {
    server.close();
    server = RunningServer.start(new UseCaseStubs().importAccounts(useCase));
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i <= ImportAccountsApi.MAX_ROWS; i++) {
      file.append('s').append(i).append(",s").append(i).append("@example.edu,S\n");
    }

    Response response =
        server
            .api()
            .post(
                PATH,
                "text/csv",
                file.toString().getBytes(StandardCharsets.UTF_8),
                "Authorization",
                ADMIN);

    assertRefused(response, 413, "too-many-rows");
    assertEquals(10_000, response.json().get("maxRows").asInt());
  }

  @Test
  void refusesACallerWithoutTheAdministratorToken() {
    Response response =
        api.post(
            PATH,
            "text/csv",
            (HEADER + "chan.tm,chan.tm@example.edu,Chan\n").getBytes(StandardCharsets.UTF_8));

    assertRefused(response, 401, "admin-token-required");
  }
}
