package io.hdx.codec.json;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.ValuePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/**
 * The golden examples of sdk-codec/JSON.md: a small synthetic 入院记录 (C0034) and a 西药处方 (C0004) with one drug, and
 * the blocks of JSON.md showing them.
 */
final class JsonExamples {
  static final String GOLDEN_MARKER = "<!-- golden-example: JsonEncoderTest compares this block byte for byte -->";
  static final String DRUG_MARKER = "<!-- golden-example-drug: JsonEncoderTest compares this block byte for byte -->";

  private JsonExamples() {}

  /** A C0034 admission record with a chief complaint, two blood pressures and a coded diagnosis. Synthetic. */
  static ClinicalDocument admissionRecord() {
    return ClinicalDocument.builder()
        .templateId("2.16.156.10011.2.1.1.54").code("C0034").title("入院记录")
        .id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC-0001"))
        .effectiveTime(PointInTime.parse("20240101083000"))
        .patient(Patient.builder()
            .addId(InstanceIdentifier.of("2.16.156.10011.1.12", "ZY0001"))
            .name("测试患者")
            .gender(CodedValue.builder().type(Hl7Type.CE).code("1").codeSystem("2.16.156.10011.2.3.3.4")
                .codeSystemName("生理性别代码表(GB/T 2261.1)").displayName("男性").build())
            .birthTime(PointInTime.parse("19800101"))
            .build())
        .addAuthor(Participant.builder().time(PointInTime.parse("20240101083000"))
            .id(InstanceIdentifier.of("2.16.156.10011.1.7", "D001")).name("测试医生").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "H001"), "测试医院"))
        .addSection(Section.builder().code("10154-3").displayName("CHIEF COMPLAINT")
            .addEntry(Entry.builder().dataElement("DE04.01.119.00").displayName("主诉").value(Text.of("头痛三天"))
                .build())
            .build())
        .addSection(Section.builder().code("8716-3").displayName("VITAL SIGNS")
            .addEntry(Entry.builder().dataElement("DE04.10.174.00").value(PhysicalQuantity.of("120.0", "mmHg"))
                .effectiveTime(PointInTime.parse("20240101080000")).build())
            .addEntry(Entry.builder().dataElement("DE04.10.176.00").displayName("舒张压")
                .value(PhysicalQuantity.of("80", "mmHg")).build())
            .build())
        .addSection(Section.builder().code("11450-4").displayName("Problem list")
            .addEntry(Entry.builder().dataElement("DE05.01.024.00").displayName("初步诊断-西医诊断编码")
                .value(CodedValue.builder().code("I10").codeSystem("2.16.156.10011.2.3.3.11.3")
                    .codeSystemName("诊断代码表(ICD-10)").displayName("特发性(原发性)高血压").build())
                .build())
            .addEntry(Entry.builder().dataElement("DE05.01.080.00").displayName("入院诊断顺位")
                .value(IntegerValue.of(1)).build())
            .addEntry(Entry.builder().dataElement("DE05.01.025.00").displayName("初步诊断-西医诊断名称")
                .value(NullValue.of(Hl7Type.ST, NullFlavor.UNK)).build())
            .build())
        .build();
  }

  /**
   * A C0004 prescription with one drug (section 10160-0): the drug is one SUBSTANCE_ADMINISTRATION act whose members
   * are its slots (name, route, dose, frequency, form; wst500-entry-forms.md §1) and two observations; the slots
   * are given out of order (the model keeps them in CDA order). 处方有效天数 stands outside the drug. Synthetic; no
   * confidentiality or language code, so the JSON is short.
   */
  static ClinicalDocument prescription() {
    Entry drug = Entry.builder().shape(EntryShape.SUBSTANCE_ADMINISTRATION)
        .addComponent(Entry.at(ValuePosition.DRUG_NAME, "DE08.50.022.00", Text.of("维生素C片")))
        .addComponent(Entry.at(ValuePosition.ROUTE_CODE, "DE06.00.134.00", CodedValue.builder().code("1")
            .codeSystem("2.16.156.10011.2.3.1.158").codeSystemName("用药途径代码表").displayName("口服").build()))
        .addComponent(Entry.at(ValuePosition.DOSE_QUANTITY, "DE08.50.023.00", PhysicalQuantity.of("100", "mg")))
        .addComponent(Entry.at(ValuePosition.RATE_QUANTITY, "DE06.00.133.00", PhysicalQuantity.of("3", "次/日")))
        .addComponent(Entry.at(ValuePosition.ADMINISTRATION_UNIT_CODE, "DE08.50.011.00", CodedValue.builder()
            .code("01").codeSystem("2.16.156.10011.2.3.1.211").codeSystemName("药物剂型代码表").build()))
        .addComponent(Entry.builder().dataElement("DE08.50.043.00").displayName("药物规格")
            .shape(EntryShape.ENTRY_RELATIONSHIP).value(Text.of("100mg*100片")).build())
        .addComponent(Entry.builder().dataElement("DE06.00.135.00").displayName("药物使用总剂量")
            .shape(EntryShape.ENTRY_RELATIONSHIP).value(PhysicalQuantity.of("2100", "mg")).build())
        .build();
    return ClinicalDocument.builder().confidentiality(null).languageCode(null)
        .templateId("2.16.156.10011.2.1.1.24").code("C0004").title("西药处方")
        .addSection(Section.builder().code("10160-0").displayName("HISTORY OF MEDICATION USE")
            .addEntry(drug)
            .addEntry(Entry.builder().dataElement("DE06.00.294.00").displayName("处方有效天数")
                .value(PhysicalQuantity.of("7", "天")).build())
            .build())
        .build();
  }

  /** The JSON block after {@link #GOLDEN_MARKER} in sdk-codec/JSON.md, without its fences. */
  static String goldenBlock() throws IOException {
    return block(GOLDEN_MARKER);
  }

  /** The JSON block after {@link #DRUG_MARKER} in sdk-codec/JSON.md, without its fences. */
  static String drugBlock() throws IOException {
    return block(DRUG_MARKER);
  }

  private static String block(String markerLine) throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("JSON.md"), StandardCharsets.UTF_8);
    int marker = lines.indexOf(markerLine);
    if (marker < 0 || !lines.get(marker + 1).equals("```json")) {
      throw new IllegalStateException("JSON.md lacks the golden example block");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = marker + 2; !lines.get(i).equals("```"); i++) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(lines.get(i));
    }
    return sb.toString();
  }
}
