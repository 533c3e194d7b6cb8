package io.hdx.security.deid;

import java.util.Objects;

/**
 * A stretch of free text that holds personal data: {@code [start, end)} of the text, and what
 * kind of value it is. The text itself is not held.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class TextSpan {
  private final int start;
  private final int end;
  private final ValueKind kind;

  private TextSpan(int start, int end, ValueKind kind) {
    this.start = start;
    this.end = end;
    this.kind = kind;
  }

  /** The span {@code [start, end)} holding a {@code kind} of value. */
  public static TextSpan of(int start, int end, ValueKind kind) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("span: 0 <= start < end");
    }
    return new TextSpan(start, end, Objects.requireNonNull(kind, "kind"));
  }

  /** The first character. */
  public int start() {
    return start;
  }

  /** One past the last character. */
  public int end() {
    return end;
  }

  /** The kind of value. */
  public ValueKind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSpan && ((TextSpan) o).start == start && ((TextSpan) o).end == end && ((TextSpan) o).kind == kind;
  }

  @Override
  public int hashCode() {
    return (start * 31 + end) * 31 + kind.hashCode();
  }

  @Override
  public String toString() {
    return "TextSpan[" + start + ", " + end + ", " + kind.jsonName() + "]";
  }
}
