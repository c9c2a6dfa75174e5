package org.singlepassword.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * What the rules that compare a new password with its surroundings may know: whose it is (username,
 * display name, e-mail address), the institution's e-services (their names and ids), and, at a
 * change, the current password as typed and already verified. Rules about the candidate alone
 * ignore it; where a part is unknown (no current password after a reset link), the rule that needs
 * it does not apply.
 */
public record PasswordContext(
    Optional<String> username,
    Optional<String> displayName,
    Optional<String> email,
    List<String> eServices,
    Optional<Password> current) {

  private static final PasswordContext NONE =
      new PasswordContext(
          Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public PasswordContext {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(current, "current");
    eServices = List.copyOf(eServices);
  }

  /** Nothing known: a generated password, or a check before anyone is named. */
  public static PasswordContext none() {
    return NONE;
  }

  /** A person's own data, as their account holds it. */
  public static PasswordContext of(String username, String displayName, String email) {
    return new PasswordContext(
        Optional.of(username),
        Optional.of(displayName),
        Optional.of(email),
        List.of(),
        Optional.empty());
  }

  /** The same, with the e-services' names and ids. */
  public PasswordContext withEServices(List<String> namesAndIds) {
    return new PasswordContext(username, displayName, email, namesAndIds, current);
  }

  /** The same, with the current password as typed, once it has been verified. */
  public PasswordContext withCurrent(Password verifiedCurrent) {
    return new PasswordContext(
        username, displayName, email, eServices, Optional.of(verifiedCurrent));
  }
}
