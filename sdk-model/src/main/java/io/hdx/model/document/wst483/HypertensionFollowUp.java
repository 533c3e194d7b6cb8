package io.hdx.model.document.wst483;

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
 * WS/T 483.12-2016 高血压患者随访服务 (Hypertension patient follow-up): document code {@code HSDB04.01}, templateId {@code 2.16.156.10011.2.1.1.12}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 1 of 10 sections; 6 of 18 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class HypertensionFollowUp extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDB04.01";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.12";

  private HypertensionFollowUp(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDB04.01
   */
  public static HypertensionFollowUp from(ClinicalDocument document) {
    return new HypertensionFollowUp(document);
  }

  /** 症状代码 ({@code DE04.01.116.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> symptomCode() {
    return value("11450-4", "DE04.01.116.00", CodedValue.class);
  }

  /** 症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> symptomName() {
    return text("11450-4", "DE04.01.118.00");
  }

  /** 收缩压 mmHg ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("8716-3", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** 舒张压 mmHg ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("8716-3", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyWeightInVitalSigns() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyHeight() {
    return value("8716-3", "DE04.10.167.00", PhysicalQuantity.class);
  }

  /** 体质指数 kg/m2 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyMassIndexInVitalSigns() {
    return value("8716-3", "DE05.10.075.00", PhysicalQuantity.class);
  }

  /** 心率 次/min ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> heartRate() {
    return value("8716-3", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 其他阳性体征 ({@code DE04.10.143.00}, ST), section 8716-3 VITAL SIGNS. */
  public Optional<String> otherPositiveSigns() {
    return text("8716-3", "DE04.10.143.00");
  }

  /** 目标体重 ({@code DE04.10.188.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> bodyWeightInTreatmentPlan() {
    return text("18776-5", "DE04.10.188.00");
  }

  /** 目标体质指数 ({@code DE05.10.075.00}, ST), section 18776-5 TREATMENT PLAN. */
  public Optional<String> bodyMassIndexInTreatmentPlan() {
    return text("18776-5", "DE05.10.075.00");
  }

  /** 目标日吸烟量 支 ({@code DE03.00.053.00}, PQ), section 18776-5 TREATMENT PLAN. */
  public Optional<PhysicalQuantity> dailyCigaretteCount() {
    return value("18776-5", "DE03.00.053.00", PhysicalQuantity.class);
  }

  /** 目标日饮酒量 两 ({@code DE03.00.054.00}, PQ), section 18776-5 TREATMENT PLAN. */
  public Optional<PhysicalQuantity> dailyAlcoholIntake() {
    return value("18776-5", "DE03.00.054.00", PhysicalQuantity.class);
  }

  /** 目标运动频率 ({@code DE03.00.087.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.23}. */
  public Optional<CodedValue> targetExerciseFrequency() {
    return value("18776-5", "DE03.00.087.00", CodedValue.class);
  }

  /** 目标摄盐量分级 ({@code DE03.00.055.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.2.25}. */
  public Optional<CodedValue> targetSaltIntakeGrade() {
    return value("18776-5", "DE03.00.055.00", CodedValue.class);
  }

  /** 中药使用类别 ({@code DE06.00.164.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.1.157}. */
  public Optional<CodedValue> tcmUsageCategoryCode() {
    return value("10160-0", "DE06.00.164.00", CodedValue.class);
  }

  /** 随访评价结果代码 ({@code DE05.10.066.00}, CD), section X-ASSESS ASSESSMENTS (健康评估章节; non-LOINC code as written in the example) [position HIGH; code not LOINC in either source], value set {@code 2.16.156.10011.2.3.1.150}. */
  public Optional<CodedValue> followUpEvaluationResultCode() {
    return value("X-ASSESS", "DE05.10.066.00", CodedValue.class);
  }

  /** 转诊标志 ({@code DE06.00.174.00}, BL), section 18776-1 referal (转诊建议章节; code as written in the example, LOINC validity unchecked) [two sources agree on code+display, but 18776-1 is not a verified LOINC code]. */
  public Optional<Boolean> referralFlag() {
    return bool("18776-1", "DE06.00.174.00");
  }

  /** Builds a {@link HypertensionFollowUp}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<HypertensionFollowUp, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected HypertensionFollowUp create(ClinicalDocument document) {
      return new HypertensionFollowUp(document);
    }

    /** 症状代码 ({@code DE04.01.116.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder symptomCode(Coded value) {
      return set("11450-4", "DE04.01.116.00", CodedValue.of(value));
    }

    /** 症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder symptomName(String value) {
      return set("11450-4", "DE04.01.118.00", Text.of(value));
    }

    /** 收缩压 mmHg ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder systolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.174.00", quantity("8716-3", "DE04.10.174.00", value));
    }

    /** 收缩压 mmHg ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder systolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.174.00", value);
    }

    /** 舒张压 mmHg ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder diastolicBloodPressure(BigDecimal value) {
      return set("8716-3", "DE04.10.176.00", quantity("8716-3", "DE04.10.176.00", value));
    }

    /** 舒张压 mmHg ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder diastolicBloodPressure(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.176.00", value);
    }

    /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeightInVitalSigns(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeightInVitalSigns(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyHeight(BigDecimal value) {
      return set("8716-3", "DE04.10.167.00", quantity("8716-3", "DE04.10.167.00", value));
    }

    /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyHeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.167.00", value);
    }

    /** 体质指数 kg/m2 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyMassIndexInVitalSigns(BigDecimal value) {
      return set("8716-3", "DE05.10.075.00", quantity("8716-3", "DE05.10.075.00", value));
    }

    /** 体质指数 kg/m2 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyMassIndexInVitalSigns(PhysicalQuantity value) {
      return set("8716-3", "DE05.10.075.00", value);
    }

    /** 心率 次/min ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder heartRate(BigDecimal value) {
      return set("8716-3", "DE04.10.206.00", quantity("8716-3", "DE04.10.206.00", value));
    }

    /** 心率 次/min ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder heartRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.206.00", value);
    }

    /** 其他阳性体征 ({@code DE04.10.143.00}, ST), section 8716-3 VITAL SIGNS. */
    public Builder otherPositiveSigns(String value) {
      return set("8716-3", "DE04.10.143.00", Text.of(value));
    }

    /** 目标体重 ({@code DE04.10.188.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder bodyWeightInTreatmentPlan(String value) {
      return set("18776-5", "DE04.10.188.00", Text.of(value));
    }

    /** 目标体质指数 ({@code DE05.10.075.00}, ST), section 18776-5 TREATMENT PLAN. */
    public Builder bodyMassIndexInTreatmentPlan(String value) {
      return set("18776-5", "DE05.10.075.00", Text.of(value));
    }

    /** 目标日吸烟量 支 ({@code DE03.00.053.00}, PQ), section 18776-5 TREATMENT PLAN. */
    public Builder dailyCigaretteCount(BigDecimal value) {
      return set("18776-5", "DE03.00.053.00", quantity("18776-5", "DE03.00.053.00", value));
    }

    /** 目标日吸烟量 支 ({@code DE03.00.053.00}, PQ), section 18776-5 TREATMENT PLAN. */
    public Builder dailyCigaretteCount(PhysicalQuantity value) {
      return set("18776-5", "DE03.00.053.00", value);
    }

    /** 目标日饮酒量 两 ({@code DE03.00.054.00}, PQ), section 18776-5 TREATMENT PLAN. */
    public Builder dailyAlcoholIntake(BigDecimal value) {
      return set("18776-5", "DE03.00.054.00", quantity("18776-5", "DE03.00.054.00", value));
    }

    /** 目标日饮酒量 两 ({@code DE03.00.054.00}, PQ), section 18776-5 TREATMENT PLAN. */
    public Builder dailyAlcoholIntake(PhysicalQuantity value) {
      return set("18776-5", "DE03.00.054.00", value);
    }

    /** 目标运动频率 ({@code DE03.00.087.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.1.23}. */
    public Builder targetExerciseFrequency(Coded value) {
      return set("18776-5", "DE03.00.087.00", CodedValue.of(value));
    }

    /** 目标摄盐量分级 ({@code DE03.00.055.00}, CD), section 18776-5 TREATMENT PLAN, value set {@code 2.16.156.10011.2.3.2.25}. */
    public Builder targetSaltIntakeGrade(Coded value) {
      return set("18776-5", "DE03.00.055.00", CodedValue.of(value));
    }

    /** 中药使用类别 ({@code DE06.00.164.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.1.157}. */
    public Builder tcmUsageCategoryCode(Coded value) {
      return set("10160-0", "DE06.00.164.00", CodedValue.of(value));
    }

    /** 随访评价结果代码 ({@code DE05.10.066.00}, CD), section X-ASSESS ASSESSMENTS (健康评估章节; non-LOINC code as written in the example) [position HIGH; code not LOINC in either source], value set {@code 2.16.156.10011.2.3.1.150}. */
    public Builder followUpEvaluationResultCode(Coded value) {
      return set("X-ASSESS", "DE05.10.066.00", CodedValue.of(value));
    }

    /** 转诊标志 ({@code DE06.00.174.00}, BL), section 18776-1 referal (转诊建议章节; code as written in the example, LOINC validity unchecked) [two sources agree on code+display, but 18776-1 is not a verified LOINC code]. */
    public Builder referralFlag(boolean value) {
      return set("18776-1", "DE06.00.174.00", BooleanValue.of(value));
    }
  }
}
