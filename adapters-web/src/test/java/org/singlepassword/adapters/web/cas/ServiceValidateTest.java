package org.singlepassword.adapters.web.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.adapters.web.testing.ApiClient;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;

/**
 * An e-service's server validating tickets over a real socket, read as a CAS client reads the
 * answers: XML parsed namespace-aware, JSON, or CAS 1.0's two lines; always a 200.
 */
class ServiceValidateTest {

  private final FakeSso sso = new FakeSso();
  private RunningServer server;
  private ApiClient client;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .recognizeService(sso)
                .issueServiceTicket(sso)
                .validateServiceTicket(sso));
    client = server.api();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String query(String service, String ticket) {
    return "?service="
        + URLEncoder.encode(service, StandardCharsets.UTF_8)
        + "&ticket="
        + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
  }

  private Response serviceValidate(String path, String query) {
    Response response = client.get(path + query);
    assertEquals(200, response.status(), response.body());
    return response;
  }

  private CasXml xml(String path, String query) {
    Response response = serviceValidate(path, query);
    assertEquals("application/xml;charset=UTF-8", response.header("Content-Type"));
    return CasXml.parse(response.body());
  }

  private String soulTicket(SignedIn person, boolean fromCredentials) {
    return sso.ticketFor(person, FakeSso.SOUL_HOME, fromCredentials);
  }

  @Nested
  class AValidTicket {

    @ParameterizedTest
    @ValueSource(strings = {"/cas/serviceValidate", "/cas/p3/serviceValidate"})
    void standsForThePersonWithTheirAttributes(String path) {
      String ticket = soulTicket(People.expiringSoon(), true);

      CasXml answer = xml(path, query(FakeSso.SOUL_HOME, ticket));

      assertEquals(Optional.empty(), answer.failureCode());
      assertEquals("wong.ml", answer.text("user"));
      assertEquals("wong.ml@example.edu", answer.text("email"));
      assertEquals("Wong Mei Ling", answer.text("displayName"));
      assertEquals("2025-03-28T12:00:00Z", answer.text("passwordExpiresAt"));
      assertEquals("true", answer.text("isFromNewLogin"));
      assertEquals("false", answer.text("longTermAuthenticationRequestTokenUsed"));
      assertTrue(answer.element("proxyGrantingTicket").isEmpty());
    }

    @Test
    void fromSingleSignOnIsNotFromANewLogin() {
      String ticket = soulTicket(People.chan(), false);

      CasXml answer = xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      assertEquals("false", answer.text("isFromNewLogin"));
      assertTrue(answer.element("passwordExpiresAt").isEmpty(), "chan's password never expires");
    }

    @Test
    void carriesANameThatLooksLikeMarkupAsPlainText() {
      String name = "陳大文 </cas:user><cas:user>admin & \"co\" 'x' 😀";
      SignedIn tricky = People.person("tricky", name, AccountStatus.ACTIVE, Channel.WEB_FORM);
      String ticket = soulTicket(tricky, true);

      CasXml answer = xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      assertEquals("tricky", answer.text("user"));
      assertEquals(name, answer.text("displayName"));
    }

    @Test
    void ignoresAProxyCallbackAndIssuesNoProxyTicket() {
      String ticket = soulTicket(People.chan(), true);

      CasXml answer =
          xml(
              "/cas/serviceValidate",
              query(FakeSso.SOUL_HOME, ticket) + "&pgtUrl=https%3A%2F%2Fsoul.example.edu%2Fpgt");

      assertEquals("chan.tm", answer.text("user"));
      assertTrue(answer.element("proxyGrantingTicket").isEmpty());
    }

    @Test
    void isAnsweredInJsonWhenAsked() {
      String ticket = soulTicket(People.expiringSoon(), true);

      Response response =
          serviceValidate(
              "/cas/p3/serviceValidate", query(FakeSso.SOUL_HOME, ticket) + "&format=JSON");

      assertTrue(response.header("Content-Type").startsWith("application/json"));
      JsonNode success = response.json().get("serviceResponse").get("authenticationSuccess");
      assertEquals("wong.ml", success.get("user").asText());
      JsonNode attributes = success.get("attributes");
      assertEquals("wong.ml@example.edu", attributes.get("email").asText());
      assertEquals("Wong Mei Ling", attributes.get("displayName").asText());
      assertEquals("2025-03-28T12:00:00Z", attributes.get("passwordExpiresAt").asText());
      assertTrue(attributes.get("isFromNewLogin").isBoolean());
      assertTrue(attributes.get("isFromNewLogin").asBoolean());
    }

    @Test
    void passesTheServiceAndRenewOnAsGiven() {
      String ticket = soulTicket(People.chan(), true);

      xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket) + "&renew=true");

      assertEquals(FakeSso.SOUL_HOME, sso.validations().get(0).service());
      assertTrue(sso.validations().get(0).renew());
      assertEquals(ticket, TicketText.of(sso.validations().get(0).ticket()));
    }
  }

  @Nested
  class ARefusedTicket {

    @Test
    void isUsedUpAfterOneValidation() {
      String ticket = soulTicket(People.chan(), true);
      xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      CasXml replayed = xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      assertEquals(Optional.of("INVALID_TICKET"), replayed.failureCode());
      assertTrue(replayed.element("user").isEmpty());
      assertFalse(replayed.text("authenticationFailure").isBlank());
    }

    @Test
    void forAnotherServiceIsInvalidService() {
      String ticket = soulTicket(People.chan(), true);

      CasXml answer = xml("/cas/serviceValidate", query(FakeSso.SOUL_CAS, ticket));

      assertEquals(Optional.of("INVALID_SERVICE"), answer.failureCode());
    }

    @Test
    void thatExpiredIsInvalidTicket() {
      String ticket = soulTicket(People.chan(), true);
      sso.expireAll();

      CasXml answer = xml("/cas/p3/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      assertEquals(Optional.of("INVALID_TICKET"), answer.failureCode());
    }

    @Test
    void fromSingleSignOnWhenRenewIsAskedIsInvalidTicket() {
      String ticket = soulTicket(People.chan(), false);

      CasXml answer = xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket) + "&renew=true");

      assertEquals(Optional.of("INVALID_TICKET"), answer.failureCode());
    }

    @Test
    void isAnsweredInJsonWhenAsked() {
      Response response =
          serviceValidate(
              "/cas/serviceValidate",
              query(FakeSso.SOUL_HOME, "ST-unknown0123456789") + "&format=json");

      JsonNode failure = response.json().get("serviceResponse").get("authenticationFailure");
      assertEquals("INVALID_TICKET", failure.get("code").asText());
      assertFalse(failure.get("description").asText().isBlank());
    }
  }

  @Nested
  class ABadRequest {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "?ticket=ST-abc",
          "?service=https%3A%2F%2Fsoul.example.edu%2F",
          "?service=&ticket=ST-abc",
          "?service=https%3A%2F%2Fsoul.example.edu%2F&ticket=",
        })
    void missingTheServiceOrTheTicketIsInvalidRequest(String query) {
      CasXml answer = xml("/cas/serviceValidate", query);

      assertEquals(Optional.of("INVALID_REQUEST"), answer.failureCode());
      assertTrue(sso.validations().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "abc",
          "ST-",
          "PT-abc",
          "TGT-abc",
          "st-abc",
          "ST-abc def",
          "ST-abc/../def",
          "ST-<cas:user>admin</cas:user>",
          "ST-abc\r\ndef",
        })
    void notOfTheFormOfOurTicketsIsInvalidTicketWithoutALookUp(String ticket) {
      CasXml answer = xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket));

      assertEquals(Optional.of("INVALID_TICKET"), answer.failureCode());
      assertTrue(sso.validations().isEmpty());
    }

    @Test
    void inAnUnknownFormatIsInvalidRequestAndLeavesTheTicketUnused() {
      String ticket = soulTicket(People.chan(), true);

      CasXml answer =
          xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket) + "&format=YAML");

      assertEquals(Optional.of("INVALID_REQUEST"), answer.failureCode());
      assertTrue(sso.validations().isEmpty());
      assertEquals(
          "chan.tm", xml("/cas/serviceValidate", query(FakeSso.SOUL_HOME, ticket)).text("user"));
    }

    @Test
    void withAServiceThatIsNoAddressIsRefusedByTheUseCase() {
      String ticket = soulTicket(People.chan(), true);

      CasXml answer = xml("/cas/serviceValidate", query("javascript:alert(1)", ticket));

      assertEquals(Optional.of("INVALID_SERVICE"), answer.failureCode());
    }

    @Test
    void byPostIsNotAllowed() {
      Response response = client.post("/cas/serviceValidate", null, new byte[0]);

      assertEquals(405, response.status());
    }
  }

  @Nested
  class Cas10 {

    @Test
    void answersYesAndTheUsername() {
      String ticket = soulTicket(People.chan(), true);

      Response response = client.get("/cas/validate" + query(FakeSso.SOUL_HOME, ticket));

      assertEquals(200, response.status());
      assertTrue(
          response.header("Content-Type").equalsIgnoreCase("text/plain;charset=UTF-8"),
          response.header("Content-Type"));
      assertEquals("yes\nchan.tm\n", response.body());
    }

    @Test
    void answersNoToAUsedTicket() {
      String ticket = soulTicket(People.chan(), true);
      client.get("/cas/validate" + query(FakeSso.SOUL_HOME, ticket));

      Response response = client.get("/cas/validate" + query(FakeSso.SOUL_HOME, ticket));

      assertEquals(200, response.status());
      assertEquals("no\n\n", response.body());
    }

    @Test
    void answersNoToAMissingTicket() {
      Response response = client.get("/cas/validate?service=https%3A%2F%2Fsoul.example.edu%2F");

      assertEquals("no\n\n", response.body());
    }
  }
}
