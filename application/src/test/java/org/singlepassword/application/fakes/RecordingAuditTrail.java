package org.singlepassword.application.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.out.AuditEvent;
import org.singlepassword.application.port.out.AuditEventType;
import org.singlepassword.application.port.out.AuditTrail;

/** A spy: keeps the audit events for a test to read. */
public final class RecordingAuditTrail implements AuditTrail {

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public List<AuditEventType> types() {
    return events.stream().map(AuditEvent::type).toList();
  }
}
