/**
 * Outgoing adapter: the e-mails a person gets about their account — a reset link, "your password
 * was changed", "your password expires soon" — sent through the institution's SMTP server with
 * Jakarta Mail, or, on a machine without one, written as {@code .eml} files into an outbox folder
 * that any mail client opens.
 */
package org.singlepassword.adapters.mail;
