package io.hdx.codec.internal;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.hdx.codec.DecodeLimits;
import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.transform.Source;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The hardened Aalto input factory, the default of {@link StaxFactories}. Kept in its own class, like
 * {@link WoodstoxFactories}, so that only the chosen parser is loaded.
 *
 * <p>Aalto refuses DTD processing and external entities like Woodstox (it never reads an external subset
 * or entity, and leaves undeclared entities as ENTITY_REFERENCE events, which {@link XmlCursor} and
 * {@link XmlTree} refuse), but has none of Woodstox's own limits. Every reader is therefore wrapped in
 * {@link Limited}, which enforces {@link DecodeLimits} itself: element depth, attributes and namespace
 * declarations per element (each counted against the attribute limit, as Woodstox does), text length per
 * text node, comment and processing instruction, and length per attribute value and namespace URI. The
 * characters-per-document limit needs no check (the input is bounded in bytes by {@code CdaCodec}, and a
 * character takes at least one byte), nor does the entity-expansion limit (Aalto expands only the five
 * predefined entities and character references, each from at least four bytes).
 *
 * <p>Thread safety: configured once, then only used to create readers; safe to share.
 */
final class AaltoInput extends XMLInputFactory {
  private final InputFactoryImpl delegate;
  private final DecodeLimits limits;

  private AaltoInput(InputFactoryImpl delegate, DecodeLimits limits) {
    this.delegate = delegate;
    this.limits = limits;
  }

  /** A hardened Aalto factory applying {@code limits} (OWASP XXE Prevention Cheat Sheet, StAX). */
  static XMLInputFactory create(DecodeLimits limits) {
    return new AaltoInput(StaxFactories.hardened(new InputFactoryImpl()), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(Reader reader) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(reader), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(Source source) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(source), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(InputStream stream) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(stream), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(InputStream stream, String encoding) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(stream, encoding), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(String systemId, InputStream stream) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(systemId, stream), limits);
  }

  @Override
  public XMLStreamReader createXMLStreamReader(String systemId, Reader reader) throws XMLStreamException {
    return new Limited(delegate.createXMLStreamReader(systemId, reader), limits);
  }

