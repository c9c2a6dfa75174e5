package org.singlepassword.adapters.web.cas;

import java.util.LinkedHashMap;
import java.util.Map;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Failure;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Success;

/**
 * A validation's answer with {@code format=JSON} (CAS 3.0, section 2.5.2): {@code
 * {"serviceResponse": {"authenticationSuccess": {"user", "attributes"}}}} or {@code
 * {"authenticationFailure": {"code", "description"}}}, attributes typed (booleans as booleans).
 */
final class ServiceResponseJson {

  private ServiceResponseJson() {}

  static Map<String, Object> of(ValidationOutcome outcome) {
    Map<String, Object> answer = new LinkedHashMap<>();
    if (outcome instanceof Success success) {
      answer.put("user", success.user());
      answer.put("attributes", success.attributes());
      return Map.of("serviceResponse", Map.of("authenticationSuccess", answer));
    }
    Failure failure = (Failure) outcome;
    answer.put("code", failure.code().name());
    answer.put("description", failure.description());
    return Map.of("serviceResponse", Map.of("authenticationFailure", answer));
  }
}
