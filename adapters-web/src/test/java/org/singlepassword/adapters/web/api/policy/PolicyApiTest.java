package org.singlepassword.adapters.web.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.policy.PasswordPolicy;

/** The policy as e-services read it, each rule's parameters flattened beside its id. */
class PolicyApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunningServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  private Response policyOf(PasswordPolicy policy) {
    server = RunningServer.start(new UseCaseStubs().showPasswordPolicy(() -> policy));
    return server.api().get("/api/v1/policy");
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Nested
  class TheFaqsPolicy {

    @Test
    void isOpenToAnyoneAsJson() {
      Response response = policyOf(PasswordPolicy.faq());

      assertEquals(200, response.status());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
      assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void listsEveryRuleInOrderWithItsDescriptionAndItsParametersFlattened() throws Exception {
      JsonNode rules = policyOf(PasswordPolicy.faq()).json().get("rules");

      assertEquals(
          List.of(
              json(
                  """
                  {"rule": "MIN_LENGTH", "description": "At least 10 characters long", "min": 10}"""),
              json(
                  """
                  {"rule": "MAX_LENGTH", "description": "At most 128 characters", "max": 128}"""),
              json(
                  """
                  {"rule": "FORBIDDEN_CHARACTER",
                   "description": "None of $ \\" \\\\ / ` and no space characters",
                   "characters": ["$", "\\"", "\\\\", "/", "`"], "whitespace": true}"""),
              json(
                  """
                  {"rule": "UPPERCASE", "description": "At least one uppercase letter (A - Z)",
                   "from": "A", "to": "Z", "minimum": 1}"""),
              json(
                  """
                  {"rule": "LOWERCASE", "description": "At least one lowercase letter (a - z)",
                   "from": "a", "to": "z", "minimum": 1}"""),
              json(
                  """
                  {"rule": "DIGIT", "description": "At least one digit (0 - 9)",
                   "from": "0", "to": "9", "minimum": 1}"""),
              json(
                  """
                  {"rule": "HISTORY", "description": "Not one of your last 3 passwords",
                   "depth": 3}""")),
          List.copyOf(iterable(rules)));
    }
  }

  @Nested
  class APolicyOfTheSitesOwn {

    @Test
    void showsItsOwnParameters() {
      JsonNode rules = policyOf(PasswordPolicy.faq(12, 64, "$", 1)).json().get("rules");

      assertEquals("At least 12 characters long", rules.get(0).get("description").asText());
      assertEquals(12, rules.get(0).get("min").asInt());
      assertEquals("None of $ and no space characters", rules.get(2).get("description").asText());
      assertEquals("Not your current password", rules.get(6).get("description").asText());
    }

    @Test
    void leavesOutAHistoryThatIsTurnedOff() {
      JsonNode rules = policyOf(PasswordPolicy.faq(10, 128, "$", 0)).json().get("rules");

      assertEquals(6, rules.size());
      iterable(rules).forEach(rule -> assertTrue(!rule.get("rule").asText().equals("HISTORY")));
    }
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }
}
