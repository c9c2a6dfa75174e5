/** Incoming ports: sign in with the single password, and the web session that follows. */
package org.singlepassword.application.port.in.signin;
