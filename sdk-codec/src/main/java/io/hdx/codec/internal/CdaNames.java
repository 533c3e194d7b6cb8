package io.hdx.codec.internal;

import java.util.regex.Pattern;

/** Namespaces, OIDs and fixed codes of the CDA R2 form used by WS/T 500 (WS/T 500-2016 header and
 * body as the standard's examples write them). */
final class CdaNames {
  /** The HL7 V3 namespace of CDA R2. */
  static final String V3 = "urn:hl7-org:v3";
  /** The XML Schema instance namespace, for {@code xsi:type}. */
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** LOINC, the code system of section codes. */
  static final String LOINC = "2.16.840.1.113883.6.1";
  /** The root element. */
  static final String ROOT = "ClinicalDocument";
  /** The typeCode of the entryRelationship that carries a nested entry (WS/T 500-2016 body, standard's examples). */
  static final String COMPONENT_RELATIONSHIP = "COMP";
  /** The codeSystemName the samples write with {@code DocumentSpec.DATA_SET_ITEM_CODE_SYSTEM} (wst500-dataset-items.tsv). */
  static final String DATA_SET_ITEM_SYSTEM_NAME = "住院病案首页基本数据集";

  private static final Pattern DATA_SET_ITEM = Pattern.compile("HDSD\\d{2}\\.\\d{2}\\.\\d{3}");

  /** Whether {@code code} is a WS 445 data-set item id such as {@code HDSD00.11.142} (C0032/C0033 fee items). */
  static boolean isDataSetItem(String code) {
    return code.startsWith("HDSD") && DATA_SET_ITEM.matcher(code).matches();
  }

  private CdaNames() {}
}
