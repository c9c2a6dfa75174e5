package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IT provisions a whole intake of 10,000 students in one call, over HTTP into the database file,
 * and a student of that intake signs in with the issued password. Argon2 runs at a low cost here:
 * what is proven is the pipeline at scale; the hashing cost is measured in the benchmarks.
 */
class ImportJourneyTest {

  private static final int INTAKE = 10_000;

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;

  @BeforeEach
  void start() {
    service =
        RunningService.start(
            dataDir, Map.of("SPS_ARGON2_MEMORY_KIB", "64", "SPS_ARGON2_ITERATIONS", "1"));
    base = RunningService.base(service);
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void tenThousandAccountsAreImportedInOneCallAndARerunChangesNothing() {
    String csv =
        "username,email,displayName\n"
            + IntStream.range(0, INTAKE)
                .mapToObj(i -> "s" + i + ",s" + i + "@example.edu,Student " + i)
                .collect(Collectors.joining("\n"))
            + "\n";

    List<String[]> rows = importCsv(csv);

    assertEquals(INTAKE, rows.size());
    assertEquals(INTAKE, rows.stream().filter(row -> row[1].equals("created")).count());
    String[] student = rows.get(4242);
    assertEquals("s4242", student[0]);
    EService.Answer signIn = signInThroughAnEService("s4242", student[2]);
    assertEquals("MUST_CHANGE_PASSWORD", signIn.json().get("status").asText(), signIn.body());

    List<String[]> again = importCsv(csv);
    assertEquals(INTAKE, again.stream().filter(row -> row[1].equals("exists")).count());
  }

  @Test
  void aBadRowNeverStopsTheGoodOnes() {
    List<String[]> rows =
        importCsv(
            "username,email,displayName\n"
                + "good.one,good@example.edu,Good One\n"
                + "bad.one,not-an-address,Bad One\n"
                + "good.one,again@example.edu,Good Again\n"
                + "too,few\n"
                + "good.two,two@example.edu,\"Two, Good\"\n");

    assertEquals(
        List.of("created", "error", "error", "error", "created"),
        rows.stream().map(row -> row[1]).toList());
  }

  private List<String[]> importCsv(String csv) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/api/v1/admin/accounts/import"))
                      .header("Authorization", "Bearer " + RunningService.ADMIN_TOKEN)
                      .header("Content-Type", "text/csv")
                      .POST(HttpRequest.BodyPublishers.ofString(csv))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      List<String> lines = response.body().lines().toList();
      assertEquals("username,result,initialPassword,reason", lines.get(0));
      // The answer's fields here hold no commas or quotes except in reasons, which come last.
      return lines.stream().skip(1).map(line -> line.split(",", 4)).toList();
    } catch (IOException | InterruptedException failed) {
      throw new AssertionError(failed);
    }
  }

  private EService.Answer signInThroughAnEService(String username, String password) {
    return EService.seeded(base, dataDir, "learner-portal")
        .post("/api/v1/sign-in", Map.of("username", username, "password", password));
  }
}
