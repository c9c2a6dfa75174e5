package org.singlepassword.application.port.in.sso;

import java.util.Optional;
import org.singlepassword.domain.eservice.ServiceUrl;

/**
 * Incoming port: may people be sent to this address? Only to the registered addresses of an enabled
 * e-service: anything else would make the sign-in page an open redirect.
 */
public interface RecognizeServiceUseCase {

  Optional<RecognizedService> recognizeService(ServiceUrl url);
}
