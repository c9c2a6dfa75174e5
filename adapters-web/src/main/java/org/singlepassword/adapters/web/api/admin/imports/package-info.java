/**
 * Incoming adapter, JSON side's one CSV endpoint: an administrator provisions a whole intake from a
 * file, {@code username,email,displayName}, and gets back one line per row: {@code created} with
 * the initial password to hand over, {@code exists}, or {@code error} with the reason. Rows are
 * parsed here, at the edge; only valid ones reach {@code ImportAccountsUseCase}.
 */
package org.singlepassword.adapters.web.api.admin.imports;
