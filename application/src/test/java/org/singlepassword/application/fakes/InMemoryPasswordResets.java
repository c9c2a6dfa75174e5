package org.singlepassword.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.TokenHash;

/**
 * Outgoing adapter for tests and teaching: reset links in a map, each numbered as it is added, so
 * that of links issued at one instant (as a fixed clock issues them) the one added last is newest.
 */
public final class InMemoryPasswordResets implements PasswordResets {

  private record Added(PasswordReset reset, long order) {}

  private static final Comparator<Added> OLDEST_FIRST =
      Comparator.comparing((Added added) -> added.reset().issuedAt())
          .thenComparingLong(Added::order);

  private final Map<TokenHash, Added> byId = new ConcurrentHashMap<>();
  private final AtomicLong addedSoFar = new AtomicLong();

  @Override
  public void add(PasswordReset reset) {
    byId.put(reset.id(), new Added(reset, addedSoFar.incrementAndGet()));
  }

  @Override
  public Optional<PasswordReset> find(TokenHash id) {
    return Optional.ofNullable(byId.get(id)).map(Added::reset);
  }

  @Override
  public Optional<PasswordReset> newestFor(AccountId accountId) {
    return byId.values().stream()
        .filter(added -> added.reset().accountId().equals(accountId))
        .max(OLDEST_FIRST)
        .map(Added::reset);
  }

  @Override
  public int countIssuedSince(AccountId accountId, Instant since) {
    return (int)
        byId.values().stream()
            .map(Added::reset)
            .filter(reset -> reset.accountId().equals(accountId))
            .filter(reset -> !reset.issuedAt().isBefore(since))
            .count();
  }

  @Override
  public void removeAllOf(AccountId accountId) {
    byId.values().removeIf(added -> added.reset().accountId().equals(accountId));
  }
}
