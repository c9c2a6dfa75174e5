/**
 * Incoming adapter, JSON side: what an administrator does through the API, behind the administrator
 * token: create a person's account with an initial password, and register an e-service that may
 * then use the single password.
 */
package org.singlepassword.adapters.web.api.admin;
