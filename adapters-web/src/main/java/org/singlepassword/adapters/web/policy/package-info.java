/**
 * Incoming adapter, shared by pages and API: the password policy in the users' words. The domain
 * names each rule and its parameters but says nothing; here "MIN_LENGTH, min 10" becomes "At least
 * 10 characters long" before typing, and "Your new password must be at least 10 characters long."
 * after a rejection, the same on the Account Password page and for every e-service. {@link
 * org.singlepassword.adapters.web.policy.NewPasswordFields} is what the two pages where a new
 * password is chosen show alike: the policy, the new password boxes and their problems.
 */
package org.singlepassword.adapters.web.policy;
