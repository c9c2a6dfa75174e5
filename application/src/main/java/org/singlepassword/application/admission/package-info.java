/**
 * Admission control: password hashing is the one costly thing the service does, so at most as many
 * hashes run at once as there are cores, a bounded number of requests wait for their turn, and one
 * more is told at once that the service is busy. Bootstrap puts it around the use cases and the
 * hasher; neither the domain nor the adapters know it is there.
 */
package org.singlepassword.application.admission;
