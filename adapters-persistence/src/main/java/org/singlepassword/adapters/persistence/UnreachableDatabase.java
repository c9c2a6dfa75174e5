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

  /**
   * A connection from the pool, which waits a few seconds for one before giving up. Its first use
   * happens here: a connection the server dropped while it lay idle in the pool fails at first use,
   * and JDBI's own first use (reading the autocommit mode as it opens a handle) comes before any
   * work this class can wrap.
   */
  static Connection connect(DataSource pool) {
    Connection connection;
    try {
      connection = pool.getConnection();
    } catch (SQLException unavailable) {
      throw new StoreUnavailableException(unavailable);
    }
    try {
      connection.getAutoCommit();
      return connection;
    } catch (SQLException broken) {
      StoreUnavailableException unavailable = new StoreUnavailableException(broken);
      try {
        // The pool sees the failure and drops the connection rather than lend it again.
        connection.close();
      } catch (SQLException closing) {
        unavailable.addSuppressed(closing);
      }
      throw unavailable;
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
