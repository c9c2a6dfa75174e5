package org.singlepassword.adapters.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One password box of a form, with its label and its problems listed above it. It is never filled
 * in, so that no typed password goes back to the browser. A box for a new password points screen
 * readers to the policy section ({@code id="policy"}) that the page shows before it.
 */
public record PasswordField(
    String name, String id, String label, String autocomplete, boolean explainedByPolicy) {

  /** The id of the section that lists the policy, on a page with a new password box. */
  public static final String POLICY_ID = "policy";

  private static final String FIELD =
      """
      <div class="field">
      <label for="%s">%s</label>
      %s
      <input id="%s" name="%s" type="password" autocomplete="%s"%s required>
      </div>""";

  public PasswordField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(autocomplete, "autocomplete");
  }

  /** The box, with these problems above it (none: none shown). */
  public Html render(List<String> errors) {
    String errorsId = id + "-errors";
    List<String> describedBy = new ArrayList<>();
    if (explainedByPolicy) {
      describedBy.add(POLICY_ID);
    }
    Html errorList = Html.empty();
    if (!errors.isEmpty()) {
      describedBy.add(errorsId);
      List<Html> items = errors.stream().map(error -> Html.render("<li>%s</li>", error)).toList();
      errorList =
          Html.render(
              "<ul class=\"field-errors\" id=\"%s\">\n%s\n</ul>", errorsId, Html.join(items));
    }
    Html describedByAttribute =
        describedBy.isEmpty()
            ? Html.empty()
            : Html.render(" aria-describedby=\"%s\"", String.join(" ", describedBy));
    Html invalid = errors.isEmpty() ? Html.empty() : Html.render(" aria-invalid=\"true\"");
    return Html.render(
        FIELD,
        id,
        label,
        errorList,
        id,
        name,
        autocomplete,
        Html.render("%s%s", describedByAttribute, invalid));
  }
}
