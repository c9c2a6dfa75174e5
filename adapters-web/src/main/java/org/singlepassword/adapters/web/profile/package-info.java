/**
 * Incoming adapter, HTML side: My Profile and, on its left menu, Account Password, where a person
 * follows the FAQ's steps to change the single password: the current password, the new one twice,
 * "Confirm". The page checks what belongs to the form (nothing left empty, the two new passwords
 * alike) and leaves the rest to {@code ChangePasswordUseCase}; the CAS sign-in shows the same form
 * on the way to an e-service when an initial or expired password must be changed first. My Profile
 * also warns before the password expires and lists the person's recent activity, so that a sign-in
 * that was not theirs shows.
 */
package org.singlepassword.adapters.web.profile;