  @Override
  public XMLEventReader createXMLEventReader(Reader reader) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(reader));
  }

  @Override
  public XMLEventReader createXMLEventReader(String systemId, Reader reader) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(systemId, reader));
  }

  @Override
  public XMLEventReader createXMLEventReader(XMLStreamReader reader) throws XMLStreamException {
    return delegate.createXMLEventReader(reader);
  }

  @Override
  public XMLEventReader createXMLEventReader(Source source) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(source));
  }

  @Override
  public XMLEventReader createXMLEventReader(InputStream stream) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(stream));
  }

  @Override
  public XMLEventReader createXMLEventReader(InputStream stream, String encoding) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(stream, encoding));
  }

  @Override
  public XMLEventReader createXMLEventReader(String systemId, InputStream stream) throws XMLStreamException {
    return delegate.createXMLEventReader(createXMLStreamReader(systemId, stream));
  }

  @Override
  public XMLStreamReader createFilteredReader(XMLStreamReader reader, StreamFilter filter)
      throws XMLStreamException {
    return delegate.createFilteredReader(reader, filter);
  }

  @Override
  public XMLEventReader createFilteredReader(XMLEventReader reader, EventFilter filter) throws XMLStreamException {
    return delegate.createFilteredReader(reader, filter);
  }

  @Override
  public XMLResolver getXMLResolver() {
    return delegate.getXMLResolver();
  }

  @Override
  public void setXMLResolver(XMLResolver resolver) {
    delegate.setXMLResolver(resolver);
  }

  @Override
  public XMLReporter getXMLReporter() {
    return delegate.getXMLReporter();
  }

  @Override
  public void setXMLReporter(XMLReporter reporter) {
    delegate.setXMLReporter(reporter);
  }

  @Override
  public void setProperty(String name, Object value) {
    delegate.setProperty(name, value);
  }

  @Override
  public Object getProperty(String name) {
    return delegate.getProperty(name);
  }

  @Override
  public boolean isPropertySupported(String name) {
    return delegate.isPropertySupported(name);
  }

  @Override
  public void setEventAllocator(XMLEventAllocator allocator) {
    delegate.setEventAllocator(allocator);
  }

  @Override
  public XMLEventAllocator getEventAllocator() {
    return delegate.getEventAllocator();
  }

  /**
   * Enforces the limits Woodstox enforces itself: depth, attributes and namespace declarations per element,
   * text and attribute value length. A breach is an {@link XMLStreamException} whose message says "limit exceeded", which
   * {@code CdaCodec} reports as CDA-0004. Not thread-safe: one per document.
   */
  static final class Limited extends StreamReaderDelegate {
    private final int maxDepth;
    private final int maxAttributes;
    private final int maxTextLength;
    private int depth;

    Limited(XMLStreamReader reader, DecodeLimits limits) {
      super(reader);
      this.maxDepth = limits.maxDepth();
      this.maxAttributes = limits.maxAttributes();
      this.maxTextLength = limits.maxTextLength();
    }

    @Override
    public int next() throws XMLStreamException {
      int event = super.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          if (++depth > maxDepth) {
            throw exceeded("element depth");
          }
          int attributes = getAttributeCount();
          int namespaces = getNamespaceCount();
          if (attributes > maxAttributes || namespaces > maxAttributes) {
            throw exceeded("attributes per element");
          }
          // A value is never longer (in chars) than its start tag (in bytes or chars): look at the values only
          // when the tag itself is longer than the limit; Aalto builds a new String per getAttributeValue.
          if ((attributes > 0 || namespaces > 0) && tagLength() > maxTextLength) {
            checkValueLengths(attributes, namespaces);
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          depth--;
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
        case XMLStreamConstants.COMMENT:
          if (getTextLength() > maxTextLength) {
            throw exceeded("text length");
          }
          break;
        case XMLStreamConstants.PROCESSING_INSTRUCTION:
          String data = getPIData();
          if (data != null && data.length() > maxTextLength) {
            throw exceeded("text length");
          }
          break;
        default:
          break;
      }
      return event;
    }

    /** Per StAX: skips whitespace, comments and processing instructions to the next tag, through next(). */
    @Override
    public int nextTag() throws XMLStreamException {
      int event = next();
      while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
          || (event == XMLStreamConstants.CDATA && isWhiteSpace()) || event == XMLStreamConstants.SPACE
          || event == XMLStreamConstants.PROCESSING_INSTRUCTION || event == XMLStreamConstants.COMMENT) {
        event = next();
      }
      if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
        throw new XMLStreamException("expected a start or end tag", getLocation());
      }
      return event;
    }

    /** Per StAX: the text content of a text-only element, leaving the reader on its end tag, through next(). */
    @Override
    public String getElementText() throws XMLStreamException {
      if (getEventType() != XMLStreamConstants.START_ELEMENT) {
        throw new XMLStreamException("not on a start tag", getLocation());
      }
      StringBuilder sb = new StringBuilder();
      int event = next();
      while (event != XMLStreamConstants.END_ELEMENT) {
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
          sb.append(getText());
        } else if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
          throw new XMLStreamException("element text contains an element or ends early", getLocation());
        }
        event = next();
      }
      return sb.toString();
    }

    private void checkValueLengths(int attributes, int namespaces) throws XMLStreamException {
      for (int i = 0; i < attributes; i++) {
        if (getAttributeValue(i).length() > maxTextLength) {
          throw exceeded("attribute value length");
        }
      }
      for (int i = 0; i < namespaces; i++) {
        String uri = getNamespaceURI(i);
        if (uri != null && uri.length() > maxTextLength) {
          throw exceeded("attribute value length");
        }
      }
    }

    /** The current start tag's length in bytes (or chars), {@code Long.MAX_VALUE} when unknown. */
    private long tagLength() throws XMLStreamException {
      if (!(getParent() instanceof XMLStreamReader2)) {
        return Long.MAX_VALUE;
      }
      LocationInfo at = ((XMLStreamReader2) getParent()).getLocationInfo();
      long start = at.getStartingByteOffset();
      long end = at.getEndingByteOffset();
      if (start < 0 || end < 0) {
        start = at.getStartingCharOffset();
        end = at.getEndingCharOffset();
      }
      return start >= 0 && end >= start ? end - start : Long.MAX_VALUE;
    }

    private XMLStreamException exceeded(String limit) {
      return new XMLStreamException(limit + " limit exceeded", getLocation());
    }
  }
}
