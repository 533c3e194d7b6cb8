package io.hdx.codec.v3;

/**
 * The SOAP version of a {@code HIPMessageServer} call: its envelope namespace and HTTP content type.
 *
 * @since 0.1.0
 */
public enum SoapVersion {
  /** SOAP 1.1 (W3C Note 2000): {@code text/xml}, the action in the {@code SOAPAction} header. */
  SOAP_11("http://schemas.xmlsoap.org/soap/envelope/", "text/xml; charset=utf-8"),
  /** SOAP 1.2 (W3C Recommendation 2007): {@code application/soap+xml}, the action as a content-type parameter. */
  SOAP_12("http://www.w3.org/2003/05/soap-envelope", "application/soap+xml; charset=utf-8");

  private final String namespace;
  private final String contentType;

  SoapVersion(String namespace, String contentType) {
    this.namespace = namespace;
    this.contentType = contentType;
  }

  /** The envelope namespace. */
  public String namespace() {
    return namespace;
  }

  /** The HTTP content type, without an action parameter. */
  public String contentType() {
    return contentType;
  }

  /** The version whose envelope namespace is {@code ns}, or null. */
  static SoapVersion fromNamespace(String ns) {
    for (SoapVersion v : values()) {
      if (v.namespace.equals(ns)) {
        return v;
      }
    }
    return null;
  }
}
