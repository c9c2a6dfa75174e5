package org.singlepassword.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/** Outgoing adapter for tests and teaching: e-services in a map. */
public final class InMemoryEServiceRegistry implements EServiceRegistry {

  private final Map<EServiceId, EService> byId = new ConcurrentHashMap<>();

  @Override
  public Optional<EService> find(EServiceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<EService> list() {
    return byId.values().stream()
        .sorted(Comparator.comparing(eService -> eService.id().value()))
        .toList();
  }

  @Override
  public boolean addIfAbsent(EService eService) {
    return byId.putIfAbsent(eService.id(), eService) == null;
  }
}
