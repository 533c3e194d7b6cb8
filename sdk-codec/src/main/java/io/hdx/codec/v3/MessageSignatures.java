package io.hdx.codec.v3;

import java.nio.charset.StandardCharsets;

/**
 * How HDX carries an SM2 signature of a V3 message over HTTP, the contract between {@code PlatformClient} (which
 * signs) and the platform simulator (which verifies). The reference material names no national convention for
 * signing a platform message, so this is HDX's own: the HTTP request header {@value #HEADER} holds the standard
 * Base64 (RFC 4648 §4) of an SM2 signature with SM3 (GB/T 32918.2-2016 §6, default user ID
 * {@code 1234567812345678}, DER-encoded {@code SEQUENCE {r, s}}, the SM2Signature of GM/T 0009-2012) over
 * {@link #signedContent}: the V3 message as text, the same whether it travels as the body of a plain POST or as the
 * {@code HIPMessageServer} message parameter inside SOAP (where an XML declaration cannot stand and an XML parser
 * normalises line ends). The verifier picks the public key by the message's sender device id
 * ({@code sender/device/id/@extension}). The same convention serves the other way: a platform that signs its
 * answers (the simulator's {@code signAnswersWith}) puts the signature over the V3 answer (the acknowledgement or
 * query response, unwrapped from SOAP) in the same header of the HTTP response, and a client that trusts only
 * signed answers ({@code PlatformClient.Builder.verifyAnswersWith}) checks it with the platform's public key.
 *
 * <p>Thread safety: constants only.
 *
 * @since 0.1.0
 */
public final class MessageSignatures {
  /** The HTTP request header carrying the signature. */
  public static final String HEADER = "X-HDX-Signature";

  private MessageSignatures() {}

  /**
   * The bytes a signature covers: the UTF-8 of the message text without a leading byte-order mark and XML
   * declaration, without surrounding white space, with every line end as a single LF (XML 1.0 §2.11).
   */
  public static byte[] signedContent(byte[] message) {
    String text = HipSoap.textWithoutDeclaration(message);
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
