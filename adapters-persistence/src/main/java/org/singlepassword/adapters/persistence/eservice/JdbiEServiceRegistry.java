package org.singlepassword.adapters.persistence.eservice;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.singlepassword.adapters.persistence.SqlStates;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Outgoing adapter: the registered e-services and their service URLs, in the database through JDBI.
 * Registering an id that is taken stores nothing and says so.
 */
public final class JdbiEServiceRegistry implements EServiceRegistry {

  private static final String SELECT =
      """
      SELECT id, name, secret_hash, enabled
        FROM e_services
       WHERE id = :id
      """;

  private static final String SELECT_ALL = "SELECT id, name, secret_hash, enabled FROM e_services";

  private static final String SELECT_URLS =
      """
      SELECT e_service_id, position, url
        FROM e_service_urls
       WHERE e_service_id = :eServiceId
       ORDER BY position
      """;

  private static final String COUNT_TAKEN = "SELECT COUNT(*) FROM e_services WHERE id = :id";

  private static final String INSERT =
      """
      INSERT INTO e_services (id, name, secret_hash, enabled)
      VALUES (:id, :name, :secretHash, :enabled)
      """;

  private static final String INSERT_URL =
      """
      INSERT INTO e_service_urls (e_service_id, position, url)
      VALUES (:eServiceId, :position, :url)
      """;

  private final Jdbi jdbi;

  public JdbiEServiceRegistry(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public Optional<EService> find(EServiceId id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SELECT)
                .bind("id", id.value())
                .map(EServiceRow.MAPPER)
                .findOne()
                .map(row -> row.toDomain(serviceUrls(handle, row.id()))));
  }

  /** Sorted here rather than in SQL, where a database's collation may order '-' its own way. */
  @Override
  public List<EService> list() {
    return jdbi.withHandle(
        handle ->
            handle.createQuery(SELECT_ALL).map(EServiceRow.MAPPER).list().stream()
                .map(row -> row.toDomain(serviceUrls(handle, row.id())))
                .sorted(Comparator.comparing(eService -> eService.id().value()))
                .toList());
  }

  /** A new e-service, with its URLs in the same transaction: the caller's, or one of its own. */
  @Override
  public boolean addIfAbsent(EService eService) {
    EServiceRow row = EServiceRow.of(eService);
    return jdbi.inTransaction(
        handle -> {
          if (handle.createQuery(COUNT_TAKEN).bind("id", row.id()).mapTo(Long.class).one() > 0) {
            return false;
          }
          try {
            row.bindTo(handle.createUpdate(INSERT)).execute();
          } catch (UnableToExecuteStatementException failure) {
            if (SqlStates.isUniqueViolation(failure)) {
              return false;
            }
            throw failure;
          }
          insertUrls(handle, EServiceUrlRow.of(eService));
          return true;
        });
  }

  private static List<String> serviceUrls(Handle handle, String eServiceId) {
    return handle
        .createQuery(SELECT_URLS)
        .bind("eServiceId", eServiceId)
        .map(EServiceUrlRow.MAPPER)
        .list()
        .stream()
        .map(EServiceUrlRow::toDomain)
        .toList();
  }

  private static void insertUrls(Handle handle, List<EServiceUrlRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT_URL);
    for (EServiceUrlRow row : rows) {
      row.bindTo(batch).add();
    }
    batch.execute();
  }
}
