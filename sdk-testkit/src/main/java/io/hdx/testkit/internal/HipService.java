package io.hdx.testkit.internal;

import io.hdx.codec.CodecException;
import io.hdx.codec.v3.AcceptAckCode;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.Code;
import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.DocumentQuery;
import io.hdx.codec.v3.DocumentQueryResponse;
import io.hdx.codec.v3.DocumentRegistration;
import io.hdx.codec.v3.HipCall;
import io.hdx.codec.v3.HipSoap;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.Interaction;
import io.hdx.codec.v3.MessageHeader;
import io.hdx.codec.v3.OrganizationQuery;
import io.hdx.codec.v3.OrganizationQueryResponse;
import io.hdx.codec.v3.OrganizationRecord;
import io.hdx.codec.v3.OrganizationRegistration;
import io.hdx.codec.v3.PatientMerge;
import io.hdx.codec.v3.PatientQuery;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.PatientRegistration;
import io.hdx.codec.v3.ProviderQuery;
import io.hdx.codec.v3.ProviderQueryResponse;
import io.hdx.codec.v3.ProviderRecord;
import io.hdx.codec.v3.ProviderRegistration;
import io.hdx.codec.v3.QueryResponseCode;
import io.hdx.codec.v3.SoapVersion;
import io.hdx.codec.v3.TerminologyQuery;
import io.hdx.codec.v3.TerminologyQueryResponse;
import io.hdx.codec.v3.TerminologyRegistration;
import io.hdx.codec.v3.V3Decoder;
import io.hdx.codec.v3.V3Encoder;
import io.hdx.codec.v3.V3Message;
import io.hdx.codec.v3.ValueSetRecord;
import io.hdx.codec.validate.DocumentValidator;
import io.hdx.codec.validate.Severity;
import io.hdx.codec.validate.ValidationIssue;
import io.hdx.codec.validate.ValidationReport;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.valueset.Membership;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import io.hdx.security.CryptoException;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.testkit.AuditRecord;
import io.hdx.testkit.FaultPlan;
import io.hdx.testkit.MessageSignatureCheck;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated platform does with one HTTP request body: unwraps SOAP (any spelling) or takes plain V3 XML,
 * checks the message strictly, answers a repeated message id from the message log, applies registrations to the
 * patient master index, answers queries, logs every call to the audit table, and injects the faults of its
 * {@link FaultPlan}. Messages that cannot be read or are not for this platform are rejected (AR); messages that
 * are read but whose content is wrong get AE; every detail text names a rule and an XPath, never a value.
 *
 * <p>Thread safety: safe; each request uses its own database connection and transaction.
 */
public final class HipService {
  /** An answer: HTTP status, content type, body; or a connection to drop without answering. */
  public static final class Reply {
    public final int status;
    public final String contentType;
    public final byte[] body;
    public final boolean drop;
    /** The {@link io.hdx.codec.v3.MessageSignatures#HEADER} value of the answer, or null when not signed. */
    public final String signature;

    Reply(int status, String contentType, byte[] body, boolean drop) {
      this(status, contentType, body, drop, null);
    }

