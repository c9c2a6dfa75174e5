package org.singlepassword.adapters.web.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.time.ZoneId;
import java.util.Map;
import org.singlepassword.adapters.web.i18n.Language;
import org.singlepassword.adapters.web.i18n.Messages;
import org.singlepassword.adapters.web.policy.PolicyWording;
import org.singlepassword.domain.policy.Violation;

/**
 * One unmet password rule in a "password rejected" problem: the rule's stable id, the sentence a
 * person reads (in English; e-services may word it from the id), and the rule's parameters
 * flattened beside them ({@code "min": 10}, {@code "found": ["$", " "]}).
 */
public record ViolationResponse(
    String rule, String message, @JsonAnyGetter Map<String, Object> parameters) {

  /** {@code zone}: where the people are, for a date in the message. */
  public static ViolationResponse from(Violation violation, ZoneId zone) {
    return new ViolationResponse(
        violation.rule().name(),
        PolicyWording.explain(violation, zone, Messages.of(Language.EN)),
        violation.parameters());
  }
}
