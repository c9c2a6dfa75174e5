package org.singlepassword.adapters.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP over a plain socket, byte for byte as a hostile client writes it: any method, target, header
 * (CR and LF in it included) and body, which no well-behaved client library would send. Each
 * request closes its connection, so the answer is read to the end of the stream.
 */
public final class RawHttp {

  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** What came back; empty when the server closed the connection without a word. */
  public record Answer(int status, Map<String, String> headers, String body) {

    /** A header by its name in lower case. */
    public Optional<String> header(String lowerCaseName) {
      return Optional.ofNullable(headers.get(lowerCaseName));
    }
  }

  /**
   * Sends the request head (the request line and header lines, CRLF-separated, without the blank
   * line) and the body, with {@code Host}, {@code Content-Length} and {@code Connection: close}
   * added.
   */
  public Optional<Answer> send(String head, byte[] body) {
    byte[] start =
        (head
                + "\r\nHost: 127.0.0.1\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(start);
        out.write(body);
        out.flush();
      } catch (IOException refusedMidway) {
        // The server may answer and close before reading a body it refuses: read what it said.
      }
      return parse(readAll(socket.getInputStream()));
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        received.write(buffer, 0, read);
      }
    } catch (SocketTimeoutException | java.net.SocketException cutOff) {
      // What arrived before the connection ended is the answer.
    }
    return received.toByteArray();
  }

  private static Optional<Answer> parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int endOfHead = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || endOfHead < 0) {
      return Optional.empty();
    }
    String[] lines = text.substring(0, endOfHead).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    String body =
        new String(bytes, endOfHead + 4, bytes.length - endOfHead - 4, StandardCharsets.UTF_8);
    return Optional.of(new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, body));
  }
}
