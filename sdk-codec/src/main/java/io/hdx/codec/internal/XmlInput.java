package io.hdx.codec.internal;

import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeWarning;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens a hardened StAX reader on an input: the one way every document is read (decoding, re-encoding's tree,
 * XML equivalence). It bounds the input's size ({@link CdaCodec.Bounded}), runs it through a
 * {@link MarkupScanner} so that every {@link DecodeLimits} bound bites while reading, and decodes any encoding
 * other than UTF-8 itself with a reporting {@link CharsetDecoder}.
 *
 * <p>Why the decoding: the parsers decode UTF-8 themselves and refuse a malformed sequence, but read other
 * encodings (GBK, GB18030, UTF-16) through a replacing decoder, so that damaged bytes silently became U+FFFD and
 * a patient's name could turn into other real characters (issue 9). Here a malformed or unmappable sequence is
 * an {@link EncodingDamaged} failure in strict mode ("not well-formed", XML 1.0 §4.3.3: it is a fatal error for
 * an entity to contain bytes not valid in its encoding), and in lenient mode a U+FFFD with a warning naming the
 * byte offset and line, never the bytes. The encoding is detected as XML 1.0 Appendix F describes: byte order
 * mark, the first characters of the XML declaration, then its encoding declaration.
 *
 * <p>Thread safety: immutable; {@link #open} may be called from several threads at once.
 */
final class XmlInput {
  /** Code of a lenient decode's warning about a damaged byte sequence, read as U+FFFD. */
  static final String DAMAGED_BYTES = "CDA-0920";
  /** At most this many damaged-sequence warnings per document; then one more saying there were more. */
  private static final int MAX_DAMAGE_WARNINGS = 100;
  /** Bytes read ahead to detect the encoding: an XML declaration is far shorter. */
  private static final int HEAD = 256;

  private final XMLInputFactory factory;
  private final DecodeLimits limits;

  XmlInput(XMLInputFactory factory, DecodeLimits limits) {
    this.factory = factory;
    this.limits = limits;
  }

  /**
   * A reader over {@code in} (not closed); warnings about damaged byte sequences are added to {@code warnings}
   * while it reads (lenient), or reading fails with {@link EncodingDamaged} (strict).
   */
  XMLStreamReader open(InputStream in, boolean strict, List<DecodeWarning> warnings) throws XMLStreamException {
    InputStream bounded = new CdaCodec.Bounded(in, limits.maxDocumentBytes());
    byte[] head = new byte[HEAD];
    int n;
    try {
      n = readFully(bounded, head);
    } catch (IOException e) {
      throw new XMLStreamException("the input could not be read", e);
    }
    InputStream all = n < HEAD ? new ByteArrayInputStream(head, 0, n)
        : new SequenceInputStream(new ByteArrayInputStream(head, 0, n), bounded);
    Charset charset = detect(head, n);
    MarkupScanner scanner = new MarkupScanner(limits);
    if (charset == null) {
      return factory.createXMLStreamReader(new ScannedStream(all, scanner));
    }
    return factory.createXMLStreamReader(
        new ScannedReader(new DecodingReader(all, charset, strict, warnings), scanner));
  }

  private static int readFully(InputStream in, byte[] buf) throws IOException {
    int n = 0;
    while (n < buf.length) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /**
   * The encoding of a document starting with {@code head[0..n)}, or null for UTF-8 (and for a name no charset
   * of this JVM supports, which the parser then refuses itself). XML 1.0 Appendix F.
   */
  static Charset detect(byte[] head, int n) {
    if (n >= 4) {
      int b0 = head[0] & 0xFF;
      int b1 = head[1] & 0xFF;
      int b2 = head[2] & 0xFF;
      int b3 = head[3] & 0xFF;
      if ((b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) || (b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<')) {
        return Charset.forName("UTF-32BE");
      }
      if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0)) {
        return Charset.forName("UTF-32LE");
      }
      if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
        return StandardCharsets.UTF_16BE;
      }
      if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
        return StandardCharsets.UTF_16LE;
      }
    }
    if (n >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)
        || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
      return StandardCharsets.UTF_16; // reads and drops the byte order mark
    }
    String declared = declaredEncoding(head, n);
    if (declared == null) {
      return null;
    }
    try {
      Charset c = Charset.forName(declared);
      return c.equals(StandardCharsets.UTF_8) ? null : c;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The encoding declared in an XML declaration at the start of {@code head}, or null. */
  private static String declaredEncoding(byte[] head, int n) {
    if (n < 6 || head[0] != '<' || head[1] != '?' || head[2] != 'x' || head[3] != 'm' || head[4] != 'l') {
      return null;
    }
    int end = 5;
    while (end + 1 < n && !(head[end] == '?' && head[end + 1] == '>')) {
      end++;
    }
    String decl = new String(head, 0, end, StandardCharsets.ISO_8859_1);
    int at = decl.indexOf("encoding");
    if (at < 0) {
      return null;
    }
    int i = decl.indexOf('=', at);
    while (i >= 0 && ++i < decl.length() && (decl.charAt(i) == ' ' || decl.charAt(i) == '\t'
        || decl.charAt(i) == '\r' || decl.charAt(i) == '\n')) {
      // skip blanks after '=' (XML 1.0 §2.8 Eq)
    }
    if (i < 0 || i >= decl.length() || (decl.charAt(i) != '"' && decl.charAt(i) != '\'')) {
      return null;
    }
    int close = decl.indexOf(decl.charAt(i), i + 1);
    return close < 0 ? null : decl.substring(i + 1, close).toUpperCase(Locale.ROOT);
  }

  /** Thrown by a strict read when a byte sequence is not valid in the document's encoding. */
  static final class EncodingDamaged extends IOException {
    private static final long serialVersionUID = 1L;

    EncodingDamaged(String charset, long offset) {
      super("a byte sequence is not valid " + charset + " (byte offset " + offset + ")");
    }
  }

  /** Feeds the bytes read through the scanner; past a breach, delivers what came before it, then fails. */
  static final class ScannedStream extends FilterInputStream {
    private final MarkupScanner scanner;

    ScannedStream(InputStream in, MarkupScanner scanner) {
      super(in);
      this.scanner = scanner;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      scanner.check();
      int n = in.read(b, off, len);
      return n <= 0 ? n : scanner.deliverable(b, off, n);
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(n, 4096)];
      int r = read(buf, 0, buf.length);
      return r < 0 ? 0 : r;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** As {@link ScannedStream}, over characters (each scanned as {@link MarkupScanner#unit(char)}). */
  static final class ScannedReader extends Reader {
    private final Reader in;
    private final MarkupScanner scanner;
    private byte[] units = new byte[0];

    ScannedReader(Reader in, MarkupScanner scanner) {
      this.in = in;
      this.scanner = scanner;
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
      scanner.check();
      int n = in.read(c, off, len);
      if (n <= 0) {
        return n;
      }
      if (units.length < n) {
        units = new byte[Math.max(n, 8192)];
      }
      for (int i = 0; i < n; i++) {
        units[i] = MarkupScanner.unit(c[off + i]);
      }
      return scanner.deliverable(units, 0, n);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Decodes bytes with a decoder that reports malformed and unmappable input (never the JDK readers'
   * silent replacement): strict fails, lenient writes U+FFFD and warns with the byte offset and line.
   */
  static final class DecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String charset;
    private final boolean strict;
    private final List<DecodeWarning> warnings;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    /** Bytes of the input before {@code bytes}' first. */
    private long consumed;
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    /** The index in the caller's buffer up to which {@link #line} counts. */
    private int lined;
    private int damaged;

    DecodingReader(InputStream in, Charset charset, boolean strict, List<DecodeWarning> warnings) {
      this.in = in;
      this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      this.charset = charset.name();
      this.strict = strict;
      this.warnings = warnings;
      bytes.flip();
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(c, off, len);
      lined = off;
      while (out.position() == off) {
        if (flushed) {
          return -1;
        }
        CoderResult r = decoder.decode(bytes, out, eof);
        if (r.isError()) {
          countLines(c, out.position());
          damage(consumed + bytes.position());
          bytes.position(bytes.position() + r.length());
          out.put('\uFFFD');
        } else if (r.isOverflow()) {
          break;
        } else if (eof) {
          decoder.flush(out);
          flushed = true;
        } else {
          fill();
        }
      }
      int n = out.position() - off;
      countLines(c, off + n);
      return n == 0 && flushed ? -1 : n;
    }

    /** Counts the line feeds read into {@code c} up to {@code end} not counted yet. */
    private void countLines(char[] c, int end) {
      for (int i = lined; i < end; i++) {
        if (c[i] == '\n') {
          line++;
        }
      }
      lined = end;
    }

    private void fill() throws IOException {
      consumed += bytes.position();
      bytes.compact();
      int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (r < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + r);
      }
      bytes.flip();
    }

    private void damage(long offset) throws IOException {
      if (strict) {
        throw new EncodingDamaged(charset, offset);
      }
      if (++damaged <= MAX_DAMAGE_WARNINGS) {
        warnings.add(new DecodeWarning(DAMAGED_BYTES, "", line, -1, "a byte sequence is not valid " + charset
            + " (byte offset " + offset + "); read as U+FFFD"));
      } else if (damaged == MAX_DAMAGE_WARNINGS + 1) {
        warnings.add(new DecodeWarning(DAMAGED_BYTES, "", line, -1, "more byte sequences are not valid "
            + charset + "; each read as U+FFFD"));
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
