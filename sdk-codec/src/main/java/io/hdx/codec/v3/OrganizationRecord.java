package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A health-care organization or department (医疗卫生机构（科室）) as the organization registry messages carry it
 * ({@code registrationRequest/subject1/assignedEntity}, or {@code registrationEvent/subject1/assignedEntity} in a
 * query response): ids ({@code assignedEntity/id}, e.g. root {@value #ORGANIZATION_ID_ROOT}), category
 * ({@code code}, 医疗卫生机构业务科室分类与代码 2.16.156.10011.2.3.2.62 in the sample), role name, telecoms, the
 * entity name ({@code assignedPrincipalOrganization/name}) and the parent organization
 * ({@code assignedPrincipalOrganization/asAffiliate/scoper2}: id, name). Elements per wangk4i/LangZhongGit
 * {@code lzihe/xml样例/H03/H0301Rt.xml} and the H0303Rp response mapping of the same repository.
 *
 * <p>The R1 schema of this interaction ({@code schemas-v3/multicacheschemas/PRPM_MT401010UV01.xsd}) has no
 * {@code assignedPrincipalOrganization}; the national layout is written in both styles and is not R1-valid.
 *
 * <p>Thread safety: immutable; the builder is not.
 *
 * <pre>{@code OrganizationRecord d = OrganizationRecord.builder()
 *     .addId(Identifier.of(OrganizationRecord.ORGANIZATION_ID_ROOT, "A03")).name("呼吸内科").build();}</pre>
 *
 * @since 0.1.0
 */
public final class OrganizationRecord {
  /** Root of an organization or department id (医疗卫生机构（科室）标识) in the national samples (H0301, H0401). */
  public static final String ORGANIZATION_ID_ROOT = "2.16.156.10011.1.26";

  private final List<Identifier> ids;
  private final Code type;
  private final String roleName;
  private final List<String> telecoms;
  private final String name;
  private final Identifier parent;
  private final String parentName;

  private OrganizationRecord(Builder b) {
    if (b.ids.isEmpty()) {
      throw new IllegalArgumentException("an organization needs at least one id");
    }
    this.ids = Collections.unmodifiableList(new ArrayList<>(b.ids));
    this.type = b.type;
    this.roleName = b.roleName;
    this.telecoms = Collections.unmodifiableList(new ArrayList<>(b.telecoms));
    this.name = b.name;
    this.parent = b.parent;
    this.parentName = b.parentName;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ids.addAll(ids);
    b.type = type;
    b.roleName = roleName;
    b.telecoms.addAll(telecoms);
    b.name = name;
    b.parent = parent;
    b.parentName = parentName;
    return b;
  }

  /** The ids (at least one). */
  public List<Identifier> ids() {
    return ids;
  }

  /** The category (科室类别). */
  public Optional<Code> type() {
    return Optional.ofNullable(type);
  }

  /** The role name ({@code assignedEntity/name}). */
  public Optional<String> roleName() {
    return Optional.ofNullable(roleName);
  }

  /** Telephone numbers or e-mail addresses. */
  public List<String> telecoms() {
    return telecoms;
  }

  /** The entity name ({@code assignedPrincipalOrganization/name}). */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The parent organization's id (上级机构). */
  public Optional<Identifier> parent() {
    return Optional.ofNullable(parent);
  }

  /** The parent organization's name. */
  public Optional<String> parentName() {
    return Optional.ofNullable(parentName);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OrganizationRecord)) {
      return false;
    }
    OrganizationRecord r = (OrganizationRecord) o;
    return ids.equals(r.ids) && Objects.equals(type, r.type) && Objects.equals(roleName, r.roleName)
        && telecoms.equals(r.telecoms) && Objects.equals(name, r.name) && Objects.equals(parent, r.parent)
        && Objects.equals(parentName, r.parentName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ids, type, roleName, telecoms, name, parent, parentName);
  }

  @Override
  public String toString() {
    return "OrganizationRecord{" + ids + ", name=" + name + "}";
  }

  /**
   * Builds an {@link OrganizationRecord}.
   *
   * <p>Thread safety: not thread-safe.
   */
  public static final class Builder {
    private final List<Identifier> ids = new ArrayList<>();
    private Code type;
    private String roleName;
    private final List<String> telecoms = new ArrayList<>();
    private String name;
    private Identifier parent;
    private String parentName;

    private Builder() {}

    /** Adds an id. */
    public Builder addId(Identifier id) {
      ids.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** The category, or null. */
    public Builder type(Code type) {
      this.type = type;
      return this;
    }

    /** The role name, or null. */
    public Builder roleName(String roleName) {
      this.roleName = roleName == null || roleName.isEmpty() ? null : roleName;
      return this;
    }

    /** Adds a telephone number or e-mail address. */
    public Builder addTelecom(String telecom) {
      telecoms.add(Objects.requireNonNull(telecom, "telecom"));
      return this;
    }

    /** The entity name, or null. */
    public Builder name(String name) {
      this.name = name == null || name.isEmpty() ? null : name;
      return this;
    }

    /** The parent organization's id, or null. */
    public Builder parent(Identifier parent) {
      this.parent = parent;
      return this;
    }

    /** The parent organization's name, or null. */
    public Builder parentName(String parentName) {
      this.parentName = parentName == null || parentName.isEmpty() ? null : parentName;
      return this;
    }

    /** Builds the record; at least one id is required. */
    public OrganizationRecord build() {
      return new OrganizationRecord(this);
    }
  }
}
