package org.singlepassword.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A file of secrets that only the service's own user may read, written once. */
final class OwnerOnlyFile {

  private OwnerOnlyFile() {}

  /**
   * Creates the file with this text, unless it exists already.
   *
   * @return false, and nothing written, when the file existed (another instance was first)
   */
  static boolean createWith(Path file, String text) throws IOException {
    try {
      // Created with owner-only permissions from the start: never readable by others, not even
      // briefly.
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException raced) {
      return false;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return true;
  }
}
