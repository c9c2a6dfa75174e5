/**
 * Incoming adapter, JSON side: "Forgot your password?" for e-services and apps. Asking for a link
 * is an e-service's call, answered 202 whatever the account; setting the new password with the
 * link's token is open, like the reset page, and rate limited per connection.
 */
package org.singlepassword.adapters.web.api.reset;
