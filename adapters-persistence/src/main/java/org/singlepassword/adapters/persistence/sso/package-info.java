/**
 * Outgoing adapter for single sign-on: the CAS service tickets issued and not yet validated, in the
 * {@code service_tickets} table, known only by the hash of each ticket and shared by every instance
 * of the service, so that a ticket issued by one is good once on any.
 */
package org.singlepassword.adapters.persistence.sso;
