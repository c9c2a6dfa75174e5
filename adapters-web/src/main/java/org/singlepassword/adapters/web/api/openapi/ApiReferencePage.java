package org.singlepassword.adapters.web.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.i18n.Language;

/**
 * Incoming adapter: {@code GET /api}, the API described for the developers who connect an
 * e-service, rendered once per language at start from the same OpenAPI document that {@code
 * /api/openapi.json} serves, so that the page and the document never disagree. The page's own words
 * follow the language; the document's stay English, marked so.
 */
public final class ApiReferencePage {

  private static final String PAGE =
      """
      <h1%s>%s</h1>
      <p%s>%s</p>
      <p>%s</p>
      %s""";

  private static final String TAG =
      """
      <h2>%s</h2>
      <p%s>%s</p>
      %s""";

  private final Map<Language, Html> mains = new EnumMap<>(Language.class);

  public ApiReferencePage(OpenApiDocument document) {
    for (Language language : Language.values()) {
      mains.put(language, main(document, Copy.in(language)));
    }
  }

  private static Html main(OpenApiDocument document, Copy copy) {
    ApiReference reference = new ApiReference(document, copy);
    Html english = ApiReference.englishIn(copy);
    JsonNode info = document.tree().path("info");
    List<Html> tags = new ArrayList<>();
    for (JsonNode tag : document.tree().path("tags")) {
      String name = tag.path("name").asText();
      tags.add(
          Html.render(
              TAG,
              name,
              english,
              ApiText.prose(tag.path("description").asText()),
              reference.operationsTagged(name)));
    }
    Html link =
        Html.render(
            "<a href=\"%s\"><code>%s</code></a>", Paths.OPENAPI_DOCUMENT, Paths.OPENAPI_DOCUMENT);
    return Html.render(
        PAGE,
        english,
        info.path("title").asText(),
        english,
        ApiText.prose(info.path("description").asText()),
        copy.html("api.document", "link", link),
        Html.join(tags));
  }

  public void show(Context ctx) {
    Copy copy = Copy.of(ctx);
    HtmlResponse.send(
        ctx, Layout.signedOut(copy, copy.text("api.title"), mains.get(copy.language())));
  }
}
