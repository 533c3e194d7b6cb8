package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document query: RCMR_IN000029UV01 (电子病历文档检索, list documents) or RCMR_IN000031UV01 (电子病历文档调阅,
 * retrieve one), told apart by the header's interaction id. {@code controlActProcess/queryByParameter} with a query
 * id and the parameters of the national samples (wangk4i/LangZhongGit {@code lzihe/xml样例/H06/H0602Rt.xml},
 * {@code H0603Rt.xml}): {@code clinicalDocument.id} (retrieve), {@code clinicalDocument.code},
 * {@code clinicalDocument.effectiveTime} (low/high) and {@code patient.id}.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * @since 0.1.0
 */
public final class DocumentQuery implements V3Message {
  private final MessageHeader header;
  private final String queryId;
  private final Identifier documentId;
  private final Code type;
  private final PointInTime effectiveLow;
  private final PointInTime effectiveHigh;
  private final List<Identifier> patientIds;

  private DocumentQuery(Builder b) {
    this.header = Objects.requireNonNull(b.header, "header");
    this.queryId = Objects.requireNonNull(b.queryId, "queryId");
    this.documentId = b.documentId;
    this.type = b.type;
    this.effectiveLow = b.effectiveLow;
    this.effectiveHigh = b.effectiveHigh;
    this.patientIds = Collections.unmodifiableList(new ArrayList<>(b.patientIds));
    if (documentId == null && type == null && effectiveLow == null && effectiveHigh == null && patientIds.isEmpty()) {
      throw new IllegalArgumentException("a document query needs at least one parameter");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The query id. */
  public String queryId() {
    return queryId;
  }

  /** The document id asked for ({@code clinicalDocument.id}). */
  public Optional<Identifier> documentId() {
    return Optional.ofNullable(documentId);
  }

  /** The document type asked for. */
  public Optional<Code> type() {
    return Optional.ofNullable(type);
  }

  /** Documents made at or after. */
  public Optional<PointInTime> effectiveLow() {
    return Optional.ofNullable(effectiveLow);
  }

  /** Documents made at or before. */
  public Optional<PointInTime> effectiveHigh() {
    return Optional.ofNullable(effectiveHigh);
  }

  /** The patient's ids (any one matching selects the patient). */
  public List<Identifier> patientIds() {
    return patientIds;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentQuery)) {
      return false;
    }
    DocumentQuery q = (DocumentQuery) o;
    return header.equals(q.header) && queryId.equals(q.queryId) && Objects.equals(documentId, q.documentId)
        && Objects.equals(type, q.type) && Objects.equals(lit(effectiveLow), lit(q.effectiveLow))
        && Objects.equals(lit(effectiveHigh), lit(q.effectiveHigh)) && patientIds.equals(q.patientIds);
  }

  private static String lit(PointInTime t) {
    return t == null ? null : t.literal();
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, queryId, documentId, type, lit(effectiveLow), lit(effectiveHigh), patientIds);
  }

  @Override
  public String toString() {
    return "DocumentQuery{" + header + "}";
  }

  /**
   * Builds a {@link DocumentQuery}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private MessageHeader header;
    private String queryId;
    private Identifier documentId;
    private Code type;
    private PointInTime effectiveLow;
    private PointInTime effectiveHigh;
    private final List<Identifier> patientIds = new ArrayList<>();

    private Builder() {}

    /** Sets the header. */
    public Builder header(MessageHeader header) {
      this.header = Objects.requireNonNull(header, "header");
      return this;
    }

    /** Sets the query id. */
    public Builder queryId(String queryId) {
      this.queryId = Objects.requireNonNull(queryId, "queryId");
      return this;
    }

    /** Asks for one document (null clears). */
    public Builder documentId(Identifier documentId) {
      this.documentId = documentId;
      return this;
    }

    /** Asks for a document type (null clears). */
    public Builder type(Code type) {
      this.type = type;
      return this;
    }

    /** Documents made at or after (null clears). */
    public Builder effectiveLow(PointInTime low) {
      this.effectiveLow = low;
      return this;
    }

    /** Documents made at or before (null clears). */
    public Builder effectiveHigh(PointInTime high) {
      this.effectiveHigh = high;
      return this;
    }

    /** Adds a patient id. */
    public Builder addPatientId(Identifier id) {
      patientIds.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Builds the query; at least one parameter is required. */
    public DocumentQuery build() {
      return new DocumentQuery(this);
    }
  }
}
