/**
 * Incoming adapter, HTML side: signing in and out of the web forms. The sign-in page calls {@code
 * SignInUseCase} and, on success, {@code OpenSessionUseCase}; on failure it answers with the FAQ's
 * "Why does not my password work?" help, the same whether the account exists or not.
 */
package org.singlepassword.adapters.web.signin;
