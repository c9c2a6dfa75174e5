package org.singlepassword.domain.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One unmet requirement of the password policy: the rule and the parameters a message needs ("at
 * least {min} characters"). No words here: adapters render it in the person's language.
 */
public record Violation(RuleId rule, Map<String, Object> parameters) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A violation of a rule, with that rule's parameters. */
  public static Violation of(PasswordRule rule) {
    return new Violation(rule.id(), rule.parameters());
  }
}
