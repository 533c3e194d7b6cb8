package io.hdx.model.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<String, Integer> maxOccurs;

  DatumGroup(String sectionKey, String name, List<Datum> members, Map<String, Integer> maxOccurs) {
    this.sectionKey = Objects.requireNonNull(sectionKey, "sectionKey");
    this.name = Objects.requireNonNull(name, "name");
    this.members = Collections.unmodifiableList(new ArrayList<>(members));
    this.maxOccurs = Collections.unmodifiableMap(new HashMap<>(maxOccurs));
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

  /**
   * How many times a value of data element {@code dataElement} may sit in one instance of the group (below its head):
   * 1 for a member, more where the standard's examples nest it more often (a TCM diagnosis holds two DE05.10.130.00
   * codes, 病名代码 and 证候代码), 1 for a datum of another group that they also nest here (a TCM diagnosis's rank
   * DE05.01.080.00, whose own group is the 西医 diagnosis's), 0 for a value that does not belong here (layout-body.tsv
   * {@code member_of}, after {@code facts/wst500-group-members.tsv}).
   *
   * @since 0.1.0
   */
  public int maxOccurs(String dataElement) {
    Integer max = maxOccurs.get(Objects.requireNonNull(dataElement, "dataElement"));
    return max == null ? 0 : max;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DatumGroup)) {
      return false;
    }
    DatumGroup g = (DatumGroup) o;
    return sectionKey.equals(g.sectionKey) && name.equals(g.name) && members.equals(g.members)
        && maxOccurs.equals(g.maxOccurs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sectionKey, name, members, maxOccurs);
  }

  @Override
  public String toString() {
    return "DatumGroup[" + sectionKey + " " + name + ", " + members.size() + " data]";
  }
}
