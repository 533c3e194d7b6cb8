package io.hdx.codec.v3;

import java.util.Objects;

/**
 * A {@code HIPMessageServer} call as read from a SOAP request: the SOAP version and operation it came in (so the
 * answer can go out the same way), the action, and the V3 message bytes (UTF-8).
 *
 * <p>Thread safety: immutable (the message bytes are copied on the way out).
 *
 * @since 0.1.0
 */
public final class HipCall {
  private final SoapVersion version;
  private final String operationNamespace;
  private final String operation;
  private final String action;
  private final byte[] message;

  HipCall(SoapVersion version, String operationNamespace, String operation, String action, byte[] message) {
    this.version = Objects.requireNonNull(version, "version");
    this.operationNamespace = Objects.requireNonNull(operationNamespace, "operationNamespace");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.action = Objects.requireNonNull(action, "action");
    this.message = message.clone();
  }

  /** The SOAP version of the request. */
  public SoapVersion version() {
    return version;
  }

  /** The operation's namespace as sent. */
  public String operationNamespace() {
    return operationNamespace;
  }

  /** The operation's name as sent. */
  public String operation() {
    return operation;
  }

  /** The action (first parameter). */
  public String action() {
    return action;
  }

  /** The V3 message (second parameter), UTF-8. */
  public byte[] message() {
    return message.clone();
  }

  @Override
  public String toString() {
    return "HipCall{" + version + ", " + operation + ", action=" + action + ", " + message.length + " bytes}";
  }
}
