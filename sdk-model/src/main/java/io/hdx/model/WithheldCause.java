package io.hdx.model;

/**
 * Stands in a cause chain for an exception whose message may quote input: it keeps that exception's class
 * name and stack trace, never its message. {@link HdxException} puts one in place of every cause that is not
 * itself an {@code HdxException} (whose messages never hold values), so that no logged stack trace carries
 * patient data: a {@code NumberFormatException} says {@code For input string: "…"}, a parser's messages repeat
 * entity names, XML-declaration values and tokens, a {@code DateTimeException} the field's value (issue 9).
 * Its own cause is the original's cause, withheld the same way.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * catch (CodecException e) { log(e.errorCode(), ((WithheldCause) e.getCause()).causeClass()); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WithheldCause extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Deeper causes than this are dropped (and a cycle in a chain ends). */
  private static final int MAX_CHAIN = 16;

  private final String causeClass;

  private WithheldCause(Throwable original, int depth) {
    super(original.getClass().getName() + " (message withheld: it may quote input)",
        depth < MAX_CHAIN ? withhold(original.getCause(), depth + 1) : null, false, true);
    this.causeClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  /**
   * {@code cause} as a cause chain may carry it: itself when null, an {@link HdxException} or already withheld,
   * else a {@code WithheldCause} in its place.
   */
  public static Throwable withhold(Throwable cause) {
    return withhold(cause, 0);
  }

  private static Throwable withhold(Throwable cause, int depth) {
    if (cause == null || cause instanceof HdxException || cause instanceof WithheldCause) {
      return cause;
    }
    return new WithheldCause(cause, depth);
  }

  /** The class name of the exception withheld, e.g. {@code java.lang.NumberFormatException}. */
  public String causeClass() {
    return causeClass;
  }
}
