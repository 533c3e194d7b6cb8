package io.hdx.codec.v3;

import java.util.Objects;

/**
 * A document registration, RCMR_IN000002UV02 (电子病历文档注册): the document's metadata and the CDA document
 * itself ({@link DocumentEntry#content()}), under {@code controlActProcess classCode="STC" moodCode="APT"}.
 * Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H06/H0601Rt.xml}; no public schema exists for it
 * (schemas-v3/PROVENANCE.md).
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DocumentRegistration implements V3Message {
  private final MessageHeader header;
  private final DocumentEntry document;

  private DocumentRegistration(MessageHeader header, DocumentEntry document) {
    this.header = Objects.requireNonNull(header, "header");
    this.document = Objects.requireNonNull(document, "document");
  }

  /** A registration of {@code document}. */
  public static DocumentRegistration of(MessageHeader header, DocumentEntry document) {
    return new DocumentRegistration(header, document);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The document. */
  public DocumentEntry document() {
    return document;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentRegistration && header.equals(((DocumentRegistration) o).header)
        && document.equals(((DocumentRegistration) o).document);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, document);
  }

  @Override
  public String toString() {
    return "DocumentRegistration{" + header + ", " + document + "}";
  }
}
