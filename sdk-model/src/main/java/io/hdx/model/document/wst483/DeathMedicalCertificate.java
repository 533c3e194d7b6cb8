package io.hdx.model.document.wst483;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * WS/T 483.11-2016 死亡医学证明 (Death medical certificate): document code {@code HSDB03.03}, templateId {@code 2.16.156.10011.2.1.1.11}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); templateId (UNCONFIRMED); 1 of 2 sections.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class DeathMedicalCertificate extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDB03.03";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.11";

  private DeathMedicalCertificate(ClinicalDocument document) {
    super(document, documentSpec());
  }

  /** The spec of this kind of document. */
  public static DocumentSpec documentSpec() {
    return DocumentSpecRegistry.standard().byCode(CODE).get();
  }

  /** A new builder with templateId, code and title set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A typed view of {@code document}.
   *
   * @throws io.hdx.model.ValidationException when the document is not a HSDB03.03
   */
  public static DeathMedicalCertificate from(ClinicalDocument document) {
    return new DeathMedicalCertificate(document);
  }

  /** Builds a {@link DeathMedicalCertificate}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<DeathMedicalCertificate, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected DeathMedicalCertificate create(ClinicalDocument document) {
      return new DeathMedicalCertificate(document);
    }
  }
}
