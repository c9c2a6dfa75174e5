package org.singlepassword.adapters.web.api.admin.services;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/**
 * The registry as administrators see it, over one sorted map: show, enable, disable, and new
 * secrets, which it remembers so that tests can compare them with the answers.
 */
final class FakeEServices implements ShowEServicesUseCase, AdministerEServiceUseCase {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, EServiceDetails> byId = new ConcurrentSkipListMap<>();
  private final Map<String, SecretToken> secrets = new ConcurrentHashMap<>();
  private final List<String> actions = new CopyOnWriteArrayList<>();

  FakeEServices registering(EServiceDetails eService) {
    byId.put(eService.id().value(), eService);
    return this;
  }

  @Override
  public List<EServiceDetails> listEServices() {
    return List.copyOf(byId.values());
  }

  @Override
  public EServiceDetails showEService(EServiceId id) {
    EServiceDetails eService = byId.get(id.value());
    if (eService == null) {
      throw new EServiceNotFoundException(id);
    }
    return eService;
  }

  @Override
  public void administerEService(EServiceId id, EServiceAction action) {
    EServiceDetails eService = showEService(id);
    actions.add(action + " " + id);
    byId.put(
        id.value(),
        new EServiceDetails(
            id, eService.name(), eService.serviceUrls(), action == EServiceAction.ENABLE));
  }

  @Override
  public RegisteredEService rotateSecret(EServiceId id) {
    showEService(id);
    SecretToken secret = SecretToken.generate(random);
    secrets.put(id.value(), secret);
    return new RegisteredEService(id, secret);
  }

  /** "DISABLE soul", "ENABLE soul"…, in order. */
  List<String> actions() {
    return List.copyOf(actions);
  }

  String currentSecret(String id) {
    return secrets.get(id).reveal();
  }

  boolean isEnabled(String id) {
    return byId.get(id).enabled();
  }
}
