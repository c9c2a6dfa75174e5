package org.singlepassword.application.port.out;

/** Outgoing port: the record of what happened to each account, for the person and for IT. */
public interface AuditTrail {

  void record(AuditEvent event);
}
