package io.hdx.codec.internal;

import io.hdx.codec.internal.XmlTree.Attr;
import io.hdx.codec.internal.XmlTree.Element;
import io.hdx.codec.internal.XmlTree.Node;
import io.hdx.codec.internal.XmlTree.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three-way merge behind lossless re-encoding. Given the source document as it was read ({@code s}),
 * the encoder's rendering of the model decoded from it ({@code o}) and the encoder's rendering of the
 * model to write now ({@code n}), it applies the changes from {@code o} to {@code n} to {@code s}: what
 * the model did not change stays exactly as the source had it (vendor elements and attributes, comments,
 * narrative markup, prefixes, whitespace); what it changed, added or removed is written as the encoder
 * writes it.
 *
 * <p>Children are matched in order by a weighted longest common subsequence over element names,
 * preferring equal elements, then equal attributes and children, so that a changed entry is matched
 * with its old self and not with a neighbour of the same name.
 *
 * <p>Thread safety: stateless.
 */
final class TreeMerge {
  private TreeMerge() {}

  static XmlTree.Document merge(XmlTree.Document s, XmlTree.Document o, XmlTree.Document n) {
    XmlTree.Document out = new XmlTree.Document();
    out.prolog.addAll(s.prolog);
    out.epilog.addAll(s.epilog);
    out.root = s.root.sameName(o.root) && o.root.sameName(n.root) ? merge(s.root, o.root, n.root) : n.root;
    return out;
  }

  /** Merges elements that correspond: {@code s} read, {@code o} its model's rendering, {@code n} the new one. */
  static Element merge(Element s, Element o, Element n) {
    if (o.equals(n)) {
      return s;
    }
    Element out = new Element(s.ns, s.prefix, s.local);
    out.nsDecls.addAll(s.nsDecls);
    mergeAttributes(s, o, n, out);
    if (o.elements().isEmpty() && n.elements().isEmpty() && !o.ownText().equals(n.ownText())) {
      // A text value the decoder read flat (narrative, name, ST): markup inside it in the source is part
      // of the old text, so the new text replaces the whole content.
      out.children.addAll(n.children);
    } else {
      mergeChildren(s, o, n, out);
    }
    return out;
  }

  private static void mergeAttributes(Element s, Element o, Element n, Element out) {
    for (Attr a : s.attrs) {
      Attr oa = o.attr(a.ns, a.local);
      Attr na = n.attr(a.ns, a.local);
      if (oa != null && na == null) {
        continue;
      }
      if (oa != null && !oa.value.equals(na.value)) {
        out.attrs.add(new Attr(a.ns, a.prefix, a.local, na.value));
      } else {
        out.attrs.add(a);
      }
    }
    for (Attr na : n.attrs) {
      Attr oa = o.attr(na.ns, na.local);
      if (s.attr(na.ns, na.local) == null && (oa == null || !oa.value.equals(na.value))) {
        out.attrs.add(na);
      }
    }
  }

