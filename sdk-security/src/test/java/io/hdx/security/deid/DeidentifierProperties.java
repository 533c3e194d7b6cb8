package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.hdx.model.id.ResidentIdNumber;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Invariants of the engine under the presets. */
class DeidentifierProperties {
  private static final Deidentifier GBT = Deidentifier.builder().policy(Policies.gbt37964()).keys(DeidentifierTest.KEYS).build();

  @Provide
  Arbitrary<String> presets() {
    return Arbitraries.of(Policies.names());
  }

  @Provide
  Arbitrary<String> chineseNames() {
    Arbitrary<String> surname = Arbitraries.of("张", "王", "李", "欧阳", "司马", "诸葛", "上官", "赵", "钱");
    Arbitrary<String> given = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(2);
    return net.jqwik.api.Combinators.combine(surname, given).as((s, g) -> s + g);
  }

  @Provide
  Arbitrary<String> residentIds() {
    return new PrimitivesProperties().residentIds().map(ResidentIdNumber::number);
  }

  @Provide
  Arbitrary<String> phones() {
    return Arbitraries.strings().numeric().ofLength(8).map(s -> "1" + "3" + "8" + s);
  }

  @Property(tries = 100)
  void unknownContent_neverSurvives_anyPreset(@ForAll("presets") String preset, @ForAll ValueKind kind,
      @ForAll String value) {
    Deidentifier deid = Deidentifier.builder().policy(Policies.byName(preset)).keys(DeidentifierTest.KEYS).build();
    assertEquals(Optional.empty(), deid.newRun().apply(Datum.of("/ClinicalDocument/v:ext", Category.UNKNOWN, kind), value, "p"));
  }

  @Property(tries = 100)
  void gbt37964_plantedDirectIdentifiers_doNotSurvive(@ForAll("chineseNames") String name,
      @ForAll("residentIds") String rid, @ForAll("phones") String phone) {
    DeidRun run = GBT.newRun();
    String n = run.apply(DeidentifierTest.NAME, name, rid).orElse("");
    assertFalse(n.contains(name));
    String r = run.apply(DeidentifierTest.RID, rid, rid).orElse("");
    assertNotEquals(rid, r);
    String p = run.apply(DeidentifierTest.PHONE, phone, rid).orElse("");
    assertFalse(p.contains(phone));
    assertFalse(run.apply(DeidentifierTest.ADDRESS, "北京市朝阳区" + name + "路1号", rid).isPresent());
    String ridAsRecordNumber = run.apply(DeidentifierTest.RECORD_NO, rid, rid).orElse("");
    assertFalse(ridAsRecordNumber.contains(rid));
    assertFalse(run.manifest().toJson().contains(name));
  }

  @Property(tries = 100)
  void sameInputAndKey_sameOutput(@ForAll("presets") String preset, @ForAll ValueKind kind,
      @ForAll @StringLength(max = 30) String value, @ForAll Category category) {
    Policy policy = Policies.byName(preset);
    Datum d = Datum.of("/ClinicalDocument/x", category, kind);
    Optional<String> a = Deidentifier.builder().policy(policy).keys(DeidentifierTest.KEYS).build().newRun().apply(d, value, "s");
    Optional<String> b = Deidentifier.builder().policy(policy).keys(DeidKeys.of(PrimitivesTest.KEY_A)).build().newRun().apply(d, value, "s");
    assertEquals(a, b);
  }
}
