package io.hdx.codec.cda;

import io.hdx.codec.CodecException;
import io.hdx.codec.internal.XmlDiff;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether two XML documents carry the same content: the same elements (namespace URI and local name) in
 * the same order, the same attributes in any order, the same text after trimming; prefixes, namespace
 * declarations, comments, processing instructions and whitespace between elements do not count. This is
 * the sense in which {@link CdaEncoder#encode(io.hdx.model.document.ClinicalDocument, CdaSource)} and
 * {@code hdx convert --to xml} are lossless. Parsing is hardened like {@link CdaDecoder}'s.
 *
 * <p>Thread safety: stateless.
 *
 * <pre>{@code
 * Optional<String> where = XmlEquivalence.firstDifference(original, reencoded);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class XmlEquivalence {
  private XmlEquivalence() {}

  /** Whether {@code a} and {@code b} are equivalent. @throws CodecException when either cannot be parsed */
  public static boolean equivalent(byte[] a, byte[] b) {
    return !firstDifference(a, b).isPresent();
  }

  /**
   * The XPath (in {@code a}) of the first difference, never a value; empty when equivalent.
   *
   * @throws CodecException when either cannot be parsed
   */
  public static Optional<String> firstDifference(byte[] a, byte[] b) {
    return XmlDiff.firstDifference(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
  }
}
