package org.singlepassword.adapters.web.reset;

import java.util.Optional;
import java.util.function.Function;
import org.singlepassword.application.port.in.reset.RequestPasswordResetCommand;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;

/**
 * What a person typed into "Forgot your password?", read as a username, an e-mail address, or both
 * (a username may look like an address). Text that is neither asks for nothing; the person is told
 * the same as anyone else, so that the answer never says which accounts exist.
 */
public final class ForgottenAccount {

  /** The longest e-mail address there is (RFC 5321), and so the longest useful input. */
  public static final int MAX_LENGTH = 254;

  private ForgottenAccount() {}

  /** The request for this text, or empty when the text names no account that could exist. */
  public static Optional<RequestPasswordResetCommand> command(
      String typed, Optional<ClientAddress> from) {
    // A line break is how a mail header is smuggled in ("a@b.c\r\nBcc: ..."): such text is
    // dropped whole, not cleaned up into an address somebody did not type.
    if (typed.length() > MAX_LENGTH || typed.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    Optional<Username> username = parse(typed, Username::new);
    Optional<EmailAddress> email = parse(typed, EmailAddress::new);
    if (username.isEmpty() && email.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RequestPasswordResetCommand(username, email, from));
  }

  private static <T> Optional<T> parse(String typed, Function<String, T> valueObject) {
    try {
      return Optional.of(valueObject.apply(typed));
    } catch (IllegalArgumentException notThis) {
      return Optional.empty();
    }
  }
}
