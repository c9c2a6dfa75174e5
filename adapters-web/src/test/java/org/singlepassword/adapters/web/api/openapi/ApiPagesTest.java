package org.singlepassword.adapters.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.UseCaseStubs;

/** The API description over a real socket: the document for tools, the page for developers. */
class ApiPagesTest {

  private final OpenApiDocument document = OpenApiDocument.load();
  private RunningServer server;

  @BeforeEach
  void start() {
    server = RunningServer.start(new UseCaseStubs());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesTheDocumentAsStoredToAnyone() {
    Response response = server.api().get("/api/openapi.json");

    assertEquals(200, response.status());
    assertTrue(response.header("Content-Type").startsWith("application/json"));
    assertArrayEquals(document.bytes(), response.body().getBytes(StandardCharsets.UTF_8));
    assertEquals("3.1.0", response.json().path("openapi").asText());
  }

  @Test
  void showsEveryOperationWithWhoMayCallIt() {
    Response page = server.browser().get("/api");

    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"));
    for (OpenApiDocument.Operation operation : document.operations()) {
      String section = sectionOf(page.body(), operation.node().path("operationId").asText());
      assertTrue(
          section.contains("<code>" + operation.method() + " " + operation.path() + "</code>"),
          section);
      assertTrue(section.contains(Html.escape(operation.node().path("summary").asText())), section);
      assertTrue(section.contains("Who may call it: "), section);
      assertTrue(section.contains("<h4>Responses</h4>"), section);
    }
  }

  @Test
  void saysWhoMayCallInTheSchemesOwnWords() {
    String body = server.browser().get("/api").body();

    assertTrue(sectionOf(body, "showPasswordPolicy").contains("Who may call it: anyone."));
    assertTrue(
        sectionOf(body, "signIn").contains("Who may call it: A registered, enabled e-service"));
    assertTrue(sectionOf(body, "listEServices").contains("Who may call it: An administrator"));
  }

  @Test
  void listsTheRequestFieldsAndTheAnswers() {
    String signIn = sectionOf(server.browser().get("/api").body(), "signIn");

    assertTrue(signIn.contains("<h4>Request body (application/json)</h4>"), signIn);
    assertTrue(
        signIn.contains("<tr><td><code>username</code></td><td>string</td><td>yes</td>"), signIn);
    assertTrue(
        signIn.contains("<tr><td><code>clientAddress</code></td><td>string</td><td>no</td>"),
        signIn);
    assertTrue(signIn.contains("<dt>200 application/json</dt>"), signIn);
    assertTrue(signIn.contains("<dt>423 application/problem+json</dt>"), signIn);
    assertTrue(signIn.contains("<h4>Response body (200)</h4>"), signIn);
    assertTrue(
        signIn.contains("<tr><td><code>expiryWarning</code></td><td>boolean</td><td>yes</td>"),
        signIn);
  }

  @Test
  void describesTheCsvImport() {
    String importing = sectionOf(server.browser().get("/api").body(), "importAccounts");

    assertTrue(importing.contains("<h4>Request body (text/csv)</h4>"), importing);
    assertTrue(importing.contains("<dt>200 text/csv</dt>"), importing);
  }

  @Test
  void isLinkedFromTheFooterOfEveryPage() {
    String signInPage = server.browser().get("/sign-in").body();

    assertTrue(
        signInPage.contains("<footer class=\"site-footer\">\n<a href=\"/api\">"), signInPage);
  }

  @Test
  void speaksChineseAroundTheDocumentsEnglish() {
    Response page = server.browser().get("/api", "Accept-Language", "zh-HK");

    assertTrue(page.body().contains("<html lang=\"zh-HK\">"), page.body());
    assertTrue(page.body().contains("<title>API – 單一密碼</title>"));
    assertTrue(
        page.body().contains("<footer class=\"site-footer\">\n<a href=\"/api\">電子服務使用的 API</a>"));
    String signIn = sectionOf(page.body(), "signIn");
    assertTrue(signIn.contains("<h4>回應</h4>"), signIn);
    assertTrue(signIn.contains("<h4>請求內容 (application/json)</h4>"), signIn);
    assertTrue(signIn.contains("<th>名稱</th><th>類型</th><th>必填</th><th>意思</th>"), signIn);
    // The document's own words stay English, and say so to screen readers.
    assertTrue(signIn.contains("<p lang=\"en\"><strong>Sign a person in"), signIn);
    assertTrue(signIn.contains("誰可呼叫：<span lang=\"en\">A registered, enabled e-service"), signIn);
  }

  private static String sectionOf(String page, String operationId) {
    int start = page.indexOf("<section class=\"operation\" id=\"" + operationId + "\">");
    assertTrue(start >= 0, "no section " + operationId);
    return page.substring(start, page.indexOf("</section>", start));
  }
}
