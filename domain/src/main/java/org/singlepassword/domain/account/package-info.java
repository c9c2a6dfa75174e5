/**
 * Domain: the single-password account, one per person for every e-service, with the password it
 * holds, what the person must do next and through what the password was last set.
 */
package org.singlepassword.domain.account;
