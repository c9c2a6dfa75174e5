package org.singlepassword.adapters.web.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The policy as "New password"'s hint: every requirement in the person's words, one item a rule
 * ({@code data-rule} is the rule's id, as the policy API names it), each carrying its rule's
 * parameters as {@code data-} attributes. The script reads the rules from there — never from a copy
 * of its own — and ticks off the ones it can check as the person types; the others (the history,
 * and any rule it does not know) the server checks at "Confirm".
 */
public final class PolicyChecklist {

  /** The id of the list, as the script and the DOM contract name it. */
  public static final String ID = "password-checklist";

  private static final String CHECKLIST =
      """
      <p class="checklist-intro">%s</p>
      <ul id="password-checklist" class="checklist" data-met-text="%s" data-unmet-text="%s" \
      data-summary-text="%s">
      %s
      </ul>
      <p id="password-checklist-summary" class="visually-hidden" aria-live="polite"></p>""";

  private static final String ITEM =
      """
      <li data-rule="%s"%s>%s<span class="visually-hidden rule-status"></span></li>""";

  private PolicyChecklist() {}

  public static Html of(Copy copy, PasswordPolicy policy) {
    List<Html> items =
        PolicyWording.requirements(policy, copy.messages()).stream()
            .map(
                requirement ->
                    Html.render(
                        ITEM,
                        requirement.rule().name(),
                        dataAttributes(requirement.parameters()),
                        requirement.description()))
            .toList();
    return Html.render(
        CHECKLIST,
        copy.text("policy.intro"),
        copy.text("policy.checklist.met"),
        copy.text("policy.checklist.unmet"),
        copy.messages().text("policy.checklist.summary"),
        Html.join(items));
  }

  /**
   * {@code data-min="10"}, {@code data-characters="$&quot;\/`"}: each parameter under its own name
   * (camelCase as kebab-case), a list as its items run together.
   */
  static Html dataAttributes(Map<String, Object> parameters) {
    StringBuilder attributes = new StringBuilder();
    parameters.forEach(
        (name, value) -> {
          String text =
              value instanceof List<?> list
                  ? list.stream().map(String::valueOf).collect(Collectors.joining())
                  : String.valueOf(value);
          attributes
              .append(" data-")
              .append(kebabCase(name))
              .append("=\"")
              .append(Html.escape(text))
              .append('"');
        });
    return new Html(attributes.toString());
  }

  private static String kebabCase(String camelCase) {
    return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }
}
