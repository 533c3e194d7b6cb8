package io.hdx.codec.internal;

import io.hdx.codec.DecodeLimits;

/**
 * Enforces {@link DecodeLimits} on the raw input, before the StAX parser sees it, so that every limit bites
 * while the input is read and not after the parser has built a whole tag or text node: element depth,
 * attributes and namespace declarations per element, attribute value length, text, comment and processing
 * instruction length, and element and attribute name length (issue 9: a start tag of 160,000 attributes took
 * 16 s to build before the attribute limit was checked). Both parsers (Aalto and Woodstox) read through it.
 *
 * <p>It follows the markup of XML 1.0 §2-3 just enough to count: text, start and end tags, attribute values,
 * comments, CDATA sections and processing instructions, over the bytes of an ASCII-compatible encoding in which
 * no byte of a multi-byte character is below 0x80 (UTF-8; {@link #unit(char)} maps other input to that form).
 * It never counts more than the parser will: a character takes one count whatever its length in bytes (a
 * character outside the BMP only one where Java counts two), an entity or character reference counts one,
 * carriage returns do not count, and the delimiters of comments, CDATA sections and processing instructions do not
 * count; so the parser's exact checks (which stay) never refuse less. Where the input stops being
 * markup it can follow (a DOCTYPE, a malformed tag), the scanner stops checking: the parser refuses that input
 * at that point, before anything after it matters. The limit on the document's total size is counted in bytes
 * by {@code CdaCodec.Bounded}.
 *
 * <p>Thread safety: not thread-safe; one per document.
 */
final class MarkupScanner {
  private static final int TEXT = 0;
  private static final int LT = 1;
  private static final int START_NAME = 2;
  private static final int END_NAME = 3;
  private static final int END_SPACE = 4;
  private static final int IN_TAG = 5;
  private static final int ATTR_NAME = 6;
  private static final int AFTER_NAME = 7;
  private static final int BEFORE_VALUE = 8;
  private static final int VALUE = 9;
  private static final int EMPTY_SLASH = 10;
  private static final int BANG = 11;
  private static final int BANG_DASH = 12;
  private static final int COMMENT = 13;
  private static final int CDATA_OPEN = 14;
  private static final int CDATA = 15;
  private static final int PI = 16;
  private static final int TEXT_REF = 17;
  private static final int VALUE_REF = 18;
  /** Past markup the scanner cannot follow: checks nothing more (the parser refuses the input there). */
  private static final int INERT = 19;

  private static final byte[] XMLNS = {'x', 'm', 'l', 'n', 's'};
  private static final byte[] CDATA_WORD = {'C', 'D', 'A', 'T', 'A', '['};

  private final int maxDepth;
  private final int maxAttributes;
  private final int maxText;
  private final int maxName;

  private int state = TEXT;
  private int depth;
  /** Characters of the current text node, attribute value, comment, CDATA or processing instruction. */
  private int length;
  /** Characters of the current name. */
  private int nameLength;
  private int attributes;
  private int namespaces;
  /** How far the current attribute name matches {@code xmlns}; -1 once it does not. */
  private int xmlnsMatched;
  private byte quote;
  /** Dashes, brackets or question marks just seen (ends of comments, CDATA sections, processing instructions). */
  private int closers;
  private String breach;
  private CdaCodec.LimitExceeded failed;

  MarkupScanner(DecodeLimits limits) {
    this.maxDepth = limits.maxDepth();
    this.maxAttributes = limits.maxAttributes();
    this.maxText = limits.maxTextLength();
    this.maxName = limits.maxNameLength();
  }

  /** The limit broken, once {@link #scan} returned an index; else null. */
  String breach() {
    return breach;
  }

  /** The byte a character stands for in {@link #scan}: itself if ASCII, else a lead byte (one count). */
  static byte unit(char c) {
    return c < 0x80 ? (byte) c : (byte) 0xC0;
  }

