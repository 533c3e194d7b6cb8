package io.hdx.cli;

import java.util.Collection;
import java.util.Map;

/**
 * Writes one JSON object on one line, for {@code --json} output (docs/cli.md: "one JSON object, or one
 * per line for many inputs"). Values are strings, numbers, booleans, nested {@link JsonLine}s,
 * or collections of those.
 *
 * <p>Thread safety: not thread-safe; one instance per object written.
 *
 * @since 0.1.0
 */
public final class JsonLine {
  private final StringBuilder json = new StringBuilder("{");

  /** Adds {@code "name": value}; a {@code null} value is written as {@code null}. */
  public JsonLine put(String name, Object value) {
    if (json.length() > 1) {
      json.append(',');
    }
    quote(name, json);
    json.append(':');
    value(value, json);
    return this;
  }

  /** The object's text, e.g. {@code {"valid":true}}. */
  @Override
  public String toString() {
    return json + "}";
  }

  private static void value(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof JsonLine) {
      out.append(value);
    } else if (value instanceof Collection) {
      out.append('[');
      boolean first = true;
      for (Object item : (Collection<?>) value) {
        if (!first) {
          out.append(',');
        }
        first = false;
        value(item, out);
      }
      out.append(']');
    } else if (value instanceof Map) {
      JsonLine object = new JsonLine();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        object.put(String.valueOf(e.getKey()), e.getValue());
      }
      out.append(object);
    } else {
      quote(value.toString(), out);
    }
  }

  /** Appends {@code s} as a JSON string literal (RFC 8259 §7). */
  static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
