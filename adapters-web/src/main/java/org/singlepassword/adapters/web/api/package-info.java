/**
 * Incoming adapter, JSON side: what every endpoint of the API v1 shares. Requests are read strictly
 * (JSON in UTF-8, no unknown fields, no more than the size limit), each string is parsed into its
 * value object at the edge, and every failure is an RFC 9457 problem whose type, listed in {@link
 * org.singlepassword.adapters.web.api.Problems}, an e-service can rely on.
 */
package org.singlepassword.adapters.web.api;
