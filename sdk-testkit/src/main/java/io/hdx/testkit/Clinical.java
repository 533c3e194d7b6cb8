package io.hdx.testkit;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The curated clinical knowledge the generator draws coherent cases from: a subset of ICD-10 (GB/T 14396-2016
 * 疾病分类与代码; codes at category or subcategory level, which every edition shares, titled as the national clinical
 * edition 国家临床版 2.0 names the subcategory's default row, e.g. E11.9 2型糖尿病 for E11.900, O80.0 头位顺产), each
 * with the complaint that brings the patient, the department, the drugs a guideline would give, the laboratory items
 * that move with it, and for surgical conditions the operation (ICD-9-CM-3 subcategory codes and titles as the 2011
 * Chinese edition 手术操作分类代码 writes them: 47.09 其他阑尾切除术, 73.59 其他手法助产).
 *
 * <p>TCM: the disease name (中医病名) is text; a GB/T 15657-1995 中医病证分类与代码 code is given only where public
 * sources agree on it, never made up: BNW010 感冒病, BNF010 咳嗽病 and BNS150 腰痛病 each appear with that name in two
 * or more independent public HIS code tables and records; BNP050 呕吐病 is the example of the WS/T 500 samples
 * ({@code valueset-oids.csv} of 2.16.156.10011.2.3.3.14), seen in no other source. The other names have no code
 * we could confirm (a primary copy of the GB/T 15657-1995 table was not available), and a document then carries
 * the WS/T 500 example code. The ICD titles were checked the same way, against public hospital code maps and DRG
 * lists, not against a primary copy of the national editions.
 *
 * <p>Laboratory reference intervals: WS/T 405-2012 血细胞分析参考区间 (adults: WBC 3.5-9.5 ×10^9/L, haemoglobin
 * 130-175 g/L men and 115-150 g/L women, platelets 125-350 ×10^9/L); WS/T 404.1-2012 (ALT 9-50 U/L men, 7-40 U/L
 * women), WS/T 404.3-2012 (potassium 3.5-5.3 mmol/L, sodium 137-147 mmol/L), WS/T 404.5-2015 (creatinine 57-111
 * μmol/L men, 41-81 μmol/L women); fasting plasma glucose 3.9-6.1 mmol/L and HbA1c 4.0-6.0% as the 中国2型糖尿病防治指南
 * (2020) gives them; CRP &lt; 10 mg/L. A value is drawn inside the interval unless the condition moves it, and then
 * it is flagged ↑ or ↓ against the interval printed beside it.
 *
 * <p>Thread safety: immutable.
 */
final class Clinical {
  /** How a patient is cared for; decides which documents the episode produces. */
  enum Setting {
    OUTPATIENT, EMERGENCY, INPATIENT, SURGICAL
  }

  /** A laboratory item: name, unit, reference interval (by sex where WS/T 405 / 404 separate them). */
  static final class LabItem {
    final String name;
    final String unit;
    final double lowMale;
    final double highMale;
    final double lowFemale;
    final double highFemale;
    final int decimals;

    LabItem(String name, String unit, double lowMale, double highMale, double lowFemale, double highFemale,
        int decimals) {
      this.name = name;
      this.unit = unit;
      this.lowMale = lowMale;
      this.highMale = highMale;
      this.lowFemale = lowFemale;
      this.highFemale = highFemale;
      this.decimals = decimals;
    }

    double low(boolean male) {
      return male ? lowMale : lowFemale;
    }

    double high(boolean male) {
      return male ? highMale : highFemale;
    }
  }

  static final LabItem WBC = new LabItem("白细胞计数", "×10^9/L", 3.5, 9.5, 3.5, 9.5, 1);
  static final LabItem HGB = new LabItem("血红蛋白", "g/L", 130, 175, 115, 150, 0);
  static final LabItem PLT = new LabItem("血小板计数", "×10^9/L", 125, 350, 125, 350, 0);
  static final LabItem ALT = new LabItem("丙氨酸氨基转移酶", "U/L", 9, 50, 7, 40, 0);
  static final LabItem CREA = new LabItem("肌酐", "μmol/L", 57, 111, 41, 81, 0);
  static final LabItem K = new LabItem("钾", "mmol/L", 3.5, 5.3, 3.5, 5.3, 2);
  static final LabItem NA = new LabItem("钠", "mmol/L", 137, 147, 137, 147, 0);
  static final LabItem GLU = new LabItem("空腹血糖", "mmol/L", 3.9, 6.1, 3.9, 6.1, 1);
  static final LabItem HBA1C = new LabItem("糖化血红蛋白", "%", 4.0, 6.0, 4.0, 6.0, 1);
  static final LabItem CRP = new LabItem("C反应蛋白", "mg/L", 0, 10, 0, 10, 1);

  /** The panels every case orders. */
  static final List<LabItem> ROUTINE = Collections.unmodifiableList(Arrays.asList(WBC, HGB, PLT, ALT, CREA, K, NA,
      GLU));

  /** A drug order: generic name and form, single dose and unit, route, frequency as written on a prescription. */
  static final class Drug {
    final String name;
    final String dose;
    final String unit;
    final String route;
    final String frequency;
    final int perDay;

    Drug(String name, String dose, String unit, String route, String frequency, int perDay) {
      this.name = name;
      this.dose = dose;
      this.unit = unit;
      this.route = route;
      this.frequency = frequency;
      this.perDay = perDay;
    }
  }

  /** A lab item the condition moves, and where to: a factor of the upper (&gt; 1) or lower (&lt; 1) limit. */
  static final class Shift {
    final LabItem item;
    final double factor;

    Shift(LabItem item, double factor) {
      this.item = item;
      this.factor = factor;
    }
  }

  /** A condition with everything that goes with it. */
  static final class Condition {
    final String icd10;
    final String name;
    final Setting setting;
    final String department;
    final String complaint;
    final String tcmCode;
    final String tcmName;
    final List<Drug> drugs;
    final List<Shift> shifts;
    final String operationCode;
    final String operationName;
    final String site;
    final int systolicShift;
    final boolean femaleOnly;
    final int minAge;
    final int maxAge;

    Condition(String icd10, String name, Setting setting, String department, String complaint, String tcmCode,
        String tcmName, List<Drug> drugs, List<Shift> shifts, String operationCode, String operationName,
        String site, int systolicShift, boolean femaleOnly, int minAge, int maxAge) {
      this.icd10 = icd10;
      this.name = name;
      this.setting = setting;
      this.department = department;
      this.complaint = complaint;
      this.tcmCode = tcmCode;
      this.tcmName = tcmName;
      this.drugs = drugs;
      this.shifts = shifts;
      this.operationCode = operationCode;
      this.operationName = operationName;
      this.site = site;
      this.systolicShift = systolicShift;
      this.femaleOnly = femaleOnly;
      this.minAge = minAge;
      this.maxAge = maxAge;
    }

    boolean surgical() {
      return operationCode != null;
    }
  }

  private static Drug drug(String name, String dose, String unit, String route, String frequency, int perDay) {
    return new Drug(name, dose, unit, route, frequency, perDay);
  }

  private static List<Drug> drugs(Drug... d) {
    return Collections.unmodifiableList(Arrays.asList(d));
  }

  private static List<Shift> shifts(Shift... s) {
    return Collections.unmodifiableList(Arrays.asList(s));
  }

  private static Shift up(LabItem item, double factor) {
    return new Shift(item, factor);
  }

  private static final Drug PARACETAMOL = drug("对乙酰氨基酚片", "0.5", "g", "口服", "tid", 3);
  private static final Drug AMOXICILLIN = drug("阿莫西林胶囊", "0.5", "g", "口服", "tid", 3);
  private static final Drug AMLODIPINE = drug("苯磺酸氨氯地平片", "5", "mg", "口服", "qd", 1);
  private static final Drug METFORMIN = drug("盐酸二甲双胍片", "0.5", "g", "口服", "tid", 3);
  private static final Drug OMEPRAZOLE = drug("奥美拉唑肠溶胶囊", "20", "mg", "口服", "bid", 2);
  private static final Drug IBUPROFEN = drug("布洛芬缓释胶囊", "0.3", "g", "口服", "bid", 2);
  private static final Drug LEVOFLOXACIN = drug("左氧氟沙星片", "0.5", "g", "口服", "qd", 1);
  private static final Drug FERROUS = drug("琥珀酸亚铁片", "0.1", "g", "口服", "tid", 3);
  private static final Drug ASPIRIN = drug("阿司匹林肠溶片", "100", "mg", "口服", "qd", 1);
  private static final Drug ATORVASTATIN = drug("阿托伐他汀钙片", "20", "mg", "口服", "qn", 1);
  private static final Drug CEFTRIAXONE = drug("注射用头孢曲松钠", "2", "g", "静脉滴注", "qd", 1);
  private static final Drug CEFUROXIME = drug("注射用头孢呋辛钠", "1.5", "g", "静脉滴注", "bid", 2);
  private static final Drug SALINE = drug("0.9%氯化钠注射液", "250", "mL", "静脉滴注", "qd", 1);
  private static final Drug KETOROLAC = drug("氨丁三醇注射液", "30", "mg", "肌内注射", "once", 1);
  private static final Drug INSULIN = drug("门冬胰岛素注射液", "6", "U", "皮下注射", "tid", 3);
  private static final Drug RISPERIDONE = drug("利培酮片", "2", "mg", "口服", "bid", 2);
  private static final Drug SMECTITE = drug("蒙脱石散", "3", "g", "口服", "tid", 3);
  private static final Drug OXYTOCIN = drug("缩宫素注射液", "10", "U", "肌内注射", "once", 1);

  static final List<Condition> CONDITIONS = Collections.unmodifiableList(Arrays.asList(
      new Condition("J06.9", "急性上呼吸道感染", Setting.OUTPATIENT, "呼吸内科", "发热、咽痛2天", "BNW010",
          "感冒病", drugs(PARACETAMOL), shifts(up(WBC, 1.15)), null, null, null, 0, false, 3, 80),
      new Condition("J20.9", "急性支气管炎", Setting.OUTPATIENT, "呼吸内科", "咳嗽、咳痰5天", "BNF010",
          "咳嗽病", drugs(AMOXICILLIN), shifts(up(WBC, 1.2), up(CRP, 2.0)), null, null, null, 0, false, 5, 85),
      new Condition("I10", "特发性(原发性)高血压", Setting.OUTPATIENT, "心血管内科", "头晕、头痛2周", null,
          "眩晕病", drugs(AMLODIPINE), shifts(), null, null, null, 40, false, 35, 90),
      new Condition("E11.9", "2型糖尿病", Setting.OUTPATIENT, "内分泌科", "口干、多饮、多尿3个月",
          null, "消渴病", drugs(METFORMIN), shifts(up(GLU, 1.7), up(HBA1C, 1.4)), null, null, null, 10, false,
          30, 90),
      new Condition("K29.7", "胃炎", Setting.OUTPATIENT, "消化内科", "反复上腹痛1周", "BNP050", "呕吐病",
          drugs(OMEPRAZOLE), shifts(), null, null, null, 0, false, 16, 85),
      new Condition("M54.5", "下背痛", Setting.OUTPATIENT, "骨科", "腰痛2周", "BNS150", "腰痛病",
          drugs(IBUPROFEN), shifts(), null, null, null, 0, false, 20, 85),
      new Condition("N39.0", "泌尿道感染", Setting.OUTPATIENT, "泌尿外科", "尿频、尿急、尿痛3天", null,
          "淋证", drugs(LEVOFLOXACIN), shifts(up(WBC, 1.1), up(CRP, 1.8)), null, null, null, 0, false, 16, 85),
      new Condition("D50.9", "缺铁性贫血", Setting.OUTPATIENT, "血液内科", "乏力、头晕1个月", null, "虚劳",
          drugs(FERROUS), shifts(up(HGB, 0.7)), null, null, null, 0, true, 16, 70),
      new Condition("S52.5", "桡骨下端骨折", Setting.EMERGENCY, "急诊科", "跌倒致右腕肿痛2小时", null,
          "骨折病", drugs(KETOROLAC), shifts(), null, null, null, 10, false, 8, 90),
      new Condition("I21.9", "急性心肌梗死", Setting.INPATIENT, "心血管内科", "持续胸痛3小时", null,
          "胸痹心痛病", drugs(ASPIRIN, ATORVASTATIN), shifts(up(WBC, 1.1)), null, null, null, 10, false, 40, 95),
      new Condition("J18.9", "肺炎", Setting.INPATIENT, "呼吸内科", "发热、咳嗽、咳痰5天", null, "肺炎喘嗽",
          drugs(CEFTRIAXONE, SALINE), shifts(up(WBC, 1.5), up(CRP, 6.0)), null, null, null, 0, false, 1, 95),
      new Condition("I63.9", "脑梗死", Setting.INPATIENT, "神经内科", "左侧肢体无力1天", null, "中风病",
          drugs(ASPIRIN, ATORVASTATIN), shifts(), null, null, null, 25, false, 45, 95),
      new Condition("E11.9", "2型糖尿病", Setting.INPATIENT, "内分泌科", "血糖控制不佳1个月",
          null, "消渴病", drugs(INSULIN, METFORMIN), shifts(up(GLU, 2.2), up(HBA1C, 1.6)), null, null, null, 10,
          false, 30, 90),
      new Condition("K35.8", "急性阑尾炎", Setting.SURGICAL, "普通外科", "转移性右下腹痛12小时", null,
          "肠痈", drugs(CEFUROXIME, SALINE), shifts(up(WBC, 1.6), up(CRP, 5.0)), "47.09", "其他阑尾切除术",
          "阑尾", 0, false, 10, 80),
      new Condition("K80.2", "胆囊结石不伴有胆囊炎", Setting.SURGICAL, "肝胆外科", "反复右上腹痛6个月", null,
          "胆胀", drugs(CEFUROXIME, SALINE), shifts(up(ALT, 1.5)), "51.23", "腹腔镜下胆囊切除术", "胆囊", 0, false,
          25, 80),
      new Condition("K40.9", "单侧或未特指的腹股沟疝，不伴有梗阻或坏疽", Setting.SURGICAL, "普通外科",
          "右侧腹股沟区可复性包块1年", null, "狐疝", drugs(CEFUROXIME, SALINE), shifts(), "53.00",
          "单侧腹股沟疝修补术", "右侧腹股沟", 0, false, 18, 85),
      new Condition("O80.0", "头位顺产", Setting.SURGICAL, "产科", "停经39周，规律下腹痛4小时", null,
          "产后病", drugs(OXYTOCIN), shifts(up(WBC, 1.3)), "73.59", "其他手法助产", "会阴", 0, true, 20, 40),
      new Condition("O82.0", "经选择性剖宫产术的分娩", Setting.SURGICAL, "产科", "停经39周，要求剖宫产入院", null,
          "产后病", drugs(CEFUROXIME, OXYTOCIN), shifts(up(WBC, 1.2)), "74.1", "低位子宫下段剖宫产", "子宫", 0,
          true, 20, 42),
      new Condition("F20.9", "精神分裂症", Setting.OUTPATIENT, "精神科", "凭空闻声、疑人害己2个月", null, "癫病",
          drugs(RISPERIDONE), shifts(), null, null, null, 0, false, 16, 70),
      new Condition("A09.9", "感染性腹泻", Setting.OUTPATIENT, "感染科", "腹泻、呕吐1天", "BNP050", "呕吐病",
          drugs(SMECTITE), shifts(up(WBC, 1.3), up(CRP, 2.5)), null, null, null, 0, false, 1, 85)));

  private Clinical() {}

  /** Conditions that fit a patient of this sex and age. */
  static List<Condition> fitting(boolean male, int age) {
    java.util.List<Condition> list = new java.util.ArrayList<>();
    for (Condition c : CONDITIONS) {
      if ((!c.femaleOnly || !male) && age >= c.minAge && age <= c.maxAge) {
        list.add(c);
      }
    }
    return list;
  }
}
