package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every dialect has exactly the scripts {@link Migrations} lists, by the same names: a version
 * added for one database and forgotten for another fails here, not at a college's first start.
 */
class MigrationScriptsTest {

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void eachDialectHasAScriptOfEveryListedNameAndNoOther(Dialect dialect)
      throws IOException, URISyntaxException {
    Path folder =
        Path.of(getClass().getClassLoader().getResource(dialect.migrationLocation()).toURI());
    List<String> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.map(file -> file.getFileName().toString()).sorted().toList();
    }

    assertEquals(Migrations.SCRIPT_NAMES.stream().sorted().toList(), files);
  }
}
