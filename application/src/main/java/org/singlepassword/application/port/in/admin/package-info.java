/** Incoming ports: what IT administrators do: provision accounts and register e-services. */
package org.singlepassword.application.port.in.admin;
