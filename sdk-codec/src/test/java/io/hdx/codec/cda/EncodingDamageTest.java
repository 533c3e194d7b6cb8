package io.hdx.codec.cda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeResult;
import io.hdx.codec.DecodeWarning;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 item 5: damaged GBK, GB18030 and UTF-16 text never becomes U+FFFD silently. Strict mode refuses it as
 * not well-formed (as the parsers refuse damaged UTF-8); lenient mode reads U+FFFD and warns with the byte offset
 * and line, never the bytes.
 */
class EncodingDamageTest {
  private static final String TITLE = "\u5f20\u4e09\u7684\u95e8\u8bca\u75c5\u5386";

  /** The document in {@code charset} with the title's second character's bytes replaced by {@code damage}. */
  private static byte[] document(String charset, boolean damaged) {
    boolean bom = charset.equals("UTF-16");
    Charset cs = Charset.forName(bom ? "UTF-16BE" : charset);
    String decl = "<?xml version=\"1.0\" encoding=\"" + charset + "\"?>\n";
    String before = decl + HostileDocuments.HEAD + "\n<title>" + TITLE.charAt(0);
    String after = TITLE.substring(2) + "</title>" + HostileDocuments.TAIL;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(0xFE);
      out.write(0xFF);
    }
    byte[] head = before.getBytes(cs);
    out.write(head, 0, head.length);
    byte[] middle = damaged ? damage(charset) : String.valueOf(TITLE.charAt(1)).getBytes(cs);
    out.write(middle, 0, middle.length);
    byte[] tail = after.getBytes(cs);
    out.write(tail, 0, tail.length);
    return out.toByteArray();
  }

  private static byte[] damage(String charset) {
    switch (charset) {
      case "GBK":
        return new byte[] {(byte) 0xC8, 0x20}; // a lead byte followed by a byte no GBK trail byte can be
      case "GB18030":
        return new byte[] {(byte) 0x81, 0x30, (byte) 0xFF, 0x30}; // a four-byte sequence broken in its third byte
      case "UTF-16LE":
        return new byte[] {0x00, (byte) 0xD8}; // an unpaired high surrogate
      default:
        return new byte[] {(byte) 0xDC, 0x00}; // UTF-16 with a byte order mark: an unpaired low surrogate
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "UTF-16LE", "UTF-16"})
  void decode_intactText_readExactly(String charset) {
    String cs = charset.equals("UTF-16") ? "UTF-16" : charset;
    DecodeResult r = CdaDecoder.builder().mode(DecodeMode.STRICT).build().decode(document(cs, false));
    assertEquals(TITLE, r.document().title().get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "UTF-16LE", "UTF-16"})
  void decode_damagedTextStrict_refusedAsNotWellFormed(String charset) {
    CdaDecoder strict = CdaDecoder.builder().mode(DecodeMode.STRICT).build();
    CodecException e = assertThrows(CodecException.class, () -> strict.decode(document(charset, true)));
    assertEquals("CDA-0001", e.errorCode(), e::getMessage);
    assertTrue(e.getMessage().contains("byte offset"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "UTF-16LE", "UTF-16"})
  void decode_damagedTextLenient_replacedAndWarnedWithPosition(String charset) {
    byte[] xml = document(charset, true);
    DecodeResult r = CdaDecoder.create().decode(xml);
    String title = r.document().title().get();
    // The decoder may take the character after a broken one into the replaced sequence (UTF-16).
    assertTrue(title.startsWith(String.valueOf(TITLE.charAt(0))) && title.contains("\uFFFD")
        && title.endsWith(TITLE.substring(3)), title);
    List<DecodeWarning> damaged = r.warnings().stream().filter(w -> w.code().equals("CDA-0920"))
        .collect(Collectors.toList());
    assertFalse(damaged.isEmpty(), r.warnings()::toString);
    DecodeWarning w = damaged.get(0);
    assertEquals(3, w.line(), w::toString);
    int offset = document(charset, false).length - (TITLE.substring(1) + "</title>" + HostileDocuments.TAIL)
        .getBytes(Charset.forName(charset.equals("UTF-16") ? "UTF-16BE" : charset)).length;
    assertTrue(w.message().contains("byte offset " + offset), w.message() + " expected offset " + offset);
    assertFalse(w.message().contains("0x") || w.message().toLowerCase().contains("c8"), w.message());
  }
}
