package io.hdx.codec.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxEventFactory;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import io.hdx.codec.DecodeLimits;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The hardened Woodstox factories, chosen by {@link StaxFactories} only when the system property
 * {@value StaxFactories#PARSER_PROPERTY} is {@code woodstox} and woodstox-core is on the class path (an
 * optional dependency of sdk-codec). Kept in its own class so that Woodstox is loaded only when chosen.
 *
 * <p>The input factory refuses DTDs and external entities and applies {@link DecodeLimits} through
 * Woodstox's own limits (OWASP XXE Prevention Cheat Sheet, StAX). It parses eagerly, so that malformed text
 * fails in {@code next()} as an {@link XMLStreamException} (as on Aalto), never later in {@code getText()}.
 *
 * <p>Thread safety: the factories returned are configured once and then only used to create readers and
 * writers, which Woodstox documents as thread-safe.
 */
final class WoodstoxFactories {
  private WoodstoxFactories() {}

  /** A hardened Woodstox input factory applying {@code limits}. */
  static XMLInputFactory input(DecodeLimits limits) {
    WstxInputFactory f = StaxFactories.hardened(new WstxInputFactory());
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributes());
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentBytes());
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, (long) limits.maxEntityExpansions());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 8);
    return f;
  }

  /** A Woodstox output factory writing escaped UTF-8 XML, checking structure and content. */
  /** Woodstox's event factory. */
  static XMLEventFactory events() {
    return new WstxEventFactory();
  }

  static XMLOutputFactory output() {
    WstxOutputFactory f = new WstxOutputFactory();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, Boolean.FALSE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_CONTENT, Boolean.TRUE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_VALIDATE_STRUCTURE, Boolean.TRUE);
    f.setProperty(WstxOutputProperties.P_OUTPUT_ESCAPE_CR, Boolean.TRUE);
    return f;
  }
}
