package org.singlepassword.application.port.in.accounts;

import java.util.List;

/** A whole intake to provision at once, in the order of the administrator's file. */
public record ImportAccountsCommand(List<NewAccount> accounts) {

  public ImportAccountsCommand {
    accounts = List.copyOf(accounts);
  }
}
