package org.singlepassword.application.service;

import java.util.Objects;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Use case: show the policy in force, as configured at start. */
public final class ShowPasswordPolicyService implements ShowPasswordPolicyUseCase {

  private final PasswordPolicy policy;

  public ShowPasswordPolicyService(PasswordPolicy policy) {
    this.policy = Objects.requireNonNull(policy);
  }

  @Override
  public PasswordPolicy policy() {
    return policy;
  }
}
