/**
 * Benchmarks: how fast the service is and how it holds under load, measured the same way each time
 * (BENCHMARKS.md). Outside the hexagon: it drives the built jar over HTTP and uses the adapters
 * directly only to time a hash and to fill a database.
 */
package org.singlepassword.benchmarks;
