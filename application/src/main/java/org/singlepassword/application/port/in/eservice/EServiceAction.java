package org.singlepassword.application.port.in.eservice;

/** What an administrator can do to a registered e-service besides showing it. */
public enum EServiceAction {
  /** Refuse its API secret and its CAS tickets from now on; its users keep their password. */
  DISABLE,
  ENABLE
}
