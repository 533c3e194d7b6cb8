package io.hdx.benchmarks;

import io.hdx.security.SecretKeyAccess;
import io.hdx.security.interop.Sm4Cbc;
import io.hdx.security.sm.Sm2KeyPair;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm2Signer;
import io.hdx.security.sm.Sm2Verifier;
import io.hdx.security.sm.Sm3;
import io.hdx.security.sm.Sm4Gcm;
import io.hdx.security.sm.Sm4Key;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.paddings.PKCS7Padding;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM2, SM3 and SM4 in HDX side by side with raw Bouncy Castle, in one run.
 *
 * <p>The Bouncy Castle side is its best practice: the optimised curve from
 * {@code CustomNamedCurves} ("sm2p256v1"), one {@link SM2Signer} initialised once and reused for
 * signing and another for verifying, one reused {@link SM3Digest}, one reused GCM cipher (re-keyed
 * with a fresh nonce per message, as GCM requires). The HDX side is its plain one-call API: a new
 * {@link Sm2Signer} / {@link Sm2Verifier} per call on a key object held by the caller,
 * {@link Sm3#digest(byte[])}, {@link Sm4Gcm#encrypt(byte[])} (nonce generated inside). Both sides
 * draw randomness from a default {@link SecureRandom}. SM2 signs and verifies a 1 KiB message.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar CryptoBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 *
 * <p>Thread safety: JMH state, one instance per benchmark trial.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CryptoBenchmark {
  private static final int KIB = 1024;
  private static final int MIB = 1024 * 1024;

  private byte[] message;
  private byte[] data1KiB;
  private byte[] data1MiB;

  private Sm2PrivateKey hdxPrivateKey;
  private Sm2PublicKey hdxPublicKey;
  private byte[] hdxSignature;
  private Sm4Gcm hdxGcm;
  private Sm4Cbc hdxCbc;

  private SecureRandom random;
  private ECDomainParameters bcDomain;
  private SM2Signer bcSigner;
  private SM2Signer bcVerifier;
  private byte[] bcSignature;
  private ECKeyPairGenerator bcKeyPairGenerator;
  private SM3Digest bcSm3;
  private GCMModeCipher bcGcm;
  private KeyParameter bcSm4Key;
  private BufferedBlockCipher bcCbc;

  /** Keys, signers and data, outside the measurement. */
  @Setup
  public void setUp() throws CryptoException {
    random = new SecureRandom();
    message = new byte[KIB];
    data1KiB = new byte[KIB];
    data1MiB = new byte[MIB];
    random.nextBytes(message);
    random.nextBytes(data1KiB);
    random.nextBytes(data1MiB);

    Sm2KeyPair pair = Sm2KeyPair.generate();
    hdxPrivateKey = pair.privateKey();
    hdxPublicKey = pair.publicKey();
    hdxSignature = Sm2Signer.create(hdxPrivateKey).sign(message);
    Sm4Key sm4 = Sm4Key.generate();
    hdxGcm = Sm4Gcm.create(sm4);
    hdxCbc = Sm4Cbc.create(sm4);

    X9ECParameters x9 = CustomNamedCurves.getByName("sm2p256v1");
    bcDomain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
    bcKeyPairGenerator = new ECKeyPairGenerator();
    bcKeyPairGenerator.init(new ECKeyGenerationParameters(bcDomain, random));
    AsymmetricCipherKeyPair bcPair = bcKeyPairGenerator.generateKeyPair();
    bcSigner = new SM2Signer();
    bcSigner.init(true, new ParametersWithRandom((ECPrivateKeyParameters) bcPair.getPrivate(), random));
    bcVerifier = new SM2Signer();
    bcVerifier.init(false, (ECPublicKeyParameters) bcPair.getPublic());
    bcSigner.update(message, 0, message.length);
    bcSignature = bcSigner.generateSignature();
    bcSm3 = new SM3Digest();
    bcGcm = GCMBlockCipher.newInstance(new SM4Engine());
    bcSm4Key = new KeyParameter(sm4.toBytes(SecretKeyAccess.insecureSecretAccess()));
    bcCbc = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(new SM4Engine()), new PKCS7Padding());
  }

  /** HDX: a new signer per call on the caller's key (Z, public point and (1+d)^-1 cached in the key). */
  @Benchmark
  public byte[] hdxSm2Sign() {
    return Sm2Signer.create(hdxPrivateKey).sign(message);
  }

  /** Bouncy Castle best practice: an initialised SM2Signer on the optimised curve, reused. */
  @Benchmark
  public byte[] bcSm2Sign() throws CryptoException {
    bcSigner.update(message, 0, message.length);
    return bcSigner.generateSignature();
  }

  /** HDX: a new verifier per call on the caller's public key. */
  @Benchmark
  public boolean hdxSm2Verify() {
    return Sm2Verifier.create(hdxPublicKey).isValid(message, hdxSignature);
  }

  /** Bouncy Castle: an initialised SM2Signer for verification, reused. */
  @Benchmark
  public boolean bcSm2Verify() {
    bcVerifier.update(message, 0, message.length);
    return bcVerifier.verifySignature(bcSignature);
  }

  /** HDX key generation (includes deriving and caching what signing needs). */
  @Benchmark
  public Sm2KeyPair hdxSm2KeyGen() {
    return Sm2KeyPair.generate();
  }

  /** Bouncy Castle key generation on the optimised curve. */
  @Benchmark
  public AsymmetricCipherKeyPair bcSm2KeyGen() {
    return bcKeyPairGenerator.generateKeyPair();
  }

  /** HDX SM3 over 1 KiB. */
  @Benchmark
  public byte[] hdxSm3_1KiB() {
    return Sm3.digest(data1KiB);
  }

  /** Bouncy Castle SM3 over 1 KiB with a reused digest. */
  @Benchmark
  public byte[] bcSm3_1KiB() {
    return bcDigest(data1KiB);
  }

  /** HDX SM3 over 1 MiB. */
  @Benchmark
  public byte[] hdxSm3_1MiB() {
    return Sm3.digest(data1MiB);
  }

  /** Bouncy Castle SM3 over 1 MiB with a reused digest. */
  @Benchmark
  public byte[] bcSm3_1MiB() {
    return bcDigest(data1MiB);
  }

  private byte[] bcDigest(byte[] data) {
    bcSm3.update(data, 0, data.length);
    byte[] out = new byte[32];
    bcSm3.doFinal(out, 0);
    return out;
  }

  /** HDX SM4-GCM sealing 1 MiB (random nonce, output nonce ‖ ciphertext ‖ tag). */
  @Benchmark
  public byte[] hdxSm4Gcm_1MiB() {
    return hdxGcm.encrypt(data1MiB);
  }

  /** Bouncy Castle SM4-GCM sealing 1 MiB with a reused cipher and a random nonce. */
  @Benchmark
  public byte[] bcSm4Gcm_1MiB() throws InvalidCipherTextException {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    bcGcm.init(true, new AEADParameters(bcSm4Key, 128, nonce));
    byte[] out = new byte[bcGcm.getOutputSize(data1MiB.length)];
    int n = bcGcm.processBytes(data1MiB, 0, data1MiB.length, out, 0);
    bcGcm.doFinal(out, n);
    return out;
  }

  /** HDX SM4-CBC (interop-only mode) over 1 MiB, random IV: the mode {@code openssl speed} measures. */
  @Benchmark
  public byte[] hdxSm4Cbc_1MiB() {
    return hdxCbc.encrypt(data1MiB);
  }

  /** Bouncy Castle SM4-CBC with PKCS#7 padding over 1 MiB, reused cipher, random IV. */
  @Benchmark
  public byte[] bcSm4Cbc_1MiB() throws InvalidCipherTextException {
    byte[] iv = new byte[16];
    random.nextBytes(iv);
    bcCbc.init(true, new ParametersWithIV(bcSm4Key, iv));
    byte[] out = new byte[bcCbc.getOutputSize(data1MiB.length)];
    int n = bcCbc.processBytes(data1MiB, 0, data1MiB.length, out, 0);
    bcCbc.doFinal(out, n);
    return out;
  }
}
