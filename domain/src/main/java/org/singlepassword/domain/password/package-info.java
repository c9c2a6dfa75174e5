/**
 * Domain: the password itself, a secret that never prints, its salted hash, the hasher the domain
 * needs, and the history of earlier passwords.
 */
package org.singlepassword.domain.password;
