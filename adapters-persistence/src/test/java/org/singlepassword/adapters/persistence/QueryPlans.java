package org.singlepassword.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Jdbi;

/** What HSQLDB plans for a statement: the way a test shows that a query reads the index for it. */
public final class QueryPlans {

  private QueryPlans() {}

  /**
   * HSQLDB's plan for the statement, one line of it per line. Its named parameters become {@code ?}
   * and stay unbound: HSQLDB explains them so, where JDBI would insist on binding them.
   */
  public static String explain(Jdbi jdbi, String sql) throws SQLException {
    String explain = "EXPLAIN PLAN FOR " + sql.replaceAll(":[A-Za-z]+", "?");
    return jdbi.withHandle(
        handle -> {
          StringBuilder lines = new StringBuilder();
          try (Statement statement = handle.getConnection().createStatement();
              ResultSet rows = statement.executeQuery(explain)) {
            while (rows.next()) {
              lines.append(rows.getString(1)).append('\n');
            }
          }
          return lines.toString();
        });
  }
}
