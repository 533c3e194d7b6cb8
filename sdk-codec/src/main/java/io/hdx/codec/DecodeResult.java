package io.hdx.codec;

import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.CdaSource;
import io.hdx.model.document.ClinicalDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded document and the warnings about content that was skipped: what both decoders, CDA XML
 * ({@code io.hdx.codec.cda.CdaDecoder}) and JSON ({@code io.hdx.codec.json.JsonDecoder}), return.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * DecodeResult r = io.hdx.codec.cda.CdaDecoder.create().decode(bytes);
 * if (!r.warnings().isEmpty()) { ... }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodeResult {
  private final ClinicalDocument document;
  private final List<DecodeWarning> warnings;
  private final CdaSource source;

  /** A result of {@code document} and its {@code warnings}. */
  public DecodeResult(ClinicalDocument document, List<DecodeWarning> warnings) {
    this.document = Objects.requireNonNull(document, "document");
    this.warnings = copy(warnings);
    this.source = null;
  }

  /**
   * A result of {@code document}, its {@code warnings} and the XML {@code source} it was read from (only the
   * CDA decoder makes a {@link CdaSource}).
   */
  public DecodeResult(ClinicalDocument document, List<DecodeWarning> warnings, CdaSource source) {
    this.document = Objects.requireNonNull(document, "document");
    this.warnings = copy(warnings);
    this.source = Objects.requireNonNull(source, "source");
  }

  private static List<DecodeWarning> copy(List<DecodeWarning> warnings) {
    return Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(warnings, "warnings")));
  }

  /** The document. */
  public ClinicalDocument document() {
    return document;
  }

  /**
   * The XML the document was read from, for {@link CdaEncoder#encode(ClinicalDocument, CdaSource)}; empty
   * when the decoder does not keep sources. Not part of equality.
   */
  public Optional<CdaSource> source() {
    return Optional.ofNullable(source);
  }

  /** The warnings in document order; empty when everything was mapped. */
  public List<DecodeWarning> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecodeResult)) {
      return false;
    }
    DecodeResult r = (DecodeResult) o;
    return document.equals(r.document) && warnings.equals(r.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, warnings);
  }

  @Override
  public String toString() {
    return "DecodeResult[" + document + ", " + warnings.size() + " warnings]";
  }
}
