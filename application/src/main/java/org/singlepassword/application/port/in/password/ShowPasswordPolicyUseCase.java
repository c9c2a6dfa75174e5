package org.singlepassword.application.port.in.password;

import org.singlepassword.domain.policy.PasswordPolicy;

/** Incoming port: the policy in force, so that pages and e-services can show it before typing. */
public interface ShowPasswordPolicyUseCase {

  PasswordPolicy policy();
}
