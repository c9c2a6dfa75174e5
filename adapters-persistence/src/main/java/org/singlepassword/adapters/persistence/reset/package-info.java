/**
 * Outgoing adapter for the "Forgot password" e-mails: the reset links in flight in the {@code
 * password_resets} table, known only by the hash of each link's token, and in {@code
 * expiry_warnings} the "your password expires soon" e-mails already sent, one per password, shared
 * by every instance of the service.
 */
package org.singlepassword.adapters.persistence.reset;
