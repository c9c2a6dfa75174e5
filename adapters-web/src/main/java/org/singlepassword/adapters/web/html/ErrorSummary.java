package org.singlepassword.adapters.web.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GOV.UK error summary, first in {@code <main>} after a failed post: "There is a problem", what
 * went wrong with the form as a whole, and each box's problem as a link that moves to the box. The
 * script moves focus to it; without the script, {@code role="alert"} still has it read out.
 */
public final class ErrorSummary {

  public static final String ID = "error-summary";

  private static final String SUMMARY =
      """
      <div class="error-summary" id="error-summary" role="alert" tabindex="-1">
      <h2>%s</h2>
      <div class="error-summary-body">
      %s
      %s
      </div>
      </div>""";

  private ErrorSummary() {}

  /**
   * The page's title after this outcome: "Error: Sign in", as GOV.UK does, so that the title read
   * out first already says the form came back.
   */
  public static String title(Copy copy, String title, Html general, FormErrors errors) {
    return failed(general, errors) ? copy.text("errorSummary.pageTitle", "page", title) : title;
  }

  private static boolean failed(Html general, FormErrors errors) {
    return !general.markup().isEmpty() || !errors.isEmpty();
  }

  /** The summary of a form's problems. */
  public static Html of(Copy copy, FormErrors errors) {
    return of(copy, Html.empty(), errors);
  }

  /**
   * The summary of what went wrong with the form as a whole ({@code general}, a paragraph or more),
   * then of its boxes' problems; nothing when there is neither.
   */
  public static Html of(Copy copy, Html general, FormErrors errors) {
    if (!failed(general, errors)) {
      return Html.empty();
    }
    List<Html> items = new ArrayList<>();
    for (Map.Entry<String, List<String>> field : errors.all().entrySet()) {
      for (String message : field.getValue()) {
        items.add(Html.render("<li><a href=\"#%s\">%s</a></li>", field.getKey(), message));
      }
    }
    Html list =
        items.isEmpty()
            ? Html.empty()
            : Html.render("<ul class=\"error-summary-list\">\n%s\n</ul>", Html.join(items));
    return Html.render(SUMMARY, copy.text("errorSummary.title"), general, list);
  }
}
