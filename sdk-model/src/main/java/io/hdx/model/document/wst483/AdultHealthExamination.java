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
 * WS/T 483.16-2016 成人健康体检 (Adult health examination): document code {@code HSDC00.01}, templateId {@code 2.16.156.10011.2.1.1.16}.
 *
 * <p>Unconfirmed in the spec data: cardinalities (the public samples show presence only); 14 of 103 entries.
 *
 * <p>Generated from the document spec by TypedDocumentGenerator; do not edit.
 *
 * <p>Thread safety: immutable; the builder is not thread-safe.
 *
 * @since 0.1.0
 */
public final class AdultHealthExamination extends TypedDocument {
  /** The document code. */
  public static final String CODE = "HSDC00.01";
  /** The templateId OID. */
  public static final String TEMPLATE_ID = "2.16.156.10011.2.1.1.16";

  private AdultHealthExamination(ClinicalDocument document) {
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
   * @throws io.hdx.model.ValidationException when the document is not a HSDC00.01
   */
  public static AdultHealthExamination from(ClinicalDocument document) {
    return new AdultHealthExamination(document);
  }

  /** 症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
  public Optional<String> symptomName() {
    return text("11450-4", "DE04.01.118.00");
  }

  /** 症状代码 ({@code DE04.01.116.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
  public Optional<CodedValue> symptomCode() {
    return value("11450-4", "DE04.01.116.00", CodedValue.class);
  }

  /** 体温 ℃ ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyTemperature() {
    return value("8716-3", "DE04.10.186.00", PhysicalQuantity.class);
  }

  /** 脉率 次/min ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> pulseRate() {
    return value("8716-3", "DE04.10.118.00", PhysicalQuantity.class);
  }

  /** 呼吸频率 次/min ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> admissionRespiratoryRate() {
    return value("8716-3", "DE04.10.082.00", PhysicalQuantity.class);
  }

  /** 收缩压 mmHg ({@code DE04.10.174.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> systolicBloodPressure() {
    return value("8716-3", "DE04.10.174.00", PhysicalQuantity.class);
  }

  /** 舒张压 mmHg ({@code DE04.10.176.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> diastolicBloodPressure() {
    return value("8716-3", "DE04.10.176.00", PhysicalQuantity.class);
  }

  /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyHeight() {
    return value("8716-3", "DE04.10.167.00", PhysicalQuantity.class);
  }

  /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyWeight() {
    return value("8716-3", "DE04.10.188.00", PhysicalQuantity.class);
  }

  /** 腰围 cm ({@code DE04.10.218.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> waistCircumference() {
    return value("8716-3", "DE04.10.218.00", PhysicalQuantity.class);
  }

  /** 体质指数 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> bodyMassIndex() {
    return value("8716-3", "DE05.10.075.00", PhysicalQuantity.class);
  }

  /** 心率 次/min ({@code DE04.10.206.00}, PQ), section 8716-3 VITAL SIGNS. */
  public Optional<PhysicalQuantity> heartRate() {
    return value("8716-3", "DE04.10.206.00", PhysicalQuantity.class);
  }

  /** 口唇外观检查结果代码 ({@code DE04.10.106.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.61}. */
  public Optional<CodedValue> lipAppearanceExamResultCode() {
    return value("10201-2", "DE04.10.106.00", CodedValue.class);
  }

  /** 齿列类别代码 ({@code DE04.10.016.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.64}. */
  public Optional<CodedValue> dentitionTypeCode() {
    return value("10201-2", "DE04.10.016.00", CodedValue.class);
  }

  /** 齿列描述 ({@code DE04.10.017.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.64}. */
  public Optional<CodedValue> dentitionDescription() {
    return value("10201-2", "DE04.10.017.00", CodedValue.class);
  }

  /** 咽部检查结果代码 ({@code DE04.10.214.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.2.6}. */
  public Optional<CodedValue> pharynxExamResultCode() {
    return value("10201-2", "DE04.10.214.00", CodedValue.class);
  }

  /** 裸眼远视力值 ({@code DE04.10.116.00}, PQ), section 10197-2 Physical findings of Eye. */
  public Optional<PhysicalQuantity> uncorrectedDistanceVisualAcuity() {
    return value("10197-2", "DE04.10.116.00", PhysicalQuantity.class);
  }

  /** 矫正远视力值 ({@code DE04.10.098.00}, PQ), section 10197-2 Physical findings of Eye. */
  public Optional<PhysicalQuantity> correctedDistanceVisualAcuity() {
    return value("10197-2", "DE04.10.098.00", PhysicalQuantity.class);
  }

  /** 眼底检查结果异常标志 ({@code DE04.50.110.00}, BL), section 10197-2 Physical findings of Eye. */
  public Optional<Boolean> fundusExamAbnormalFlag() {
    return bool("10197-2", "DE04.50.110.00");
  }

  /** 眼底检查结果异常描述 ({@code DE04.10.215.00}, ST), section 10197-2 Physical findings of Eye. */
  public Optional<String> fundusExamAbnormalDescription() {
    return text("10197-2", "DE04.10.215.00");
  }

  /** 巩膜检查结果代码 ({@code DE04.10.075.00}, CD), section 10197-2 Physical findings of Eye, value set {@code 2.16.156.10011.2.3.1.60}. */
  public Optional<CodedValue> scleraExamResultCode() {
    return value("10197-2", "DE04.10.075.00", CodedValue.class);
  }

  /** 听力检测结果代码 ({@code DE04.10.190.00}, CD), section 10195-6 EAR, value set {@code 2.16.156.10011.2.3.2.7}. */
  public Optional<CodedValue> hearingTestResultCode() {
    return value("10195-6", "DE04.10.190.00", CodedValue.class);
  }

  /** 腹部压痛标志 ({@code DE04.10.048.00}, BL), section 10191-5 ABDOMEN. */
  public Optional<Boolean> abdominalTendernessFlag() {
    return bool("10191-5", "DE04.10.048.00");
  }

  /** 腹部压痛描述 ({@code DE04.10.049.00}, ST), section 10191-5 ABDOMEN. */
  public Optional<String> abdominalTendernessDescription() {
    return text("10191-5", "DE04.10.049.00");
  }

  /** 腹部包块标志 ({@code DE04.10.044.00}, BL), section 10191-5 ABDOMEN. */
  public Optional<Boolean> abdominalMassFlag() {
    return bool("10191-5", "DE04.10.044.00");
  }

  /** 腹部包块描述 ({@code DE04.10.045.00}, ST), section 10191-5 ABDOMEN. */
  public Optional<String> abdominalMassDescription() {
    return text("10191-5", "DE04.10.045.00");
  }

  /** 肝大标志 ({@code DE04.10.054.00}, BL), section 10191-5 ABDOMEN. */
  public Optional<Boolean> hepatomegalyFlag() {
    return bool("10191-5", "DE04.10.054.00");
  }

  /** 肝大描述 ({@code DE04.10.055.00}, ST), section 10191-5 ABDOMEN. */
  public Optional<String> hepatomegalyDescription() {
    return text("10191-5", "DE04.10.055.00");
  }

  /** 脾大标志 ({@code DE04.10.138.00}, BL), section 10191-5 ABDOMEN. */
  public Optional<Boolean> splenomegalyFlag() {
    return bool("10191-5", "DE04.10.138.00");
  }

  /** 脾大描述 ({@code DE04.10.139.00}, ST), section 10191-5 ABDOMEN. */
  public Optional<String> splenomegalyDescription() {
    return text("10191-5", "DE04.10.139.00");
  }

  /** 腹部移动性浊音标志 ({@code DE04.10.050.00}, BL), section 10191-5 ABDOMEN. */
  public Optional<Boolean> shiftingDullnessFlag() {
    return bool("10191-5", "DE04.10.050.00");
  }

  /** 腹部移动性浊音描述 ({@code DE04.10.051.00}, ST), section 10191-5 ABDOMEN. */
  public Optional<String> shiftingDullnessDescription() {
    return text("10191-5", "DE04.10.051.00");
  }

  /** 运动功能状态代码 ({@code DE05.10.106.00}, CD), section 46006-3 Physical functioning and structural problems, value set {@code 2.16.156.10011.2.3.2.8}. */
  public Optional<CodedValue> motorFunctionStatusCode() {
    return value("46006-3", "DE05.10.106.00", CodedValue.class);
  }

  /** 心律类别代码 ({@code DE04.10.205.00}, CD), section 10200-4 HEART, value set {@code 2.16.156.10011.2.3.2.9}. */
  public Optional<CodedValue> heartRhythmTypeCode() {
    return value("10200-4", "DE04.10.205.00", CodedValue.class);
  }

  /** 心脏杂音标志 ({@code DE04.10.209.00}, BL), section 10200-4 HEART. */
  public Optional<Boolean> heartMurmurFlag() {
    return bool("10200-4", "DE04.10.209.00");
  }

  /** 心脏杂音描述 ({@code DE04.10.210.00}, ST), section 10200-4 HEART. */
  public Optional<String> heartMurmurDescription() {
    return text("10200-4", "DE04.10.210.00");
  }

  /** 足背动脉搏动代码 ({@code DE04.10.238.00}, CD), section 10208-7 VESSELS, value set {@code 2.16.156.10011.2.3.1.69}. */
  public Optional<CodedValue> dorsalisPedisPulseCode() {
    return value("10208-7", "DE04.10.238.00", CodedValue.class);
  }

  /** 肺部异常呼吸音标志 / 罗音标志 ({@code DE04.10.034.00}, BL), section 11412-4 RESPIRATORY SYSTEM. */
  public Optional<Boolean> abnormalBreathSoundFlag() {
    return bool("11412-4", "DE04.10.034.00");
  }

  /** 肺部异常呼吸音/罗音描述 ({@code DE04.10.032.00}, ST), section 11412-4 RESPIRATORY SYSTEM. */
  public Optional<String> abnormalBreathSoundDescription() {
    return text("11412-4", "DE04.10.032.00");
  }

  /** 桶状胸标志 ({@code DE04.10.191.00}, BL), section 11412-4 RESPIRATORY SYSTEM. */
  public Optional<Boolean> barrelChestFlag() {
    return bool("11412-4", "DE04.10.191.00");
  }

  /** 皮肤检查结果代码 ({@code DE04.10.129.00}, CD), section 29302-7 INTEGUMENTARY SYSTEM, value set {@code 2.16.156.10011.2.3.1.58}. */
  public Optional<CodedValue> skinExamResultCode() {
    return value("29302-7", "DE04.10.129.00", CodedValue.class);
  }

  /** 淋巴结检查结果代码 ({@code DE04.10.113.00}, CD), section 11447-0 HEMATOLOGIC+LYMPHATIC+IMMUNOLOGIC SYSTEM, value set {@code 2.16.156.10011.2.3.1.65}. */
  public Optional<CodedValue> lymphNodeExamResultCode() {
    return value("11447-0", "DE04.10.113.00", CodedValue.class);
  }

  /** 下肢水肿检查结果代码 ({@code DE04.10.201.00}, CD), section 10196-4 EXTREMITIES, value set {@code 2.16.156.10011.2.3.1.68}. */
  public Optional<CodedValue> lowerLimbEdemaExamResultCode() {
    return value("10196-4", "DE04.10.201.00", CodedValue.class);
  }

  /** 肛门指诊检查结果代码 ({@code DE04.10.064.00}, CD), section 10205-3 RECTUM, value set {@code 2.16.156.10011.2.3.1.67}. */
  public Optional<CodedValue> digitalRectalExamResultCode() {
    return value("10205-3", "DE04.10.064.00", CodedValue.class);
  }

  /** 乳腺检查结果代码 ({@code DE04.10.159.00}, CD), section 10193-1 Breasts, value set {@code 2.16.156.10011.2.3.1.66}. */
  public Optional<CodedValue> breastExamResultCode() {
    return value("10193-1", "DE04.10.159.00", CodedValue.class);
  }

  /** 外阴异常标志 ({@code DE04.10.187.00}, BL), section 11400-9 GENITALIA. */
  public Optional<Boolean> vulvaAbnormalFlag() {
    return bool("11400-9", "DE04.10.187.00");
  }

  /** 外阴异常描述 ({@code DE04.10.198.00}, ST), section 11400-9 GENITALIA. */
  public Optional<String> vulvaAbnormalDescription() {
    return text("11400-9", "DE04.10.198.00");
  }

  /** 阴道异常标志 ({@code DE04.10.223.00}, BL), section 11400-9 GENITALIA. */
  public Optional<Boolean> vaginaAbnormalFlag() {
    return bool("11400-9", "DE04.10.223.00");
  }

  /** 阴道异常描述 ({@code DE04.10.224.00}, ST), section 11400-9 GENITALIA. */
  public Optional<String> vaginaAbnormalDescription() {
    return text("11400-9", "DE04.10.224.00");
  }

  /** 宫颈异常标志 ({@code DE04.10.070.00}, BL), section 11400-9 GENITALIA. */
  public Optional<Boolean> cervixAbnormalFlag() {
    return bool("11400-9", "DE04.10.070.00");
  }

  /** 宫颈异常描述 ({@code DE04.10.071.00}, ST), section 11400-9 GENITALIA. */
  public Optional<String> cervixAbnormalDescription() {
    return text("11400-9", "DE04.10.071.00");
  }

  /** 宫体异常标志 ({@code DE04.10.072.00}, BL), section 11400-9 GENITALIA. */
  public Optional<Boolean> uterineBodyAbnormalFlag() {
    return bool("11400-9", "DE04.10.072.00");
  }

  /** 宫体异常描述 ({@code DE04.10.073.00}, ST), section 11400-9 GENITALIA. */
  public Optional<String> uterineBodyAbnormalDescription() {
    return text("11400-9", "DE04.10.073.00");
  }

  /** 附件异常标志 ({@code DE04.10.041.00}, BL), section 11400-9 GENITALIA. */
  public Optional<Boolean> adnexaAbnormalFlag() {
    return bool("11400-9", "DE04.10.041.00");
  }

  /** 附件异常描述 ({@code DE04.10.042.00}, ST), section 11400-9 GENITALIA. */
  public Optional<String> adnexaExplorationFindings() {
    return text("11400-9", "DE04.10.042.00");
  }

  /** DE04.50.091.00 ({@code DE04.50.091.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> hemoglobin() {
    return value("30954-2", "DE04.50.091.00", PhysicalQuantity.class);
  }

  /** DE04.50.015.00 ({@code DE04.50.015.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> whiteBloodCellCount() {
    return value("30954-2", "DE04.50.015.00", PhysicalQuantity.class);
  }

  /** DE04.50.108.00 ({@code DE04.50.108.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> plateletCount() {
    return value("30954-2", "DE04.50.108.00", PhysicalQuantity.class);
  }

  /** 尿检验 item ({@code DE04.50.050.00}, ST), section 30954-2 STUDIES SUMMARY. */
  public Optional<String> urineProteinQualitativeResult() {
    return text("30954-2", "DE04.50.050.00");
  }

  /** DE04.50.062.00 ({@code DE04.50.062.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> urineGlucoseQualitativeResult() {
    return value("30954-2", "DE04.50.062.00", PhysicalQuantity.class);
  }

  /** DE04.50.063.00 ({@code DE04.50.063.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> urineKetoneQualitativeResult() {
    return value("30954-2", "DE04.50.063.00", PhysicalQuantity.class);
  }

  /** DE04.50.057.00 ({@code DE04.50.057.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> urineOccultBloodResult() {
    return value("30954-2", "DE04.50.057.00", PhysicalQuantity.class);
  }

  /** DE04.50.037.00 ({@code DE04.50.037.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> fastingBloodGlucose() {
    return value("30954-2", "DE04.50.037.00", PhysicalQuantity.class);
  }

  /** DE04.50.064.00 ({@code DE04.50.064.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> urineMicroalbumin() {
    return value("30954-2", "DE04.50.064.00", PhysicalQuantity.class);
  }

  /** DE04.50.022.00 ({@code DE04.50.022.00}, CD), section 30954-2 STUDIES SUMMARY. */
  public Optional<CodedValue> fecalOccultBloodFlag() {
    return value("30954-2", "DE04.50.022.00", CodedValue.class);
  }

  /** DE04.50.083.00 ({@code DE04.50.083.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> glycatedHemoglobin() {
    return value("30954-2", "DE04.50.083.00", PhysicalQuantity.class);
  }

  /** DE04.50.099.00 ({@code DE04.50.099.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> serumAlanineAminotransferase() {
    return value("30954-2", "DE04.50.099.00", PhysicalQuantity.class);
  }

  /** DE04.50.127.00 ({@code DE04.50.127.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> serumAspartateAminotransferase() {
    return value("30954-2", "DE04.50.127.00", PhysicalQuantity.class);
  }

  /** DE04.50.013.00 ({@code DE04.50.013.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> albuminConcentration() {
    return value("30954-2", "DE04.50.013.00", PhysicalQuantity.class);
  }

  /** DE04.50.126.00 ({@code DE04.50.126.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> totalBilirubin() {
    return value("30954-2", "DE04.50.126.00", PhysicalQuantity.class);
  }

  /** DE04.50.034.00 ({@code DE04.50.034.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> conjugatedBilirubin() {
    return value("30954-2", "DE04.50.034.00", PhysicalQuantity.class);
  }

  /** DE04.50.100.00 ({@code DE04.50.100.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> serumCreatinine() {
    return value("30954-2", "DE04.50.100.00", PhysicalQuantity.class);
  }

  /** DE04.50.095.00 ({@code DE04.50.095.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> bloodUreaNitrogen() {
    return value("30954-2", "DE04.50.095.00", PhysicalQuantity.class);
  }

  /** DE04.50.093.00 ({@code DE04.50.093.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> bloodPotassium() {
    return value("30954-2", "DE04.50.093.00", PhysicalQuantity.class);
  }

  /** DE04.50.094.00 ({@code DE04.50.094.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> bloodSodium() {
    return value("30954-2", "DE04.50.094.00", PhysicalQuantity.class);
  }

  /** DE04.50.125.00 ({@code DE04.50.125.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> totalCholesterol() {
    return value("30954-2", "DE04.50.125.00", PhysicalQuantity.class);
  }

  /** DE04.50.025.00 ({@code DE04.50.025.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> triglyceride() {
    return value("30954-2", "DE04.50.025.00", PhysicalQuantity.class);
  }

  /** DE04.50.097.00 ({@code DE04.50.097.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> serumLdlCholesterol() {
    return value("30954-2", "DE04.50.097.00", PhysicalQuantity.class);
  }

  /** DE04.50.098.00 ({@code DE04.50.098.00}, PQ), section 30954-2 STUDIES SUMMARY. */
  public Optional<PhysicalQuantity> serumHdlCholesterol() {
    return value("30954-2", "DE04.50.098.00", PhysicalQuantity.class);
  }

  /** 乙肝病毒定性检测结果分类 ({@code DE04.50.115.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
  public Optional<CodedValue> hbsAntibodyResultCode() {
    return value("30954-2", "DE04.50.115.00", CodedValue.class);
  }

  /** DE04.50.116.00 ({@code DE04.50.116.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
  public Optional<CodedValue> hbsAntigenResultCode() {
    return value("30954-2", "DE04.50.116.00", CodedValue.class);
  }

  /** DE04.50.114.00 ({@code DE04.50.114.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
  public Optional<CodedValue> hbeAntigenResultCode() {
    return value("30954-2", "DE04.50.114.00", CodedValue.class);
  }

  /** DE04.50.113.00 ({@code DE04.50.113.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
  public Optional<CodedValue> hbeAntibodyResultCode() {
    return value("30954-2", "DE04.50.113.00", CodedValue.class);
  }

  /** DE04.50.117.00 ({@code DE04.50.117.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
  public Optional<CodedValue> hbcAntibodyResultCode() {
    return value("30954-2", "DE04.50.117.00", CodedValue.class);
  }

  /** 中医体质辨识/分类 ({@code DE05.01.065.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.2.11}. */
  public Optional<CodedValue> tcmConstitutionClassification() {
    return value("29548-5", "DE05.01.065.00", CodedValue.class);
  }

  /** 中医体质判断结果 ({@code DE05.01.073.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.2.11}. */
  public Optional<CodedValue> tcmConstitutionJudgment() {
    return value("29548-5", "DE05.01.073.00", CodedValue.class);
  }

  /** 服药依从性代码 ({@code DE06.00.027.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.2.12}. */
  public Optional<CodedValue> medicationAdherenceCode() {
    return value("10160-0", "DE06.00.027.00", CodedValue.class);
  }

  /** 家族疾病 ({@code DE02.10.095.50}, CD), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES, value set {@code 2.16.156.10011.2.3.1.12}. */
  public Optional<CodedValue> familyDisease() {
    return value("10157-6", "DE02.10.095.50", CodedValue.class);
  }

  /** 曾建立家庭病床病案号 ({@code DE01.00.004.00}, INT), section 11336-5 HISTORY OF HOSPITALIZATIONS. */
  public Optional<Long> medicalRecordNumber() {
    return integer("11336-5", "DE01.00.004.00");
  }

  /** 职业暴露标志 ({@code DE03.00.089.00}, BL), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
  public Optional<Boolean> occupationalExposureFlag() {
    return bool("10161-8", "DE03.00.089.00");
  }

  /** 从事有危害因素职业时长 ({@code DE03.00.007.00}, PQ), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
  public Optional<PhysicalQuantity> hazardousOccupationDuration() {
    return value("10161-8", "DE03.00.007.00", PhysicalQuantity.class);
  }

  /** 职业暴露危险因素种类 ({@code DE03.00.091.00}, CD), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE, value set {@code 2.16.156.10011.2.3.1.31}. */
  public Optional<CodedValue> occupationalRiskFactorType() {
    return value("10161-8", "DE03.00.091.00", CodedValue.class);
  }

  /** 职业防护措施标志 ({@code DE03.00.094.00}, BL), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
  public Optional<Boolean> occupationalProtectionFlag() {
    return bool("10161-8", "DE03.00.094.00");
  }

  /** 老年人健康状态自我评估 ({@code DE04.01.036.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.1.53}. */
  public Optional<CodedValue> elderlyHealthSelfAssessment() {
    return value("51848-0", "DE04.01.036.00", CodedValue.class);
  }

  /** 老年人生活自理能力评估 ({@code DE05.10.043.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.1.54}. */
  public Optional<CodedValue> elderlySelfCareAssessment() {
    return value("51848-0", "DE05.10.043.00", CodedValue.class);
  }

  /** 老年人认知状态粗筛结果 ({@code DE05.10.041.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.2.3}. */
  public Optional<CodedValue> elderlyCognitiveScreeningResult() {
    return value("51848-0", "DE05.10.041.00", CodedValue.class);
  }

  /** 老年人认知功能评分 ({@code DE05.10.042.00}, INT), section 51848-0 ASSESSMENTS. */
  public Optional<Long> elderlyCognitiveScore() {
    return integer("51848-0", "DE05.10.042.00");
  }

  /** 老年人情感状态粗筛结果 ({@code DE05.10.040.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.2.4}. */
  public Optional<CodedValue> elderlyEmotionalScreeningResult() {
    return value("51848-0", "DE05.10.040.00", CodedValue.class);
  }

  /** 老年人抑郁评分 ({@code DE05.10.044.00}, INT), section 51848-0 ASSESSMENTS. */
  public Optional<Long> elderlyDepressionScore() {
    return integer("51848-0", "DE05.10.044.00");
  }

  /** 健康评价 ({@code DE05.10.031.00}, BL), section 51848-0 ASSESSMENTS. */
  public Optional<Boolean> generalHealthStatusFlag() {
    return bool("51848-0", "DE05.10.031.00");
  }

  /** 健康评价异常描述 ({@code DE05.10.032.00}, ST), section 51848-0 ASSESSMENTS. */
  public Optional<String> healthAssessmentAbnormalDescription() {
    return text("51848-0", "DE05.10.032.00");
  }

  /** 健康指导 ({@code DE06.00.051.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.2.13}. */
  public Optional<CodedValue> healthGuidance() {
    return value("69730-0", "DE06.00.051.00", CodedValue.class);
  }

  /** 危险因素控制 ({@code DE06.00.114.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.194}. */
  public Optional<CodedValue> riskFactorControl() {
    return value("69730-0", "DE06.00.114.00", CodedValue.class);
  }

  /** Builds a {@link AdultHealthExamination}. Thread safety: not thread-safe. */
  public static final class Builder extends TypedDocument.Builder<AdultHealthExamination, Builder> {
    private Builder() {
      super(documentSpec());
    }

    @Override
    protected AdultHealthExamination create(ClinicalDocument document) {
      return new AdultHealthExamination(document);
    }

    /** 症状名称 ({@code DE04.01.118.00}, ST), section 11450-4 PROBLEM LIST. */
    public Builder symptomName(String value) {
      return set("11450-4", "DE04.01.118.00", Text.of(value));
    }

    /** 症状代码 ({@code DE04.01.116.00}, CD), section 11450-4 PROBLEM LIST, value set {@code 2.16.156.10011.2.3.3.11}. */
    public Builder symptomCode(Coded value) {
      return set("11450-4", "DE04.01.116.00", CodedValue.of(value));
    }

    /** 体温 ℃ ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyTemperature(BigDecimal value) {
      return set("8716-3", "DE04.10.186.00", quantity("8716-3", "DE04.10.186.00", value));
    }

    /** 体温 ℃ ({@code DE04.10.186.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyTemperature(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.186.00", value);
    }

    /** 脉率 次/min ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder pulseRate(BigDecimal value) {
      return set("8716-3", "DE04.10.118.00", quantity("8716-3", "DE04.10.118.00", value));
    }

    /** 脉率 次/min ({@code DE04.10.118.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder pulseRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.118.00", value);
    }

    /** 呼吸频率 次/min ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder admissionRespiratoryRate(BigDecimal value) {
      return set("8716-3", "DE04.10.082.00", quantity("8716-3", "DE04.10.082.00", value));
    }

    /** 呼吸频率 次/min ({@code DE04.10.082.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder admissionRespiratoryRate(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.082.00", value);
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

    /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyHeight(BigDecimal value) {
      return set("8716-3", "DE04.10.167.00", quantity("8716-3", "DE04.10.167.00", value));
    }

    /** 身高 cm ({@code DE04.10.167.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyHeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.167.00", value);
    }

    /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeight(BigDecimal value) {
      return set("8716-3", "DE04.10.188.00", quantity("8716-3", "DE04.10.188.00", value));
    }

    /** 体重 kg ({@code DE04.10.188.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyWeight(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.188.00", value);
    }

    /** 腰围 cm ({@code DE04.10.218.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder waistCircumference(BigDecimal value) {
      return set("8716-3", "DE04.10.218.00", quantity("8716-3", "DE04.10.218.00", value));
    }

    /** 腰围 cm ({@code DE04.10.218.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder waistCircumference(PhysicalQuantity value) {
      return set("8716-3", "DE04.10.218.00", value);
    }

    /** 体质指数 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyMassIndex(BigDecimal value) {
      return set("8716-3", "DE05.10.075.00", quantity("8716-3", "DE05.10.075.00", value));
    }

    /** 体质指数 ({@code DE05.10.075.00}, PQ), section 8716-3 VITAL SIGNS. */
    public Builder bodyMassIndex(PhysicalQuantity value) {
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

    /** 口唇外观检查结果代码 ({@code DE04.10.106.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.61}. */
    public Builder lipAppearanceExamResultCode(Coded value) {
      return set("10201-2", "DE04.10.106.00", CodedValue.of(value));
    }

    /** 齿列类别代码 ({@code DE04.10.016.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.64}. */
    public Builder dentitionTypeCode(Coded value) {
      return set("10201-2", "DE04.10.016.00", CodedValue.of(value));
    }

    /** 齿列描述 ({@code DE04.10.017.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.1.64}. */
    public Builder dentitionDescription(Coded value) {
      return set("10201-2", "DE04.10.017.00", CodedValue.of(value));
    }

    /** 咽部检查结果代码 ({@code DE04.10.214.00}, CD), section 10201-2 EMOUTH and THROAT and TEETH, value set {@code 2.16.156.10011.2.3.2.6}. */
    public Builder pharynxExamResultCode(Coded value) {
      return set("10201-2", "DE04.10.214.00", CodedValue.of(value));
    }

    /** 裸眼远视力值 ({@code DE04.10.116.00}, PQ), section 10197-2 Physical findings of Eye. */
    public Builder uncorrectedDistanceVisualAcuity(BigDecimal value) {
      return set("10197-2", "DE04.10.116.00", quantity("10197-2", "DE04.10.116.00", value));
    }

    /** 裸眼远视力值 ({@code DE04.10.116.00}, PQ), section 10197-2 Physical findings of Eye. */
    public Builder uncorrectedDistanceVisualAcuity(PhysicalQuantity value) {
      return set("10197-2", "DE04.10.116.00", value);
    }

    /** 矫正远视力值 ({@code DE04.10.098.00}, PQ), section 10197-2 Physical findings of Eye. */
    public Builder correctedDistanceVisualAcuity(BigDecimal value) {
      return set("10197-2", "DE04.10.098.00", quantity("10197-2", "DE04.10.098.00", value));
    }

    /** 矫正远视力值 ({@code DE04.10.098.00}, PQ), section 10197-2 Physical findings of Eye. */
    public Builder correctedDistanceVisualAcuity(PhysicalQuantity value) {
      return set("10197-2", "DE04.10.098.00", value);
    }

    /** 眼底检查结果异常标志 ({@code DE04.50.110.00}, BL), section 10197-2 Physical findings of Eye. */
    public Builder fundusExamAbnormalFlag(boolean value) {
      return set("10197-2", "DE04.50.110.00", BooleanValue.of(value));
    }

    /** 眼底检查结果异常描述 ({@code DE04.10.215.00}, ST), section 10197-2 Physical findings of Eye. */
    public Builder fundusExamAbnormalDescription(String value) {
      return set("10197-2", "DE04.10.215.00", Text.of(value));
    }

    /** 巩膜检查结果代码 ({@code DE04.10.075.00}, CD), section 10197-2 Physical findings of Eye, value set {@code 2.16.156.10011.2.3.1.60}. */
    public Builder scleraExamResultCode(Coded value) {
      return set("10197-2", "DE04.10.075.00", CodedValue.of(value));
    }

    /** 听力检测结果代码 ({@code DE04.10.190.00}, CD), section 10195-6 EAR, value set {@code 2.16.156.10011.2.3.2.7}. */
    public Builder hearingTestResultCode(Coded value) {
      return set("10195-6", "DE04.10.190.00", CodedValue.of(value));
    }

    /** 腹部压痛标志 ({@code DE04.10.048.00}, BL), section 10191-5 ABDOMEN. */
    public Builder abdominalTendernessFlag(boolean value) {
      return set("10191-5", "DE04.10.048.00", BooleanValue.of(value));
    }

    /** 腹部压痛描述 ({@code DE04.10.049.00}, ST), section 10191-5 ABDOMEN. */
    public Builder abdominalTendernessDescription(String value) {
      return set("10191-5", "DE04.10.049.00", Text.of(value));
    }

    /** 腹部包块标志 ({@code DE04.10.044.00}, BL), section 10191-5 ABDOMEN. */
    public Builder abdominalMassFlag(boolean value) {
      return set("10191-5", "DE04.10.044.00", BooleanValue.of(value));
    }

    /** 腹部包块描述 ({@code DE04.10.045.00}, ST), section 10191-5 ABDOMEN. */
    public Builder abdominalMassDescription(String value) {
      return set("10191-5", "DE04.10.045.00", Text.of(value));
    }

    /** 肝大标志 ({@code DE04.10.054.00}, BL), section 10191-5 ABDOMEN. */
    public Builder hepatomegalyFlag(boolean value) {
      return set("10191-5", "DE04.10.054.00", BooleanValue.of(value));
    }

    /** 肝大描述 ({@code DE04.10.055.00}, ST), section 10191-5 ABDOMEN. */
    public Builder hepatomegalyDescription(String value) {
      return set("10191-5", "DE04.10.055.00", Text.of(value));
    }

    /** 脾大标志 ({@code DE04.10.138.00}, BL), section 10191-5 ABDOMEN. */
    public Builder splenomegalyFlag(boolean value) {
      return set("10191-5", "DE04.10.138.00", BooleanValue.of(value));
    }

    /** 脾大描述 ({@code DE04.10.139.00}, ST), section 10191-5 ABDOMEN. */
    public Builder splenomegalyDescription(String value) {
      return set("10191-5", "DE04.10.139.00", Text.of(value));
    }

    /** 腹部移动性浊音标志 ({@code DE04.10.050.00}, BL), section 10191-5 ABDOMEN. */
    public Builder shiftingDullnessFlag(boolean value) {
      return set("10191-5", "DE04.10.050.00", BooleanValue.of(value));
    }

    /** 腹部移动性浊音描述 ({@code DE04.10.051.00}, ST), section 10191-5 ABDOMEN. */
    public Builder shiftingDullnessDescription(String value) {
      return set("10191-5", "DE04.10.051.00", Text.of(value));
    }

    /** 运动功能状态代码 ({@code DE05.10.106.00}, CD), section 46006-3 Physical functioning and structural problems, value set {@code 2.16.156.10011.2.3.2.8}. */
    public Builder motorFunctionStatusCode(Coded value) {
      return set("46006-3", "DE05.10.106.00", CodedValue.of(value));
    }

    /** 心律类别代码 ({@code DE04.10.205.00}, CD), section 10200-4 HEART, value set {@code 2.16.156.10011.2.3.2.9}. */
    public Builder heartRhythmTypeCode(Coded value) {
      return set("10200-4", "DE04.10.205.00", CodedValue.of(value));
    }

    /** 心脏杂音标志 ({@code DE04.10.209.00}, BL), section 10200-4 HEART. */
    public Builder heartMurmurFlag(boolean value) {
      return set("10200-4", "DE04.10.209.00", BooleanValue.of(value));
    }

    /** 心脏杂音描述 ({@code DE04.10.210.00}, ST), section 10200-4 HEART. */
    public Builder heartMurmurDescription(String value) {
      return set("10200-4", "DE04.10.210.00", Text.of(value));
    }

    /** 足背动脉搏动代码 ({@code DE04.10.238.00}, CD), section 10208-7 VESSELS, value set {@code 2.16.156.10011.2.3.1.69}. */
    public Builder dorsalisPedisPulseCode(Coded value) {
      return set("10208-7", "DE04.10.238.00", CodedValue.of(value));
    }

    /** 肺部异常呼吸音标志 / 罗音标志 ({@code DE04.10.034.00}, BL), section 11412-4 RESPIRATORY SYSTEM. */
    public Builder abnormalBreathSoundFlag(boolean value) {
      return set("11412-4", "DE04.10.034.00", BooleanValue.of(value));
    }

    /** 肺部异常呼吸音/罗音描述 ({@code DE04.10.032.00}, ST), section 11412-4 RESPIRATORY SYSTEM. */
    public Builder abnormalBreathSoundDescription(String value) {
      return set("11412-4", "DE04.10.032.00", Text.of(value));
    }

    /** 桶状胸标志 ({@code DE04.10.191.00}, BL), section 11412-4 RESPIRATORY SYSTEM. */
    public Builder barrelChestFlag(boolean value) {
      return set("11412-4", "DE04.10.191.00", BooleanValue.of(value));
    }

    /** 皮肤检查结果代码 ({@code DE04.10.129.00}, CD), section 29302-7 INTEGUMENTARY SYSTEM, value set {@code 2.16.156.10011.2.3.1.58}. */
    public Builder skinExamResultCode(Coded value) {
      return set("29302-7", "DE04.10.129.00", CodedValue.of(value));
    }

    /** 淋巴结检查结果代码 ({@code DE04.10.113.00}, CD), section 11447-0 HEMATOLOGIC+LYMPHATIC+IMMUNOLOGIC SYSTEM, value set {@code 2.16.156.10011.2.3.1.65}. */
    public Builder lymphNodeExamResultCode(Coded value) {
      return set("11447-0", "DE04.10.113.00", CodedValue.of(value));
    }

    /** 下肢水肿检查结果代码 ({@code DE04.10.201.00}, CD), section 10196-4 EXTREMITIES, value set {@code 2.16.156.10011.2.3.1.68}. */
    public Builder lowerLimbEdemaExamResultCode(Coded value) {
      return set("10196-4", "DE04.10.201.00", CodedValue.of(value));
    }

    /** 肛门指诊检查结果代码 ({@code DE04.10.064.00}, CD), section 10205-3 RECTUM, value set {@code 2.16.156.10011.2.3.1.67}. */
    public Builder digitalRectalExamResultCode(Coded value) {
      return set("10205-3", "DE04.10.064.00", CodedValue.of(value));
    }

    /** 乳腺检查结果代码 ({@code DE04.10.159.00}, CD), section 10193-1 Breasts, value set {@code 2.16.156.10011.2.3.1.66}. */
    public Builder breastExamResultCode(Coded value) {
      return set("10193-1", "DE04.10.159.00", CodedValue.of(value));
    }

    /** 外阴异常标志 ({@code DE04.10.187.00}, BL), section 11400-9 GENITALIA. */
    public Builder vulvaAbnormalFlag(boolean value) {
      return set("11400-9", "DE04.10.187.00", BooleanValue.of(value));
    }

    /** 外阴异常描述 ({@code DE04.10.198.00}, ST), section 11400-9 GENITALIA. */
    public Builder vulvaAbnormalDescription(String value) {
      return set("11400-9", "DE04.10.198.00", Text.of(value));
    }

    /** 阴道异常标志 ({@code DE04.10.223.00}, BL), section 11400-9 GENITALIA. */
    public Builder vaginaAbnormalFlag(boolean value) {
      return set("11400-9", "DE04.10.223.00", BooleanValue.of(value));
    }

    /** 阴道异常描述 ({@code DE04.10.224.00}, ST), section 11400-9 GENITALIA. */
    public Builder vaginaAbnormalDescription(String value) {
      return set("11400-9", "DE04.10.224.00", Text.of(value));
    }

    /** 宫颈异常标志 ({@code DE04.10.070.00}, BL), section 11400-9 GENITALIA. */
    public Builder cervixAbnormalFlag(boolean value) {
      return set("11400-9", "DE04.10.070.00", BooleanValue.of(value));
    }

    /** 宫颈异常描述 ({@code DE04.10.071.00}, ST), section 11400-9 GENITALIA. */
    public Builder cervixAbnormalDescription(String value) {
      return set("11400-9", "DE04.10.071.00", Text.of(value));
    }

    /** 宫体异常标志 ({@code DE04.10.072.00}, BL), section 11400-9 GENITALIA. */
    public Builder uterineBodyAbnormalFlag(boolean value) {
      return set("11400-9", "DE04.10.072.00", BooleanValue.of(value));
    }

    /** 宫体异常描述 ({@code DE04.10.073.00}, ST), section 11400-9 GENITALIA. */
    public Builder uterineBodyAbnormalDescription(String value) {
      return set("11400-9", "DE04.10.073.00", Text.of(value));
    }

    /** 附件异常标志 ({@code DE04.10.041.00}, BL), section 11400-9 GENITALIA. */
    public Builder adnexaAbnormalFlag(boolean value) {
      return set("11400-9", "DE04.10.041.00", BooleanValue.of(value));
    }

    /** 附件异常描述 ({@code DE04.10.042.00}, ST), section 11400-9 GENITALIA. */
    public Builder adnexaExplorationFindings(String value) {
      return set("11400-9", "DE04.10.042.00", Text.of(value));
    }

    /** DE04.50.091.00 ({@code DE04.50.091.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder hemoglobin(BigDecimal value) {
      return set("30954-2", "DE04.50.091.00", quantity("30954-2", "DE04.50.091.00", value));
    }

    /** DE04.50.091.00 ({@code DE04.50.091.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder hemoglobin(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.091.00", value);
    }

    /** DE04.50.015.00 ({@code DE04.50.015.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder whiteBloodCellCount(BigDecimal value) {
      return set("30954-2", "DE04.50.015.00", quantity("30954-2", "DE04.50.015.00", value));
    }

    /** DE04.50.015.00 ({@code DE04.50.015.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder whiteBloodCellCount(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.015.00", value);
    }

    /** DE04.50.108.00 ({@code DE04.50.108.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder plateletCount(BigDecimal value) {
      return set("30954-2", "DE04.50.108.00", quantity("30954-2", "DE04.50.108.00", value));
    }

    /** DE04.50.108.00 ({@code DE04.50.108.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder plateletCount(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.108.00", value);
    }

    /** 尿检验 item ({@code DE04.50.050.00}, ST), section 30954-2 STUDIES SUMMARY. */
    public Builder urineProteinQualitativeResult(String value) {
      return set("30954-2", "DE04.50.050.00", Text.of(value));
    }

    /** DE04.50.062.00 ({@code DE04.50.062.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineGlucoseQualitativeResult(BigDecimal value) {
      return set("30954-2", "DE04.50.062.00", quantity("30954-2", "DE04.50.062.00", value));
    }

    /** DE04.50.062.00 ({@code DE04.50.062.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineGlucoseQualitativeResult(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.062.00", value);
    }

    /** DE04.50.063.00 ({@code DE04.50.063.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineKetoneQualitativeResult(BigDecimal value) {
      return set("30954-2", "DE04.50.063.00", quantity("30954-2", "DE04.50.063.00", value));
    }

    /** DE04.50.063.00 ({@code DE04.50.063.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineKetoneQualitativeResult(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.063.00", value);
    }

    /** DE04.50.057.00 ({@code DE04.50.057.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineOccultBloodResult(BigDecimal value) {
      return set("30954-2", "DE04.50.057.00", quantity("30954-2", "DE04.50.057.00", value));
    }

    /** DE04.50.057.00 ({@code DE04.50.057.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineOccultBloodResult(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.057.00", value);
    }

    /** DE04.50.037.00 ({@code DE04.50.037.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder fastingBloodGlucose(BigDecimal value) {
      return set("30954-2", "DE04.50.037.00", quantity("30954-2", "DE04.50.037.00", value));
    }

    /** DE04.50.037.00 ({@code DE04.50.037.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder fastingBloodGlucose(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.037.00", value);
    }

    /** DE04.50.064.00 ({@code DE04.50.064.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineMicroalbumin(BigDecimal value) {
      return set("30954-2", "DE04.50.064.00", quantity("30954-2", "DE04.50.064.00", value));
    }

    /** DE04.50.064.00 ({@code DE04.50.064.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder urineMicroalbumin(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.064.00", value);
    }

    /** DE04.50.022.00 ({@code DE04.50.022.00}, CD), section 30954-2 STUDIES SUMMARY. */
    public Builder fecalOccultBloodFlag(Coded value) {
      return set("30954-2", "DE04.50.022.00", CodedValue.of(value));
    }

    /** DE04.50.083.00 ({@code DE04.50.083.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder glycatedHemoglobin(BigDecimal value) {
      return set("30954-2", "DE04.50.083.00", quantity("30954-2", "DE04.50.083.00", value));
    }

    /** DE04.50.083.00 ({@code DE04.50.083.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder glycatedHemoglobin(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.083.00", value);
    }

    /** DE04.50.099.00 ({@code DE04.50.099.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumAlanineAminotransferase(BigDecimal value) {
      return set("30954-2", "DE04.50.099.00", quantity("30954-2", "DE04.50.099.00", value));
    }

    /** DE04.50.099.00 ({@code DE04.50.099.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumAlanineAminotransferase(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.099.00", value);
    }

    /** DE04.50.127.00 ({@code DE04.50.127.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumAspartateAminotransferase(BigDecimal value) {
      return set("30954-2", "DE04.50.127.00", quantity("30954-2", "DE04.50.127.00", value));
    }

    /** DE04.50.127.00 ({@code DE04.50.127.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumAspartateAminotransferase(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.127.00", value);
    }

    /** DE04.50.013.00 ({@code DE04.50.013.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder albuminConcentration(BigDecimal value) {
      return set("30954-2", "DE04.50.013.00", quantity("30954-2", "DE04.50.013.00", value));
    }

    /** DE04.50.013.00 ({@code DE04.50.013.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder albuminConcentration(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.013.00", value);
    }

    /** DE04.50.126.00 ({@code DE04.50.126.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder totalBilirubin(BigDecimal value) {
      return set("30954-2", "DE04.50.126.00", quantity("30954-2", "DE04.50.126.00", value));
    }

    /** DE04.50.126.00 ({@code DE04.50.126.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder totalBilirubin(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.126.00", value);
    }

    /** DE04.50.034.00 ({@code DE04.50.034.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder conjugatedBilirubin(BigDecimal value) {
      return set("30954-2", "DE04.50.034.00", quantity("30954-2", "DE04.50.034.00", value));
    }

    /** DE04.50.034.00 ({@code DE04.50.034.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder conjugatedBilirubin(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.034.00", value);
    }

    /** DE04.50.100.00 ({@code DE04.50.100.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumCreatinine(BigDecimal value) {
      return set("30954-2", "DE04.50.100.00", quantity("30954-2", "DE04.50.100.00", value));
    }

    /** DE04.50.100.00 ({@code DE04.50.100.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumCreatinine(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.100.00", value);
    }

    /** DE04.50.095.00 ({@code DE04.50.095.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodUreaNitrogen(BigDecimal value) {
      return set("30954-2", "DE04.50.095.00", quantity("30954-2", "DE04.50.095.00", value));
    }

    /** DE04.50.095.00 ({@code DE04.50.095.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodUreaNitrogen(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.095.00", value);
    }

    /** DE04.50.093.00 ({@code DE04.50.093.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodPotassium(BigDecimal value) {
      return set("30954-2", "DE04.50.093.00", quantity("30954-2", "DE04.50.093.00", value));
    }

    /** DE04.50.093.00 ({@code DE04.50.093.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodPotassium(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.093.00", value);
    }

    /** DE04.50.094.00 ({@code DE04.50.094.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodSodium(BigDecimal value) {
      return set("30954-2", "DE04.50.094.00", quantity("30954-2", "DE04.50.094.00", value));
    }

    /** DE04.50.094.00 ({@code DE04.50.094.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder bloodSodium(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.094.00", value);
    }

    /** DE04.50.125.00 ({@code DE04.50.125.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder totalCholesterol(BigDecimal value) {
      return set("30954-2", "DE04.50.125.00", quantity("30954-2", "DE04.50.125.00", value));
    }

    /** DE04.50.125.00 ({@code DE04.50.125.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder totalCholesterol(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.125.00", value);
    }

    /** DE04.50.025.00 ({@code DE04.50.025.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder triglyceride(BigDecimal value) {
      return set("30954-2", "DE04.50.025.00", quantity("30954-2", "DE04.50.025.00", value));
    }

    /** DE04.50.025.00 ({@code DE04.50.025.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder triglyceride(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.025.00", value);
    }

    /** DE04.50.097.00 ({@code DE04.50.097.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumLdlCholesterol(BigDecimal value) {
      return set("30954-2", "DE04.50.097.00", quantity("30954-2", "DE04.50.097.00", value));
    }

    /** DE04.50.097.00 ({@code DE04.50.097.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumLdlCholesterol(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.097.00", value);
    }

    /** DE04.50.098.00 ({@code DE04.50.098.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumHdlCholesterol(BigDecimal value) {
      return set("30954-2", "DE04.50.098.00", quantity("30954-2", "DE04.50.098.00", value));
    }

    /** DE04.50.098.00 ({@code DE04.50.098.00}, PQ), section 30954-2 STUDIES SUMMARY. */
    public Builder serumHdlCholesterol(PhysicalQuantity value) {
      return set("30954-2", "DE04.50.098.00", value);
    }

    /** 乙肝病毒定性检测结果分类 ({@code DE04.50.115.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
    public Builder hbsAntibodyResultCode(Coded value) {
      return set("30954-2", "DE04.50.115.00", CodedValue.of(value));
    }

    /** DE04.50.116.00 ({@code DE04.50.116.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
    public Builder hbsAntigenResultCode(Coded value) {
      return set("30954-2", "DE04.50.116.00", CodedValue.of(value));
    }

    /** DE04.50.114.00 ({@code DE04.50.114.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
    public Builder hbeAntigenResultCode(Coded value) {
      return set("30954-2", "DE04.50.114.00", CodedValue.of(value));
    }

    /** DE04.50.113.00 ({@code DE04.50.113.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
    public Builder hbeAntibodyResultCode(Coded value) {
      return set("30954-2", "DE04.50.113.00", CodedValue.of(value));
    }

    /** DE04.50.117.00 ({@code DE04.50.117.00}, CD), section 30954-2 STUDIES SUMMARY, value set {@code 2.16.156.10011.2.3.2.10}. */
    public Builder hbcAntibodyResultCode(Coded value) {
      return set("30954-2", "DE04.50.117.00", CodedValue.of(value));
    }

    /** 中医体质辨识/分类 ({@code DE05.01.065.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.2.11}. */
    public Builder tcmConstitutionClassification(Coded value) {
      return set("29548-5", "DE05.01.065.00", CodedValue.of(value));
    }

    /** 中医体质判断结果 ({@code DE05.01.073.00}, CD), section 29548-5 Diagnosis, value set {@code 2.16.156.10011.2.3.2.11}. */
    public Builder tcmConstitutionJudgment(Coded value) {
      return set("29548-5", "DE05.01.073.00", CodedValue.of(value));
    }

    /** 服药依从性代码 ({@code DE06.00.027.00}, CD), section 10160-0 HISTORY OF MEDICATION USE, value set {@code 2.16.156.10011.2.3.2.12}. */
    public Builder medicationAdherenceCode(Coded value) {
      return set("10160-0", "DE06.00.027.00", CodedValue.of(value));
    }

    /** 家族疾病 ({@code DE02.10.095.50}, CD), section 10157-6 HISTORY OF FAMILY MEMBER DISEASES, value set {@code 2.16.156.10011.2.3.1.12}. */
    public Builder familyDisease(Coded value) {
      return set("10157-6", "DE02.10.095.50", CodedValue.of(value));
    }

    /** 曾建立家庭病床病案号 ({@code DE01.00.004.00}, INT), section 11336-5 HISTORY OF HOSPITALIZATIONS. */
    public Builder medicalRecordNumber(long value) {
      return set("11336-5", "DE01.00.004.00", IntegerValue.of(value));
    }

    /** 职业暴露标志 ({@code DE03.00.089.00}, BL), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
    public Builder occupationalExposureFlag(boolean value) {
      return set("10161-8", "DE03.00.089.00", BooleanValue.of(value));
    }

    /** 从事有危害因素职业时长 ({@code DE03.00.007.00}, PQ), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
    public Builder hazardousOccupationDuration(BigDecimal value) {
      return set("10161-8", "DE03.00.007.00", quantity("10161-8", "DE03.00.007.00", value));
    }

    /** 从事有危害因素职业时长 ({@code DE03.00.007.00}, PQ), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
    public Builder hazardousOccupationDuration(PhysicalQuantity value) {
      return set("10161-8", "DE03.00.007.00", value);
    }

    /** 职业暴露危险因素种类 ({@code DE03.00.091.00}, CD), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE, value set {@code 2.16.156.10011.2.3.1.31}. */
    public Builder occupationalRiskFactorType(Coded value) {
      return set("10161-8", "DE03.00.091.00", CodedValue.of(value));
    }

    /** 职业防护措施标志 ({@code DE03.00.094.00}, BL), section 10161-8 HISTORY OF OCCUPATIONAL EXPOSURE. */
    public Builder occupationalProtectionFlag(boolean value) {
      return set("10161-8", "DE03.00.094.00", BooleanValue.of(value));
    }

    /** 老年人健康状态自我评估 ({@code DE04.01.036.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.1.53}. */
    public Builder elderlyHealthSelfAssessment(Coded value) {
      return set("51848-0", "DE04.01.036.00", CodedValue.of(value));
    }

    /** 老年人生活自理能力评估 ({@code DE05.10.043.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.1.54}. */
    public Builder elderlySelfCareAssessment(Coded value) {
      return set("51848-0", "DE05.10.043.00", CodedValue.of(value));
    }

    /** 老年人认知状态粗筛结果 ({@code DE05.10.041.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.2.3}. */
    public Builder elderlyCognitiveScreeningResult(Coded value) {
      return set("51848-0", "DE05.10.041.00", CodedValue.of(value));
    }

    /** 老年人认知功能评分 ({@code DE05.10.042.00}, INT), section 51848-0 ASSESSMENTS. */
    public Builder elderlyCognitiveScore(long value) {
      return set("51848-0", "DE05.10.042.00", IntegerValue.of(value));
    }

    /** 老年人情感状态粗筛结果 ({@code DE05.10.040.00}, CD), section 51848-0 ASSESSMENTS, value set {@code 2.16.156.10011.2.3.2.4}. */
    public Builder elderlyEmotionalScreeningResult(Coded value) {
      return set("51848-0", "DE05.10.040.00", CodedValue.of(value));
    }

    /** 老年人抑郁评分 ({@code DE05.10.044.00}, INT), section 51848-0 ASSESSMENTS. */
    public Builder elderlyDepressionScore(long value) {
      return set("51848-0", "DE05.10.044.00", IntegerValue.of(value));
    }

    /** 健康评价 ({@code DE05.10.031.00}, BL), section 51848-0 ASSESSMENTS. */
    public Builder generalHealthStatusFlag(boolean value) {
      return set("51848-0", "DE05.10.031.00", BooleanValue.of(value));
    }

    /** 健康评价异常描述 ({@code DE05.10.032.00}, ST), section 51848-0 ASSESSMENTS. */
    public Builder healthAssessmentAbnormalDescription(String value) {
      return set("51848-0", "DE05.10.032.00", Text.of(value));
    }

    /** 健康指导 ({@code DE06.00.051.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.2.13}. */
    public Builder healthGuidance(Coded value) {
      return set("69730-0", "DE06.00.051.00", CodedValue.of(value));
    }

    /** 危险因素控制 ({@code DE06.00.114.00}, CD), section 69730-0 Instructions, value set {@code 2.16.156.10011.2.3.1.194}. */
    public Builder riskFactorControl(Coded value) {
      return set("69730-0", "DE06.00.114.00", CodedValue.of(value));
    }
  }
}
