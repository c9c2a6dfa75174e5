package org.singlepassword.adapters.persistence.eservice;

import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.domain.eservice.EService;

/**
 * Part of the outgoing persistence adapter: one row of {@code e_service_urls}, a service URL at its
 * place in the e-service's list.
 */
record EServiceUrlRow(String eServiceId, int position, String url) {

  static final RowMapper<EServiceUrlRow> MAPPER =
      (row, context) ->
          new EServiceUrlRow(
              row.getString("e_service_id"), row.getInt("position"), row.getString("url"));

  /** The rows of an e-service's URLs, in the order it gave them. */
  static List<EServiceUrlRow> of(EService eService) {
    List<String> urls = eService.serviceUrls();
    return IntStream.range(0, urls.size())
        .mapToObj(
            position -> new EServiceUrlRow(eService.id().value(), position, urls.get(position)))
        .toList();
  }

  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement.bind("eServiceId", eServiceId).bind("position", position).bind("url", url);
  }

  String toDomain() {
    return url;
  }
}
