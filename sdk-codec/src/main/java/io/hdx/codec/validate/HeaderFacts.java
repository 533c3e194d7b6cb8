package io.hdx.codec.validate;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;

/**
 * The catalog facts the header checks need on every document, looked up once per validator: the
 * data elements of the patient's name, sex and birth date (WS 363) and the GB/T code tables of the
 * patient's coded attributes (WS/T 500-2016 header, standard's examples). Any may be null when the registries lack it.
 *
 * <p>Thread safety: immutable.
 */
final class HeaderFacts {
  final DataElement name;
  final DataElement gender;
  final DataElement birthDate;
  final ValueSet genders;
  final ValueSet maritalStatuses;
  final ValueSet ethnicGroups;
  final ValueSet occupations;

  HeaderFacts(DataElementCatalog catalog, ValueSetRegistry valueSets) {
    this.name = catalog.find(HeaderChecks.NAME).orElse(null);
    this.gender = catalog.find(HeaderChecks.GENDER).orElse(null);
    this.birthDate = catalog.find(DateChecks.BIRTH_DATE).orElse(null);
    this.genders = valueSets.findByOid(HeaderChecks.GENDER_SYSTEM).orElse(null);
    this.maritalStatuses = valueSets.findByOid(HeaderChecks.MARITAL_SYSTEM).orElse(null);
    this.ethnicGroups = valueSets.findByOid(HeaderChecks.ETHNIC_SYSTEM).orElse(null);
    this.occupations = valueSets.findByOid(HeaderChecks.OCCUPATION_SYSTEM).orElse(null);
  }
}
