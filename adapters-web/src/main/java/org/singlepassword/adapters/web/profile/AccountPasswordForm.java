package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

  /** The three boxes, in the FAQ's order, with their field names and ids. */
  enum Field {
    CURRENT(
        new PasswordField(
            "currentPassword", "current-password", "Current password", "current-password", false)),
    NEW(NewPasswordFields.NEW),
    REENTERED(NewPasswordFields.REENTERED);

    final PasswordField box;

    Field(PasswordField box) {
      this.box = box;
    }
  }

  private final Map<Field, String> typed;

  private AccountPasswordForm(Map<Field, String> typed) {
    this.typed = typed;
  }

  static AccountPasswordForm from(Context ctx) {
    Map<Field, String> typed = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      typed.put(field, Optional.ofNullable(ctx.formParam(field.box.name())).orElse(""));
    }
    return new AccountPasswordForm(typed);
  }

  /** What the form itself finds wrong: each empty box, then new passwords that differ. */
  Map<Field, List<String>> errors() {
    Map<Field, List<String>> errors = new EnumMap<>(Field.class);
    if (typed.get(Field.CURRENT).isEmpty()) {
      add(errors, Field.CURRENT, "Enter your current password");
    }
    NewPasswordFields.addFormProblems(errors, typed, Field.NEW, Field.REENTERED);
    return errors;
  }

  static void add(Map<Field, List<String>> errors, Field field, String message) {
    errors.computeIfAbsent(field, unused -> new ArrayList<>()).add(message);
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
        Password.of(typed.get(Field.CURRENT)),
        Password.of(typed.get(Field.NEW)),
        Channel.WEB_FORM,
        Optional.of(keptSession),
        from);
  }

  @Override
  public String toString() {
    return "AccountPasswordForm[hidden]";
  }
}
