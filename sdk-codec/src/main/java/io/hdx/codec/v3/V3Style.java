package io.hdx.codec.v3;

/**
 * The data-type style a {@link V3Encoder} writes. Decoders read both.
 *
 * @since 0.1.0
 */
public enum V3Style {
  /**
   * The style of the 2016 national interoperability examples (wangk4i/LangZhongGit {@code lzihe/xml样例/H02}):
   * data types R2 constructs such as {@code <id><item root extension/></id>}, {@code name xsi:type="LIST_EN"}
   * with parts, {@code <displayName value/>}, {@code <text value/>}. The default.
   */
  NATIONAL_2016,
  /**
   * The older HL7 V3 data types R1 style of the HL7 V3 schemas of JohnSire/zoe-phip:
   * {@code <id root extension/>}, names and detail as element text, {@code displayName} attributes, address
   * parts as elements. Messages written so are checked against those schemas in the tests.
   */
  HL7_R1
}
