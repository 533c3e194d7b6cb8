package io.hdx.codec.v3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A patient merge, PRPA_IN201304UV02 (个人信息合并): the surviving patient
 * ({@code registrationEvent/subject1/patient}, its local id first) and the local ids of the registration that is
 * merged into it and becomes obsolete ({@code replacementOf/priorRegistration/subject1/priorRegisteredRole/id}).
 * Layout per wangk4i/LangZhongGit {@code lzihe/xml样例/H02/H0203Rt.xml}.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class PatientMerge implements V3Message {
  private final MessageHeader header;
  private final PatientRecord survivor;
  private final List<Identifier> mergedIds;

  private PatientMerge(MessageHeader header, PatientRecord survivor, List<Identifier> mergedIds) {
    this.header = Objects.requireNonNull(header, "header");
    this.survivor = Objects.requireNonNull(survivor, "survivor");
    this.mergedIds = Collections.unmodifiableList(new ArrayList<>(mergedIds));
    if (this.mergedIds.isEmpty()) {
      throw new IllegalArgumentException("a merge needs the id of the registration merged away");
    }
  }

  /** A merge of the registration known by {@code mergedIds} into {@code survivor}. */
  public static PatientMerge of(MessageHeader header, PatientRecord survivor, List<Identifier> mergedIds) {
    return new PatientMerge(header, survivor, mergedIds);
  }

  @Override
  public MessageHeader header() {
    return header;
  }

  /** The surviving patient. */
  public PatientRecord survivor() {
    return survivor;
  }

  /** The local ids of the registration merged away. */
  public List<Identifier> mergedIds() {
    return mergedIds;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PatientMerge)) {
      return false;
    }
    PatientMerge m = (PatientMerge) o;
    return header.equals(m.header) && survivor.equals(m.survivor) && mergedIds.equals(m.mergedIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(header, survivor, mergedIds);
  }

  @Override
  public String toString() {
    return "PatientMerge{" + header + ", " + mergedIds.size() + " ids merged}";
  }
}
