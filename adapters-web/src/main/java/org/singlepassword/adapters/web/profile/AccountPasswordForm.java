package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.PasswordField;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.token.SecretToken;

/**
 * The Account Password form as submitted: the FAQ's three boxes. "Re-enter new password" exists
 * only in the forms, so it is checked only there, as {@link NewPasswordFields} says. A final class,
 * not a record, so that no password prints.
 */
final class AccountPasswordForm {

  /** "Current password", the FAQ's first box; the other two are {@link NewPasswordFields}'. */
  static final String CURRENT = "currentPassword";

  static final PasswordField CURRENT_BOX =
      new PasswordField(CURRENT, "field.currentPassword", "current-password");

  private final String current;
  private final String replacement;
  private final String reentered;

  private AccountPasswordForm(String current, String replacement, String reentered) {
    this.current = current;
    this.replacement = replacement;
    this.reentered = reentered;
  }

  static AccountPasswordForm from(Context ctx) {
    return new AccountPasswordForm(
        valueOf(ctx, CURRENT),
        valueOf(ctx, NewPasswordFields.NEW),
        valueOf(ctx, NewPasswordFields.REENTERED));
  }

  private static String valueOf(Context ctx, String field) {
    return Optional.ofNullable(ctx.formParam(field)).orElse("");
  }

  /** No problems yet, in the page's order of boxes. */
  static FormErrors noErrors() {
    return new FormErrors(CURRENT, NewPasswordFields.NEW, NewPasswordFields.REENTERED);
  }

  /** What the form itself finds wrong: each empty box, then new passwords that differ. */
  FormErrors errors(Copy copy) {
    FormErrors errors = noErrors();
    if (current.isEmpty()) {
      errors.add(CURRENT, copy.text("field.currentPassword.empty"));
    }
    NewPasswordFields.addFormProblems(copy, errors, replacement, reentered);
    return errors;
  }

  /**
   * The change, through this form, for the signed-in person; only when {@link #errors} is empty.
   * The session the form was sent from is kept; every other session of the account ends, so that
   * whoever else knew the old password is signed out everywhere.
   */
  ChangePasswordCommand toCommand(
      Username username, SecretToken keptSession, Optional<ClientAddress> from) {
    Objects.requireNonNull(username, "username");
    return new ChangePasswordCommand(
        username,
        Password.of(current),
        Password.of(replacement),
        Channel.WEB_FORM,
        Optional.of(keptSession),
        from);
  }

  @Override
  public String toString() {
    return "AccountPasswordForm[hidden]";
  }
}
