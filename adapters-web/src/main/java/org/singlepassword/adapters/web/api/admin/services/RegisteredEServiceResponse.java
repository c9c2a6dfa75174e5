package org.singlepassword.adapters.web.api.admin.services;

import org.singlepassword.application.port.in.admin.RegisteredEService;

/** The registered e-service's id and its API secret, shown this once and stored only as a hash. */
public record RegisteredEServiceResponse(String id, String secret) {

  static RegisteredEServiceResponse from(RegisteredEService eService) {
    return new RegisteredEServiceResponse(eService.id().value(), eService.secret().reveal());
  }

  /** A record prints its fields; this one holds a secret. */
  @Override
  public String toString() {
    return "RegisteredEServiceResponse[id=" + id + ", secret=hidden]";
  }
}
