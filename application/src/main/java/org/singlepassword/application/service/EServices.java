package org.singlepassword.application.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.eservice.ServiceUrlPattern;

/** How use cases tell which registered e-service an address belongs to. */
final class EServices {

  private EServices() {}

  /**
   * The enabled e-service whose registration says most about the address. The most specific
   * registration is chosen among all e-services first, enabled or not: were a disabled e-service
   * passed over, another's broader prefix would let its people in through it all the same.
   */
  static Optional<EService> forAddress(List<EService> registered, ServiceUrl url) {
    record Match(EService eService, ServiceUrlPattern pattern) {}
    return registered.stream()
        .flatMap(
            eService ->
                eService
                    .mostSpecificMatch(url)
                    .map(pattern -> new Match(eService, pattern))
                    .stream())
        .min(
            Comparator.comparing(Match::pattern, ServiceUrlPattern.MOST_SPECIFIC_FIRST)
                .thenComparing(match -> match.eService().id().value()))
        .map(Match::eService)
        .filter(EService::enabled);
  }
}
