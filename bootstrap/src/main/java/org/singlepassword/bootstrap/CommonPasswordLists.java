package org.singlepassword.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.singlepassword.domain.password.CommonPasswords;

/**
 * Configuration: the common passwords the policy refuses, read once at start: the list built into
 * the jar (the 100,000 most common passwords from nbvcxz, ADR 0006) and, when {@code
 * SPS_PASSWORD_BLOCKLIST_FILE} names one, the institution's own. Reading files is I/O, so it is
 * done here at the edge; the domain receives the finished {@link CommonPasswords}.
 *
 * <p>A list is UTF-8 text, one password a line; a line is taken exactly as it is (spaces are part
 * of a password), and empty lines are skipped.
 */
public final class CommonPasswordLists {

  /** Where the build put the list (bootstrap/pom.xml), beside this class. */
  static final String BUNDLED = "common-passwords.txt";

  private CommonPasswordLists() {}

  /** The built-in list, and the institution's own when there is one. */
  public static CommonPasswords load(Optional<Path> ownList) {
    List<String> passwords = new ArrayList<>(bundledLines());
    ownList.ifPresent(path -> passwords.addAll(lines(path)));
    return CommonPasswords.of(passwords);
  }

  /** The built-in list alone: what the benchmark of a look-up loads. */
  public static CommonPasswords bundled() {
    return load(Optional.empty());
  }

  static List<String> bundledLines() {
    InputStream stream = CommonPasswordLists.class.getResourceAsStream(BUNDLED);
    if (stream == null) {
      throw new IllegalStateException(
          "the built-in list of common passwords is missing from the jar: rebuild with Maven");
    }
    try (stream) {
      return read(stream, BUNDLED);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static List<String> lines(Path path) {
    try (InputStream stream = Files.newInputStream(path)) {
      return read(stream, path.toString());
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot read the list of passwords " + path, failed);
    }
  }

  /** Lines as they are, without line ends; a byte-order mark is not part of the first one. */
  private static List<String> read(InputStream stream, String name) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                stream,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    List<String> lines = new ArrayList<>();
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
    } catch (CharacterCodingException notUtf8) {
      throw new IOException(name + " is not UTF-8 text (line " + (lines.size() + 1) + ")", notUtf8);
    }
    return lines;
  }
}
