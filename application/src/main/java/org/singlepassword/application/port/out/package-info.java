/**
 * Outgoing ports: what the use cases need from the outside world (accounts, sessions, e-services,
 * transactions, the audit), named for their role; adapters implement them.
 */
package org.singlepassword.application.port.out;
