/**
 * Incoming ports: how an e-service proves who it is before acting for its users, and how
 * administrators look after the registered e-services.
 */
package org.singlepassword.application.port.in.eservice;
