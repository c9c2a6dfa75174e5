/**
 * Incoming adapter, shared by pages and API: sign-in protection at the edge. Each client address
 * may make only so many password attempts a minute ({@link
 * org.singlepassword.adapters.web.ratelimit.AttemptLimiter}); the address is parsed strictly
 * ({@link org.singlepassword.adapters.web.ratelimit.IpAddress}) so that one address cannot pass for
 * many. The account lockout in the core is the second line, per account rather than per address.
 */
package org.singlepassword.adapters.web.ratelimit;
