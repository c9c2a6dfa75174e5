package org.singlepassword.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.singlepassword.application.port.in.admin.EServiceAlreadyExistsException;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * A first start registers the FAQ's three e-services, Learner Portal, SOUL and Online Enrolment
 * Services, with example addresses, and writes their API secrets to an owner-only file in the data
 * directory: the one place they are ever shown. IT then sets their real addresses and hands each
 * secret to its e-service (or rotates it).
 */
final class FaqEServices {

  static final String SECRETS_FILE = "e-service-secrets.properties";

  static final List<RegisterEServiceCommand> FAQ =
      List.of(
          faq("learner-portal", "Learner Portal", "https://learner-portal.example.edu/*"),
          faq("soul", "SOUL", "https://soul.example.edu/*"),
          faq("online-enrolment", "Online Enrolment Services", "https://oes.example.edu/*"));

  private FaqEServices() {}

  /**
   * Registers the three when no e-service is registered yet.
   *
   * @return the file the secrets were written to, or empty when there was nothing to register
   */
  static Optional<Path> registerIfNoneExist(
      ShowEServicesUseCase show, RegisterEServiceUseCase register, Path dataDirectory) {
    if (!show.listEServices().isEmpty()) {
      return Optional.empty();
    }
    StringBuilder secrets =
        new StringBuilder(
            "# The API secrets of the e-services registered at the first start, shown only here.\n"
                + "# Give each to its e-service (HTTP Basic id:secret), then delete this file.\n");
    for (RegisterEServiceCommand eService : FAQ) {
      try {
        RegisteredEService registered = register.registerEService(eService);
        secrets.append(registered.id()).append('=').append(registered.secret().reveal());
        secrets.append('\n');
      } catch (EServiceAlreadyExistsException racedByAnotherInstance) {
        return Optional.empty();
      }
    }
    Path file = dataDirectory.resolve(SECRETS_FILE);
    try {
      OwnerOnlyFile.createWith(file, secrets.toString());
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot write the e-services' secrets to " + file, failed);
    }
    return Optional.of(file);
  }

  private static RegisterEServiceCommand faq(String id, String name, String url) {
    return new RegisterEServiceCommand(new EServiceId(id), name, List.of(url));
  }
}
