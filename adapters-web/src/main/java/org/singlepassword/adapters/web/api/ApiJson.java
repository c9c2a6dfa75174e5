package org.singlepassword.adapters.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads request bodies and writes responses as JSON, strictly: only {@code application/json} in
 * valid UTF-8, no unknown or repeated fields, nothing after the object. Whatever does not pass
 * becomes a 400 or 415 problem, never a stack trace.
 */
public final class ApiJson {

  private static final String JSON = "application/json";

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /**
   * The request body as the given request record.
   *
   * @throws ProblemException for a wrong content type, invalid UTF-8, invalid JSON, an unknown
   *     field or a field of the wrong type
   */
  public <T> T read(Context ctx, Class<T> type) {
    if (!RequestBodies.isInUtf8(ctx.header("Content-Type"), JSON)) {
      throw new ProblemException(Problems.unsupportedMediaType(JSON));
    }
    String body =
        RequestBodies.utf8(ctx.bodyAsBytes())
            .orElseThrow(
                () -> new ProblemException(Problems.invalidJson("The body is not valid UTF-8.")));
    try {
      return mapper.readValue(body, type);
    } catch (UnrecognizedPropertyException unknown) {
      throw new ProblemException(Problems.unknownField(unknown.getPropertyName()));
    } catch (MismatchedInputException mismatched) {
      if (mismatched.getPath().isEmpty()) {
        throw new ProblemException(Problems.invalidJson("The body must be one JSON object."));
      }
      throw new ProblemException(Problems.invalidField(fieldOf(mismatched), "has the wrong type"));
    } catch (JsonProcessingException invalid) {
      // Jackson's own message may quote the body, which may hold a password: say it in our words.
      throw new ProblemException(Problems.invalidJson("The body is not valid JSON."));
    }
  }

  /** Answers with the response record as JSON. */
  public void write(Context ctx, int status, Object response) {
    send(ctx, status, JSON, response);
  }

  /** Answers with the problem, and the headers it needs. */
  public void problem(Context ctx, Problem problem, Map<String, String> headers) {
    headers.forEach(ctx::header);
    send(ctx, problem.status(), Problem.MEDIA_TYPE, problem);
  }

  private void send(Context ctx, int status, String contentType, Object body) {
    try {
      ctx.status(status).contentType(contentType).result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a response record could not be written", impossible);
    }
  }

  private static String fieldOf(JsonMappingException exception) {
    return exception.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
