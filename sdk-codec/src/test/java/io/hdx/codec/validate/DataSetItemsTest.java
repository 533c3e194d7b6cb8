package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntryShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee items of WS/T 500.11/500.12 (C0032/C0033 住院病案首页), coded with a data-set item id (HDSD00.11.nnn,
 * HDSD00.12.nnn) in code system 2.16.156.10011.2.2.4 instead of a data element
 * (sdk-model/src/build/facts/wst500-dataset-items.tsv): a fee with its sub-amounts round-trips and validates.
 */
class DataSetItemsTest {
  private static final Pattern CODE = Pattern.compile("<code code=\"([^\"]*)\" codeSystem=\"([^\"]*)\"");

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
      "C0032, HDSD00.11.142, HDSD00.11.143, OBSERVATION", // 住院总费用 -> 自付金额
      "C0032, HDSD00.11.131, HDSD00.11.132, ORGANIZER_COMPONENT", // 手术治疗费 -> 麻醉费 (+ 手术费)
      "C0033, HDSD00.12.169, HDSD00.12.170, OBSERVATION",
      "C0033, HDSD00.12.157, HDSD00.12.163, ORGANIZER_COMPONENT"})
  void encodeDecode_feeWithSubAmount_roundTripsAndValidatesWithoutError(String docCode, String fee, String part,
      EntryShape feeShape) throws Exception {
    DocumentSpec spec = ValidDocuments.spec(docCode);
    ClinicalDocument doc = new ValidDocuments(11).document(spec);

    byte[] xml = CdaEncoder.create().encode(doc);
    DecodeResult decoded = CdaDecoder.create().decode(xml);

    assertEquals(doc, decoded.document());
    assertTrue(decoded.warnings().isEmpty(), () -> decoded.warnings().toString());
    Entry feeEntry = find(decoded.document(), fee, feeShape).orElseThrow(AssertionError::new);
    assertTrue(feeEntry.value().get() instanceof MonetaryAmount);
    Entry subAmount = feeEntry.components().stream().filter(c -> c.dataElement().equals(Optional.of(part)))
        .findFirst().orElseThrow(AssertionError::new);
    assertEquals(EntryShape.ENTRY_RELATIONSHIP, subAmount.shape());
    assertTrue(subAmount.value().get() instanceof MonetaryAmount);

    ValidationReport report = ValidDocuments.validator().validate(xml);
    List<ValidationIssue> errors = new ArrayList<>();
    for (ValidationIssue issue : report.issues()) {
      if (issue.severity() == Severity.ERROR) {
        errors.add(issue);
      }
    }
    assertEquals(new ArrayList<ValidationIssue>(), errors);
  }

  @ParameterizedTest
  @CsvSource({"C0032", "C0033"})
  void encode_dataSetItem_writtenInTheDataSetItemCodeSystem(String docCode) throws Exception {
    ClinicalDocument doc = new ValidDocuments(5).document(ValidDocuments.spec(docCode));

    String xml = new String(CdaEncoder.create().encode(doc), StandardCharsets.UTF_8);

    int items = 0;
    Matcher m = CODE.matcher(xml);
    while (m.find()) {
      if (m.group(1).equals("HDSD00.12.099")) {
        // 实施临床路径: every sample writes it in the data-element system (wst500-dataset-items.tsv)
        assertEquals(DocumentSpec.DATA_ELEMENT_CODE_SYSTEM, m.group(2), m.group(1));
      } else if (m.group(1).startsWith("HDSD")) {
        items++;
        assertEquals(DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM, m.group(2), m.group(1));
      } else if (m.group(1).startsWith("DE")) {
        assertEquals(DocumentSpec.DATA_ELEMENT_CODE_SYSTEM, m.group(2), m.group(1));
      }
    }
    assertTrue(items > 20, "fee items written: " + items);
    assertTrue(xml.contains("codeSystemName=\"住院病案首页基本数据集\""));
  }

  @ParameterizedTest
  @CsvSource({"2.16.156.10011.2.2.4, true", "2.16.156.10011.2.2.1, true", "2.16.156.10011.2.2.9, false"})
  void decode_feeCodeSystem_readAsTheEntryCodeOnlyInKnownSystems(String system, boolean read) throws Exception {
    ClinicalDocument doc = new ValidDocuments(3).document(ValidDocuments.spec("C0032"));
    String xml = new String(CdaEncoder.create().encode(doc), StandardCharsets.UTF_8)
        .replace("code=\"HDSD00.11.142\" codeSystem=\"2.16.156.10011.2.2.4\"",
            "code=\"HDSD00.11.142\" codeSystem=\"" + system + "\"");

    DecodeResult decoded = CdaDecoder.create().decode(xml.getBytes(StandardCharsets.UTF_8));

    assertEquals(read, find(decoded.document(), "HDSD00.11.142", EntryShape.OBSERVATION).isPresent());
    assertEquals(read, decoded.warnings().isEmpty());
    assertFalse(find(decoded.document(), "HDSD00.11.143", EntryShape.OBSERVATION).isPresent());
  }

  /** A top-level entry of {@code code}, or one inside a top-level organizer when {@code shape} says so. */
  private static Optional<Entry> find(ClinicalDocument doc, String code, EntryShape shape) {
    for (Section section : doc.sections()) {
      for (Entry e : section.entries()) {
        if (shape == EntryShape.ORGANIZER_COMPONENT && e.shape() == EntryShape.ORGANIZER_COMPONENT) {
          for (Entry c : e.components()) {
            if (c.dataElement().equals(Optional.of(code))) {
              return Optional.of(c);
            }
          }
        } else if (e.dataElement().equals(Optional.of(code))) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
