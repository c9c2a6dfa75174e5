package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.StreamSupport;
import org.singlepassword.adapters.web.html.Html;

/** The words of the API description on its page: prose escaped, schema types said plainly. */
final class ApiText {

  private ApiText() {}

  /** A schema's type as people read it: "string", "array of string", "EServiceResponse". */
  static String type(JsonNode schema) {
    if (schema.has("$ref")) {
      return OpenApiDocument.referencedName(schema);
    }
    JsonNode type = schema.path("type");
    String name =
        type.isArray()
            ? String.join(
                " or ",
                StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).toList())
            : type.asText("any");
    if (name.equals("array")) {
      return "array of " + type(schema.path("items"));
    }
    return schema.has("format") ? name + " (" + schema.path("format").asText() + ")" : name;
  }

  /** Text of the document, escaped, with {@code `code`} spans shown as code. */
  static Html prose(String text) {
    String[] pieces = text.split("`", -1);
    StringBuilder markup = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      Html piece = i % 2 == 1 ? Html.render("<code>%s</code>", pieces[i]) : Html.text(pieces[i]);
      markup.append(piece.markup());
    }
    return new Html(markup.toString());
  }
}
