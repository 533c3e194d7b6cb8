package io.hdx.client;

import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.Identifier;
import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list documents by in {@link PlatformClient#queryDocuments}: the patient's ids (this system's local id or
 * the person's id), the document type (文档类型代码, e.g. C0004) and a range of effective times; every criterion given
 * must match.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * @since 0.1.0
 */
public final class DocumentCriteria {
  private final List<Identifier> patientIds;
  private final Code type;
  private final PointInTime effectiveLow;
  private final PointInTime effectiveHigh;

  private DocumentCriteria(Builder b) {
    this.patientIds = Collections.unmodifiableList(new ArrayList<>(b.patientIds));
    this.type = b.type;
    this.effectiveLow = b.effectiveLow;
    this.effectiveHigh = b.effectiveHigh;
    if (patientIds.isEmpty() && type == null && effectiveLow == null && effectiveHigh == null) {
      throw new IllegalArgumentException("at least one criterion is required");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The patient's ids. */
  public List<Identifier> patientIds() {
    return patientIds;
  }

  /** The document type. */
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DocumentCriteria)) {
      return false;
    }
    DocumentCriteria c = (DocumentCriteria) o;
    return patientIds.equals(c.patientIds) && Objects.equals(type, c.type)
        && Objects.equals(lit(effectiveLow), lit(c.effectiveLow)) && Objects.equals(lit(effectiveHigh), lit(c.effectiveHigh));
  }

  private static String lit(PointInTime t) {
    return t == null ? null : t.literal();
  }

  @Override
  public int hashCode() {
    return Objects.hash(patientIds, type, lit(effectiveLow), lit(effectiveHigh));
  }

  @Override
  public String toString() {
    return "DocumentCriteria{" + patientIds.size() + " patient ids" + (type != null ? ", type " + type.code() : "")
        + "}";
  }

  /**
   * Builds {@link DocumentCriteria}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private final List<Identifier> patientIds = new ArrayList<>();
    private Code type;
    private PointInTime effectiveLow;
    private PointInTime effectiveHigh;

    private Builder() {}

    /** By a patient id. */
    public Builder patientId(Identifier id) {
      patientIds.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** By document type. */
    public Builder type(Code type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /** Made at or after. */
    public Builder effectiveLow(PointInTime low) {
      this.effectiveLow = Objects.requireNonNull(low, "low");
      return this;
    }

    /** Made at or before. */
    public Builder effectiveHigh(PointInTime high) {
      this.effectiveHigh = Objects.requireNonNull(high, "high");
      return this;
    }

    /** Builds the criteria; at least one is required. */
    public DocumentCriteria build() {
      return new DocumentCriteria(this);
    }
  }
}
