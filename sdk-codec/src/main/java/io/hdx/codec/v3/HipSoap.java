package io.hdx.codec.v3;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The SOAP side of the platform's {@code HIPMessageServer(action, message)} web service, for both ends: a client
 * writes requests in its platform's {@link HipSoapBinding} and reads answers; a server (the simulator) reads
 * requests in any spelling (SOAP 1.1 or 1.2; the operation's first parameter is the action, the second the
 * message, whatever their names; escaped text or CDATA) and answers in the request's own version and operation
 * namespace with {@code <OperationResponse><OperationResult>ack</OperationResult></OperationResponse>}, the
 * .NET web-service shape. Parsing uses sdk-codec's hardened StAX factory.
 *
 * <p>Errors: {@code SOAP-0001} not a SOAP envelope, {@code SOAP-0002} no operation or fewer than two parameters
 * in the body, {@code SOAP-0003} the answer is a SOAP fault (its fault code only, never its text),
 * {@code SOAP-0004} an answer without a result; XML failures as {@code V3-0001}.
 *
 * <p>Thread safety: immutable; share one instance.
 *
 * @since 0.1.0
 */
public final class HipSoap {
  private final DecodeLimits limits;
  private final XMLInputFactory input;
  private final XMLOutputFactory output;

  private HipSoap(DecodeLimits limits) {
    this.limits = limits;
    this.input = StaxFactories.input(limits);
    this.output = StaxFactories.output();
  }

  /** An instance with the given parsing limits (the text limit bounds the embedded message). */
  public static HipSoap create(DecodeLimits limits) {
    return new HipSoap(Objects.requireNonNull(limits, "limits"));
  }

  /** An instance with {@link DecodeLimits#defaults()}. */
  public static HipSoap create() {
    return new HipSoap(DecodeLimits.defaults());
  }

