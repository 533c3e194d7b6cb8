package io.hdx.codec.v3;

import java.util.Optional;

/**
 * The HL7 V3 interactions of the regional platform's registry and document services, with the
 * {@code HIPMessageServer} action name each is usually sent under. Ids and action names from
 * the hospital interoperability service list (wangk4i/LangZhongGit lzihe/xml样例 and 映射字段) (hospital interoperability specification numbering, sources
 * wangk4i/LangZhongGit {@code lzihe/xml样例/H0x} and the vendor service table S0001-S0081; the action names
 * are practice, not normative: platforms differ, so callers can override them).
 *
 * <p>The responses to queries are not fixed by a source we could read (interactions.csv marks them
 * UNCONFIRMED). {@link #PRPA_IN201306UV02} answers {@link #PRPA_IN201305UV02} as in the HL7 V3 normative
 * edition (its schema is in JohnSire/zoe-phip's HL7 V3 schemas, multicacheschemas/PRPA_IN201306UV02.xsd,
 * from JohnSire/zoe-phip) and in IHE PDQ V3; encoders and the simulator let the response id be changed.
 *
 * @since 0.1.0
 */
public enum Interaction {
  /** 个人信息注册 (2.1), patient register. */
  PRPA_IN201311UV02("PatientInfoRegister"),
  /** 个人信息更新 (2.2), patient update. */
  PRPA_IN201314UV02("PatientInfoUpdate"),
  /** 个人信息合并 (2.3), patient merge. */
  PRPA_IN201304UV02("PatientInfoMerge"),
  /** 个人信息查询 (2.4), patient query. */
  PRPA_IN201305UV02("PatientInfoQuery"),
  /** The answer to {@link #PRPA_IN201305UV02} (HL7 V3 Find Candidates Response; id UNCONFIRMED for China). */
  PRPA_IN201306UV02(""),
  /** 医疗卫生机构（科室）注册 (3.1), organization (department) register. */
  PRPM_IN401030UV01("OrganizationInfoRegister"),
  /** 医疗卫生机构（科室）更新 (3.2), organization update. */
  PRPM_IN403010UV01("OrganizationInfoUpdate"),
  /** 医疗卫生机构（科室）查询 (3.3), organization query. */
  PRPM_IN406010UV01("OrganizationInfoQuery"),
  /**
   * The answer to {@link #PRPM_IN406010UV01} (UNCONFIRMED for China: interactions.csv has no response id; chosen
   * because wangk4i/LangZhongGit's H0303Rp response mapping writes this root element, and schemas-v3 has
   * PRPM_IN406110UV01.xsd answering the PRPM_IN406010UV01 query; the simulator lets it be changed).
   */
  PRPM_IN406110UV01(""),
  /** 医疗卫生人员注册 (4.1), provider register. */
  PRPM_IN301010UV01("ProviderInfoRegister"),
  /** 医疗卫生人员更新 (4.2), provider update. */
  PRPM_IN303010UV01("ProviderInfoUpdate"),
  /** 医疗卫生人员查询 (4.3), provider query. */
  PRPM_IN306010UV01("ProviderInfoQuery"),
  /**
   * The answer to {@link #PRPM_IN306010UV01} (UNCONFIRMED for China: no national sample found; the HL7 V3
   * Personnel Management pairing, whose schema is schemas-v3 PRPM_IN306011UV01.xsd; configurable in the simulator).
   */
  PRPM_IN306011UV01(""),
  /** 术语注册 (5.1), terminology (value set) register. */
  PRVS_IN000001UV01("TerminologyRegister"),
  /** 术语更新 (5.2), terminology update. */
  PRVS_IN000002UV01("TerminologyUpdate"),
  /** 术语查询 (5.3), terminology query. */
  PRVS_IN000003UV01("TerminologyQuery"),
  /**
   * The answer to {@link #PRVS_IN000003UV01} (UNCONFIRMED: interactions.csv has no response id; chosen because
   * wangk4i/LangZhongGit's H0503Rp response mapping writes this root element, and a second, unrelated vendor code
   * base (an XStream {@code @XStreamAlias("PRVS_IN000004UV01")} response class) uses it too; configurable).
   */
  PRVS_IN000004UV01(""),
  /** 电子病历文档注册 (6.1), document register (the CDA inside). */
  RCMR_IN000002UV02("DocumentRegister"),
  /** 电子病历文档检索 (6.2), document list query. */
  RCMR_IN000029UV01("DocumentAccess"),
  /** The answer to {@link #RCMR_IN000029UV01} (LangZhongGit H0602Rp mapping, HealthShare template). */
  RCMR_IN000030UV01(""),
  /** 电子病历文档调阅 (6.3), document retrieve. */
  RCMR_IN000031UV01("DocumentRetrieve"),
  /** The answer to {@link #RCMR_IN000031UV01} (UNCONFIRMED; HL7 V3 pairing, see {@link DocumentQueryResponse}). */
  RCMR_IN000032UV01(""),
  /** The accept acknowledgement answering every registration. */
  MCCI_IN000002UV01("");

  private final String defaultAction;

  Interaction(String defaultAction) {
    this.defaultAction = defaultAction;
  }

  /** The interaction id, e.g. {@code PRPA_IN201311UV02}. */
  public String id() {
    return name();
  }

  /** The {@code HIPMessageServer} action it is usually sent under; "" for responses. */
  public String defaultAction() {
    return defaultAction;
  }

  /** Whether a client sends it (a request), rather than receives it. */
  public boolean isRequest() {
    return !defaultAction.isEmpty();
  }

  /** The interaction with this id, if HDX knows it. */
  public static Optional<Interaction> fromId(String id) {
    for (Interaction i : values()) {
      if (i.name().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
