package org.singlepassword.adapters.web.policy;

import java.time.ZoneId;
import java.util.List;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.PasswordField;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.Violation;

/**
 * Incoming adapter, HTML side: what every page where a person chooses a new password shares
 * (Account Password, and the page an e-mailed reset link opens): "New password" with the policy as
 * its hint and checklist and the policy's {@code passwordrules}, "Re-enter new password" with the
 * line that says whether they match, the form's own checks of them, and every unmet rule in the
 * person's words under "New password".
 */
public final class NewPasswordFields {

  /** The name and id of "New password". */
  public static final String NEW = "newPassword";

  /** The name and id of "Re-enter new password": it exists only in the form. */
  public static final String REENTERED = "reenteredPassword";

  private static final PasswordField NEW_BOX =
      new PasswordField(NEW, "field.newPassword", "new-password");

  private static final PasswordField REENTERED_BOX =
      new PasswordField(REENTERED, "field.reenteredPassword", "new-password");

  private static final String MATCH =
      """
      <p id="reenteredPassword-match" class="match-status" aria-live="polite" \
      data-match-text="%s" data-mismatch-text="%s"></p>""";

  private NewPasswordFields() {}

  /** The two boxes, each with its problems. */
  public static Html boxes(Copy copy, PasswordPolicy policy, FormErrors errors) {
    Html newBox =
        NEW_BOX.render(
            copy,
            PolicyChecklist.of(copy, policy),
            Html.render(" passwordrules=\"%s\"", PasswordRules.of(policy)),
            errors.of(NEW),
            Html.empty());
    Html match =
        Html.render(MATCH, copy.text("field.passwordsMatch"), copy.text("field.passwordsDiffer"));
    Html reenteredBox =
        REENTERED_BOX.render(copy, Html.empty(), Html.empty(), errors.of(REENTERED), match);
    return Html.join(List.of(newBox, reenteredBox));
  }

  /** What the form finds wrong by itself: each box left empty, then new passwords that differ. */
  public static void addFormProblems(
      Copy copy, FormErrors errors, String typedNew, String typedReentered) {
    if (typedNew.isEmpty()) {
      errors.add(NEW, copy.text("field.newPassword.empty"));
    }
    if (typedReentered.isEmpty()) {
      errors.add(REENTERED, copy.text("field.reenteredPassword.empty"));
    } else if (!typedNew.isEmpty() && !typedNew.equals(typedReentered)) {
      errors.add(REENTERED, copy.text("field.reenteredPassword.differs"));
    }
  }

  /**
   * Every rule the new password did not meet, as a problem of its box; {@code zone} is where the
   * people are, for the date of a change made too soon.
   */
  public static void addUnmetRules(
      Copy copy, FormErrors errors, List<Violation> unmet, ZoneId zone) {
    for (Violation violation : unmet) {
      errors.add(NEW, PolicyWording.explain(violation, zone, copy.messages()));
    }
  }
}
