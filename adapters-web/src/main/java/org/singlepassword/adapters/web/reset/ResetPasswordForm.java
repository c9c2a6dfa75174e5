package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * The reset page's form as submitted: the link's token from the hidden field, and the two boxes.
 * "Re-enter new password" exists only in the forms, so it is checked only there, as {@link
 * NewPasswordFields} says. A final class, not a record, so that neither the token nor a password
 * prints.
 */
final class ResetPasswordForm {

  static final String TOKEN = "token";

  private final Optional<SecretToken> token;
  private final String replacement;
  private final String reentered;

  private ResetPasswordForm(Optional<SecretToken> token, String replacement, String reentered) {
    this.token = token;
    this.replacement = replacement;
    this.reentered = reentered;
  }

  static ResetPasswordForm from(Context ctx) {
    return new ResetPasswordForm(
        ResetLinkToken.parse(ctx.formParam(TOKEN)),
        Optional.ofNullable(ctx.formParam(NewPasswordFields.NEW)).orElse(""),
        Optional.ofNullable(ctx.formParam(NewPasswordFields.REENTERED)).orElse(""));
  }

  /** The link's token, or empty when the form carries none that could be one. */
  Optional<SecretToken> token() {
    return token;
  }

  /** No problems yet, in the page's order of boxes. */
  static FormErrors noErrors() {
    return new FormErrors(NewPasswordFields.NEW, NewPasswordFields.REENTERED);
  }

  /** What the form itself finds wrong: each empty box, then new passwords that differ. */
  FormErrors errors(Copy copy) {
    FormErrors errors = noErrors();
    NewPasswordFields.addFormProblems(copy, errors, replacement, reentered);
    return errors;
  }

  /** The reset; only when {@link #token} is present and {@link #errors} empty. */
  ConfirmPasswordResetCommand toCommand(Optional<ClientAddress> from) {
    SecretToken link = token.orElseThrow(() -> new IllegalStateException("no reset link"));
    return new ConfirmPasswordResetCommand(link, Password.of(replacement), from);
  }

  @Override
  public String toString() {
    return "ResetPasswordForm[hidden]";
  }
}
