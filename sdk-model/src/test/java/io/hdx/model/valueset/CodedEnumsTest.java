package io.hdx.model.valueset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CodedEnumsTest {

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(Sex.values(), "GB/T 2261.1",
            (Function<String, Optional<? extends Coded>>) Sex::fromCode),
        Arguments.of(MaritalStatus.values(), "GB/T 2261.2",
            (Function<String, Optional<? extends Coded>>) MaritalStatus::fromCode),
        Arguments.of(IdDocumentType.values(), "CV02.01.101",
            (Function<String, Optional<? extends Coded>>) IdDocumentType::fromCode),
        Arguments.of(AboBloodType.values(), "CV04.50.005",
            (Function<String, Optional<? extends Coded>>) AboBloodType::fromCode),
        Arguments.of(RhBloodType.values(), "CV04.50.020",
            (Function<String, Optional<? extends Coded>>) RhBloodType::fromCode));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void enum_matchesItsCompleteValueSet(Coded[] constants, String domainId,
      Function<String, Optional<? extends Coded>> fromCode) {
    ValueSet set = ValueSetRegistry.standard().get(domainId);
    assertTrue(set.isComplete(), domainId);
    Map<String, String> fromEnum = new LinkedHashMap<>();
    for (Coded c : constants) {
      fromEnum.put(c.code(), c.displayName());
      assertEquals(set.oid(), c.codeSystem());
      assertEquals(set.name(), c.codeSystemName());
      assertEquals(set.lookup(c.code()).get(), Concept.of(c));
      assertEquals(Optional.of(c), fromCode.apply(c.code()));
    }
    Map<String, String> fromSet = new LinkedHashMap<>();
    for (Concept c : set.concepts()) {
      fromSet.put(c.code(), c.displayName());
    }
    assertEquals(fromSet, fromEnum);
  }

  @Test
  void fromCode_unknownOrPadded_empty() {
    assertFalse(Sex.fromCode("3").isPresent());
    assertFalse(Sex.fromCode("01").isPresent());
    assertFalse(IdDocumentType.fromCode("1").isPresent());
    assertFalse(AboBloodType.fromCode("6").isPresent());
    assertFalse(RhBloodType.fromCode("").isPresent());
    assertFalse(MaritalStatus.fromCode("24").isPresent());
  }

  @Test
  void constants_codes() {
    assertEquals("1", Sex.MALE.code());
    assertEquals("20", MaritalStatus.MARRIED.code());
    assertEquals("01", IdDocumentType.RESIDENT_ID_CARD.code());
    assertEquals("AB型", AboBloodType.AB.displayName());
    assertEquals("未查", RhBloodType.NOT_TESTED.displayName());
    assertEquals("2.16.156.10011.2.3.1.1", IdDocumentType.CODE_SYSTEM);
  }
}
