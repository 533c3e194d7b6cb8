package io.hdx.security.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.id.ResidentIdNumber;
import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm4Key;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of the de-identification primitives. */
class PrimitivesTest {
  static final byte[] KEY_A = "0123456789abcdef-key-A".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  static final byte[] KEY_B = "0123456789abcdef-key-B".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** GB 11643-1999 Annex A example number (synthetic). */
  static final String ANNEX_A_ID = "11010519491231002X";

  @Test
  void keyedPseudonym_deterministicPerKey_differentAcrossKeysAndDomains() {
    KeyedPseudonym a = KeyedPseudonym.create(KEY_A);
    KeyedPseudonym b = KeyedPseudonym.create(KEY_B);
    assertEquals(a.token("DE02.01.039.00", "张三"), KeyedPseudonym.create(KEY_A).token("DE02.01.039.00", "张三"));
    assertEquals(16, a.token("d", "张三").length());
    assertNotEquals(a.token("d", "张三"), b.token("d", "张三"));
    assertNotEquals(a.token("d1", "张三"), a.token("d2", "张三"));
    assertTrue(a.digits("d", "x", 7).matches("[0-9]{7}"));
    assertThrows(IllegalArgumentException.class, () -> KeyedPseudonym.create(new byte[15]));
    assertEquals("KeyedPseudonym[key redacted]", a.toString());
  }

  @Test
  void keyedPseudonym_knownAnswer_isHmacSm3OfTheFramedInput() {
    // HMAC-SM3(key, 0x01 || "d" || 0x00 || "v"), computed independently with HmacSm3 of sdk-security.
    byte[] framed = {1, 'd', 0, 'v'};
    byte[] expected = io.hdx.security.sm.HmacSm3.create(KEY_A).compute(framed);
    assertEquals(io.hdx.security.internal.Bytes.toHex(expected),
        io.hdx.security.internal.Bytes.toHex(KeyedPseudonym.create(KEY_A).tag("d", "v")));
  }

  @Test
  void reversible_roundTrips_isDeterministic_andRejectsOtherKeyOrDomain() {
    Sm4Key key = Sm4Key.fromHex("00112233445566778899aabbccddeeff");
    ReversiblePseudonym r = ReversiblePseudonym.create(key);
    String token = r.encrypt("2.16.156.10011.1.3", ANNEX_A_ID);
    assertTrue(token.startsWith("RV1"));
    assertFalse(token.contains(ANNEX_A_ID));
    assertEquals(token, r.encrypt("2.16.156.10011.1.3", ANNEX_A_ID));
    assertEquals(ANNEX_A_ID, r.decrypt("2.16.156.10011.1.3", token));
    assertEquals("李四", r.decrypt("n", r.encrypt("n", "李四")));
    CryptoException other = assertThrows(CryptoException.class,
        () -> ReversiblePseudonym.create(Sm4Key.generate()).decrypt("2.16.156.10011.1.3", token));
    assertEquals(CryptoException.DECRYPTION_FAILED, other.errorCode());
    assertThrows(CryptoException.class, () -> r.decrypt("other", token));
    assertEquals(CryptoException.MALFORMED_CIPHERTEXT,
        assertThrows(CryptoException.class, () -> r.decrypt("d", "RV1!!")).errorCode());
  }

  @Test
  void masking_name_keepsSurnameIncludingCompoundSurnames() {
    assertEquals("张*", Masking.name("张三"));
    assertEquals("王**", Masking.name("王小明"));
    assertEquals("欧阳**", Masking.name("欧阳娜娜"));
    assertEquals("司马*", Masking.name("司马光"));
    assertEquals("诸葛**", Masking.name("诸葛孔明"));
    assertEquals("欧*", Masking.name("欧阳"));   // two characters: surname 欧, given name 阳
    assertEquals("J*** ***", Masking.name("John Doe"));
    assertEquals("欧阳", Masking.surname("欧阳修"));
  }

  @Test
  void masking_phoneKeepsLastFour_residentIdPerPolicy() {
    assertEquals("*******5678", Masking.phone("13812345678"));
    assertEquals("***-****-5678", Masking.phone("138-1234-5678"));
    assertEquals("+** ***-****-5678", Masking.phone("+86 138-1234-5678"));
    ResidentIdNumber id = ResidentIdNumber.parse(ANNEX_A_ID);
    assertEquals("110105********002X", Masking.residentId(id, RegionLevel.COUNTY, DatePrecision.NONE, 4));
    assertEquals("11****************", Masking.residentId(id, RegionLevel.PROVINCE, DatePrecision.NONE, 0));
    assertEquals("******1949********", Masking.residentId(id, RegionLevel.NONE, DatePrecision.YEAR, 0));
    assertEquals("1101**194912******", Masking.residentId(id, RegionLevel.PREFECTURE, DatePrecision.MONTH, 0));
  }

