package io.hdx.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.cda.HostileDocuments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input, on each parser explicitly (Aalto, the default, and Woodstox behind the switch): refused
 * with a {@link CodecException} carrying its code, line, column and XPath, and never a value from the input.
 */
class HostileInputTest {
  private static final String SECRET = "SECRET-VALUE-42";
  private static final String HEAD = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<templateId root=\"2.16.156.10011.2.1.1.54\"/><code code=\"C0034\" codeSystem=\"2.16.156.10011.2.4\"/>";
  private static final String TAIL = "</ClinicalDocument>";

  /** A parser, named for the test report. */
  static final class Parser {
    final String name;
    final Function<DecodeLimits, CdaCodec> codec;

    Parser(String name, Function<DecodeLimits, CdaCodec> codec) {
      this.name = name;
      this.codec = codec;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Parser> parsers() {
    return Stream.of(
        new Parser("aalto", l -> new CdaCodec(l, AaltoInput.create(l), StaxFactories.aaltoOutput())),
        new Parser("woodstox", l -> new CdaCodec(l, WoodstoxFactories.input(l), WoodstoxFactories.output())));
  }

  /** Issue 9: a start tag of 160,000 attributes (5 MB) is refused at the limit, before the parser builds it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_startTagWith160000Attributes_limitExceeded(Parser p) {
    CodecException e = fails(p, DecodeLimits.defaults(), HostileDocuments.manyAttributes(160_000));
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.getMessage().contains("attributes per element"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_hugeAttributeValue_limitExceededAtTheLimit(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(1024).build();
    CodecException e = fails(p, limits, HostileDocuments.longValue(5_000_000));
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.getMessage().contains("attribute value length"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_hugeText_limitExceededAtTheLimit(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(1024).build();
    CodecException e = fails(p, limits, HostileDocuments.longText(5_000_000));
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.getMessage().contains("text length"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_hugeElementName_limitExceeded(Parser p) {
    CodecException e = fails(p, DecodeLimits.defaults(), HostileDocuments.longName(5_000_000));
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.getMessage().contains("name length"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_hugeAttributeName_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxNameLength(64).build();
    CodecException e = fails(p, limits, HEAD + "<title " + repeat("a", 65) + "=\"" + SECRET + "\"/>" + TAIL);
    assertEquals("CDA-0004", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_deepNestingOf5Megabytes_limitExceeded(Parser p) {
    CodecException e = fails(p, DecodeLimits.defaults(), HostileDocuments.deepNesting(1_000_000));
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.getMessage().contains("element depth"), e.getMessage());
  }

  /** At each limit exactly nothing is refused, one past it is: the scanner never counts more than the parser. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void read_atEachLimit_acceptedAndOnePastRefused(Parser p) throws XMLStreamException {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(8).maxAttributes(2).maxNameLength(5).maxDepth(3)
        .build();
    XMLInputFactory f = p.name.equals("aalto") ? AaltoInput.create(limits) : WoodstoxFactories.input(limits);
    XmlInput in = new XmlInput(f, limits);
    String ok = "<r><!--12345678--><t a=\"&amp;2\r\n45678\" b=\"12345678\">a&lt;\u4e2d<![CDATA[56]]>789</t>"
        + "<x><y/></x></r>";
    XmlTree.read(in.open(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), true, new ArrayList<>()));
    String[] past = {ok.replace("789<", "7890<"), ok.replace("45678\"", "456789\""), ok.replace("<t a", "<t c=\"\" a"),
        ok.replace("<x>", "<xxxxxx>").replace("</x>", "</xxxxxx>"), ok.replace("<y/>", "<y><z/></y>"),
        ok.replace("12345678--", "123456789--")};
    for (String xml : past) {
      XMLStreamException e = assertThrows(XMLStreamException.class, () -> XmlTree.read(
          in.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true, new ArrayList<>())), xml);
      assertTrue(String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("limit")
          || e.getCause() instanceof CdaCodec.LimitExceeded, xml);
    }
  }

  /** Issue 9: 1 MB of digits in a PQ, REAL or MO @value is refused before it is parsed (13 s before). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_megabyteOfDigits_refusedBeforeParsing(Parser p) {
    for (String type : new String[] {"PQ", "REAL", "MO"}) {
      byte[] xml = HostileDocuments.longNumber(type, 1_000_000);
      CodecException e = assertThrows(CodecException.class,
          () -> p.codec.apply(DecodeLimits.defaults()).decode(new ByteArrayInputStream(xml), true));
      assertEquals("CDA-0101", e.errorCode());
      // Lenient (issue 10): kept as written, never parsed, reported
      assertKeptInvalid(p, xml);
    }
  }

  /** Lenient decoding keeps the value as written (not parsed: no decimal of that size is built) and reports it. */
  private static void assertKeptInvalid(Parser p, byte[] xml) {
    io.hdx.codec.DecodeResult r = p.codec.apply(DecodeLimits.defaults()).decode(new ByteArrayInputStream(xml),
        false);
    assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("CDA-0921")), r.warnings()::toString);
    assertTrue(r.document().sections().get(0).entries().stream().anyMatch(en -> en.value().isPresent()
        && !en.value().get().isValid()));
  }

