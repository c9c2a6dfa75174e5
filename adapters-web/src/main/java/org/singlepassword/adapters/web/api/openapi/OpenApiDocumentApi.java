package org.singlepassword.adapters.web.api.openapi;

import io.javalin.http.Context;
import java.util.Objects;

/** Incoming adapter: {@code GET /api/openapi.json}, the API's OpenAPI 3.1 document, open to all. */
public final class OpenApiDocumentApi {

  private final OpenApiDocument document;

  public OpenApiDocumentApi(OpenApiDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  public void show(Context ctx) {
    ctx.status(200).contentType("application/json").result(document.bytes());
  }
}
