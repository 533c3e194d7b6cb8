package io.hdx.model.dataset;

import io.hdx.model.ValidationException;
import io.hdx.model.Confidence;
import java.util.Objects;
import java.util.Optional;

/**
 * A WS 363 data element as HDX knows it: its {@link DataElementCode}, Chinese name, and, where a
 * source gives them, its {@link Ws363DataType}, {@link RepresentationFormat}, WS 364 value domain
 * (such as {@code CV02.01.101}) and the OID of the value set the WS/T 500 documents use for it.
 * What no source confirms is empty, never guessed. {@link #source()} and {@link #confidence()}
 * say where the facts come from and how far to trust them.
 *
 * <pre>{@code
 * DataElement birthDate = DataElementCatalog.standard().get("DE02.01.005.01");
 * birthDate.format();                       // Optional[D8]
 * birthDate.validate("20240230");           // throws ValidationException DE-0101 (not a real date)
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DataElement {

  /** Error code of {@link #validate} for a value that does not fit the element's format. */
  public static final String ERROR_FORMAT = "DE-0101";

  private final DataElementCode code;
  private final String nameZh;
  private final Ws363DataType dataType;
  private final RepresentationFormat format;
  private final String valueDomain;
  private final String valueSetOid;
  private final String source;
  private final Confidence confidence;

  private DataElement(Builder b) {
    this.code = Objects.requireNonNull(b.code, "code");
    this.nameZh = Objects.requireNonNull(b.nameZh, "nameZh");
    this.dataType = b.dataType;
    this.format = b.format;
    this.valueDomain = b.valueDomain;
    this.valueSetOid = b.valueSetOid;
    this.source = Objects.requireNonNull(b.source, "source");
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    if (nameZh.isEmpty()) {
      throw new IllegalArgumentException("nameZh is empty");
    }
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this element's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.nameZh = nameZh;
    b.dataType = dataType;
    b.format = format;
    b.valueDomain = valueDomain;
    b.valueSetOid = valueSetOid;
    b.source = source;
    b.confidence = confidence;
    return b;
  }

  /** The element's identifier, e.g. {@code DE02.01.039.00}. */
  public DataElementCode code() {
    return code;
  }

  /** The element's Chinese name, e.g. {@code 姓名}. */
  public String nameZh() {
    return nameZh;
  }

  /** The WS 363 data type; empty if no source confirms it. */
  public Optional<Ws363DataType> dataType() {
    return Optional.ofNullable(dataType);
  }

  /** The WS 363 representation format; empty if no source confirms it. */
  public Optional<RepresentationFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * The value domain the element's values come from, as WS 363 names it: a WS 364 id such as
   * {@code CV02.01.101} or a GB/T standard number; empty if unknown or not coded.
   */
  public Optional<String> valueDomain() {
    return Optional.ofNullable(valueDomain);
  }

  /**
   * The OID of the code system the WS/T 500 documents use for the element's coded values, e.g.
   * {@code 2.16.156.10011.2.3.3.4}; empty if unknown or not coded.
   */
  public Optional<String> valueSetOid() {
    return Optional.ofNullable(valueSetOid);
  }

  /** Where the facts about this element come from (free text naming the sources). */
  public String source() {
    return source;
  }

  /**
   * How far to trust the type, format and value domain: the lowest confidence among those that
   * are known; {@link Confidence#MEDIUM} for an element of which only the name is known.
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Checks a value written per WS 363 against the element's format.
   *
   * @param value the value as text
   * @return the outcome, or empty if the element's format is unknown (nothing to check against)
   */
  public Optional<FormatCheck> check(String value) {
    return check(value, ValueNotation.WS363);
  }

  /**
   * Checks a value written in the given notation against the element's format. Values taken from
   * a WS/T 500 CDA document are {@link ValueNotation#HL7_V3}.
   *
   * @param value the value as text
   * @param notation how the value is written
   * @return the outcome, or empty if the element's format is unknown
   */
  public Optional<FormatCheck> check(String value, ValueNotation notation) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(notation, "notation");
    return format == null ? Optional.<FormatCheck>empty()
        : Optional.of(format.check(value, notation));
  }

  /**
   * Throws if a value written per WS 363 does not fit the element's format; does nothing if the
   * format is unknown.
   *
   * @param value the value as text
   * @throws ValidationException {@value #ERROR_FORMAT}, naming the element and the rule, never the
   *     value
   */
  public void validate(String value) {
    validate(value, ValueNotation.WS363);
  }

  /**
   * Throws if a value written in the given notation does not fit the element's format; does
   * nothing if the format is unknown.
   *
   * @param value the value as text
   * @param notation how the value is written
   * @throws ValidationException {@value #ERROR_FORMAT}, naming the element and the rule, never the
   *     value
   */
  public void validate(String value, ValueNotation notation) {
    Optional<FormatCheck> check = check(value, notation);
    if (check.isPresent() && !check.get().isOk()) {
      throw new ValidationException(ERROR_FORMAT,
          code + " " + nameZh + ": " + check.get().message() + " (WS 363)");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DataElement)) {
      return false;
    }
    DataElement other = (DataElement) o;
    return code.equals(other.code) && nameZh.equals(other.nameZh) && dataType == other.dataType
        && Objects.equals(format, other.format) && Objects.equals(valueDomain, other.valueDomain)
        && Objects.equals(valueSetOid, other.valueSetOid) && source.equals(other.source)
        && confidence == other.confidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, nameZh, dataType, format, valueDomain, valueSetOid, source,
        confidence);
  }

  /** Code, name, type and format, e.g. {@code DataElement{DE02.01.039.00 姓名 S1 A..50}}. */
  @Override
  public String toString() {
    return "DataElement{" + code + " " + nameZh + " " + (dataType == null ? "?" : dataType.code())
        + " " + (format == null ? "?" : format.text())
        + (valueDomain == null ? "" : " " + valueDomain) + " " + confidence + "}";
  }

  /**
   * Builds a {@link DataElement}. Code, name, source and confidence are required.
   *
   * <p>Thread safety: not thread-safe; use one builder per thread.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private DataElementCode code;
    private String nameZh;
    private Ws363DataType dataType;
    private RepresentationFormat format;
    private String valueDomain;
    private String valueSetOid;
    private String source;
    private Confidence confidence;

    private Builder() {}

    /** Sets the code. */
    public Builder code(DataElementCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the code from text.
     *
     * @throws ValidationException {@value DataElementCode#ERROR_MALFORMED} if malformed
     */
    public Builder code(String code) {
      return code(DataElementCode.parse(code));
    }

    /** Sets the Chinese name. */
    public Builder nameZh(String nameZh) {
      this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
      return this;
    }

    /** Sets the WS 363 data type; {@code null} for unknown. */
    public Builder dataType(Ws363DataType dataType) {
      this.dataType = dataType;
      return this;
    }

    /** Sets the representation format; {@code null} for unknown. */
    public Builder format(RepresentationFormat format) {
      this.format = format;
      return this;
    }

    /** Sets the value domain id (e.g. {@code CV02.01.101}); {@code null} or empty for unknown. */
    public Builder valueDomain(String valueDomain) {
      this.valueDomain = valueDomain == null || valueDomain.isEmpty() ? null : valueDomain;
      return this;
    }

    /** Sets the value-set OID; {@code null} or empty for unknown. */
    public Builder valueSetOid(String valueSetOid) {
      this.valueSetOid = valueSetOid == null || valueSetOid.isEmpty() ? null : valueSetOid;
      return this;
    }

    /** Sets where the facts come from. */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets how far to trust the facts. */
    public Builder confidence(Confidence confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /**
     * Builds the element.
     *
     * @throws NullPointerException if code, name, source or confidence is missing
     */
    public DataElement build() {
      return new DataElement(this);
    }
  }
}
