/**
 * The run at scale: a database filled with up to a million accounts in bulk (one precomputed hash,
 * not a million hashes), and sign-in latency apart from hashing measured at each size.
 */
package org.singlepassword.benchmarks.scale;
