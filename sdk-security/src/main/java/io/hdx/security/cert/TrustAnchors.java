package io.hdx.security.cert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The certificates a relying party trusts without further proof, usually root CA certificates
 * (RFC 5280 §6.1.1 (d)). A certificate chain is trusted when it ends in one of them.
 *
 * <pre>{@code
 * TrustAnchors anchors = TrustAnchors.fromPem(new String(Files.readAllBytes(rootsPem), US_ASCII));
 * }</pre>
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class TrustAnchors {
  private final List<Sm2Certificate> certificates;

  private TrustAnchors(List<Sm2Certificate> certificates) {
    this.certificates = certificates;
  }

  /** Trust in exactly these certificates. */
  public static TrustAnchors of(Sm2Certificate first, Sm2Certificate... more) {
    List<Sm2Certificate> all = new ArrayList<>();
    all.add(Objects.requireNonNull(first, "first"));
    all.addAll(Arrays.asList(more));
    return of(all);
  }

  /** Trust in exactly these certificates (duplicates are dropped). */
  public static TrustAnchors of(Collection<Sm2Certificate> certificates) {
    Objects.requireNonNull(certificates, "certificates");
    for (Sm2Certificate c : certificates) {
      Objects.requireNonNull(c, "certificates element");
    }
    return new TrustAnchors(Collections.unmodifiableList(new ArrayList<>(new LinkedHashSet<>(certificates))));
  }

  /**
   * Trust in every certificate of a PEM text.
   *
   * @throws io.hdx.security.CryptoException when a block is not an SM2 certificate or there is none
   */
  public static TrustAnchors fromPem(String pem) {
    List<Sm2Certificate> all = Sm2Certificate.allFromPem(pem);
    if (all.isEmpty()) {
      throw new io.hdx.security.CryptoException(io.hdx.security.CryptoException.MALFORMED_CERTIFICATE,
          "trust anchors: no PEM CERTIFICATE block");
    }
    return of(all);
  }

  /** The trusted certificates. */
  public List<Sm2Certificate> certificates() {
    return certificates;
  }

  /** Whether {@code certificate} is one of the anchors. */
  public boolean contains(Sm2Certificate certificate) {
    return certificates.contains(certificate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrustAnchors
        && new LinkedHashSet<>(certificates).equals(new LinkedHashSet<>(((TrustAnchors) o).certificates));
  }

  @Override
  public int hashCode() {
    return new LinkedHashSet<>(certificates).hashCode();
  }

  @Override
  public String toString() {
    return "TrustAnchors[" + certificates.size() + " certificates]";
  }
}
