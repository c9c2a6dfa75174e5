/**
 * Incoming adapter, JSON side: the API an e-service (SOUL, Learner Portal, Online Enrolment
 * Services) calls on a person's behalf, to sign them in with the single password or to change it.
 * Every call authenticates the e-service first, and the e-service is the channel the audit names.
 */
package org.singlepassword.adapters.web.api.eservice;
