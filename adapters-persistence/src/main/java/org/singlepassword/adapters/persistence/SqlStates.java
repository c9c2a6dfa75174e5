package org.singlepassword.adapters.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Part of the outgoing persistence adapter: recognises by SQLSTATE the few database failures it
 * turns into the ports' own outcomes, a taken key into "not added" and a concurrent write into a
 * stale account.
 */
public final class SqlStates {

  /** Integrity constraint violation on a unique or primary key. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Transaction rollback: serialization failure (40001, also HSQLDB's deadlock victim) and HSQLDB's
   * MVCC "row change by multiple transactions" (40501).
   */
  private static final Set<String> WRITE_CONFLICTS = Set.of("40001", "40501");

  private SqlStates() {}

  /** Whether the failure, or one of its causes, is a violated unique or primary key. */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasSqlState(failure, Set.of(UNIQUE_VIOLATION));
  }

  /** Whether the failure, or one of its causes, is a write that lost to a concurrent one. */
  public static boolean isWriteConflict(Throwable failure) {
    return hasSqlState(failure, WRITE_CONFLICTS);
  }

  private static boolean hasSqlState(Throwable failure, Set<String> states) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
