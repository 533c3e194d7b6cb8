package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

/** Synthetic messages for the V3 codec tests (no real person). */
final class TestMessages {
  private TestMessages() {}

  static MessageHeader header(Interaction interaction, String messageId) {
    return MessageHeader.builder()
        .messageId(Identifier.of(MessageHeader.MESSAGE_ID_ROOT, messageId))
        .creationTime(PointInTime.of(LocalDateTime.of(2024, 1, 16, 11, 28, 55)))
        .interaction(interaction)
        .sender(Identifier.of(MessageHeader.DEVICE_ID_ROOT, "HIS-A"))
        .receiver(Identifier.of(MessageHeader.DEVICE_ID_ROOT, "PLATFORM"))
        .build();
  }

  static PatientRecord aPatient() {
    return PatientRecord.builder()
        .addId(Identifier.of(PatientRecord.LOCAL_ID_ROOT, "P0001"))
        .addPersonId(Identifier.of(PatientRecord.RESIDENT_ID_ROOT, "11010519491231002X"))
        .name("测试甲")
        .gender(Code.of("2", "2.16.156.10011.2.3.3.4", "女性"))
        .birthTime(PointInTime.parse("19491231"))
        .addTelecom("010-00000000")
        .addAddressPart(AddressPart.of(AddressPart.Type.STA, "北京市"))
        .addAddressPart(AddressPart.of(AddressPart.Type.ZIP, "100000"))
        .build();
  }

  static byte[] resource(String name) {
    try (InputStream in = TestMessages.class.getResourceAsStream("/v3/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
