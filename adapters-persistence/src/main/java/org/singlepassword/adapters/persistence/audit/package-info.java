/**
 * Outgoing adapter for the audit trail: what happened to each account (sign-ins, password changes)
 * and when, appended to the {@code audit_events} table for the person and for IT, never changed.
 */
package org.singlepassword.adapters.persistence.audit;
