/**
 * Incoming ports: what people and e-services can ask of Single-Password, one interface per use
 * case, grouped by feature.
 */
package org.singlepassword.application.port.in;
