/**
 * Incoming adapter, JSON side: the password policy for e-services, so that SOUL or the Learner
 * Portal can show people the same requirements before typing as the Account Password page does.
 */
package org.singlepassword.adapters.web.api.policy;
