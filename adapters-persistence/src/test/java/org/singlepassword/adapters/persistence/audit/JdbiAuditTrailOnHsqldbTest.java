package org.singlepassword.adapters.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.persistence.QueryPlans;
import org.singlepassword.adapters.persistence.TestDatabase;

/** The audit trail on the embedded HSQLDB file, and the index its recent activity reads. */
class JdbiAuditTrailOnHsqldbTest extends JdbiAuditTrailTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }

  /**
   * The newest events of one account are read from the index, not sorted from every event of
   * theirs: HSQLDB uses an index for ORDER BY only when the ORDER BY names its columns.
   */
  @Test
  void readsTheNewestEventsOfAUsernameThroughTheIndex() throws SQLException {
    String plan = QueryPlans.explain(database().jdbi(), JdbiAuditTrail.SELECT_NEWEST);

    assertTrue(plan.contains("index=AUDIT_EVENTS_USERNAME_NEWEST"), plan);
    assertTrue(plan.contains("uses index"), plan);
  }
}
