package io.hdx.codec.validate;

/**
 * A positional XPath as a chain of steps, rendered only when an issue needs it, so that walking a
 * document costs one small object per step and no string building. Steps follow the layout
 * {@code CdaWriter} writes; {@code index} is the 1-based predicate of a repeating element, 0 for none.
 *
 * <p>Thread safety: immutable.
 */
final class XPath {
  static final XPath ROOT = new XPath(null, "ClinicalDocument", 0);

  private final XPath parent;
  private final String name;
  private final int index;

  private XPath(XPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The path {@code /ClinicalDocument/a/b} (element steps without predicates), e.g. a path of the layout. */
  static XPath parse(String path) {
    String[] steps = path.split("/");
    if (steps.length < 2 || !steps[0].isEmpty() || !steps[1].equals(ROOT.name)) {
      throw new IllegalArgumentException("not a path from /ClinicalDocument: " + path);
    }
    XPath at = ROOT;
    for (int i = 2; i < steps.length; i++) {
      at = at.child(steps[i]);
    }
    return at;
  }

  /** The child element {@code name} that occurs once. */
  XPath child(String name) {
    return new XPath(this, name, 0);
  }

  /** The {@code index}-th (from 1) child element {@code name}. */
  XPath child(String name, int index) {
    return new XPath(this, name, index);
  }

  /** The attribute {@code name} of this element. */
  XPath attribute(String name) {
    return new XPath(this, "@" + name, 0);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(128);
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null) {
      parent.append(sb);
    }
    sb.append('/').append(name);
    if (index > 0) {
      sb.append('[').append(index).append(']');
    }
  }
}
