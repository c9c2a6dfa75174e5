package org.singlepassword.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Too many passwords are being checked at once: the request was refused before anything was done,
 * and the caller may simply try again after {@link #retryAfter()}. It is how an overload is
 * answered at once instead of by ever longer waits.
 */
public final class ServiceBusyException extends RuntimeException {

  private final Duration retryAfter;

  public ServiceBusyException(Duration retryAfter) {
    super("too many passwords are being checked at once; nothing was done");
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  /** How long the caller is asked to wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
