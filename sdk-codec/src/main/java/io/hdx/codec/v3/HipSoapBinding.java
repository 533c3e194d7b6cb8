package io.hdx.codec.v3;

import java.util.Objects;

/**
 * How a platform spells its {@code HIPMessageServer(action, message)} web service: SOAP version, operation name
 * and namespace, the names of its two string parameters, and whether the V3 message travels as escaped text or in
 * a CDATA section. Spellings seen in vendor code (HIPMessageServer callers in vendor code): parameters
 * {@code action}/{@code message}, {@code input1}/{@code input2} or {@code InputString}/{@code InputContent}; an
 * operation namespace of {@code http://tempuri.org} (.NET's default) or a vendor's own.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code
 * HipSoapBinding b = HipSoapBinding.builder().version(SoapVersion.SOAP_12)
 *     .parameterNames("input1", "input2").embedding(HipSoapBinding.Embedding.CDATA).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HipSoapBinding {
  /** The default operation namespace (.NET web services' default). */
  public static final String TEMPURI = "http://tempuri.org";

  /** How the V3 message is put into the second parameter. */
  public enum Embedding {
    /** As text, its markup escaped ({@code &lt;PRPA_IN...}). */
    ESCAPED_TEXT,
    /** Inside a CDATA section. */
    CDATA
  }

  private final SoapVersion version;
  private final String operation;
  private final String operationNamespace;
  private final String actionParameter;
  private final String messageParameter;
  private final Embedding embedding;

  private HipSoapBinding(Builder b) {
    this.version = b.version;
    this.operation = b.operation;
    this.operationNamespace = b.operationNamespace;
    this.actionParameter = b.actionParameter;
    this.messageParameter = b.messageParameter;
    this.embedding = b.embedding;
  }

  /** The default: SOAP 1.1, {@code HIPMessageServer} in {@value #TEMPURI}, {@code action}/{@code message}, escaped. */
  public static HipSoapBinding defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this binding. */
  public Builder toBuilder() {
    return new Builder().version(version).operation(operation).operationNamespace(operationNamespace)
        .parameterNames(actionParameter, messageParameter).embedding(embedding);
  }

  /** The SOAP version. */
  public SoapVersion version() {
    return version;
  }

  /** The operation's element name. */
  public String operation() {
    return operation;
  }

  /** The operation's namespace. */
  public String operationNamespace() {
    return operationNamespace;
  }

  /** The name of the first (action) parameter. */
  public String actionParameter() {
    return actionParameter;
  }

  /** The name of the second (message) parameter. */
  public String messageParameter() {
    return messageParameter;
  }

  /** How the message is embedded. */
  public Embedding embedding() {
    return embedding;
  }

  /** The SOAPAction (1.1) or action parameter (1.2): the operation namespace, a slash, the operation. */
  public String soapAction() {
    return operationNamespace.endsWith("/") ? operationNamespace + operation : operationNamespace + "/" + operation;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HipSoapBinding)) {
      return false;
    }
    HipSoapBinding b = (HipSoapBinding) o;
    return version == b.version && operation.equals(b.operation) && operationNamespace.equals(b.operationNamespace)
        && actionParameter.equals(b.actionParameter) && messageParameter.equals(b.messageParameter)
        && embedding == b.embedding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, operation, operationNamespace, actionParameter, messageParameter, embedding);
  }

  @Override
  public String toString() {
    return "HipSoapBinding{" + version + ", {" + operationNamespace + "}" + operation + "(" + actionParameter + ", "
        + messageParameter + "), " + embedding + "}";
  }

  /**
   * Builds a {@link HipSoapBinding}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private SoapVersion version = SoapVersion.SOAP_11;
    private String operation = "HIPMessageServer";
    private String operationNamespace = TEMPURI;
    private String actionParameter = "action";
    private String messageParameter = "message";
    private Embedding embedding = Embedding.ESCAPED_TEXT;

    private Builder() {}

    /** Sets the SOAP version. */
    public Builder version(SoapVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets the operation name (default {@code HIPMessageServer}). */
    public Builder operation(String operation) {
      this.operation = nonEmpty(operation, "operation");
      return this;
    }

    /** Sets the operation namespace (default {@value HipSoapBinding#TEMPURI}). */
    public Builder operationNamespace(String operationNamespace) {
      this.operationNamespace = Objects.requireNonNull(operationNamespace, "operationNamespace");
      return this;
    }

    /** Sets the two parameter names, e.g. {@code input1}, {@code input2}. */
    public Builder parameterNames(String action, String message) {
      this.actionParameter = nonEmpty(action, "action");
      this.messageParameter = nonEmpty(message, "message");
      return this;
    }

    /** Sets the embedding. */
    public Builder embedding(Embedding embedding) {
      this.embedding = Objects.requireNonNull(embedding, "embedding");
      return this;
    }

    private static String nonEmpty(String s, String name) {
      Objects.requireNonNull(s, name);
      if (s.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      return s;
    }

    /** Builds the binding. */
    public HipSoapBinding build() {
      return new HipSoapBinding(this);
    }
  }
}
