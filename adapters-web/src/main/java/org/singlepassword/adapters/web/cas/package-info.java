/**
 * Incoming adapter, CAS side: single sign-on for the e-services (Learner Portal, SOUL, Online
 * Enrolment Services) over Apereo's CAS protocol 3.0. An e-service sends a person to {@code
 * /cas/login}; signed in already (the web session is CAS's ticket-granting cookie) or after the
 * same Sign in form as Single-Password's own, and after Account Password when an initial or expired
 * password must be changed first, the person goes back with a one-time service ticket, which the
 * e-service's server exchanges at {@code /cas/serviceValidate} for who the person is. People are
 * only ever sent to the registered addresses of an enabled e-service.
 */
package org.singlepassword.adapters.web.cas;
