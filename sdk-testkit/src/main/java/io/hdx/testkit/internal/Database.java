package io.hdx.testkit.internal;

import io.hdx.model.HdxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The simulator's JDBC database: a small bounded connection pool over one JDBC URL, and the schema, created and
 * migrated here (table {@code hdx_schema_version} records each migration applied, in order; a newer simulator
 * applies only the migrations a database lacks). The SQL keeps to types H2 and PostgreSQL share (VARCHAR,
 * INTEGER, BIGINT, TIMESTAMP); no identity columns or sequences.
 *
 * <p>Thread safety: safe; connections are handed to one thread at a time.
 */
public final class Database implements AutoCloseable {
  /** The migrations, in order; index + 1 is the schema version. Never edit one that shipped: append. */
  static final List<String[]> MIGRATIONS = Collections.unmodifiableList(Arrays.<String[]>asList(
      new String[] {
          // 1: message log (duplicate detection), patient master index, audit log
          "CREATE TABLE hdx_message (sender VARCHAR(200) NOT NULL, message_id VARCHAR(400) NOT NULL,"
              + " interaction VARCHAR(40) NOT NULL, received_at TIMESTAMP NOT NULL, ack_code VARCHAR(2) NOT NULL,"
              + " response VARCHAR(200000) NOT NULL, PRIMARY KEY (sender, message_id))",
          "CREATE TABLE hdx_patient (platform_id VARCHAR(40) NOT NULL PRIMARY KEY, name VARCHAR(400),"
              + " gender VARCHAR(20), birth_date VARCHAR(8), record VARCHAR(200000) NOT NULL, version INTEGER NOT NULL,"
              + " created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL)",
          "CREATE INDEX hdx_patient_demographics ON hdx_patient (name, birth_date)",
          "CREATE TABLE hdx_local_id (system_id VARCHAR(200) NOT NULL, root VARCHAR(200) NOT NULL,"
              + " extension VARCHAR(200) NOT NULL, platform_id VARCHAR(40) NOT NULL,"
              + " PRIMARY KEY (system_id, root, extension))",
          "CREATE INDEX hdx_local_id_patient ON hdx_local_id (platform_id)",
          "CREATE TABLE hdx_person_id (root VARCHAR(200) NOT NULL, extension VARCHAR(200) NOT NULL,"
              + " platform_id VARCHAR(40) NOT NULL, PRIMARY KEY (root, extension))",
          "CREATE INDEX hdx_person_id_patient ON hdx_person_id (platform_id)",
          "CREATE TABLE hdx_audit (seq BIGINT NOT NULL PRIMARY KEY, at_time TIMESTAMP NOT NULL,"
              + " sender VARCHAR(200) NOT NULL, interaction VARCHAR(40) NOT NULL, message_id VARCHAR(400) NOT NULL,"
              + " target_ids VARCHAR(2000) NOT NULL, outcome VARCHAR(20) NOT NULL, detail_code VARCHAR(40) NOT NULL)"
      },
      new String[] {
          // 2: merged patients, document registry and repository (the registration message holds the CDA, base64)
          "ALTER TABLE hdx_patient ADD COLUMN merged_into VARCHAR(40)",
          "CREATE TABLE hdx_document (document_key VARCHAR(400) NOT NULL PRIMARY KEY, sender VARCHAR(200) NOT NULL,"
              + " platform_id VARCHAR(40) NOT NULL, type_code VARCHAR(20) NOT NULL, effective_time VARCHAR(30),"
              + " version INTEGER NOT NULL, record VARCHAR(64000000) NOT NULL, registered_at TIMESTAMP NOT NULL)",
          "CREATE INDEX hdx_document_patient ON hdx_document (platform_id)"
      },
      new String[] {
          // 3: provider, organization (department) and value set registries; the record is the registration
          "CREATE TABLE hdx_registry_entry (kind VARCHAR(12) NOT NULL, entry_key VARCHAR(400) NOT NULL,"
              + " name VARCHAR(400), version INTEGER NOT NULL, record VARCHAR(2000000) NOT NULL,"
              + " sender VARCHAR(200) NOT NULL, updated_at TIMESTAMP NOT NULL, PRIMARY KEY (kind, entry_key))",
          "CREATE INDEX hdx_registry_entry_name ON hdx_registry_entry (kind, name)",
          "CREATE TABLE hdx_registry_id (kind VARCHAR(12) NOT NULL, root VARCHAR(200) NOT NULL,"
              + " extension VARCHAR(200) NOT NULL, entry_key VARCHAR(400) NOT NULL, PRIMARY KEY (kind, root, extension))"
      }));

  private final String url;
  private final boolean ownsH2;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private volatile boolean closed;

  private Database(String url, boolean ownsH2, int size) throws SQLException {
    this.url = url;
    this.ownsH2 = ownsH2;
    this.idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection c = DriverManager.getConnection(url);
      all.add(c);
      idle.add(c);
    }
  }

  /**
   * Opens a pool of {@code size} connections to {@code url} and brings the schema up to date.
   *
   * @param ownsH2 whether this is an H2 database the simulator created, to be shut down on {@link #close()}
   * @throws HdxException {@code SIM-0001} when the database cannot be opened or migrated
   */
  public static Database open(String url, boolean ownsH2, int size) {
    try {
      Database db = new Database(url, ownsH2, size);
      db.migrate();
      return db;
    } catch (SQLException e) {
      throw new HdxException("SIM-0001", "database cannot be opened or migrated (SQLState " + e.getSQLState() + ")");
    }
  }

  /** The schema version after migration. */
  public int schemaVersion() {
    return MIGRATIONS.size();
  }

  private void migrate() throws SQLException {
    Connection c = borrow();
    try {
      c.setAutoCommit(false);
      int current = 0;
      try (Statement s = c.createStatement()) {
        s.executeUpdate("CREATE TABLE IF NOT EXISTS hdx_schema_version (version INTEGER NOT NULL PRIMARY KEY,"
            + " applied_at TIMESTAMP NOT NULL)");
        try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM hdx_schema_version")) {
          if (rs.next()) {
            current = rs.getInt(1);
          }
        }
      }
      c.commit();
      for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
        try (Statement s = c.createStatement()) {
          for (String sql : MIGRATIONS.get(v - 1)) {
            s.executeUpdate(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO hdx_schema_version (version, applied_at) VALUES (?, ?)")) {
          p.setInt(1, v);
          p.setTimestamp(2, Timestamp.from(Instant.now()));
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      release(c);
    }
  }

  /** A connection for this thread; give it back with {@link #release}. Autocommit is off. */
  public Connection borrow() throws SQLException {
    if (closed) {
      throw new SQLException("database closed", "08003");
    }
    try {
      Connection c = idle.poll(30, TimeUnit.SECONDS);
      if (c == null) {
        throw new SQLException("no free database connection within 30 s", "08001");
      }
      c.setAutoCommit(false);
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", "08001");
    }
  }

  /** Gives a connection back. */
  public void release(Connection c) {
    idle.offer(c);
  }

  /** The JDBC URL (may name a file path, never a password: callers pass credentials in the URL at their risk). */
  public String url() {
    return url;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (ownsH2 && url.startsWith("jdbc:h2:mem:")) {
      // an in-memory database kept open by DB_CLOSE_DELAY=-1 goes only on SHUTDOWN; a file database closes,
      // durably, with its last connection
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      } catch (SQLException ignored) {
        // the database is going away either way
      }
    }
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // closing; nothing left to do with it
      }
    }
  }
}
