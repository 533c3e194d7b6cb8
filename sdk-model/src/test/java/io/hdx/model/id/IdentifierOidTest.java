package io.hdx.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.model.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierOidTest {
  @Test
  void fromOid_knownAndUnknown() {
    assertEquals(IdentifierOid.RESIDENT_ID_CARD, IdentifierOid.fromOid("2.16.156.10011.1.3").get());
    assertEquals("患者身份证号", IdentifierOid.RESIDENT_ID_CARD.nameZh());
    assertEquals(IdentifierOid.DOCUMENT_ID, IdentifierOid.fromOid("2.16.156.10011.1.1").get());
    assertFalse(IdentifierOid.fromOid("2.16.156.10011.1.6").isPresent());
    assertFalse(IdentifierOid.fromOid("").isPresent());
  }

  @Test
  void oids_unique() {
    Set<String> seen = new HashSet<>();
    for (IdentifierOid value : IdentifierOid.values()) {
      assertTrue(seen.add(value.oid()), value.oid());
      assertTrue(value.oid().startsWith("2.16.156.10011."));
    }
  }

  @Test
  void everyConstant_matchesItsReferenceRow() throws IOException {
    // The project's reference table, beside the repository (fails on CI when it is missing).
    List<String> lines = Files.readAllLines(SharedReference.require("identifier-oids.csv"), StandardCharsets.UTF_8);
    Map<String, String[]> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",");
      rows.put(fields[0], fields);
    }
    for (IdentifierOid value : IdentifierOid.values()) {
      String[] row = rows.get(value.oid());
      assertNotNull(row, value + " has no row");
      assertTrue(row[1].contains(value.nameZh()), value + " name");
      boolean high = row[row.length - 1].startsWith("HIGH");
      assertEquals(high, value.isConfirmed(), value + " confidence");
    }
    for (String oid : rows.keySet()) {
      if (oid.startsWith("2.16.156.10011.1.")) {
        assertTrue(IdentifierOid.fromOid(oid).isPresent(), oid + " has no constant");
      }
    }
  }
}
