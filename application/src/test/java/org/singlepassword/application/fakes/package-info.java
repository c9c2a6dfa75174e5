/**
 * Test doubles shared with every adapter's tests: in-memory adapters of the outgoing ports, a fast
 * fake hasher and recording spies.
 */
package org.singlepassword.application.fakes;
