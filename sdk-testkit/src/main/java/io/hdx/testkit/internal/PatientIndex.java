package io.hdx.testkit.internal;

import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.PatientQuery;
import io.hdx.codec.v3.PatientRecord;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The patient master index over JDBC: one platform id per person, to which the local patient ids of many
 * systems ({@code hdx_local_id}: system, root, extension) and the person's own ids such as the resident ID
 * ({@code hdx_person_id}) are cross-referenced. A registration carrying a known local id or person id joins that
 * patient; otherwise it creates one. All statements run in the caller's transaction; a unique-key violation from
 * a concurrent registration of the same person surfaces as an {@link SQLException} with SQLState class 23, and the
 * caller retries the whole transaction, which then finds the patient the other one created.
 *
 * <p>Thread safety: stateless; each call uses only the connection it is given.
 */
final class PatientIndex {
  private PatientIndex() {}

  /** What a registration did. */
  static final class Applied {
    final String platformId;
    final boolean created;
    final int version;

    Applied(String platformId, boolean created, int version) {
      this.platformId = platformId;
      this.created = created;
      this.version = version;
    }
  }

  /** A registration that cannot be applied: an application error (AE) with a detail code and text. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Refused(String code, String detail) {
      super(detail, null, false, false);
      this.code = code;
    }
  }

  /**
   * Registers ({@code mustExist} false) or updates ({@code mustExist} true) a patient sent by {@code system}.
   *
   * @param record the registration message as received (kept as the patient's current record)
   */
  static Applied register(Connection c, String system, PatientRecord p, byte[] record, boolean mustExist,
      Instant now) throws SQLException, Refused {
    // what each id of the message names now; ids that name no patient are inserted below, so a registration runs
    // each look-up once (a concurrent registration inserting the same id meanwhile fails the insert on the primary
    // key, SQLState 23, and the caller redoes the whole transaction)
    String pid = null;
    Set<Identifier> newLocal = new LinkedHashSet<>();
    for (Identifier id : p.ids()) {
      String found = lookupLocal(c, system, id);
      if (found == null) {
        newLocal.add(id);
      }
      pid = first(pid, found);
    }
    Set<Identifier> newPerson = new LinkedHashSet<>();
    for (Identifier id : p.personIds()) {
      String found = lookupPerson(c, id);
      if (found == null) {
        newPerson.add(id);
      }
      pid = first(pid, found);
    }
    if (pid == null && mustExist) {
      throw new Refused("SIM-0201", "update of a patient the platform does not know (no local id or person id matches)");
    }
    boolean created = pid == null;
    int version;
    if (created) {
      pid = "P" + UUID.randomUUID().toString().replace("-", "");
      try (PreparedStatement s = c.prepareStatement("INSERT INTO hdx_patient (platform_id, name, gender, birth_date,"
          + " record, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)")) {
        s.setString(1, pid);
        demographics(s, 2, p);
        s.setString(5, new String(record, StandardCharsets.UTF_8));
        s.setTimestamp(6, Timestamp.from(now));
        s.setTimestamp(7, Timestamp.from(now));
        s.executeUpdate();
      }
      version = 1;
    } else {
      try (PreparedStatement s = c.prepareStatement("UPDATE hdx_patient SET name = ?, gender = ?, birth_date = ?,"
          + " record = ?, version = version + 1, updated_at = ? WHERE platform_id = ?")) {
        demographics(s, 1, p);
        s.setString(4, new String(record, StandardCharsets.UTF_8));
        s.setTimestamp(5, Timestamp.from(now));
        s.setString(6, pid);
        s.executeUpdate();
      }
      version = version(c, pid);
    }
    for (Identifier id : newLocal) {
      insert(c, "INSERT INTO hdx_local_id (system_id, root, extension, platform_id) VALUES (?, ?, ?, ?)", system,
          id.root(), id.extensionOrEmpty(), pid);
    }
    for (Identifier id : newPerson) {
      insert(c, "INSERT INTO hdx_person_id (root, extension, platform_id) VALUES (?, ?, ?)", id.root(),
          id.extensionOrEmpty(), pid);
    }
    return new Applied(pid, created, version);
  }

  private static String first(String known, String found) throws Refused {
    if (known != null && found != null && !known.equals(found)) {
      throw new Refused("SIM-0204", "the ids of this message belong to two different platform patients");
    }
    return known != null ? known : found;
  }

  private static void demographics(PreparedStatement s, int at, PatientRecord p) throws SQLException {
    s.setString(at, p.name().orElse(null));
    s.setString(at + 1, p.gender().map(Code::code).orElse(null));
    s.setString(at + 2, birthDate(p));
  }

  private static String birthDate(PatientRecord p) {
    return p.birthTime().map(t -> t.literal().length() >= 8 ? t.literal().substring(0, 8) : null).orElse(null);
  }

