package io.hdx.codec.v3;

import java.util.Optional;

/**
 * The HL7 V3 interactions of the regional platform's registry and document services, with the
 * {@code HIPMessageServer} action name each is usually sent under. Ids and action names from
 * {@code ../shared/reference/interactions.csv} (hospital interoperability specification numbering, sources
 * wangk4i/LangZhongGit {@code lzihe/xml样例/H0x} and the vendor service table S0001-S0081; the action names
 * are practice, not normative: platforms differ, so callers can override them).
 *
 * <p>The responses to queries are not fixed by a source we could read (interactions.csv marks them
 * UNCONFIRMED). {@link #PRPA_IN201306UV02} answers {@link #PRPA_IN201305UV02} as in the HL7 V3 normative
 * edition (its schema is in {@code ../shared/reference/schemas-v3/multicacheschemas/PRPA_IN201306UV02.xsd},
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
