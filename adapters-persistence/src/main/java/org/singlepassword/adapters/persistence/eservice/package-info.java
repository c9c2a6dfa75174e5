/**
 * Outgoing adapter for e-services: the registered e-services (Learner Portal, SOUL…), the hash of
 * each one's API secret and its service URLs in order, in the {@code e_services} and {@code
 * e_service_urls} tables.
 */
package org.singlepassword.adapters.persistence.eservice;
