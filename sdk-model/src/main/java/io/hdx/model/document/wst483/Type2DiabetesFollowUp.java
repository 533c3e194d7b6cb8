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
 * WS/T 483.13-2016 2型糖尿病患者随访服务 (Type 2 diabetes follow-up): document code {@code HSDB04.02}, templateId {@code 2.16.156.10011.2.1.1.13}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); templateId (UNCONFIRMED).
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class Type2DiabetesFollowUp extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDB04.02";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.13";

  private Type2DiabetesFollowUp(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDB04.02
   */
  public static Type2DiabetesFollowUp from(ClinicalDocument document) {
    return new Type2DiabetesFollowUp(document);
  }

  /** Builds a {@link Type2DiabetesFollowUp}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<Type2DiabetesFollowUp, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected Type2DiabetesFollowUp create(ClinicalDocument document) {
      return new Type2DiabetesFollowUp(document);
    }
  }
}
