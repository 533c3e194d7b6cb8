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

  /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
  public List<PhysicalQuantity> bloodLoss() {
    return valueList("55103-6", "DE06.00.097.00", PhysicalQuantity.class);
  }

  /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit mL. */
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

  /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit mL. */
  public List<PhysicalQuantity> infusionVolume() {
    return valueList("10216-0", "DE06.00.268.00", PhysicalQuantity.class);
  }

  /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperaive Dx. */
  public Optional<CodedValue> diagnosisCodeInSurgicalOperationNotePostoperaiveDx() {
    return value("10218-6", "DE05.01.024.00", CodedValue.class);
  }

  /** 手术过程描述 ({@code DE05.10.063.00}, ST), section 8724-7 Surgical operation note description. */
  public Optional<String> operationDescription() {
    return text("8724-7", "DE05.10.063.00");
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

    /** 手术(操作)名称 ({@code DE06.00.094.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addProcedureName(String value) {
      return add("47519-4", "DE06.00.094.00", Text.of(value));
    }

    /** 患者实施手术所在的手术室编号 ({@code DE06.00.256.00}, ST), section 47519-4 HISTORY OF PROCEDURES. */
    public Builder addOperatingRoomNumber(String value) {
      return add("47519-4", "DE06.00.256.00", Text.of(value));
    }

    /** 手术级别 ({@code DE06.00.255.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.1.258}. */
    public Builder addOperationLevel(Coded value) {
      return add("47519-4", "DE06.00.255.00", CodedValue.of(value));
    }

    /** 手术及操作编码 ({@code DE06.00.093.00}, CD), section 47519-4 HISTORY OF PROCEDURES, value set {@code 2.16.156.10011.2.3.3.12}. */
    public Builder addProcedureCode(Coded value) {
      return add("47519-4", "DE06.00.093.00", CodedValue.of(value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
    public Builder addBloodLoss(BigDecimal value) {
      return add("55103-6", "DE06.00.097.00", quantity("55103-6", "DE06.00.097.00", value));
    }

    /** 出血量(ml) ({@code DE06.00.097.00}, PQ), section 55103-6 Surgical operation note estimated blood loss, unit mL. */
    public Builder addBloodLoss(PhysicalQuantity value) {
      return add("55103-6", "DE06.00.097.00", value);
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit mL. */
    public Builder addTransfusionVolume(BigDecimal value) {
      return add("56836-0", "DE06.00.267.00", quantity("56836-0", "DE06.00.267.00", value));
    }

    /** 输血量(ml) ({@code DE06.00.267.00}, PQ), section 56836-0 History of blood transfusion, unit mL. */
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

    /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit mL. */
    public Builder addInfusionVolume(BigDecimal value) {
      return add("10216-0", "DE06.00.268.00", quantity("10216-0", "DE06.00.268.00", value));
    }

    /** 输液量(ml) ({@code DE06.00.268.00}, PQ), section 10216-0 Surgical operation note fluids, unit mL. */
    public Builder addInfusionVolume(PhysicalQuantity value) {
      return add("10216-0", "DE06.00.268.00", value);
    }

    /** 术后诊断编码 ({@code DE05.01.024.00}, CD), section 10218-6 Surgical operation note postoperaive Dx. */
    public Builder diagnosisCodeInSurgicalOperationNotePostoperaiveDx(Coded value) {
      return set("10218-6", "DE05.01.024.00", CodedValue.of(value));
    }

    /** 手术过程描述 ({@code DE05.10.063.00}, ST), section 8724-7 Surgical operation note description. */
    public Builder operationDescription(String value) {
      return set("8724-7", "DE05.10.063.00", Text.of(value));
    }

    /** 手术目标部位名称 ({@code DE06.00.187.00}, ST), section 8724-7 Surgical operation note description. */
    public Builder procedureSiteName(String value) {
      return set("8724-7", "DE06.00.187.00", Text.of(value));
    }

    /** 介入物名称 ({@code DE08.50.037.00}, ST), section 8724-7 Surgical operation note description. */
    public Builder interventionalDeviceName(String value) {
      return set("8724-7", "DE08.50.037.00", Text.of(value));
    }

    /** 手术体位代码 ({@code DE06.00.260.00}, CD), section 8724-7 Surgical operation note description, value set {@code 2.16.156.10011.2.3.1.262}. */
    public Builder surgicalPositionCode(Coded value) {
      return set("8724-7", "DE06.00.260.00", CodedValue.of(value));
    }

    /** 皮肤消毒描述 ({@code DE08.50.057.00}, ST), section 8724-7 Surgical operation note description. */
    public Builder skinDisinfectionDescription(String value) {
      return set("8724-7", "DE08.50.057.00", Text.of(value));
    }

    /** 手术切口描述 ({@code DE06.00.321.00}, ST), section 8724-7 Surgical operation note description. */
    public Builder incisionDescription(String value) {
      return set("8724-7", "DE06.00.321.00", Text.of(value));
    }

    /** 引流标志 ({@code DE05.10.165.00}, BL), section 8724-7 Surgical operation note description. */
    public Builder drainageFlagInSurgicalOperationNoteDescription(boolean value) {
      return set("8724-7", "DE05.10.165.00", BooleanValue.of(value));
    }

    /** 引流标志 ({@code DE05.10.165.00}, BL), section 11537-8 Surgical drains. */
    public Builder drainageFlagInSurgicalDrains(boolean value) {
      return set("11537-8", "DE05.10.165.00", BooleanValue.of(value));
    }

    /** 引流材料名称 ({@code DE08.50.044.00}, ST), section 11537-8 Surgical drains. */
    public Builder drainageMaterialName(String value) {
      return set("11537-8", "DE08.50.044.00", Text.of(value));
    }

    /** 引流材料数目 ({@code DE08.50.045.00}, ST), section 11537-8 Surgical drains. */
    public Builder drainageMaterialCount(String value) {
      return set("11537-8", "DE08.50.045.00", Text.of(value));
    }

    /** 放置部位 ({@code DE06.00.341.00}, ST), section 11537-8 Surgical drains. */
    public Builder placementSite(String value) {
      return set("11537-8", "DE06.00.341.00", Text.of(value));
    }
  }
}
