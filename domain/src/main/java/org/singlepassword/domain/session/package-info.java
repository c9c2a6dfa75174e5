/** Domain: a person's signed-in session on the web forms and the timeouts that end it. */
package org.singlepassword.domain.session;
