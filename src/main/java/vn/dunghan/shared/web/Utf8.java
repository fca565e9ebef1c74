package vn.dunghan.shared.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-8 read strictly (RFC 3629 section 3): an overlong form ({@code C0 AF} for {@code /}), an
 * encoded surrogate, a code point above U+10FFFF, a stray continuation byte or a sequence cut short
 * is an error, never decoded into another character and never replaced by U+FFFD. A lenient decoder
 * turns a code sent with an overlong sequence into a different code, which is then stored.
 */
public final class Utf8 {

  private Utf8() {}

  /** The text of {@code bytes}, or empty when they are not strict UTF-8. */
  public static Optional<String> decode(byte[] bytes, int offset, int length) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The first character that has no place in a code, a name or a free text a person typed: C0
   * controls other than tab, line feed and carriage return (NUL above all: PostgreSQL refuses it in
   * text), DEL, the C1 controls, a surrogate without its pair, and the noncharacters U+FFFE and
   * U+FFFF. -1 when there is none.
   */
  public static int firstForbidden(CharSequence text) {
    return firstForbidden(text, true);
  }

  /**
   * The same, where tab, line feed and carriage return are forbidden too unless {@code
   * lineBreaksAllowed} (they belong in a typed text, never in a URL).
   */
  public static int firstForbidden(CharSequence text, boolean lineBreaksAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (!lineBreaksAllowed || (c != '\t' && c != '\n' && c != '\r')) {
          return i;
        }
      } else if (c >= 0x7f && c <= 0x9f) {
        return i;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return i;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || c == 0xfffe || c == 0xffff) {
        return i;
      }
    }
    return -1;
  }

  /** How a forbidden character is named in a problem: its code point, never the raw character. */
  public static String describe(CharSequence text, int index) {
    return String.format("U+%04X at position %d", (int) text.charAt(index), index + 1);
  }

  /** A stream that passes bytes through and fails at the first one that breaks strict UTF-8. */
  public static InputStream strict(InputStream in) {
    return new Strict(in);
  }

  /**
   * Thrown from a {@link #strict} stream; an unchecked exception so JSON readers do not wrap it.
   */
  public static final class Malformed extends RuntimeException {
    private final long offset;

    Malformed(long offset) {
      super("the body is not valid UTF-8 at byte " + offset, null, false, false);
      this.offset = offset;
    }

    public long offset() {
      return offset;
    }
  }

  /**
   * Validates with a small automaton: {@code pending} continuation bytes still expected, the first
   * of them restricted to {@code [low, high]} (which is what rules out overlong forms, surrogates
   * and code points past U+10FFFF), the others to {@code 80..BF}.
   */
  static final class Strict extends FilterInputStream {
    private int pending;
    private int low = 0x80;
    private int high = 0xbf;
    private long position;

    Strict(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        end();
      } else {
        check(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        end();
        return n;
      }
      for (int i = offset; i < offset + n; i++) {
        check(buffer[i] & 0xff);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes would escape the check: read them instead.
      byte[] scratch = new byte[(int) Math.min(n, 8192)];
      int read = read(scratch, 0, scratch.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void end() {
      if (pending > 0) {
        throw new Malformed(position);
      }
    }

    private void check(int b) {
      position++;
      if (pending > 0) {
        if (b < low || b > high) {
          throw new Malformed(position);
        }
        pending--;
        low = 0x80;
        high = 0xbf;
        return;
      }
      if (b < 0x80) {
        return;
      }
      if (b >= 0xc2 && b <= 0xdf) {
        pending = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        pending = 2;
        if (b == 0xe0) {
          low = 0xa0; // below is an overlong form of U+0000..U+07FF
        } else if (b == 0xed) {
          high = 0x9f; // above are the surrogates U+D800..U+DFFF
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        pending = 3;
        if (b == 0xf0) {
          low = 0x90; // below is an overlong form of U+0000..U+FFFF
        } else if (b == 0xf4) {
          high = 0x8f; // above is past U+10FFFF
        }
      } else {
        throw new Malformed(position); // a continuation byte, C0, C1 or F5..FF
      }
    }
  }
}
