package io.hdx.codec.v3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HipSoap#textWithoutDeclaration} (decoding only the part kept) gives what {@link HipSoap#stripDeclaration}
 * gives for the whole text: with or without a byte-order mark, white space, a declaration, Chinese text.
 */
class HipSoapDeclarationProperties {

  @Property(tries = 300)
  void textWithoutDeclaration_sameAsStripDeclarationOfTheWholeText(@ForAll("messages") String message) {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    assertEquals(HipSoap.stripDeclaration(new String(bytes, StandardCharsets.UTF_8)),
        HipSoap.textWithoutDeclaration(bytes));
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> bom = Arbitraries.of("", "\uFEFF");
    Arbitrary<String> space = Arbitraries.of("", " ", "\n", "\r\n\t ");
    Arbitrary<String> declaration = Arbitraries.of("", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml",
        "<?xml version=\"1.0\"?>", "<?xm");
    Arbitrary<String> body = Arbitraries.strings().withChars("<>/?=\"ab测试甲 \n").ofMaxLength(30);
    return net.jqwik.api.Combinators.combine(bom, space, declaration, space, body, space)
        .as((a, b, c, d, e, f) -> a + b + c + d + e + f);
  }
}
