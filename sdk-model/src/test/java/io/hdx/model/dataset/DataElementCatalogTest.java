package io.hdx.model.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.ValidationException;
import io.hdx.model.Confidence;
import io.hdx.model.testing.SharedReference;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataElementCatalogTest {

  private static final DataElementCatalog CATALOG = DataElementCatalog.standard();

  @Test
  void standard_holdsAllReferenceElementsPlusHeaderElements() {
    // 389 distinct well-formed codes of data-elements.csv + 7 header elements (DE02.01.005.01,
    // DE02.01.030.00, DE02.01.031.00, DE01.00.019.00, DE01.00.021.00, DE01.00.026.00,
    // DE08.10.054.00), + 110 elements the WS/T 483 specs use (src/build/facts/wst483-facts.tsv)
    // + 4 that WS/T 500 sample bodies carry outside observations (src/build/facts/wst500-entry-shapes.tsv)
    // + DE08.50.023.00 (药物使用次剂量), the doseQuantity slot of a WS/T 500 drug (facts/wst500-entry-forms.md).
    assertEquals(511, CATALOG.size());
    assertEquals(511, CATALOG.all().size());
    assertSame(CATALOG, DataElementCatalog.standard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE01.00.008.00", "DE01.00.010.00", "DE01.00.014.00", "DE02.01.039.00",
      "DE02.01.040.00", "DE02.10.071.00", "DE04.01.119.00", "DE04.50.001.00", "DE04.50.010.00",
      "DE05.01.024.00", "DE06.00.017.00", "DE06.00.092.00", "DE06.00.039.00", "DE06.00.124.00",
      "DE06.00.193.00", "DE06.00.319.00", "DE07.00.007.00", "DE09.00.119.00",
      "DE02.01.005.01", "DE02.01.030.00", "DE02.01.031.00", "DE01.00.026.00", "DE08.10.054.00"})
  void find_sampleCodes_present(String code) {
    assertTrue(CATALOG.find(code).isPresent(), code);
    assertEquals(code, CATALOG.get(code).code().value());
  }

  @Test
  void find_malformedCodesOfTheSamples_absent() {
    for (String code : Arrays.asList("DE056.00.124.00", "DE06.0.039.00", "DE02.10.28.00",
        "HDSD00.12.099")) {
      assertEquals(Optional.empty(), CATALOG.find(code));
    }
  }

  @Test
  void get_unknownCode_throwsDe0002() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> CATALOG.get("DE99.99.999.99"));
    assertEquals("DE-0002", e.errorCode());
    assertEquals(Optional.empty(), CATALOG.find("DE99.99.999.99"));
  }

  @Test
  void get_malformedCode_throwsDe0001() {
    ValidationException e = assertThrows(ValidationException.class, () -> CATALOG.get("姓名"));
    assertEquals("DE-0001", e.errorCode());
    assertFalse(e.getMessage().contains("姓名"));
  }

  @Test
  void standard_knownFacts() {
    DataElement name = CATALOG.get("DE02.01.039.00");
    assertEquals("姓名", name.nameZh());
    assertEquals(Optional.of(Ws363DataType.S1), name.dataType());
    assertEquals(Optional.of(RepresentationFormat.parse("A..50")), name.format());
    assertEquals(Confidence.HIGH, name.confidence());

    DataElement idType = CATALOG.get("DE02.01.031.00");
    assertEquals(Optional.of(Ws363DataType.S3), idType.dataType());
    assertEquals(Optional.of(RepresentationFormat.parse("N2")), idType.format());
    assertEquals(Optional.of("CV02.01.101"), idType.valueDomain());
    assertEquals(Optional.of("2.16.156.10011.2.3.1.1"), idType.valueSetOid());

    DataElement birth = CATALOG.get("DE02.01.005.01");
    assertEquals(Optional.of(RepresentationFormat.parse("D8")), birth.format());

    assertEquals(Optional.of("2.16.156.10011.2.3.3.4"),
        CATALOG.get("DE02.01.040.00").valueSetOid());
    assertEquals(Optional.of("2.16.156.10011.2.3.1.85"),
        CATALOG.get("DE04.50.001.00").valueSetOid());
    assertEquals(Optional.of("CV04.50.005"), CATALOG.get("DE04.50.001.00").valueDomain());
  }

  @Test
  void standard_everyElementHasNameSourceAndParsedFormat() {
    int typed = 0;
    for (DataElement e : CATALOG.all()) {
      assertFalse(e.nameZh().isEmpty(), e.code().value());
      assertFalse(e.source().isEmpty(), e.code().value());
      if (e.format().isPresent()) {
        typed++;
        assertEquals(e.format().get(), RepresentationFormat.parse(e.format().get().text()));
      }
    }
    assertTrue(typed >= 3, "at least the facts of ws363-format-notes.md");
  }

  @Test
  void standard_everyValueSetOidIsInTheValueSetRegistry() {
    ValueSetRegistry registry = ValueSetRegistry.standard();
    int coded = 0;
    for (DataElement e : CATALOG.all()) {
      if (e.valueSetOid().isPresent()) {
        coded++;
        assertTrue(registry.findByOid(e.valueSetOid().get()).isPresent(), e.code().value());
      }
    }
    assertTrue(coded > 50, "coded elements: " + coded);
    assertEquals(Optional.of("2.16.156.10011.2.3.1.85"),
        registry.findByValueDomainId(CATALOG.get("DE04.50.001.00").valueDomain().get())
            .map(ValueSet::oid));
  }

  @Test
  void all_orderedByCodeAndUnmodifiable() {
    List<DataElement> all = CATALOG.all();
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).code().compareTo(all.get(i).code()) < 0);
    }
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void standard_containsEveryCodeOfTheReferenceCsv() throws IOException {
    Path csv = SharedReference.require("data-elements.csv");
    String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
    List<List<String>> rows = parseCsv(text);
    int checked = 0;
    for (List<String> row : rows.subList(1, rows.size())) {
      String code = row.get(0).trim();
      if (DataElementCode.isValid(code)) {
        assertTrue(CATALOG.find(code).isPresent(), code);
        checked++;
      }
    }
    assertEquals(389, checked);
  }

  @Test
  void of_customElements_andDuplicates() {
    DataElement a = DataElementTest.birthDate().build();
    DataElement b = a.toBuilder().code("DE02.01.005.00").build();
    DataElementCatalog custom = DataElementCatalog.of(Arrays.asList(b, a));
    assertEquals(2, custom.size());
    assertEquals(a, custom.all().get(1));
    assertEquals(custom, DataElementCatalog.of(Arrays.asList(a, b)));
    assertEquals(custom.hashCode(), DataElementCatalog.of(Arrays.asList(a, b)).hashCode());
    assertNotEquals(custom, CATALOG);
    assertThrows(IllegalArgumentException.class,
        () -> DataElementCatalog.of(Arrays.asList(a, a)));
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