  /** Writes a request envelope carrying {@code message} (UTF-8 V3 XML) under {@code action}. */
  public byte[] request(HipSoapBinding binding, String action, byte[] message) {
    Objects.requireNonNull(action, "action");
    String text = stripDeclaration(new String(message, StandardCharsets.UTF_8));
    return envelope(binding.version(), message.length + 512, w -> {
      w.writeStartElement("", binding.operation(), binding.operationNamespace());
      w.writeDefaultNamespace(binding.operationNamespace());
      w.writeStartElement("", binding.actionParameter(), binding.operationNamespace());
      w.writeCharacters(action);
      w.writeEndElement();
      w.writeStartElement("", binding.messageParameter(), binding.operationNamespace());
      if (binding.embedding() == HipSoapBinding.Embedding.CDATA) {
        writeCData(w, text);
      } else {
        w.writeCharacters(text);
      }
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** Reads a request in any spelling. */
  public HipCall parseRequest(byte[] envelope) {
    V3Element env = V3Element.parse(input, envelope, limits);
    SoapVersion version = SoapVersion.fromNamespace(env.ns);
    if (version == null || !env.name.equals("Envelope")) {
      throw new CodecException("SOAP-0001", "not a SOAP 1.1 or 1.2 envelope", "/" + env.name, -1, -1, null);
    }
    V3Element op = firstElement(body(env, version));
    if (op == null) {
      throw new CodecException("SOAP-0002", "no operation in the SOAP body", "/Envelope/Body", -1, -1, null);
    }
    List<V3Element> params = op.children();
    if (params.size() < 2) {
      throw new CodecException("SOAP-0002", "the operation needs two parameters (action, message)", op.path(), -1, -1,
          null);
    }
    String message = stripDeclaration(params.get(1).rawText().trim());
    return new HipCall(version, op.ns, op.name, params.get(0).text(), message.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the answer to {@code call}: {@code message} as the operation's result, escaped. */
  public byte[] response(HipCall call, byte[] message) {
    String text = stripDeclaration(new String(message, StandardCharsets.UTF_8));
    return envelope(call.version(), message.length + 512, w -> {
      w.writeStartElement("", call.operation() + "Response", call.operationNamespace());
      w.writeDefaultNamespace(call.operationNamespace());
      w.writeStartElement("", call.operation() + "Result", call.operationNamespace());
      w.writeCharacters(text);
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** Writes a SOAP fault with a fault code and a reason (never patient data). */
  public byte[] fault(SoapVersion version, String code, String reason) {
    return envelope(version, 512, w -> {
      String soap = version.namespace();
      w.writeStartElement("soap", "Fault", soap);
      if (version == SoapVersion.SOAP_11) {
        w.writeStartElement("faultcode");
        w.writeCharacters("soap:" + code);
        w.writeEndElement();
        w.writeStartElement("faultstring");
        w.writeCharacters(reason);
        w.writeEndElement();
      } else {
        w.writeStartElement("soap", "Code", soap);
        w.writeStartElement("soap", "Value", soap);
        w.writeCharacters("soap:" + code);
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("soap", "Reason", soap);
        w.writeStartElement("soap", "Text", soap);
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        w.writeCharacters(reason);
        w.writeEndElement();
        w.writeEndElement();
      }
      w.writeEndElement();
    });
  }

  /**
   * Reads the V3 message out of an answer: the body's first element's first child's text (or, with no child, its
   * own text).
   */
  public byte[] parseResponse(byte[] envelope) {
    V3Element env = V3Element.parse(input, envelope, limits);
    SoapVersion version = SoapVersion.fromNamespace(env.ns);
    if (version == null || !env.name.equals("Envelope")) {
      throw new CodecException("SOAP-0001", "not a SOAP 1.1 or 1.2 envelope", "/" + env.name, -1, -1, null);
    }
    V3Element first = firstElement(body(env, version));
    if (first == null) {
      throw new CodecException("SOAP-0004", "empty SOAP body", "/Envelope/Body", -1, -1, null);
    }
    if (first.name.equals("Fault") && version.namespace().equals(first.ns)) {
      V3Element code = version == SoapVersion.SOAP_11 ? first.child("faultcode") : first.at("Code", "Value");
      throw new CodecException("SOAP-0003", "SOAP fault " + (code == null ? "(no code)" : code.text()), first.path(), -1,
          -1, null);
    }
    V3Element result = firstElement(first);
    String text = stripDeclaration((result == null ? first.rawText() : result.rawText()).trim());
    if (text.isEmpty()) {
      throw new CodecException("SOAP-0004", "no result in the SOAP answer", first.path(), -1, -1, null);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** What goes inside the SOAP Body. */
  private interface BodyWriter {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** A whole envelope of {@code version}: document, Envelope, Body, what {@code body} writes, and their ends. */
  private byte[] envelope(SoapVersion version, int sizeHint, BodyWriter body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
    try {
      XMLStreamWriter w = output.createXMLStreamWriter(out, "UTF-8");
      String soap = version.namespace();
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("soap", "Envelope", soap);
      w.writeNamespace("soap", soap);
      w.writeStartElement("soap", "Body", soap);
      body.write(w);
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new CodecException("V3-0201", "XML writer failed", "", -1, -1, null);
    }
    return out.toByteArray();
  }

  private static V3Element body(V3Element env, SoapVersion version) {
    for (V3Element c : env.children()) {
      if (c.name.equals("Body") && c.ns.equals(version.namespace())) {
        return c;
      }
    }
    throw new CodecException("SOAP-0001", "SOAP envelope without Body", env.path(), -1, -1, null);
  }

  private static V3Element firstElement(V3Element e) {
    List<V3Element> c = e.children();
    return c.isEmpty() ? null : c.get(0);
  }

  /** Drops a leading XML declaration: the embedded text is re-encoded as UTF-8, whatever it declared. */
  static String stripDeclaration(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.trim();
    if (t.startsWith("<?xml")) {
      int end = t.indexOf("?>");
      if (end > 0) {
        return t.substring(end + 2).trim();
      }
    }
    return t;
  }

  private static void writeCData(XMLStreamWriter w, String text) throws XMLStreamException {
    int from = 0;
    int at;
    while ((at = text.indexOf("]]>", from)) >= 0) {
      // split between the two brackets: "a]" ends one section, "]>b" starts the next
      w.writeCData(text.substring(from, at + 1));
      from = at + 1;
    }
    w.writeCData(text.substring(from));
  }
}
