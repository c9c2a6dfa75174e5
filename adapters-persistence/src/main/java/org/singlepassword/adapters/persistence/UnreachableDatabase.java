package org.singlepassword.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.JdbiException;
import org.singlepassword.application.port.out.StoreUnavailableException;

/**
 * Part of the outgoing persistence adapter: tells the use cases, in the port's own words, that the
 * database is out of reach, whether no connection can be had from the pool or one breaks during a
 * statement. A refusal by a reachable database (a taken key, a lost race) stays what it is.
 */
final class UnreachableDatabase implements HandleCallbackDecorator {

  /** A connection from the pool, which waits a few seconds for one before giving up. */
  static Connection connect(DataSource pool) {
    try {
      return pool.getConnection();
    } catch (SQLException unavailable) {
      throw new StoreUnavailableException(unavailable);
    }
  }

  /** Wraps every piece of work JDBI runs on a handle, transactions and nested calls included. */
  @Override
  public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
    return handle -> {
      try {
        return callback.withHandle(handle);
      } catch (JdbiException failure) {
        if (SqlStates.isConnectionLost(failure)) {
          throw new StoreUnavailableException(failure);
        }
        throw failure;
      }
    };
  }
}
