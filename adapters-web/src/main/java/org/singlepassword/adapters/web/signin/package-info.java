/**
 * Incoming adapter, HTML side: signing in and out of the web forms. The Sign in form, on its own
 * page and in the CAS sign-in alike, calls {@code SignInUseCase} and, on success, {@code
 * OpenSessionUseCase}; on a wrong password it answers with the FAQ's "Why does not my password
 * work?" help, the same whether the account exists or not. A locked account is told when it
 * unlocks, a disabled one to contact IT Help, and too many attempts from one address are held off
 * for a while.
 */
package org.singlepassword.adapters.web.signin;
