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
 * WS/T 483.3-2016 新生儿家庭访视 (Newborn home visit): document code {@code HSDB01.02}, templateId {@code 2.16.156.10011.2.1.1.3}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); templateId (UNCONFIRMED); 1 of 21 sections.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class NewbornHomeVisit extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDB01.02";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.3";

  private NewbornHomeVisit(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDB01.02
   */
  public static NewbornHomeVisit from(ClinicalDocument document) {
    return new NewbornHomeVisit(document);
  }

  /** Builds a {@link NewbornHomeVisit}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<NewbornHomeVisit, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected NewbornHomeVisit create(ClinicalDocument document) {
      return new NewbornHomeVisit(document);
    }
  }
}
