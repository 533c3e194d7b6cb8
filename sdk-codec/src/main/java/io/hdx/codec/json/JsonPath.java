package io.hdx.codec.json;

import java.util.Arrays;

/**
 * The place being read or written, as a stack of field names and array indexes, rendered on demand as a JSON
 * Pointer (RFC 6901: {@code /sections/2/entries/0/value}, {@code ~} written {@code ~0} and {@code /} written
 * {@code ~1}). Pushing and popping allocate nothing in the common case.
 *
 * <p>Thread safety: not thread-safe; confined to one encode or decode call.
 */
final class JsonPath {
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  void push(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  void pop() {
    depth--;
    names[depth] = null;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The JSON Pointer of the current place; empty for the root. */
  String pointer() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      String name = names[i];
      if (name == null) {
        sb.append(indexes[i]);
      } else {
        for (int c = 0; c < name.length(); c++) {
          char ch = name.charAt(c);
          if (ch == '~') {
            sb.append("~0");
          } else if (ch == '/') {
            sb.append("~1");
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.toString();
  }

  /** The JSON Pointer of field {@code name} of the current object. */
  String pointer(String name) {
    push(name);
    String p = pointer();
    pop();
    return p;
  }
}