  @Test
  void generalization_bandsDatesRegionsRanges() {
    assertEquals("30-39", Generalization.ageBand(37, 10, 90));
    assertEquals("90+", Generalization.ageBand(95, 10, 90));
    assertEquals("85-89", Generalization.ageBand(86, 5, 90));
    assertEquals("2024", Generalization.hl7Date("20240315103000+0800", DatePrecision.YEAR));
    assertEquals("202403", Generalization.hl7Date("20240315", DatePrecision.MONTH));
    assertEquals("2024", Generalization.hl7Date("2024", DatePrecision.MONTH));
    assertEquals("110100", Generalization.regionCode("110105", RegionLevel.PREFECTURE));
    assertEquals("110000", Generalization.regionCode("110105", RegionLevel.PROVINCE));
    assertEquals("70-80", Generalization.range(new BigDecimal("72.5"), 10).toString());
    assertEquals("-10-0", Generalization.range(new BigDecimal("-3"), 10).toString());
    assertEquals(33, Generalization.age(LocalDate.of(1990, 6, 1), LocalDate.of(2024, 3, 1)));
    assertThrows(IllegalArgumentException.class, () -> Generalization.hl7Date("20x", DatePrecision.YEAR));
  }

  @Test
  void dateShift_onePerSubject_neverZero_keepsPrecision() {
    DateShift shift = DateShift.create(KeyedPseudonym.create(KEY_A), 365);
    int offset = shift.offsetDays("patient-1");
    assertTrue(offset != 0 && Math.abs(offset) <= 365);
    assertEquals(offset, shift.offsetDays("patient-1"));
    String shifted = shift.shiftHl7("20240315103000+0800", "patient-1");
    assertEquals(LocalDate.of(2024, 3, 15).plusDays(offset).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
        + "103000+0800", shifted);
    assertEquals(6, shift.shiftHl7("202403", "patient-1").length());
    assertEquals(4, shift.shiftHl7("2024", "patient-1").length());
    assertThrows(IllegalArgumentException.class, () -> shift.shiftHl7("20241340", "p"));
  }

  @Test
  void noise_isKeyedBoundedAndKeepsScale() {
    NumericNoise noise = NumericNoise.create(KeyedPseudonym.create(KEY_A), 0.05);
    BigDecimal v = new BigDecimal("72.5");
    BigDecimal n = noise.apply("DE04.10.188.00", v);
    assertEquals(1, n.scale());
    assertEquals(n, noise.apply("DE04.10.188.00", v));
    assertTrue(n.subtract(v).abs().compareTo(new BigDecimal("3.7")) <= 0);
    assertEquals(0, noise.apply("c", new BigDecimal("120")).scale());
  }

  @Test
  void residentIdPseudonym_isValid_keepsWhatItIsTold_andReverses() {
    Ff1 ff1 = Ff1.sm4(Sm4Key.fromHex("00112233445566778899aabbccddeeff"), 10);
    ResidentIdNumber id = ResidentIdNumber.parse(ANNEX_A_ID);
    ResidentIdPseudonym p = ResidentIdPseudonym.create(ff1, RegionLevel.PROVINCE, DatePrecision.YEAR, true);
    String pseudonym = p.pseudonymize(id);
    ResidentIdNumber parsed = ResidentIdNumber.parse(pseudonym);
    assertNotEquals(ANNEX_A_ID, pseudonym);
    assertEquals("11", pseudonym.substring(0, 2));
    assertEquals(1949, parsed.birthDate().getYear());
    assertEquals(id.sex(), parsed.sex());
    assertEquals(pseudonym, p.pseudonymize(id));
    assertEquals(ANNEX_A_ID, p.reidentify(parsed));
    ResidentIdPseudonym full = ResidentIdPseudonym.create(ff1, RegionLevel.COUNTY, DatePrecision.DAY, true);
    String fullPseudonym = full.pseudonymize(id);
    assertEquals(ANNEX_A_ID.substring(0, 14), fullPseudonym.substring(0, 14));
    assertNotEquals(ANNEX_A_ID, fullPseudonym);
    assertEquals(ANNEX_A_ID, full.reidentify(ResidentIdNumber.parse(fullPseudonym)));
  }

  @Test
  void residentIdPseudonym_radixCoversTheDomainBarely() {
    assertEquals(1000, ResidentIdPseudonym.rootUp(1_000_000, 2));
    assertEquals(1001, ResidentIdPseudonym.rootUp(1_000_001, 2));
    assertEquals(4, ResidentIdPseudonym.rootUp(64, 3));
    assertEquals(5, ResidentIdPseudonym.rootUp(65, 3));
    long domain = 3_000L * 32_872 * 999;   // every county, 1930-2019, any sequence: above 2^32, three numerals
    int r = ResidentIdPseudonym.rootUp(domain, 3);
    assertTrue((long) r * r * r >= domain && (long) (r - 1) * (r - 1) * (r - 1) < domain);
  }
}
