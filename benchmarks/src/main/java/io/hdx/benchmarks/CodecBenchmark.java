package io.hdx.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.CdaDecoder;
import io.hdx.codec.cda.CdaEncoder;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.document.ClinicalDocument;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLInputFactory2;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding and encoding a WS/T 500 CDA document with HDX, side by side with HAPI FHIR parsing and encoding
 * a FHIR R4 document Bundle that carries the same information (see {@link FhirDocuments}), and a raw StAX
 * pass over the CDA bytes as the floor any StAX-based decoder stands on.
 *
 * <p>Documents ({@code document} parameter), built once by {@link SampleDocuments} with the typed builders:
 * {@code outpatient} = C0002 门(急)诊病历 (every entry of the spec, long narrative texts) and
 * {@code inpatientFrontPage} = C0032 住院病案首页 (every entry, 8 discharge diagnoses, 3 procedures, 10 signers).
 *
 * <ul>
 *   <li>{@code hdxDecode}: {@link CdaDecoder#decode(byte[])}, the hardened Aalto reader (the default; Aalto
 *       reader wrapped to enforce the limits).
 *   <li>{@code hdxDecodeWoodstox}: the same on Woodstox, in a JVM forked with {@code -Dhdx.codec.stax=woodstox}
 *       (the switch in {@code StaxFactories}; Woodstox enforcing the limits itself).
 *   <li>{@code hdxEncode}: {@link CdaEncoder#encode(ClinicalDocument)} to UTF-8 bytes.
 *   <li>{@code hapiParseXml}: HAPI's R4 XML parser reading the Bundle from its XML string (HAPI's usual
 *       input; it skips the UTF-8 decoding hdxDecode does). One parser per benchmark thread, from a
 *       FhirContext created once, as HAPI recommends. HAPI runs on Woodstox, as it prefers (setup checks).
 *   <li>{@code hapiEncodeXml}: the same parser writing the Bundle to an XML string.
 *   <li>{@code staxPass}: Aalto (the faster of the two, about 1.25-1.4x Woodstox) reading the
 *       CDA bytes with next() to END_DOCUMENT, every element name, attribute value and text consumed.
 *       {@code staxPassWoodstox}: the same on Woodstox.
 *       Both factories are created explicitly, configured as the decoder's (no DTD, no external entities,
 *       namespace-aware, coalescing; both parsing eagerly, Woodstox with its limits), without the Aalto
 *       decoder's limit-checking wrapper.
 * </ul>
 *
 * <p>Every side warms up the same: 5 × 2 s, then 5 × 2 s measured, one fork, throughput in ops/s (HAPI needs
 * about 8-10 s to reach steady state). Setup checks, untimed, that the decoded document equals the built one
 * with no warnings and that the Bundle's XML parses back to the same number of resources, and fails
 * loudly otherwise.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar CodecBenchmark -rf json -rff codec-benchmark.json
 * java -cp benchmarks/target/benchmarks.jar io.hdx.benchmarks.DocumentSizes
 * </pre>
 *
 * <p>Thread safety: JMH state, one instance per benchmark thread.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
  private static final String WOODSTOX_SWITCH = "-Dhdx.codec.stax=woodstox";

  /** Which sample document: {@code outpatient} (C0002) or {@code inpatientFrontPage} (C0032). */
  @Param({"outpatient", "inpatientFrontPage"})
  public String document;

  private ClinicalDocument cda;
  private byte[] cdaXml;
  private CdaDecoder decoder;
  private DocumentValidator validator;
  private CdaEncoder encoder;

  private Bundle bundle;
  private String fhirXml;
  private IParser hapiXml;

  private XMLInputFactory woodstox;
  private XMLInputFactory aalto;

  /** Builds the documents, the codecs and the parsers once, and checks them (untimed). */
  @Setup
  public void setUp(BenchmarkParams params) throws XMLStreamException {
    cda = "inpatientFrontPage".equals(document) ? SampleDocuments.inpatientFrontPage() : SampleDocuments.outpatient();
    decoder = CdaDecoder.create();
    validator = DocumentValidator.create();
    encoder = CdaEncoder.create();
    cdaXml = encoder.encode(cda);
    checkParser(params);
    DecodeResult decoded = decoder.decode(cdaXml);
    if (!decoded.document().equals(cda) || !decoded.warnings().isEmpty()) {
      throw new IllegalStateException(document + ": the decoded CDA document differs from the built one, or "
          + decoded.warnings().size() + " warnings");
    }
    ValidationReport report = validator.validate(cda);
    for (ValidationIssue issue : report.issues()) {
      if (issue.severity() == Severity.ERROR) {
        throw new IllegalStateException(document + ": the sample does not validate: " + issue.ruleId() + " at "
            + issue.xpath() + " (" + issue.message() + ")");
      }
    }

    // HAPI takes its StAX factories from XMLInputFactory/XMLOutputFactory.newInstance() and prefers Woodstox;
    // with Aalto on the class path too, make sure the shaded service files still give it Woodstox.
    if (!(XMLInputFactory.newInstance() instanceof WstxInputFactory)
        || !(XMLOutputFactory.newInstance() instanceof WstxOutputFactory)) {
      throw new IllegalStateException("HAPI would not run on Woodstox: XMLInputFactory.newInstance() is "
          + XMLInputFactory.newInstance().getClass().getName());
    }
    FhirContext fhir = FhirContext.forR4();
    hapiXml = fhir.newXmlParser();
    bundle = FhirDocuments.bundle(cda);
    fhirXml = hapiXml.encodeResourceToString(bundle);
    Bundle parsed = hapiXml.parseResource(Bundle.class, fhirXml);
    if (parsed.getEntry().size() != bundle.getEntry().size() || !hapiXml.encodeResourceToString(parsed).equals(fhirXml)) {
      throw new IllegalStateException(document + ": the FHIR Bundle parsed back has " + parsed.getEntry().size()
          + " resources, built " + bundle.getEntry().size() + ", or encodes differently");
    }

    woodstox = woodstoxInput();
    aalto = aaltoInput();
    if (staxPass(woodstox, null) != staxPass(aalto, null)) {
      throw new IllegalStateException(document + ": Woodstox and Aalto see different events");
    }
  }

  /** hdxDecodeWoodstox must run on Woodstox (its fork sets the switch), every other method on Aalto. */
  private void checkParser(BenchmarkParams params) {
    boolean wantWoodstox = params.getBenchmark().endsWith(".hdxDecodeWoodstox");
    String factory = StaxFactories.input(DecodeLimits.defaults()).getClass().getName();
    if (wantWoodstox != factory.contains("Wstx")) {
      throw new IllegalStateException(params.getBenchmark() + " runs on " + factory + "; hdxDecodeWoodstox needs "
          + WOODSTOX_SWITCH + " (its @Fork sets it; do not run with -f 0 or override -jvmArgsAppend), the others must not");
    }
  }

  /** HDX: decode the CDA bytes with the hardened Aalto reader (the SDK default). */
  @Benchmark
  public DecodeResult hdxDecode() {
    return decoder.decode(cdaXml);
  }

  /** HDX: decode the CDA bytes with the hardened Woodstox reader (the switch, for this comparison). */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = WOODSTOX_SWITCH)
  public DecodeResult hdxDecodeWoodstox() {
    return decoder.decode(cdaXml);
  }

  /**
   * HDX: decode the CDA bytes and validate the document against its spec (the "on every save" path);
   * compare with {@link #hapiParseXml}, which only parses.
   */
  @Benchmark
  public ValidationReport hdxDecodeValidate() {
    return validator.validate(decoder.decode(cdaXml).document());
  }

  /** HDX: encode the document to CDA UTF-8 bytes. */
  @Benchmark
  public byte[] hdxEncode() {
    return encoder.encode(cda);
  }

  /** HAPI FHIR: parse the Bundle's XML string (R4). */
  @Benchmark
  public Bundle hapiParseXml() {
    return hapiXml.parseResource(Bundle.class, fhirXml);
  }

  /** HAPI FHIR: encode the Bundle to an XML string (R4). */
  @Benchmark
  public String hapiEncodeXml() {
    return hapiXml.encodeResourceToString(bundle);
  }

  /** Raw StAX pass over the CDA bytes on Aalto, the faster parser: the floor under hdxDecode. */
  @Benchmark
  public int staxPass(Blackhole bh) throws XMLStreamException {
    return staxPass(aalto, bh);
  }

  /** Raw StAX pass over the CDA bytes on Woodstox, for comparison with {@link #staxPass}. */
  @Benchmark
  public int staxPassWoodstox(Blackhole bh) throws XMLStreamException {
    return staxPass(woodstox, bh);
  }

  /** Reads every event, consuming element names, attribute values and text; returns the event count. */
  private int staxPass(XMLInputFactory factory, Blackhole bh) throws XMLStreamException {
    XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(cdaXml));
    int events = 0;
    int hash = 0;
    try {
      int event = r.getEventType();
      while (event != XMLStreamConstants.END_DOCUMENT) {
        event = r.next();
        events++;
        if (event == XMLStreamConstants.START_ELEMENT) {
          hash += r.getLocalName().hashCode();
          for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            hash += r.getAttributeLocalName(i).hashCode() + r.getAttributeValue(i).hashCode();
          }
        } else if (event == XMLStreamConstants.CHARACTERS) {
          hash += r.getText().hashCode();
        }
      }
    } finally {
      r.close();
    }
    if (bh != null) {
      bh.consume(hash);
    }
    return events;
  }

  /** Woodstox configured as sdk-codec's WoodstoxFactories configures it for the decoder. */
  private static XMLInputFactory woodstoxInput() {
    DecodeLimits limits = DecodeLimits.defaults();
    WstxInputFactory f = new WstxInputFactory();
    hardened(f);
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, Boolean.FALSE);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.maxDepth());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.maxAttributes());
    f.setProperty(WstxInputProperties.P_MAX_CHARACTERS, limits.maxDocumentBytes());
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, limits.maxTextLength());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, (long) limits.maxEntityExpansions());
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 8);
    return f;
  }

  /** Aalto configured as sdk-codec's AaltoInput configures it, without its limit-checking wrapper. */
  private static XMLInputFactory aaltoInput() {
    InputFactoryImpl f = new InputFactoryImpl();
    hardened(f);
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, Boolean.FALSE);
    return f;
  }

  private static void hardened(XMLInputFactory f) {
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
  }
}
