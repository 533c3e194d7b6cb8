package io.hdx.codec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.cda.TypedFill;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Section;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.testing.Choices;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Every group of every typed builder: n groups in, the same n groups out after CDA encode and decode, each value
 * in its own group, and no validator finding (no ERROR, no WARNING) on the encoded document.
 */
class TypedGroupsProperties {
  private static final List<DocumentSpec> SPECS = DocumentSpecRegistry.standard().all();
  private static final DocumentValidator VALIDATOR = ValidDocuments.validator();

  @Property(tries = 120)
  void anyGroup_nGroupsIn_sameNGroupsOut_noFinding(@ForAll @IntRange(min = 0, max = 72) int specIndex,
      @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 1, max = 3) int count,
      @ForAll Choices choices) throws Exception {
    DocumentSpec spec = SPECS.get(specIndex);
    List<DatumGroup> groups = DocumentLayout.of(spec).groups();
    Assume.that(!groups.isEmpty());
    DatumGroup group = groups.get(pick % groups.size());
    roundTrip(spec, group, count, new ValidDocuments(choices.asRandom()));
  }

  @Test
  void everyGroupOfEverySpec_twoGroupsIn_twoOut() throws Exception {
    int checked = 0;
    for (DocumentSpec spec : SPECS) {
      for (DatumGroup group : DocumentLayout.of(spec).groups()) {
        roundTrip(spec, group, 2, new ValidDocuments(checked));
        checked++;
      }
    }
    assertTrue(checked > 100, "groups checked: " + checked);
  }

  private static void roundTrip(DocumentSpec spec, DatumGroup group, int count, ValidDocuments values)
      throws Exception {
    Class<?> typed = ValidDocuments.typedClass(spec);
    SectionSpec section = spec.section(group.sectionKey()).get();
    boolean repeating = repeating(section, group);
    int n = repeating ? count : 1;
    Object builder = typed.getMethod("builder").invoke(null);
    TypedDocument.Builder<?, ?> b = (TypedDocument.Builder<?, ?>) builder;
    b.documentId("DOC").effectiveTime(values.documentTime())
        .patient(io.hdx.model.document.Patient.builder().name("患者").build())
        .addAuthor(io.hdx.model.document.Participant.builder().name("医生").build())
        .custodian(io.hdx.model.document.Organization.of(
            io.hdx.model.datatype.InstanceIdentifier.of("2.16.156.10011.1.5", ValidDocuments.ORG_CODE), "医院"));
    Method with = TypedGroup.class.getDeclaredMethod("with", String.class, Hl7Value.class);
    Method addGroup = TypedDocument.Builder.class.getDeclaredMethod("addGroup", TypedGroup.class);
    with.setAccessible(true);
    addGroup.setAccessible(true);
    List<TypedGroup<?>> in = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object g = TypedFill.blank(typed, group);
      for (Datum d : group.members()) {
        g = with.invoke(g, d.name(), values.value(entry(section, d))); // random per call: groups differ
      }
      addGroup.invoke(builder, g);
      in.add((TypedGroup<?>) g);
    }
    ClinicalDocument built = b.build().toClinicalDocument();
    ClinicalDocument doc = values.header(spec).sections(built.sections()).build();
    byte[] xml = CdaEncoder.create().encode(doc);
    ClinicalDocument back = CdaDecoder.create().decode(xml).document();
    String what = spec.code() + " " + group;
    assertEquals(doc, back, what);
    TypedDocument view = (TypedDocument) typed.getMethod("from", ClinicalDocument.class).invoke(null, back);
    assertEquals(in, groupList(typed, view, in.get(0).getClass()), what);
    ValidationReport report = VALIDATOR.validate(xml);
    assertEquals(0, report.count(Severity.ERROR) + report.count(Severity.WARNING),
        () -> what + "\n" + TextReportWriter.render(spec.code(), report));
  }

  /** Whether the builder takes many of {@code group} (its head, or for an act or organizer any member, repeats). */
  private static boolean repeating(SectionSpec section, DatumGroup group) {
    if (section.entry(group.name()).isPresent()) {
      return section.entry(group.name()).get().cardinality().isRepeating();
    }
    for (Datum d : group.members()) {
      if (d.cardinality().isRepeating()) {
        return true;
      }
    }
    return false;
  }

  private static List<?> groupList(Class<?> typed, TypedDocument view, Class<?> groupType) throws Exception {
    for (Method m : typed.getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType() == List.class
          && m.getGenericReturnType() instanceof ParameterizedType
          && ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0] == groupType) {
        return (List<?>) m.invoke(view);
      }
    }
    throw new IllegalStateException(typed.getSimpleName() + " has no list of " + groupType.getSimpleName());
  }

  private static EntrySpec entry(SectionSpec section, Datum d) {
    for (EntrySpec e : section.entries()) {
      if (e.dataElement().equals(d.name()) && e.position() == d.position()) {
        return e;
      }
    }
    throw new IllegalStateException(d.name());
  }

  /** The case of issue 15: two diagnoses whose codes and rank all sit under the first. */
  @Test
  void twoCodesUnderTheFirstDiagnosis_reportedAsWrongGroup() {
    DocumentSpec spec = DocumentSpecRegistry.standard().byCode("C0034").get();
    CodedValue i10 = CodedValue.builder().code("I10").codeSystem("2.16.156.10011.2.3.3.11.3").build();
    Entry first = Entry.builder().dataElement("DE05.01.025.00").value(Text.of("高血压"))
        .addComponent(Entry.builder().dataElement("DE05.01.024.00")
            .shape(io.hdx.model.spec.EntryShape.ENTRY_RELATIONSHIP).value(i10).build())
        .addComponent(Entry.builder().dataElement("DE05.01.024.00")
            .shape(io.hdx.model.spec.EntryShape.ENTRY_RELATIONSHIP).value(i10).build())
        .build();
    Entry second = Entry.of("DE05.01.025.00", Text.of("糖尿病"));
    ClinicalDocument doc = new ValidDocuments(1).header(spec).addSection(Section.builder().code("11450-4")
        .displayName("Problem list").addEntry(first).addEntry(second).build()).build();
    ValidationReport report = VALIDATOR.validate(doc);
    Reports.one(report, ValidationRule.ENTRY_GROUP, Severity.ERROR,
        "/ClinicalDocument/component/structuredBody/component[1]/section/entry[1]/observation/entryRelationship[2]"
            + "/observation/code");
  }

  /**
   * A TCM diagnosis as the standard's examples write it (C0034 section 11450-4): 病名名称 with 病名代码, 证候名称,
   * 证候代码 (DE05.10.130.00 twice) and the rank: one group, no finding (layout member_of,
   * facts/wst500-group-members.tsv); a third DE05.10.130.00 belongs to another diagnosis.
   */
  @Test
  void tcmDiagnosisWithTwoCodesAndRank_noFinding_thirdCodeReported() {
    DocumentSpec spec = DocumentSpecRegistry.standard().byCode("C0034").get();
    Entry.Builder tcm = Entry.builder().dataElement("DE05.10.172.00").value(Text.of("呕吐病"))
        .addComponent(nested("DE05.10.130.00", tcmCode("BNP050")))
        .addComponent(nested("DE05.10.172.00", Text.of("脾胃虚寒证")))
        .addComponent(nested("DE05.10.130.00", tcmCode("ZBUD90")))
        .addComponent(nested("DE05.01.080.00", io.hdx.model.datatype.IntegerValue.of(1)));
    Reports.none(VALIDATOR.validate(problemList(spec, tcm.build())), ValidationRule.ENTRY_GROUP);
    tcm.addComponent(nested("DE05.10.130.00", tcmCode("BNP060")));
    Reports.one(VALIDATOR.validate(problemList(spec, tcm.build())), ValidationRule.ENTRY_GROUP, Severity.ERROR,
        "/ClinicalDocument/component/structuredBody/component[1]/section/entry[1]/observation/entryRelationship[5]"
            + "/observation/code");
  }

  /** The rank may sit in a TCM diagnosis, a 西医 code may not. */
  @Test
  void westernCodeInTcmDiagnosis_reportedAsWrongGroup() {
    DocumentSpec spec = DocumentSpecRegistry.standard().byCode("C0034").get();
    Entry tcm = Entry.builder().dataElement("DE05.10.172.00").value(Text.of("呕吐病"))
        .addComponent(nested("DE05.10.130.00", tcmCode("BNP050")))
        .addComponent(nested("DE05.01.024.00",
            CodedValue.builder().code("I10").codeSystem("2.16.156.10011.2.3.3.11.3").build()))
        .build();
    Reports.one(VALIDATOR.validate(problemList(spec, tcm)), ValidationRule.ENTRY_GROUP, Severity.ERROR,
        "/ClinicalDocument/component/structuredBody/component[1]/section/entry[1]/observation/entryRelationship[2]"
            + "/observation/code");
  }

  private static ClinicalDocument problemList(DocumentSpec spec, Entry entry) {
    return new ValidDocuments(1).header(spec).addSection(Section.builder().code("11450-4")
        .displayName("Problem list").addEntry(entry).build()).build();
  }

  private static Entry nested(String dataElement, Hl7Value value) {
    return Entry.builder().dataElement(dataElement).shape(io.hdx.model.spec.EntryShape.ENTRY_RELATIONSHIP)
        .value(value).build();
  }

  /** A code of GB/T 15657 中医病证分类与代码 (2.16.156.10011.2.3.3.14), as the standard's examples write it. */
  private static CodedValue tcmCode(String code) {
    return CodedValue.builder().code(code).codeSystem("2.16.156.10011.2.3.3.14").build();
  }
}
