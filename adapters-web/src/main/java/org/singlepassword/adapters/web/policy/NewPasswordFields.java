package org.singlepassword.adapters.web.policy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.PasswordField;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.Violation;

/**
 * Incoming adapter, HTML side: what every page where a person chooses a new password shares
 * (Account Password, and the page an e-mailed reset link opens): the policy listed before typing,
 * the "New password" and "Re-enter new password" boxes, the form's own checks of them, and every
 * unmet rule in the people's words above "New password". Each page keeps its own list of boxes
 * ({@code F}) and the problems found in them, box by box.
 */
public final class NewPasswordFields {

  /** "New password"; it points screen readers to the policy listed before it. */
  public static final PasswordField NEW =
      new PasswordField("newPassword", "new-password", "New password", "new-password", true);

  /** "Re-enter new password": it exists only in the form, so only the form checks it. */
  public static final PasswordField REENTERED =
      new PasswordField(
          "reenteredPassword",
          "reentered-password",
          "Re-enter new password",
          "new-password",
          false);

  private static final String POLICY =
      """
      <section class="policy" id="%s">
      <p>For security purposes, your new password must be:</p>
      <ul>
      %s
      </ul>
      </section>""";

  private NewPasswordFields() {}

  /** Every requirement of the policy, listed before typing. */
  public static Html policy(PasswordPolicy policy) {
    List<Html> requirements =
        PolicyWording.requirements(policy).stream()
            .map(requirement -> Html.render("<li>%s</li>", requirement.description()))
            .toList();
    return Html.render(POLICY, PasswordField.POLICY_ID, Html.join(requirements));
  }

  /** The boxes in the page's order, each with its problems above it. */
  public static <F> Html boxes(
      F[] fields, Function<F, PasswordField> box, Map<F, List<String>> errors) {
    return Html.join(
        Stream.of(fields)
            .map(field -> box.apply(field).render(errors.getOrDefault(field, List.of())))
            .toList());
  }

  /** What the form finds wrong by itself: each box left empty, then new passwords that differ. */
  public static <F> void addFormProblems(
      Map<F, List<String>> errors, Map<F, String> typed, F newPassword, F reentered) {
    if (typed.get(newPassword).isEmpty()) {
      add(errors, newPassword, "Enter your new password");
    }
    if (typed.get(reentered).isEmpty()) {
      add(errors, reentered, "Re-enter your new password");
    } else if (!typed.get(newPassword).isEmpty()
        && !typed.get(newPassword).equals(typed.get(reentered))) {
      add(errors, reentered, "The new passwords do not match");
    }
  }

  /**
   * Every rule the new password did not meet, as a problem of its box; {@code zone} is where the
   * people are, for the date of a change made too soon.
   */
  public static <F> void addUnmetRules(
      Map<F, List<String>> errors, F newPassword, List<Violation> unmet, ZoneId zone) {
    for (Violation violation : unmet) {
      add(errors, newPassword, PolicyWording.explain(violation, zone));
    }
  }

  private static <F> void add(Map<F, List<String>> errors, F field, String message) {
    errors.computeIfAbsent(field, unused -> new ArrayList<>()).add(message);
  }
}
