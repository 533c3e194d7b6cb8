package io.hdx.codec.v3;

import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the builders of {@link PatientRecord} and {@link ProviderRecord} share: the role's ids and telecoms, and the
 * person behind it ({@code patientPerson} / {@code healthCarePrincipalPerson}: ids, name, gender, birth time).
 *
 * <p>Thread safety: not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class PersonBuilder<B extends PersonBuilder<B>> {
  final List<Identifier> ids = new ArrayList<>();
  final List<Identifier> personIds = new ArrayList<>();
  final List<String> telecoms = new ArrayList<>();
  String name;
  Code gender;
  PointInTime birthTime;

  PersonBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Copies a record's shared parts into this builder (for {@code toBuilder()}). */
  final B person(List<Identifier> ids, List<Identifier> personIds, List<String> telecoms, String name, Code gender,
      PointInTime birthTime) {
    this.ids.addAll(ids);
    this.personIds.addAll(personIds);
    this.telecoms.addAll(telecoms);
    this.name = name;
    this.gender = gender;
    this.birthTime = birthTime;
    return self();
  }

  /** Adds an id of the role (the patient's or the provider's id). */
  public final B addId(Identifier id) {
    ids.add(Objects.requireNonNull(id, "id"));
    return self();
  }

  /** Adds an id of the person (e.g. the resident ID). */
  public final B addPersonId(Identifier id) {
    personIds.add(Objects.requireNonNull(id, "id"));
    return self();
  }

  /** Adds a telephone number or e-mail address, as written. */
  public final B addTelecom(String telecom) {
    telecoms.add(Objects.requireNonNull(telecom, "telecom"));
    return self();
  }

  /** Sets the person's name (null or empty clears). */
  public final B name(String name) {
    this.name = emptyToNull(name);
    return self();
  }

  /** Sets the person's gender (null clears). */
  public final B gender(Code gender) {
    this.gender = gender;
    return self();
  }

  /** Sets the person's birth time (null clears). */
  public final B birthTime(PointInTime birthTime) {
    this.birthTime = birthTime;
    return self();
  }

  static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static <T> List<T> copy(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }
}