  private static void insert(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  static String lookupLocal(Connection c, String system, Identifier id) throws SQLException {
    return one(c, "SELECT platform_id FROM hdx_local_id WHERE system_id = ? AND root = ? AND extension = ?", system,
        id.root(), id.extensionOrEmpty());
  }

  static String lookupPerson(Connection c, Identifier id) throws SQLException {
    return one(c, "SELECT platform_id FROM hdx_person_id WHERE root = ? AND extension = ?", id.root(),
        id.extensionOrEmpty());
  }

  static int version(Connection c, String pid) throws SQLException {
    String v = one(c, "SELECT CAST(version AS VARCHAR(12)) FROM hdx_patient WHERE platform_id = ?", pid);
    return v == null ? 0 : Integer.parseInt(v);
  }

  private static String one(Connection c, String sql, String... values) throws SQLException {
    List<String> all = list(c, sql, values);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<String> list(Connection c, String sql, String... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** The platform ids matching every parameter of {@code q}, at most {@code limit}. */
  static List<String> find(Connection c, String system, PatientQuery q, int limit) throws SQLException {
    Set<String> candidates = null;
    if (q.localId().isPresent()) {
      candidates = only(candidates, lookupLocal(c, system, q.localId().get()));
    }
    if (q.personId().isPresent()) {
      candidates = only(candidates, lookupPerson(c, q.personId().get()));
    }
    boolean demographic = q.name().isPresent() || q.gender().isPresent() || q.birthTime().isPresent();
    if (demographic) {
      StringBuilder sql = new StringBuilder("SELECT platform_id FROM hdx_patient WHERE merged_into IS NULL");
      List<String> values = new ArrayList<>();
      if (q.name().isPresent()) {
        sql.append(" AND name = ?");
        values.add(q.name().get());
      }
      if (q.gender().isPresent()) {
        sql.append(" AND gender = ?");
        values.add(q.gender().get().code());
      }
      if (q.birthTime().isPresent()) {
        sql.append(" AND birth_date = ?");
        String lit = q.birthTime().get().literal();
        values.add(lit.length() >= 8 ? lit.substring(0, 8) : lit);
      }
      sql.append(" ORDER BY platform_id");
      Set<String> matches = new LinkedHashSet<>(list(c, sql.toString(), values.toArray(new String[0])));
      if (candidates == null) {
        candidates = matches;
      } else {
        candidates.retainAll(matches);
      }
    }
    List<String> out = new ArrayList<>(candidates == null ? new LinkedHashSet<>() : candidates);
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static Set<String> only(Set<String> candidates, String pid) {
    Set<String> next = new LinkedHashSet<>();
    if (pid != null && (candidates == null || candidates.contains(pid))) {
      next.add(pid);
    }
    return next;
  }

  /**
   * Merges the patient {@code system} knows by {@code mergedIds} into the one it knows by the survivor's ids: every
   * local id, person id and document of the merged patient moves to the survivor, and the merged patient is kept,
   * marked {@code merged_into}, so that nothing is lost.
   *
   * @return the surviving platform id
   */
  static String merge(Connection c, String system, PatientRecord survivor, List<Identifier> mergedIds, Instant now)
      throws SQLException, Refused {
    String keep = null;
    for (Identifier id : survivor.ids()) {
      keep = first(keep, lookupLocal(c, system, id));
    }
    String gone = null;
    for (Identifier id : mergedIds) {
      gone = first(gone, lookupLocal(c, system, id));
    }
    if (keep == null || gone == null) {
      throw new Refused("SIM-0205", "merge of a patient the platform does not know (surviving or merged local id unknown)");
    }
    if (keep.equals(gone)) {
      return keep;
    }
    for (String table : new String[] {"hdx_local_id", "hdx_person_id", "hdx_document"}) {
      try (PreparedStatement s = c.prepareStatement("UPDATE " + table + " SET platform_id = ? WHERE platform_id = ?")) {
        s.setString(1, keep);
        s.setString(2, gone);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE hdx_patient SET merged_into = ?, updated_at = ? WHERE platform_id = ?")) {
      s.setString(1, keep);
      s.setTimestamp(2, Timestamp.from(now));
      s.setString(3, gone);
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE hdx_patient SET version = version + 1, updated_at = ? WHERE platform_id = ?")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setString(2, keep);
      s.executeUpdate();
    }
    return keep;
  }

  /** The platform patient that {@code system}'s local ids or the person ids name, or null. */
  static String resolve(Connection c, String system, List<Identifier> localIds, List<Identifier> personIds)
      throws SQLException, Refused {
    String pid = null;
    for (Identifier id : localIds) {
      pid = first(pid, lookupLocal(c, system, id));
    }
    for (Identifier id : personIds) {
      pid = first(pid, lookupPerson(c, id));
    }
    return pid;
  }

  /** The stored record (the registration message last applied) of a patient. */
  static byte[] record(Connection c, String pid) throws SQLException {
    String r = one(c, "SELECT record FROM hdx_patient WHERE platform_id = ?", pid);
    return r == null ? null : r.getBytes(StandardCharsets.UTF_8);
  }

  /** The local ids {@code system} has for a patient. */
  static List<Identifier> localIds(Connection c, String system, String pid) throws SQLException {
    List<Identifier> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT root, extension FROM hdx_local_id WHERE system_id = ? AND platform_id = ? ORDER BY root, extension")) {
      s.setString(1, system);
      s.setString(2, pid);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(Identifier.of(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }

  /** Every person id cross-referenced to a patient. */
  static List<Identifier> personIds(Connection c, String pid) throws SQLException {
    List<Identifier> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT root, extension FROM hdx_person_id WHERE platform_id = ? ORDER BY root, extension")) {
      s.setString(1, pid);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(Identifier.of(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return out;
  }
}
