package io.hdx.codec.validate;

import static io.hdx.codec.validate.Reports.none;
import static io.hdx.codec.validate.Reports.obs;
import static io.hdx.codec.validate.Reports.one;
import static io.hdx.codec.validate.Reports.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The validator's API: decoding, configuration, thread safety, and the value types it returns. */
class DocumentValidatorTest {
  private final ValidDocuments data = new ValidDocuments(5);

  private ClinicalDocument withUnit(String unit) {
    return data.header(ValidDocuments.spec("C0017")).addSection(section("8716-3", "VITAL SIGNS",
        io.hdx.model.document.Entry.builder().shape(io.hdx.model.spec.EntryShape.ORGANIZER_COMPONENT)
            .addComponent(obs("DE04.10.174.00", PhysicalQuantity.of("120", unit))).build())).build();
  }

  @Test
  void validateBytes_notXml_throwsCodecException() {
    CodecException e = assertThrows(CodecException.class,
        () -> DocumentValidator.create().validate("not xml".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.errorCode().startsWith("CDA-"), e::getMessage);
  }

  @Test
  void validateBytesAndStream_sameAsModel() {
    DocumentValidator validator = ValidDocuments.validator();
    ClinicalDocument doc = withUnit("kPa");
    byte[] xml = CdaEncoder.create().encode(doc);
    ValidationReport fromModel = validator.validate(doc);
    assertEquals(fromModel, validator.validate(xml));
    assertEquals(fromModel, validator.validate(new ByteArrayInputStream(xml)));
    assertEquals(1, fromModel.count(Severity.WARNING));
    assertTrue(fromModel.isValid());
  }

  @Test
  void severityOverride_raisesRule_disableRemovesIt() {
    DocumentValidator strict = DocumentValidator.builder().clock(ValidDocuments.clock())
        .severity(ValidationRule.VALUE_UNIT, Severity.ERROR).build();
    ValidationReport report = strict.validate(withUnit("kPa"));
    assertEquals(Severity.ERROR, one(report, ValidationRule.VALUE_UNIT).severity());
    assertFalse(report.isValid());
    DocumentValidator quiet = DocumentValidator.builder().clock(ValidDocuments.clock())
        .disable(ValidationRule.VALUE_UNIT).build();
    none(quiet.validate(withUnit("kPa")), ValidationRule.VALUE_UNIT);
  }

  @Test
  void severityOverride_cannotLiftAGuess() {
    DocumentValidator strict = DocumentValidator.builder().clock(ValidDocuments.clock())
        .severity(ValidationRule.VALUE_FORMAT, Severity.ERROR).build();
    ClinicalDocument doc = data.header(ValidDocuments.spec("C0001")).addSection(section("11348-0",
        "HISTORY OF PAST ILLNESS", obs("DE02.10.026.00", Text.of(Reports.chars(101))))).build();
    assertEquals(Severity.WARNING, one(strict.validate(doc), ValidationRule.VALUE_FORMAT).severity());
  }

  @Test
  void validate_concurrently_sameReports() throws Exception {
    DocumentValidator validator = ValidDocuments.validator();
    List<ClinicalDocument> docs = new ArrayList<>();
    List<ValidationReport> expected = new ArrayList<>();
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    for (int i = 0; i < 16; i++) {
      ClinicalDocument doc = new ValidDocuments(i).document(specs.get(i * 4 % specs.size()));
      docs.add(doc);
      expected.add(ValidDocuments.validator().validate(doc));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ValidationReport>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (ClinicalDocument doc : docs) {
          results.add(pool.submit(() -> validator.validate(doc)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(expected.get(i % docs.size()), results.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void builder_rejectsNullsAndNegativeSkew() {
    assertThrows(NullPointerException.class, () -> DocumentValidator.builder().clock(null));
    assertThrows(IllegalArgumentException.class,
        () -> DocumentValidator.builder().clockSkew(java.time.Duration.ofMinutes(-1)));
    assertThrows(NullPointerException.class, () -> DocumentValidator.create().validate((ClinicalDocument) null));
  }

  @Test
  void ruleCatalog_idsUniqueWithTitleExplanationAndSource() {
    Set<String> ids = new HashSet<>();
    for (ValidationRule rule : ValidationRule.values()) {
      assertTrue(ids.add(rule.id()), rule.id());
      assertFalse(rule.title().isEmpty() || rule.explanation().isEmpty() || rule.source().isEmpty(), rule.id());
      assertEquals(rule, ValidationRule.fromId(rule.id()).get());
    }
    assertFalse(ValidationRule.fromId("no-such-rule").isPresent());
    assertTrue(ValidationRule.ID_RESIDENT.source().contains("GB 11643"));
    assertTrue(ValidationRule.ID_ORGANIZATION.source().contains("GB 32100")
        && ValidationRule.ID_ORGANIZATION.source().contains("GB 11714"));
    assertTrue(ValidationRule.VALUE_FORMAT.source().contains("WS 363"));
    assertTrue(ValidationRule.CODE_IN_VALUE_SET.source().contains("WS 364"));
    assertTrue(ValidationRule.CDA_REQUIRED.source().contains("CDA R2"));
    assertTrue(ValidationRule.HEADER_MISSING.source().contains("WS/T 500"));
  }

  @Test
  void issueAndReport_equalsHashCodeBuildersCounts() {
    ValidationIssue a = ValidationIssue.builder().severity(Severity.ERROR).ruleId("value-format")
        .xpath("/ClinicalDocument/x").dataElement("DE04.01.119.00").section("10154-3 CHIEF COMPLAINT")
        .message("m").build();
    ValidationIssue b = a.toBuilder().build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, a.toBuilder().severity(Severity.INFO).build());
    assertNotEquals(a, a.toBuilder().section(null).build());
    assertEquals(ValidationRule.VALUE_FORMAT, a.rule().get());
    assertEquals("ERROR value-format /ClinicalDocument/x DE04.01.119.00 m", a.toString());
    assertThrows(NullPointerException.class, () -> ValidationIssue.builder().ruleId("r").xpath("/x").message("m")
        .build());
    assertThrows(IllegalArgumentException.class, () -> a.toBuilder().xpath("").build());

    ValidationReport r = ValidationReport.builder().documentCode("C0002").addIssue(a)
        .addIssue(a.toBuilder().severity(Severity.WARNING).build()).build();
    assertEquals(r, r.toBuilder().build());
    assertEquals(r.hashCode(), r.toBuilder().build().hashCode());
    assertNotEquals(r, r.toBuilder().documentCode("C0003").build());
    assertFalse(r.isValid());
    assertEquals(1, r.count(Severity.ERROR));
    assertEquals(1, r.count(Severity.WARNING));
    assertEquals(0, r.count(Severity.INFO));
    assertEquals("ValidationReport[C0002, invalid, 1 errors, 1 warnings, 0 infos]", r.toString());
    assertTrue(ValidationReport.builder().build().isValid());
  }
}
