package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.json.JsonDecoder;
import io.hdx.model.HdxException;
import io.hdx.model.WithheldCause;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9 item 6: no value from the input reaches a logged stack trace, through the message or any cause. The
 * inputs plant a name and a resident ID where parsers and the JDK quote what they read.
 */
class CauseChainTest {
  private static final String NAME = "\u5f20\u4e09\u4e30";
  private static final String ID = "110101199003077777";
  private static final String PLANTED = NAME + ID;

  static Stream<String> plantedXml() {
    String h = HostileDocuments.HEAD;
    String t = HostileDocuments.TAIL;
    return Stream.of(
        // NumberFormatException: For input string: "..."
        h + "<versionNumber value=\"" + PLANTED + "\"/>" + t,
        h.replace("<code ", "<versionNumber value=\"" + ID + ID + "\"/><code ") + t,
        // DateTimeException quotes the field value; the TS text itself
        h + "<effectiveTime value=\"" + ID.substring(6, 14).replace("0307", "1399") + "\"/>" + t,
        h + "<effectiveTime value=\"" + PLANTED + "\"/>" + t,
        // parser messages: entity names, the XML declaration's values, unexpected characters
        h + "<title>&" + "E" + ID + ";</title>" + t,
        "<?xml version=\"1.0\" encoding=\"X-" + ID + "\"?>" + h + t,
        "<?xml version=\"" + ID + "\"?>" + h + t,
        "<?xml version=\"1.0\" standalone=\"" + ID + "\"?>" + h + t,
        h + "<title " + ID + "=\"x\"/>" + t,
        h + "<title>" + NAME + "</title" + ID + ">" + t,
        h + "<title a=\"" + NAME + "\" a=\"" + ID + "\"/>" + t,
        // base64 and decimal parsers
        HostileDocuments.number("PQ", ID + "x" + NAME),
        HostileDocuments.number("REAL", ID + "e" + ID),
        HostileDocuments.entryValue("<value xsi:type=\"ED\" representation=\"B64\" mediaType=\"text/plain\">"
            + ID + "A=B</value>"));
  }

  /** Strict mode refuses each (lenient keeps a bad TS as written, issue 10, and refuses the rest). */
  @ParameterizedTest
  @MethodSource("plantedXml")
  void decode_plantedValues_neverInTheStackTrace(String xml) {
    CdaDecoder decoder = CdaDecoder.builder().mode(DecodeMode.STRICT).build();
    CodecException e = assertThrows(CodecException.class, () -> decoder.decode(xml.getBytes(StandardCharsets.UTF_8)));
    assertClean(e);
  }

  @Test
  void jsonDecode_plantedValues_neverInTheStackTrace() {
    String[] inputs = {"{\"format\": " + ID + "x}", "{\"format\": \"hdx-cda-json/1\", \"versionNumber\": \"" + PLANTED
        + "\"}", "{\"" + PLANTED + "\": tru}", "[" + ID + "e" + ID + "]"};
    for (String json : inputs) {
      CodecException e = assertThrows(CodecException.class, () -> JsonDecoder.create().decode(json));
      assertClean(e);
    }
  }

  @Test
  void withheldCause_keepsClassAndStackTraceOnly() {
    NumberFormatException nfe = new NumberFormatException("For input string: \"" + PLANTED + "\"");
    HdxException e = new HdxException("X-0001", "rule", new IllegalStateException("wrapped " + ID, nfe));
    WithheldCause c = (WithheldCause) e.getCause();
    assertEquals(IllegalStateException.class.getName(), c.causeClass());
    assertEquals(NumberFormatException.class.getName(), ((WithheldCause) c.getCause()).causeClass());
    assertEquals(nfe.getStackTrace()[0], c.getCause().getStackTrace()[0]);
    assertClean(e);
  }

  private static void assertClean(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    String trace = out.toString();
    assertFalse(trace.contains(ID), trace);
    assertFalse(trace.contains(NAME), trace);
    assertFalse(trace.contains("1399"), trace);
    assertTrue(trace.contains(e.getClass().getName()), trace);
  }
}
