package org.singlepassword.adapters.web.cas;

/** The request parameters of the CAS protocol, by their names in the specification. */
final class CasParameters {

  static final String SERVICE = "service";
  static final String TICKET = "ticket";
  static final String RENEW = "renew";
  static final String GATEWAY = "gateway";
  static final String FORMAT = "format";

  private CasParameters() {}

  /**
   * Whether a flag such as {@code renew} or {@code gateway} is set. The specification says "if this
   * parameter is set" and recommends the value {@code true}; only an explicit {@code false} is
   * taken as unset, so that {@code renew=1} still asks for the password.
   */
  static boolean isSet(String value) {
    return value != null && !value.equalsIgnoreCase("false");
  }
}
