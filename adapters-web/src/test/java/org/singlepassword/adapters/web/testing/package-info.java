/**
 * Test support for the web side: the real {@code WebServer} on a free loopback port, a browser that
 * keeps cookies and never follows redirects, an API client, and the use cases as lambdas, small
 * fakes and a recording spy. No application service is used: the web side is tested against its
 * ports alone.
 */
package org.singlepassword.adapters.web.testing;
