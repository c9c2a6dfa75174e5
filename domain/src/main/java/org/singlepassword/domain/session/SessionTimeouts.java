package org.singlepassword.domain.session;

import java.time.Duration;
import java.util.Objects;

/** How long a signed-in session lasts unused (idle), and at the most (absolute). */
public record SessionTimeouts(Duration idle, Duration absolute) {

  public SessionTimeouts {
    Objects.requireNonNull(idle, "idle");
    Objects.requireNonNull(absolute, "absolute");
    if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
      throw new IllegalArgumentException("need 0 < idle timeout <= absolute timeout");
    }
  }
}
