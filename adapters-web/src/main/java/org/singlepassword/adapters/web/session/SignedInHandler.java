package org.singlepassword.adapters.web.session;

import io.javalin.http.Context;

/** A page's handler that needs to know who is signed in; {@link SignedInOnly} makes it a route. */
@FunctionalInterface
public interface SignedInHandler {

  void handle(Context ctx, SignedInSession session) throws Exception;
}
