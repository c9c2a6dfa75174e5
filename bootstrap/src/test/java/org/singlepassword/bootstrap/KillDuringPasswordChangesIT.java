package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a stream of password changes loses none that was acknowledged. The jar
 * runs in a child JVM; e-services change several accounts' passwords one after another as fast as
 * they are answered; the process is killed without warning (SIGKILL) while changes are in flight;
 * after a restart on the same data directory each account's last acknowledged password signs in, or
 * the one whose change was in flight, and never an earlier one. Runs after {@code package}.
 */
class KillDuringPasswordChangesIT {

  private static final String ADMIN_TOKEN = "crash-test-admin-token-0123456789";
  private static final int ACCOUNTS = 4;
  private static final int ACKNOWLEDGEMENTS_BEFORE_THE_KILL = 60;

  /**
   * Cheap hashing, so that many changes happen before the kill; the demo account would only add a
   * line to read.
   */
  private static final Map<String, String> SETTINGS =
      Map.of(
          "SPS_ADMIN_TOKEN", ADMIN_TOKEN,
          "SPS_DEMO_ACCOUNT", "false",
          "SPS_ARGON2_MEMORY_KIB", "64",
          "SPS_ARGON2_ITERATIONS", "1");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path dataDir;

  @Test
  void everyAcknowledgedChangeIsInForceAfterAKill() throws Exception {
    LaunchedService first = LaunchedService.start(dataDir, SETTINGS);
    List<ChangingAccount> accounts = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(ACCOUNTS);
    try {
      URI base = first.base();
      String soul = registerSoul(base);
      for (int i = 0; i < ACCOUNTS; i++) {
        accounts.add(new ChangingAccount(base, soul, "crash.test" + i));
      }
      AtomicInteger acknowledged = new AtomicInteger();
      List<Future<?>> running = new ArrayList<>();
      for (ChangingAccount account : accounts) {
        account.provision();
        running.add(clients.submit(() -> account.changeUntilRefused(acknowledged)));
      }
      awaitAcknowledgements(acknowledged, running);

      first.kill();

      for (Future<?> stream : running) {
        stream.get(30, TimeUnit.SECONDS);
      }
    } finally {
      first.killIfAlive();
      clients.shutdownNow();
    }

    // The e-service's registration was acknowledged before the kill too: its secret still works.
    LaunchedService second = LaunchedService.start(dataDir, SETTINGS);
    try {
      URI base = second.base();
      for (ChangingAccount account : accounts) {
        account.assertTheLastAcknowledgedChangeIsInForce(base);
      }
    } finally {
      second.stop();
    }
  }

  /**
   * A password per generation, each far from the one before (the policy refuses a change of the
   * number alone) and free of the person's name.
   */
  private static String password(int generation) {
    return "Kite-" + Integer.toHexString(generation * 0x9E3779B1) + "-Aa9";
  }

  /** Until enough changes were acknowledged; a stream that ended early fails the test. */
  private static void awaitAcknowledgements(AtomicInteger acknowledged, List<Future<?>> running)
      throws Exception {
    while (acknowledged.get() < ACKNOWLEDGEMENTS_BEFORE_THE_KILL) {
      for (Future<?> stream : running) {
        if (stream.isDone()) {
          stream.get();
          throw new AssertionError("a stream of changes ended before the kill");
        }
      }
      Thread.sleep(5);
    }
  }

  /** One account whose password is changed again and again, and what was acknowledged. */
  private final class ChangingAccount {
    private final URI base;
    private final String soul;
    private final String username;
    private volatile int lastAcknowledged;

    ChangingAccount(URI base, String soul, String username) {
      this.base = base;
      this.soul = soul;
      this.username = username;
    }

    void provision() throws IOException, InterruptedException {
      HttpResponse<String> created =
          post(
              base,
              "/api/v1/admin/accounts",
              "Bearer " + ADMIN_TOKEN,
              "{\"username\": \"%s\", \"email\": \"%s@example.edu\", \"displayName\": \"Crash Test\", \"initialPassword\": \"%s\"}"
                  .formatted(username, username, password(0)));
      assertEquals(201, created.statusCode(), created.body());
    }

    /** Changes the password until the service stops answering; counts every 204. */
    void changeUntilRefused(AtomicInteger acknowledged) {
      for (int next = 1; ; next++) {
        int status;
        try {
          status =
              post(
                      base,
                      "/api/v1/accounts/" + username + "/password",
                      soul,
                      "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}"
                          .formatted(password(next - 1), password(next)))
                  .statusCode();
        } catch (IOException killed) {
          return;
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        if (status != 204) {
          throw new AssertionError(username + ": change " + next + " answered " + status);
        }
        lastAcknowledged = next;
        acknowledged.incrementAndGet();
      }
    }

    void assertTheLastAcknowledgedChangeIsInForce(URI restarted)
        throws IOException, InterruptedException {
      int acknowledged = lastAcknowledged;
      assertTrue(acknowledged > 0, username + " had no change acknowledged before the kill");
      int acknowledgedSignsIn = signIn(restarted, password(acknowledged));
      if (acknowledgedSignsIn != 200) {
        // The change in flight at the kill may have committed without its answer being read.
        assertEquals(
            200,
            signIn(restarted, password(acknowledged + 1)),
            username + ": neither change " + acknowledged + " (acknowledged) nor the next holds");
      }
      assertEquals(
          401,
          signIn(restarted, password(acknowledged - 1)),
          username + ": the password before the acknowledged change " + acknowledged + " works");
    }

    private int signIn(URI at, String password) throws IOException, InterruptedException {
      return post(
              at,
              "/api/v1/sign-in",
              soul,
              "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password))
          .statusCode();
    }
  }

  /** An e-service of its own: the FAQ's three are registered, secrets in the child's files. */
  private String registerSoul(URI base) throws IOException, InterruptedException {
    String id = "exam-portal";
    HttpResponse<String> registered =
        post(
            base,
            "/api/v1/admin/services",
            "Bearer " + ADMIN_TOKEN,
            "{\"id\": \"%s\", \"name\": \"Exams\", \"serviceUrls\": [\"https://exams.example.edu/\"]}"
                .formatted(id));
    assertEquals(201, registered.statusCode(), registered.body());
    String secret = EService.JSON.readTree(registered.body()).get("secret").asText();
    return "Basic "
        + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(URI base, String path, String authorization, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
