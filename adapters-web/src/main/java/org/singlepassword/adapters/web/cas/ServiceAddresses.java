package org.singlepassword.adapters.web.cas;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.application.port.in.sso.ServiceNotRecognizedException;
import org.singlepassword.domain.eservice.ServiceUrl;

/**
 * The {@code service} parameter judged: a plain web address that belongs to an enabled, registered
 * e-service, or nothing. It is the only source of the addresses people are sent to, so that the
 * sign-in can never send anyone to another site.
 */
final class ServiceAddresses {

  private final RecognizeServiceUseCase recognizeService;

  ServiceAddresses(RecognizeServiceUseCase recognizeService) {
    this.recognizeService = Objects.requireNonNull(recognizeService, "recognizeService");
  }

  /**
   * The e-service the parameter names; empty when there is no parameter.
   *
   * @throws ServiceNotRecognizedException when there is one, and it is no e-service's address
   */
  Optional<RecognizedService> named(String parameter) {
    if (parameter == null) {
      return Optional.empty();
    }
    return Optional.of(recognized(parameter).orElseThrow(ServiceNotRecognizedException::new));
  }

  /** The e-service the parameter names, if any; for sign-out, which must work whatever comes. */
  Optional<RecognizedService> recognized(String parameter) {
    if (parameter == null) {
      return Optional.empty();
    }
    ServiceUrl url;
    try {
      url = new ServiceUrl(parameter);
    } catch (IllegalArgumentException notAWebAddress) {
      return Optional.empty();
    }
    return recognizeService.recognizeService(url);
  }
}
