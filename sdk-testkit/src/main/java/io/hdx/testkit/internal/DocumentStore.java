package io.hdx.testkit.internal;

import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.DocumentQuery;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The document registry and repository over JDBC ({@code hdx_document}): one row per document id, linked to the
 * platform patient, holding the registration message as received (its CDA inside, base64). A registration of a
 * known document id with a higher version number replaces it; with the same or a lower one it is refused.
 *
 * <p>Thread safety: stateless; each call uses only the connection it is given.
 */
final class DocumentStore {
  private DocumentStore() {}

  static String key(DocumentEntry d) {
    return d.documentId().root() + "^" + d.documentId().extensionOrEmpty();
  }

  /** Stores a document for patient {@code pid}; refuses an id already registered at the same or a higher version. */
  static void register(Connection c, String sender, String pid, DocumentEntry d, byte[] record, Instant now)
      throws SQLException, PatientIndex.Refused {
    int version = d.versionNumber().orElse(1);
    Integer known = null;
    try (PreparedStatement s = c.prepareStatement("SELECT version FROM hdx_document WHERE document_key = ?")) {
      s.setString(1, key(d));
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next()) {
          known = rs.getInt(1);
        }
      }
    }
    if (known != null && known >= version) {
      throw new PatientIndex.Refused("SIM-0305", "document id already registered at version " + known
          + "; a new version needs a higher versionNumber");
    }
    String sql = known == null
        ? "INSERT INTO hdx_document (sender, platform_id, type_code, effective_time, version, record, registered_at,"
            + " document_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        : "UPDATE hdx_document SET sender = ?, platform_id = ?, type_code = ?, effective_time = ?, version = ?,"
            + " record = ?, registered_at = ? WHERE document_key = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, sender);
      s.setString(2, pid);
      s.setString(3, d.type().code());
      s.setString(4, d.effectiveTime().map(t -> t.literal()).orElse(null));
      s.setInt(5, version);
      s.setString(6, new String(record, StandardCharsets.UTF_8));
      s.setTimestamp(7, Timestamp.from(now));
      s.setString(8, key(d));
      s.executeUpdate();
    }
  }

  /** The stored registration messages matching {@code q} for the platform patient {@code pid} (null: any). */
  static List<byte[]> find(Connection c, String pid, DocumentQuery q, int limit) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT record FROM hdx_document WHERE 1 = 1");
    List<String> values = new ArrayList<>();
    if (pid != null) {
      sql.append(" AND platform_id = ?");
      values.add(pid);
    }
    if (q.documentId().isPresent()) {
      sql.append(" AND document_key = ?");
      values.add(q.documentId().get().root() + "^" + q.documentId().get().extensionOrEmpty());
    }
    if (q.type().isPresent()) {
      sql.append(" AND type_code = ?");
      values.add(q.type().get().code());
    }
    // TS literals of the same precision order as text; compare on the shorter of the two (the day, at most)
    if (q.effectiveLow().isPresent()) {
      sql.append(" AND SUBSTRING(effective_time, 1, 8) >= ?");
      values.add(day(q.effectiveLow().get().literal()));
    }
    if (q.effectiveHigh().isPresent()) {
      sql.append(" AND SUBSTRING(effective_time, 1, 8) <= ?");
      values.add(day(q.effectiveHigh().get().literal()));
    }
    sql.append(" ORDER BY effective_time, document_key");
    List<byte[]> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        s.setString(i + 1, values.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next() && out.size() < limit) {
          out.add(rs.getString(1).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static String day(String literal) {
    return literal.length() >= 8 ? literal.substring(0, 8) : literal;
  }
}
