package org.singlepassword.application.port.out;

import java.util.List;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;

/** Outgoing port: the record of what happened to each account, for the person and for IT. */
public interface AuditTrail {

  void record(AuditEvent event);

  /** The newest events of a username, newest first, at most {@code limit}. */
  List<AuditEvent> recentFor(Username username, int limit);
}
