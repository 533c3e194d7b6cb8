package io.hdx.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.Interaction;
import io.hdx.codec.v3.V3Encoder;
import io.hdx.codec.v3.V3Style;
import io.hdx.codec.v3.MessageSignatures;
import io.hdx.model.HdxException;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.testkit.internal.Database;
import io.hdx.testkit.internal.HipService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A regional platform to develop and test against: an embedded HTTP server (the JDK's {@code HttpServer})
 * speaking the platform's {@code HIPMessageServer(action, message)} SOAP 1.1 and 1.2 web service in any of the
 * spellings vendors use, and plain HTTP POST of the V3 XML, on every path. It checks each message strictly
 * (AR for a wrapper or action that is wrong, AE with a detail naming rule and XPath for content that is wrong),
 * keeps a real patient master index in a JDBC database (embedded H2 in memory by default, an H2 file under
 * {@link Builder#dataDirectory} so that state survives a restart, or any JDBC URL), answers a repeated message id
 * with its first answer instead of applying it twice, writes an audit row for every call, and injects the faults
 * of a {@link FaultPlan}.
 *
 * <p>Served interactions: patient register (PRPA_IN201311UV02), update (PRPA_IN201314UV02), merge
 * (PRPA_IN201304UV02) and query (PRPA_IN201305UV02, answered PRPA_IN201306UV02 by default); document register
 * (RCMR_IN000002UV02, the CDA inside validated with the codec's DocumentValidator), query (RCMR_IN000029UV01,
 * answered RCMR_IN000030UV01) and retrieve (RCMR_IN000031UV01, answered RCMR_IN000032UV01 by default);
 * registrations are acknowledged with MCCI_IN000002UV01.
 *
 * <p>Thread safety: safe; requests are served concurrently. {@link #close()} stops the server and closes the
 * database.
 *
 * <pre>{@code
 * try (PlatformSimulator platform = PlatformSimulator.start()) {
 *   URI endpoint = platform.endpoint();
 *   ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlatformSimulator implements AutoCloseable {
  /** The path the endpoint URL names (every path is served). */
  public static final String PATH = "/services/hipMessageServer";
  private static final int MAX_BODY = 64 * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Database db;
  private final HipService service;
  private final URI endpoint;

  /**
   * The JDK's HttpServer leaves Nagle's algorithm on unless this system property is true (read once per JVM, when the
   * first server starts; {@code sun.net.httpserver.ServerConfig}). It writes an answer's headers and its body
   * separately, so with Nagle on the body waits for the client's delayed acknowledgement, about 40 ms on Linux, on
   * every call. Set here unless the application set it either way.
   */
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private PlatformSimulator(Builder b) throws IOException {
    String url;
    boolean ownsH2;
    if (b.jdbcUrl != null) {
      url = b.jdbcUrl;
      ownsH2 = false;
    } else if (b.dataDirectory != null) {
      Files.createDirectories(b.dataDirectory);
      url = "jdbc:h2:file:" + b.dataDirectory.toAbsolutePath().resolve("hdx-platform").toString().replace('\\', '/')
          + ";LOCK_TIMEOUT=10000";
      ownsH2 = true;
    } else {
      url = "jdbc:h2:mem:hdx-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
      ownsH2 = true;
    }
    this.db = Database.open(url, ownsH2, b.threads);
    HipService.Settings s = new HipService.Settings();
    s.platformSystemId = b.platformSystemId;
    s.expectedReceiver = b.expectedReceiver;
    s.actions = b.actions;
    s.queryResponseInteractionId = b.queryResponseInteractionId;
    s.documentListResponseInteractionId = b.documentListResponseInteractionId;
    s.documentRetrieveResponseInteractionId = b.documentRetrieveResponseInteractionId;
    s.providerQueryResponseInteractionId = b.providerQueryResponseInteractionId;
    s.organizationQueryResponseInteractionId = b.organizationQueryResponseInteractionId;
    s.terminologyQueryResponseInteractionId = b.terminologyQueryResponseInteractionId;
    s.encoder = V3Encoder.create(b.style);
    s.faults = b.faults;
    s.clock = b.clock;
    s.signatureCheck = b.signatureCheck;
    s.signers = new HashMap<>();
    b.signers.forEach((sender, key) -> s.signers.put(sender, Sm2Verifier.create(key)));
    s.answerSigner = b.answerSigner;
    this.service = new HipService(db, s);
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(b.threads, r -> {
      Thread t = new Thread(r, "hdx-simulator-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      InetSocketAddress address = new InetSocketAddress(b.host, b.port);
      if (b.tls == null) {
        this.server = HttpServer.create(address, 256);
      } else {
        HttpsServer https = HttpsServer.create(address, 256);
        https.setHttpsConfigurator(new HttpsConfigurator(b.tls));
        this.server = https;
      }
    } catch (IOException e) {
      db.close();
      executor.shutdown();
      throw e;
    }
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
    String host = b.host.contains(":") ? "[" + b.host + "]" : b.host;
    this.endpoint = URI.create((b.tls == null ? "http://" : "https://") + host + ":" + server.getAddress().getPort() + PATH);
  }

  /** Starts a simulator on a free loopback port with an in-memory database and no faults. */
  public static PlatformSimulator start() {
    return builder().start();
  }

  /** A builder: loopback, a free port, in-memory H2, no faults. */
  public static Builder builder() {
    return new Builder();
  }

  private void serve(HttpExchange ex) throws IOException {
    try {
      if (!"POST".equals(ex.getRequestMethod())) {
        ex.getResponseHeaders().set("Allow", "POST");
        send(ex, 405, "text/plain; charset=utf-8", "POST a HIPMessageServer SOAP call or a V3 message".getBytes(
            StandardCharsets.UTF_8));
        return;
      }
      byte[] body = readBody(ex.getRequestBody(), ex.getRequestHeaders().getFirst("Content-Length"));
      if (body == null) {
        send(ex, 413, "text/plain; charset=utf-8", "request body too large".getBytes(StandardCharsets.UTF_8));
        return;
      }
      HipService.Reply reply = service.handle(body, ex.getRequestHeaders().getFirst(MessageSignatures.HEADER));
      if (reply.drop) {
        // announce a body and send none: the client sees the connection end mid-answer
        ex.sendResponseHeaders(200, 1024);
        ex.close();
        return;
      }
      if (reply.signature != null) {
        ex.getResponseHeaders().set(MessageSignatures.HEADER, reply.signature);
      }
      send(ex, reply.status, reply.contentType, reply.body);
    } catch (HdxException e) {
      send(ex, 500, "text/plain; charset=utf-8", (e.errorCode() + " internal error").getBytes(StandardCharsets.UTF_8));
    } finally {
      ex.close();
    }
  }

  /**
   * The request body, or null when it is larger than {@link #MAX_BODY}. With a Content-Length (what clients send
   * for a message) it is read straight into an array of that size; chunked bodies are gathered.
   */
  private static byte[] readBody(InputStream in, String contentLength) throws IOException {
    long declared = -1;
    if (contentLength != null) {
      try {
        declared = Long.parseLong(contentLength.trim());
      } catch (NumberFormatException e) {
        declared = -1;
      }
    }
    if (declared > MAX_BODY) {
      return null;
    }
    if (declared >= 0) {
      byte[] body = new byte[(int) declared];
      int at = 0;
      int n;
      while (at < body.length && (n = in.read(body, at, body.length - at)) > 0) {
        at += n;
      }
      return at == body.length ? body : java.util.Arrays.copyOf(body, at);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (out.size() + n > MAX_BODY) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** The endpoint URL, e.g. {@code http://127.0.0.1:41234/services/hipMessageServer}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port served. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The audit log, oldest first. */
  public List<AuditRecord> auditLog() {
    return service.auditLog();
  }

  /** The number of patients in the master index. */
  public int patientCount() {
    return service.patientCount();
  }

  /**
   * How many registrations and updates were applied to the patient that {@code system} knows by {@code localId}
   * (0 when none): the check that retried requests were applied exactly once.
   */
  public int appliedCount(String system, Identifier localId) {
    return service.appliedVersion(system, localId);
  }

  /** How many registrations and updates were applied to the provider known by {@code id} (0 when none). */
  public int providerAppliedCount(Identifier id) {
    return service.providerVersion(id);
  }

  /** How many registrations and updates were applied to the organization known by {@code id} (0 when none). */
  public int organizationAppliedCount(Identifier id) {
    return service.organizationVersion(id);
  }

  /**
   * How many registrations and updates were applied to value set {@code id} in {@code version} ("" when the
   * registration named no version); 0 when none.
   */
  public int valueSetAppliedCount(String id, String version) {
    return service.valueSetVersion(id, version);
  }

  /** Stops the server and closes the database (a file database keeps its state for the next start). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    db.close();
  }

  @Override
  public String toString() {
    return "PlatformSimulator{" + endpoint + "}";
  }

  /**
   * Configures and starts a {@link PlatformSimulator}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private Path dataDirectory;
    private String jdbcUrl;
    private int threads = 16;
    private FaultPlan faults = FaultPlan.none();
    private String platformSystemId = "PLATFORM";
    private String expectedReceiver;
    private final Map<Interaction, Set<String>> actions = new EnumMap<>(Interaction.class);
    private String queryResponseInteractionId = Interaction.PRPA_IN201306UV02.id();
    private String documentListResponseInteractionId = Interaction.RCMR_IN000030UV01.id();
    private String documentRetrieveResponseInteractionId = Interaction.RCMR_IN000032UV01.id();
    private String providerQueryResponseInteractionId = Interaction.PRPM_IN306011UV01.id();
    private String organizationQueryResponseInteractionId = Interaction.PRPM_IN406110UV01.id();
    private String terminologyQueryResponseInteractionId = Interaction.PRVS_IN000004UV01.id();
    private V3Style style = V3Style.NATIONAL_2016;
    private Clock clock = Clock.systemDefaultZone();
    private MessageSignatureCheck signatureCheck = MessageSignatureCheck.OFF;
    private final Map<String, Sm2PublicKey> signers = new HashMap<>();
    private Sm2Signer answerSigner;
    private SSLContext tls;

    private Builder() {
      for (Interaction i : Interaction.values()) {
        if (i.isRequest()) {
          actions.put(i, new LinkedHashSet<>(Collections.singleton(i.defaultAction())));
        }
      }
    }

    /** The address to listen on (default loopback {@code 127.0.0.1}). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port (default 0: a free one). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535");
      }
      this.port = port;
      return this;
    }

    /** Keeps the registries in an H2 database file under {@code directory}, so they survive a restart. */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Keeps the registries in the database at {@code jdbcUrl} (its driver on the class path). */
    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      return this;
    }

    /**
     * Serves HTTPS with {@code context} (its key manager holds the server's certificate and key) instead of plain
     * HTTP; {@link #endpoint()} then starts with {@code https://}. Default: plain HTTP.
     */
    public Builder https(SSLContext context) {
      this.tls = Objects.requireNonNull(context, "context");
      return this;
    }

    /** Request threads and database connections (default 16). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive");
      }
      this.threads = threads;
      return this;
    }

    /** Faults to inject. */
    public Builder faults(FaultPlan faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** The platform's own system (device) id, the sender of its answers (default {@code PLATFORM}). */
    public Builder platformSystemId(String id) {
      this.platformSystemId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Rejects (AR) messages whose receiver device id extension is not {@code id} (default: any receiver). */
    public Builder expectedReceiver(String id) {
      this.expectedReceiver = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Accepts {@code action} as a {@code HIPMessageServer} action for {@code interaction}, besides its default
     * name (interactions.csv) and the interaction id itself.
     */
    public Builder action(Interaction interaction, String action) {
      if (!interaction.isRequest()) {
        throw new IllegalArgumentException(interaction + " is not a request");
      }
      actions.get(interaction).add(Objects.requireNonNull(action, "action"));
      return this;
    }

    /** The interaction id answering a patient query (default PRPA_IN201306UV02; UNCONFIRMED for China). */
    public Builder queryResponseInteractionId(String id) {
      this.queryResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The interaction id answering a document query RCMR_IN000029UV01 (default RCMR_IN000030UV01). */
    public Builder documentListResponseInteractionId(String id) {
      this.documentListResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The interaction id answering a document retrieve RCMR_IN000031UV01 (default RCMR_IN000032UV01, UNCONFIRMED). */
    public Builder documentRetrieveResponseInteractionId(String id) {
      this.documentRetrieveResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The interaction id answering a provider query PRPM_IN306010UV01 (default PRPM_IN306011UV01, UNCONFIRMED). */
    public Builder providerQueryResponseInteractionId(String id) {
      this.providerQueryResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The interaction id answering an organization query PRPM_IN406010UV01 (default PRPM_IN406110UV01, UNCONFIRMED). */
    public Builder organizationQueryResponseInteractionId(String id) {
      this.organizationQueryResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The interaction id answering a terminology query PRVS_IN000003UV01 (default PRVS_IN000004UV01, UNCONFIRMED). */
    public Builder terminologyQueryResponseInteractionId(String id) {
      this.terminologyQueryResponseInteractionId = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The data-type style of the answers (default {@link V3Style#NATIONAL_2016}). */
    public Builder responseStyle(V3Style style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /**
     * Whether each message's SM2 signature ({@link MessageSignatures}) is checked (default
     * {@link MessageSignatureCheck#OFF}); a message that fails is answered AR ({@code SIM-0021} unsigned,
     * {@code SIM-0022} no key for the sender, {@code SIM-0023} not Base64, {@code SIM-0024} does not verify).
     */
    public Builder messageSignatures(MessageSignatureCheck check) {
      this.signatureCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /**
     * Trusts {@code key} for the messages of the system {@code senderId} (the sender device id's extension, as
     * the client's {@code senderId}); verified with the default SM2 user ID.
     */
    public Builder trustSigner(String senderId, Sm2PublicKey key) {
      signers.put(Objects.requireNonNull(senderId, "senderId"), Objects.requireNonNull(key, "key"));
      return this;
    }

    /**
     * Signs every V3 answer (acknowledgements and query responses, a repeated message's stored answer too) with
     * SM2 as {@link MessageSignatures} describes, in the HTTP response header {@value MessageSignatures#HEADER},
     * so that a client built with {@code PlatformClient.Builder.verifyAnswersWith} trusts only answers that come
     * unchanged from this platform. Default: answers unsigned.
     */
    public Builder signAnswersWith(Sm2Signer signer) {
      this.answerSigner = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /** The clock for creation times and audit rows. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the simulator.
     *
     * @throws HdxException {@code SIM-0001} when the database cannot be opened, {@code SIM-0004} when the port
     *     cannot be bound
     */
    public PlatformSimulator start() {
      try {
        return new PlatformSimulator(this);
      } catch (IOException e) {
        throw new HdxException("SIM-0004", "cannot listen on " + host + ":" + port + " (" + e.getClass().getSimpleName()
            + ")");
      }
    }
  }
}
