package io.hdx.testkit.internal;

import io.hdx.codec.v3.Identifier;
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

/**
 * The provider, organization (department) and value set registries over JDBC, one table pair for the three
 * ({@code hdx_registry_entry}: kind, key, name, version, record; {@code hdx_registry_id}: every id of an entry). An
 * entry's record is the registration message that set it (one entry per message, re-encoded), decoded again to
 * answer queries, as the patient index does. All statements run in the caller's transaction; a concurrent
 * registration of the same id surfaces as an SQLState class 23 violation and the caller redoes the transaction.
 *
 * <p>Thread safety: stateless; each call uses only the connection it is given.
 */
final class Registries {
  /** Provider (医疗卫生人员) entries. */
  static final String PROVIDER = "PROVIDER";
  /** Organization (医疗卫生机构（科室）) entries. */
  static final String ORGANIZATION = "ORG";
  /** Value set (术语) entries, keyed by id and version. */
  static final String VALUE_SET = "VALUESET";

  private Registries() {}

  /** The key of an entry any of {@code ids} names, or null (the first found). */
  static String lookup(Connection c, String kind, List<Identifier> ids) throws SQLException {
    for (Identifier id : ids) {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT entry_key FROM hdx_registry_id WHERE kind = ? AND root = ? AND extension = ?")) {
        s.setString(1, kind);
        s.setString(2, id.root());
        s.setString(3, id.extensionOrEmpty());
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      }
    }
    return null;
  }

  /** Whether the entry exists. */
  static boolean exists(Connection c, String kind, String key) throws SQLException {
    return version(c, kind, key) > 0;
  }

  /**
   * Inserts ({@code key} new) or replaces an entry and cross-references its ids.
   *
   * @return the entry's version after this write (1 for a new entry)
   */
  static int put(Connection c, String kind, String key, String name, List<Identifier> ids, byte[] record,
      String sender, Instant now) throws SQLException {
    int version = 0;
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM hdx_registry_entry WHERE kind = ? AND entry_key = ? FOR UPDATE")) {
      s.setString(1, kind);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          version = rs.getInt(1);
        }
      }
    }
    String sql = version == 0
        ? "INSERT INTO hdx_registry_entry (name, record, sender, updated_at, version, kind, entry_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE hdx_registry_entry SET name = ?, record = ?, sender = ?, updated_at = ?, version = ?"
            + " WHERE kind = ? AND entry_key = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, name == null ? null : clip(name, 400));
      s.setString(2, new String(record, StandardCharsets.UTF_8));
      s.setString(3, clip(sender, 200));
      s.setTimestamp(4, Timestamp.from(now));
      s.setInt(5, version + 1);
      s.setString(6, kind);
      s.setString(7, key);
      s.executeUpdate();
    }
    for (Identifier id : ids) {
      // UPDATE, then INSERT when nothing was there: portable where MERGE and ON CONFLICT are not
      int n;
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE hdx_registry_id SET entry_key = ? WHERE kind = ? AND root = ? AND extension = ?")) {
        s.setString(1, key);
        s.setString(2, kind);
        s.setString(3, clip(id.root(), 200));
        s.setString(4, clip(id.extensionOrEmpty(), 200));
        n = s.executeUpdate();
      }
      if (n == 0) {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO hdx_registry_id (kind, root, extension, entry_key) VALUES (?, ?, ?, ?)")) {
          s.setString(1, kind);
          s.setString(2, clip(id.root(), 200));
          s.setString(3, clip(id.extensionOrEmpty(), 200));
          s.setString(4, key);
          s.executeUpdate();
        }
      }
    }
    return version + 1;
  }

  /**
   * The records of the entries matching any of {@code ids}, or named {@code name} (exact), or whose key starts
   * with {@code keyPrefix}; in key order, at most {@code limit}.
   */
  static List<byte[]> find(Connection c, String kind, List<Identifier> ids, String name, String keyPrefix, int limit)
      throws SQLException {
    Set<String> keys = new LinkedHashSet<>();
    for (Identifier id : ids) {
      String k = lookup(c, kind, java.util.Collections.singletonList(id));
      if (k != null) {
        keys.add(k);
      }
    }
    if (name != null || keyPrefix != null) {
      String sql = "SELECT entry_key FROM hdx_registry_entry WHERE kind = ? AND "
          + (name != null ? "name = ?" : "entry_key LIKE ? ESCAPE '\\'") + " ORDER BY entry_key";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, kind);
        s.setString(2, name != null ? name : keyPrefix.replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%");
        s.setMaxRows(limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            keys.add(rs.getString(1));
          }
        }
      }
    }
    List<byte[]> out = new ArrayList<>();
    for (String k : keys) {
      if (out.size() >= limit) {
        break;
      }
      try (PreparedStatement s = c.prepareStatement(
          "SELECT record FROM hdx_registry_entry WHERE kind = ? AND entry_key = ?")) {
        s.setString(1, kind);
        s.setString(2, k);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            out.add(rs.getString(1).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
    return out;
  }

  /** The entry's version (how many times it was written), or 0. */
  static int version(Connection c, String kind, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT version FROM hdx_registry_entry WHERE kind = ? AND entry_key = ?")) {
      s.setString(1, kind);
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  /** Number of entries of a kind. */
  static int count(Connection c, String kind) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM hdx_registry_entry WHERE kind = ?")) {
      s.setString(1, kind);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
