/**
 * Outgoing adapter for sessions: the web sessions of signed-in people in the {@code sessions}
 * table, known only by the hash of each cookie's token and shared by every instance of the service.
 */
package org.singlepassword.adapters.persistence.session;
