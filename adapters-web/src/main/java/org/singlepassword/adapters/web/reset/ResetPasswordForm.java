package org.singlepassword.adapters.web.reset;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.singlepassword.adapters.web.html.PasswordField;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * The reset page's form as submitted: the link's token from the hidden field, and the two boxes.
 * "Re-enter new password" exists only here, so it is checked only here. A final class, not a
 * record, so that neither the token nor a password prints.
 */
final class ResetPasswordForm {

  static final String TOKEN = "token";

  /** The two boxes, with their field names and ids. */
  enum Field {
    NEW("newPassword", "new-password", "New password", true),
    REENTERED("reenteredPassword", "reentered-password", "Re-enter new password", false);

    final PasswordField box;

    Field(String name, String id, String label, boolean explainedByPolicy) {
      this.box = new PasswordField(name, id, label, "new-password", explainedByPolicy);
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
    if (typed.get(Field.NEW).isEmpty()) {
      add(errors, Field.NEW, "Enter your new password");
    }
    if (typed.get(Field.REENTERED).isEmpty()) {
      add(errors, Field.REENTERED, "Re-enter your new password");
    } else if (!typed.get(Field.NEW).isEmpty()
        && !typed.get(Field.NEW).equals(typed.get(Field.REENTERED))) {
      add(errors, Field.REENTERED, "The new passwords do not match");
    }
    return errors;
  }

  static void add(Map<Field, List<String>> errors, Field field, String message) {
    errors.computeIfAbsent(field, unused -> new ArrayList<>()).add(message);
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
