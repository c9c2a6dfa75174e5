package org.singlepassword.application.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.admission.FakeBlockingHasher.awaitUntil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.ServiceBusyException;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.application.service.SignInService;
import org.singlepassword.application.service.UnknownAccountDecoy;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordAging;

/**
 * The gate in front of hashing: the hashes it lets run at once, the requests it lets wait, and the
 * immediate refusal of one more. A fake hasher that the test holds and releases decides when
 * hashing ends, so nothing here depends on timing.
 */
class HashingGateTest {

  private static final Duration LONG_WAIT = Duration.ofSeconds(30);
  private static final Password PASSWORD = Password.of("Correct-Horse-7");
  private static final PasswordHash SOME_HASH = new PasswordHash("fake$v1$1$c29tZQ");

  private final FakeBlockingHasher fake = new FakeBlockingHasher();
  private final ExecutorService clients = Executors.newCachedThreadPool();

  @AfterEach
  void stop() throws InterruptedException {
    fake.release();
    clients.shutdown();
    assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
  }

  private List<Future<Boolean>> admitVerifications(HashingGate gate, PasswordHasher hasher, int n) {
    List<Future<Boolean>> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requests.add(
          clients.submit(() -> gate.admitReturning(() -> hasher.verify(PASSWORD, SOME_HASH))));
    }
    return requests;
  }

  @Nested
  class WithTwoHashesAtOnceAndThreeWaiting {

    private final HashingGate gate = new HashingGate(2, 3, LONG_WAIT);
    private final PasswordHasher hasher = gate.guard(fake);

    @Test
    void runsTwoHashesWhileThreeRequestsWait() throws Exception {
      List<Future<Boolean>> requests = admitVerifications(gate, hasher, 5);

      awaitUntil(() -> gate.admitted() == 5 && fake.inside() == 2);
      fake.release();
      for (Future<Boolean> request : requests) {
        assertFalse(request.get(10, TimeUnit.SECONDS));
      }

      assertEquals(2, fake.mostInside());
      assertEquals(0, gate.admitted());
    }

    @Test
    void refusesASixthRequestAtOnceWithoutRunningIt() {
      admitVerifications(gate, hasher, 5);
      awaitUntil(() -> gate.admitted() == 5);
      AtomicBoolean ran = new AtomicBoolean();

      ServiceBusyException busy =
          assertThrows(ServiceBusyException.class, () -> gate.admit(() -> ran.set(true)));

      assertFalse(ran.get());
      assertEquals(HashingGate.RETRY_AFTER, busy.retryAfter());
      assertEquals(5, gate.admitted());
    }

    @Test
    void admitsAgainOnceTheRequestsAheadHaveFinished() throws Exception {
      List<Future<Boolean>> requests = admitVerifications(gate, hasher, 5);
      awaitUntil(() -> gate.admitted() == 5);
      fake.release();
      for (Future<Boolean> request : requests) {
        request.get(10, TimeUnit.SECONDS);
      }

      AtomicBoolean ran = new AtomicBoolean();
      gate.admit(() -> ran.set(true));

      assertTrue(ran.get());
    }

    @Test
    void freesTheRequestsPlaceWhenItsUseCaseFails() {
      assertThrows(
          IllegalStateException.class,
          () ->
              gate.admit(
                  () -> {
                    throw new IllegalStateException("the use case failed");
                  }));

      assertEquals(0, gate.admitted());
    }
  }

  @Nested
  class Hashes {

    @Test
    void waitNoLongerThanTheGatesLimitForAPermit() throws Exception {
      HashingGate gate = new HashingGate(1, 1, Duration.ofMillis(20));
      PasswordHasher hasher = gate.guard(fake);
      Future<Boolean> holding = clients.submit(() -> hasher.verify(PASSWORD, SOME_HASH));
      awaitUntil(() -> fake.inside() == 1);

      assertThrows(ServiceBusyException.class, () -> hasher.verify(PASSWORD, SOME_HASH));

      fake.release();
      assertFalse(holding.get(10, TimeUnit.SECONDS));
      assertEquals(1, fake.mostInside());
    }

    @Test
    void outsideAnAdmittedRequestAreCountedToo() throws Exception {
      HashingGate gate = new HashingGate(1, 0, LONG_WAIT);
      PasswordHasher hasher = gate.guard(fake);
      List<Future<PasswordHash>> imports = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        imports.add(clients.submit(() -> hasher.hash(PASSWORD)));
      }
      awaitUntil(() -> fake.inside() == 1);

      fake.release();
      for (Future<PasswordHash> made : imports) {
        made.get(10, TimeUnit.SECONDS);
      }

      assertEquals(1, fake.mostInside());
    }

    @Test
    void readingAHashsParametersNeedsNoPermit() throws Exception {
      HashingGate gate = new HashingGate(1, 0, Duration.ZERO);
      PasswordHasher hasher = gate.guard(fake);
      clients.submit(() -> hasher.verify(PASSWORD, SOME_HASH));
      awaitUntil(() -> fake.inside() == 1);

      assertFalse(hasher.needsRehash(SOME_HASH));
    }
  }

  @Test
  void theDecoyForAnUnknownUsernameHashesUnderTheSameGate() {
    HashingGate gate = new HashingGate(1, 0, Duration.ofMillis(20));
    PasswordHasher hasher = gate.guard(fake);
    SignInService signIn =
        new SignInService(
            new DirectTransactions(),
            new InMemoryAccountRepository(),
            new RecordingAuditTrail(),
            hasher,
            new UnknownAccountDecoy(hasher),
            new Lockout(5, Duration.ofMinutes(15)),
            PasswordAging.defaults(),
            Clock.fixed(Instant.parse("2025-09-03T10:15:00Z"), ZoneOffset.UTC));
    SignInCommand nobody =
        new SignInCommand(new Username("nobody.here"), PASSWORD, Channel.ADMINISTRATOR);
    Future<Object> unknown = clients.submit(() -> gate.admitReturning(() -> signIn.signIn(nobody)));
    awaitUntil(() -> fake.inside() == 1);

    assertThrows(ServiceBusyException.class, () -> gate.admit(() -> {}));
    assertThrows(ServiceBusyException.class, () -> hasher.verify(PASSWORD, SOME_HASH));

    fake.release();
    Exception refused = assertThrows(Exception.class, () -> unknown.get(10, TimeUnit.SECONDS));
    assertTrue(refused.getCause() instanceof IncorrectPasswordException, refused.toString());
  }
}
