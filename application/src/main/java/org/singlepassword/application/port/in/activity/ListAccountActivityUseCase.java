package org.singlepassword.application.port.in.activity;

import java.util.List;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;

/**
 * Incoming port: what happened to an account lately (sign-ins, changes and through which e-service,
 * locks), for the person on My Profile and for IT.
 */
public interface ListAccountActivityUseCase {

  /**
   * @return at most {@code limit} events, newest first
   */
  List<AuditEvent> recentActivity(Username username, int limit);
}
