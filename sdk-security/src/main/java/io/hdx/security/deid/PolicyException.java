package io.hdx.security.deid;

import io.hdx.model.HdxException;

/**
 * A de-identification policy or its keys could not be used: a rule's parameters do not fit its
 * action, a policy JSON document is malformed (the message names the line and the field), a
 * preset is unknown, or a reversible rule has no reversible key. Messages never hold a key or a
 * value of the data.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public class PolicyException extends HdxException {
  private static final long serialVersionUID = 1L;

  /** A policy document is not well-formed JSON or not a JSON object. */
  public static final String MALFORMED = "DEID-0101";
  /** A field is unknown, of the wrong type, or its value is not allowed. */
  public static final String INVALID_FIELD = "DEID-0102";
  /** A preset name is unknown. */
  public static final String UNKNOWN_PRESET = "DEID-0103";
  /** A key file or key provider could not give a usable key. */
  public static final String KEY = "DEID-0201";
  /** The policy uses reversible pseudonyms and no reversible key was given. */
  public static final String NO_REVERSIBLE_KEY = "DEID-0202";

  /** Creates the exception. */
  public PolicyException(String errorCode, String message) {
    super(errorCode, message);
  }

  /** Creates the exception with its cause. */
  public PolicyException(String errorCode, String message, Throwable cause) {
    super(errorCode, message, cause);
  }
}
