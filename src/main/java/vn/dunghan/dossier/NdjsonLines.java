package vn.dunghan.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of an NDJSON body as bytes, split on LF before any decoding, so that each line is
 * decoded (and refused) on its own. A line longer than {@link #MAX_LINE} bytes is cut there and
 * then fails as JSON: a dossier with its history is a few kilobytes.
 */
final class NdjsonLines {

  static final int MAX_LINE = 4 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private int number;
  private boolean ended;

  NdjsonLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its LF, or null at the end of the body. */
  byte[] next() throws IOException {
    if (ended) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          ended = true;
          limit = 0;
          number++;
          return line.size() == 0 ? null : line.toByteArray();
        }
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      if (line.size() < MAX_LINE) {
        line.write(buffer, start, Math.min(position - start, MAX_LINE - line.size()));
      }
      if (position < limit) {
        position++; // the LF
        number++;
        return line.toByteArray();
      }
    }
  }

  /** The 1-based number of the line last returned. */
  int number() {
    return number;
  }

  /** The length of {@code line} without a trailing CR (CRLF line ends). */
  static int trimmedLength(byte[] line) {
    int length = line.length;
    return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
  }
}
