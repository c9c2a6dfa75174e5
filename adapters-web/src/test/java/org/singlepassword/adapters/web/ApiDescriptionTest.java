package org.singlepassword.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.adapters.web.api.ApiJson;
import org.singlepassword.adapters.web.api.ViolationResponse;
import org.singlepassword.adapters.web.api.admin.ProvisionAccountRequest;
import org.singlepassword.adapters.web.api.admin.ProvisionedAccountResponse;
import org.singlepassword.adapters.web.api.admin.accounts.AccountEventsResponse;
import org.singlepassword.adapters.web.api.admin.accounts.AccountResponse;
import org.singlepassword.adapters.web.api.admin.services.EServiceResponse;
import org.singlepassword.adapters.web.api.admin.services.EServicesResponse;
import org.singlepassword.adapters.web.api.admin.services.RegisterEServiceRequest;
import org.singlepassword.adapters.web.api.admin.services.RegisteredEServiceResponse;
import org.singlepassword.adapters.web.api.eservice.ChangePasswordRequest;
import org.singlepassword.adapters.web.api.eservice.SignInRequest;
import org.singlepassword.adapters.web.api.eservice.SignInResponse;
import org.singlepassword.adapters.web.api.openapi.OpenApiDocument;
import org.singlepassword.adapters.web.api.policy.PolicyResponse;
import org.singlepassword.adapters.web.api.reset.ConfirmPasswordResetRequest;
import org.singlepassword.adapters.web.api.reset.PasswordResetRequest;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/**
 * The API description kept in step with the code: every {@code /api} route of the routes table is
 * documented with its method and path, every documented operation is routed, every body's schema
 * has the fields of the record that reads or writes it, and every reference resolves.
 */
class ApiDescriptionTest {

  private static final OpenApiDocument DOCUMENT = OpenApiDocument.load();

