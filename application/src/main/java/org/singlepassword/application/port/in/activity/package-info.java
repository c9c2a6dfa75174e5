/**
 * Incoming ports: an account's recent activity, as the person sees it on My Profile and IT in the
 * audit.
 */
package org.singlepassword.application.port.in.activity;
