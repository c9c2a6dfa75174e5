/**
 * The administrators' command line: {@code java -jar single-password.jar admin …} creates and
 * imports accounts, shows, unlocks, expires, disables and enables them, lists what happened to them
 * and registers e-services. It is a driving client of a running Single-Password, talking to its
 * admin JSON API over HTTP with the admin token; it never opens the database.
 */
package org.singlepassword.bootstrap.cli;
