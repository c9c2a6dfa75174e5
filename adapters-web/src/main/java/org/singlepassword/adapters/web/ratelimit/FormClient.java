package org.singlepassword.adapters.web.ratelimit;

import io.javalin.http.Context;
import java.util.Optional;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * The browser behind a form post, as the audit and the rate limit see it: the address of the
 * connection itself.
 *
 * <p>Never {@code X-Forwarded-For} or {@code Forwarded}: any client can write those headers, so
 * trusting them would let a guesser claim a fresh address for every attempt, and put somebody
 * else's address into the audit. Behind a reverse proxy, every person has the proxy's address here;
 * the proxy's own header may be trusted only once the proxy is known by its address.
 */
public record FormClient(String limitKey, Optional<ClientAddress> clientAddress) {

  public static FormClient of(Context ctx) {
    String connection = ctx.ip();
    try {
      IpAddress address = IpAddress.parse(connection);
      return new FormClient(address.limitKey(), Optional.of(address.clientAddress()));
    } catch (IllegalArgumentException notAnAddress) {
      // Jetty always gives an address; should it not, the connection is still one client.
      return new FormClient(connection, Optional.empty());
    }
  }

  /** Takes one attempt of this browser's. */
  public AttemptLimiter.Permit acquire(AttemptLimiter limiter) {
    return limiter.acquire(AttemptLimiter.Origin.WEB_FORM, limitKey);
  }

  /** Takes one attempt of this browser's for good: every call counts. */
  public void count(AttemptLimiter limiter) {
    limiter.count(AttemptLimiter.Origin.WEB_FORM, limitKey);
  }
}
