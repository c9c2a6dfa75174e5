/**
 * Incoming adapter, JSON side: what IT does to one account after creating it, behind the
 * administrator token: look it up (status, password age, any lock), unlock it, force a password
 * change at the next sign-in, disable or enable it, and read what happened to it lately.
 */
package org.singlepassword.adapters.web.api.admin.accounts;
