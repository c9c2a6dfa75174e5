/**
 * Incoming adapter, HTML side: who is signed in to this browser, and whether a submitted form
 * really comes from one of our pages. The session cookie carries a token whose hash the application
 * looks up; every form carries an anti-forgery token; pages behind "sign in first" are wrapped by
 * {@link org.singlepassword.adapters.web.session.SignedInOnly}, which also sends a person with an
 * initial or expired password to Account Password before anything else.
 */
package org.singlepassword.adapters.web.session;
