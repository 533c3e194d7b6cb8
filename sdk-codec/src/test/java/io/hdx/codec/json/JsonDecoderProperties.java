package io.hdx.codec.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hdx.codec.CodecException;
import io.hdx.codec.cda.TestDocuments;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.testing.Choices;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random, truncated and corrupted input either decodes or fails with CodecException: nothing else escapes. */
class JsonDecoderProperties {
  private static final JsonDecoder DECODER = JsonDecoder.create();
  private static final JsonDecoder STRICT = JsonDecoder.create().with(JsonDecodeFeature.REFUSE_UNKNOWN_FIELDS);
  private static final String JUNK = "{}[]\":,0123456789-+.eEtrufalsn \\/u\u00e9\u4e2d\u0000\n";

  private static byte[] validDocument(Random rnd) {
    List<DocumentSpec> specs = DocumentSpecRegistry.standard().all();
    return JsonEncoder.create().encode(new TestDocuments(rnd, false).document(specs.get(rnd.nextInt(specs.size())),
        rnd.nextBoolean()));
  }

  private static void decodeOrCodecException(JsonDecoder decoder, byte[] json) {
    try {
      decoder.decode(json);
    } catch (CodecException expected) {
      assertFalse(expected.errorCode().isEmpty());
    }
  }

  @Property(tries = 300)
  void decode_randomBytes_onlyCodecException(@ForAll @Size(max = 300) byte[] bytes) {
    decodeOrCodecException(DECODER, bytes);
    decodeOrCodecException(STRICT, bytes);
  }

  @Property(tries = 300)
  void decode_randomJsonishText_onlyCodecException(@ForAll Choices choices) {
    Random rnd = choices.asRandom();
    StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "{\"format\":\"hdx-cda-json/1\"," : "");
    for (int i = rnd.nextInt(200); i > 0; i--) {
      sb.append(JUNK.charAt(rnd.nextInt(JUNK.length())));
    }
    try {
      DECODER.decode(sb.toString());
    } catch (CodecException expected) {
      assertFalse(expected.errorCode().isEmpty());
    }
  }

  /** Every proper prefix of a valid document is incomplete JSON, so it must fail, and only with CodecException. */
  @Property(tries = 200)
  void decode_truncatedDocument_codecException(@ForAll Choices choices) {
    Random rnd = choices.asRandom();
    byte[] json = validDocument(rnd);
    byte[] prefix = Arrays.copyOf(json, rnd.nextInt(json.length));
    assertThrows(CodecException.class, () -> DECODER.decode(prefix));
    assertThrows(CodecException.class, () -> DECODER.decode(new ByteArrayInputStream(prefix)));
  }

  @Property(tries = 300)
  void decode_corruptedDocument_onlyCodecException(@ForAll Choices choices) {
    Random rnd = choices.asRandom();
    byte[] json = validDocument(rnd);
    for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
      int at = rnd.nextInt(json.length);
      json[at] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : (byte) JUNK.charAt(rnd.nextInt(32));
    }
    decodeOrCodecException(DECODER, json);
    decodeOrCodecException(STRICT, json);
  }

  /** Field values swapped between places: wrong kinds, wrong types, bad values. */
  @Property(tries = 300)
  void decode_shuffledValues_onlyCodecException(@ForAll Choices choices) {
    try {
      DECODER.decode(shuffled(choices.asRandom()));
    } catch (CodecException expected) {
      assertFalse(expected.errorCode().isEmpty());
    }
  }

  /** A valid document with one to three field values replaced by values of other kinds. */
  static String shuffled(Random rnd) {
    String json = new String(validDocument(rnd), java.nio.charset.StandardCharsets.UTF_8);
    String[] replacements = {"null", "1", "-1.5e400", "true", "[]", "{}", "\"\"", "\"x\"", "\"20241301\"",
        "\"2.16\"", "{\"type\":\"PQ\"}", "[null]", "\"UNK\"", "99999999999999999999"};
    StringBuilder sb = new StringBuilder(json);
    for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
      int colon = sb.indexOf("\":", rnd.nextInt(sb.length()));
      if (colon < 0) {
        continue;
      }
      int start = colon + 2;
      int end = start;
      char first = sb.charAt(start);
      if (first == '"') {
        end = sb.indexOf("\"", start + 1) + 1;
      } else {
        while (end < sb.length() && ",}]".indexOf(sb.charAt(end)) < 0 && first != '{' && first != '[') {
          end++;
        }
        if (first == '{' || first == '[') {
          end = start + 1;
          sb.insert(end, replacements[rnd.nextInt(replacements.length)] + (first == '{' ? "" : ","));
          continue;
        }
      }
      sb.replace(start, end, replacements[rnd.nextInt(replacements.length)]);
    }
    return sb.toString();
  }
}
