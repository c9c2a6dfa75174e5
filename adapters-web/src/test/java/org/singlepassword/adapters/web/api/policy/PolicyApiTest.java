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
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PolicyProfile;

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
    void isOpenToAnyoneAsJsonAndNamesItsProfile() {
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
  class TheProfiles {

    private static final CommonPasswords LIST = CommonPasswords.of(List.of("password123", "abc"));

    @Test
    void nameTheProfileInForce() {
      assertEquals("faq", policyOf(PasswordPolicy.faq()).json().get("profile").asText());
      assertEquals(
          "nist-800-63b",
          policyOf(PasswordPolicy.of(PolicyProfile.NIST_800_63B.defaults(), LIST))
              .json()
              .get("profile")
              .asText());
    }

    @Test
    void theFaqProfileAddsTheThreeStandardsRulesBeforeTheHistory() throws Exception {
      JsonNode rules =
          policyOf(PasswordPolicy.of(PolicyProfile.FAQ.defaults(), LIST)).json().get("rules");

      assertEquals(
          List.of(
              "MIN_LENGTH",
              "MAX_LENGTH",
              "FORBIDDEN_CHARACTER",
              "UPPERCASE",
              "LOWERCASE",
              "DIGIT",
              "COMMON_PASSWORD",
              "CONTAINS_PERSONAL_DATA",
              "TOO_SIMILAR",
              "HISTORY"),
          iterable(rules).stream().map(rule -> rule.get("rule").asText()).toList());
      assertEquals(
          List.of(
              json(
                  """
                  {"rule": "COMMON_PASSWORD",
                   "description": "Not a commonly used password, such as Password123",
                   "listed": 2}"""),
              json(
                  """
                  {"rule": "CONTAINS_PERSONAL_DATA",
                   "description": "Without your username, your name, your e-mail address or an e-service's name",
                   "leastWordLength": 3}"""),
              json(
                  """
                  {"rule": "TOO_SIMILAR",
                   "description": "Not too like your current password",
                   "maxEdits": 2}""")),
          iterable(rules).subList(6, 9));
    }

    @Test
    void theNistProfileHasNoCompositionRuleNoForbiddenCharacterAndNoHistory() {
      JsonNode policy =
          policyOf(PasswordPolicy.of(PolicyProfile.NIST_800_63B.defaults(), LIST)).json();

      assertEquals(
          List.of("MIN_LENGTH", "MAX_LENGTH", "COMMON_PASSWORD", "CONTAINS_PERSONAL_DATA"),
          iterable(policy.get("rules")).stream().map(rule -> rule.get("rule").asText()).toList());
      assertEquals(15, policy.get("rules").get(0).get("min").asInt());
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
