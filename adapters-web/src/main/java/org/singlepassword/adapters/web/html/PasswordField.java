package org.singlepassword.adapters.web.html;

import java.util.List;
import java.util.Objects;

/**
 * One password box of a form, with its label, its problems and a "Caps Lock is on" warning that the
 * script shows (the FAQ's first help when a password does not work). It is never filled in, so that
 * no typed password goes back to the browser; its id is its name, so that the error summary links
 * to it. The script adds a "Show" button beside it, from the texts the wrapper carries.
 */
public record PasswordField(String name, String labelKey, String autocomplete) {

  private static final String INPUT =
      """
      <div class="password-input" data-show-text="%s" data-hide-text="%s">
      <input id="%s" name="%s" type="password" autocomplete="%s"%s%s required>
      </div>
      <p class="caps-lock-warning" id="%s-caps-lock" aria-live="polite" hidden>%s</p>""";

  public PasswordField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(autocomplete, "autocomplete");
  }

  /** The box, with these problems (none: none shown). */
  public Html render(Copy copy, List<String> errors) {
    return render(copy, Html.empty(), Html.empty(), errors, Html.empty());
  }

  /**
   * The box with a hint under its label ({@code hint}, empty for none), further attributes of the
   * input ({@code passwordrules}), its problems, and what follows it ({@code after}).
   */
  public Html render(Copy copy, Html hint, Html attributes, List<String> errors, Html after) {
    return FieldMarkup.render(
        copy,
        name,
        copy.text(labelKey),
        hint,
        errors,
        accessibility ->
            Html.render(
                INPUT,
                copy.text("field.show"),
                copy.text("field.hide"),
                name,
                name,
                autocomplete,
                attributes,
                accessibility,
                name,
                copy.text("field.capsLock")),
        after);
  }
}
