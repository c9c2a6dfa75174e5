package org.singlepassword.adapters.persistence.eservice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.singlepassword.adapters.persistence.KeyedInserts;
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

  private static final String SELECT_URLS =
      """
      SELECT e_service_id, position, url
        FROM e_service_urls
       WHERE e_service_id = :eServiceId
       ORDER BY position
      """;

  private static final String SELECT_ALL =
      """
      SELECT id, name, secret_hash, enabled
        FROM e_services
      """;

  private static final String SELECT_ALL_URLS =
      """
      SELECT e_service_id, position, url
        FROM e_service_urls
       ORDER BY e_service_id, position
      """;

  private static final String UPDATE =
      """
      UPDATE e_services
         SET name = :name, secret_hash = :secretHash, enabled = :enabled
       WHERE id = :id
      """;

  private static final String DELETE_URLS = "DELETE FROM e_service_urls WHERE e_service_id = :id";

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

  /** A new e-service, with its URLs in the same transaction: the caller's, or one of its own. */
  @Override
  public boolean addIfAbsent(EService eService) {
    EServiceRow row = EServiceRow.of(eService);
    return jdbi.inTransaction(
        handle -> {
          if (handle.createQuery(COUNT_TAKEN).bind("id", row.id()).mapTo(Long.class).one() > 0
              || !KeyedInserts.insertUnlessKeyTaken(
                  handle, row.bindTo(handle.createUpdate(INSERT)))) {
            return false;
          }
          insertUrls(handle, EServiceUrlRow.of(eService));
          return true;
        });
  }

  /**
   * Two queries whatever the number of e-services, since every CAS sign-in asks for the list.
   * Sorted by id in Java, as {@link String#compareTo} orders ids, not by the database's collation:
   * PostgreSQL's in most locales skips the {@code -} and puts {@code xa} before {@code x-b}.
   */
  @Override
  public List<EService> list() {
    return jdbi.withHandle(
        handle -> {
          Map<String, List<String>> urlsById =
              handle.createQuery(SELECT_ALL_URLS).map(EServiceUrlRow.MAPPER).list().stream()
                  .collect(
                      Collectors.groupingBy(
                          EServiceUrlRow::eServiceId,
                          Collectors.mapping(EServiceUrlRow::toDomain, Collectors.toList())));
          return handle.createQuery(SELECT_ALL).map(EServiceRow.MAPPER).list().stream()
              .map(row -> row.toDomain(urlsById.getOrDefault(row.id(), List.of())))
              .sorted(Comparator.comparing(eService -> eService.id().value()))
              .toList();
        });
  }

  /** The row and its URLs replaced in one transaction, so no reader sees half of a change. */
  @Override
  public boolean update(EService eService) {
    EServiceRow row = EServiceRow.of(eService);
    return jdbi.inTransaction(
        handle -> {
          if (row.bindTo(handle.createUpdate(UPDATE)).execute() == 0) {
            return false;
          }
          handle.createUpdate(DELETE_URLS).bind("id", row.id()).execute();
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
