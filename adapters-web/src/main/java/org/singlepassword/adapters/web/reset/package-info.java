/**
 * Incoming adapter, HTML side: "Forgot your password?". A person asks for a link by username or
 * e-mail address and is told the same whether or not the account exists ({@code
 * RequestPasswordResetUseCase}); the link opens the reset page, where the new password meets the
 * full policy and history ({@code ConfirmPasswordResetUseCase}) and every session of the account
 * ends.
 */
package org.singlepassword.adapters.web.reset;
