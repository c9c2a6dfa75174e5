/**
 * Incoming ports: single sign-on for the e-services over CAS, where a person signed in once is let
 * into each registered e-service with a short-lived, single-use service ticket.
 */
package org.singlepassword.application.port.in.sso;
