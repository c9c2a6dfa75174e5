/**
 * Incoming adapter, shared by pages and API: the password policy in the users' words and languages.
 * The domain names each rule and its parameters but says nothing; here "MIN_LENGTH, min 10" becomes
 * "At least 10 characters long" (最少 10 個字元) before typing, and "Your new password must be at least
 * 10 characters long." after a rejection. {@link
 * org.singlepassword.adapters.web.policy.NewPasswordFields} is what the two pages where a new
 * password is chosen show alike: the policy as a checklist the script ticks off ({@link
 * org.singlepassword.adapters.web.policy.PolicyChecklist}), its {@code passwordrules} ({@link
 * org.singlepassword.adapters.web.policy.PasswordRules}), the new password boxes and their
 * problems.
 */
package org.singlepassword.adapters.web.policy;
