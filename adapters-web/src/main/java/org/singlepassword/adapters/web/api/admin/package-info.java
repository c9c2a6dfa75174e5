/**
 * Incoming adapter, JSON side: what an administrator does through the API, behind the administrator
 * token: create a person's account with an initial password. Provisioning a whole intake from a
 * file lives in {@code imports}, looking after one account (lookup, unlock, forced change, disable,
 * audit) in {@code accounts}, and the e-services that use the single password in {@code services}.
 */
package org.singlepassword.adapters.web.api.admin;
