/**
 * The HTTP load run: the built jar started as a child process on loopback, closed-loop clients of
 * our own over plain sockets, and the figures BENCHMARKS.md reports (throughput, p50/p99 latency,
 * start-up time, resident memory).
 */
package org.singlepassword.benchmarks.load;
