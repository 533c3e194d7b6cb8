package io.hdx.model.dataset;

import io.hdx.model.ValidationException;
import io.hdx.model.internal.TsvResource;
import io.hdx.model.Confidence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data elements HDX knows, by code. {@link #standard()} holds every data element the WS/T 500
 * shared documents use (as found in two public example corpora) and a few CDA header elements, with
 * the WS 363 type, format and value domain wherever a public source gives them; see
 * {@link DataElement} for what the fields mean and how sure they are.
 *
 * <pre>{@code
 * DataElementCatalog catalog = DataElementCatalog.standard();
 * Optional<DataElement> e = catalog.find("DE04.01.119.00");   // 主诉
 * }</pre>
 *
 * <p>Thread safety: immutable. The standard catalog is read from the classpath resource
 * {@code io/hdx/model/dataset/data-elements.tsv} on first use.
 *
 * @since 0.1.0
 */
public final class DataElementCatalog {

  /** Error code of {@link #get} for a well-formed code the catalog does not hold. */
  public static final String ERROR_UNKNOWN = "DE-0002";

  static final String RESOURCE = "data-elements.tsv";
  private static final List<String> HEADER = Arrays.asList("code", "name_zh", "ws363_type",
      "format", "value_domain", "value_set_oid", "source", "confidence");

  private final Map<DataElementCode, DataElement> byCode;
  private final List<DataElement> all;

  private DataElementCatalog(Map<DataElementCode, DataElement> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.all = Collections.unmodifiableList(new ArrayList<>(byCode.values()));
  }

  /** The catalog HDX ships, loaded once on first use. */
  public static DataElementCatalog standard() {
    return Holder.STANDARD;
  }

  /**
   * A catalog of the given elements, for example the standard one plus local elements.
   *
   * @param elements the elements; codes must be distinct
   * @return the catalog
   * @throws IllegalArgumentException if two elements have the same code
   */
  public static DataElementCatalog of(Collection<DataElement> elements) {
    Objects.requireNonNull(elements, "elements");
    Map<DataElementCode, DataElement> map = new TreeMap<>();
    for (DataElement e : elements) {
      Objects.requireNonNull(e, "element");
      if (map.put(e.code(), e) != null) {
        throw new IllegalArgumentException("two data elements with code " + e.code());
      }
    }
    return new DataElementCatalog(map);
  }

  /**
   * The element with this code.
   *
   * @param code e.g. {@code DE02.01.039.00}
   * @return the element, or empty if the text is not a data element code or the catalog lacks it
   */
  public Optional<DataElement> find(String code) {
    Objects.requireNonNull(code, "code");
    return DataElementCode.isValid(code) ? find(DataElementCode.parse(code))
        : Optional.<DataElement>empty();
  }

  /**
   * The element with this code.
   *
   * @param code the code
   * @return the element, or empty if the catalog lacks it
   */
  public Optional<DataElement> find(DataElementCode code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The element with this code.
   *
   * @param code e.g. {@code DE02.01.039.00}
   * @return the element
   * @throws ValidationException {@value DataElementCode#ERROR_MALFORMED} if the text is not a data
   *     element code, {@value #ERROR_UNKNOWN} if the catalog lacks it
   */
  public DataElement get(String code) {
    DataElementCode parsed = DataElementCode.parse(code);
    DataElement e = byCode.get(parsed);
    if (e == null) {
      throw new ValidationException(ERROR_UNKNOWN,
          "data element " + parsed + ": not in the HDX data-element catalog (WS 363)");
    }
    return e;
  }

  /** Every element, ordered by code. */
  public List<DataElement> all() {
    return all;
  }

  /** The number of elements. */
  public int size() {
    return byCode.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataElementCatalog && ((DataElementCatalog) o).byCode.equals(byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "DataElementCatalog{" + byCode.size() + " data elements}";
  }

  static DataElementCatalog load() {
    List<DataElement> elements = new ArrayList<>();
    for (List<String> row : TsvResource.read(DataElementCatalog.class, RESOURCE, HEADER)) {
      try {
        elements.add(DataElement.builder()
            .code(row.get(0))
            .nameZh(row.get(1))
            .dataType(row.get(2).isEmpty() ? null : Ws363DataType.parse(row.get(2)))
            .format(row.get(3).isEmpty() ? null : RepresentationFormat.parse(row.get(3)))
            .valueDomain(row.get(4))
            .valueSetOid(row.get(5))
            .source(row.get(6))
            .confidence(Confidence.fromText(row.get(7)).orElseThrow(
                () -> new IllegalArgumentException("confidence is not HIGH, MEDIUM or LOW")))
            .build());
      } catch (IllegalArgumentException | ValidationException e) {
        throw new IllegalStateException(
            "HDX resource " + RESOURCE + ": bad row for " + row.get(0), e);
      }
    }
    return of(elements);
  }

  private static final class Holder {
    static final DataElementCatalog STANDARD = load();
  }
}
