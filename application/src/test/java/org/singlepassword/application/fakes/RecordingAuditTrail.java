package org.singlepassword.application.fakes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.out.AuditTrail;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;

/** A spy and an in-memory audit trail: keeps the events for a test to read. */
public final class RecordingAuditTrail implements AuditTrail {

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(AuditEvent event) {
    events.add(event);
  }

  @Override
  public List<AuditEvent> recentFor(Username username, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative: " + limit);
    }
    List<AuditEvent> newestFirst = new ArrayList<>();
    for (AuditEvent event : events) {
      if (event.username().equals(username)) {
        newestFirst.add(event);
      }
    }
    // Last recorded first, then a stable sort by instant: events of one instant keep that order.
    Collections.reverse(newestFirst);
    newestFirst.sort(Comparator.comparing(AuditEvent::at).reversed());
    return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
  }

  public List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public List<AuditEventType> types() {
    return events.stream().map(AuditEvent::type).toList();
  }
}
