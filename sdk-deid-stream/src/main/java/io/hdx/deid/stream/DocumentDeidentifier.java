package io.hdx.deid.stream;

import io.hdx.codec.CodecException;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * De-identifies decoded documents: a {@link ClinicalDocument} or a generated typed document
 * ({@code AdmissionRecord}, ...). The document is encoded as CDA, passed through the {@link
 * CdaStreamDeidentifier} of the same engine, and decoded again, so a typed document and its raw XML
 * are de-identified by one set of rules and give the same result: every datum the layout lists
 * treated by its category, free text scanned, and content the model does not know (a vendor's
 * extension the decoder kept) removed. The cost is one encode and one decode on top of the stream.
 *
 * <pre>{@code
 * DocumentDeidentifier deid = DocumentDeidentifier.create(engine);
 * DeidRun run = engine.newRun();
 * AdmissionRecord safe = deid.deidentify(record, run);   // the same typed class
 * }</pre>
 *
 * <p>Thread safety: immutable; share it.
 *
 * @since 0.1.0
 */
public final class DocumentDeidentifier {
  private final CdaStreamDeidentifier stream;
  private final CdaEncoder encoder = CdaEncoder.create();
  private final CdaDecoder decoder = CdaDecoder.create();

  private DocumentDeidentifier(CdaStreamDeidentifier stream) {
    this.stream = stream;
  }

  /** A document de-identifier for {@code engine}. */
  public static DocumentDeidentifier create(Deidentifier engine) {
    return new DocumentDeidentifier(CdaStreamDeidentifier.create(Objects.requireNonNull(engine, "engine")));
  }

  /** The engine. */
  public Deidentifier engine() {
    return stream.engine();
  }

  /**
   * The de-identified form of {@code document}, counting into {@code run} (one document).
   *
   * @throws CodecException when the document cannot be encoded (an HDX error code, never content)
   */
  public ClinicalDocument deidentify(ClinicalDocument document, DeidRun run) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(run, "run");
    byte[] xml = encoder.encode(document);
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
    stream.deidentify(new ByteArrayInputStream(xml), out, run);
    return decoder.decode(out.toByteArray()).document();
  }

  /**
   * The de-identified form of a typed document, as the same typed class (through its generated
   * {@code from(ClinicalDocument)}).
   *
   * @throws IllegalArgumentException when the class has no public static {@code from(ClinicalDocument)}
   */
  @SuppressWarnings("unchecked")
  public <T extends TypedDocument> T deidentify(T document, DeidRun run) {
    Objects.requireNonNull(document, "document");
    ClinicalDocument out = deidentify(document.toClinicalDocument(), run);
    Method from;
    try {
      from = document.getClass().getMethod("from", ClinicalDocument.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(document.getClass().getName() + " has no from(ClinicalDocument)");
    }
    try {
      return (T) from.invoke(null, out);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException(document.getClass().getName() + ".from is not accessible");
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(document.getClass().getName() + ".from failed: " + cause.getClass().getName());
    }
  }

  @Override
  public String toString() {
    return "DocumentDeidentifier[" + stream.engine() + "]";
  }
}
