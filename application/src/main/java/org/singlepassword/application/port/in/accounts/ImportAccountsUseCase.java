package org.singlepassword.application.port.in.accounts;

import java.util.List;

/**
 * Incoming port: IT provisions a whole intake at once. Every account gets a generated initial
 * password that must be changed at the first sign-in; a row that exists already is left alone, so a
 * re-run is harmless.
 */
public interface ImportAccountsUseCase {

  /**
   * @return one outcome per row, in the file's order
   */
  List<ImportedAccount> importAccounts(ImportAccountsCommand command);
}
