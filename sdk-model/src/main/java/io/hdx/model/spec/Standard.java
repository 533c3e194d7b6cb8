package io.hdx.model.spec;

import java.util.Optional;

/**
 * The standards that define shared documents.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum Standard {
  /** WS/T 500-2016 电子病历共享文档规范 (electronic medical record shared documents), 53 parts. */
  WST500("wst500", "WS/T 500-2016", "电子病历共享文档规范"),
  /** WS/T 483-2016 健康档案共享文档规范 (health record shared documents), 20 parts. */
  WST483("wst483", "WS/T 483-2016", "健康档案共享文档规范");

  private final String id;
  private final String number;
  private final String titleZh;

  Standard(String id, String number, String titleZh) {
    this.id = id;
    this.number = number;
    this.titleZh = titleZh;
  }

  /** The short id used on the command line and in the spec data, e.g. {@code wst500}. */
  public String id() {
    return id;
  }

  /** The standard's number, e.g. {@code WS/T 500-2016}. */
  public String number() {
    return number;
  }

  /** The standard's Chinese title. */
  public String titleZh() {
    return titleZh;
  }

  /** The standard with short id {@code id} ({@code wst500} or {@code wst483}). */
  public static Optional<Standard> fromId(String id) {
    for (Standard standard : values()) {
      if (standard.id.equals(id)) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }
}
