/**
 * Domain: random secret tokens handed out once (session cookies, e-service secrets) and their
 * hashes, which are all that is stored.
 */
package org.singlepassword.domain.token;
