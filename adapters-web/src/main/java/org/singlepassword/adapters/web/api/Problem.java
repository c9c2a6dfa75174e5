package org.singlepassword.adapters.web.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What went wrong, as an RFC 9457 problem ({@code application/problem+json}): a stable type URI
 * that e-services can key on, a title, the status, a detail for people, and extensions such as the
 * field at fault or the unmet password rules.
 */
public record Problem(
    URI type,
    String title,
    int status,
    String detail,
    @JsonAnyGetter Map<String, Object> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }
}
