package io.hdx.codec.internal;

import com.fasterxml.aalto.stax.EventFactoryImpl;
import com.fasterxml.aalto.stax.OutputFactoryImpl;
import io.hdx.codec.DecodeLimits;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;

/**
 * Creates the StAX factories explicitly (never {@code XMLInputFactory.newInstance()}, whose implementation
 * depends on the class path): Aalto's, by default, for reading and writing.
 *
 * <p>Aalto is the default because it is the fastest StAX parser we measured: a raw pass over a WS/T 500
 * document runs about 1.25-1.4x faster than on Woodstox, and encoding about 1.1x (JMH, benchmarks'
 * {@code CodecBenchmark}). Its input factory is hardened by {@link AaltoInput}: DTDs and external entities
 * refused, and {@link DecodeLimits} (depth, attributes and namespace declarations per element, text and
 * attribute value length) enforced by a wrapper, since Aalto has no limits of its own (OWASP XXE Prevention
 * Cheat Sheet, StAX). Its output factory always checks structure and content (XML 1.0 characters) and escapes
 * carriage returns.
 *
 * <p>With the system property {@value #PARSER_PROPERTY}{@code =woodstox} (read once, when this class loads)
 * both factories are Woodstox's instead, hardened by {@link WoodstoxFactories} through Woodstox's own limits;
 * woodstox-core is then needed on the class path (sdk-codec declares it optional). Every hostile-input test
 * runs against both.
 *
 * <p>Thread safety: the factories returned are configured once and then only used to create readers and
 * writers, which both Aalto and Woodstox allow from several threads at once.
 */
public final class StaxFactories {
  /** The system property choosing the parser: {@code woodstox}, or Aalto when absent or other. */
  static final String PARSER_PROPERTY = "hdx.codec.stax";
  private static final boolean WOODSTOX = "woodstox".equals(System.getProperty(PARSER_PROPERTY));

  private StaxFactories() {}

  /** A hardened input factory applying {@code limits}. */
  public static XMLInputFactory input(DecodeLimits limits) {
    return WOODSTOX ? WoodstoxFactories.input(limits) : AaltoInput.create(limits);
  }

  /** An output factory writing escaped UTF-8 XML without repairing namespaces. */
  public static XMLOutputFactory output() {
    return WOODSTOX ? WoodstoxFactories.output() : aaltoOutput();
  }

  /**
   * A new event factory of the same implementation as {@link #input} and {@link #output}, created directly (not by
   * {@code XMLEventFactory.newInstance()}, whose service look-up costs more than a small document's whole pass).
   * Not shared between threads: event factories may keep a location.
   */
  public static XMLEventFactory events() {
    return WOODSTOX ? WoodstoxFactories.events() : new EventFactoryImpl();
  }

  /**
   * Sets what every input factory of ours refuses or needs, whatever the parser: no DTD, no external or
   * replaced entities, no resolver, namespace-aware, coalescing and eager (malformed text fails in
   * {@code next()} as an XMLStreamException, not later in {@code getText()}). OWASP XXE Prevention Cheat
   * Sheet, StAX.
   */
  static <F extends XMLInputFactory> F hardened(F f) {
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, Boolean.FALSE);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resources are refused");
    });
    return f;
  }

  /** Aalto's output factory; it checks structure and content and escapes CR always (its WriterConfig). */
  static XMLOutputFactory aaltoOutput() {
    OutputFactoryImpl f = new OutputFactoryImpl();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.FALSE);
    return f;
  }
}
