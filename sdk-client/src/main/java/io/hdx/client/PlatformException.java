package io.hdx.client;

import io.hdx.codec.v3.AckCode;
import io.hdx.model.HdxException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A platform call that did not succeed. Codes: {@code PLT-0001} the platform could not be reached or did not
 * answer in time, after every retry; {@code PLT-0002} it answered HTTP 5xx, after every retry; {@code PLT-0003}
 * it answered another HTTP error (not retried); {@code PLT-0004} its answer could not be read; {@code PLT-0010}
 * it acknowledged AE (application error); {@code PLT-0011} it acknowledged AR (rejected); {@code PLT-0012} the
 * acknowledgement names another message; {@code PLT-0005} TLS: the platform's certificate is not trusted or does
 * not name the endpoint's host (not retried: a configuration problem, see {@code PlatformClient.Builder.tls});
 * {@code PLT-0006} the answer is not signed and {@code PLT-0007} its signature is not Base64 or does not verify,
 * when the client trusts only signed answers ({@code PlatformClient.Builder.verifyAnswersWith}; not retried). AE
 * and AR are never retried: sending the same content again would get
 * the same answer.
 *
 * <p>The platform's detail text is in {@link #ackDetail()}, not in the message: it is the platform's own text and may
 * quote what was sent.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * try { client.registerPatient(p); }
 * catch (PlatformException e) { if (e.ackCode().isPresent()) show(e.ackCode().get(), e.ackDetail().orElse("")); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PlatformException extends HdxException {
  private static final long serialVersionUID = 1L;

  private final AckCode ackCode;
  private final String detail;
  private final String targetMessageId;
  private final int httpStatus;
  private final int attempts;

  PlatformException(String errorCode, String message, AckCode ackCode, String detail, String targetMessageId,
      int httpStatus, int attempts, Throwable cause) {
    super(errorCode, message + " (" + attempts + (attempts == 1 ? " attempt)" : " attempts)"), cause);
    this.ackCode = ackCode;
    this.detail = detail;
    this.targetMessageId = targetMessageId;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
  }

  /** AE or AR, when the platform acknowledged. */
  public Optional<AckCode> ackCode() {
    return Optional.ofNullable(ackCode);
  }

  /** The platform's detail text, when it wrote one. */
  public Optional<String> ackDetail() {
    return Optional.ofNullable(detail);
  }

  /** The message id the platform's acknowledgement names (or the id sent, when no answer came). */
  public Optional<String> targetMessageId() {
    return Optional.ofNullable(targetMessageId);
  }

  /** The HTTP status of the last answer, when there was one. */
  public OptionalInt httpStatus() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /** How many times the request was sent. */
  public int attempts() {
    return attempts;
  }
}
