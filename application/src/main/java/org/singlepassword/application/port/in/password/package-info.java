/**
 * Incoming ports: change the password (My Profile > Account Password, or an e-service) and show the
 * policy.
 */
package org.singlepassword.application.port.in.password;
