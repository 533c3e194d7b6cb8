package io.hdx.security.sm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hdx.security.CryptoException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of SM2 signatures and encryption. SM2 is slow, so tries stay low. */
class Sm2Properties {
  private static final Sm2KeyPair PAIR = Sm2KeyPair.generate();
  private static final Sm2KeyPair OTHER = Sm2KeyPair.generate();

  private static byte[] flip(byte[] bytes, int bit) {
    byte[] out = bytes.clone();
    int i = Math.floorMod(bit, out.length * 8);
    out[i / 8] ^= (byte) (1 << (i % 8));
    return out;
  }

  @Provide
  Arbitrary<SignatureEncoding> encodings() {
    return Arbitraries.of(SignatureEncoding.class);
  }

  @Property(tries = 100)
  void signVerify_anyMessage_roundTrips(@ForAll @Size(max = 300) byte[] message,
      @ForAll("encodings") SignatureEncoding encoding) {
    byte[] sig = Sm2Signer.builder(PAIR.privateKey()).encoding(encoding).build().sign(message);
    assertTrue(Sm2Verifier.builder(PAIR.publicKey()).encoding(encoding).build().isValid(message, sig));
    assertFalse(Sm2Verifier.builder(OTHER.publicKey()).encoding(encoding).build().isValid(message, sig));
  }

  @Property(tries = 100)
  void verify_messageWithOneBitFlipped_fails(@ForAll @Size(min = 1, max = 200) byte[] message, @ForAll int bit) {
    byte[] sig = Sm2Signer.create(PAIR.privateKey()).sign(message);
    assertFalse(Sm2Verifier.create(PAIR.publicKey()).isValid(flip(message, bit), sig));
  }

  @Property(tries = 100)
  void verify_signatureWithOneBitFlipped_failsWithCryptoException(@ForAll @Size(max = 100) byte[] message,
      @ForAll int bit, @ForAll("encodings") SignatureEncoding encoding) {
    byte[] sig = Sm2Signer.builder(PAIR.privateKey()).encoding(encoding).build().sign(message);
    Sm2Verifier verifier = Sm2Verifier.builder(PAIR.publicKey()).encoding(encoding).build();
    assertThrows(CryptoException.class, () -> verifier.verify(message, flip(sig, bit)));
  }

  @Property(tries = 100)
  void verify_wrongUserId_fails(@ForAll @Size(max = 100) byte[] message, @ForAll @Size(max = 40) byte[] userId) {
    byte[] sig = Sm2Signer.builder(PAIR.privateKey()).userId(userId).build().sign(message);
    assertTrue(Sm2Verifier.builder(PAIR.publicKey()).userId(userId).build().isValid(message, sig));
    byte[] other = new byte[userId.length + 1];
    System.arraycopy(userId, 0, other, 0, userId.length);
    assertFalse(Sm2Verifier.builder(PAIR.publicKey()).userId(other).build().isValid(message, sig));
  }

  @Property(tries = 100)
  void signatureEncoding_convert_isLossless(@ForAll @Size(max = 50) byte[] message) {
    byte[] der = Sm2Signer.create(PAIR.privateKey()).sign(message);
    byte[] raw = SignatureEncoding.DER.convert(der, SignatureEncoding.RAW_RS);
    assertEquals(64, raw.length);
    assertArrayEquals(der, SignatureEncoding.RAW_RS.convert(raw, SignatureEncoding.DER));
    assertTrue(Sm2Verifier.builder(PAIR.publicKey()).encoding(SignatureEncoding.RAW_RS).build().isValid(message, raw));
  }

  @Property(tries = 300)
  void verify_arbitraryBytes_onlyCryptoException(@ForAll @Size(max = 80) byte[] junk,
      @ForAll("encodings") SignatureEncoding encoding) {
    Sm2Verifier verifier = Sm2Verifier.builder(PAIR.publicKey()).encoding(encoding).build();
    assertThrows(CryptoException.class, () -> verifier.verify(new byte[] {1}, junk));
  }

  @Provide
  Arbitrary<Sm2Cipher> ciphers() {
    return Arbitraries.of(CiphertextLayout.class).flatMap(layout -> Arbitraries.of(CiphertextEncoding.class)
        .map(encoding -> Sm2Cipher.builder().layout(layout).encoding(encoding).build()));
  }

  @Property(tries = 100)
  void encryptDecrypt_anyFormat_roundTrips(@ForAll @Size(min = 1, max = 300) byte[] plaintext,
      @ForAll("ciphers") Sm2Cipher cipher) {
    assertArrayEquals(plaintext, cipher.decrypt(PAIR.privateKey(), cipher.encrypt(PAIR.publicKey(), plaintext)));
  }

  @Property(tries = 100)
  void decrypt_ciphertextWithOneBitFlipped_failsWithCryptoException(
      @ForAll @Size(min = 1, max = 100) byte[] plaintext, @ForAll int bit, @ForAll("ciphers") Sm2Cipher cipher) {
    byte[] ct = cipher.encrypt(PAIR.publicKey(), plaintext);
    assertThrows(CryptoException.class, () -> cipher.decrypt(PAIR.privateKey(), flip(ct, bit)));
  }

  @Property(tries = 100)
  void convertTo_anyFormats_isLossless(@ForAll @Size(min = 1, max = 100) byte[] plaintext,
      @ForAll("ciphers") Sm2Cipher from, @ForAll("ciphers") Sm2Cipher to) {
    byte[] ct = from.encrypt(PAIR.publicKey(), plaintext);
    byte[] converted = from.convertTo(to, ct);
    assertArrayEquals(plaintext, to.decrypt(PAIR.privateKey(), converted));
    assertArrayEquals(ct, to.convertTo(from, converted));
  }

  @Property(tries = 300)
  void decrypt_arbitraryBytes_onlyCryptoException(@ForAll @Size(max = 150) byte[] junk,
      @ForAll("ciphers") Sm2Cipher cipher) {
    assertThrows(CryptoException.class, () -> cipher.decrypt(PAIR.privateKey(), junk));
  }
}
