package org.singlepassword.adapters.persistence.audit;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The audit trail on PostgreSQL. */
class JdbiAuditTrailOnPostgresTest extends JdbiAuditTrailTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
