package io.hdx.model.document.wst500;

import io.hdx.model.datatype.*;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
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

  /** The StudiesSummaryGroup groups of section 30954-2, in document order. */
  public List<StudiesSummaryGroup> studiesSummaryGroupList() {
    return groups("30954-2", "ORGANIZER", StudiesSummaryGroup::new);
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

  /** The Act groups of section 48765-2, in document order. */
  public List<Act> actList() {
    return groups("48765-2", "ACT", Act::new);
  }

  /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
  public Optional<String> allergyHistory() {
    return text("48765-2", "DE02.10.022.00");
  }

  /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
  public Optional<CodedValue> nursingLevelCode() {
    return value("护理记录", "DE06.00.211.00", CodedValue.class);
  }

  /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
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

  /** The ObservationItemNameInSection7Group groups of section 护理观察, in document order. */
  public List<ObservationItemNameInSection7Group> observationItemNameInSection7GroupList() {
    return groups("护理观察", "DE02.10.031.00", ObservationItemNameInSection7Group::new);
  }

  /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST), section - 护理观察. */
  public Optional<String> observationResultInSection7() {
    return text("护理观察", "DE02.10.028.00");
  }

  /** 护理操作名称 ({@code DE06.00.342.00}, ST), section - 护理操作. */
  public Optional<String> nursingProcedureNameInSection8() {
    return text("护理操作", "DE06.00.342.00");
  }

  /** The NursingProcedureNameInSection8Group groups of section 护理操作, in document order. */
  public List<NursingProcedureNameInSection8Group> nursingProcedureNameInSection8GroupList() {
    return groups("护理操作", "DE06.00.342.00", NursingProcedureNameInSection8Group::new);
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

  /** The Section9Group groups of section 术前器械物品核对, in document order. */
  public List<Section9Group> section9GroupList() {
    return groups("术前器械物品核对", "ORGANIZER", Section9Group::new);
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

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
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

  /**
   * One group of section 30954-2 STUDIES SUMMARY: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class StudiesSummaryGroup extends TypedGroup<StudiesSummaryGroup> {
    private StudiesSummaryGroup() {
      super("30954-2", "ORGANIZER");
    }

    @Override
    protected StudiesSummaryGroup blank() {
      return new StudiesSummaryGroup();
    }

    /** An empty group; set its members. */
    public static StudiesSummaryGroup of() {
      return new StudiesSummaryGroup();
    }

    /** ABO血型代码 ({@code DE04.50.001.00}, CD, value set {@code 2.16.156.10011.2.3.1.85}). */
    public StudiesSummaryGroup aboBloodTypeCode(Coded value) {
      return with("DE04.50.001.00", CodedValue.of(value));
    }

    /** ABO血型代码 ({@code DE04.50.001.00}). */
    public Optional<CodedValue> aboBloodTypeCode() {
      return value("DE04.50.001.00", CodedValue.class);
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}, CD, value set {@code 2.16.156.10011.2.3.1.250}). */
    public StudiesSummaryGroup rhBloodTypeCode(Coded value) {
      return with("DE04.50.010.00", CodedValue.of(value));
    }

    /** Rh(D)血型代码 ({@code DE04.50.010.00}). */
    public Optional<CodedValue> rhBloodTypeCode() {
      return value("DE04.50.010.00", CodedValue.class);
    }
  }

  /**
   * One group of section 48765-2 Allergies,adverse reactions,alerts: one ACT act, written as one unit (document layout group {@code ACT}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Act extends TypedGroup<Act> {
    private Act() {
      super("48765-2", "ACT");
    }

    @Override
    protected Act blank() {
      return new Act();
    }

    /** An empty group; set its members. */
    public static Act of() {
      return new Act();
    }

    /** 过敏史标志 ({@code DE02.10.023.00}, BL). */
    public Act allergyHistoryFlag(boolean value) {
      return with("DE02.10.023.00", BooleanValue.of(value));
    }

    /** 过敏史标志 ({@code DE02.10.023.00}). */
    public Optional<BooleanValue> allergyHistoryFlag() {
      return value("DE02.10.023.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 护理观察 护理观察: 护理观察项目名称 with the data nested in it, written as one unit (document layout group {@code DE02.10.031.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class ObservationItemNameInSection7Group extends TypedGroup<ObservationItemNameInSection7Group> {
    private ObservationItemNameInSection7Group() {
      super("护理观察", "DE02.10.031.00");
    }

    @Override
    protected ObservationItemNameInSection7Group blank() {
      return new ObservationItemNameInSection7Group();
    }

    /** A group with its head 护理观察项目名称 ({@code DE02.10.031.00}). */
    public static ObservationItemNameInSection7Group of(String value) {
      return new ObservationItemNameInSection7Group().with("DE02.10.031.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}, ST). */
    public ObservationItemNameInSection7Group observationResultInSection7(String value) {
      return with("DE02.10.028.00", Text.of(value));
    }

    /** 中医“四诊”观察结果 ({@code DE02.10.028.00}). */
    public Optional<Text> observationResultInSection7() {
      return value("DE02.10.028.00", Text.class);
    }

    /** 护理观察项目名称 ({@code DE02.10.031.00}). */
    public Optional<Text> observationItemNameInSection7() {
      return value("DE02.10.031.00", Text.class);
    }
  }

  /**
   * One group of section 护理操作 护理操作: 护理操作名称 with the data nested in it, written as one unit (document layout group {@code DE06.00.342.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class NursingProcedureNameInSection8Group extends TypedGroup<NursingProcedureNameInSection8Group> {
    private NursingProcedureNameInSection8Group() {
      super("护理操作", "DE06.00.342.00");
    }

    @Override
    protected NursingProcedureNameInSection8Group blank() {
      return new NursingProcedureNameInSection8Group();
    }

    /** A group with its head 护理操作名称 ({@code DE06.00.342.00}). */
    public static NursingProcedureNameInSection8Group of(String value) {
      return new NursingProcedureNameInSection8Group().with("DE06.00.342.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}, ST). */
    public NursingProcedureNameInSection8Group nursingProcedureCategoryInSection8(String value) {
      return with("DE06.00.210.00", Text.of(value));
    }

    /** 护理操作项目类目名称 ({@code DE06.00.210.00}). */
    public Optional<Text> nursingProcedureCategoryInSection8() {
      return value("DE06.00.210.00", Text.class);
    }

    /** 护理操作结果 ({@code DE06.00.209.00}, ST). */
    public NursingProcedureNameInSection8Group nursingProcedureResultInSection8(String value) {
      return with("DE06.00.209.00", Text.of(value));
    }

    /** 护理操作结果 ({@code DE06.00.209.00}). */
    public Optional<Text> nursingProcedureResultInSection8() {
      return value("DE06.00.209.00", Text.class);
    }

    /** 护理操作名称 ({@code DE06.00.342.00}). */
    public Optional<Text> nursingProcedureNameInSection8() {
      return value("DE06.00.342.00", Text.class);
    }
  }

  /**
   * One group of section 术前器械物品核对 术前器械物品核对: the components of one organizer, written as one unit (document layout group {@code ORGANIZER}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Section9Group extends TypedGroup<Section9Group> {
    private Section9Group() {
      super("术前器械物品核对", "ORGANIZER");
    }

    @Override
    protected Section9Group blank() {
      return new Section9Group();
    }

    /** An empty group; set its members. */
    public static Section9Group of() {
      return new Section9Group();
    }

    /** 术中所用物品名称 ({@code DE08.50.042.00}, ST). */
    public Section9Group intraoperativeItemNameInSection9(String value) {
      return with("DE08.50.042.00", Text.of(value));
    }

    /** 术中所用物品名称 ({@code DE08.50.042.00}). */
    public Optional<Text> intraoperativeItemNameInSection9() {
      return value("DE08.50.042.00", Text.class);
    }

    /** 术前清点标志 ({@code DE09.00.111.00}, BL). */
    public Section9Group preoperativeCountFlagInSection9(boolean value) {
      return with("DE09.00.111.00", BooleanValue.of(value));
    }

    /** 术前清点标志 ({@code DE09.00.111.00}). */
    public Optional<BooleanValue> preoperativeCountFlagInSection9() {
      return value("DE09.00.111.00", BooleanValue.class);
    }

    /** 发出手术安全核对表标志 ({@code DE06.00.204.00}, BL). */
    public Section9Group safetyChecklistIssuedFlagInSection9(boolean value) {
      return with("DE06.00.204.00", BooleanValue.of(value));
    }

    /** 发出手术安全核对表标志 ({@code DE06.00.204.00}). */
    public Optional<BooleanValue> safetyChecklistIssuedFlagInSection9() {
      return value("DE06.00.204.00", BooleanValue.class);
    }
  }

  /**
   * One group of section 47519-4 HISTORY OF PROCEDURES: one PROCEDURE act, written as one unit (document layout group {@code PROCEDURE}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class Operation extends TypedGroup<Operation> {
    private Operation() {
      super("47519-4", "PROCEDURE");
    }

    @Override
    protected Operation blank() {
      return new Operation();
    }

    /** An empty group; set its members. */
    public static Operation of() {
      return new Operation();
    }

    /** 术中病理标志 ({@code DE04.30.060.00}, BL). */
    public Operation intraoperativePathologyFlag(boolean value) {
      return with("DE04.30.060.00", BooleanValue.of(value));
    }

    /** 术中病理标志 ({@code DE04.30.060.00}). */
    public Optional<BooleanValue> intraoperativePathologyFlag() {
      return value("DE04.30.060.00", BooleanValue.class);
    }

    /** 准备事项 ({@code DE06.00.317.00}, BL). */
    public Operation preparationItems(boolean value) {
      return with("DE06.00.317.00", BooleanValue.of(value));
    }

    /** 准备事项 ({@code DE06.00.317.00}). */
    public Optional<BooleanValue> preparationItems() {
      return value("DE06.00.317.00", BooleanValue.class);
    }

    /** 手术间编号 ({@code DE06.00.256.00}, BL). */
    public Operation operatingRoomNumber(boolean value) {
      return with("DE06.00.256.00", BooleanValue.of(value));
    }

    /** 手术间编号 ({@code DE06.00.256.00}). */
    public Optional<BooleanValue> operatingRoomNumber() {
      return value("DE06.00.256.00", BooleanValue.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }

    /** 手术目标部位 ({@code DE06.00.187.00}, CD, value set {@code 2.16.156.10011.2.3.1.266}). */
    public Operation procedureSiteName(Coded value) {
      return with("DE06.00.187.00", CodedValue.of(value));
    }

    /** 手术目标部位 ({@code DE06.00.187.00}). */
    public Optional<CodedValue> procedureSiteName() {
      return value("DE06.00.187.00", CodedValue.class);
    }
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

    /** Sets the one {@link StudiesSummaryGroup}, replacing any before. */
    public Builder studiesSummaryGroup(StudiesSummaryGroup group) {
      return setGroup(group);
    }

    /** 皮肤检查描述 ({@code DE04.10.126.00}, PQ), section 29302-7 INTEGUMENTARY SUSTEM, unit kg. */
    public Builder skinMucosaExamResult(BigDecimal value) {
      return set("29302-7", "DE04.10.126.00", quantity("29302-7", "DE04.10.126.00", value));
    }

    /** 皮肤检查描述 ({@code DE04.10.126.00}, PQ), section 29302-7 INTEGUMENTARY SUSTEM, unit kg. */
    public Builder skinMucosaExamResult(PhysicalQuantity value) {
      return set("29302-7", "DE04.10.126.00", value);
    }

    /** Appends one {@link Act}: all its values as one unit. */
    public Builder addAct(Act group) {
      return addGroup(group);
    }

    /** 过敏史 ({@code DE02.10.022.00}, ST), section 48765-2 Allergies,adverse reactions,alerts. */
    public Builder allergyHistory(String value) {
      return set("48765-2", "DE02.10.022.00", Text.of(value));
    }

    /** 护理等级代码 ({@code DE06.00.211.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
    public Builder nursingLevelCode(Coded value) {
      return set("护理记录", "DE06.00.211.00", CodedValue.of(value));
    }

    /** 护理类型代码 ({@code DE06.00.212.00}, CD), section - 护理记录, value set {@code 2.16.156.10011.2.3.1.259}. */
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

    /** Sets the one {@link ObservationItemNameInSection7Group}, replacing any before. */
    public Builder observationItemNameInSection7(ObservationItemNameInSection7Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link ObservationItemNameInSection7Group} to its head 护理观察项目名称 alone, replacing any before. */
    public Builder observationItemNameInSection7(String value) {
      return setGroup(ObservationItemNameInSection7Group.of(value));
    }

    /** Sets the one {@link NursingProcedureNameInSection8Group}, replacing any before. */
    public Builder nursingProcedureNameInSection8(NursingProcedureNameInSection8Group group) {
      return setGroup(group);
    }

    /** Sets the one {@link NursingProcedureNameInSection8Group} to its head 护理操作名称 alone, replacing any before. */
    public Builder nursingProcedureNameInSection8(String value) {
      return setGroup(NursingProcedureNameInSection8Group.of(value));
    }

    /** Sets the one {@link Section9Group}, replacing any before. */
    public Builder section9Group(Section9Group group) {
      return setGroup(group);
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 病人交接核对项目 ({@code DE06.00.206.00}, ST), section 8648-8 Hospital Course. */
    public Builder handoverCheckItems(String value) {
      return set("8648-8", "DE06.00.206.00", Text.of(value));
    }
  }
}
