package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.singlepassword.adapters.web.html.Html;

/**
 * The API description as people read it, rendered from the OpenAPI document itself: for each
 * operation its method and address, what it does, who may call it, its parameters and request
 * fields, and its answers. Every text of the document is escaped; {@code `code`} in a description
 * is shown as code.
 */
final class ApiReference {

  private static final String OPERATION =
      """
      <section class="operation" id="%s">
      <h3><code>%s %s</code></h3>
      <p><strong>%s</strong></p>
      <p class="who">Who may call it: %s</p>
      <p>%s</p>
      %s
      %s
      <h4>Responses</h4>
      <dl class="responses">
      %s
      </dl>
      %s
      </section>""";

  private static final String FIELDS =
      """
      <h4>%s</h4>
      <table class="fields">
      <thead><tr><th>Name</th><th>Type</th><th>Required</th><th>Meaning</th></tr></thead>
      <tbody>
      %s
      </tbody>
      </table>""";

  private static final String FIELD =
      "<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td>%s</td></tr>";

  private final OpenApiDocument document;

  ApiReference(OpenApiDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  /** The operations under one tag, in the document's order. */
  Html operationsTagged(String tag) {
    List<Html> sections = new ArrayList<>();
    for (OpenApiDocument.Operation operation : document.operations()) {
      boolean tagged =
          StreamSupport.stream(operation.node().path("tags").spliterator(), false)
              .anyMatch(name -> name.asText().equals(tag));
      if (tagged) {
        sections.add(operation(operation));
      }
    }
    return Html.join(sections);
  }

  private Html operation(OpenApiDocument.Operation operation) {
    JsonNode node = operation.node();
    return Html.render(
        OPERATION,
        node.path("operationId").asText(),
        operation.method(),
        operation.path(),
        node.path("summary").asText(),
        who(node.path("security")),
        ApiText.prose(node.path("description").asText()),
        parameters(node.path("parameters")),
        requestBody(node.path("requestBody")),
        responses(node.path("responses")),
        successBodies(node.path("responses")));
  }

  private Html who(JsonNode security) {
    if (security.isEmpty()) {
      return Html.text("anyone.");
    }
    List<Html> callers = new ArrayList<>();
    for (JsonNode requirement : security) {
      for (String scheme : requirement.properties().stream().map(Map.Entry::getKey).toList()) {
        JsonNode described =
            document.tree().path("components").path("securitySchemes").path(scheme);
        callers.add(ApiText.prose(described.path("description").asText(scheme)));
      }
    }
    return Html.join(callers);
  }

  private Html parameters(JsonNode parameters) {
    if (parameters.isEmpty()) {
      return Html.empty();
    }
    List<Html> rows = new ArrayList<>();
    for (JsonNode parameter : parameters) {
      JsonNode resolved = document.resolve(parameter);
      rows.add(
          Html.render(
              FIELD,
              resolved.path("name").asText(),
              ApiText.type(resolved.path("schema")) + " in the " + resolved.path("in").asText(),
              resolved.path("required").asBoolean() ? "yes" : "no",
              ApiText.prose(resolved.path("description").asText())));
    }
    return Html.render(FIELDS, "Parameters", Html.join(rows));
  }

  private Html requestBody(JsonNode requestBody) {
    if (requestBody.isMissingNode()) {
      return Html.empty();
    }
    List<Html> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> media :
        document.resolve(requestBody).path("content").properties()) {
      JsonNode schema = document.resolve(media.getValue().path("schema"));
      String heading = "Request body (" + media.getKey() + ")";
      if (schema.has("properties")) {
        parts.add(Html.render(FIELDS, heading, fields(schema)));
      } else {
        parts.add(
            Html.render(
                "<h4>%s</h4>\n<p>%s</p>",
                heading, ApiText.prose(schema.path("description").asText())));
      }
    }
    return Html.join(parts);
  }

  private Html fields(JsonNode schema) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    List<Html> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      rows.add(
          Html.render(
              FIELD,
              property.getKey(),
              ApiText.type(property.getValue()),
              required.contains(property.getKey()) ? "yes" : "no",
              ApiText.prose(property.getValue().path("description").asText())));
    }
    return Html.join(rows);
  }

  private Html responses(JsonNode responses) {
    List<Html> items = new ArrayList<>();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      JsonNode resolved = document.resolve(response.getValue());
      List<String> media =
          resolved.path("content").properties().stream().map(Map.Entry::getKey).toList();
      items.add(
          Html.render(
              "<dt>%s%s</dt>\n<dd>%s</dd>",
              response.getKey(),
              media.isEmpty() ? "" : " " + String.join(", ", media),
              ApiText.prose(resolved.path("description").asText())));
    }
    return Html.join(items);
  }

  // The fields of each successful JSON answer; problems are all alike and described once above.
  private Html successBodies(JsonNode responses) {
    List<Html> tables = new ArrayList<>();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      JsonNode schema =
          document.resolve(
              document
                  .resolve(response.getValue())
                  .path("content")
                  .path("application/json")
                  .path("schema"));
      if (response.getKey().startsWith("2") && schema.has("properties")) {
        String heading = "Response body (" + response.getKey() + ")";
        tables.add(Html.render(FIELDS, heading, fields(schema)));
      }
    }
    return Html.join(tables);
  }
}
