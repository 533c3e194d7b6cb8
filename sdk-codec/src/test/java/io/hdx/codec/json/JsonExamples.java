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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;

/** The golden example of sdk-codec/JSON.md: a small synthetic 入院记录 (C0034), and the block of JSON.md showing it. */
final class JsonExamples {
  static final String GOLDEN_MARKER = "<!-- golden-example: JsonEncoderTest compares this block byte for byte -->";

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

  /** The JSON block after {@link #GOLDEN_MARKER} in sdk-codec/JSON.md, without its fences. */
  static String goldenBlock() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("JSON.md"), StandardCharsets.UTF_8);
    int marker = lines.indexOf(GOLDEN_MARKER);
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