  private static void mergeChildren(Element s, Element o, Element n, Element out) {
    List<Element> se = s.elements();
    List<Element> oe = o.elements();
    List<Element> ne = n.elements();
    int[] oForS = align(se, oe);
    int[] sForO = new int[oe.size()];
    Arrays.fill(sForO, -1);
    for (int i = 0; i < oForS.length; i++) {
      if (oForS[i] >= 0) {
        sForO[oForS[i]] = i;
      }
    }
    boolean textChanged = !o.ownText().equals(n.ownText());
    // The source's other children, kept in place: comments and whitespace before an element lead it (and
    // go when it is removed); vendor elements and text follow the matched source element before them.
    // extras[k] follows the k-th source element (1-based), extras[0] precedes them all; leading[k] precedes
    // the k-th source element (0-based).
    List<List<Node>> extras = new ArrayList<>(se.size() + 1);
    List<List<Node>> leading = new ArrayList<>(se.size());
    for (int i = 0; i <= se.size(); i++) {
      extras.add(new ArrayList<>(1));
      leading.add(new ArrayList<>(1));
    }
    List<Node> pending = new ArrayList<>(2);
    int seen = 0;
    int anchor = 0;
    for (Node c : s.children) {
      if (c instanceof Element) {
        seen++;
        if (oForS[seen - 1] >= 0) {
          leading.get(seen - 1).addAll(pending);
          anchor = seen;
        } else {
          extras.get(anchor).addAll(pending);
          extras.get(anchor).add(c);
        }
        pending.clear();
      } else if (c instanceof Text && textChanged) {
        continue; // the element's text is replaced by the new text, below
      } else if (c instanceof Text && !c.isBlank()) {
        extras.get(anchor).addAll(pending);
        pending.clear();
        extras.get(anchor).add(c);
      } else {
        pending.add(c);
      }
    }
    extras.get(anchor).addAll(pending);
    out.children.addAll(extras.get(0));
    if (textChanged) {
      for (Node c : n.children) {
        if (c instanceof Text) {
          out.children.add(c);
        }
      }
    }
    int[] nForO = align(oe, ne);
    int i = 0;
    int j = 0;
    while (i < oe.size() || j < ne.size()) {
      if (i < oe.size() && nForO[i] < 0) {
        if (sForO[i] >= 0) {
          out.children.addAll(extras.get(sForO[i] + 1));
        }
        i++;
      } else if (j < ne.size() && (i == oe.size() || nForO[i] > j)) {
        out.children.add(ne.get(j));
        j++;
      } else {
        Element oi = oe.get(i);
        Element nj = ne.get(nForO[i]);
        if (sForO[i] >= 0) {
          out.children.addAll(leading.get(sForO[i]));
          out.children.add(merge(se.get(sForO[i]), oi, nj));
          out.children.addAll(extras.get(sForO[i] + 1));
        } else if (!oi.equals(nj)) {
          out.children.add(nj);
        }
        j = nForO[i] + 1;
        i++;
      }
    }
  }

  /**
   * An order-preserving matching of {@code a} to {@code b} maximizing the summed similarity; entry
   * {@code k} is the index in {@code b} matched to {@code a[k]}, or -1.
   */
  static int[] align(List<Element> a, List<Element> b) {
    int m = a.size();
    int k = b.size();
    double[][] best = new double[m + 1][k + 1];
    for (int x = m - 1; x >= 0; x--) {
      for (int y = k - 1; y >= 0; y--) {
        double skip = Math.max(best[x + 1][y], best[x][y + 1]);
        double sim = similarity(a.get(x), b.get(y));
        best[x][y] = sim > 0 ? Math.max(skip, sim + best[x + 1][y + 1]) : skip;
      }
    }
    int[] match = new int[m];
    Arrays.fill(match, -1);
    int x = 0;
    int y = 0;
    while (x < m && y < k) {
      double sim = similarity(a.get(x), b.get(y));
      if (sim > 0 && best[x][y] == sim + best[x + 1][y + 1]) {
        match[x++] = y++;
      } else if (best[x][y] == best[x + 1][y]) {
        x++;
      } else {
        y++;
      }
    }
    return match;
  }

  /**
   * 0 for different names; 5 for equivalent elements (equal but for whitespace around text and comments);
   * otherwise between 1 and 3: 1, plus the share of equal attributes, plus the share of children that
   * correspond, position by position, looking {@value #DEPTH} levels down, so that an entry holding a
   * procedure is not taken for one holding an observation.
   */
  private static double similarity(Element a, Element b) {
    if (!a.sameName(b)) {
      return 0;
    }
    return XmlTree.equivalent(a, b) ? 5 : 1 + partial(a, b, DEPTH);
  }

  private static final int DEPTH = 3;

  /** For same-named, non-equivalent elements: attribute share plus child share, 0..2. */
  private static double partial(Element a, Element b, int depth) {
    int attrs = Math.max(a.attrs.size(), b.attrs.size());
    int equalAttrs = 0;
    for (Attr x : a.attrs) {
      if (x.equals(b.attr(x.ns, x.local))) {
        equalAttrs++;
      }
    }
    List<Element> ac = a.elements();
    List<Element> bc = b.elements();
    int children = Math.max(ac.size(), bc.size());
    double childScore = 0;
    for (int i = 0; i < Math.min(ac.size(), bc.size()); i++) {
      Element x = ac.get(i);
      Element y = bc.get(i);
      if (!x.sameName(y)) {
        continue;
      }
      if (XmlTree.equivalent(x, y)) {
        childScore += 1;
      } else {
        childScore += depth > 0 ? 0.5 + partial(x, y, depth - 1) / 4 : 0.5;
      }
    }
    return (attrs == 0 ? 1 : (double) equalAttrs / attrs) + (children == 0 ? 1 : childScore / children);
  }
}
