package io.hdx.model;

import java.util.Objects;

/**
 * The root of every exception HDX throws for reasons other than a caller's programming mistake.
 * Each carries a stable {@link #errorCode()} (such as {@code ID-0103}) that scripts and support
 * tickets can rely on. Messages name the place (XPath, field, data element code) and the rule that
 * failed, never the offending value: values may be patient data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public class HdxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;

  /**
   * Creates an exception.
   *
   * @param errorCode stable code, e.g. {@code ID-0103}
   * @param message where and which rule; never a value
   */
  public HdxException(String errorCode, String message) {
    super(errorCode + " " + message);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /**
   * Creates an exception with its cause. A cause other than an {@code HdxException} is kept as a
   * {@link WithheldCause}: its class and stack trace, never its message, which may quote input.
   */
  public HdxException(String errorCode, String message, Throwable cause) {
    super(errorCode + " " + message, WithheldCause.withhold(cause));
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /** The stable error code, e.g. {@code ID-0103}. */
  public String errorCode() {
    return errorCode;
  }
}