  /**
   * Scans {@code len} bytes of {@code b} from {@code off}, continuing from the previous call; the index of the
   * first byte at which a limit is broken (then see {@link #breach()}), or -1.
   */
  int scan(byte[] b, int off, int len) {
    int end = off + len;
    int i = off;
    int s = state;
    try {
      while (i < end) {
        int c = b[i];
        switch (s) {
          case TEXT:
          case VALUE:
            // The hot path: most bytes are text or attribute values.
            boolean text = s == TEXT;
            int at = run(b, i, end, text ? '<' : quote);
            if (at < 0) {
              return fail(~at, text ? "text length" : "attribute value length");
            }
            if (at == end) {
              return -1;
            }
            i = at;
            c = b[i];
            if (c == '&') {
              s = text ? TEXT_REF : VALUE_REF;
              if (++length > maxText) {
                return fail(i, text ? "text length" : "attribute value length");
              }
            } else if (text) {
              s = LT;
            } else {
              s = c == '<' ? INERT : IN_TAG;
            }
            break;
          case TEXT_REF:
            if (c == ';') {
              s = TEXT;
            }
            break;
          case LT:
            if (c == '/') {
              s = END_NAME;
              nameLength = 0;
            } else if (c == '!') {
              s = BANG;
            } else if (c == '?') {
              s = PI;
              length = 0;
              closers = 0;
            } else if (c == '>' || c == '<' || c == '=' || c == '"' || c == '\'' || space(c)) {
              s = INERT;
            } else {
              if (++depth > maxDepth) {
                return fail(i, "element depth");
              }
              s = START_NAME;
              nameLength = 1;
              attributes = 0;
              namespaces = 0;
            }
            break;
          case START_NAME:
            if (space(c)) {
              s = IN_TAG;
            } else if (c == '>') {
              s = TEXT;
              length = 0;
            } else if (c == '/') {
              s = EMPTY_SLASH;
            } else if ((c & 0xC0) != 0x80 && ++nameLength > maxName) {
              return fail(i, "name length");
            }
            break;
          case END_NAME:
            if (c == '>') {
              depth--;
              s = TEXT;
              length = 0;
            } else if (space(c)) {
              s = END_SPACE;
            } else if ((c & 0xC0) != 0x80 && ++nameLength > maxName) {
              return fail(i, "name length");
            }
            break;
          case END_SPACE:
            if (c == '>') {
              depth--;
              s = TEXT;
              length = 0;
            } else if (!space(c)) {
              s = INERT;
            }
            break;
          case IN_TAG:
            if (c == '>') {
              s = TEXT;
              length = 0;
            } else if (c == '/') {
              s = EMPTY_SLASH;
            } else if (c == '=' || c == '"' || c == '\'' || c == '<') {
              s = INERT;
            } else if (!space(c)) {
              s = ATTR_NAME;
              nameLength = 1;
              xmlnsMatched = c == 'x' ? 1 : -1;
            }
            break;
          case ATTR_NAME:
            if (c == '=' || space(c)) {
              if (isNamespace() ? ++namespaces > maxAttributes : ++attributes > maxAttributes) {
                return fail(i, "attributes per element");
              }
              s = c == '=' ? BEFORE_VALUE : AFTER_NAME;
            } else if (c == '>' || c == '/' || c == '<' || c == '"' || c == '\'') {
              s = INERT;
            } else {
              if ((c & 0xC0) != 0x80 && ++nameLength > maxName) {
                return fail(i, "name length");
              }
              if (xmlnsMatched >= 0) {
                xmlnsMatched = xmlnsMatched < XMLNS.length && XMLNS[xmlnsMatched] == c ? xmlnsMatched + 1
                    : xmlnsMatched == XMLNS.length && c == ':' ? XMLNS.length + 1 : xmlnsMatched > XMLNS.length
                    ? xmlnsMatched : -1;
              }
            }
            break;
          case AFTER_NAME:
            if (c == '=') {
              s = BEFORE_VALUE;
            } else if (!space(c)) {
              s = INERT;
            }
            break;
          case BEFORE_VALUE:
            if (c == '"' || c == '\'') {
              s = VALUE;
              quote = (byte) c;
              length = 0;
            } else if (!space(c)) {
              s = INERT;
            }
            break;
          case VALUE_REF:
            if (c == ';') {
              s = VALUE;
            } else if (c == quote || c == '<') {
              s = INERT;
            }
            break;
          case EMPTY_SLASH:
            if (c == '>') {
              depth--;
              s = TEXT;
              length = 0;
            } else {
              s = INERT;
            }
            break;
          case BANG:
            if (c == '-') {
              s = BANG_DASH;
            } else if (c == '[') {
              s = CDATA_OPEN;
              closers = 0;
            } else {
              s = INERT;
            }
            break;
          case BANG_DASH:
            if (c == '-') {
              s = COMMENT;
              closers = 0;
              length = 0;
            } else {
              s = INERT;
            }
            break;
          case COMMENT:
            // Dashes count once they turn out to be content, not the closing "--".
            if (c == '-') {
              closers++;
            } else if (c == '>' && closers >= 2) {
              s = TEXT;
              length = 0;
            } else if (!counted(c, maxText, "comment length")) {
              return i;
            }
            break;
          case CDATA_OPEN:
            if (c != CDATA_WORD[closers]) {
              s = INERT;
            } else if (++closers == CDATA_WORD.length) {
              s = CDATA;
              closers = 0;
            }
            break;
          case CDATA:
            // Coalesced with the text around it: counts on the text's length; brackets once they are content.
            if (c == ']') {
              closers++;
            } else if (c == '>' && closers >= 2) {
              s = TEXT;
              length += closers - 2;
            } else if (!counted(c, maxText, "text length")) {
              return i;
            }
            break;
          case PI:
            if (c == '?') {
              closers++;
            } else if (c == '>' && closers > 0) {
              s = TEXT;
              length = 0;
            } else if (!counted(c, maxText + maxName + 1, "processing instruction length")) {
              return i;
            }
            break;
          default:
            return -1;
        }
        i++;
      }
      return -1;
    } finally {
      state = s;
    }
  }

