package org.singlepassword.adapters.web.api.policy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.List;
import java.util.Map;
import org.singlepassword.adapters.web.i18n.Language;
import org.singlepassword.adapters.web.i18n.Messages;
import org.singlepassword.adapters.web.policy.PolicyWording;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The policy as the API publishes it: the profile it started from ({@code "faq"} or {@code
 * "nist-800-63b"}), then each rule's id, its description (in English: e-services word it in their
 * own language from the id and parameters), and its parameters.
 */
public record PolicyResponse(String profile, List<Rule> rules) {

  /**
   * One rule, its parameters flattened beside its id: {@code {"rule": "MIN_LENGTH", "min": 10}}.
   */
  public record Rule(
      String rule, String description, @JsonAnyGetter Map<String, Object> parameters) {}

  public static PolicyResponse from(PasswordPolicy policy) {
    return new PolicyResponse(
        policy.profile().id(),
        PolicyWording.requirements(policy, Messages.of(Language.EN)).stream()
            .map(
                requirement ->
                    new Rule(
                        requirement.rule().name(),
                        requirement.description(),
                        requirement.parameters()))
            .toList());
  }
}
