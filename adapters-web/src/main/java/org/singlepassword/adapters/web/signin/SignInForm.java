package org.singlepassword.adapters.web.signin;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.application.port.in.signin.SignInCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;

/**
 * The sign-in form as submitted: the username as typed (kept, to show it again) and the password
 * (never shown again). A final class, not a record, so that the password cannot print itself.
 */
final class SignInForm {

  static final String USERNAME = "username";
  static final String PASSWORD = "password";

  private final String username;
  private final String password;

  private SignInForm(String username, String password) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = Objects.requireNonNull(password, "password");
  }

  static SignInForm from(Context ctx) {
    return new SignInForm(valueOf(ctx, USERNAME), valueOf(ctx, PASSWORD));
  }

  private static String valueOf(Context ctx, String field) {
    return Optional.ofNullable(ctx.formParam(field)).orElse("");
  }

  String username() {
    return username;
  }

  /** Each box left empty, as a problem of the form: "Enter your username". */
  FormErrors emptyBoxes(Copy copy, FormErrors errors) {
    if (username.isBlank()) {
      errors.add(USERNAME, copy.text("field.username.empty"));
    }
    if (password.isEmpty()) {
      errors.add(PASSWORD, copy.text("field.password.empty"));
    }
    return errors;
  }

  /**
   * The command, when the form can be one: a username that cannot exist is a failed sign-in like
   * any other, so it gets no command and the same answer.
   */
  Optional<SignInCommand> toCommand(Optional<ClientAddress> from) {
    if (password.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new SignInCommand(new Username(username), Password.of(password), Channel.WEB_FORM, from));
    } catch (IllegalArgumentException notAUsername) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "SignInForm[username=" + username + ", password=hidden]";
  }
}
