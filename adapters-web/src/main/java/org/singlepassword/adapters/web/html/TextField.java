package org.singlepassword.adapters.web.html;

import java.util.List;
import java.util.Objects;

/**
 * One text box of a form (a username, an e-mail address), with its label and problems; the typed
 * text goes back into it, escaped. Its id is its name, so that the error summary links to it.
 *
 * @param attributes further attributes of the input ({@code autocapitalize}, {@code maxlength})
 */
public record TextField(String name, String labelKey, String autocomplete, Html attributes) {

  private static final String INPUT =
      """
      <input id="%s" name="%s" type="text" value="%s" autocomplete="%s"%s%s required>""";

  public TextField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(autocomplete, "autocomplete");
    Objects.requireNonNull(attributes, "attributes");
  }

  /** The box with this text in it and these problems (none: none shown). */
  public Html render(Copy copy, String value, List<String> errors) {
    return FieldMarkup.render(
        copy,
        name,
        copy.text(labelKey),
        Html.empty(),
        errors,
        accessibility ->
            Html.render(INPUT, name, name, value, autocomplete, attributes, accessibility),
        Html.empty());
  }
}
