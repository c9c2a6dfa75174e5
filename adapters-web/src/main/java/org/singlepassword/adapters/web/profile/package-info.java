/**
 * Incoming adapter, HTML side: My Profile and, on its left menu, Account Password, where a person
 * follows the FAQ's steps to change the single password: the current password, the new one twice,
 * "Confirm". The page checks what belongs to the form (nothing left empty, the two new passwords
 * alike) and leaves the rest to {@code ChangePasswordUseCase}.
 */
package org.singlepassword.adapters.web.profile;
