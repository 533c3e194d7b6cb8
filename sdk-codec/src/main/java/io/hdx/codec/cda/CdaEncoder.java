package io.hdx.codec.cda;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.CdaCodec;
import io.hdx.model.document.ClinicalDocument;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a {@link ClinicalDocument} as WS/T 500 CDA R2 XML (UTF-8) with a StAX writer: header elements in
 * POCD_MT000040 order (realmCode CN, typeId POCD_MT000040, templateId, id, code in 2.16.156.10011.2.4, ...),
 * sections with LOINC codes (2.16.840.1.113883.6.1) and entries in the form of their
 * {@link io.hdx.model.spec.EntryShape}, data element codes in 2.16.156.10011.2.2.1 (WS/T 500-2016 header and body,
 * standard's examples).
 *
 * <p>A drug or an operation is one act in the form of the WS/T 500 examples: its data elements in the act's
 * own elements ({@code routeCode}, {@code doseQuantity}, {@code rateQuantity}, {@code administrationUnitCode},
 * {@code consumable/.../manufacturedLabeledDrug/name}, {@code procedure/code}, {@code targetSiteCode}; see
 * {@link io.hdx.model.spec.ValuePosition}) and the others in {@code entryRelationship typeCode="COMP"}
 * observations ({@code SUBJ} in an {@code act}); nested entries of an organizer go in {@code component}.
 * A header code of a type other than CE keeps its {@code xsi:type}. Required elements the document lacks
 * (document id, effectiveTime, author time/id) are written with a nullFlavor and read back as absent.
 * Parts that have no CDA form fail with {@code CDA-0202}; {@link CdaDecoder} reads every other document back
 * equal to the one written.
 *
 * <p>Thread safety: immutable; build once and share.
 *
 * <pre>{@code
 * byte[] xml = CdaEncoder.create().encode(document);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CdaEncoder {
  private final CdaCodec codec;

  private CdaEncoder() {
    this.codec = new CdaCodec(DecodeLimits.defaults());
  }

  /** An encoder. */
  public static CdaEncoder create() {
    return new CdaEncoder();
  }

  /**
   * The document as UTF-8 XML.
   *
   * @throws CodecException {@code CDA-0202} when a part has no CDA form, {@code CDA-0201} when XML cannot be
   *     written (e.g. a character XML 1.0 does not allow)
   */
  public byte[] encode(ClinicalDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    encode(document, out);
    return out.toByteArray();
  }

  /** Writes the document as UTF-8 XML to {@code out}, which is flushed and left open. */
  public void encode(ClinicalDocument document, OutputStream out) {
    codec.encode(Objects.requireNonNull(document, "document"), Objects.requireNonNull(out, "out"));
  }

  /**
   * The document as UTF-8 XML, written losslessly against the XML it was decoded from: when
   * {@code document} is unchanged from {@link CdaSource#decoded()}, the source itself; otherwise the source
   * with the model's changes merged in, keeping everything the model does not hold (vendor elements and
   * attributes, narrative markup, comments, prefixes, layout) where the change did not touch it.
   *
   * @throws CodecException as {@link #encode(ClinicalDocument)}, and {@code CDA-0001} when the source is
   *     not well-formed
   */
  public byte[] encode(ClinicalDocument document, CdaSource source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    return codec.reencode(document, source.unsafeBytes(), source.decoded());
  }

  @Override
  public String toString() {
    return "CdaEncoder";
  }
}
