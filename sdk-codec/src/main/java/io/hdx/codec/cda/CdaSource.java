package io.hdx.codec.cda;

import io.hdx.codec.DecodeResult;
import io.hdx.model.document.ClinicalDocument;
import java.util.Objects;

/**
 * The XML a document was decoded from, kept so that {@link CdaEncoder#encode(ClinicalDocument, CdaSource)}
 * can write a changed document back without losing what the model does not hold: vendor elements and
 * attributes, narrative markup, comments, prefixes and layout. It holds the input bytes (patient data:
 * treat it like the document) and the document decoded from them.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * DecodeResult r = CdaDecoder.create().decode(bytes);
 * ClinicalDocument changed = r.document().toBuilder().title("...").build();
 * byte[] out = CdaEncoder.create().encode(changed, r.source().get());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CdaSource {
  private final byte[] xml;
  private final ClinicalDocument decoded;

  CdaSource(byte[] xml, ClinicalDocument decoded) {
    this.xml = Objects.requireNonNull(xml, "xml");
    this.decoded = Objects.requireNonNull(decoded, "decoded");
  }

  /** A copy of the source XML bytes. */
  public byte[] bytes() {
    return xml.clone();
  }

  /** The size of the source in bytes. */
  public int size() {
    return xml.length;
  }

  /** The document decoded from the source. */
  public ClinicalDocument decoded() {
    return decoded;
  }

  byte[] unsafeBytes() {
    return xml;
  }

  /** Shows the size only, never content. */
  @Override
  public String toString() {
    return "CdaSource[" + xml.length + " bytes]";
  }
}
