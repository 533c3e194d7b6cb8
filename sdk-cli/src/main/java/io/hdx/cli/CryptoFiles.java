package io.hdx.cli;

import io.hdx.security.CryptoException;
import io.hdx.security.cert.Sm2Certificate;
import io.hdx.security.sm.Sm2PrivateKey;
import io.hdx.security.sm.Sm2PublicKey;
import io.hdx.security.sm.Sm4Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * File input and output for the cryptographic verbs: reads keys, certificates and data, and turns
 * anything unreadable into a {@link UsageException} (exit 2) that names the file, never its
 * content.
 *
 * <p>Thread safety: stateless.
 *
 * @since 0.1.0
 */
final class CryptoFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private CryptoFiles() {}

  static byte[] read(String file) {
    try {
      return Files.readAllBytes(Paths.get(file));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw UsageException.unreadable("cannot read " + file, e);
    }
  }

  static String readText(String file) {
    return new String(read(file), StandardCharsets.UTF_8);
  }

  static Sm2PrivateKey privateKey(String file) {
    try {
      return Sm2PrivateKey.fromPem(readText(file));
    } catch (CryptoException e) {
      throw UsageException.unreadable(file + ": not an SM2 private key in PEM: " + e.getMessage(), e);
    }
  }

  static Sm2Certificate certificate(String file) {
    try {
      return Sm2Certificate.fromPem(readText(file));
    } catch (CryptoException e) {
      throw UsageException.unreadable(file + ": not an SM2 certificate in PEM: " + e.getMessage(), e);
    }
  }

  /** A public key from a PEM PUBLIC KEY block, or from the first certificate of a PEM file. */
  static Sm2PublicKey publicKey(String file) {
    String text = readText(file);
    try {
      if (text.contains("-----BEGIN CERTIFICATE-----")) {
        return Sm2Certificate.fromPem(text).publicKey();
      }
      return Sm2PublicKey.fromPem(text);
    } catch (CryptoException e) {
      throw UsageException.unreadable(file + ": not an SM2 public key or certificate in PEM: " + e.getMessage(), e);
    }
  }

  /** An SM4 key: 32 hexadecimal digits (white space ignored), or exactly 16 raw bytes. */
  static Sm4Key sm4Key(String file) {
    byte[] bytes = read(file);
    try {
      String text = new String(bytes, StandardCharsets.US_ASCII).trim();
      if (text.matches("[0-9A-Fa-f\\s]+") && text.replaceAll("\\s", "").length() == 32) {
        return Sm4Key.fromHex(text);
      }
      if (bytes.length == Sm4Key.LENGTH) {
        return Sm4Key.fromBytes(bytes);
      }
      throw UsageException.unreadable(file + ": not an SM4 key (32 hex digits or 16 bytes)", null);
    } finally {
      java.util.Arrays.fill(bytes, (byte) 0);
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }

  static void write(String file, byte[] bytes) {
    try {
      Files.write(Paths.get(file), bytes);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw UsageException.unreadable("cannot write " + file, e);
    }
  }

  /** Writes a secret readable by its owner only (where the file system has POSIX permissions). */
  static void writeSecret(Path file, byte[] bytes, boolean overwrite) throws IOException {
    if (overwrite) {
      Files.deleteIfExists(file);
    }
    try {
      Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
  }

  static void writeNew(Path file, byte[] bytes, boolean overwrite) throws IOException {
    if (!overwrite && Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Files.write(file, bytes);
  }
}
