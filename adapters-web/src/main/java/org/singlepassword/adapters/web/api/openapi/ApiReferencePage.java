package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;

/**
 * Incoming adapter: {@code GET /api}, the API described for the developers who connect an
 * e-service, rendered once at start from the same OpenAPI document that {@code /api/openapi.json}
 * serves, so that the page and the document never disagree.
 */
public final class ApiReferencePage {

  private static final String PAGE =
      """
      <h1>%s</h1>
      <p>%s</p>
      <p>The same description for tools, as an OpenAPI 3.1 document:
       <a href="%s"><code>%s</code></a>.</p>
      %s""";

  private static final String TAG =
      """
      <h2>%s</h2>
      <p>%s</p>
      %s""";

  private final Html page;

  public ApiReferencePage(OpenApiDocument document) {
    ApiReference reference = new ApiReference(document);
    JsonNode info = document.tree().path("info");
    List<Html> tags = new ArrayList<>();
    for (JsonNode tag : document.tree().path("tags")) {
      String name = tag.path("name").asText();
      tags.add(
          Html.render(
              TAG,
              name,
              ApiText.prose(tag.path("description").asText()),
              reference.operationsTagged(name)));
    }
    Html main =
        Html.render(
            PAGE,
            info.path("title").asText(),
            ApiText.prose(info.path("description").asText()),
            Paths.OPENAPI_DOCUMENT,
            Paths.OPENAPI_DOCUMENT,
            Html.join(tags));
    this.page = Layout.signedOut("API", main);
  }

  public void show(Context ctx) {
    HtmlResponse.send(ctx, page);
  }
}
