package org.singlepassword.application.port.out.notices;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;

/** "Forgot your password?": the single-use link that lets the person choose a new one. */
public record PasswordResetLinkNotice(
    EmailAddress to, DisplayName name, URI link, Instant validUntil) implements Notice {

  public PasswordResetLinkNotice {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /** The link carries a secret token: keep it out of logs. */
  @Override
  public String toString() {
    return "PasswordResetLinkNotice[to=" + to + ", link=hidden, validUntil=" + validUntil + "]";
  }
}
