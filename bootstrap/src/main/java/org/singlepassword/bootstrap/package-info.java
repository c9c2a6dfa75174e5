/**
 * Bootstrap: the only place that knows every module. It reads the {@code SPS_*} settings, wires
 * each port to its adapter with Guice, and starts the service that people and e-services use.
 */
package org.singlepassword.bootstrap;
