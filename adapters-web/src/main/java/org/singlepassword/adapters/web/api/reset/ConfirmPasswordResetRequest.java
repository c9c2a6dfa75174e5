package org.singlepassword.adapters.web.api.reset;

import java.util.Optional;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.adapters.web.reset.ResetLinkToken;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * {@code POST /api/v1/password-resets/confirm}: the token from the e-mailed link, the new password,
 * and optionally the person's address ({@code clientAddress}) when an e-service relays the call. No
 * "re-enter" field: that belongs to a form.
 */
public record ConfirmPasswordResetRequest(String token, String newPassword, String clientAddress) {

  /**
   * The person's address, when given.
   *
   * @throws ProblemException when it is not an IP address
   */
  Optional<IpAddress> from() {
    return Fields.optional("clientAddress", clientAddress, IpAddress::parse);
  }

  /**
   * The command. A token that cannot be one gets the answer of any token that does not work.
   *
   * @throws ProblemException naming a missing field, or {@code invalid-reset-link}
   */
  ConfirmPasswordResetCommand toCommand(Optional<ClientAddress> from) {
    String text = Fields.required("token", token, given -> given);
    Password chosen = Fields.required("newPassword", newPassword, Password::of);
    SecretToken link =
        ResetLinkToken.parse(text)
            .orElseThrow(() -> new ProblemException(Problems.invalidResetLink()));
    return new ConfirmPasswordResetCommand(link, chosen, from);
  }

  /** A record prints its fields; this one holds a token and a password. */
  @Override
  public String toString() {
    return "ConfirmPasswordResetRequest[hidden]";
  }
}
