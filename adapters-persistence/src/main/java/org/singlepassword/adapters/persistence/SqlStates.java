package org.singlepassword.adapters.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Part of the outgoing persistence adapter: recognises by SQLSTATE the few database failures it
 * turns into the ports' own outcomes, a taken key into "not added", a concurrent write into a stale
 * account and a lost connection into an unavailable store. The codes are the SQL standard's, which
 * HSQLDB and PostgreSQL both report, plus the few of their own named below.
 */
public final class SqlStates {

  /** Integrity constraint violation on a unique or primary key. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * Transaction rollback: serialization failure (40001, also HSQLDB's deadlock victim), HSQLDB's
   * MVCC "row change by multiple transactions" (40501) and PostgreSQL's deadlock victim (40P01).
   */
  private static final Set<String> WRITE_CONFLICTS = Set.of("40001", "40501", "40P01");

  /** Class 08, connection exception: the connection failed or broke. */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /**
   * PostgreSQL ending connections as it shuts down (57P01 by an administrator, 57P02 by a crash) or
   * refusing them while it starts or stops (57P03).
   */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  private SqlStates() {}

  /** Whether the failure, or one of its causes, is a violated unique or primary key. */
  public static boolean isUniqueViolation(Throwable failure) {
    return hasSqlState(failure, Set.of(UNIQUE_VIOLATION));
  }

  /** Whether the failure, or one of its causes, is a write that lost to a concurrent one. */
  public static boolean isWriteConflict(Throwable failure) {
    return hasSqlState(failure, WRITE_CONFLICTS);
  }

  /** Whether the failure, or one of its causes, is the database or the way to it going away. */
  public static boolean isConnectionLost(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state)) {
          return true;
        }
      }
    }
    return false;
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
