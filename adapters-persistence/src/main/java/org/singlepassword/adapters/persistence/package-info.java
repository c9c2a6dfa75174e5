/**
 * Outgoing adapter for persistence: where Single-Password keeps accounts and their password
 * histories, the registered e-services, the signed-in sessions, the reset links and expiry warnings
 * sent, and the audit trail, in a database reached through JDBI. By default an HSQLDB file under
 * the data directory, created and migrated at start; a use case's reads and writes form one
 * transaction, and every instant is stored in UTC to the microsecond.
 */
package org.singlepassword.adapters.persistence;