  private static Set<String> routedApi() {
    RouteTable table = new RouteTable();
    new Routes(
            RunningServer.settings(new TestClock()),
            new UseCaseStubs().build(),
            new ApiJson(),
            new SecureRandom())
        .register(table);
    return table.routes().stream()
        .filter(route -> route.path().startsWith("/api/"))
        .map(route -> route.method() + " " + route.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> documented() {
    return DOCUMENT.operations().stream()
        .map(operation -> operation.method() + " " + operation.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void isAnOpenApi31Document() {
    assertEquals("3.1.0", DOCUMENT.tree().path("openapi").asText());
    assertFalse(DOCUMENT.tree().path("info").path("title").asText().isEmpty());
  }

  @Test
  void documentsEveryApiRoute() {
    Set<String> undocumented = new TreeSet<>(routedApi());
    undocumented.removeAll(documented());

    assertEquals(Set.of(), undocumented, "routed but not in web/openapi.json");
  }

  @Test
  void routesEveryDocumentedOperation() {
    Set<String> unrouted = new TreeSet<>(documented());
    unrouted.removeAll(routedApi());

    assertEquals(Set.of(), unrouted, "in web/openapi.json but not routed");
  }

  @Test
  void describesTheWholeApiV1() {
    // A guard on the guard: the table must list the API at all for the two tests above to count.
    assertTrue(routedApi().size() >= 20, routedApi().toString());
  }

  @Test
  void saysForEveryOperationWhatItDoesWhoMayCallItAndItsAnswers() {
    Set<String> ids = new HashSet<>();
    Set<String> tags = new HashSet<>();
    DOCUMENT.tree().path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    Set<String> schemes =
        DOCUMENT.tree().path("components").path("securitySchemes").properties().stream()
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    for (OpenApiDocument.Operation operation : DOCUMENT.operations()) {
      JsonNode node = operation.node();
      String name = operation.method() + " " + operation.path();
      assertTrue(ids.add(node.path("operationId").asText()), "operationId unique: " + name);
      assertFalse(node.path("summary").asText().isBlank(), "summary: " + name);
      assertFalse(node.path("description").asText().isBlank(), "description: " + name);
      assertTrue(node.path("security").isArray(), "who may call it, even anyone ([]): " + name);
      node.path("security")
          .forEach(
              requirement ->
                  requirement
                      .properties()
                      .forEach(scheme -> assertTrue(schemes.contains(scheme.getKey()), name)));
      assertTrue(node.path("tags").size() == 1 && tags.contains(node.path("tags").get(0).asText()));
      assertFalse(node.path("responses").isEmpty(), "responses: " + name);
    }
  }

  @Test
  void resolvesEveryReference() {
    List<String> references = new ArrayList<>();
    collectReferences(DOCUMENT.tree(), references);

    assertFalse(references.isEmpty());
    for (String reference : references) {
      assertFalse(
          DOCUMENT.tree().at(reference.substring(1)).isMissingNode(), "nothing at " + reference);
    }
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.has("$ref")) {
      references.add(node.path("$ref").asText());
    }
    node.forEach(child -> collectReferences(child, references));
  }

  @Test
  void namesAComponentSchemaForEveryJsonBody() {
    for (OpenApiDocument.Operation operation : DOCUMENT.operations()) {
      List<JsonNode> bodies = new ArrayList<>();
      bodies.add(DOCUMENT.resolve(operation.node().path("requestBody")));
      operation
          .node()
          .path("responses")
          .forEach(response -> bodies.add(DOCUMENT.resolve(response)));
      for (JsonNode body : bodies) {
        JsonNode json = body.path("content").path("application/json").path("schema");
        if (!json.isMissingNode() && !operation.path().equals("/api/openapi.json")) {
          assertTrue(
              json.path("$ref").asText().startsWith("#/components/schemas/"),
              operation.method() + " " + operation.path());
        }
      }
    }
  }

  static Stream<Arguments> bodies() {
    return Stream.of(
        Arguments.of("PolicyResponse", PolicyResponse.class),
        Arguments.of("PolicyRule", PolicyResponse.Rule.class),
        Arguments.of("Violation", ViolationResponse.class),
        Arguments.of("SignInRequest", SignInRequest.class),
        Arguments.of("SignInResponse", SignInResponse.class),
        Arguments.of("ChangePasswordRequest", ChangePasswordRequest.class),
        Arguments.of("PasswordResetRequest", PasswordResetRequest.class),
        Arguments.of("ConfirmPasswordResetRequest", ConfirmPasswordResetRequest.class),
        Arguments.of("ProvisionAccountRequest", ProvisionAccountRequest.class),
        Arguments.of("ProvisionedAccountResponse", ProvisionedAccountResponse.class),
        Arguments.of("AccountResponse", AccountResponse.class),
        Arguments.of("AccountEventsResponse", AccountEventsResponse.class),
        Arguments.of("AccountEvent", AccountEventsResponse.Event.class),
        Arguments.of("RegisterEServiceRequest", RegisterEServiceRequest.class),
        Arguments.of("RegisteredEServiceResponse", RegisteredEServiceResponse.class),
        Arguments.of("EServiceResponse", EServiceResponse.class),
        Arguments.of("EServicesResponse", EServicesResponse.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void describesEachBodyWithTheFieldsOfItsRecord(String schema, Class<? extends Record> body) {
    Set<String> fields = new TreeSet<>();
    for (RecordComponent component : body.getRecordComponents()) {
      // Parameters flattened beside a rule's id are described as additional properties.
      if (!component.getAccessor().isAnnotationPresent(JsonAnyGetter.class)
          && !component.isAnnotationPresent(JsonAnyGetter.class)) {
        fields.add(component.getName());
      }
    }
    JsonNode described = DOCUMENT.tree().path("components").path("schemas").path(schema);
    Set<String> properties = new TreeSet<>();
    described
        .path("properties")
        .properties()
        .forEach(property -> properties.add(property.getKey()));

    assertEquals(fields, properties, schema);
  }
}
