/**
 * Outgoing adapter: Argon2id password hashing. An Account Password is never stored; this package
 * turns it into a salted, memory-hard Argon2id hash (RFC 9106) with Bouncy Castle's pure-Java
 * implementation, keeps it as the PHC string every Argon2 library reads, and checks a typed
 * password against it at sign-in and when the password is changed.
 */
package org.singlepassword.adapters.argon2;
