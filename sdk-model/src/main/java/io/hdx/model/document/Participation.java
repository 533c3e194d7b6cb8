package io.hdx.model.document;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who took part in the act of an entry, and how (CDA R2 clinical statements, POCD_MT000040): its
 * {@link Function#AUTHOR author} (who ordered or wrote it: 医嘱开立者), a {@link Function#PERFORMER performer} (who did
 * it: 手术者, 医嘱执行者 and the 执行科室 as the organization) or another {@link Function#PARTICIPANT participant} with its
 * {@code typeCode} (HL7 ParticipationType, e.g. {@code ATND} for 医嘱审核人 or 巡台护士), as the WS/T 500 examples write
 * them on orders, operations and nursing records. The person is a {@link Participant}: time, id, role, name,
 * telecom, address and organization. A participating material (an allergen, {@code typeCode="CSM"}) is no person and
 * is not a participation.
 *
 * <p>{@link #toString()} shows the function only, never the person.
 *
 * <p>Thread safety: immutable.
 *
 * <pre>{@code
 * Entry operation = Entry.builder().shape(EntryShape.PROCEDURE)
 *     .addParticipation(Participation.performer(Participant.builder().name("...").roleName("手术者").build()))
 *     ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Participation {
  /** How the person took part; the order is CDA R2's order of the elements in a clinical statement. */
  public enum Function {
    /** {@code performer/assignedEntity}: who did it. */
    PERFORMER,
    /** {@code author/assignedAuthor}: who ordered or wrote it. */
    AUTHOR,
    /** {@code participant/participantRole/playingEntity}: another role, by its {@code typeCode}. */
    PARTICIPANT
  }

  private final Function function;
  private final String typeCode;
  private final Participant person;

  private Participation(Function function, String typeCode, Participant person) {
    this.function = Objects.requireNonNull(function, "function");
    this.typeCode = typeCode;
    this.person = Objects.requireNonNull(person, "person");
  }

  /** The act's author. */
  public static Participation author(Participant person) {
    return new Participation(Function.AUTHOR, null, person);
  }

  /** A performer of the act. */
  public static Participation performer(Participant person) {
    return new Participation(Function.PERFORMER, null, person);
  }

  /**
   * Another participant of the act, {@code typeCode} its HL7 ParticipationType code (e.g. {@code ATND}); a
   * participant is a person here, so {@code CSM} (a consumable material) is refused.
   *
   * @throws IllegalArgumentException when typeCode is empty or {@code CSM}, or the person has an organization or a
   *     professional technical position (a playingEntity has neither)
   */
  public static Participation participant(String typeCode, Participant person) {
    Objects.requireNonNull(typeCode, "typeCode");
    if (typeCode.trim().isEmpty() || "CSM".equals(typeCode)) {
      throw new IllegalArgumentException("a participant's typeCode is a ParticipationType of a person");
    }
    if (person.organization().isPresent()) {
      throw new IllegalArgumentException("participantRole has no organization of the person in CDA R2");
    }
    if (person.professionalTechnicalPosition().isPresent()) {
      throw new IllegalArgumentException("a participant's playingEntity has no professionalTechnicalPosition "
          + "(PCHIS.xsd extends Person only)");
    }
    return new Participation(Function.PARTICIPANT, typeCode, person);
  }

  /** How the person took part. */
  public Function function() {
    return function;
  }

  /** A participant's {@code typeCode}; empty for an author or a performer. */
  public Optional<String> typeCode() {
    return Optional.ofNullable(typeCode);
  }

  /** Who took part. */
  public Participant person() {
    return person;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Participation)) {
      return false;
    }
    Participation p = (Participation) o;
    return function == p.function && Objects.equals(typeCode, p.typeCode) && person.equals(p.person);
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, typeCode, person);
  }

  @Override
  public String toString() {
    return "Participation[" + function + (typeCode == null ? "" : " " + typeCode) + "]";
  }
}
