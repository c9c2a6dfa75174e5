/**
 * Domain: single sign-on for the e-services over the CAS protocol. A person signed in to
 * Single-Password reaches each e-service with a service ticket, without typing the password again.
 */
package org.singlepassword.domain.sso;
