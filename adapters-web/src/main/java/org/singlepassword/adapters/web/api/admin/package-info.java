/**
 * Incoming adapter, JSON side: what an administrator does through the API, behind the administrator
 * token: create a person's account with an initial password, and register an e-service that may
 * then use the single password. Provisioning a whole intake from a file lives in {@code imports},
 * looking after one account (lookup, unlock, forced change, disable, audit) in {@code accounts}.
 */
package org.singlepassword.adapters.web.api.admin;
