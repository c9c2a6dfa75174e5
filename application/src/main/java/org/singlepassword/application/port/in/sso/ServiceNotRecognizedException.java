package org.singlepassword.application.port.in.sso;

/** The address belongs to no enabled, registered e-service: nobody may be sent there. */
public final class ServiceNotRecognizedException extends RuntimeException {

  public ServiceNotRecognizedException() {
    super("the service address belongs to no enabled, registered e-service");
  }
}
