package io.hdx.codec.cda;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The hostile documents of issue 9, each about 5 MB (or as large as asked), for the hostile-input tests and the
 * fuzz harness: they must be refused (or, for values, judged) in well under a second.
 */
public final class HostileDocuments {
  /** Start of a minimal WS/T 500 document (C0034). */
  public static final String HEAD = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<templateId root=\"2.16.156.10011.2.1.1.54\"/><code code=\"C0034\" codeSystem=\"2.16.156.10011.2.4\"/>";
  /** End of the document. */
  public static final String TAIL = "</ClinicalDocument>";

  private HostileDocuments() {}

  /** One start tag with {@code n} attributes. */
  public static byte[] manyAttributes(int n) {
    StringBuilder sb = new StringBuilder(n * 32).append(HEAD).append("<title");
    for (int i = 0; i < n; i++) {
      sb.append(" a").append(i).append("=\"x\"");
    }
    return utf8(sb.append("/>").append(TAIL));
  }

  /** One attribute value of {@code n} characters. */
  public static byte[] longValue(int n) {
    return utf8(new StringBuilder(n + 512).append(HEAD).append("<title a=\"").append(fill('v', n)).append("\"/>")
        .append(TAIL));
  }

  /** One text node of {@code n} characters. */
  public static byte[] longText(int n) {
    return utf8(new StringBuilder(n + 512).append(HEAD).append("<title>").append(fill('t', n)).append("</title>")
        .append(TAIL));
  }

  /** One element name of {@code n} characters. */
  public static byte[] longName(int n) {
    String name = fill('n', n);
    return utf8(new StringBuilder(2 * n + 512).append(HEAD).append('<').append(name).append("/>").append(TAIL));
  }

  /** {@code n} nested elements. */
  public static byte[] deepNesting(int n) {
    StringBuilder sb = new StringBuilder(n * 8 + 512).append(HEAD);
    for (int i = 0; i < n; i++) {
      sb.append("<x>");
    }
    for (int i = 0; i < n; i++) {
      sb.append("</x>");
    }
    return utf8(sb.append(TAIL));
  }

  /** A {@code type} (PQ, REAL, MO) value of {@code n} digits. */
  public static byte[] longNumber(String type, int n) {
    return utf8(new StringBuilder(number(type, fill('9', n))));
  }

  /** A document whose one entry holds a {@code type} (PQ, REAL, MO) value {@code literal}. */
  public static String number(String type, String literal) {
    return entryValue("<value xsi:type=\"" + type + "\" value=\"" + literal + "\""
        + (type.equals("PQ") ? " unit=\"mmHg\"" : "") + "/>");
  }

  /** A document whose one entry (an observation of DE04.10.174.00) holds {@code value}, an XML element. */
  public static String entryValue(String value) {
    return HEAD + "<component><structuredBody><component><section><code code=\"8716-3\" "
        + "codeSystem=\"2.16.840.1.113883.6.1\"/><entry><observation classCode=\"OBS\" moodCode=\"EVN\">"
        + "<code code=\"DE04.10.174.00\" codeSystem=\"2.16.156.10011.2.2.1\"/>" + value
        + "</observation></entry></section></component></structuredBody></component>" + TAIL;
  }

  private static String fill(char c, int n) {
    char[] a = new char[n];
    Arrays.fill(a, c);
    return new String(a);
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
