package io.hdx.model.document.wst500;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.valueset.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * WS/T 500.19-2016 手术护理记录 (Surgical nursing record): document code {@code C0019}, templateId {@code 2.16.156.10011.2.1.1.39}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 12 of 31 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class SurgicalNursingRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0019";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.39";

  private SurgicalNursingRecord(ClinicalDocument document) {
    super(document, documentSpec());
  }

  /** The spec of this kind of document. */
  public static DocumentSpec documentSpec() {
    return DocumentSpecRegistry.standard().byCode(CODE).get();
  }

  /** A new builder with templateId, code and title set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A typed view of {@code document}.
   *
   * @throws io.hdx.model.ValidationException when the document is not a C0019
   */
  public static SurgicalNursingRecord from(ClinicalDocument document) {
    return new SurgicalNursingRecord(document);
  }

  /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
  public List<CodedValue> diagnosisCode() {
    return valueList("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
  public List<PhysicalQuantity> bodyWeight() {
    return valueList("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
  public Optional<CodedValue> aboBloodTypeCode() {
    return value("30954-2", "DE04.50.001.00", CodedValue.class);
  }

  /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
  public Optional<CodedValue> rhBloodTypeCode() {
    return value("30954-2", "DE04.50.010.00", CodedValue.class);
  }

  /** 皮肤检查描述 ({@code DE04.10.126.00}, PQ), section 29302-7 INTEGUMENTARY SUSTEM, unit kg. */
  public Optional<PhysicalQuantity> skinMucosaExamResult() {
    return value("29302-7", "DE04.10.126.00", PhysicalQuantity.class);
  }

  /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies,adverse reactions,alerts. */
  public List<BooleanValue> allergyHistoryFlag() {
    return valueList("48765-2", "DE02.10.023.00", BooleanValue.class);
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录. */
  public Optional<CodedValue> nursingTypeCode() {
    return value("护理记录", "DE06.00.212.00", CodedValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
  public Optional<String> observationItemNameInSection6() {
    return text("护理记录", "DE02.10.031.00");
  }

  /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
  public Optional<String> observationResultInSection6() {
    return text("护理记录", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureNameInSection6() {
    return text("护理记录", "DE06.00.342.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureCategoryInSection6() {
    return text("护理记录", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
  public Optional<String> nursingProcedureResultInSection6() {
    return text("护理记录", "DE06.00.209.00");
  }

  /** 术中所用物品名称 ({@code DE08.50.042.00}, ST), section - 护理记录. */
  public Optional<String> intraoperativeItemNameInSection6() {
    return text("护理记录", "DE08.50.042.00");
  }

  /** 术前清点标志 ({@code DE09.00.111.00}, BL), section - 护理记录. */
  public Optional<Boolean> preoperativeCountFlagInSection6() {
    return bool("护理记录", "DE09.00.111.00");
  }

  /** 关前核对标志 ({@code DE06.00.204.00}, BL), section - 护理记录. */
  public List<BooleanValue> safetyChecklistIssuedFlagInSection6() {
    return valueList("护理记录", "DE06.00.204.00", BooleanValue.class);
  }

  /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
  public Optional<String> observationItemNameInSection7() {
    return text("护理观察", "DE02.10.031.00");
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection7() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureNameInSection8() {
    return text("护理操作", "DE06.00.342.00");
  }

  /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureCategoryInSection8() {
    return text("护理操作", "DE06.00.210.00");
  }

  /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureResultInSection8() {
    return text("护理操作", "DE06.00.209.00");
  }

  /** 术中所用物品名称 ({@code DE08.50.042.00}, ST), section - 术前器械物品核对. */
  public Optional<String> intraoperativeItemNameInSection9() {
    return text("术前器械物品核对", "DE08.50.042.00");
  }

  /** 术前清点标志 ({@code DE09.00.111.00}, BL), section - 术前器械物品核对. */
  public Optional<Boolean> preoperativeCountFlagInSection9() {
    return bool("术前器械物品核对", "DE09.00.111.00");
  }

  /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 术前器械物品核对. */
  public Optional<Boolean> safetyChecklistIssuedFlagInSection9() {
    return bool("术前器械物品核对", "DE06.00.204.00");
  }

  /** 术中病理标志 ({@code DE04.30.060.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public List<BooleanValue> intraoperativePathologyFlag() {
    return valueList("47519-4", "DE04.30.060.00", BooleanValue.class);
  }

  /** 准备事项 ({@code DE06.00.317.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public List<BooleanValue> preparationItems() {
    return valueList("47519-4", "DE06.00.317.00", BooleanValue.class);
  }

  /** 手术间编号 ({@code DE06.00.256.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
  public List<BooleanValue> operatingRoomNumber() {
    return valueList("47519-4", "DE06.00.256.00", BooleanValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 手术目标部位 ({@code DE06.00.187.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.266}. */
  public List<CodedValue> procedureSiteName() {
    return valueList("47519-4", "DE06.00.187.00", CodedValue.class);
  }

  /** 病人交接核对项目 ({@code DE06.00.206.00}, ST), section 8648-8 Hospital Course. */
  public Optional<String> handoverCheckItems() {
    return text("8648-8", "DE06.00.206.00");
  }

  /** Builds a {@link SurgicalNursingRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<SurgicalNursingRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected SurgicalNursingRecord create(ClinicalDocument document) {
      return new SurgicalNursingRecord(document);
    }

    /** 疾病诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder addDiagnosisCode(Coded value) {
      return add("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(BigDecimal value) {
      return add("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重(kg) ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS, unit kg. */
    public Builder addBodyWeight(PhysicalQuantity value) {
      return add("8716-3", "DE04.10.188.00", value);
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.85}. */
    public Builder aboBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.001.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.1.250}. */
    public Builder rhBloodTypeCode(Coded value) {
      return set("30954-2", "DE04.50.010.00", CodedValue.of(value));
    }

    /** 皮肤检查描述 ({@code DE04.10.126.00}, PQ), section 29302-7 INTEGUMENTARY SUSTEM, unit kg. */
    public Builder skinMucosaExamResult(BigDecimal value) {
      return set("29302-7", "DE04.10.126.00", quantity("29302-7", "DE04.10.126.00", value));
    }

    /** 皮肤检查描述 ({@code DE04.10.126.00}, PQ), section 29302-7 INTEGUMENTARY SUSTEM, unit kg. */
    public Builder skinMucosaExamResult(PhysicalQuantity value) {
      return set("29302-7", "DE04.10.126.00", value);
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder addAllergyHistoryFlag(boolean value) {
      return add("48765-2", "DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录. */
    public Builder nursingTypeCode(Coded value) {
      return set("护理记录", "DE06.00.212.00", CodedValue.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理记录. */
    public Builder observationItemNameInSection6(String value) {
      return set("护理记录", "DE02.10.031.00", Text.of(value));
    }

    /** 护理观察结果 ({@code DE02.10.028.00}, ST), section - 护理记录. */
    public Builder observationResultInSection6(String value) {
      return set("护理记录", "DE02.10.028.00", Text.of(value));
    }

    /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理记录. */
    public Builder nursingProcedureNameInSection6(String value) {
      return set("护理记录", "DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理记录. */
    public Builder nursingProcedureCategoryInSection6(String value) {
      return set("护理记录", "DE06.00.210.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理记录. */
    public Builder nursingProcedureResultInSection6(String value) {
      return set("护理记录", "DE06.00.209.00", Text.of(value));
    }

    /** 术中所用物品名称 ({@code DE08.50.042.00}, ST), section - 护理记录. */
    public Builder intraoperativeItemNameInSection6(String value) {
      return set("护理记录", "DE08.50.042.00", Text.of(value));
    }

    /** 术前清点标志 ({@code DE09.00.111.00}, BL), section - 护理记录. */
    public Builder preoperativeCountFlagInSection6(boolean value) {
      return set("护理记录", "DE09.00.111.00", BooleanValue.of(value));
    }

    /** 关前核对标志 ({@code DE06.00.204.00}, BL), section - 护理记录. */
    public Builder addSafetyChecklistIssuedFlagInSection6(boolean value) {
      return add("护理记录", "DE06.00.204.00", BooleanValue.of(value));
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}, ST), section - 护理观察. */
    public Builder observationItemNameInSection7(String value) {
      return set("护理观察", "DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
    public Builder observationResultInSection7(String value) {
      return set("护理观察", "DE02.10.028.00", Text.of(value));
    }

    /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
    public Builder nursingProcedureNameInSection8(String value) {
      return set("护理操作", "DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST), section - 护理操作. */
    public Builder nursingProcedureCategoryInSection8(String value) {
      return set("护理操作", "DE06.00.210.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST), section - 护理操作. */
    public Builder nursingProcedureResultInSection8(String value) {
      return set("护理操作", "DE06.00.209.00", Text.of(value));
    }

    /** 术中所用物品名称 ({@code DE08.50.042.00}, ST), section - 术前器械物品核对. */
    public Builder intraoperativeItemNameInSection9(String value) {
      return set("术前器械物品核对", "DE08.50.042.00", Text.of(value));
    }

    /** 术前清点标志 ({@code DE09.00.111.00}, BL), section - 术前器械物品核对. */
    public Builder preoperativeCountFlagInSection9(boolean value) {
      return set("术前器械物品核对", "DE09.00.111.00", BooleanValue.of(value));
    }

    /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL), section - 术前器械物品核对. */
    public Builder safetyChecklistIssuedFlagInSection9(boolean value) {
      return set("术前器械物品核对", "DE06.00.204.00", BooleanValue.of(value));
    }

    /** 术中病理标志 ({@code DE04.30.060.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addIntraoperativePathologyFlag(boolean value) {
      return add("47519-4", "DE04.30.060.00", BooleanValue.of(value));
    }

    /** 准备事项 ({@code DE06.00.317.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addPreparationItems(boolean value) {
      return add("47519-4", "DE06.00.317.00", BooleanValue.of(value));
    }

    /** 手术间编号 ({@code DE06.00.256.00}, BL), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addOperatingRoomNumber(boolean value) {
      return add("47519-4", "DE06.00.256.00", BooleanValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder addProcedureCode(Coded value) {
      return add("47519-4", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术目标部位 ({@code DE06.00.187.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.266}. */
    public Builder addProcedureSiteName(Coded value) {
      return add("47519-4", "DE06.00.187.00", CodedValue.of(value));
    }

    /** 病人交接核对项目 ({@code DE06.00.206.00}, ST), section 8648-8 Hospital Course. */
    public Builder handoverCheckItems(String value) {
      return set("8648-8", "DE06.00.206.00", Text.of(value));
    }
  }
}
