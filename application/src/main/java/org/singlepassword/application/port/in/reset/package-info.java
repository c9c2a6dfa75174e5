/**
 * Incoming ports: "Forgot your password?" — ask for a single-use link by e-mail, and set a new
 * password with it.
 */
package org.singlepassword.application.port.in.reset;
