/**
 * Domain: the institution's e-services (Learner Portal, SOUL, Online Enrolment Services) that sign
 * their users in with the single password.
 */
package org.singlepassword.domain.eservice;
