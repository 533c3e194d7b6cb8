package io.hdx.codec.internal;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.model.ValidationException;
import io.hdx.model.document.ClinicalDocument;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Runs the writer and the reader on the StAX factories of {@link StaxFactories} and turns every failure into a {@link CodecException}.
 *
 * <p>Thread safety: immutable after construction; share one instance.
 */
public final class CdaCodec {
  private final XmlInput input;
  private final XMLOutputFactory output;
  private final DecodeLimits limits;

  /** A codec reading within {@code limits}. */
  public CdaCodec(DecodeLimits limits) {
    this(limits, StaxFactories.input(limits), StaxFactories.output());
  }

  /** A codec on the given factories (tests run every hostile input on each parser). */
  CdaCodec(DecodeLimits limits, XMLInputFactory input, XMLOutputFactory output) {
    this.limits = limits;
    this.input = new XmlInput(input, limits);
    this.output = output;
  }

  /** Writes {@code doc} as UTF-8 CDA XML to {@code out} (not closed). */
  public void encode(ClinicalDocument doc, OutputStream out) {
    CdaWriter writer = null;
    try {
      XMLStreamWriter w = output.createXMLStreamWriter(out, "UTF-8");
      writer = new CdaWriter(w);
      writer.write(doc);
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new CodecException(CdaWriter.writeErrorCode(), "XML could not be written (invalid character or I/O failure)",
          writer == null ? "" : writer.xpath(), -1, -1, e);
    }
  }

  /**
   * Writes {@code doc} losslessly against the XML it was decoded from: {@code source} when nothing changed
   * ({@code doc} renders exactly as {@code decoded} does), otherwise {@code source} with the changes from
   * {@code decoded} to {@code doc} merged in ({@link TreeMerge}).
   */
  public byte[] reencode(ClinicalDocument doc, byte[] source, ClinicalDocument decoded) {
    byte[] now = encode(doc);
    byte[] before = doc.equals(decoded) ? now : encode(decoded);
    if (Arrays.equals(now, before)) {
      return source.clone();
    }
    XmlTree.Document merged;
    try {
      merged = TreeMerge.merge(XmlTree.parse(input, source), XmlTree.parse(input, before),
          XmlTree.parse(input, now));
    } catch (XMLStreamException e) {
      throw fromStax(e, null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + 1024);
    try {
      XMLStreamWriter w = output.createXMLStreamWriter(out, "UTF-8");
      new XmlTreeWriter(w).write(merged);
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new CodecException(CdaWriter.writeErrorCode(), "XML could not be written (invalid character or I/O failure)",
          "", -1, -1, e);
    }
    return out.toByteArray();
  }

  private byte[] encode(ClinicalDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    encode(doc, out);
    return out.toByteArray();
  }

  /**
   * Reads all of {@code in} (not closed) within the document size limit.
   *
   * @throws CodecException {@code CDA-0004} past the limit, {@code CDA-0002} when it cannot be read
   */
  public byte[] readAll(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    byte[] buf = new byte[16384];
    try {
      InputStream bounded = new Bounded(in, limits.maxDocumentBytes());
      for (int n = bounded.read(buf); n >= 0; n = bounded.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (LimitExceeded e) {
      throw new CodecException("CDA-0004", "a decode limit was exceeded (document size)", "", -1, -1, e);
    } catch (IOException e) {
      throw new CodecException("CDA-0002", "the input could not be read", "", -1, -1, e);
    }
    return out.toByteArray();
  }

  /** Reads one document from {@code in} (not closed); {@code strict} refuses the deviations lenient mode reports. */
  public DecodeResult decode(InputStream in, boolean strict) {
    XMLStreamReader r;
    List<DecodeWarning> damaged = new ArrayList<>(0);
    try {
      r = input.open(in, strict, damaged);
    } catch (XMLStreamException e) {
      throw fromStax(e, null);
    }
    XmlCursor cursor = new XmlCursor(r, strict);
    CdaReader reader = new CdaReader(cursor);
    try {
      ClinicalDocument doc = reader.read();
      if (damaged.isEmpty()) {
        return new DecodeResult(doc, reader.warnings());
      }
      damaged.addAll(reader.warnings());
      return new DecodeResult(doc, damaged);
    } catch (XMLStreamException e) {
      throw fromStax(e, cursor);
    } catch (ValidationException | IllegalArgumentException e) {
      throw CdaReader.invalid(cursor, e);
    } finally {
      closeQuietly(r);
    }
  }

  private static void closeQuietly(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // Closing a reader releases parser buffers only; the input stream belongs to the caller.
      return;
    }
  }

  private static CodecException fromStax(XMLStreamException e, XmlCursor cursor) {
    String code;
    String rule;
    LimitExceeded limit = find(e, LimitExceeded.class);
    XmlInput.EncodingDamaged damaged = find(e, XmlInput.EncodingDamaged.class);
    if (limit != null) {
      code = "CDA-0004";
      rule = "a decode limit was exceeded (" + limit.limit + ")";
    } else if (isLimit(e)) {
      code = "CDA-0004";
      rule = "a decode limit was exceeded (depth, attributes, size, text length or entity expansions)";
    } else if (damaged != null) {
      code = "CDA-0001";
      rule = "input is not well-formed XML: " + damaged.getMessage() + " (XML 1.0 §4.3.3)";
    } else if (isEndOfInput(e)) {
      code = "CDA-0005";
      rule = "empty or truncated input";
    } else if (find(e, IOException.class) != null) {
      code = "CDA-0002";
      rule = "the input could not be read";
    } else if (mentions(e, "entity")) {
      code = "CDA-0003";
      rule = "entity references other than the predefined ones are refused";
    } else {
      code = "CDA-0001";
      rule = "input is not well-formed XML";
    }
    Location l = e.getLocation();
    if (cursor == null) {
      return new CodecException(code, rule, "", l == null ? -1 : l.getLineNumber(),
          l == null ? -1 : l.getColumnNumber(), e);
    }
    return cursor.error(code, rule, l, e);
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static boolean isLimit(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return m.contains("limit") && m.contains("exceed");
  }

  /**
   * Whether the parser failed because the input ended early, told by its message, the one thing both
   * parsers share: Aalto says "Unexpected End-of-input ..." or "Unexpected end-of-input ...", Woodstox
   * "Unexpected EOF ..." or "Unexpected end of input block ..." (the messages of its WstxEOFException).
   */
  private static boolean isEndOfInput(XMLStreamException e) {
    return mentions(e, "end-of-input") || mentions(e, "end of input") || mentions(e, "unexpected eof");
  }

  private static boolean mentions(Throwable e, String word) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains(word);
  }

  /** Thrown by {@link Bounded} and {@link MarkupScanner}'s streams when a limit is passed. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
    /** The limit, e.g. "document size"; never a value. */
    final String limit;

    LimitExceeded(String limit) {
      super(limit + " limit exceeded");
      this.limit = limit;
    }
  }

  /** Counts bytes read and fails past the limit. */
  static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > max) {
        throw new LimitExceeded("document size");
      }
    }
  }
}
