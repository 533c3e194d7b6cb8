package io.hdx.model.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Values of a section that belong together and are written as one unit: a diagnosis's name with its code and
 * rank (an observation with nested details), a drug or an operation (the members of one act), or an organizer's
 * components (blood pressure, a fee group). A typed builder takes a group in one call, so that values are never
 * paired by position across separate calls.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public final class DatumGroup {
  /** The name of the group an organizer's components form ({@link #name()}). */
  public static final String ORGANIZER = "ORGANIZER";

  private final String sectionKey;
  private final String name;
  private final List<Datum> members;

  DatumGroup(String sectionKey, String name, List<Datum> members) {
    this.sectionKey = Objects.requireNonNull(sectionKey, "sectionKey");
    this.name = Objects.requireNonNull(name, "name");
    this.members = Collections.unmodifiableList(new ArrayList<>(members));
  }

  /** The section the group lives in. */
  public String sectionKey() {
    return sectionKey;
  }

  /**
   * The group's name: the head data element of an observation with details, an act shape
   * ({@code SUBSTANCE_ADMINISTRATION}, {@code PROCEDURE} ...), or {@code ORGANIZER}.
   */
  public String name() {
    return name;
  }

  /** The data of the group, head first, in spec order. */
  public List<Datum> members() {
    return members;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatumGroup)) {
      return false;
    }
    DatumGroup g = (DatumGroup) o;
    return sectionKey.equals(g.sectionKey) && name.equals(g.name) && members.equals(g.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sectionKey, name, members);
  }

  @Override
  public String toString() {
    return "DatumGroup[" + sectionKey + " " + name + ", " + members.size() + " data]";
  }
}
