/**
 * Domain: the password policy of the FAQ as composable rules with stable ids and parameters (at
 * least 10 characters, none of the forbidden ones, A-Z, a-z and 0-9, not one of the last 3); a
 * check names every unmet rule at once.
 */
package org.singlepassword.domain.policy;
