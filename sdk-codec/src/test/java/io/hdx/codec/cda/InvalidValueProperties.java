package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.codec.json.JsonEncoder;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationRule;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 10 item 1, as a property: any well-formed document with one value corrupted (an HL7 value's {@code @value}
 * emptied or garbled, an identifier's {@code @root} or a code's {@code @codeSystem} garbled or dropped) still
 * decodes in lenient mode, the corrupted value kept as written: the document re-encodes byte for byte with its
 * source, written afresh it reads back the same, it goes through JSON and back unchanged, and the validator reports
 * it (rule {@code value-invalid}, an ERROR). Strict mode refuses it.
 */
class InvalidValueProperties {
  private static final CdaEncoder ENCODER = CdaEncoder.create();
  private static final CdaDecoder LENIENT = CdaDecoder.create();
  private static final CdaDecoder STRICT = CdaDecoder.builder().mode(DecodeMode.STRICT).build();
  private static final DocumentValidator VALIDATOR = DocumentValidator.create();

  /** The attributes that carry an HL7 value, on the elements that hold one (not typeId, templateId, telecom). */
  private static final Pattern TARGET = Pattern.compile(
      "<(value|effectiveTime|time|birthTime|low|high|age|doseQuantity|rateQuantity|versionNumber)\\s[^>]*?"
          + "(?<=\\s)(value)=\"([^\"]*)\""
          + "|<(id|setId)\\s[^>]*?(?<=\\s)(root)=\"([^\"]*)\""
          + "|<(value|administrativeGenderCode|maritalStatusCode|ethnicGroupCode|occupationCode|confidentialityCode"
          + "|routeCode|approachSiteCode|targetSiteCode)\\s[^>]*?code=\"[^\"]+\"[^>]*?(?<=\\s)(codeSystem)=\"([^\"]*)\"");

  @Property(tries = 60)
  void decode_oneValueCorrupted_readKeptReportedAndLossless(@ForAll("documents") ClinicalDocument doc,
      @ForAll Choices choices) {
    String xml = new String(ENCODER.encode(doc), StandardCharsets.UTF_8);
    Random rnd = choices.asRandom();
    List<int[]> targets = new ArrayList<>();
    Matcher m = TARGET.matcher(xml);
    while (m.find()) {
      int group = m.group(3) != null ? 3 : m.group(6) != null ? 6 : 9;
      // an identifier without root and extension says nothing (read as absent, as <setId/>): drop a root only
      // where an extension stays
      boolean droppable = group == 9 || (group == 6
          && xml.substring(m.start(), xml.indexOf('>', m.start())).contains(" extension="));
      targets.add(new int[] {m.start(group), m.end(group), group, droppable ? m.start(group - 1) - 1 : -1});
    }
    if (targets.isEmpty()) {
      return;
    }
    int[] t = targets.get(rnd.nextInt(targets.size()));
    String[] garbage = t[2] == 3 ? new String[] {"", "?", "x1", "1,5"} : new String[] {"", "x", "1..2"};
    String corrupted = t[3] >= 0 && rnd.nextInt(3) == 0
        ? xml.substring(0, t[3]) + xml.substring(t[1] + 1) // the attribute dropped
        : xml.substring(0, t[0]) + garbage[rnd.nextInt(garbage.length)] + xml.substring(t[1]);
    byte[] bad = corrupted.getBytes(StandardCharsets.UTF_8);

    DecodeResult r = LENIENT.decode(bad);
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals(DecodeWarning.VALUE_KEPT_INVALID)),
        r.warnings()::toString);
    assertArrayEquals(bad, ENCODER.encode(r.document(), r.source().get()), "re-encoding with the source");
    assertEquals(r.document(), LENIENT.decode(ENCODER.encode(r.document())).document(), "written afresh");
    ClinicalDocument throughJson = JsonDecoder.create().decode(JsonEncoder.create().encode(r.document())).document();
    assertEquals(r.document(), throughJson, "through JSON");

    List<ValidationIssue> invalid = new ArrayList<>();
    for (ValidationIssue i : VALIDATOR.validate(bad).issues()) {
      if (i.ruleId().equals(ValidationRule.VALUE_INVALID.id())) {
        invalid.add(i);
      }
    }
    assertEquals(1, invalid.size(), invalid::toString);
    assertEquals(Severity.ERROR, invalid.get(0).severity());
    assertThrows(CodecException.class, () -> STRICT.decode(bad));
  }

  @Provide
  Arbitrary<ClinicalDocument> documents() {
    return Combinators.combine(Arbitraries.of(DocumentSpecRegistry.standard().all()), Choices.any(),
        Arbitraries.of(true, false)).as((spec, choices, complete) ->
        new TestDocuments(choices.asRandom(), false).document(spec, complete));
  }
}
