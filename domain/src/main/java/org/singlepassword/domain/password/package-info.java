/**
 * Domain: the password itself, a secret that never prints, its salted hash, the hasher the domain
 * needs, the history of earlier passwords, and the list of common passwords nobody may choose.
 */
package org.singlepassword.domain.password;
