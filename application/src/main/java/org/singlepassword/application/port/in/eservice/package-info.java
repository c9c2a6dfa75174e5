/** Incoming ports: how an e-service proves who it is before acting for its users. */
package org.singlepassword.application.port.in.eservice;
