package org.singlepassword.adapters.web.cas;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.singlepassword.application.port.in.sso.TicketFailure;
import org.singlepassword.application.port.in.sso.ValidatedTicket;

/** A validation's answer before it is written as XML, JSON or CAS 1.0 text. */
sealed interface ValidationOutcome {

  /** Whom the ticket stands for. */
  record Success(ValidatedTicket ticket) implements ValidationOutcome {

    public Success {
      Objects.requireNonNull(ticket, "ticket");
    }

    String user() {
      return ticket.username().value();
    }

    /**
     * What the e-service may know of the person, in the order the CAS schema lists its own
     * attributes first; {@code passwordExpiresAt} (ISO-8601) only when the password expires. Nobody
     * signs in here with a long-term "Remember me" token.
     */
    Map<String, Object> attributes() {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("longTermAuthenticationRequestTokenUsed", false);
      attributes.put("isFromNewLogin", ticket.fromCredentials());
      attributes.put("email", ticket.email().value());
      attributes.put("displayName", ticket.displayName().value());
      ticket
          .passwordExpiresAt()
          .map(Instant::toString)
          .ifPresent(at -> attributes.put("passwordExpiresAt", at));
      return attributes;
    }
  }

  /** Why not, by a code of the specification (section 2.5.3) and a sentence for developers. */
  record Failure(Code code, String description) implements ValidationOutcome {

    enum Code {
      INVALID_REQUEST,
      INVALID_TICKET,
      INVALID_SERVICE
    }

    public Failure {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(description, "description");
    }

    static Failure invalidRequest(String description) {
      return new Failure(Code.INVALID_REQUEST, description);
    }

    static Failure notOurs() {
      return new Failure(Code.INVALID_TICKET, "The ticket is not a service ticket of this server.");
    }

    /** Our own words for each refusal: the exception's message is never passed on. */
    static Failure of(TicketFailure failure) {
      return switch (failure) {
        case INVALID_TICKET ->
            new Failure(
                Code.INVALID_TICKET,
                "The ticket is not recognized: unknown, used already or expired, not from a new"
                    + " sign-in when renew was asked, or for an account that cannot sign in.");
        case INVALID_SERVICE ->
            new Failure(
                Code.INVALID_SERVICE,
                "The ticket was issued for another service address; it cannot be used again.");
      };
    }
  }
}
