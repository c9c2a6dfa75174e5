package org.singlepassword.adapters.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every box of a form shares, GOV.UK-style: a visible label, a hint under it, its problems
 * under that, then the input, which names the hint and the problems in {@code aria-describedby} and
 * says {@code aria-invalid} when it has any.
 */
final class FieldMarkup {

  private static final String FIELD =
      """
      <div class="%s">
      <label for="%s">%s</label>
      %s
      %s
      %s
      </div>""";

  private FieldMarkup() {}

  /**
   * The box; {@code input} makes the input itself from the accessibility attributes it must carry,
   * {@code hint} is the content of the hint (none: empty), {@code after} follows the input.
   */
  static Html render(
      Copy copy,
      String name,
      String label,
      Html hint,
      List<String> errors,
      Function<Html, Html> input,
      Html after) {
    List<String> describedBy = new ArrayList<>();
    Html hintMarkup = Html.empty();
    if (!hint.markup().isEmpty()) {
      describedBy.add(name + "-hint");
      hintMarkup = Html.render("<div class=\"hint\" id=\"%s-hint\">%s</div>", name, hint);
    }
    Html errorMarkup = Html.empty();
    if (!errors.isEmpty()) {
      describedBy.add(name + "-error");
      List<Html> lines =
          errors.stream()
              .map(error -> Html.render("<span class=\"error-line\">%s</span>", error))
              .toList();
      errorMarkup =
          Html.render(
              "<p class=\"error-message\" id=\"%s-error\">"
                  + "<span class=\"visually-hidden\">%s</span>\n%s</p>",
              name, copy.text("field.errorPrefix"), Html.join(lines));
    }
    StringBuilder attributes = new StringBuilder();
    if (!describedBy.isEmpty()) {
      attributes
          .append(" aria-describedby=\"")
          .append(Html.escape(String.join(" ", describedBy)))
          .append('"');
    }
    if (!errors.isEmpty()) {
      attributes.append(" aria-invalid=\"true\"");
    }
    Html box = Html.render("%s\n%s", input.apply(new Html(attributes.toString())), after);
    return Html.render(
        FIELD,
        errors.isEmpty() ? "field" : "field field-error",
        name,
        label,
        hintMarkup,
        errorMarkup,
        box);
  }
}
