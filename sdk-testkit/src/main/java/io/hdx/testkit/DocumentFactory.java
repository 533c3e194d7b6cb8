package io.hdx.testkit;

import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.dataset.RepresentationFormat;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.valueset.Concept;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the documents of an {@link Episode}, reading only the spec, its document layout, the data element catalog
 * and the value sets: every section and entry of the spec gets a value of the entry's HL7 type that fits the data
 * element's WS 363 representation format, its bound value set and its unit; values that belong together are one
 * layout group ({@link DocumentLayout#groups()}); what a value means is chosen from the episode by the data
 * element's code and WS 363 name (a diagnosis code from the condition, a drug's dose from its order, a systolic
 * pressure from the vital signs), so that no document type is written by hand and a corrected fact in the spec data
 * changes what is generated.
 *
 * <p>Thread safety: immutable; one instance serves all threads.
 */
final class DocumentFactory {
  private static final String ICD10 = "2.16.156.10011.2.3.3.11";
  private static final String ICD9CM3 = "2.16.156.10011.2.3.3.12";
  private static final String TCM = "2.16.156.10011.2.3.3.14";
  private static final String[] LOCATION_ORDER = {"2.16.156.10011.1.22", "2.16.156.10011.1.21",
      "2.16.156.10011.1.26", "2.16.156.10011.1.27", "2.16.156.10011.1.5"};
  /** WS 363 birth date, admission time and discharge time, which the validator orders. */
  private static final String BIRTH_DATE = "DE02.01.005.01";
  private static final String ADMISSION_TIME = "DE06.00.092.00";
  private static final String DISCHARGE_TIME = "DE06.00.017.00";

  private final ValueSetRegistry valueSets = ValueSetRegistry.standard();
  private final DataElementCatalog catalog = DataElementCatalog.standard();

  /** The document of {@code spec} about {@code episode}; {@code rng} decides its free details. */
  ClinicalDocument document(DocumentSpec spec, Episode episode, String documentId, Rng rng) {
    LayoutBuilder b = new LayoutBuilder(spec);
    LocalDateTime time = episode.documented;
    b.documentId(documentId).effectiveTime(time).patient(Patient.builder().name(episode.patient.name()).build())
        .addAuthor(Participant.builder().name(episode.doctor.name).build())
        .custodian(hospital(episode));
    fill(spec, b, episode, rng);
    ClinicalDocument typed = b.build().toClinicalDocument();
    return header(spec, episode, documentId, rng).sections(typed.sections()).build();
  }

  // ---- header ----

  private ClinicalDocument.Builder header(DocumentSpec spec, Episode e, String documentId, Rng rng) {
    LocalDateTime time = e.documented;
    Organization hospital = hospital(e);
    ClinicalDocument.Builder b = ClinicalDocument.builder().templateId(spec.templateId()).code(spec.code())
        .title(spec.titleZh()).id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, documentId))
        .effectiveTime(PointInTime.of(time)).patient(patient(spec, e))
        .addAuthor(Participant.builder().time(PointInTime.of(time))
            .id(InstanceIdentifier.of(IdentifierOid.AUTHOR_ID.oid(), e.doctor.id)).name(e.doctor.name)
            .organization(hospital).build())
        .custodian(hospital);
    if (!spec.header(HeaderElement.LEGAL_AUTHENTICATOR).isEmpty()) {
      b.legalAuthenticator(signer(spec.header(HeaderElement.LEGAL_AUTHENTICATOR).get(0), e.seniorDoctor, e, time));
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.AUTHENTICATOR)) {
      if (h.roleName().isPresent()) {
        Episode.Staff who = h.role().get().contains("护") ? e.nurse : e.doctor;
        b.addAuthenticator(signer(h, who, e, time));
      }
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.INFORMANT)) {
      b.addInformant(Participant.builder().id(identifier(h.idRoot().orElse(IdentifierOid.RESIDENT_ID_CARD.oid()), e,
          rng)).name(e.patient.name()).build());
    }
    if (!spec.header(HeaderElement.PARTICIPANT).isEmpty()) {
      People people = People.get();
      b.addParticipant(Participant.builder().name(people.surname(rng) + people.givenName(rng, rng.chance(0.5)))
          .telecom(people.mobile(rng)).build());
    }
    if (!spec.header(HeaderElement.RELATED_DOCUMENT).isEmpty()) {
      b.relatedDocument(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, documentId + "-0"));
    }
    if (!spec.header(HeaderElement.ENCOMPASSING_ENCOUNTER).isEmpty()
        || !spec.header(HeaderElement.ENCOUNTER_EFFECTIVE_TIME).isEmpty()) {
      b.encounter(Encounter.of(PointInTime.of(e.arrival), location(spec, e)));
    }
    return b;
  }

  private static Organization hospital(Episode e) {
    return Organization.builder().id(InstanceIdentifier.of(IdentifierOid.ORGANIZATION_ID.oid(), e.hospital.uscc))
        .name(e.hospital.name).telecom(e.hospital.telecom).build();
  }

  private Patient patient(DocumentSpec spec, Episode e) {
    SamplePatient sp = e.patient;
    Patient.Builder p = Patient.builder();
    for (HeaderElementSpec h : spec.header(HeaderElement.PATIENT_ROLE_ID)) {
      String root = h.idRoot().orElse(IdentifierOid.OUTPATIENT_NUMBER.oid());
      p.addId(InstanceIdentifier.of(root, patientNumber(root, e)));
    }
    p.residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(), sp.residentId()));
    p.name(sp.name()).gender(sp.gender()).birthTime(PointInTime.of(sp.birthDate()));
    if (!spec.header(HeaderElement.PATIENT_MARITAL_STATUS).isEmpty()) {
      p.maritalStatus(sp.maritalStatus());
    }
    if (!spec.header(HeaderElement.PATIENT_ETHNIC_GROUP).isEmpty()) {
      p.ethnicGroup(sp.ethnicGroup());
    }
    if (!spec.header(HeaderElement.PATIENT_OCCUPATION).isEmpty()) {
      p.occupation(sp.occupation());
    }
    if (!spec.header(HeaderElement.PATIENT_AGE).isEmpty()) {
      p.age(PhysicalQuantity.of(BigDecimal.valueOf(sp.ageOn(e.arrival.toLocalDate())), "岁"));
    }
    if (!spec.header(HeaderElement.PATIENT_ROLE_ADDR).isEmpty()) {
      p.address(sp.address());
    }
    if (!spec.header(HeaderElement.PATIENT_ROLE_TELECOM).isEmpty()) {
      p.telecom(sp.telecom());
    }
    if (!spec.header(HeaderElement.PATIENT_EMPLOYER).isEmpty()) {
      p.employer(Organization.builder().name(People.get().cityName(e.hospital.county) + "市政建设有限公司").build());
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.PROVIDER_ORGANIZATION)) {
      String root = h.idRoot().orElse(IdentifierOid.DEPARTMENT_ID.oid());
      p.providerOrganization(Organization.of(InstanceIdentifier.of(root, root.equals(IdentifierOid.ORGANIZATION_ID
          .oid()) ? e.hospital.uscc : e.hospital.departmentId), e.condition.department));
    }
    return p.build();
  }

  /** The patient's number of kind {@code root}: outpatient, inpatient, health record, health card ... */
  private static String patientNumber(String root, Episode e) {
    if (root.equals(IdentifierOid.RESIDENT_ID_CARD.oid())) {
      return e.patient.residentId();
    }
    if (root.equals(IdentifierOid.OUTPATIENT_NUMBER.oid())) {
      return e.patient.localId();
    }
    if (root.equals(IdentifierOid.HEALTH_RECORD_NUMBER.oid())) {
      return e.patient.regionCode() + e.patient.localId().substring(2);
    }
    return e.visitNumber;
  }

  private static Participant signer(HeaderElementSpec h, Episode.Staff who, Episode e, LocalDateTime time) {
    String root = h.idRoot().orElse(IdentifierOid.STAFF_ID.oid());
    return Participant.builder().time(PointInTime.of(time))
        .id(InstanceIdentifier.of(root, root.equals(IdentifierOid.RESIDENT_ID_CARD.oid()) ? who.residentId : who.id))
        .roleName(h.roleName().orElse(null)).name(who.name).build();
  }

  private static Organization location(DocumentSpec spec, Episode e) {
    List<String> roots = new ArrayList<>();
    for (HeaderElement h : new HeaderElement[] {HeaderElement.ENCOUNTER_BED, HeaderElement.ENCOUNTER_ROOM,
        HeaderElement.ENCOUNTER_DEPARTMENT, HeaderElement.ENCOUNTER_WARD, HeaderElement.ENCOUNTER_ORGANIZATION}) {
      for (HeaderElementSpec s : spec.header(h)) {
        s.idRoot().ifPresent(roots::add);
      }
    }
    int bed = (int) (Math.abs(Rng.mix(e.patient.index())) % 40) + 1;
    String[] names = {bed + "床", (bed + 1) / 2 + "病房", e.condition.department, e.condition.department + "病区",
        e.hospital.name};
    String[] ids = {Integer.toString(bed), Integer.toString((bed + 1) / 2), e.hospital.departmentId,
        e.hospital.wardId, e.hospital.uscc};
    Organization outer = null;
    for (int i = LOCATION_ORDER.length - 1; i >= 0; i--) {
      if (roots.contains(LOCATION_ORDER[i])) {
        outer = Organization.builder().id(InstanceIdentifier.of(LOCATION_ORDER[i], ids[i])).name(names[i])
            .partOf(outer).build();
      }
    }
    return outer;
  }

  private InstanceIdentifier identifier(String root, Episode e, Rng rng) {
    if (root.equals(IdentifierOid.RESIDENT_ID_CARD.oid())) {
      return InstanceIdentifier.of(root, e.patient.residentId());
    }
    if (root.equals(IdentifierOid.ORGANIZATION_ID.oid())) {
      return InstanceIdentifier.of(root, e.hospital.uscc);
    }
    return InstanceIdentifier.of(root, "ID" + (100000 + rng.nextInt(900000)));
  }

  // ---- body ----

  /**
   * Every entry of the spec: single entries through the builder's placement, the layout's groups as one unit each,
   * a repeating group once per drug (or once when it is not a drug).
   */
  private void fill(DocumentSpec spec, LayoutBuilder b, Episode e, Rng rng) {
    DocumentLayout layout = DocumentLayout.of(spec);
    Set<String> grouped = new HashSet<>();
    for (DatumGroup group : layout.groups()) {
      SectionSpec section = spec.section(group.sectionKey()).get();
      boolean repeating = false;
      boolean drug = false;
      for (Datum d : group.members()) {
        grouped.add(group.sectionKey() + "|" + d.name());
        if (d.cardinality().isRepeating() && (!section.entry(group.name()).isPresent()
            || d.name().equals(group.name()))) {
          repeating = true;
        }
        drug |= d.name().equals("DE08.50.022.00");
      }
      int count = repeating && drug ? e.condition.drugs.size() : 1;
      for (int i = 0; i < count; i++) {
        AnyGroup g = new AnyGroup(group.sectionKey(), group.name());
        for (Datum d : group.members()) {
          EntrySpec entry = section.entry(d.name()).orElse(null);
          if (entry != null) {
            g = g.and(d.name(), value(entry, e, rng, i));
          }
        }
        b.group(g);
      }
    }
    for (SectionSpec section : spec.sections()) {
      for (EntrySpec entry : section.entries()) {
        if (grouped.contains(section.key() + "|" + entry.dataElement())) {
          continue;
        }
        if (entry.cardinality().isRepeating()) {
          b.append(section.key(), entry.dataElement(), value(entry, e, rng, 0));
        } else {
          b.put(section.key(), entry.dataElement(), value(entry, e, rng, 0));
        }
      }
    }
  }

  /** A value of {@code entry}'s type that fits its data element's format, binding and unit, and the episode. */
  Hl7Value value(EntrySpec entry, Episode e, Rng rng, int instance) {
    DataElement element = catalog.find(entry.dataElement()).orElse(null);
    RepresentationFormat format = element == null ? null : element.format().orElse(null);
    String name = entry.nameZh() + (element == null ? "" : "|" + element.nameZh());
    switch (entry.valueType()) {
      case CD:
      case CE:
      case CV:
        return coded(entry, format, e, rng, instance, name);
      case PQ:
        return quantity(entry, format, e, rng, instance, name);
      case TS:
        return time(entry.dataElement(), format, e, rng);
      case IVL_TS:
        return TimeInterval.of(PointInTime.of(e.arrival), PointInTime.of(e.discharge));
      case INT:
        return IntegerValue.of(Long.parseLong(numeric(format, rng, integer(entry.dataElement(), name, e, rng))));
      case REAL:
        return RealValue.of(new BigDecimal(numeric(format, rng, integer(entry.dataElement(), name, e, rng))));
      case BL:
        return BooleanValue.of(rng.chance(0.3));
      case MO:
        return MonetaryAmount.of(BigDecimal.valueOf(rng.between(500, 500000), 2), "CNY");
      case ED:
        return EncapsulatedData.ofText("text/plain", Texts.narrative(name, e, rng, instance));
      case II:
        return InstanceIdentifier.of(IdentifierOid.ORDER_FORM_NUMBER.oid(), fit(e.visitNumber, format, rng));
      case ST:
      default:
        return Text.of(text(format, e, rng, instance, name));
    }
  }

  private CodedValue coded(EntrySpec entry, RepresentationFormat format, Episode e, Rng rng, int instance,
      String name) {
    String system = entry.valueSet().orElse(null);
    Clinical.Condition c = e.condition;
    if (system != null && (system.equals(ICD10) || system.startsWith(ICD10 + ".")
        || system.equals("2.16.156.10011.2.3.1.100"))) {
      if (name.contains("外部原因")) {
        return cd(entry, "W19", "跌倒", system);
      }
      return cd(entry, c.icd10, c.name, system);
    }
    if (system != null && system.equals(ICD9CM3)) {
      return c.surgical() ? cd(entry, c.operationCode, c.operationName, system)
          : cd(entry, "89.03", "全面问诊和评估", system);
    }
    if (system != null && system.equals(TCM) && c.tcmCode != null) {
      return cd(entry, c.tcmCode, c.tcmName, system);
    }
    ValueSet set = system == null ? null : valueSets.findByOid(system).orElse(null);
    if (set != null && set.size() > 0) {
      List<Concept> fitting = new ArrayList<>();
      Concept preferred = null;
      for (Concept concept : set.concepts()) {
        if (format == null || format.check(concept.code()).isOk()) {
          fitting.add(concept);
          if (matches(concept.displayName(), e, instance)) {
            preferred = concept;
          }
        }
      }
      if (!fitting.isEmpty()) {
        Concept concept = preferred != null ? preferred : fitting.get(rng.nextInt(fitting.size()));
        return cd(entry, concept.code(), concept.displayName(), system);
      }
    }
    if (system != null && system.equals(TCM)) {
      // GB/T 15657 example of the reference data (valueset-oids.csv), when the condition has no known TCM code
      return cd(entry, "BNP050", "呕吐病", system);
    }
    String code = format == null ? "1" : fit("1", format, rng);
    return CodedValue.builder().type(entry.valueType()).code(code).codeSystem(system == null
        ? "2.16.156.10011.2.3.1.1" : system).build();
  }

  /** Whether a concept's display name is what the episode says (route of the drug, 治愈 for a patient sent home). */
  private static boolean matches(String display, Episode e, int instance) {
    if (display == null) {
      return false;
    }
    Clinical.Drug drug = e.condition.drugs.get(instance % e.condition.drugs.size());
    return display.equals(drug.route) || display.equals(drug.frequency);
  }

  private static CodedValue cd(EntrySpec entry, String code, String display, String system) {
    return CodedValue.builder().type(entry.valueType()).code(code).codeSystem(system).displayName(display).build();
  }

  private PhysicalQuantity quantity(EntrySpec entry, RepresentationFormat format, Episode e, Rng rng, int instance,
      String name) {
    String specUnit = entry.unit().orElse(null);
    Episode.Vitals v = e.vitals;
    Clinical.Drug drug = e.condition.drugs.get(instance % e.condition.drugs.size());
    BigDecimal number;
    String unit = specUnit;
    switch (entry.dataElement()) {
      case "DE04.10.186.00":
        number = BigDecimal.valueOf(v.temperature).setScale(1, RoundingMode.HALF_UP);
        break;
      case "DE04.10.118.00":
      case "DE04.10.206.00":
        number = BigDecimal.valueOf(v.pulse);
        break;
      case "DE04.10.081.00":
        number = BigDecimal.valueOf(v.respiration);
        break;
      case "DE04.10.174.00":
        number = BigDecimal.valueOf(v.systolic);
        break;
      case "DE04.10.176.00":
        number = BigDecimal.valueOf(v.diastolic);
        break;
      case "DE04.10.167.00":
        number = BigDecimal.valueOf(v.height);
        break;
      case "DE04.10.188.00":
        number = BigDecimal.valueOf(v.weight).setScale(1, RoundingMode.HALF_UP);
        break;
      case "DE08.50.023.00":
        number = new BigDecimal(drug.dose);
        unit = specUnit != null ? specUnit : drug.unit;
        break;
      case "DE06.00.135.00":
        number = new BigDecimal(drug.dose).multiply(BigDecimal.valueOf((long) drug.perDay * stayDays(e)));
        unit = specUnit != null ? specUnit : drug.unit;
        break;
      case "DE06.00.133.00":
        number = BigDecimal.valueOf(drug.perDay);
        break;
      case "DE06.00.310.00":
        number = BigDecimal.valueOf(stayDays(e));
        break;
      default:
        number = new BigDecimal(numeric(format, rng, integer(entry.dataElement(), name, e, rng)));
    }
    if (format != null && format.kind() == RepresentationFormat.Kind.NUMERIC && !format.check(number.toPlainString())
        .isOk()) {
      number = new BigDecimal(numeric(format, rng, number.intValue()));
    }
    return unit == null ? PhysicalQuantity.unitless(number) : PhysicalQuantity.of(number, unit);
  }

  private static long stayDays(Episode e) {
    return Math.max(1, ChronoUnit.DAYS.between(e.arrival.toLocalDate(), e.discharge.toLocalDate()));
  }

  /** A plausible whole number for a count or score the episode does not fix. */
  private static int integer(String dataElement, String name, Episode e, Rng rng) {
    if (name.contains("Apgar")) {
      return rng.between(8, 10);
    }
    if (name.contains("天数") || name.contains("天")) {
      return (int) stayDays(e);
    }
    if (name.contains("次数") || name.contains("组号") || name.contains("孕次") || name.contains("产次")) {
      return rng.between(1, 3);
    }
    if (name.contains("出血量") || name.contains("输血量") || name.contains("ml")) {
      return rng.between(2, 40) * 10;
    }
    return rng.between(1, 30);
  }

  private PointInTime time(String dataElement, RepresentationFormat format, Episode e, Rng rng) {
    LocalDateTime t;
    switch (dataElement) {
      case BIRTH_DATE:
        t = e.patient.birthDate().atStartOfDay();
        break;
      case ADMISSION_TIME:
        t = e.arrival;
        break;
      case DISCHARGE_TIME:
        t = e.discharge;
        break;
      default:
        long minutes = Math.max(1, Duration.between(e.arrival, e.discharge).toMinutes());
        t = e.arrival.plusMinutes(1 + (long) (rng.nextDouble() * (minutes - 1)));
    }
    return format != null && format.kind() == RepresentationFormat.Kind.DATE ? PointInTime.of(t.toLocalDate())
        : PointInTime.of(t.withSecond(0).withNano(0));
  }

  /** Text for an ST entry: from the episode by what the data element is, fitted to its format. */
  private String text(RepresentationFormat format, Episode e, Rng rng, int instance, String name) {
    if (format != null) {
      switch (format.kind()) {
        case NUMERIC:
          return numeric(format, rng, rng.between(1, 30));
        case DATE:
          return PointInTime.of(e.documented.toLocalDate()).literal();
        case DATE_TIME:
          return PointInTime.of(e.documented).literal();
        case TIME:
          return String.format(Locale.ROOT, "%02d%02d00", e.documented.getHour(), e.documented.getMinute());
        case BOOLEAN:
          return "true";
        default:
          break;
      }
    }
    return fit(Texts.text(name, e, rng, instance), format, rng);
  }

  /** {@code text} cut or padded to the length {@code format} allows. */
  private static String fit(String text, RepresentationFormat format, Rng rng) {
    if (format == null) {
      return text;
    }
    if (format.kind() == RepresentationFormat.Kind.NUMERIC) {
      return numeric(format, rng, 1);
    }
    int max = format.maxLength().isPresent() ? format.maxLength().getAsInt() : text.length();
    StringBuilder sb = new StringBuilder(text.length() > max ? text.substring(0, max) : text);
    while (sb.length() < format.minLength()) {
      sb.append(format.kind() == RepresentationFormat.Kind.ALPHANUMERIC ? "0" : sb.charAt(0));
    }
    String out = sb.toString();
    return format.check(out).isOk() ? out : fallback(format);
  }

  private static String fallback(RepresentationFormat format) {
    int length = Math.max(1, format.minLength());
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      sb.append(format.kind() == RepresentationFormat.Kind.ALPHABETIC ? "无" : "1");
    }
    return sb.toString();
  }

  /** Digits of {@code wanted} (first not 0) that fit a numeric format; a fitting number when it does not. */
  private static String numeric(RepresentationFormat format, Rng rng, int wanted) {
    String candidate = Integer.toString(Math.max(1, wanted));
    if (format == null || format.kind() != RepresentationFormat.Kind.NUMERIC || format.check(candidate).isOk()) {
      return candidate;
    }
    int max = format.maxLength().isPresent() ? format.maxLength().getAsInt() : 2;
    int length = Math.max(format.minLength(), Math.min(2, max));
    StringBuilder sb = new StringBuilder().append(1 + rng.nextInt(9));
    while (sb.length() < length) {
      sb.append(rng.nextInt(10));
    }
    return sb.toString();
  }

  // ---- the generic typed builder ----

  /** A typed builder for any spec, placing values by the spec and its layout as the generated builders do. */
  static final class LayoutBuilder extends TypedDocument.Builder<LayoutDocument, LayoutBuilder> {
    private final DocumentSpec spec;

    LayoutBuilder(DocumentSpec spec) {
      super(spec);
      this.spec = spec;
    }

    @Override
    protected LayoutDocument create(ClinicalDocument document) {
      return new LayoutDocument(document, spec);
    }

    void put(String section, String dataElement, Hl7Value value) {
      set(section, dataElement, value);
    }

    void append(String section, String dataElement, Hl7Value value) {
      add(section, dataElement, value);
    }

    void group(AnyGroup group) {
      addGroup(group);
    }
  }

  /** The typed view {@link LayoutBuilder} builds. */
  static final class LayoutDocument extends TypedDocument {
    LayoutDocument(ClinicalDocument document, DocumentSpec spec) {
      super(document, spec);
    }
  }

  /** A group of any layout group. */
  static final class AnyGroup extends TypedGroup<AnyGroup> {
    AnyGroup(String sectionKey, String name) {
      super(sectionKey, name);
    }

    @Override
    protected AnyGroup blank() {
      return new AnyGroup(sectionKey(), groupName());
    }

    AnyGroup and(String dataElement, Hl7Value value) {
      return with(dataElement, value);
    }
  }
}
