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
 * WS/T 500.9-2016 一般手术记录 (General surgery record): document code {@code C0009}, templateId {@code 2.16.156.10011.2.1.1.29}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 4 of 24 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class GeneralOperationRecord extends TypedDocument {
  /** The document code. */
  public static final String CODE = "C0009";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.29";

  private GeneralOperationRecord(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a C0009
   */
  public static GeneralOperationRecord from(ClinicalDocument document) {
    return new GeneralOperationRecord(document);
  }

  /** 手术史标志 ({@code DE02.10.062.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
  public Optional<Boolean> surgicalHistoryFlag() {
    return bool("11348-0", "DE02.10.062.00");
  }

  /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePreoperativeDx() {
    return value("10219-4", "DE05.01.024.00", CodedValue.class);
  }

  /** 手术(操作)名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> procedureName() {
    return valueList("47519-4", "DE06.00.094.00", Text.class);
  }

  /** The Operation groups of section 47519-4, in document order. */
  public List<Operation> operationList() {
    return groups("47519-4", "PROCEDURE", Operation::new);
  }

  /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
  public List<Text> operatingRoomNumber() {
    return valueList("47519-4", "DE06.00.256.00", Text.class);
  }

  /** 手术级别 ({@code DE06.00.255.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.258}. */
  public List<CodedValue> operationLevel() {
    return valueList("47519-4", "DE06.00.255.00", CodedValue.class);
  }

  /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
  public List<CodedValue> procedureCode() {
    return valueList("47519-4", "DE06.00.093.00", CodedValue.class);
  }

  /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
  public List<PhysicalQuantity> bloodLoss() {
    return valueList("55103-6", "DE06.00.097.00", PhysicalQuantity.class);
  }

  /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit ml. */
  public List<PhysicalQuantity> transfusionVolume() {
    return valueList("56836-0", "DE06.00.267.00", PhysicalQuantity.class);
  }

  /** 输血反应标志 ({@code DE06.00.264.00}, BL), section 56836-0 History of blood transfusion. */
  public Optional<Boolean> transfusionReactionFlag() {
    return bool("56836-0", "DE06.00.264.00");
  }

  /** 麻醉方式代码 ({@code DE06.00.073.00}, CD), section 10213-7 Surgical operation note anesthesia, value set {@code 2.16.156.10011.2.3.1.159}. */
  public Optional<CodedValue> anesthesiaMethodCode() {
    return value("10213-7", "DE06.00.073.00", CodedValue.class);
  }

  /** 术前用药 ({@code DE06.00.136.00}, ST), section 10160-0 History of medication use. */
  public List<Text> medicationUsage() {
    return valueList("10160-0", "DE06.00.136.00", Text.class);
  }

  /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit ml. */
  public List<PhysicalQuantity> infusionVolume() {
    return valueList("10216-0", "DE06.00.268.00", PhysicalQuantity.class);
  }

  /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperaive Dx, value set {@code 2.16.156.10011.2.3.2.38}. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePostoperaiveDx() {
    return value("10218-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 手术过程描述 ({@code DE05.10.063.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> operationDescription() {
    return text("8724-7", "DE05.10.063.00");
  }

  /** The OperationDescriptionGroup groups of section 8724-7, in document order. */
  public List<OperationDescriptionGroup> operationDescriptionGroupList() {
    return groups("8724-7", "DE05.10.063.00", OperationDescriptionGroup::new);
  }

  /** 手术目标部位名称 ({@code DE06.00.187.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> procedureSiteName() {
    return text("8724-7", "DE06.00.187.00");
  }

  /** 介入物名称 ({@code DE08.50.037.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> interventionalDeviceName() {
    return text("8724-7", "DE08.50.037.00");
  }

  /** 手术体位代码 ({@code DE06.00.260.00}, CD), section 8724-7 Surgical operation note description, value set {@code 2.16.156.10011.2.3.1.262}. */
  public Optional<CodedValue> surgicalPositionCode() {
    return value("8724-7", "DE06.00.260.00", CodedValue.class);
  }

  /** 皮肤消毒描述 ({@code DE08.50.057.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> skinDisinfectionDescription() {
    return text("8724-7", "DE08.50.057.00");
  }

  /** 手术切口描述 ({@code DE06.00.321.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> incisionDescription() {
    return text("8724-7", "DE06.00.321.00");
  }

  /** 引流标志 ({@code DE05.10.165.00}, BL), section 8724-7 Surgical operation note description. */
  public Optional<Boolean> drainageFlagInSurgicalOperationNoteDescription() {
    return bool("8724-7", "DE05.10.165.00");
  }

  /** 引流标志 ({@code DE05.10.165.00}, BL), section 11537-8 Surgical drains. */
  public Optional<Boolean> drainageFlagInSurgicalDrains() {
    return bool("11537-8", "DE05.10.165.00");
  }

  /** The DrainageFlagInSurgicalDrainsGroup groups of section 11537-8, in document order. */
  public List<DrainageFlagInSurgicalDrainsGroup> drainageFlagInSurgicalDrainsGroupList() {
    return groups("11537-8", "DE05.10.165.00", DrainageFlagInSurgicalDrainsGroup::new);
  }

  /** 引流材料名称 ({@code DE08.50.044.00}, ST), section 11537-8 Surgical drains. */
  public Optional<String> drainageMaterialName() {
    return text("11537-8", "DE08.50.044.00");
  }

  /** 引流材料数目 ({@code DE08.50.045.00}, ST), section 11537-8 Surgical drains. */
  public Optional<String> drainageMaterialCount() {
    return text("11537-8", "DE08.50.045.00");
  }

  /** 放置部位 ({@code DE06.00.341.00}, ST), section 11537-8 Surgical drains. */
  public Optional<String> placementSite() {
    return text("11537-8", "DE06.00.341.00");
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

    /** 手术(操作)名称 ({@code DE06.00.094.00}, ST). */
    public Operation procedureName(String value) {
      return with("DE06.00.094.00", Text.of(value));
    }

    /** 手术(操作)名称 ({@code DE06.00.094.00}). */
    public Optional<Text> procedureName() {
      return value("DE06.00.094.00", Text.class);
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST). */
    public Operation operatingRoomNumber(String value) {
      return with("DE06.00.256.00", Text.of(value));
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}). */
    public Optional<Text> operatingRoomNumber() {
      return value("DE06.00.256.00", Text.class);
    }

    /** 手术级别 ({@code DE06.00.255.00}, CD, value set {@code 2.16.156.10011.2.3.1.258}). */
    public Operation operationLevel(Coded value) {
      return with("DE06.00.255.00", CodedValue.of(value));
    }

    /** 手术级别 ({@code DE06.00.255.00}). */
    public Optional<CodedValue> operationLevel() {
      return value("DE06.00.255.00", CodedValue.class);
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD, value set {@code 2.16.156.10011.2.3.3.12}). */
    public Operation procedureCode(Coded value) {
      return with("DE06.00.093.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}). */
    public Optional<CodedValue> procedureCode() {
      return value("DE06.00.093.00", CodedValue.class);
    }
  }

  /**
   * One group of section 8724-7 Surgical operation note description: 手术过程描述 with the data nested in it, written as one unit (document layout group {@code DE05.10.063.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class OperationDescriptionGroup extends TypedGroup<OperationDescriptionGroup> {
    private OperationDescriptionGroup() {
      super("8724-7", "DE05.10.063.00");
    }

    @Override
    protected OperationDescriptionGroup blank() {
      return new OperationDescriptionGroup();
    }

    /** A group with its head 手术过程描述 ({@code DE05.10.063.00}). */
    public static OperationDescriptionGroup of(String value) {
      return new OperationDescriptionGroup().with("DE05.10.063.00", Text.of(value));
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}, ST). */
    public OperationDescriptionGroup procedureSiteName(String value) {
      return with("DE06.00.187.00", Text.of(value));
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}). */
    public Optional<Text> procedureSiteName() {
      return value("DE06.00.187.00", Text.class);
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST). */
    public OperationDescriptionGroup interventionalDeviceName(String value) {
      return with("DE08.50.037.00", Text.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}). */
    public Optional<Text> interventionalDeviceName() {
      return value("DE08.50.037.00", Text.class);
    }

    /** 手术体位代码 ({@code DE06.00.260.00}, CD, value set {@code 2.16.156.10011.2.3.1.262}). */
    public OperationDescriptionGroup surgicalPositionCode(Coded value) {
      return with("DE06.00.260.00", CodedValue.of(value));
    }

    /** 手术体位代码 ({@code DE06.00.260.00}). */
    public Optional<CodedValue> surgicalPositionCode() {
      return value("DE06.00.260.00", CodedValue.class);
    }

    /** 皮肤消毒描述 ({@code DE08.50.057.00}, ST). */
    public OperationDescriptionGroup skinDisinfectionDescription(String value) {
      return with("DE08.50.057.00", Text.of(value));
    }

    /** 皮肤消毒描述 ({@code DE08.50.057.00}). */
    public Optional<Text> skinDisinfectionDescription() {
      return value("DE08.50.057.00", Text.class);
    }

    /** 手术切口描述 ({@code DE06.00.321.00}, ST). */
    public OperationDescriptionGroup incisionDescription(String value) {
      return with("DE06.00.321.00", Text.of(value));
    }

    /** 手术切口描述 ({@code DE06.00.321.00}). */
    public Optional<Text> incisionDescription() {
      return value("DE06.00.321.00", Text.class);
    }

    /** 引流标志 ({@code DE05.10.165.00}, BL). */
    public OperationDescriptionGroup drainageFlagInSurgicalOperationNoteDescription(boolean value) {
      return with("DE05.10.165.00", BooleanValue.of(value));
    }

    /** 引流标志 ({@code DE05.10.165.00}). */
    public Optional<BooleanValue> drainageFlagInSurgicalOperationNoteDescription() {
      return value("DE05.10.165.00", BooleanValue.class);
    }

    /** 手术过程描述 ({@code DE05.10.063.00}). */
    public Optional<Text> operationDescription() {
      return value("DE05.10.063.00", Text.class);
    }
  }

  /**
   * One group of section 11537-8 Surgical drains: 引流标志 with the data nested in it, written as one unit (document layout group {@code DE05.10.165.00}).
   *
   * <p>Thread safety: immutable; every setter returns a new group.
   */
  public static final class DrainageFlagInSurgicalDrainsGroup extends TypedGroup<DrainageFlagInSurgicalDrainsGroup> {
    private DrainageFlagInSurgicalDrainsGroup() {
      super("11537-8", "DE05.10.165.00");
    }

    @Override
    protected DrainageFlagInSurgicalDrainsGroup blank() {
      return new DrainageFlagInSurgicalDrainsGroup();
    }

    /** A group with its head 引流标志 ({@code DE05.10.165.00}). */
    public static DrainageFlagInSurgicalDrainsGroup of(boolean value) {
      return new DrainageFlagInSurgicalDrainsGroup().with("DE05.10.165.00", BooleanValue.of(value));
    }

    /** 引流材料名称 ({@code DE08.50.044.00}, ST). */
    public DrainageFlagInSurgicalDrainsGroup drainageMaterialName(String value) {
      return with("DE08.50.044.00", Text.of(value));
    }

    /** 引流材料名称 ({@code DE08.50.044.00}). */
    public Optional<Text> drainageMaterialName() {
      return value("DE08.50.044.00", Text.class);
    }

    /** 引流材料数目 ({@code DE08.50.045.00}, ST). */
    public DrainageFlagInSurgicalDrainsGroup drainageMaterialCount(String value) {
      return with("DE08.50.045.00", Text.of(value));
    }

    /** 引流材料数目 ({@code DE08.50.045.00}). */
    public Optional<Text> drainageMaterialCount() {
      return value("DE08.50.045.00", Text.class);
    }

    /** 放置部位 ({@code DE06.00.341.00}, ST). */
    public DrainageFlagInSurgicalDrainsGroup placementSite(String value) {
      return with("DE06.00.341.00", Text.of(value));
    }

    /** 放置部位 ({@code DE06.00.341.00}). */
    public Optional<Text> placementSite() {
      return value("DE06.00.341.00", Text.class);
    }

    /** 引流标志 ({@code DE05.10.165.00}). */
    public Optional<BooleanValue> drainageFlagInSurgicalDrains() {
      return value("DE05.10.165.00", BooleanValue.class);
    }
  }

  /** Builds a {@link GeneralOperationRecord}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<GeneralOperationRecord, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected GeneralOperationRecord create(ClinicalDocument document) {
      return new GeneralOperationRecord(document);
    }

    /** 手术史标志 ({@code DE02.10.062.00}, BL), section 11348-0 HISTORY OF PAST ILLNESS. */
    public Builder surgicalHistoryFlag(boolean value) {
      return set("11348-0", "DE02.10.062.00", BooleanValue.of(value));
    }

    /** 术前诊断编码 ({@code DE05.01.024.00}, CD), section 10219-4 Surgical operation note preoperative Dx, value set {@code 2.16.156.10011.2.3.3.11.3}. */
    public Builder diagnosisCodeInSurgicalOperationNotePreoperativeDx(Coded value) {
      return set("10219-4", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Appends one {@link Operation}: all its values as one unit. */
    public Builder addOperation(Operation group) {
      return addGroup(group);
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
    public Builder addBloodLoss(BigDecimal value) {
      return add("55103-6", "DE06.00.097.00", quantity("55103-6", "DE06.00.097.00", value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit ml. */
    public Builder addBloodLoss(PhysicalQuantity value) {
      return add("55103-6", "DE06.00.097.00", value);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit ml. */
    public Builder addTransfusionVolume(BigDecimal value) {
      return add("56836-0", "DE06.00.267.00", quantity("56836-0", "DE06.00.267.00", value));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit ml. */
    public Builder addTransfusionVolume(PhysicalQuantity value) {
      return add("56836-0", "DE06.00.267.00", value);
    }

    /** 输血反应标志 ({@code DE06.00.264.00}, BL), section 56836-0 History of blood transfusion. */
    public Builder transfusionReactionFlag(boolean value) {
      return set("56836-0", "DE06.00.264.00", BooleanValue.of(value));
    }

    /** 麻醉方式代码 ({@code DE06.00.073.00}, CD), section 10213-7 Surgical operation note anesthesia, value set {@code 2.16.156.10011.2.3.1.159}. */
    public Builder anesthesiaMethodCode(Coded value) {
      return set("10213-7", "DE06.00.073.00", CodedValue.of(value));
    }

    /** 术前用药 ({@code DE06.00.136.00}, ST), section 10160-0 History of medication use. */
    public Builder addMedicationUsage(String value) {
      return add("10160-0", "DE06.00.136.00", Text.of(value));
    }

    /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit ml. */
    public Builder addInfusionVolume(BigDecimal value) {
      return add("10216-0", "DE06.00.268.00", quantity("10216-0", "DE06.00.268.00", value));
    }

    /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit ml. */
    public Builder addInfusionVolume(PhysicalQuantity value) {
      return add("10216-0", "DE06.00.268.00", value);
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperaive Dx, value set {@code 2.16.156.10011.2.3.2.38}. */
    public Builder diagnosisCodeInSurgicalOperationNotePostoperaiveDx(Coded value) {
      return set("10218-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** Sets the one {@link OperationDescriptionGroup}, replacing any before. */
    public Builder operationDescription(OperationDescriptionGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link OperationDescriptionGroup} to its head 手术过程描述 alone, replacing any before. */
    public Builder operationDescription(String value) {
      return setGroup(OperationDescriptionGroup.of(value));
    }

    /** Sets the one {@link DrainageFlagInSurgicalDrainsGroup}, replacing any before. */
    public Builder drainageFlagInSurgicalDrains(DrainageFlagInSurgicalDrainsGroup group) {
      return setGroup(group);
    }

    /** Sets the one {@link DrainageFlagInSurgicalDrainsGroup} to its head 引流标志 alone, replacing any before. */
    public Builder drainageFlagInSurgicalDrains(boolean value) {
      return setGroup(DrainageFlagInSurgicalDrainsGroup.of(value));
    }
  }
}
