package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.i18n.Language;

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
      <p%s><strong>%s</strong></p>
      <p class="who">%s</p>
      <p%s>%s</p>
      %s
      %s
      <h4>%s</h4>
      <dl class="responses">
      %s
      </dl>
      %s
      </section>""";

  private static final String FIELDS =
      """
      <h4>%s</h4>
      <table class="fields">
      <thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>
      <tbody>
      %s
      </tbody>
      </table>""";

  private static final String FIELD =
      "<tr><td><code>%s</code></td><td%s>%s</td><td>%s</td><td%s>%s</td></tr>";

  private final OpenApiDocument document;
  private final Copy copy;
  private final Html english;

  /** The description in the words of {@code copy}. */
  ApiReference(OpenApiDocument document, Copy copy) {
    this.document = Objects.requireNonNull(document, "document");
    this.copy = Objects.requireNonNull(copy, "copy");
    this.english = englishIn(copy);
  }

  /**
   * The attribute that marks the document's own (English) words on a page in another language, so
   * that a screen reader reads them as English; nothing on an English page.
   */
  static Html englishIn(Copy copy) {
    return copy.language() == Language.EN ? Html.empty() : new Html(" lang=\"en\"");
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
        english,
        node.path("summary").asText(),
        copy.html("api.who", "who", who(node.path("security"))),
        english,
        ApiText.prose(node.path("description").asText()),
        parameters(node.path("parameters")),
        requestBody(node.path("requestBody")),
        copy.text("api.responses"),
        responses(node.path("responses")),
        successBodies(node.path("responses")));
  }

  private Html who(JsonNode security) {
    if (security.isEmpty()) {
      return Html.text(copy.text("api.who.anyone"));
    }
    List<Html> callers = new ArrayList<>();
    for (JsonNode requirement : security) {
      for (String scheme : requirement.properties().stream().map(Map.Entry::getKey).toList()) {
        JsonNode described =
            document.tree().path("components").path("securitySchemes").path(scheme);
        Html words = ApiText.prose(described.path("description").asText(scheme));
        callers.add(
            english.markup().isEmpty() ? words : Html.render("<span%s>%s</span>", english, words));
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
      String type =
          copy.text(
              "api.parameterType",
              "type",
              ApiText.type(resolved.path("schema")),
              "place",
              resolved.path("in").asText());
      rows.add(
          field(
              resolved.path("name").asText(),
              // "string in the path": the page's words around the document's
              Html.empty(),
              Html.text(type),
              resolved.path("required").asBoolean(),
              resolved.path("description").asText()));
    }
    return fields(copy.text("api.parameters"), Html.join(rows));
  }

  private Html requestBody(JsonNode requestBody) {
    if (requestBody.isMissingNode()) {
      return Html.empty();
    }
    List<Html> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> media :
        document.resolve(requestBody).path("content").properties()) {
      JsonNode schema = document.resolve(media.getValue().path("schema"));
      String heading = copy.text("api.requestBody", "media", media.getKey());
      if (schema.has("properties")) {
        parts.add(fields(heading, fields(schema)));
      } else {
        parts.add(
            Html.render(
                "<h4>%s</h4>\n<p%s>%s</p>",
                heading, english, ApiText.prose(schema.path("description").asText())));
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
          field(
              property.getKey(),
              english,
              Html.text(ApiText.type(property.getValue())),
              required.contains(property.getKey()),
              property.getValue().path("description").asText()));
    }
    return Html.join(rows);
  }

  // The schema's words (types, meanings) are the document's: English.
  private Html field(String name, Html typeLanguage, Html type, boolean required, String meaning) {
    return Html.render(
        FIELD,
        name,
        typeLanguage,
        type,
        copy.text(required ? "api.required.yes" : "api.required.no"),
        english,
        ApiText.prose(meaning));
  }

  private Html fields(String heading, Html rows) {
    return Html.render(
        FIELDS,
        heading,
        copy.text("api.field.name"),
        copy.text("api.field.type"),
        copy.text("api.field.required"),
        copy.text("api.field.meaning"),
        rows);
  }

  private Html responses(JsonNode responses) {
    List<Html> items = new ArrayList<>();
    for (Map.Entry<String, JsonNode> response : responses.properties()) {
      JsonNode resolved = document.resolve(response.getValue());
      List<String> media =
          resolved.path("content").properties().stream().map(Map.Entry::getKey).toList();
      items.add(
          Html.render(
              "<dt>%s%s</dt>\n<dd%s>%s</dd>",
              response.getKey(),
              media.isEmpty() ? "" : " " + String.join(", ", media),
              english,
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
        String heading = copy.text("api.responseBody", "status", response.getKey());
        tables.add(fields(heading, fields(schema)));
      }
    }
    return Html.join(tables);
  }
}