    Reply(int status, String contentType, byte[] body, boolean drop, String signature) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
      this.drop = drop;
      this.signature = signature;
    }
  }

  /** The settings the service runs with. */
  public static final class Settings {
    public String platformSystemId = "PLATFORM";
    public String expectedReceiver;
    public Map<Interaction, Set<String>> actions;
    public String queryResponseInteractionId = Interaction.PRPA_IN201306UV02.id();
    public String platformIdRoot = PatientRecord.LOCAL_ID_ROOT;
    public String documentListResponseInteractionId = Interaction.RCMR_IN000030UV01.id();
    public String documentRetrieveResponseInteractionId = Interaction.RCMR_IN000032UV01.id();
    public String providerQueryResponseInteractionId = Interaction.PRPM_IN306011UV01.id();
    public String organizationQueryResponseInteractionId = Interaction.PRPM_IN406110UV01.id();
    public String terminologyQueryResponseInteractionId = Interaction.PRVS_IN000004UV01.id();
    public V3Encoder encoder = V3Encoder.create();
    public FaultPlan faults = FaultPlan.none();
    public Clock clock = Clock.systemDefaultZone();
    public MessageSignatureCheck signatureCheck = MessageSignatureCheck.OFF;
    /** Verifiers by sender system id (the device id's extension, else its root). */
    public Map<String, Sm2Verifier> signers = new HashMap<>();
    /** Signs every V3 answer (MessageSignatures), or null: answers unsigned. */
    public Sm2Signer answerSigner;
  }

  private static final int MAX_RETRIES = 25;

  private final Database db;
  private final Settings settings;
  private final V3Decoder decoder = V3Decoder.create();
  /** Writes the registry records kept in the database (one style, whatever the answers use). */
  private final V3Encoder store = V3Encoder.create();
  private final HipSoap soap = HipSoap.create();
  private final ValueSetRegistry valueSets = ValueSetRegistry.standard();
  private final DocumentValidator validator = DocumentValidator.create();
  private final Random random = new Random();
  private final AtomicLong auditSequence;

  public HipService(Database db, Settings settings) {
    this.db = db;
    this.settings = settings;
    this.auditSequence = new AtomicLong(maxAuditSequence());
  }

  private long maxAuditSequence() {
    try {
      Connection c = db.borrow();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM hdx_audit")) {
        long max = rs.next() ? rs.getLong(1) : 0;
        c.commit();
        return max;
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      throw new io.hdx.model.HdxException("SIM-0001", "audit log unreadable (SQLState " + e.getSQLState() + ")");
    }
  }

  /**
   * Handles one request body.
   *
   * @param signature the {@link io.hdx.codec.v3.MessageSignatures#HEADER} request header, or null
   */
  public Reply handle(byte[] body, String signature) {
    FaultPlan f = settings.faults;
    if (f.latencyShare() > 0 && random.nextDouble() < f.latencyShare()) {
      sleep(f.latency().toMillis());
    }
    if (f.serverErrorShare() > 0 && random.nextDouble() < f.serverErrorShare()) {
      auditQuietly("", "", "", Collections.<String>emptyList(), "FAULT", "SIM-0901");
      return new Reply(503, "text/plain; charset=utf-8", "injected fault: 503".getBytes(StandardCharsets.UTF_8), false);
    }
    HipCall call = null;
    byte[] message = body;
    String action = null;
    if (looksLikeSoap(body)) {
      try {
        call = soap.parseRequest(body);
      } catch (CodecException e) {
        auditQuietly("", "", "", Collections.<String>emptyList(), "AR", e.errorCode());
        SoapVersion v = new String(body, StandardCharsets.UTF_8).contains(SoapVersion.SOAP_12.namespace())
            ? SoapVersion.SOAP_12 : SoapVersion.SOAP_11;
        return new Reply(400, v.contentType(), soap.fault(v, v == SoapVersion.SOAP_11 ? "Client" : "Sender",
            e.getMessage()), false);
      }
      message = call.message();
      action = call.action();
    }
    Outcome o = process(message, action, signature);
    byte[] out = call == null ? o.response : soap.response(call, o.response);
    if (o.applied && f.dropShare() > 0 && random.nextDouble() < f.dropShare()) {
      return new Reply(0, "", new byte[0], true);
    }
    String type = call == null ? "application/xml; charset=utf-8" : call.version().contentType();
    return new Reply(200, type, out, false, settings.answerSigner == null ? null : sign(o.response));
  }

  /**
   * The answer's signature as the client's is made (io.hdx.codec.v3.MessageSignatures: SM2 with SM3, GB/T
   * 32918.2-2016, DER, Base64) over the V3 answer, so a client can tell the platform's answer from a changed one.
   */
  private String sign(byte[] v3) {
    Sm2Signer signer = settings.answerSigner;
    byte[] sig = signer.sign(io.hdx.codec.v3.MessageSignatures.signedContent(v3));
    if (signer.encoding() != SignatureEncoding.DER) {
      sig = signer.encoding().convert(sig, SignatureEncoding.DER);
    }
    return Base64.getEncoder().encodeToString(sig);
  }

  private static boolean looksLikeSoap(byte[] body) {
    int n = Math.min(body.length, 600);
    String head = new String(body, 0, n, StandardCharsets.UTF_8);
    return head.contains("Envelope") && (head.contains(SoapVersion.SOAP_11.namespace())
        || head.contains(SoapVersion.SOAP_12.namespace()));
  }

  /** The answer to one V3 message. */
  private static final class Outcome {
    final byte[] response;
    final boolean applied;

    Outcome(byte[] response, boolean applied) {
      this.response = response;
      this.applied = applied;
    }
  }

  private Outcome process(byte[] message, String action, String signature) {
    // one parse for a good message: the whole message, its header from it; only when that fails is the header
    // read alone, to tell a message that cannot be read (AR) from one whose content is wrong (AE, from apply)
    MessageHeader h;
    Decoded d;
    try {
      V3Message m = decoder.decode(message);
      d = new Decoded(m, null);
      h = m.header();
    } catch (CodecException full) {
      d = new Decoded(null, full);
      try {
        h = decoder.decodeHeader(message);
      } catch (CodecException e) {
        auditQuietly("", "", "", Collections.<String>emptyList(), "AR", e.errorCode());
        return new Outcome(ack(null, AckCode.AR, Identifier.of(MessageHeader.MESSAGE_ID_ROOT, null), e.getMessage()),
            false);
      }
    }
    String sender = h.sender().extensionOrEmpty().isEmpty() ? h.sender().root() : h.sender().extensionOrEmpty();
    String messageKey = h.messageId().root() + "^" + h.messageId().extensionOrEmpty();
    String reject = signatureProblem(h, sender, message, signature);
    if (reject == null) {
      reject = wrapperProblem(h, action);
    }
    if (reject != null) {
      auditQuietly(sender, h.interactionId(), messageKey, Collections.<String>emptyList(), "AR", reject.substring(0, 8));
      return new Outcome(ack(h, AckCode.AR, h.messageId(), reject), false);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction(message, d, h, sender, messageKey);
      } catch (SQLException e) {
        boolean conflict = e.getSQLState() != null && (e.getSQLState().startsWith("23")
            || e.getSQLState().startsWith("40") || "HYT00".equals(e.getSQLState()));
        if (!conflict || attempt >= MAX_RETRIES) {
          auditQuietly(sender, h.interactionId(), messageKey, Collections.<String>emptyList(), "AE", "SIM-0002");
          return new Outcome(ack(h, AckCode.AE, h.messageId(),
              "SIM-0002 the platform's database failed (SQLState " + e.getSQLState() + "); send again"), false);
        }
        // concurrent registrations of one person collide on its ids; back off a little, randomly, and redo
        sleep(1 + random.nextInt(Math.min(50, 2 * attempt)));
      }
    }
  }

  /**
   * Why the message's SM2 signature (io.hdx.codec.v3.MessageSignatures: GB/T 32918.2-2016 over the V3 bytes) is
   * not acceptable under the configured check; null when it is. The detail names the rule, never a value.
   */
  private String signatureProblem(MessageHeader h, String sender, byte[] message, String signature) {
    MessageSignatureCheck check = settings.signatureCheck;
    if (check == MessageSignatureCheck.OFF || (signature == null && check == MessageSignatureCheck.OPTIONAL)) {
      return null;
    }
    String where = "/" + h.interactionId() + " HTTP header " + io.hdx.codec.v3.MessageSignatures.HEADER;
    if (signature == null) {
      return "SIM-0021 " + where + ": SM2 message signature required, missing";
    }
    Sm2Verifier verifier = settings.signers.get(sender);
    if (verifier == null) {
      return "SIM-0022 " + where + ": no SM2 public key trusted for the sender's system id; message refused";
    }
    byte[] sig;
    try {
      sig = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException e) {
      return "SIM-0023 " + where + ": not Base64 (RFC 4648 §4)";
    }
    try {
      verifier.verify(io.hdx.codec.v3.MessageSignatures.signedContent(message), sig);
      return null;
    } catch (CryptoException e) {
      return "SIM-0024 " + where + ": SM2 signature does not verify (GB/T 32918.2-2016 §7): message changed or not"
          + " signed by the sender's key; refused";
    }
  }

  /** AR reasons that concern the message as a whole; null when the wrapper is acceptable. */
  private String wrapperProblem(MessageHeader h, String action) {
    Interaction i = h.interaction().orElse(null);
    if (i == null || !i.isRequest()) {
      return "V3-0011 /" + h.interactionId() + "/interactionId/@extension: interaction not served by this platform";
    }
    if (action != null && !action.equals(i.id()) && !settings.actions.getOrDefault(i, Collections.<String>emptySet())
        .contains(action)) {
      return "SIM-0011 HIPMessageServer action does not name interaction " + i.id() + " (expected one of "
          + settings.actions.getOrDefault(i, Collections.<String>emptySet()) + ")";
    }
    if (h.creationTime().precision().compareTo(PointInTime.Precision.SECOND) < 0) {
      return "SIM-0012 /" + h.interactionId() + "/creationTime/@value: precision to the second required (yyyyMMddHHmmss)";
    }
    if (settings.expectedReceiver != null && !settings.expectedReceiver.equals(h.receiver().extensionOrEmpty())) {
      return "SIM-0013 /" + h.interactionId() + "/receiver/device/id: not this platform's system id";
    }
    if (h.messageId().extensionOrEmpty().isEmpty() && h.messageId().root().indexOf('-') < 0) {
      return "SIM-0014 /" + h.interactionId() + "/id/@extension: message id (消息流水号) required, missing";
    }
    return null;
  }

  /** The message as decoded, or why it could not be. */
  private static final class Decoded {
    final V3Message message;
    final CodecException failure;

    Decoded(V3Message message, CodecException failure) {
      this.message = message;
      this.failure = failure;
    }
  }

  private Outcome transaction(byte[] message, Decoded d, MessageHeader h, String sender, String messageKey)
      throws SQLException {
    Connection c = db.borrow();
    try {
      String stored = storedResponse(c, sender, messageKey);
      if (stored != null) {
        audit(c, sender, h.interactionId(), messageKey, Collections.<String>emptyList(), "DUPLICATE", "SIM-0003");
        c.commit();
        return new Outcome(stored.getBytes(StandardCharsets.UTF_8), false);
      }
      // injected AE/AR: after the duplicate check (a repeat is answered from the log), before applying
      FaultPlan f = settings.faults;
      if (f.errorAckShare() > 0 && random.nextDouble() < f.errorAckShare()) {
        audit(c, sender, h.interactionId(), messageKey, Collections.<String>emptyList(), "AE", "SIM-0902");
        c.commit();
        return new Outcome(ack(h, AckCode.AE, h.messageId(), "SIM-0902 injected fault: application error"), false);
      }
      if (f.rejectAckShare() > 0 && random.nextDouble() < f.rejectAckShare()) {
        audit(c, sender, h.interactionId(), messageKey, Collections.<String>emptyList(), "AR", "SIM-0903");
        c.commit();
        return new Outcome(ack(h, AckCode.AR, h.messageId(), "SIM-0903 injected fault: rejected"), false);
      }
      Result r = apply(c, message, d, h, sender);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO hdx_message (sender, message_id, interaction,"
          + " received_at, ack_code, response) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setString(1, sender);
        s.setString(2, messageKey);
        s.setString(3, h.interactionId());
        s.setTimestamp(4, Timestamp.from(settings.clock.instant()));
        s.setString(5, r.code.name());
        s.setString(6, new String(r.response, StandardCharsets.UTF_8));
        s.executeUpdate();
      }
      audit(c, sender, h.interactionId(), messageKey, r.targets, r.code.name(), r.detailCode);
      c.commit();
      return new Outcome(r.response, true);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      db.release(c);
    }
  }

  private static final class Result {
    final AckCode code;
    final byte[] response;
    final List<String> targets;
    final String detailCode;

    Result(AckCode code, byte[] response, List<String> targets, String detailCode) {
      this.code = code;
      this.response = response;
      this.targets = targets;
      this.detailCode = detailCode;
    }
  }

  private Result apply(Connection c, byte[] message, Decoded d, MessageHeader h, String sender) throws SQLException {
    if (d.failure != null) {
      String text = d.failure.getMessage();
      return error(h, d.failure.errorCode(), text);
    }
    V3Message m = d.message;
    if (m instanceof PatientRegistration) {
      PatientRegistration r = (PatientRegistration) m;
      String problem = registrationProblem(r);
      if (problem != null) {
        return error(h, problem.substring(0, 8), problem);
      }
      boolean update = h.interaction().get() == Interaction.PRPA_IN201314UV02;
      try {
        PatientIndex.Applied a = PatientIndex.register(c, sender, r.patient(), message, update,
            settings.clock.instant());
        String detail = (update ? "更新成功 updated" : a.created ? "注册成功 registered" : "注册成功 registered again")
            + " platform id " + a.platformId;
        return new Result(AckCode.AA, ack(h, AckCode.AA, h.messageId(), detail),
            Collections.singletonList(a.platformId), "");
      } catch (PatientIndex.Refused e) {
        c.rollback();
        return error(h, e.code, e.code + " " + e.getMessage());
      }
    }
    if (m instanceof PatientQuery) {
      return query(c, (PatientQuery) m, sender);
    }
    if (m instanceof ProviderRegistration) {
      return registerProvider(c, (ProviderRegistration) m, sender);
    }
    if (m instanceof OrganizationRegistration) {
      return registerOrganization(c, (OrganizationRegistration) m, sender);
    }
    if (m instanceof TerminologyRegistration) {
      return registerTerminology(c, (TerminologyRegistration) m, sender);
    }
    if (m instanceof ProviderQuery) {
      return queryProviders(c, (ProviderQuery) m);
    }
    if (m instanceof OrganizationQuery) {
      return queryOrganizations(c, (OrganizationQuery) m);
    }
    if (m instanceof TerminologyQuery) {
      return queryTerminology(c, (TerminologyQuery) m);
    }
    try {
      if (m instanceof PatientMerge) {
        PatientMerge merge = (PatientMerge) m;
        String keep = PatientIndex.merge(c, sender, merge.survivor(), merge.mergedIds(), settings.clock.instant());
        return new Result(AckCode.AA, ack(h, AckCode.AA, h.messageId(), "合并成功 merged into platform id " + keep),
            Collections.singletonList(keep), "");
      }
      if (m instanceof DocumentRegistration) {
        return registerDocument(c, (DocumentRegistration) m, message, sender);
      }
      if (m instanceof DocumentQuery) {
        return queryDocuments(c, (DocumentQuery) m, sender);
      }
    } catch (PatientIndex.Refused e) {
      c.rollback();
      return error(h, e.code, e.code + " " + e.getMessage());
    }
    return error(h, "V3-0011", "V3-0011 /" + h.interactionId() + ": interaction not served by this platform");
  }

  private Result registerDocument(Connection c, DocumentRegistration r, byte[] message, String sender)
      throws SQLException, PatientIndex.Refused {
    MessageHeader h = r.header();
    DocumentEntry d = r.document();
    String base = "/" + h.interactionId() + "/controlActProcess/subject/clinicalDocument";
    if (!d.content().isPresent()) {
      return error(h, "SIM-0301", "SIM-0301 " + base + "/storageCode/originalText/@value: the CDA document (base64)"
          + " required, missing");
    }
    String problem = cdaProblem(base + "/storageCode/originalText", d);
    if (problem != null) {
      return error(h, problem.substring(0, 8), problem);
    }
    String pid = PatientIndex.resolve(c, sender, d.patientIds(), d.personIds());
    if (pid == null) {
      return error(h, "SIM-0304", "SIM-0304 " + base + "/recordTarget/patient/id: no registered patient has these"
          + " ids; register the patient first");
    }
    DocumentStore.register(c, sender, pid, d, message, settings.clock.instant());
    return new Result(AckCode.AA, ack(h, AckCode.AA, h.messageId(), "注册成功 document registered"),
        Collections.singletonList(pid), "");
  }

  /** The CDA inside must validate (the codec's DocumentValidator) and be of the type the message says. */
  private String cdaProblem(String xpath, DocumentEntry d) {
    ValidationReport report;
    try {
      report = validator.validate(d.content().get());
    } catch (io.hdx.model.HdxException e) {
      return "SIM-0302 " + xpath + ": the CDA document cannot be read (" + e.getMessage() + ")";
    }
    if (!report.isValid()) {
      ValidationIssue first = null;
      for (ValidationIssue i : report.issues()) {
        if (i.severity() == Severity.ERROR) {
          first = i;
          break;
        }
      }
      return "SIM-0302 " + xpath + ": the CDA document is invalid (" + report.count(Severity.ERROR) + " errors"
          + (first == null ? ")" : "; first: " + first.ruleId() + " " + first.xpath() + " " + first.message() + ")");
    }
    if (report.documentCode().isPresent() && !report.documentCode().get().equals(d.type().code())) {
      return "SIM-0303 " + xpath + ": the CDA document is a " + report.documentCode().get() + ", the message says "
          + d.type().code();
    }
    return null;
  }

  private Result queryDocuments(Connection c, DocumentQuery q, String sender)
      throws SQLException, PatientIndex.Refused {
    MessageHeader h = q.header();
    boolean retrieve = h.interaction().get() == Interaction.RCMR_IN000031UV01;
    if (retrieve && !q.documentId().isPresent()) {
      return error(h, "SIM-0306", "SIM-0306 /" + h.interactionId()
          + "/controlActProcess/queryByParameter/clinicalDocument.id: required to retrieve a document, missing");
    }
    List<String> pids = new ArrayList<>();
    List<DocumentEntry> found = new ArrayList<>();
    String pid = null;
    boolean unknownPatient = false;
    if (!q.patientIds().isEmpty()) {
      pid = PatientIndex.resolve(c, sender, q.patientIds(), q.patientIds());
      unknownPatient = pid == null;
    }
    if (!unknownPatient) {
      for (byte[] record : DocumentStore.find(c, pid, q, retrieve ? 1 : 100)) {
        DocumentEntry d = decoder.decode(record, DocumentRegistration.class).document();
        found.add(retrieve ? d : d.toBuilder().content(null).build());
      }
      if (pid != null) {
        pids.add(pid);
      }
    }
    MessageHeader rh = responseHeader(h, retrieve ? settings.documentRetrieveResponseInteractionId
        : settings.documentListResponseInteractionId);
    DocumentQueryResponse r = DocumentQueryResponse.of(rh, AckCode.AA, h.messageId(),
        found.isEmpty() ? "未找到 no document matches" : "查询成功 " + found.size() + " found", q.queryId(),
        found.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, found);
    return new Result(AckCode.AA, settings.encoder.encode(r), pids, "");
  }

  // ---- provider, organization and terminology registries ----

  /** AE unless every id has an extension (the registry's key). */
  private static String idsProblem(String xpath, List<Identifier> ids, String code) {
    for (Identifier id : ids) {
      if (id.extensionOrEmpty().trim().isEmpty()) {
        return code + " " + xpath + "/@extension: required, missing (the id the registry keys on)";
      }
    }
    return null;
  }

  private Result accepted(MessageHeader h, String detail, List<String> targets) {
    return new Result(AckCode.AA, ack(h, AckCode.AA, h.messageId(), detail), targets, "");
  }

  private Result registerProvider(Connection c, ProviderRegistration r, String sender) throws SQLException {
    MessageHeader h = r.header();
    boolean update = h.interaction().get() == Interaction.PRPM_IN303010UV01;
    String base = "/" + h.interactionId() + "/controlActProcess/subject/registrationRequest/subject1/healthCareProvider";
    ProviderRecord p = r.provider();
    String bad = idsProblem(base + "/id", p.ids(), "SIM-0301");
    if (bad == null && !p.name().isPresent()) {
      // PRPM_MT301010UV01.PrincipalPerson: name 1..1 (schemas-v3); H0401 writes it
      bad = "SIM-0302 " + base + "/healthCarePrincipalPerson/name: required, missing";
    }
    bad = bad != null ? bad : codeProblem(base + "/healthCarePrincipalPerson/administrativeGenderCode",
        p.gender().orElse(null));
    if (bad == null && p.birthTime().isPresent() && p.birthTime().get().start().isAfter(h.creationTime().start())) {
      bad = "SIM-0104 " + base + "/healthCarePrincipalPerson/birthTime/@value: after the message's creation time";
    }
    if (bad != null) {
      return error(h, bad.substring(0, 8), bad);
    }
    String key = Registries.lookup(c, Registries.PROVIDER, p.ids());
    if (key != null && !update) {
      return error(h, "SIM-0303", "SIM-0303 " + base + "/id: provider already registered; send "
          + Interaction.PRPM_IN303010UV01.id() + " (ProviderInfoUpdate) to change it");
    }
    if (key == null && update) {
      return error(h, "SIM-0304", "SIM-0304 " + base + "/id: update of a provider the platform does not know");
    }
    if (key == null) {
      key = p.ids().get(0).root() + "^" + p.ids().get(0).extensionOrEmpty();
    }
    int version = Registries.put(c, Registries.PROVIDER, key, p.name().get(), p.ids(), store.encode(r), sender,
        settings.clock.instant());
    return accepted(h, (update ? "更新成功 updated" : "注册成功 registered") + " provider, version " + version,
        Collections.singletonList(key));
  }

  private Result registerOrganization(Connection c, OrganizationRegistration r, String sender) throws SQLException {
    MessageHeader h = r.header();
    boolean update = h.interaction().get() == Interaction.PRPM_IN403010UV01;
    String base = "/" + h.interactionId() + "/controlActProcess/subject/registrationRequest/subject1/assignedEntity";
    OrganizationRecord o = r.organization();
    String bad = idsProblem(base + "/id", o.ids(), "SIM-0311");
    if (bad == null && !o.name().isPresent() && !o.roleName().isPresent()) {
      bad = "SIM-0312 " + base + "/assignedPrincipalOrganization/name: required, missing (nor a role name)";
    }
    if (bad == null && o.parent().isPresent() && o.ids().contains(o.parent().get())) {
      bad = "SIM-0315 " + base + "/assignedPrincipalOrganization/asAffiliate/scoper2/id: an organization cannot be"
          + " its own parent";
    }
    if (bad != null) {
      return error(h, bad.substring(0, 8), bad);
    }
    String key = Registries.lookup(c, Registries.ORGANIZATION, o.ids());
    if (key != null && !update) {
      return error(h, "SIM-0313", "SIM-0313 " + base + "/id: organization already registered; send "
          + Interaction.PRPM_IN403010UV01.id() + " (OrganizationInfoUpdate) to change it");
    }
    if (key == null && update) {
      return error(h, "SIM-0314", "SIM-0314 " + base + "/id: update of an organization the platform does not know");
    }
    if (key == null) {
      key = o.ids().get(0).root() + "^" + o.ids().get(0).extensionOrEmpty();
    }
    int version = Registries.put(c, Registries.ORGANIZATION, key, o.name().orElse(o.roleName().orElse(null)),
        o.ids(), store.encode(r), sender, settings.clock.instant());
    return accepted(h, (update ? "更新成功 updated" : "注册成功 registered") + " organization, version " + version,
        Collections.singletonList(key));
  }

  private Result registerTerminology(Connection c, TerminologyRegistration r, String sender) throws SQLException {
    MessageHeader h = r.header();
    boolean update = h.interaction().get() == Interaction.PRVS_IN000002UV01;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < r.valueSets().size(); i++) {
      ValueSetRecord v = r.valueSets().get(i);
      String base = "/" + h.interactionId() + "/controlActProcess/subject/registrationRequest/subject1[" + (i + 1)
          + "]/valueSet";
      Set<String> codes = new java.util.HashSet<>();
      for (ValueSetRecord.Item item : v.items()) {
        if (!codes.add(item.code())) {
          c.rollback();
          return error(h, "SIM-0321", "SIM-0321 " + base + "/valueSetItems/code/@code: the same item code twice");
        }
      }
      String key = v.id() + "^" + v.version().orElse("");
      boolean known = Registries.exists(c, Registries.VALUE_SET, key);
      if (known && !update) {
        c.rollback();
        return error(h, "SIM-0323", "SIM-0323 " + base + "/id: value set version already registered; send "
            + Interaction.PRVS_IN000002UV01.id() + " (TerminologyUpdate) or a new version");
      }
      if (update && !known && Registries.find(c, Registries.VALUE_SET, Collections.<Identifier>emptyList(), null,
          v.id() + "^", 1).isEmpty()) {
        c.rollback();
        return error(h, "SIM-0324", "SIM-0324 " + base + "/id: update of a value set the platform does not know");
      }
      TerminologyRegistration one = TerminologyRegistration.of(h, Collections.singletonList(v),
          r.authorId().orElse(null), r.authorName().orElse(null));
      Registries.put(c, Registries.VALUE_SET, key, v.id(), Collections.<Identifier>emptyList(), store.encode(one),
          sender, settings.clock.instant());
      keys.add(key);
    }
    return accepted(h, (update ? "更新成功 updated " : "注册成功 registered ") + keys.size() + " value set(s)", keys);
  }

  private Result queryProviders(Connection c, ProviderQuery q) throws SQLException {
    List<ProviderRecord> found = new ArrayList<>();
    for (byte[] record : Registries.find(c, Registries.PROVIDER, q.providerIds(), q.name().orElse(null), null,
        100)) {
      ProviderRecord p = decoder.decode(record, ProviderRegistration.class).provider();
      if (q.gender().isPresent() && !(p.gender().isPresent()
          && p.gender().get().code().equals(q.gender().get().code()))) {
        continue;
      }
      if (q.name().isPresent() && !q.name().equals(p.name())) {
        continue;
      }
      found.add(p);
    }
    // a provider id or a person id may be asked for (H0403); person ids are not in the id table, match them here
    if (found.isEmpty() && !q.providerIds().isEmpty() && !q.name().isPresent()) {
      found.addAll(providersByPersonId(c, q));
    }
    ProviderQueryResponse r = ProviderQueryResponse.of(responseHeader(q.header(),
        settings.providerQueryResponseInteractionId), AckCode.AA, q.header().messageId(),
        found.isEmpty() ? "未找到 no provider matches" : "查询成功 " + found.size() + " found", q.queryId(),
        found.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, found);
    return new Result(AckCode.AA, settings.encoder.encode(r), Collections.<String>emptyList(), "");
  }

  private List<ProviderRecord> providersByPersonId(Connection c, ProviderQuery q) throws SQLException {
    List<ProviderRecord> out = new ArrayList<>();
    for (byte[] record : Registries.find(c, Registries.PROVIDER, Collections.<Identifier>emptyList(), null, "", 100)) {
      ProviderRecord p = decoder.decode(record, ProviderRegistration.class).provider();
      for (Identifier id : q.providerIds()) {
        if (p.personIds().contains(id)) {
          out.add(p);
          break;
        }
      }
    }
    return out;
  }

  private Result queryOrganizations(Connection c, OrganizationQuery q) throws SQLException {
    List<OrganizationRecord> found = new ArrayList<>();
    for (byte[] record : Registries.find(c, Registries.ORGANIZATION, q.organizationIds(), q.name().orElse(null), null,
        100)) {
      OrganizationRecord o = decoder.decode(record, OrganizationRegistration.class).organization();
      if (q.name().isPresent() && !q.name().equals(o.name()) && !q.name().equals(o.roleName())) {
        continue;
      }
      found.add(o);
    }
    OrganizationQueryResponse r = OrganizationQueryResponse.of(responseHeader(q.header(),
        settings.organizationQueryResponseInteractionId), AckCode.AA, q.header().messageId(),
        found.isEmpty() ? "未找到 no organization matches" : "查询成功 " + found.size() + " found", q.queryId(),
        found.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, found);
    return new Result(AckCode.AA, settings.encoder.encode(r), Collections.<String>emptyList(), "");
  }

  private Result queryTerminology(Connection c, TerminologyQuery q) throws SQLException {
    List<ValueSetRecord> found = new ArrayList<>();
    for (byte[] record : Registries.find(c, Registries.VALUE_SET, Collections.<Identifier>emptyList(), null,
        q.valueSetId().get() + "^", 100)) {
      ValueSetRecord v = decoder.decode(record, TerminologyRegistration.class).valueSets().get(0);
      if (q.version().isPresent() && !q.version().equals(v.version())) {
        continue;
      }
      if (q.itemCode().isPresent()) {
        ValueSetRecord.Builder b = ValueSetRecord.builder(v.id()).description(v.description().orElse(null))
            .status(v.status().orElse(null)).version(v.version().orElse(null))
            .versionName(v.versionName().orElse(null));
        boolean any = false;
        for (ValueSetRecord.Item item : v.items()) {
          if (item.code().equals(q.itemCode().get())) {
            b.addItem(item);
            any = true;
          }
        }
        if (!any) {
          continue;
        }
        v = b.build();
      }
      found.add(v);
    }
    TerminologyQueryResponse r = TerminologyQueryResponse.of(responseHeader(q.header(),
        settings.terminologyQueryResponseInteractionId), AckCode.AA, q.header().messageId(),
        found.isEmpty() ? "未找到 no value set matches" : "查询成功 " + found.size() + " found", q.queryId(),
        found.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, found);
    return new Result(AckCode.AA, settings.encoder.encode(r), Collections.<String>emptyList(), "");
  }

  /** How many times the provider known by {@code id} was written (registered or updated), or 0. */
  public int providerVersion(Identifier id) {
    return registryVersion(Registries.PROVIDER, id, null);
  }

  /** How many times the organization known by {@code id} was written, or 0. */
  public int organizationVersion(Identifier id) {
    return registryVersion(Registries.ORGANIZATION, id, null);
  }

  /** How many times the value set {@code id} version {@code version} ("" for none) was written, or 0. */
  public int valueSetVersion(String id, String version) {
    return registryVersion(Registries.VALUE_SET, null, id + "^" + version);
  }

  private int registryVersion(String kind, Identifier id, String key) {
    try {
      Connection c = db.borrow();
      try {
        String k = key != null ? key : Registries.lookup(c, kind, Collections.singletonList(id));
        int v = k == null ? 0 : Registries.version(c, kind, k);
        c.commit();
        return v;
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      throw new io.hdx.model.HdxException("SIM-0001", "registry unreadable (SQLState " + e.getSQLState() + ")");
    }
  }

  private Result error(MessageHeader h, String code, String detail) {
    return new Result(AckCode.AE, ack(h, AckCode.AE, h.messageId(), detail), Collections.<String>emptyList(), code);
  }

  /** Content rules of a registration beyond what the decoder checks; null when it is acceptable. */
  private String registrationProblem(PatientRegistration r) {
    String base = "/" + r.header().interactionId() + "/controlActProcess/subject/registrationRequest/subject1/patient";
    PatientRecord p = r.patient();
    if (p.ids().isEmpty()) {
      return "SIM-0101 " + base + "/id: at least one local patient id (本地系统的患者ID) required, missing";
    }
    if (!p.name().isPresent()) {
      return "SIM-0102 " + base + "/patientPerson/name: required, missing";
    }
    String bad = codeProblem(base + "/patientPerson/administrativeGenderCode", p.gender().orElse(null));
    bad = bad != null ? bad : codeProblem(base + "/patientPerson/maritalStatusCode", p.maritalStatus().orElse(null));
    bad = bad != null ? bad : codeProblem(base + "/patientPerson/ethnicGroupCode", p.ethnicGroup().orElse(null));
    bad = bad != null ? bad : codeProblem(base + "/patientPerson/idCategory", p.idCategory().orElse(null));
    if (bad != null) {
      return bad;
    }
    if (p.birthTime().isPresent() && p.birthTime().get().start().isAfter(r.header().creationTime().start())) {
      return "SIM-0104 " + base + "/patientPerson/birthTime/@value: after the message's creation time";
    }
    return null;
  }

  /** A code of a value set HDX knows completely must be in it (ValueSetRegistry, e.g. GB/T 2261.1 sex). */
  private String codeProblem(String xpath, Code code) {
    if (code == null) {
      return null;
    }
    ValueSet set = valueSets.findByOid(code.codeSystem()).orElse(null);
    if (set != null && set.membership(code.code()) == Membership.NOT_MEMBER) {
      return "SIM-0103 " + xpath + "/@code: not in value set " + set.oid() + " (" + set.name() + ")";
    }
    return null;
  }

  private Result query(Connection c, PatientQuery q, String sender) throws SQLException {
    int limit = Math.max(1, Math.min(q.initialQuantity().orElse(100), 100));
    List<String> pids = PatientIndex.find(c, sender, q, limit);
    List<PatientRecord> patients = new ArrayList<>();
    for (String pid : pids) {
      byte[] record = PatientIndex.record(c, pid);
      PatientRecord stored = decoder.decode(record, PatientRegistration.class).patient();
      List<Identifier> ids = new ArrayList<>();
      ids.add(Identifier.of(settings.platformIdRoot, pid));
      ids.addAll(PatientIndex.localIds(c, sender, pid));
      // person ids: every id cross-referenced to the patient, from any system
      patients.add(stored.toBuilder().ids(ids).personIds(PatientIndex.personIds(c, pid)).build());
    }
    MessageHeader rh = responseHeader(q.header(), settings.queryResponseInteractionId);
    PatientQueryResponse r = PatientQueryResponse.of(rh, AckCode.AA, q.header().messageId(),
        patients.isEmpty() ? "未找到 no patient matches" : "查询成功 " + patients.size() + " found", q.queryId(),
        patients.isEmpty() ? QueryResponseCode.NF : QueryResponseCode.OK, patients);
    return new Result(AckCode.AA, settings.encoder.encode(r), pids, "");
  }

  private MessageHeader responseHeader(MessageHeader request, String interactionId) {
    MessageHeader.Builder b = MessageHeader.builder()
        .messageId(Identifier.of(MessageHeader.MESSAGE_ID_ROOT, UUID.randomUUID().toString()))
        .creationTime(PointInTime.of(LocalDateTime.now(settings.clock)))
        .interactionId(interactionId)
        .acceptAckCode(AcceptAckCode.NE)
        .sender(Identifier.of(MessageHeader.DEVICE_ID_ROOT, settings.platformSystemId));
    if (request != null) {
      b.processingCode(request.processingCode()).receiver(request.sender());
    } else {
      b.receiver(Identifier.of(MessageHeader.DEVICE_ID_ROOT, "UNKNOWN"));
    }
    return b.build();
  }

  private byte[] ack(MessageHeader request, AckCode code, Identifier target, String detail) {
    return settings.encoder.encode(Acknowledgement.of(
        responseHeader(request, Interaction.MCCI_IN000002UV01.id()), code, target, detail));
  }

  private static String storedResponse(Connection c, String sender, String messageKey) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT response FROM hdx_message WHERE sender = ? AND message_id = ?")) {
      s.setString(1, sender);
      s.setString(2, messageKey);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void audit(Connection c, String sender, String interaction, String messageId, List<String> targets,
      String outcome, String detailCode) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO hdx_audit (seq, at_time, sender, interaction,"
        + " message_id, target_ids, outcome, detail_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, auditSequence.incrementAndGet());
      s.setTimestamp(2, Timestamp.from(settings.clock.instant()));
      s.setString(3, clip(sender, 200));
      s.setString(4, clip(interaction, 40));
      s.setString(5, clip(messageId, 400));
      s.setString(6, clip(String.join(",", targets), 2000));
      s.setString(7, outcome);
      s.setString(8, clip(detailCode, 40));
      s.executeUpdate();
    }
  }

  private void auditQuietly(String sender, String interaction, String messageId, List<String> targets,
      String outcome, String detailCode) {
    try {
      Connection c = db.borrow();
      try {
        audit(c, sender, interaction, messageId, targets, outcome, detailCode);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      // the answer matters more than its audit row; the failure is counted by the missing sequence number
    }
  }

  /** The audit log, oldest first. */
  public List<AuditRecord> auditLog() {
    List<AuditRecord> out = new ArrayList<>();
    try {
      Connection c = db.borrow();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, at_time, sender, interaction,"
          + " message_id, target_ids, outcome, detail_code FROM hdx_audit ORDER BY seq")) {
        while (rs.next()) {
          String t = rs.getString(6);
          out.add(new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
              rs.getString(5), t.isEmpty() ? Collections.<String>emptyList() : java.util.Arrays.asList(t.split(",")),
              rs.getString(7), rs.getString(8)));
        }
        c.commit();
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      throw new io.hdx.model.HdxException("SIM-0001", "audit log unreadable (SQLState " + e.getSQLState() + ")");
    }
    return out;
  }

  /** How many times the patient with this local id of {@code system} was applied (its record version), or 0. */
  public int appliedVersion(String system, Identifier localId) {
    try {
      Connection c = db.borrow();
      try {
        String pid = PatientIndex.lookupLocal(c, system, localId);
        int v = pid == null ? 0 : PatientIndex.version(c, pid);
        c.commit();
        return v;
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      throw new io.hdx.model.HdxException("SIM-0001", "patient index unreadable (SQLState " + e.getSQLState() + ")");
    }
  }

  /** Number of patients in the index. */
  public int patientCount() {
    try {
      Connection c = db.borrow();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hdx_patient")) {
        int n = rs.next() ? rs.getInt(1) : 0;
        c.commit();
        return n;
      } finally {
        db.release(c);
      }
    } catch (SQLException e) {
      throw new io.hdx.model.HdxException("SIM-0001", "patient index unreadable (SQLState " + e.getSQLState() + ")");
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
