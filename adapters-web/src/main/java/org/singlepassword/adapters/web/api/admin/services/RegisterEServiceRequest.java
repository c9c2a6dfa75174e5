package org.singlepassword.adapters.web.api.admin.services;

import java.util.ArrayList;
import java.util.List;
import org.singlepassword.adapters.web.api.Fields;
import org.singlepassword.adapters.web.api.ProblemException;
import org.singlepassword.adapters.web.api.Problems;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.domain.eservice.EServiceId;

/** {@code POST /api/v1/admin/services}: an e-service to register, as its people know it. */
public record RegisterEServiceRequest(String id, String name, List<String> serviceUrls) {

  private static final int MAX_NAME_LENGTH = 100;

  /**
   * The command, each field parsed.
   *
   * @throws ProblemException naming a field that is missing or does not parse
   */
  RegisterEServiceCommand toCommand() {
    return new RegisterEServiceCommand(
        Fields.required("id", id, EServiceId::new),
        Fields.required("name", name, RegisterEServiceRequest::checkName),
        urls());
  }

  // The command takes the name and the URLs as plain strings, and the e-service checks them only
  // inside the use case: checked here as well, so that a bad one is a 400 and not a failure.
  private static String checkName(String name) {
    String stripped = name.strip();
    if (stripped.isEmpty()
        || stripped.length() > MAX_NAME_LENGTH
        || stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("an e-service name has 1 to 100 printable characters");
    }
    return stripped;
  }

  private List<String> urls() {
    if (serviceUrls == null) {
      throw new ProblemException(Problems.invalidField("serviceUrls", "is required"));
    }
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < serviceUrls.size(); i++) {
      String url = serviceUrls.get(i);
      if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
        throw new ProblemException(
            Problems.invalidField(
                "serviceUrls[" + i + "]", "a service URL starts with https:// or http://"));
      }
      urls.add(url);
    }
    return urls;
  }
}
