package io.hdx.model.datatype;

import java.util.Objects;

/**
 * Checks of ISO object identifiers in dotted form (ITU-T X.660; HL7 V3 {@code uid} as used by
 * {@code II.root} and {@code CD.codeSystem}): arcs of decimal digits without leading zeros,
 * separated by single dots, the first arc 0, 1 or 2.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
public final class Oids {
  private Oids() {}

  /** Whether {@code text} is a dotted OID such as {@code 2.16.156.10011.1.3}. */
  public static boolean isValid(String text) {
    if (text == null || text.isEmpty() || text.length() > 256) {
      return false;
    }
    char first = text.charAt(0);
    if (first < '0' || first > '2' || (text.length() > 1 && text.charAt(1) != '.')) {
      return false;
    }
    int arcStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        int arcLength = i - arcStart;
        if (arcLength == 0 || (arcLength > 1 && text.charAt(arcStart) == '0')) {
          return false;
        }
        arcStart = i + 1;
      } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code oid} if it is a valid dotted OID.
   *
   * @param what names the field in the exception message, e.g. {@code root}
   * @throws IllegalArgumentException naming {@code what} when {@code oid} is not a dotted OID
   */
  public static String requireValid(String oid, String what) {
    Objects.requireNonNull(oid, what);
    if (!isValid(oid)) {
      throw new IllegalArgumentException(what + " must be a dotted OID (ITU-T X.660)");
    }
    return oid;
  }
}
