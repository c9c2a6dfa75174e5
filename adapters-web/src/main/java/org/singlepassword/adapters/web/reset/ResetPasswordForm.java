package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.singlepassword.adapters.web.html.PasswordField;
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

  /** The two boxes, as on Account Password. */
  enum Field {
    NEW(NewPasswordFields.NEW),
    REENTERED(NewPasswordFields.REENTERED);

    final PasswordField box;

    Field(PasswordField box) {
      this.box = box;
    }
  }

  private final Optional<SecretToken> token;
  private final Map<Field, String> typed;

  private ResetPasswordForm(Optional<SecretToken> token, Map<Field, String> typed) {
    this.token = token;
    this.typed = typed;
  }

  static ResetPasswordForm from(Context ctx) {
    Map<Field, String> typed = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      typed.put(field, Optional.ofNullable(ctx.formParam(field.box.name())).orElse(""));
    }
    return new ResetPasswordForm(ResetLinkToken.parse(ctx.formParam(TOKEN)), typed);
  }

  /** The link's token, or empty when the form carries none that could be one. */
  Optional<SecretToken> token() {
    return token;
  }

  /** What the form itself finds wrong: each empty box, then new passwords that differ. */
  Map<Field, List<String>> errors() {
    Map<Field, List<String>> errors = new EnumMap<>(Field.class);
    NewPasswordFields.addFormProblems(errors, typed, Field.NEW, Field.REENTERED);
    return errors;
  }

  /** The reset; only when {@link #token} is present and {@link #errors} empty. */
  ConfirmPasswordResetCommand toCommand(Optional<ClientAddress> from) {
    SecretToken link = token.orElseThrow(() -> new IllegalStateException("no reset link"));
    return new ConfirmPasswordResetCommand(link, Password.of(typed.get(Field.NEW)), from);
  }

  @Override
  public String toString() {
    return "ResetPasswordForm[hidden]";
  }
}
