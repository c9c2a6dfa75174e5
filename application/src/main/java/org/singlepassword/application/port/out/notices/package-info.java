/**
 * Outgoing port: the e-mails a person gets about their account (a reset link, "your password was
 * changed", "your password expires soon"), as notices that adapters word and deliver.
 */
package org.singlepassword.application.port.out.notices;
