package io.hdx.client;

import io.hdx.client.internal.CallLogging;
import io.hdx.client.internal.NoDelaySockets;
import io.hdx.codec.CodecException;
import io.hdx.codec.v3.AckCode;
import io.hdx.codec.v3.Acknowledgement;
import io.hdx.codec.v3.DocumentEntry;
import io.hdx.codec.v3.DocumentQuery;
import io.hdx.codec.v3.DocumentQueryResponse;
import io.hdx.codec.v3.DocumentRegistration;
import io.hdx.codec.v3.HipSoap;
import io.hdx.codec.v3.HipSoapBinding;
import io.hdx.codec.v3.Identifier;
import io.hdx.codec.v3.Interaction;
import io.hdx.codec.v3.MessageHeader;
import io.hdx.codec.v3.MessageSignatures;
import io.hdx.codec.v3.OrganizationQuery;
import io.hdx.codec.v3.OrganizationQueryResponse;
import io.hdx.codec.v3.OrganizationRecord;
import io.hdx.codec.v3.OrganizationRegistration;
import io.hdx.codec.v3.PatientMerge;
import io.hdx.codec.v3.PatientQuery;
import io.hdx.codec.v3.PatientQueryResponse;
import io.hdx.codec.v3.PatientRecord;
import io.hdx.codec.v3.PatientRegistration;
import io.hdx.codec.v3.ProcessingCode;
import io.hdx.codec.v3.ProviderQuery;
import io.hdx.codec.v3.ProviderQueryResponse;
import io.hdx.codec.v3.ProviderRecord;
import io.hdx.codec.v3.ProviderRegistration;
import io.hdx.codec.v3.QueryAnswer;
import io.hdx.codec.v3.SoapVersion;
import io.hdx.codec.v3.TerminologyQuery;
import io.hdx.codec.v3.TerminologyQueryResponse;
import io.hdx.codec.v3.TerminologyRegistration;
import io.hdx.codec.v3.V3Decoder;
import io.hdx.codec.v3.V3Encoder;
import io.hdx.codec.v3.V3Message;
import io.hdx.codec.v3.V3Style;
import io.hdx.codec.v3.ValueSetRecord;
import io.hdx.model.datatype.PointInTime;
import io.hdx.security.sm.SignatureEncoding;
import io.hdx.security.CryptoException;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.SocketFactory;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The regional platform client: typed patient registry calls (register PRPA_IN201311UV02, update PRPA_IN201314UV02,
 * merge PRPA_IN201304UV02, query PRPA_IN201305UV02), provider calls (PRPM_IN301010/303010/306010UV01),
 * organization (department) calls (PRPM_IN401030/403010/406010UV01), terminology calls
 * (PRVS_IN000001/000002/000003UV01) and document calls (register RCMR_IN000002UV02, query
 * RCMR_IN000029UV01, retrieve RCMR_IN000031UV01) sent over the platform's {@code HIPMessageServer(action, message)} SOAP web service in
 * its {@link HipSoapBinding} spelling (the default) or as a plain HTTP POST of the V3 XML; synchronous or
 * asynchronous ({@link CompletableFuture}).
 *
 * <p>Faults: a timeout, a refused or dropped connection and an HTTP 5xx are retried by the {@link RetryPolicy},
 * sending the same bytes with the same message id, so the platform can answer a repeat from its log. AE and AR
 * acknowledgements are not retried; they become {@link PlatformException}s carrying the ack code, the platform's
 * detail text and the target message id. Every call is logged (endpoint, action, status, ms; never a body) and
 * reported to the {@link AuditListener}. With {@link Builder#signWith} each message carries an SM2 signature
 * ({@link MessageSignatures}); with {@link Builder#tls} an {@code https://} endpoint is trusted as configured.
 *
 * <p>Thread safety: immutable and thread-safe. Build one client per platform and share it (its connection pool and
 * threads are shared by all calls); {@link #close()} it when the application stops.
 *
 * <pre>{@code
 * PlatformClient client = PlatformClient.builder().endpoint("http://platform:8080/services/hipMessageServer")
 *     .senderId("HIS-A").receiverId("PLATFORM").build();
 * Acknowledgement ack = client.registerPatient(patient);
 * PatientQueryResponse found = client.queryPatients(PatientCriteria.builder().localId(localId).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlatformClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.hdx.client");
  private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

  private final HttpUrl endpoint;
  private final String endpointForLogs;
  private final String senderId;
  private final String receiverId;
  private final HipSoapBinding soapBinding;
  /** The SOAP request's media type, and its SOAPAction header (SOAP 1.1; null for 1.2): built once, not per call. */
  private final MediaType soapType;
  private final String soapActionHeader;
  private final Map<Interaction, String> actions;
  private final RetryPolicy retry;
  private final ProcessingCode processingCode;
  private final AuditListener audit;
  private final Clock clock;
  private final Supplier<String> messageIds;
  private final String authorization;
  private final Sm2Signer signer;
  private final Sm2Verifier answerVerifier;
  private final V3Encoder encoder;
  private final V3Decoder decoder = V3Decoder.create();
  private final HipSoap soap = HipSoap.create();
  private final OkHttpClient http;
  private final ScheduledExecutorService scheduler;

  private PlatformClient(Builder b) {
    this.endpoint = HttpUrl.get(Objects.requireNonNull(b.endpoint, "endpoint").toString());
    this.endpointForLogs = CallLogging.endpoint(endpoint);
    this.senderId = Objects.requireNonNull(b.senderId, "senderId");
    this.receiverId = Objects.requireNonNull(b.receiverId, "receiverId");
    this.soapBinding = b.plainHttp ? null : b.soapBinding;
    if (soapBinding == null) {
      this.soapType = null;
      this.soapActionHeader = null;
    } else if (soapBinding.version() == SoapVersion.SOAP_11) {
      this.soapType = MediaType.get(soapBinding.version().contentType());
      this.soapActionHeader = "\"" + soapBinding.soapAction() + "\"";
    } else {
      this.soapType = MediaType.get(soapBinding.version().contentType() + "; action=\"" + soapBinding.soapAction()
          + "\"");
      this.soapActionHeader = null;
    }
    this.actions = new EnumMap<>(b.actions);
    this.retry = b.retry;
    this.processingCode = b.processingCode;
    this.audit = b.audit;
    this.clock = b.clock;
    this.messageIds = b.messageIds;
    this.authorization = b.user == null ? null : Credentials.basic(b.user, b.password);
    this.signer = b.signer;
    this.answerVerifier = b.answerVerifier;
    this.encoder = V3Encoder.create(b.style);
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(b.maxConcurrentRequests);
    dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
    OkHttpClient.Builder h = new OkHttpClient.Builder()
        .connectTimeout(b.connectTimeout)
        .readTimeout(b.readTimeout)
        .writeTimeout(b.readTimeout)
        .callTimeout(b.callTimeout)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .dispatcher(dispatcher)
        .socketFactory(new NoDelaySockets(SocketFactory.getDefault()))
        .connectionPool(new ConnectionPool(b.maxConcurrentRequests, 5, TimeUnit.MINUTES))
        .addInterceptor(new CallLogging());
    if (b.metrics != null) {
      h.addInterceptor(new MetricsInterceptor(b.metrics));
    }
    if (b.sslSocketFactory != null) {
      h.sslSocketFactory(b.sslSocketFactory, b.trustManager);
    }
    this.http = h.build();
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "hdx-client-retry");
      t.setDaemon(true);
      return t;
    });
    s.setRemoveOnCancelPolicy(true);
    this.scheduler = s;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- typed calls ----

  /**
   * Registers a patient (PRPA_IN201311UV02, 个人信息注册).
   *
   * @return the AA acknowledgement
   * @throws PlatformException when the platform answers AE/AR or cannot be reached
   */
  public Acknowledgement registerPatient(PatientRecord patient) {
    return join(registerPatientAsync(patient));
  }

  /** Registers a patient asynchronously; the future fails with a {@link PlatformException}. */
  public CompletableFuture<Acknowledgement> registerPatientAsync(PatientRecord patient) {
    return send(PatientRegistration.of(header(Interaction.PRPA_IN201311UV02), patient, null, null),
        Acknowledgement.class);
  }

  /** Updates a patient (PRPA_IN201314UV02, 个人信息更新). */
  public Acknowledgement updatePatient(PatientRecord patient) {
    return join(updatePatientAsync(patient));
  }

  /** Updates a patient asynchronously. */
  public CompletableFuture<Acknowledgement> updatePatientAsync(PatientRecord patient) {
    return send(PatientRegistration.of(header(Interaction.PRPA_IN201314UV02), patient, null, null),
        Acknowledgement.class);
  }

  /** Queries patients (PRPA_IN201305UV02, 个人信息查询); an empty result is a response with no patients. */
  public PatientQueryResponse queryPatients(PatientCriteria criteria) {
    return join(queryPatientsAsync(criteria));
  }

  /** Queries patients asynchronously. */
  public CompletableFuture<PatientQueryResponse> queryPatientsAsync(PatientCriteria criteria) {
    MessageHeader h = header(Interaction.PRPA_IN201305UV02);
    PatientQuery q = PatientQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty())
        .initialQuantity(criteria.limit()).minimumDegreeMatch(100)
        .localId(criteria.localId().orElse(null)).personId(criteria.personId().orElse(null))
        .name(criteria.name().orElse(null)).gender(criteria.gender().orElse(null))
        .birthTime(criteria.birthTime().orElse(null)).build();
    return send(q, PatientQueryResponse.class);
  }

  /**
   * Merges the registration this system knows by {@code mergedIds} into {@code survivor} (PRPA_IN201304UV02,
   * 个人信息合并).
   */
  public Acknowledgement mergePatient(PatientRecord survivor, List<Identifier> mergedIds) {
    return join(mergePatientAsync(survivor, mergedIds));
  }

  /** Merges patients asynchronously. */
  public CompletableFuture<Acknowledgement> mergePatientAsync(PatientRecord survivor, List<Identifier> mergedIds) {
    return send(PatientMerge.of(header(Interaction.PRPA_IN201304UV02), survivor, mergedIds), Acknowledgement.class);
  }

  /**
   * Registers a document (RCMR_IN000002UV02, 电子病历文档注册): {@code document}'s metadata and its CDA content,
   * which the platform validates.
   */
  public Acknowledgement registerDocument(DocumentEntry document) {
    return join(registerDocumentAsync(document));
  }

  /** Registers a document asynchronously. */
  public CompletableFuture<Acknowledgement> registerDocumentAsync(DocumentEntry document) {
    if (!document.content().isPresent()) {
      throw new IllegalArgumentException("a document registration carries the CDA document (content)");
    }
    return send(DocumentRegistration.of(header(Interaction.RCMR_IN000002UV02), document), Acknowledgement.class);
  }

  /** Lists documents (RCMR_IN000029UV01, 电子病历文档检索): metadata only. */
  public DocumentQueryResponse queryDocuments(DocumentCriteria criteria) {
    return join(queryDocumentsAsync(criteria));
  }

  /** Lists documents asynchronously. */
  public CompletableFuture<DocumentQueryResponse> queryDocumentsAsync(DocumentCriteria criteria) {
    MessageHeader h = header(Interaction.RCMR_IN000029UV01);
    DocumentQuery.Builder q = DocumentQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty())
        .type(criteria.type().orElse(null)).effectiveLow(criteria.effectiveLow().orElse(null))
        .effectiveHigh(criteria.effectiveHigh().orElse(null));
    criteria.patientIds().forEach(q::addPatientId);
    return send(q.build(), DocumentQueryResponse.class);
  }

  /** Retrieves one document with its CDA content (RCMR_IN000031UV01, 电子病历文档调阅); NF when unknown. */
  public DocumentQueryResponse retrieveDocument(Identifier documentId) {
    return join(retrieveDocumentAsync(documentId));
  }

  /** Retrieves a document asynchronously. */
  public CompletableFuture<DocumentQueryResponse> retrieveDocumentAsync(Identifier documentId) {
    MessageHeader h = header(Interaction.RCMR_IN000031UV01);
    return send(DocumentQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty()).documentId(documentId)
        .build(), DocumentQueryResponse.class);
  }

  // ---- providers (医疗卫生人员), organizations (科室) and terminology (术语) ----

  /** Registers a provider (PRPM_IN301010UV01, 医疗卫生人员注册); AE when any of its ids is already registered. */
  public Acknowledgement registerProvider(ProviderRecord provider) {
    return join(registerProviderAsync(provider));
  }

  /** Registers a provider asynchronously. */
  public CompletableFuture<Acknowledgement> registerProviderAsync(ProviderRecord provider) {
    return send(ProviderRegistration.of(header(Interaction.PRPM_IN301010UV01), provider, null, null),
        Acknowledgement.class);
  }

  /** Updates a registered provider (PRPM_IN303010UV01, 医疗卫生人员更新). */
  public Acknowledgement updateProvider(ProviderRecord provider) {
    return join(updateProviderAsync(provider));
  }

  /** Updates a provider asynchronously. */
  public CompletableFuture<Acknowledgement> updateProviderAsync(ProviderRecord provider) {
    return send(ProviderRegistration.of(header(Interaction.PRPM_IN303010UV01), provider, null, null),
        Acknowledgement.class);
  }

  /**
   * Queries providers (PRPM_IN306010UV01, 医疗卫生人员查询) by any of their ids (provider id or person id) and/or
   * name ({@code ids} may be empty, {@code name} null; not both).
   */
  public ProviderQueryResponse queryProviders(List<Identifier> ids, String name) {
    return join(queryProvidersAsync(ids, name));
  }

  /** Queries providers asynchronously. */
  public CompletableFuture<ProviderQueryResponse> queryProvidersAsync(List<Identifier> ids, String name) {
    MessageHeader h = header(Interaction.PRPM_IN306010UV01);
    ProviderQuery.Builder q = ProviderQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty()).name(name);
    ids.forEach(q::addProviderId);
    return send(q.build(), ProviderQueryResponse.class);
  }

  /** Registers an organization or department (PRPM_IN401030UV01, 医疗卫生机构（科室）注册). */
  public Acknowledgement registerOrganization(OrganizationRecord organization) {
    return join(registerOrganizationAsync(organization));
  }

  /** Registers an organization asynchronously. */
  public CompletableFuture<Acknowledgement> registerOrganizationAsync(OrganizationRecord organization) {
    return send(OrganizationRegistration.of(header(Interaction.PRPM_IN401030UV01), organization, null, null),
        Acknowledgement.class);
  }

  /** Updates a registered organization (PRPM_IN403010UV01, 医疗卫生机构（科室）更新). */
  public Acknowledgement updateOrganization(OrganizationRecord organization) {
    return join(updateOrganizationAsync(organization));
  }

  /** Updates an organization asynchronously. */
  public CompletableFuture<Acknowledgement> updateOrganizationAsync(OrganizationRecord organization) {
    return send(OrganizationRegistration.of(header(Interaction.PRPM_IN403010UV01), organization, null, null),
        Acknowledgement.class);
  }

  /**
   * Queries organizations (PRPM_IN406010UV01, 医疗卫生机构（科室）查询) by id and/or name ({@code ids} may be empty,
   * {@code name} null; not both).
   */
  public OrganizationQueryResponse queryOrganizations(List<Identifier> ids, String name) {
    return join(queryOrganizationsAsync(ids, name));
  }

  /** Queries organizations asynchronously. */
  public CompletableFuture<OrganizationQueryResponse> queryOrganizationsAsync(List<Identifier> ids, String name) {
    MessageHeader h = header(Interaction.PRPM_IN406010UV01);
    OrganizationQuery.Builder q = OrganizationQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty())
        .name(name);
    ids.forEach(q::addOrganizationId);
    return send(q.build(), OrganizationQueryResponse.class);
  }

  /** Registers value sets (PRVS_IN000001UV01, 术语注册), all or none; AE when a set's version is already there. */
  public Acknowledgement registerValueSets(List<ValueSetRecord> valueSets) {
    return join(registerValueSetsAsync(valueSets));
  }

  /** Registers value sets asynchronously. */
  public CompletableFuture<Acknowledgement> registerValueSetsAsync(List<ValueSetRecord> valueSets) {
    return send(TerminologyRegistration.of(header(Interaction.PRVS_IN000001UV01), valueSets, null, null),
        Acknowledgement.class);
  }

  /** Updates value sets (PRVS_IN000002UV01, 术语更新). */
  public Acknowledgement updateValueSets(List<ValueSetRecord> valueSets) {
    return join(updateValueSetsAsync(valueSets));
  }

  /** Updates value sets asynchronously. */
  public CompletableFuture<Acknowledgement> updateValueSetsAsync(List<ValueSetRecord> valueSets) {
    return send(TerminologyRegistration.of(header(Interaction.PRVS_IN000002UV01), valueSets, null, null),
        Acknowledgement.class);
  }

  /**
   * Queries a value set (PRVS_IN000003UV01, 术语查询): every version, or only {@code version}; with every item, or
   * only {@code itemCode} ({@code version} and {@code itemCode} may be null).
   */
  public TerminologyQueryResponse queryValueSet(String valueSetId, String version, String itemCode) {
    return join(queryValueSetAsync(valueSetId, version, itemCode));
  }

  /** Queries a value set asynchronously. */
  public CompletableFuture<TerminologyQueryResponse> queryValueSetAsync(String valueSetId, String version,
      String itemCode) {
    MessageHeader h = header(Interaction.PRVS_IN000003UV01);
    return send(TerminologyQuery.builder().header(h).queryId(h.messageId().extensionOrEmpty())
        .valueSetId(Objects.requireNonNull(valueSetId, "valueSetId")).version(version).itemCode(itemCode).build(),
        TerminologyQueryResponse.class);
  }

  /**
   * Sends a message built by the caller (its header as given) and expects an answer of type {@code answer}.
   * For interactions without a typed method yet, or to control the header.
   */
  public <T extends V3Message> CompletableFuture<T> send(V3Message message, Class<T> answer) {
    Objects.requireNonNull(message, "message");
    Interaction interaction = message.header().interaction().orElseThrow(
        () -> new IllegalArgumentException("unknown interaction id"));
    byte[] v3 = encoder.encode(message);
    String action = soapBinding == null ? "" : actions.getOrDefault(interaction, interaction.defaultAction());
    Request.Builder rb = new Request.Builder().url(endpoint).tag(String.class, action.isEmpty() ? interaction.id() : action);
    if (soapBinding == null) {
      rb.post(RequestBody.create(v3, XML));
    } else {
      byte[] envelope = soap.request(soapBinding, action, v3);
      if (soapActionHeader != null) {
        rb.header("SOAPAction", soapActionHeader);
      }
      rb.post(RequestBody.create(envelope, soapType));
    }
    if (authorization != null) {
      rb.header("Authorization", authorization);
    }
    if (signer != null) {
      rb.header(MessageSignatures.HEADER, signature(v3));
    }
    Exchange<T> ex = new Exchange<>(rb.build(), message.header(), interaction, action, answer, clock.instant(),
        System.nanoTime());
    attempt(ex, 1);
    return ex.future;
  }

  /** The {@link MessageSignatures#HEADER} value: Base64 of the DER SM2 signature over the V3 bytes. */
  private String signature(byte[] v3) {
    byte[] sig = signer.sign(MessageSignatures.signedContent(v3));
    if (signer.encoding() != SignatureEncoding.DER) {
      sig = signer.encoding().convert(sig, SignatureEncoding.DER);
    }
    return Base64.getEncoder().encodeToString(sig);
  }

  private MessageHeader header(Interaction interaction) {
    return MessageHeader.builder()
        .messageId(Identifier.of(MessageHeader.MESSAGE_ID_ROOT, messageIds.get()))
        .creationTime(PointInTime.of(LocalDateTime.now(clock)))
        .interaction(interaction)
        .processingCode(processingCode)
        .sender(Identifier.of(MessageHeader.DEVICE_ID_ROOT, senderId))
        .receiver(Identifier.of(MessageHeader.DEVICE_ID_ROOT, receiverId))
        .build();
  }

  // ---- the exchange: attempts, retries, interpretation ----

  /** One logical call and its attempts. */
  private static final class Exchange<T> {
    final Request request;
    final MessageHeader header;
    final Interaction interaction;
    final String action;
    final Class<T> answer;
    final Instant started;
    final long startNanos;
    final CompletableFuture<T> future = new CompletableFuture<>();

    Exchange(Request request, MessageHeader header, Interaction interaction, String action, Class<T> answer,
        Instant started, long startNanos) {
      this.request = request;
      this.header = header;
      this.interaction = interaction;
      this.action = action;
      this.answer = answer;
      this.started = started;
      this.startNanos = startNanos;
    }

    String messageId() {
      return header.messageId().extensionOrEmpty();
    }
  }

  private <T> void attempt(Exchange<T> ex, int attempt) {
    http.newCall(ex.request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        if (untrusted(e)) {
          finish(ex, attempt, 0, null, new PlatformException("PLT-0005", "TLS: platform certificate not trusted or not"
              + " issued for the endpoint's host (" + e.getClass().getSimpleName() + ")", null, null, ex.messageId(), 0,
              attempt, null));
          return;
        }
        retryOrFail(ex, attempt, 0, new PlatformException("PLT-0001", "platform not reached or no answer in time ("
            + e.getClass().getSimpleName() + ")", null, null, ex.messageId(), 0, attempt, null));
      }

      @Override
      public void onResponse(Call call, Response response) {
        int status = response.code();
        byte[] body;
        try (ResponseBody rb = response.body()) {
          body = rb == null ? new byte[0] : rb.bytes();
        } catch (IOException e) {
          retryOrFail(ex, attempt, status, new PlatformException("PLT-0001", "answer cut off ("
              + e.getClass().getSimpleName() + ")", null, null, ex.messageId(), status, attempt, null));
          return;
        }
        if (status >= 500) {
          retryOrFail(ex, attempt, status, new PlatformException("PLT-0002", "platform answered HTTP " + status, null,
              null, ex.messageId(), status, attempt, null));
          return;
        }
        try {
          if (status >= 300) {
            throw new PlatformException("PLT-0003", "platform answered HTTP " + status, null, null, ex.messageId(),
                status, attempt, null);
          }
          T result = interpret(ex, body, response.header(MessageSignatures.HEADER), status, attempt);
          finish(ex, attempt, status, result, null);
        } catch (PlatformException e) {
          finish(ex, attempt, status, null, e);
        }
      }
    });
  }

  /**
   * A TLS failure that another attempt cannot mend: the certificate path is not trusted (a
   * {@link java.security.cert.CertificateException} in the chain) or the certificate does not name the host
   * (OkHttp's {@link SSLPeerUnverifiedException}).
   */
  private static boolean untrusted(IOException e) {
    if (e instanceof SSLPeerUnverifiedException) {
      return true;
    }
    if (!(e instanceof SSLHandshakeException)) {
      return false;
    }
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof java.security.cert.CertificateException) {
        return true;
      }
    }
    return false;
  }

  private <T> void retryOrFail(Exchange<T> ex, int attempt, int status, PlatformException failure) {
    if (attempt >= retry.maxAttempts()) {
      finish(ex, attempt, status, null, failure);
      return;
    }
    long wait = retry.backoffMillis(attempt);
    wait += (long) (wait * 0.2 * ThreadLocalRandom.current().nextDouble());
    scheduler.schedule(() -> attempt(ex, attempt + 1), wait, TimeUnit.MILLISECONDS);
  }

  private <T> T interpret(Exchange<T> ex, byte[] body, String signature, int status, int attempt) {
    V3Message answer;
    try {
      byte[] v3 = soapBinding == null ? body : soap.parseResponse(body);
      if (answerVerifier != null) {
        checkAnswerSignature(ex, v3, signature, status, attempt);
      }
      answer = decoder.decode(v3);
    } catch (CodecException e) {
      throw new PlatformException("PLT-0004", "platform answer unreadable: " + e.errorCode(), null, null,
          ex.messageId(), status, attempt, null);
    }
    AckCode code;
    Identifier target;
    String detail;
    if (answer instanceof Acknowledgement) {
      Acknowledgement a = (Acknowledgement) answer;
      code = a.code();
      target = a.targetMessageId();
      detail = a.detail().orElse(null);
    } else if (answer instanceof QueryAnswer) {
      QueryAnswer r = (QueryAnswer) answer;
      code = r.ackCode();
      target = r.targetMessageId();
      detail = r.detail().orElse(null);
    } else {
      throw new PlatformException("PLT-0004", "platform answered " + answer.header().interactionId()
          + ", not an acknowledgement", null, null, ex.messageId(), status, attempt, null);
    }
    String targetId = target.extensionOrEmpty();
    if (code != AckCode.AA) {
      throw new PlatformException(code == AckCode.AE ? "PLT-0010" : "PLT-0011", "platform acknowledged " + code
          + " for " + ex.interaction.id(), code, detail, targetId, status, attempt, null);
    }
    if (!target.equals(ex.header.messageId())) {
      throw new PlatformException("PLT-0012", "acknowledgement names another message", code, detail, targetId, status,
          attempt, null);
    }
    if (!ex.answer.isInstance(answer)) {
      throw new PlatformException("PLT-0004", "platform answered " + answer.header().interactionId() + ", expected "
          + ex.answer.getSimpleName(), code, detail, targetId, status, attempt, null);
    }
    return ex.answer.cast(answer);
  }

  /**
   * Trusts the answer only when its {@link MessageSignatures#HEADER} holds an SM2 signature (GB/T 32918.2-2016) over
   * the V3 answer that verifies with the platform's key: {@code PLT-0006} unsigned, {@code PLT-0007} not Base64 or
   * not verifying. Neither is retried: the answer came, and what it says cannot be trusted.
   */
  private void checkAnswerSignature(Exchange<?> ex, byte[] v3, String signature, int status, int attempt) {
    if (signature == null || signature.trim().isEmpty()) {
      throw new PlatformException("PLT-0006", "platform answer not signed (header " + MessageSignatures.HEADER
          + " missing); this client trusts only signed answers", null, null, ex.messageId(), status, attempt, null);
    }
    byte[] sig;
    try {
      sig = Base64.getDecoder().decode(signature.trim());
    } catch (IllegalArgumentException e) {
      throw new PlatformException("PLT-0007", "platform answer signature not Base64 (RFC 4648 §4)", null, null,
          ex.messageId(), status, attempt, null);
    }
    try {
      answerVerifier.verify(MessageSignatures.signedContent(v3), sig);
    } catch (CryptoException e) {
      throw new PlatformException("PLT-0007", "platform answer signature does not verify (GB/T 32918.2-2016 §7):"
          + " changed on the way or not signed with the platform's key", null, null, ex.messageId(), status, attempt,
          null);
    }
  }

  private <T> void finish(Exchange<T> ex, int attempts, int status, T result, PlatformException failure) {
    String outcome = failure == null ? "AA" : failure.ackCode().map(AckCode::name).orElse("FAILED");
    AuditEvent event = new AuditEvent(ex.started, senderId, receiverId, endpointForLogs, ex.interaction.id(),
        ex.action, ex.messageId(), outcome, failure == null ? "" : failure.errorCode(), status, attempts,
        Duration.ofNanos(System.nanoTime() - ex.startNanos));
    try {
      audit.onCall(event);
    } catch (RuntimeException e) {
      LOG.warn("audit listener failed ({}); event dropped", e.getClass().getSimpleName());
    }
    if (failure == null) {
      ex.future.complete(result);
    } else {
      ex.future.completeExceptionally(failure);
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new PlatformException("PLT-0001", "call failed (" + e.getCause().getClass().getSimpleName() + ")", null,
          null, null, 0, 0, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformException("PLT-0001", "interrupted while waiting for the platform", null, null, null, 0, 0,
          null);
    }
  }

  /** The endpoint (for logs: without user info or query). */
  public String endpoint() {
    return endpointForLogs;
  }

  /** Releases the client's threads and pooled connections. Calls in flight may fail. */
  @Override
  public void close() {
    scheduler.shutdownNow();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "PlatformClient{" + endpointForLogs + ", sender=" + senderId + ", receiver=" + receiverId + ", "
        + (soapBinding == null ? "HTTP POST" : soapBinding.toString()) + ", " + retry + "}";
  }

  /**
   * Configures a {@link PlatformClient}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private URI endpoint;
    private String senderId;
    private String receiverId = "PLATFORM";
    private HipSoapBinding soapBinding = HipSoapBinding.defaults();
    private boolean plainHttp;
    private final Map<Interaction, String> actions = new EnumMap<>(Interaction.class);
    private RetryPolicy retry = RetryPolicy.defaults();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private ProcessingCode processingCode = ProcessingCode.P;
    private V3Style style = V3Style.NATIONAL_2016;
    private AuditListener audit = e -> { };
    private Clock clock = Clock.systemDefaultZone();
    private Supplier<String> messageIds = () -> UUID.randomUUID().toString();
    private SSLSocketFactory sslSocketFactory;
    private X509TrustManager trustManager;
    private String user;
    private String password;
    private int maxConcurrentRequests = 64;
    private ClientMetrics metrics;
    private Sm2Signer signer;
    private Sm2Verifier answerVerifier;

    private Builder() {}

    /** The platform's endpoint URL (required). */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** The platform's endpoint URL (required). */
    public Builder endpoint(String endpoint) {
      return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
    }

    /** This system's id, the messages' sender device id (required). */
    public Builder senderId(String senderId) {
      this.senderId = Objects.requireNonNull(senderId, "senderId");
      return this;
    }

    /** The platform's system id, the messages' receiver device id (default {@code PLATFORM}). */
    public Builder receiverId(String receiverId) {
      this.receiverId = Objects.requireNonNull(receiverId, "receiverId");
      return this;
    }

    /** Sends through {@code HIPMessageServer} in this spelling (the default: {@link HipSoapBinding#defaults()}). */
    public Builder soap(HipSoapBinding binding) {
      this.soapBinding = Objects.requireNonNull(binding, "binding");
      this.plainHttp = false;
      return this;
    }

    /** Sends the V3 XML as a plain HTTP POST body instead of SOAP. */
    public Builder plainHttp() {
      this.plainHttp = true;
      return this;
    }

    /** The {@code HIPMessageServer} action for an interaction (default: interactions.csv's name). */
    public Builder action(Interaction interaction, String action) {
      actions.put(Objects.requireNonNull(interaction, "interaction"), Objects.requireNonNull(action, "action"));
      return this;
    }

    /** The retry policy (default {@link RetryPolicy#defaults()}). */
    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** Connect timeout (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Read and write timeout per attempt (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Whole-attempt timeout (default 60 s). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** The processing code of every message (default P, production). */
    public Builder processingCode(ProcessingCode code) {
      this.processingCode = Objects.requireNonNull(code, "code");
      return this;
    }

    /** The data-type style of the messages sent (default {@link V3Style#NATIONAL_2016}). */
    public Builder style(V3Style style) {
      this.style = Objects.requireNonNull(style, "style");
      return this;
    }

    /** Receives an {@link AuditEvent} per call. */
    public Builder auditListener(AuditListener listener) {
      this.audit = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The clock for creation times. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where message ids come from (default random UUIDs). */
    public Builder messageIds(Supplier<String> messageIds) {
      this.messageIds = Objects.requireNonNull(messageIds, "messageIds");
      return this;
    }

    /**
     * TLS with this socket factory and trust manager, e.g. trusting only a platform's own CA or its self-signed
     * certificate. Without it an {@code https://} endpoint is checked against the JDK's default trust store; there is
     * no trust-all mode, and the certificate must name the endpoint's host. A certificate that is not trusted fails
     * at once with {@code PLT-0005} (not retried).
     */
    public Builder tls(SSLSocketFactory sslSocketFactory, X509TrustManager trustManager) {
      this.sslSocketFactory = Objects.requireNonNull(sslSocketFactory, "sslSocketFactory");
      this.trustManager = Objects.requireNonNull(trustManager, "trustManager");
      return this;
    }

    /** HTTP Basic credentials sent with every request (never logged). */
    public Builder basicAuth(String user, String password) {
      this.user = Objects.requireNonNull(user, "user");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Signs every message sent with SM2 (GB/T 32918.2-2016): the signature over the V3 message's bytes travels in
     * the HTTP header {@value MessageSignatures#HEADER} as {@link MessageSignatures} describes, so the platform can
     * check who sent it and that it was not changed on the way. A retried attempt sends the same signature. The
     * signer may be backed by a USB key or an HSM; its user ID must be the default one the platform verifies with.
     * Default: messages are not signed.
     */
    public Builder signWith(Sm2Signer signer) {
      this.signer = Objects.requireNonNull(signer, "signer");
      return this;
    }

    /**
     * Trusts only answers signed by the platform: each answer must carry in its HTTP header
     * {@value MessageSignatures#HEADER} an SM2 signature (GB/T 32918.2-2016, as {@link MessageSignatures} describes)
     * over the V3 answer that {@code verifier} (the platform's public key, default user ID) accepts. An unsigned
     * answer fails the call with {@code PLT-0006}, one that does not verify with {@code PLT-0007}; neither is
     * retried. The simulator signs its answers with {@code PlatformSimulator.Builder.signAnswersWith}. Default:
     * answers are not checked.
     */
    public Builder verifyAnswersWith(Sm2Verifier verifier) {
      this.answerVerifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /** Records counts and latencies per action into {@code metrics} (no message content). */
    public Builder metrics(ClientMetrics metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /** Requests in flight at once, and pooled connections (default 64). */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("max must be positive");
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /** Builds the client; endpoint and sender id are required. */
    public PlatformClient build() {
      return new PlatformClient(this);
    }
  }
}
