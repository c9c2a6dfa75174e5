package org.singlepassword.adapters.web.api.reset;

import java.util.Optional;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.ratelimit.IpAddress;
import org.singlepassword.adapters.web.reset.ForgottenAccount;

/**
 * {@code POST /api/v1/password-resets}: what the person typed into the e-service's "Forgot your
 * password?" under {@code username} (a username or an e-mail address), and optionally the address
 * the person called the e-service from ({@code clientAddress}), for the audit and the rate limit.
 */
public record PasswordResetRequest(String username, String clientAddress) {

  /**
   * The person's address, when the e-service passed it.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException when it is not an IP address
   */
  Optional<IpAddress> from() {
    return Fields.optional("clientAddress", clientAddress, IpAddress::parse);
  }

  /**
   * The text as typed. Only a missing, empty or over-long one is refused: that says nothing about
   * any account, while a text that is merely no username is accepted like any other.
   *
   * @throws org.singlepassword.adapters.web.api.ProblemException naming the field
   */
  String typed() {
    return Fields.required("username", username, PasswordResetRequest::present);
  }

  private static String present(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("is empty");
    }
    if (text.length() > ForgottenAccount.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "is longer than " + ForgottenAccount.MAX_LENGTH + " characters");
    }
    return text;
  }
}
