package io.hdx.benchmarks;

import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.wst500.InpatientFrontPage;
import io.hdx.model.document.wst500.OutpatientRecord;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.valueset.AboBloodType;
import io.hdx.model.valueset.MaritalStatus;
import io.hdx.model.valueset.RhBloodType;
import io.hdx.model.valueset.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The two documents {@link CodecBenchmark} measures, built with the typed WS/T 500 builders, every entry of
 * their spec set and a complete header, at the size a hospital system sends. Synthetic data only: the
 * people, numbers, hospital and texts are made up.
 *
 * <p>Codes: sex, marital status, ABO and Rh from sdk-model's value-set enums; ethnicity (GB/T 3304),
 * occupation (GB/T 2261.4), family relationship (GB/T 4761) and payment method from
 * sdk-model/src/build/reference/valuesets; 初诊标志 1=初诊, 医嘱项目类型 01=药品类医嘱, 手术级别 3=三级手术 and the examples
 * of valueset-oids.csv (入院病情 1=有, 离院方式 1=医嘱离院, 病案质量 1=甲, 切口愈合等级 1=甲, 麻醉方法 1=全身麻醉)
 * as public WS/T 500 samples show them; diagnosis codes are WHO ICD-10 codes; TCM codes are the GB/T 15657
 * examples of valueset-oids.csv (LOW confidence there). UNCONFIRMED, used as opaque placeholders only
 * (their meaning does not matter to a benchmark): 住院者疾病状态 "3", 手术切口类别 "1", 医嘱项目类型's
 * value set OID as the spec gives it.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class SampleDocuments {
  /** 中医病证分类与代码 (GB/T 15657), as the C0002 spec names its value set. */
  private static final String TCM = "2.16.156.10011.2.3.3.14";
  private static final String ICD10 = "2.16.156.10011.2.3.3.11.3";
  private static final String ICD10_DISEASE = "2.16.156.10011.2.3.3.11.5";

  private SampleDocuments() {}

  /** WS/T 500.2 门(急)诊病历 (C0002): an emergency visit for acute gastroenteritis, treated with TCM. */
  static ClinicalDocument outpatient() {
    LocalDateTime visit = LocalDateTime.of(2024, 3, 18, 9, 42, 10);
    OutpatientRecord.Builder b = OutpatientRecord.builder();
    header(b, visit, InstanceIdentifier.of(IdentifierOid.OUTPATIENT_NUMBER.oid(), "MZ20240318004217"), false);
    b.allergyHistoryFlag(OutpatientRecord.AllergyHistoryFlagGroup.of(true).outpatientAllergyHistory("青霉素过敏史20余年，表现为全身皮疹伴瘙痒，无过敏性休克史；否认食物过敏史；"
            + "对头孢类药物皮试阴性，曾使用头孢呋辛无不良反应。"))
        .chiefComplaint("恶心呕吐伴腹泻1天，加重伴发热6小时。")
        .presentIllnessHistory("患者1天前晚餐进食海鲜及冷饮后约3小时出现上腹部不适，继而恶心、呕吐，呕吐物为胃内容物，"
            + "非喷射性，共呕吐5次，每次量约100至200毫升，不含咖啡样物及胆汁；随后出现腹泻，为黄色稀水样便，"
            + "共8次，每次量约200毫升，无黏液脓血便，无里急后重。伴脐周阵发性绞痛，排便后可稍缓解。6小时前出现发热，"
            + "自测体温最高38.6摄氏度，伴畏寒、乏力、口干，无寒战，无头痛，无咳嗽咳痰，无尿频尿急尿痛。"
            + "自服蒙脱石散1袋，症状无明显缓解，遂来我院急诊就诊。同餐进食者中另有1人出现类似症状。"
            + "发病以来精神差，食欲明显减退，未进食，小便量少色深，体重无明显变化。")
        .pastMedicalHistory("既往体健。否认高血压、糖尿病、冠心病等慢性病史；否认肝炎、结核等传染病史；"
            + "否认手术、外伤及输血史；预防接种史随当地计划进行。个人史：生于本地，无疫区居留史，"
            + "无吸烟史，偶有少量饮酒。婚育史：已婚，育有1子，配偶及儿子体健。家族史：否认家族遗传病史。")
        .physicalExam("体温38.4摄氏度，脉搏102次/分，呼吸20次/分，血压108/68毫米汞柱。神志清楚，精神欠佳，"
            + "急性病容，皮肤黏膜干燥，弹性稍差，无黄染及出血点，浅表淋巴结未触及肿大。眼窝稍凹陷，口唇干燥。"
            + "双肺呼吸音清，未闻及干湿啰音。心率102次/分，律齐，各瓣膜听诊区未闻及病理性杂音。腹平软，"
            + "脐周及上腹部轻压痛，无反跳痛及肌紧张，肝脾肋下未触及，墨菲征阴性，麦氏点无压痛，移动性浊音阴性，"
            + "肠鸣音活跃，约9次/分。双肾区无叩击痛。双下肢无水肿。神经系统检查未见异常。")
        .studiesSummaryGroup(OutpatientRecord.StudiesSummaryGroup.of()
            .auxiliaryExamItem("血常规；C反应蛋白；粪便常规加潜血；电解质；肾功能；腹部超声")
            .auxiliaryExamResult("血常规：白细胞计数12.6×10^9/L，中性粒细胞百分比84.2%，淋巴细胞百分比10.1%，"
            + "血红蛋白148g/L，血小板计数236×10^9/L。C反应蛋白36.5mg/L。粪便常规：黄色稀水样便，"
            + "白细胞3至5个/高倍视野，红细胞0至1个/高倍视野，潜血弱阳性。电解质：钾3.3mmol/L，钠134mmol/L，"
            + "氯97mmol/L。肾功能：尿素7.8mmol/L，肌酐86μmol/L。腹部超声：肝胆胰脾未见明显异常，肠管积气，"
            + "肠蠕动活跃，未见腹腔积液。"))
        .firstVisitFlagCode(cd("1", "初诊", "2.16.156.10011.2.3.1.85", "初诊标志代码表"))
        .observationResult("望诊：神疲乏力，面色少华，舌质红，苔黄腻。闻诊：语声低微，口气臭秽。"
            + "问诊：恶心呕吐，脘腹疼痛，泻下急迫，粪色黄而臭，肛门灼热，口渴，小便短黄。切诊：脉滑数，腹部按之痛。")
        .addDiagnosisGroup(OutpatientRecord.DiagnosisGroup.of().diagnosisName("急性胃肠炎")
            .diagnosisCode(cd("K52.9", "非感染性胃肠炎和结肠炎", "2.16.156.10011.2.3.1.85", "诊断代码表(ICD-10)"))
            .tcmDiagnosisName("呕吐病")
            .tcmDiagnosisCode(cd("BNP050", "呕吐病", TCM, "中医病证分类与代码表(GB/T 15657)")))
        .addDiagnosisGroup(OutpatientRecord.DiagnosisGroup.of().tcmDiagnosisName("火毒上攻证")
            .tcmDiagnosisCode(cd("ZBUD90", "火毒上攻证", TCM, "中医病证分类与代码表(GB/T 15657)")))
        .syndromeDifferentiationBasis("患者饮食不洁，湿热之邪内蕴肠胃，胃失和降则恶心呕吐，大肠传导失司则泄泻，"
            + "湿热下注故泻下急迫、粪色黄臭、肛门灼热，热盛伤津则口渴、小便短黄；舌红苔黄腻、脉滑数均为湿热内盛之象。")
        .tcmTreatmentPrinciple("清热利湿，和胃止呕，分利止泻。方选葛根芩连汤加减：葛根15克，黄芩10克，黄连6克，"
            + "姜半夏9克，藿香10克，茯苓15克，车前子15克（包煎），甘草6克，每日1剂，水煎分2次温服，共3剂。")
        .addProviderOrdersGroup(OutpatientRecord.ProviderOrdersGroup.of().orderItemType(cd("01", "药品类医嘱", "2.16.156.10011.2.3.1.250", "医嘱项目类型代码表"))
        .orderItemContent("0.9%氯化钠注射液500毫升加10%氯化钾注射液10毫升，静脉滴注，每日1次；"
            + "5%葡萄糖氯化钠注射液500毫升，静脉滴注，每日1次；口服补液盐III，每次1袋溶于250毫升温水，少量多次口服；"
            + "蒙脱石散3克，口服，每日3次；葛根芩连汤加减中药饮片3剂。")
            .remarks("静脉补液后复查电解质；如出现血便、持续高热或尿量明显减少，立即复诊。").orderExecutionStatus("已执行"))
        .addProviderOrdersGroup(OutpatientRecord.ProviderOrdersGroup.of().remarks("清淡流质饮食，忌辛辣油腻及生冷，注意手卫生，同餐者如有症状及时就诊。")
            .orderExecutionStatus("已执行"))
        .addProviderOrdersGroup(OutpatientRecord.ProviderOrdersGroup.of().remarks("补钾注射液须稀释后缓慢静滴，滴速不超过每小时10毫摩尔，静滴过程中注意观察穿刺部位及尿量。")
            .orderExecutionStatus("执行中"))
        .addProviderOrdersGroup(OutpatientRecord.ProviderOrdersGroup.of().remarks("中药饭后温服，服药期间暂停饮酒；3日后门诊复诊，复查血常规及电解质。")
            .orderExecutionStatus("未执行"));
    b.addInformant(Participant.builder()
        .id(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(),
            "11010519740822152" + ResidentIdNumber.checkCharacter("11010519740822152")))
        .code(ce("1", "配偶", "2.16.156.10011.2.3.3.8", "家庭关系代码表(GB/T 4761)"))
        .name("刘某芳").telecom("tel:+86-139-0000-5678").build());
    return b.build().toClinicalDocument();
  }

  /**
   * WS/T 500.32 住院病案首页 (C0032): a driver admitted after a road collision with a subdural haematoma, burr-hole
   * drainage, eight discharge diagnoses and three procedures.
   */
  static ClinicalDocument inpatientFrontPage() {
    LocalDateTime discharge = LocalDateTime.of(2024, 4, 12, 10, 30, 0);
    InpatientFrontPage.Builder b = InpatientFrontPage.builder();
    header(b, discharge, InstanceIdentifier.of(IdentifierOid.INPATIENT_NUMBER.oid(), "ZY2024030088"), true);
    b.addNewbornBirthWeight(new BigDecimal("3350")).addNewbornBirthWeight(new BigDecimal("3300"));
    b.addDiagnosisGroup(InpatientFrontPage.DiagnosisGroup.of().outpatientDiagnosisName("创伤性硬膜下出血")
            .diagnosisCodeInDiagnosis(cd("S06.5", "创伤性硬膜下出血", ICD10_DISEASE, "疾病代码表(ICD-10)")))
        .addDiagnosisGroup(InpatientFrontPage.DiagnosisGroup.of().diagnosisNameInDiagnosis("硬膜下血肿（血肿机化，伴含铁血黄素沉积）")
            .diagnosisCodeInDiagnosis(cd("S06.5", "创伤性硬膜下出血", ICD10_DISEASE, "疾病代码表(ICD-10)")));
    b.patientInfectiousFlag(cd("3", null, "2.16.156.10011.2.3.1.100", "住院者疾病状态代码表"))
        .injuryExternalCause(InpatientFrontPage.InjuryExternalCauseGroup.of("驾驶小型轿车在城市道路与另一辆轿车相撞，头部撞击方向盘及车窗")
            .injuryExternalCauseCode(cd("V43.5", "轿车乘员在与轿车、轻型货车或篷车碰撞中的损伤，交通事故中的驾驶员",
            ICD10_DISEASE, "疾病代码表(ICD-10)")))
        .addProblemListGroup(InpatientFrontPage.ProblemListGroup.of().comaDurationDays(new BigDecimal("0"))
            .comaDurationHours(new BigDecimal("2")).comaDurationMinutes(new BigDecimal("35")))
        .addProblemListGroup(InpatientFrontPage.ProblemListGroup.of().comaDurationDays(new BigDecimal("0"))
            .comaDurationHours(new BigDecimal("0")).comaDurationMinutes(new BigDecimal("40")));
    String[][] discharged = {
        {"创伤性硬膜下出血", "S06.5", "创伤性硬膜下出血"},
        {"脑震荡", "S06.0", "脑震荡"},
        {"颅骨穹窿骨折", "S02.0", "颅骨穹窿骨折"},
        {"多发性肋骨骨折", "S22.4", "多发性肋骨骨折"},
        {"肺部感染", "J18.9", "未特指的肺炎"},
        {"急性失血后贫血", "D62", "急性出血后贫血"},
        {"原发性高血压", "I10", "特发性(原发性)高血压"},
        {"2型糖尿病", "E11.9", "非胰岛素依赖型糖尿病，不伴有并发症"},
    };
    for (String[] d : discharged) {
      b.addDischargeDiagnosisGroup(InpatientFrontPage.DischargeDiagnosisGroup.of().diagnosisNameInDischargeDiagnosis(d[0])
          .diagnosisCodeInDischargeDiagnosis(cd(d[1], d[2], ICD10, "诊断代码表(ICD-10)"))
          .presentOnAdmissionCode(cd("1", "有", "2.16.156.10011.2.3.1.253", "入院病情代码表")));
    }
    b.dischargeMode(InpatientFrontPage.DischargeModeGroup.of(cd("1", "医嘱离院", "2.16.156.10011.2.3.1.265", "离院方式代码表"))
            .organizationName("北京市示例区康复医院"))
        .addAct(InpatientFrontPage.Act.of().allergyHistoryFlag(true))
        .allergyHistory("青霉素类（青霉素钠）；磺胺类（复方磺胺甲噁唑）")
        .studiesSummaryGroup(InpatientFrontPage.StudiesSummaryGroup.of().aboBloodTypeCode(CodedValue.of(AboBloodType.A))
            .rhBloodTypeCode(CodedValue.of(RhBloodType.POSITIVE)));
    String[][] operations = {  // one procedure per operation: ICD-9-CM-3 code in procedure/code, details nested
        {"01.3101", "慢性硬膜下血肿钻孔引流术"},
        {"02.0201", "颅骨骨折整复术"},
        {"34.0401", "胸腔闭式引流术"},
    };
    for (String[] op : operations) {
      b.addOperation(InpatientFrontPage.Operation.of()
          .procedureCode(cd(op[0], op[1], "2.16.156.10011.2.3.3.12", "手术(操作)代码表(ICD-9-CM)"))
          .procedureName(op[1])
          .operationLevel(cd("3", "三级手术", ICD10, "手术级别代码表"))
          .incisionClassCode(cd("1", null, ICD10, "手术切口类别代码表"))
          .incisionHealingGrade(cd("1", "甲", "2.16.156.10011.2.3.1.257", "手术切口愈合等级代码表"))
          .anesthesiaMethodCode(cd("1", "全身麻醉", "2.16.156.10011.2.3.1.159", "麻醉方法代码表")));
    }
    b.hospitalizationCount(new BigDecimal("2"))
        .lengthOfStay(new BigDecimal("24"))
        .autopsyFlag(false)
        .medicalRecordQuality(cd("1", "甲", "2.16.156.10011.2.3.2.29", "病案质量等级表"))
        .addReadmissionWithin31DaysFlagGroup(InpatientFrontPage.ReadmissionWithin31DaysFlagGroup.of(true)
            .readmissionWithin31DaysPurpose("术后1月返院复查头颅CT，评估颅骨缺损情况并择期行颅骨修补术"))
        .addPaymentMethodCode(cd("01", "城镇职工基本医疗保险", "2.16.156.10011.2.3.1.269", "医疗付费方式代码表"))
        .addPaymentMethodCode(cd("02", "城镇居民基本医疗保险", "2.16.156.10011.2.3.1.269", "医疗付费方式代码表"))
        .inHouseTcmPreparationUseFlag(false)
        .tcmTechniqueUseFlag(true)
        .syndromeBasedNursingFlag(false);
    return b.build().toClinicalDocument();
  }

  /** The header every sample shares: patient, author, custodian, signers, contact and the encounter. */
  private static void header(TypedDocument.Builder<?, ?> b, LocalDateTime time, InstanceIdentifier visitId,
      boolean inpatient) {
    InstanceIdentifier hospitalId = InstanceIdentifier.of(IdentifierOid.ORGANIZATION_ID.oid(), "H11010500017");
    Organization hospital = Organization.builder().id(hospitalId).name("北京市示例区人民医院")
        .telecom("tel:010-65550100").build();
    String first17 = "11010519720315123";
    Patient.Builder patient = Patient.builder()
        .addId(visitId)
        .addId(InstanceIdentifier.of(IdentifierOid.HEALTH_CARD_NUMBER.oid(), "HC110105197203150017"))
        .residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(),
            first17 + ResidentIdNumber.checkCharacter(first17)))
        .name("王某明")
        .gender(CodedValue.of(Sex.MALE))
        .birthTime(PointInTime.of(LocalDate.of(1972, 3, 15)))
        .maritalStatus(ce(MaritalStatus.MARRIED.code(), MaritalStatus.MARRIED.displayName(),
            MaritalStatus.MARRIED.codeSystem(), "婚姻状况代码表(GB/T 2261.2)"))
        .ethnicGroup(ce("01", "汉族", "2.16.156.10011.2.3.3.3", "民族类别代码表(GB/T 3304)"))
        .occupation(ce("17", "职员", "2.16.156.10011.2.3.3.13", "从业状况(个人身体)代码表(GB/T 2261.4)"))
        .age(PhysicalQuantity.of(new BigDecimal("52"), "岁"))
        .address(Address.builder().use("H").houseNumber("示例小区3号楼2单元501室").streetName("示例路18号")
            .township("示例街道").county("朝阳区").city("北京市").state("北京市").postalCode("100020").build())
        .telecom("tel:+86-138-0000-1234")
        .employer(Organization.builder().name("北京示例科技有限公司").telecom("tel:010-65550188").build())
        // The specs put the hospital (医疗卫生机构标识 .1.5) here in C0032, the department (科室标识 .1.26)
        // in C0002.
        .providerOrganization(inpatient ? hospital : Organization.builder()
            .id(InstanceIdentifier.of(IdentifierOid.DEPARTMENT_ID.oid(), "D0301")).name("呼吸内科")
            .partOf(hospital).build());
    if (inpatient) {
      patient.addId(InstanceIdentifier.of(IdentifierOid.MEDICAL_RECORD_NUMBER.oid(), "BA0002024008811"));
    }
    b.documentId((inpatient ? "C0032-" : "C0002-") + "20240318000042")
        .effectiveTime(time)
        .patient(patient.build())
        .addAuthor(Participant.builder().time(PointInTime.of(time))
            .id(InstanceIdentifier.of(IdentifierOid.AUTHOR_ID.oid(), "D0107")).name("李某华")
            .organization(hospital).build())
        .custodian(Organization.of(hospitalId, "北京市示例区人民医院"))
        .legalAuthenticator(Participant.builder().time(PointInTime.of(time))
            .id(InstanceIdentifier.of(IdentifierOid.STAFF_ID.oid(), "D0021")).roleName("主任医师").name("陈某国")
            .build())
        .addParticipant(Participant.builder()
            .code(ce("1", "配偶", "2.16.156.10011.2.3.3.8", "家庭关系代码表(GB/T 4761)"))
            .name("刘某芳").telecom("tel:+86-139-0000-5678")
            .address(Address.builder().houseNumber("示例小区3号楼2单元501室").streetName("示例路18号")
                .county("朝阳区").city("北京市").state("北京市").postalCode("100020").build())
            .build());
    String[][] signers = inpatient
        ? new String[][] {{"科主任", "D0003", "张某林"}, {"主任(副主任)医师", "D0021", "陈某国"},
            {"主治医师", "D0058", "周某强"}, {"住院医师", "D0107", "李某华"}, {"责任护士", "N0233", "吴某丽"},
            {"进修医师", "D0311", "郑某宇"}, {"实习医师", "D0412", "孙某"}, {"编码员", "M0017", "何某静"},
            {"质控医师", "D0009", "马某峰"}, {"质控护士", "N0012", "罗某娟"}}
        : new String[][] {{"接诊医师", "D0107", "李某华"}};
    for (String[] s : signers) {
      b.addAuthenticator(Participant.builder().time(PointInTime.of(time))
          .id(InstanceIdentifier.of(IdentifierOid.STAFF_ID.oid(), s[1])).roleName(s[0]).name(s[2]).build());
    }
    Organization department = Organization.builder()
        .id(InstanceIdentifier.of(IdentifierOid.DEPARTMENT_ID.oid(), inpatient ? "0301" : "0801"))
        .name(inpatient ? "神经外科" : "急诊科").partOf(hospital).build();
    Organization location = inpatient
        ? Organization.builder().id(InstanceIdentifier.of(IdentifierOid.BED_ID.oid(), "12"))
            .name("12床").partOf(Organization.builder().id(InstanceIdentifier.of(IdentifierOid.WARD_ID.oid(), "W05"))
                .name("神经外科病区").partOf(department).build()).build()
        : department;
    b.encounter(Encounter.of(PointInTime.of(inpatient ? LocalDateTime.of(2024, 3, 19, 14, 5, 0) : time), location));
  }

  private static CodedValue cd(String code, String display, String system, String systemName) {
    return CodedValue.builder().code(code).codeSystem(system).codeSystemName(systemName).displayName(display).build();
  }

  private static CodedValue ce(String code, String display, String system, String systemName) {
    return CodedValue.builder().type(Hl7Type.CE).code(code).codeSystem(system).codeSystemName(systemName)
        .displayName(display).build();
  }
}
