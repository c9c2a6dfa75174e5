package org.singlepassword.domain.account;

import java.util.Objects;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Through what a password was set: the Account Password form, an administrator, a "Forgot your
 * password?" link, or an e-service (SOUL, Learner Portal…) calling the API. The audit and "password
 * changed" notices name it.
 */
public sealed interface Channel {

  /**
   * A stable text form for storage: {@code web}, {@code admin}, {@code reset} or {@code
   * e-service:<id>}.
   */
  String code();

  /** The Account Password form of Single-Password itself. */
  record WebForm() implements Channel {
    @Override
    public String code() {
      return "web";
    }
  }

  /** An administrator, through the admin API. */
  record Administrator() implements Channel {
    @Override
    public String code() {
      return "admin";
    }
  }

  /** A "Forgot your password?" link sent by e-mail. */
  record ResetLink() implements Channel {
    @Override
    public String code() {
      return "reset";
    }
  }

  /** A registered e-service, on the person's behalf. */
  record EService(EServiceId id) implements Channel {
    public EService {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String code() {
      return "e-service:" + id.value();
    }
  }

  Channel WEB_FORM = new WebForm();
  Channel ADMINISTRATOR = new Administrator();
  Channel PASSWORD_RESET = new ResetLink();

  static Channel eService(EServiceId id) {
    return new EService(id);
  }

  /** The channel a {@link #code()} stands for. */
  static Channel parse(String code) {
    Objects.requireNonNull(code, "code");
    if (code.equals(WEB_FORM.code())) {
      return WEB_FORM;
    }
    if (code.equals(ADMINISTRATOR.code())) {
      return ADMINISTRATOR;
    }
    if (code.equals(PASSWORD_RESET.code())) {
      return PASSWORD_RESET;
    }
    if (code.startsWith("e-service:")) {
      return eService(new EServiceId(code.substring("e-service:".length())));
    }
    throw new IllegalArgumentException("unknown channel: " + code);
  }
}
