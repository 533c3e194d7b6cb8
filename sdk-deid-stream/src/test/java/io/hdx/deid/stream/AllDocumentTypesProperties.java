package io.hdx.deid.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.validate.DocumentValidator;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import io.hdx.security.deid.DeidKeys;
import io.hdx.security.deid.DeidRun;
import io.hdx.security.deid.Deidentifier;
import io.hdx.security.deid.Policies;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * De-identification on documents of all 73 types (53 WS/T 500, 20 WS/T 483), built by their typed
 * builders with direct identifiers planted in every header part, every free-text entry, every
 * narrative, and vendor content outside the HL7 namespace ({@link PlantedDocuments}): none survives
 * {@code gbt37964}; the same input and key give the same bytes, another key other pseudonyms; the
 * result has no validator ERROR the input did not have.
 */
class AllDocumentTypesProperties {
  static final List<DocumentSpec> SPECS = DocumentSpecRegistry.standard().all();
  static final DeidKeys KEY_A = DeidKeys.of("0123456789abcdef-all-types-A".getBytes(StandardCharsets.US_ASCII));
  static final DeidKeys KEY_B = DeidKeys.of("0123456789abcdef-all-types-B".getBytes(StandardCharsets.US_ASCII));
  static final Deidentifier GBT_A = Deidentifier.builder().policy(Policies.gbt37964()).keys(KEY_A).build();
  static final Deidentifier GBT_B = Deidentifier.builder().policy(Policies.gbt37964()).keys(KEY_B).build();
  static final Deidentifier RESEARCH_A = Deidentifier.builder().policy(Policies.research()).keys(KEY_A).build();
  static final DocumentValidator VALIDATOR = DocumentValidator.create();

  static byte[] deid(Deidentifier engine, byte[] xml) {
    DeidRun run = engine.newRun();
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
    CdaStreamDeidentifier.create(engine).deidentify(new ByteArrayInputStream(xml), out, run);
    return out.toByteArray();
  }

  @Test
  void seventyThreeSpecs() {
    assertEquals(73, SPECS.size());
  }

  /** Every type once: no planted identifier survives gbt37964, and no ERROR is introduced. */
  @Test
  void everyDocumentType_gbt37964_noPlantedIdentifierSurvives_stillValidates() {
    PlantedDocuments factory = new PlantedDocuments(20261204L);
    List<String> failures = new ArrayList<>();
    for (DocumentSpec spec : SPECS) {
      PlantedDocuments.Planted doc = factory.document(spec);
      failures.addAll(check(doc, deid(GBT_A, doc.xml)));
    }
    assertEquals(new ArrayList<String>(), failures);
  }

  /** Random types and seeds: identifiers gone; same key same bytes; other key other pseudonyms; research still validates. */
  @Property(tries = 25)
  void anyDocumentType_deterministic_keyed_valid(@ForAll @IntRange(min = 0, max = 72) int type,
      @ForAll Choices choices) {
    PlantedDocuments.Planted doc = new PlantedDocuments(choices.asRandom()).document(SPECS.get(type));
    byte[] a = deid(GBT_A, doc.xml);
    assertEquals(new ArrayList<String>(), check(doc, a));
    assertArrayEquals(a, deid(GBT_A, doc.xml), "same input and key, same output");
    byte[] b = deid(GBT_B, doc.xml);
    assertFalse(Arrays.equals(a, b), "another key, other pseudonyms");
    String resident = doc.identifiers.get(1);
    assertFalse(new String(b, StandardCharsets.UTF_8).contains(resident));
    byte[] research = deid(RESEARCH_A, doc.xml);
    assertEquals(new TreeSet<String>(), newErrors(doc.xml, research), doc.spec.code() + " research");
  }

  /** What is wrong with {@code out}: a planted identifier found in it, or a validator ERROR the input did not have. */
  private static List<String> check(PlantedDocuments.Planted doc, byte[] out) {
    String text = new String(out, StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    for (String planted : doc.identifiers) {
      if (text.contains(planted)) {
        failures.add(doc.spec.code() + ": planted " + planted + " survives");
      }
    }
    if (text.contains("urn:vendor:his")) {
      failures.add(doc.spec.code() + ": vendor content survives");
    }
    for (String e : newErrors(doc.xml, out)) {
      failures.add(doc.spec.code() + ": new ERROR " + e);
    }
    assertTrue(text.contains("<ClinicalDocument"), doc.spec.code());
    return failures;
  }

  private static Set<String> newErrors(byte[] before, byte[] after) {
    Set<String> errors = CdaStreamDeidentifierTest.errorRules(VALIDATOR.validate(after));
    errors.removeAll(CdaStreamDeidentifierTest.errorRules(VALIDATOR.validate(before)));
    return errors;
  }
}
