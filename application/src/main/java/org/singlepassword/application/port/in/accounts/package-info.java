/**
 * Incoming ports: what IT does to accounts after creating them: provision a whole intake from a
 * file, look an account up, unlock it, force a change, disable or enable it.
 */
package org.singlepassword.application.port.in.accounts;
