package io.hdx.codec.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import io.hdx.codec.cda.DecodeLimits;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Creates the Woodstox StAX factories explicitly (never {@code XMLInputFactory.newInstance()}, whose
 * implementation depends on the class path). The input factory refuses DTDs and external entities and
 * applies {@link DecodeLimits} through Woodstox's own limits (OWASP XXE Prevention Cheat Sheet, StAX).
 *
 * <p>Internal switch, for measuring only: with the system property {@value #PARSER_PROPERTY}{@code =aalto}
 * (read once, when this class loads) the input factory is Aalto's, hardened to the same limits by
 * {@link AaltoInput}; Woodstox otherwise.
 *
 * <p>Thread safety: the factories returned are configured once and then only used to create readers and
 * writers, which Woodstox documents as thread-safe.
 */
public final class StaxFactories {
  /** The system property choosing the input parser: {@code aalto}, or Woodstox when absent or other. */
  static final String PARSER_PROPERTY = "hdx.codec.stax";
  private static final boolean AALTO = "aalto".equals(System.getProperty(PARSER_PROPERTY));

  private StaxFactories() {}

  /** A hardened input factory applying {@code limits}. */
  public static XMLInputFactory input(DecodeLimits limits) {
    if (AALTO) {
      return AaltoInput.create(limits);
    }
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resources are refused");
    });
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributes());
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentBytes());
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, (long) limits.maxEntityExpansions());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 8);
    return f;
  }

  /** An output factory writing namespace-repaired, escaped UTF-8 XML. */
  public static XMLOutputFactory output() {
    WstxOutputFactory f = new WstxOutputFactory();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.FALSE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, Boolean.TRUE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, Boolean.TRUE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, Boolean.TRUE);
    return f;
  }
}
