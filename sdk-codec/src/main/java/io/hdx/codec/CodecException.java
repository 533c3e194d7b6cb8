package io.hdx.codec;

import io.hdx.model.HdxException;
import java.util.Objects;

/**
 * A document could not be encoded or decoded. The message holds the stable code, the place (XPath, line,
 * column) and the rule broken, never a value from the document.
 *
 * <p>Codes: {@code CDA-0001} not well-formed XML, {@code CDA-0002} I/O failure while reading,
 * {@code CDA-0003} DOCTYPE/DTD refused, {@code CDA-0004} a {@link DecodeLimits} bound exceeded,
 * {@code CDA-0005} empty or truncated input, {@code CDA-0010} root is not {@code ClinicalDocument} in
 * {@code urn:hl7-org:v3}, {@code CDA-0101} a value breaks its data type's rule, {@code CDA-0102} a required
 * attribute or element is missing, {@code CDA-0103} unknown or missing {@code xsi:type},
 * {@code CDA-0201} I/O or StAX failure while writing, {@code CDA-0202} a document part has no CDA form.
 * The JSON codec ({@code io.hdx.codec.json}) throws it with {@code JSON-0xxx} codes (listed in
 * {@code JsonDecoder} and sdk-codec/JSON.md) and a JSON Pointer in {@link #xpath()}.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * try { decoder.decode(bytes); } catch (CodecException e) { log(e.errorCode(), e.xpath(), e.line()); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CodecException extends HdxException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String xpath;

  /**
   * Creates an exception.
   *
   * @param errorCode stable code, e.g. {@code CDA-0001}
   * @param rule the rule broken; never a value
   * @param xpath where, e.g. {@code /ClinicalDocument/recordTarget}; empty when unknown
   * @param line 1-based line, or -1 when unknown
   * @param column 1-based column, or -1 when unknown
   * @param cause the cause, or {@code null}
   */
  public CodecException(String errorCode, String rule, String xpath, int line, int column, Throwable cause) {
    super(errorCode, describe(rule, xpath, line, column), cause);
    this.xpath = Objects.requireNonNull(xpath, "xpath");
    this.line = line;
    this.column = column;
  }

  private static String describe(String rule, String xpath, int line, int column) {
    StringBuilder sb = new StringBuilder();
    if (!xpath.isEmpty()) {
      sb.append(xpath).append(": ");
    }
    sb.append(Objects.requireNonNull(rule, "rule"));
    if (line > 0) {
      sb.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return sb.toString();
  }

  /** The 1-based line of the failure, or -1 when unknown (e.g. while encoding). */
  public int line() {
    return line;
  }

  /** The 1-based column of the failure, or -1 when unknown. */
  public int column() {
    return column;
  }

  /**
   * The XPath of the element being read or written (for JSON, the JSON Pointer of the field); empty when the
   * failure came before the root.
   */
  public String xpath() {
    return xpath;
  }
}
