package org.singlepassword.adapters.persistence.account;

import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.password.PasswordHash;

/**
 * Part of the outgoing persistence adapter: one row of {@code password_history}, an earlier
 * password's hash at its place in the account's history, 0 the newest.
 */
record PasswordHistoryRow(String accountId, int position, String passwordHash) {

  static final RowMapper<PasswordHistoryRow> MAPPER =
      (row, context) ->
          new PasswordHistoryRow(
              row.getString("account_id"), row.getInt("position"), row.getString("password_hash"));

  /** The rows of an account's earlier passwords, newest first. */
  static List<PasswordHistoryRow> of(AccountState state) {
    List<PasswordHash> newestFirst = state.earlierPasswords().newestFirst();
    return IntStream.range(0, newestFirst.size())
        .mapToObj(
            position ->
                new PasswordHistoryRow(
                    state.id().toString(), position, newestFirst.get(position).encoded()))
        .toList();
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("accountId", accountId)
        .bind("position", position)
        .bind("passwordHash", passwordHash);
  }

  PasswordHash toDomain() {
    return new PasswordHash(passwordHash);
  }
}
