package org.singlepassword.adapters.web.html;

import java.util.Objects;

/**
 * Where a form is sent, what the page says above it, and the hidden fields it carries besides the
 * anti-forgery token. The Sign in and Account Password forms each serve their own page and the CAS
 * sign-in on the way to an e-service, which says where the person is going and carries the
 * e-service's address along.
 */
public record FormTarget(String action, Html lead, Html hiddenFields) {

  public FormTarget {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(hiddenFields, "hiddenFields");
  }

  /** A form of its own page: nothing said before it, nothing carried along. */
  public static FormTarget to(String action) {
    return new FormTarget(action, Html.empty(), Html.empty());
  }
}
