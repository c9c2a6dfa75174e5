package org.singlepassword.adapters.web.api.eservice;

import io.javalin.http.Context;
import org.singlepassword.domain.eservice.EServiceId;

/** An API handler that needs to know which e-service is calling; {@link EServiceOnly} runs it. */
@FunctionalInterface
public interface EServiceHandler {

  void handle(Context ctx, EServiceId caller) throws Exception;
}