  /** Issue 9: huge exponents are refused at decode time, so the validator, encoder and toString() never see them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_hugeExponents_refused(Parser p) {
    for (String n : new String[] {"1e1000000000", "1e2147483647", "1e10000000", "1e-2147483648", "1e-101",
        "1e99999999999"}) {
      byte[] xml = HostileDocuments.number("PQ", n).getBytes(StandardCharsets.UTF_8);
      CodecException e = assertThrows(CodecException.class,
          () -> p.codec.apply(DecodeLimits.defaults()).decode(new ByteArrayInputStream(xml), true));
      assertEquals("CDA-0101", e.errorCode(), n);
      assertFalse(e.getMessage().contains(n), e.getMessage());
      assertKeptInvalid(p, xml);
    }
  }

  private static CodecException fails(Parser p, DecodeLimits limits, byte[] xml) {
    CdaCodec codec = p.codec.apply(limits);
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(new ByteArrayInputStream(xml), false));
    assertTrue(e.errorCode().startsWith("CDA-0"), e.errorCode());
    assertTrue(e.line() > 0, () -> "no line in " + e.getMessage());
    assertTrue(e.column() >= 0, () -> "no column in " + e.getMessage());
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(SECRET), () -> "value in a cause: " + e);
    }
    return e;
  }

  private static CodecException fails(Parser p, String xml) {
    return fails(p, DecodeLimits.defaults(), xml.getBytes(StandardCharsets.UTF_8));
  }

  private static CodecException fails(Parser p, DecodeLimits limits, String xml) {
    return fails(p, limits, xml.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_doctypeWithExternalEntity_refused(Parser p) {
    CodecException e = fails(p, "<?xml version=\"1.0\"?><!DOCTYPE ClinicalDocument [<!ENTITY xxe SYSTEM "
        + "\"file:///etc/" + SECRET + "\">]>" + HEAD + "<title>&xxe;</title>" + TAIL);
    assertEquals("CDA-0003", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_internalEntity_refused(Parser p) {
    CodecException e = fails(p, "<!DOCTYPE ClinicalDocument [<!ENTITY e \"" + SECRET + "\">]>" + HEAD
        + "<title>&e;</title>" + TAIL);
    assertEquals("CDA-0003", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_billionLaughs_refused(Parser p) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>").append(HEAD).append("<title>&lol9;</title>").append(TAIL);
    assertEquals("CDA-0003", fails(p, dtd.toString()).errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_undeclaredEntity_refused(Parser p) {
    String code = fails(p, HEAD + "<title>&lol9;</title>" + TAIL).errorCode();
    assertTrue(code.equals("CDA-0003") || code.equals("CDA-0001"), code);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_deepNesting_limitExceeded(Parser p) {
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i < 10_000; i++) {
      sb.append("<x>");
    }
    for (int i = 0; i < 10_000; i++) {
      sb.append("</x>");
    }
    CodecException e = fails(p, sb.append(TAIL).toString());
    assertEquals("CDA-0004", e.errorCode());
    assertTrue(e.xpath().startsWith("/ClinicalDocument/x"), e.xpath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_tooManyAttributes_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxAttributes(3).build();
    CodecException e = fails(p, limits, HEAD + "<title a=\"1\" b=\"2\" c=\"3\" d=\"" + SECRET + "\"/>" + TAIL);
    assertEquals("CDA-0004", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_tooManyNamespaceDeclarations_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxAttributes(3).build();
    CodecException e = fails(p, limits, HEAD + "<title xmlns:a=\"1\" xmlns:b=\"2\" xmlns:c=\"3\" xmlns:d=\"" + SECRET
        + "\"/>" + TAIL);
    assertEquals("CDA-0004", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_longText_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(64).build();
    CodecException e = fails(p, limits, HEAD + "<title>" + repeat(SECRET, 10) + "</title>" + TAIL);
    assertEquals("CDA-0004", e.errorCode());
    assertEquals("/ClinicalDocument/title", e.xpath());
  }

  /** A long value after the parser's first buffer, so the start tag spans buffer boundaries. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_longAttributeValueFarIntoTheDocument_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(64).build();
    StringBuilder sb = new StringBuilder(HEAD);
    for (int i = 0; i < 400; i++) {
      sb.append("<!-- filler ").append(i).append(" -->");
    }
    sb.append("<title a=\"").append(repeat(SECRET, 10)).append("\"/>").append(TAIL);
    CodecException e = fails(p, limits, sb.toString());
    assertEquals("CDA-0004", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_longNamespaceUri_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxTextLength(64).build();
    CodecException e = fails(p, limits, HEAD + "<title xmlns:a=\"urn:" + repeat(SECRET, 10) + "\"/>" + TAIL);
    assertEquals("CDA-0004", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_documentOverByteLimit_limitExceeded(Parser p) {
    DecodeLimits limits = DecodeLimits.builder().maxDocumentBytes(200).build();
    CdaCodec codec = p.codec.apply(limits);
    byte[] xml = (HEAD + "<title>" + repeat(SECRET, 2000) + "</title>" + TAIL).getBytes(StandardCharsets.UTF_8);
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(new ByteArrayInputStream(xml), false));
    assertEquals("CDA-0004", e.errorCode());
    assertFalse(e.getMessage().contains(SECRET));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_emptyInput_endOfInput(Parser p) {
    CdaCodec codec = p.codec.apply(DecodeLimits.defaults());
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(new ByteArrayInputStream(new byte[0]),
        false));
    assertEquals("CDA-0005", e.errorCode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_truncatedInput_endOfInput(Parser p) {
    byte[] full = (HEAD + "<title>" + SECRET + "</title>" + TAIL).getBytes(StandardCharsets.UTF_8);
    CodecException e = fails(p, DecodeLimits.defaults(), Arrays.copyOf(full, full.length - 8));
    assertEquals("CDA-0005", e.errorCode());
    assertEquals("/ClinicalDocument", e.xpath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_notWellFormed_fails(Parser p) {
    CodecException e = fails(p, HEAD + "<title>" + SECRET + "</titel>" + TAIL);
    assertEquals("CDA-0001", e.errorCode());
    assertEquals("/ClinicalDocument/title", e.xpath());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_badValue_strictFailsWithoutQuotingIt(Parser p) {
    CdaCodec codec = p.codec.apply(DecodeLimits.defaults());
    byte[] xml = (HEAD.replace("<code ", "<effectiveTime value=\"20249999\"/><code ") + TAIL)
        .getBytes(StandardCharsets.UTF_8);
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(new ByteArrayInputStream(xml), true));
    assertEquals("CDA-0101", e.errorCode());
    assertFalse(e.getMessage().contains("20249999"));
    assertEquals("/ClinicalDocument/effectiveTime", e.xpath());
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("parsers")
  void decode_wellFormedDocument_sameOnBoth(Parser p) {
    CdaCodec codec = p.codec.apply(DecodeLimits.defaults());
    String xml = HEAD + "<!-- c --><?pi data?><title>a &amp; b<![CDATA[ <c> ]]>&#x4e2d;</title>" + TAIL;
    DecodeResult r = codec.decode(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true);
    assertEquals("a & b <c> \u4e2d", r.document().title().get());
  }

  static String repeat(String s, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(s);
    }
    return sb.toString();
  }
}
