package org.singlepassword.adapters.web.api;

import java.util.Map;
import java.util.Objects;

/**
 * A request the API turns down at the edge (a field that does not parse, a missing credential),
 * carrying the problem to answer with and any header it needs, such as {@code WWW-Authenticate}.
 */
public final class ProblemException extends RuntimeException {

  private final Problem problem;
  private final Map<String, String> headers;

  public ProblemException(Problem problem) {
    this(problem, Map.of());
  }

  public ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.title(), null, false, false);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
