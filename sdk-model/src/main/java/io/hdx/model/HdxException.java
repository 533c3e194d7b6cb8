package io.hdx.model;

import java.util.Objects;

/**
 * The root of every exception HDX throws for reasons other than a caller's programming mistake.
 * Each carries a stable {@link #errorCode()} (such as {@code ID-0103}) that scripts and support
 * tickets can rely on. Messages name the place (XPath, field, data element code) and the rule that
 * failed, never the offending value: values may be patient data.
 *
 * <p>Message convention, the same for every subtype: {@link #getMessage()} is the code, one space and
 * the {@link #detail()}, e.g. {@code CDA-0102 /ClinicalDocument/recordTarget/patientRole/id/@extension:
 * required, missing}. Print {@code getMessage()} as it is; never prefix it with {@code errorCode()}
 * (that prints the code twice). Where code and text go to separate fields (a JSON report, a log
 * event), use {@link #errorCode()} and {@link #detail()}.
 *
 * <pre>{@code
 * try {
 *   ResidentIdNumber.parse(text);
 * } catch (ValidationException e) {
 *   System.err.println(e.getMessage());           // ID-0103 resident ID number: address code (positions 1-6) is not ... (never the value)
 *   log.warn("id rejected code={} detail={}", e.errorCode(), e.detail());
 * }
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public class HdxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final String detail;

  /**
   * Creates an exception.
   *
   * @param errorCode stable code, e.g. {@code ID-0103}
   * @param message where and which rule, without the code (the code is prefixed here); never a value
   */
  public HdxException(String errorCode, String message) {
    this(errorCode, message, null);
  }

  /**
   * Creates an exception with its cause. A cause other than an {@code HdxException} is kept as a
   * {@link WithheldCause}: its class and stack trace, never its message, which may quote input (STYLE.md §5).
   *
   * @param errorCode stable code, e.g. {@code ID-0103}
   * @param message where and which rule, without the code; never a value
   * @param cause the cause, or {@code null}
   */
  public HdxException(String errorCode, String message, Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode") + " " + Objects.requireNonNull(message, "message"),
        WithheldCause.withhold(cause));
    this.errorCode = errorCode;
    this.detail = message;
  }

  /** The stable error code, e.g. {@code ID-0103}; {@link #getMessage()} begins with it. */
  public String errorCode() {
    return errorCode;
  }

  /** The message without its leading code: where and which rule, e.g. {@code /ClinicalDocument/id: required, missing}. */
  public String detail() {
    return detail;
  }
}
