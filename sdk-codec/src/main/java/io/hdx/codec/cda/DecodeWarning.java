package io.hdx.codec.cda;

import java.util.Objects;

/**
 * Something the decoder read but did not map into the model, e.g. an element it does not know; the
 * element was skipped. Never carries a document value. The JSON decoder's warnings have {@code JSON-09xx} codes.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * for (DecodeWarning w : result.warnings()) { log(w.code(), w.xpath()); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodeWarning {
  /** Code of an unknown element that was skipped with its content. */
  public static final String UNKNOWN_ELEMENT = "CDA-0901";
  /** Code of markup inside a section's narrative block that was read as plain text only. */
  public static final String NARRATIVE_MARKUP = "CDA-0902";

  private final String code;
  private final String xpath;
  private final int line;
  private final int column;
  private final String message;

  /** A warning {@code code} at {@code xpath}, line and column (-1 when unknown), with a value-free message. */
  public DecodeWarning(String code, String xpath, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.xpath = Objects.requireNonNull(xpath, "xpath");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /** The stable code, e.g. {@link #UNKNOWN_ELEMENT}. */
  public String code() {
    return code;
  }

  /** The XPath of the skipped element (for JSON, the JSON Pointer of the skipped field). */
  public String xpath() {
    return xpath;
  }

  /** The 1-based line, or -1. */
  public int line() {
    return line;
  }

  /** The 1-based column, or -1. */
  public int column() {
    return column;
  }

  /** What happened, without values. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecodeWarning)) {
      return false;
    }
    DecodeWarning w = (DecodeWarning) o;
    return code.equals(w.code) && xpath.equals(w.xpath) && line == w.line && column == w.column
        && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, xpath, line, column, message);
  }

  @Override
  public String toString() {
    return code + " " + xpath + ": " + message + " (line " + line + ", column " + column + ")";
  }
}
