/**
 * Incoming adapter, JSON side: the e-services (SOUL, Learner Portal, Online Enrolment Services)
 * that sign people in with the single password, as IT looks after them behind the administrator
 * token: register one and receive its secret, list them, show one, give one a new secret (the old
 * one stops working at once), and disable or enable one. A secret is shown once and never again.
 */
package org.singlepassword.adapters.web.api.admin.services;
