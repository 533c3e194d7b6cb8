package io.hdx.model;

/**
 * A value that breaks a rule of a standard: an identifier with a wrong check character, a date
 * that does not fit its data element's format, a code outside its value set. The message names
 * the rule (and the standard clause), never the value.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public class ValidationException extends HdxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param errorCode stable code, e.g. {@code ID-0103}
   * @param message which rule failed and where; never the value
   */
  public ValidationException(String errorCode, String message) {
    super(errorCode, message);
  }

  /** Creates the exception with its cause. */
  public ValidationException(String errorCode, String message, Throwable cause) {
    super(errorCode, message, cause);
  }
}
