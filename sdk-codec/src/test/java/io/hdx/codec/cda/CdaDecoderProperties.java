package io.hdx.codec.cda;

import io.hdx.codec.CodecException;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Corrupted documents either decode or fail with CodecException: no other exception escapes. */
class CdaDecoderProperties {
  private static final CdaDecoder DECODER = CdaDecoder.create();

  @Property(tries = 300)
  void decode_corruptedBytes_onlyCodecException(@ForAll Choices choices) {
    Random rnd = choices.asRandom();
    byte[] xml = CdaEncoder.create().encode(new TestDocuments(rnd, false).document(
        DocumentSpecRegistry.standard().all().get(rnd.nextInt(DocumentSpecRegistry.standard().all().size())), false));
    for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
      int at = rnd.nextInt(xml.length);
      String junk = "<>/=\"' &;:x0#\u0000";
      xml[at] = (byte) junk.charAt(rnd.nextInt(junk.length()));
    }
    try {
      DECODER.decode(xml);
    } catch (CodecException expected) {
      if (expected.errorCode().isEmpty()) {
        throw new AssertionError("no error code");
      }
    }
  }
}
