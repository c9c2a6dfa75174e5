package org.singlepassword.domain.password;

import java.util.ArrayList;
import java.util.List;

/**
 * The hashes of the passwords an account had before its current one, newest first, and never more
 * of them than the policy needs: the FAQ's "3 cycles of change" keeps two.
 */
public record PasswordHistory(List<PasswordHash> newestFirst) {

  public PasswordHistory {
    newestFirst = List.copyOf(newestFirst);
  }

  public static PasswordHistory empty() {
    return new PasswordHistory(List.of());
  }

  /** This history after the password {@code left} was replaced, keeping at most {@code keep}. */
  public PasswordHistory after(PasswordHash left, int keep) {
    List<PasswordHash> kept = new ArrayList<>(newestFirst.size() + 1);
    kept.add(left);
    kept.addAll(newestFirst);
    return new PasswordHistory(kept.subList(0, Math.max(0, Math.min(keep, kept.size()))));
  }

  /** Whether the candidate is one of the newest {@code depth} earlier passwords. */
  public boolean contains(Password candidate, int depth, PasswordHasher hasher) {
    return newestFirst.stream()
        .limit(Math.max(0, depth))
        .anyMatch(earlier -> hasher.verify(candidate, earlier));
  }
}
