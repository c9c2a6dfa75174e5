package org.singlepassword.adapters.persistence.sso;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.persistence.QueryPlans;
import org.singlepassword.adapters.persistence.TestDatabase;

/** The service tickets on the embedded HSQLDB file, and the index the housekeeping reads. */
class JdbiServiceTicketsOnHsqldbTest extends JdbiServiceTicketsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }

  @Test
  void forgetsExpiredTicketsThroughTheIndexOnTheirEnd() throws SQLException {
    String plan = QueryPlans.explain(database().jdbi(), JdbiServiceTickets.DELETE_EXPIRED);

    assertTrue(plan.contains("index=SERVICE_TICKETS_VALID_UNTIL"), plan);
  }
}
