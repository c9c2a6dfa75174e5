/**
 * JMH micro-benchmarks of the two things a password change computes: the policy's verdict and one
 * Argon2id hash.
 */
package org.singlepassword.benchmarks.jmh;
