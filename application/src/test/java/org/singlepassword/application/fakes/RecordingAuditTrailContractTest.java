package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.application.port.out.AuditTrailContract;

/** The audit trail contract, run against the recording fake the use case tests rely on. */
class RecordingAuditTrailContractTest extends AuditTrailContract {

  private final RecordingAuditTrail audit = new RecordingAuditTrail();

  @Override
  protected AuditTrail auditTrail() {
    return audit;
  }
}
