package org.singlepassword.adapters.persistence.eservice;

import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.TokenHash;

/**
 * Part of the outgoing persistence adapter: one row of {@code e_services}, a registered e-service
 * without its service URLs.
 */
record EServiceRow(String id, String name, String secretHash, boolean enabled) {

  static final RowMapper<EServiceRow> MAPPER =
      (row, context) ->
          new EServiceRow(
              row.getString("id"),
              row.getString("name"),
              row.getString("secret_hash"),
              row.getBoolean("enabled"));

  static EServiceRow of(EService eService) {
    return new EServiceRow(
        eService.id().value(), eService.name(), eService.secretHash().value(), eService.enabled());
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("id", id)
        .bind("name", name)
        .bind("secretHash", secretHash)
        .bind("enabled", enabled);
  }

  /** The e-service this row and its service URLs, in order, make up. */
  EService toDomain(List<String> serviceUrls) {
    return new EService(new EServiceId(id), name, serviceUrls, new TokenHash(secretHash), enabled);
  }
}
