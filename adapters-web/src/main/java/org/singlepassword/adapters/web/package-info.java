/**
 * Incoming adapter: the web side of Single-Password, where people sign in, see My Profile, change
 * their single password or reset a forgotten one, in English or Traditional Chinese, where
 * e-services send people to sign in over CAS, and where e-services and administrators call the JSON
 * API. Start with {@link org.singlepassword.adapters.web.Routes}, which lists every address; {@link
 * org.singlepassword.adapters.web.WebServer} is what the bootstrap starts.
 */
package org.singlepassword.adapters.web;
