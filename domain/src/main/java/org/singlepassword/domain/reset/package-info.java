/**
 * Domain: "Forgot your password?" — a single-use, short-lived link sent by e-mail, which a change
 * of password made any other way voids.
 */
package org.singlepassword.domain.reset;
