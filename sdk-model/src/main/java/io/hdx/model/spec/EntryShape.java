package io.hdx.model.spec;

/**
 * Where in a section's {@code entry} a data element sits (WS/T 500-2016 body, standard's examples):
 * the CDA R2 clinical statement that carries it.
 *
 * <p>Thread safety: immutable.
 *
 * @since 0.1.0
 */
public enum EntryShape {
  /** {@code entry/observation}: code = the data element, value = its value. The common case. */
  OBSERVATION,
  /** {@code entry/organizer/component/observation}: grouped observations (BATTERY, CLUSTER). */
  ORGANIZER_COMPONENT,
  /** {@code observation/entryRelationship/observation}: a detail nested under another entry. */
  ENTRY_RELATIONSHIP,
  /** Inside {@code entry/substanceAdministration}: drugs, orders, doses, routes. */
  SUBSTANCE_ADMINISTRATION,
  /** Inside {@code entry/procedure}: operations and procedures. */
  PROCEDURE,
  /** Inside {@code entry/encounter}. */
  ENCOUNTER,
  /** Inside {@code entry/act}. */
  ACT,
  /** Inside {@code entry/supply}. */
  SUPPLY;

  /**
   * Whether this is a non-observation act (drug, operation ...) whose data elements are its members:
   * neither an observation, nor a nested detail, nor an organizer.
   */
  public boolean isAct() {
    return this != OBSERVATION && this != ENTRY_RELATIONSHIP && this != ORGANIZER_COMPONENT;
  }
}
