package org.singlepassword.application.port.in.accounts;

import java.util.List;
import org.singlepassword.application.port.in.ServiceBusyException;

/**
 * Incoming port: IT provisions a whole intake at once. Every account gets a generated initial
 * password that must be changed at the first sign-in; a row that exists already is left alone, so a
 * re-run is harmless.
 */
public interface ImportAccountsUseCase {

  /**
   * @return one outcome per row, in the file's order
   * @throws ServiceBusyException too many passwords are being checked at once; nothing was done
   */
  List<ImportedAccount> importAccounts(ImportAccountsCommand command);
}
