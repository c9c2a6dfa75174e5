package org.singlepassword.adapters.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Part of the outgoing persistence adapter: an insert whose key another transaction may have taken,
 * as happens when two instances of the service add the same thing at once. Neither a check
 * beforehand nor a MERGE sees a row not yet committed, so the key settles the race; the insert
 * waits for the other transaction and, if that one committed, fails on the key.
 */
public final class KeyedInserts {

  private static final String SAVEPOINT = "before_keyed_insert";

  private KeyedInserts() {}

  /**
   * Runs the insert within a savepoint: true when it stored its row, false when a primary or unique
   * key was taken. A failed statement leaves a PostgreSQL transaction unusable (HSQLDB undoes just
   * the statement); rolling back to the savepoint undoes only the insert on both, so the caller's
   * transaction goes on either way.
   *
   * @throws IllegalStateException when the handle is not in a transaction, where there is no
   *     savepoint to return to
   */
  public static boolean insertUnlessKeyTaken(Handle handle, Update insert) {
    if (!handle.isInTransaction()) {
      throw new IllegalStateException("a keyed insert needs a transaction");
    }
    handle.savepoint(SAVEPOINT);
    try {
      insert.execute();
    } catch (UnableToExecuteStatementException failure) {
      if (SqlStates.isUniqueViolation(failure)) {
        // JDBI forgets the savepoint once rolled back to; the database drops it at the commit.
        handle.rollbackToSavepoint(SAVEPOINT);
        return false;
      }
      throw failure;
    }
    handle.releaseSavepoint(SAVEPOINT);
    return true;
  }
}
