package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The API's OpenAPI 3.1 document, read once from {@code web/openapi.json} on the classpath: its
 * bytes as served, and its tree for the page that shows it to people.
 */
public final class OpenApiDocument {

  private static final String RESOURCE = "/web/openapi.json";
  private static final String LOCAL_REFERENCE = "#/";

  /** One documented operation: {@code method} in upper case, the path as templated. */
  public record Operation(String method, String path, JsonNode node) {

    public Operation {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(node, "node");
    }
  }

  private final byte[] bytes;
  private final JsonNode tree;

  private OpenApiDocument(byte[] bytes, JsonNode tree) {
    this.bytes = bytes;
    this.tree = tree;
  }

  /**
   * @throws IllegalStateException when the resource is missing or no OpenAPI 3.1 document: the
   *     build is broken, and the server must not start
   */
  public static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the API description " + RESOURCE + " is missing");
      }
      byte[] bytes = in.readAllBytes();
      JsonNode tree = new ObjectMapper().readTree(bytes);
      if (!tree.path("openapi").asText().startsWith("3.1.")) {
        throw new IllegalStateException("the API description is no OpenAPI 3.1 document");
      }
      return new OpenApiDocument(bytes, tree);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("the API description cannot be read", unreadable);
    }
  }

  /** The document exactly as stored. */
  public byte[] bytes() {
    return bytes.clone();
  }

  public JsonNode tree() {
    return tree;
  }

  /** Every operation, path by path in the document's order. */
  public List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : tree.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        operations.add(
            new Operation(
                method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
      }
    }
    return operations;
  }

  /** The node a {@code $ref} names within this document, or the node itself when it is none. */
  public JsonNode resolve(JsonNode node) {
    String reference = node.path("$ref").asText("");
    if (!reference.startsWith(LOCAL_REFERENCE)) {
      return node;
    }
    JsonNode target = tree.at(reference.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("the API description names nothing at " + reference);
    }
    return resolve(target);
  }

  /** The last part of a {@code $ref}: a schema's name, such as {@code SignInRequest}. */
  public static String referencedName(JsonNode node) {
    String reference = node.path("$ref").asText("");
    return reference.substring(reference.lastIndexOf('/') + 1);
  }
}
