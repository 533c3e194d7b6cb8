package io.hdx.model.valueset;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The code systems the WS/T 500 and WS/T 483 shared documents use, as constants: OID, name and
 * the standard each comes from. The value sets of WS 364 ({@code CVxx.xx.xxx}, OIDs under
 * {@code 2.16.156.10011.2.3.1} and {@code .2.3.2}) are looked up in {@link ValueSetRegistry}
 * instead; its names for the OIDs below are these names.
 *
 * <p>Sources: the OIDs and names are those of the public WS/T 500 samples (repositories
 * {@code bzrrr/cda} and {@code wangk4i/LangZhongGit}, restated in the team's
 * {@code valueset-oids.csv} and {@code identifier-oids.csv}); the standard numbers are the national
 * standards the names cite. HDX ships the codes of the GB/T tables it can (see
 * {@link ValueSetRegistry}); for ICD-10 and ICD-9-CM-3, whose national editions are licensed, it
 * checks a code's {@link CodeSystem#shape() shape} only.
 *
 * <pre>{@code
 * CodedValue dx = CodedValue.builder().code("I10").codeSystem(CodeSystems.ICD10_DIAGNOSIS)
 *     .displayName("特发性(原发性)高血压").build();
 * CodeSystems.ICD9CM3.shape().get().matches("02.34002");                                      // true
 * ValueSetRegistry.standard().get(CodeSystems.GBT2261_2.oid()).concept("20").displayName();  // 已婚
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class CodeSystems {
  private static final String ICD10_STANDARD = "ICD-10 (WHO); national edition GB/T 14396-2016";

  /** 世界各国和地区名称代码, GB/T 2659. */
  public static final CodeSystem GBT2659 =
      of("2.16.156.10011.2.3.3.1", "世界各国和地区名称代码(GB/T 2659)", "GB/T 2659", null);
  /** 民族类别代码, GB/T 3304 (ethnicity). */
  public static final CodeSystem GBT3304 =
      of("2.16.156.10011.2.3.3.3", "民族类别代码表(GB/T 3304)", "GB/T 3304-1991", null);
  /** 生理性别代码, GB/T 2261.1 (sex, DE02.01.040.00); the codes are {@link Sex}. */
  public static final CodeSystem GBT2261_1 =
      of(Sex.CODE_SYSTEM, Sex.CODE_SYSTEM_NAME, "GB/T 2261.1-2003", null);
  /** 婚姻状况代码, GB/T 2261.2 (marital status); the codes are {@link MaritalStatus}. */
  public static final CodeSystem GBT2261_2 =
      of(MaritalStatus.CODE_SYSTEM, "婚姻状况代码表(GB/T 2261.2)", "GB/T 2261.2-2003", null);
  /** 从业状况(个人身体)代码, GB/T 2261.4 (occupation). */
  public static final CodeSystem GBT2261_4 =
      of("2.16.156.10011.2.3.3.13", "从业状况(个人身体)代码表(GB/T 2261.4)", "GB/T 2261.4-2003", null);
  /** 学历代码, GB/T 4658 (education). */
  public static final CodeSystem GBT4658 =
      of("2.16.156.10011.2.3.3.6", "学历代码表(GB/T 4658)", "GB/T 4658-2006", null);
  /** 家庭关系代码, GB/T 4761 (relationship to the patient). */
  public static final CodeSystem GBT4761 =
      of("2.16.156.10011.2.3.3.8", "家庭关系代码表(GB/T 4761)", "GB/T 4761-2008", null);
  /** 中医病证分类与代码, GB/T 15657 (TCM disease and syndrome codes, DE05.10.130.00). */
  public static final CodeSystem GBT15657 =
      of("2.16.156.10011.2.3.3.14", "中医病证分类与代码表(GB/T 15657)", "GB/T 15657-1995", null);

  /** ICD-10, {@code .11}, as the samples of C0005, C0017-C0027, C0041-C0044 and others use it. */
  public static final CodeSystem ICD10 =
      of("2.16.156.10011.2.3.3.11", "ICD-10", ICD10_STANDARD, CodeShape.ICD10);
  /** 诊断代码表(ICD-10), {@code .11.1}: western-medicine diagnoses (DE05.01.024.00) in C0001 and C0004. */
  public static final CodeSystem ICD10_DIAGNOSIS =
      of("2.16.156.10011.2.3.3.11.1", "诊断代码表(ICD-10)", ICD10_STANDARD, CodeShape.ICD10);
  /** 死因代码表(ICD-10), {@code .11.2}: causes of death (DE05.01.021.00). */
  public static final CodeSystem ICD10_CAUSE_OF_DEATH =
      of("2.16.156.10011.2.3.3.11.2", "死因代码表(ICD-10)", ICD10_STANDARD, CodeShape.ICD10);
  /**
   * {@code .11.3}, which the samples also name 诊断代码表(ICD-10): diagnoses in C0006-C0013,
   * C0032-C0036, C0045-C0050 (the arc most WS/T 500 samples use).
   */
  public static final CodeSystem ICD10_DIAGNOSIS_3 =
      of("2.16.156.10011.2.3.3.11.3", "诊断代码表(ICD-10)", ICD10_STANDARD, CodeShape.ICD10);
  /** 疾病代码表(ICD-10), {@code .11.5}, in the samples of C0019, C0032 and C0053. */
  public static final CodeSystem ICD10_DISEASE =
      of("2.16.156.10011.2.3.3.11.5", "疾病代码表(ICD-10)", ICD10_STANDARD, CodeShape.ICD10);
  /** 手术(操作)代码表(ICD-9-CM), ICD-9-CM volume 3 procedures (DE06.00.093.00). */
  public static final CodeSystem ICD9CM3 =
      of("2.16.156.10011.2.3.3.12", "手术(操作)代码表(ICD-9-CM)",
          "ICD-9-CM volume 3 (procedures), national clinical edition", CodeShape.ICD9CM3);

  /** 卫生信息共享文档规范编码体系: document type codes C0001-C0053 (WS/T 500), ClinicalDocument/code. */
  public static final CodeSystem DOCUMENT_TYPE =
      of("2.16.156.10011.2.4", "卫生信息共享文档规范编码体系", "WS/T 500-2016; WS/T 483-2016", null);
  /** 卫生信息数据元目录: data element codes {@code DEab.cd.efg.hi} as entry codes. */
  public static final CodeSystem DATA_ELEMENT =
      of("2.16.156.10011.2.2.1", "卫生信息数据元目录", "WS 363-2011", null);
  /** 住院病案首页基本数据集: data-set item codes {@code HDSD00.nn.nnn} (fee items of C0032, C0033). */
  public static final CodeSystem DATA_SET_ITEM =
      of("2.16.156.10011.2.2.4", "住院病案首页基本数据集", "WS 445-2014", null);
  /** LOINC, for section codes. */
  public static final CodeSystem LOINC =
      of("2.16.840.1.113883.6.1", "LOINC", "LOINC (Regenstrief Institute)", null);
  /** HL7 Confidentiality ({@code N} = 正常访问保密级别), ClinicalDocument/confidentialityCode. */
  public static final CodeSystem HL7_CONFIDENTIALITY =
      of("2.16.840.1.113883.5.25", "Confidentiality", "HL7 V3 vocabulary", null);

  private static final List<CodeSystem> ALL = Collections.unmodifiableList(Arrays.asList(
      GBT2659, GBT3304, GBT2261_1, GBT2261_2, GBT2261_4, GBT4658, GBT4761, GBT15657,
      ICD10, ICD10_DIAGNOSIS, ICD10_CAUSE_OF_DEATH, ICD10_DIAGNOSIS_3, ICD10_DISEASE, ICD9CM3,
      DOCUMENT_TYPE, DATA_ELEMENT, DATA_SET_ITEM, LOINC, HL7_CONFIDENTIALITY));

  private CodeSystems() {}

  private static CodeSystem of(String oid, String name, String standard, CodeShape shape) {
    return CodeSystem.builder().oid(oid).name(name).standard(standard).shape(shape).build();
  }

  /** Every constant of this class, in declaration order. */
  public static List<CodeSystem> all() {
    return ALL;
  }

  /**
   * The code system with this OID, if it is one of the constants.
   *
   * @param oid e.g. {@code 2.16.156.10011.2.3.3.12}
   * @return the code system, or empty
   */
  public static Optional<CodeSystem> find(String oid) {
    Objects.requireNonNull(oid, "oid");
    for (CodeSystem system : ALL) {
      if (system.oid().equals(oid)) {
        return Optional.of(system);
      }
    }
    return Optional.empty();
  }
}
