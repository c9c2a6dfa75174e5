/**
 * Domain: the password policy as composable rules with stable ids and parameters: the FAQ's (at
 * least 10 characters, none of the forbidden ones, A-Z, a-z and 0-9, not one of the last 3) and
 * those current standards add (not a common password, none of the person's own data, not the
 * current password with a few keys changed), started from a profile ({@code faq} or {@code
 * nist-800-63b}); a check names every unmet rule at once.
 */
package org.singlepassword.domain.policy;