  /**
   * Counts the characters of text or an attribute value from {@code b[i]} up to {@code stop}, {@code <} or
   * {@code &}: the index of that byte, {@code end} when none came, or {@code ~index} of the byte that broke the
   * limit. A continuation byte (10xxxxxx) and CR count nothing.
   */
  private int run(byte[] b, int i, int end, int stop) {
    int n = length;
    for (; i < end; i++) {
      int c = b[i];
      if (c == stop || c == '<' || c == '&') {
        break;
      }
      if ((c & 0xC0) != 0x80 && c != '\r' && ++n > maxText) {
        length = n;
        return ~i;
      }
    }
    length = n;
    return i;
  }

  /**
   * How many of the {@code n} bytes of {@code b} from {@code off} the parser may have: all, or those before the
   * byte that breaks a limit (the next call then fails).
   *
   * @throws CdaCodec.LimitExceeded when a limit broke before these bytes or at their first
   */
  int deliverable(byte[] b, int off, int n) throws CdaCodec.LimitExceeded {
    check();
    int at = scan(b, off, n);
    if (at < 0) {
      return n;
    }
    failed = new CdaCodec.LimitExceeded(breach);
    if (at > off) {
      return at - off;
    }
    throw failed;
  }

  /** @throws CdaCodec.LimitExceeded when a limit broke in what was scanned before */
  void check() throws CdaCodec.LimitExceeded {
    if (failed != null) {
      throw failed;
    }
  }

  /**
   * Counts {@code c} and the closers held back before it (they were content); whether the count stays within
   * {@code max} (for a processing instruction, the text limit and its target's name).
   */
  private boolean counted(int c, int max, String limit) {
    length += closers;
    closers = 0;
    if ((c & 0xC0) != 0x80 && c != '\r') {
      length++;
    }
    if (length > max) {
      breach = limit;
      return false;
    }
    return true;
  }

  private boolean isNamespace() {
    return xmlnsMatched == XMLNS.length || xmlnsMatched == XMLNS.length + 1;
  }

  private int fail(int at, String limit) {
    breach = limit;
    return at;
  }

  private static boolean space(int c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }
}
