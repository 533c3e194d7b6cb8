package io.hdx.codec.validate;

import io.hdx.codec.cda.TypedFill;
import io.hdx.model.dataset.DataElement;
import io.hdx.model.dataset.DataElementCatalog;
import io.hdx.model.dataset.RepresentationFormat;
import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.Standard;
import io.hdx.model.valueset.Concept;
import io.hdx.model.valueset.Sex;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic documents with complete, valid data for every spec, built through the generated typed
 * builders: every section and entry of the spec filled with a value that fits the entry's HL7 type,
 * the data element's WS 363 format, its bound value set and unit; header parts with the identifier
 * roots the spec gives and check-digit-valid identifiers; dates in order before {@link #NOW}.
 * Synthetic data only.
 */
final class ValidDocuments {
  /** The fixed "now" of the tests' clock, Beijing time. */
  static final LocalDateTime NOW = LocalDateTime.of(2025, 6, 1, 12, 0, 0);
  /** A valid unified social credit code (the example of UnifiedSocialCreditCode's javadoc). */
  static final String USCC = "91350100M000100Y43";
  /** A valid organization code (the subject identifier of {@link #USCC}). */
  static final String ORG_CODE = "M000100Y4";

  private static final Path CLASS_NAMES = Paths.get("..", "sdk-model", "src", "build", "facts",
      "document-class-names.tsv");
  private static final String[] LOCATION_ORDER = {"2.16.156.10011.1.22", "2.16.156.10011.1.21",
      "2.16.156.10011.1.26", "2.16.156.10011.1.27", "2.16.156.10011.1.5"};

  private final Random rnd;
  private final LocalDate birth;
  private final LocalDateTime admission;
  private final LocalDateTime documentTime;
  private final boolean male;

  ValidDocuments(long seed) {
    this(new Random(seed));
  }

  /** Every decision from {@code rnd}: in a property, {@code Choices.asRandom()}, so that a failure shrinks. */
  ValidDocuments(Random rnd) {
    this.rnd = rnd;
    this.birth = LocalDate.of(1940 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    this.documentTime = NOW.minusDays(1 + rnd.nextInt(300)).withNano(0);
    this.admission = documentTime.minusDays(1 + rnd.nextInt(10));
    this.male = rnd.nextBoolean();
  }

  /** The clock the tests validate with. */
  static Clock clock() {
    return Clock.fixed(NOW.toInstant(ZoneOffset.ofHours(8)), DocumentValidator.CHINA_STANDARD_TIME);
  }

  /** A validator on the test clock. */
  static DocumentValidator validator() {
    return DocumentValidator.builder().clock(clock()).build();
  }

  /** A valid resident ID number of someone born on {@code birth}. */
  static String residentId(LocalDate birth, boolean male) {
    String first17 = "110105" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth()) + (male ? "013" : "024");
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  /** A complete, valid document of {@code spec}: sections through its typed builder, header by {@link #header}. */
  ClinicalDocument document(DocumentSpec spec) throws Exception {
    Object builder = typedClass(spec).getMethod("builder").invoke(null);
    TypedDocument.Builder<?, ?> b = (TypedDocument.Builder<?, ?>) builder;
    b.documentId("DOC").effectiveTime(documentTime).patient(Patient.builder().name("患者").build())
        .addAuthor(Participant.builder().name("医生甲").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", ORG_CODE), "医院"));
    TypedFill.fill(spec, typedClass(spec), builder, this::value, 1 + rnd.nextInt(2));
    ClinicalDocument typed = b.build().toClinicalDocument();
    return header(spec).sections(typed.sections()).build();
  }

  /** A complete, valid header of {@code spec}, without sections. */
  ClinicalDocument.Builder header(DocumentSpec spec) {
    ClinicalDocument.Builder b = ClinicalDocument.builder().templateId(spec.templateId()).code(spec.code())
        .title(spec.titleZh()).id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC" + rnd.nextInt(100000)))
        .effectiveTime(PointInTime.of(documentTime)).patient(patient(spec))
        .addAuthor(Participant.builder().time(PointInTime.of(documentTime))
            .id(InstanceIdentifier.of("2.16.156.10011.1.7", "A" + rnd.nextInt(1000))).name("医生甲")
            .organization(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", ORG_CODE), "医院"))
            .build())
        .custodian(Organization.of(InstanceIdentifier.of(root(spec, HeaderElement.CUSTODIAN, "2.16.156.10011.1.5"),
            rnd.nextBoolean() ? USCC : ORG_CODE), "医院"));
    if (spec.standard() == Standard.WST483) {
      // WS/T 483 samples use other document id and custodian roots (facts/wst483-notes.md); HDX warns only.
      b.custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", ORG_CODE), "医院"));
    }
    if (!spec.header(HeaderElement.LEGAL_AUTHENTICATOR).isEmpty()) {
      b.legalAuthenticator(signer(spec.header(HeaderElement.LEGAL_AUTHENTICATOR).get(0)));
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.AUTHENTICATOR)) {
      if (h.roleName().isPresent()) {
        b.addAuthenticator(signer(h));
      }
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.INFORMANT)) {
      b.addInformant(Participant.builder().id(identifier(h.idRoot().orElse("2.16.156.10011.1.3"))).name("陈述者")
          .build());
    }
    if (!spec.header(HeaderElement.PARTICIPANT).isEmpty()) {
      b.addParticipant(Participant.builder().name("联系人").build());
    }
    if (!spec.header(HeaderElement.RELATED_DOCUMENT).isEmpty()) {
      b.relatedDocument(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, "DOC0"));
    }
    if (!spec.header(HeaderElement.ENCOMPASSING_ENCOUNTER).isEmpty()
        || !spec.header(HeaderElement.ENCOUNTER_EFFECTIVE_TIME).isEmpty()) {
      b.encounter(Encounter.of(PointInTime.of(admission), location(spec)));
    }
    return b;
  }

  /** When the patient was born. */
  LocalDate birth() {
    return birth;
  }

  /** When the document was made. */
  LocalDateTime documentTime() {
    return documentTime;
  }

  /** When the encounter began. */
  LocalDateTime admission() {
    return admission;
  }

  /** The spec with {@code code}. */
  static DocumentSpec spec(String code) {
    return DocumentSpecRegistry.standard().byCode(code).get();
  }

  private Patient patient(DocumentSpec spec) {
    Patient.Builder p = Patient.builder();
    for (HeaderElementSpec h : spec.header(HeaderElement.PATIENT_ROLE_ID)) {
      p.addId(identifier(h.idRoot().orElse("2.16.156.10011.1.11")));
    }
    p.residentId(InstanceIdentifier.of("2.16.156.10011.1.3", residentId(birth, male)));
    p.name("患者乙").gender(CodedValue.of(male ? Sex.MALE : Sex.FEMALE)).birthTime(PointInTime.of(birth));
    ValueSetRegistry sets = ValueSetRegistry.standard();
    if (!spec.header(HeaderElement.PATIENT_MARITAL_STATUS).isEmpty()) {
      p.maritalStatus(code(sets.findByOid("2.16.156.10011.2.3.3.5").get()));
    }
    if (!spec.header(HeaderElement.PATIENT_ETHNIC_GROUP).isEmpty()) {
      p.ethnicGroup(code(sets.findByOid("2.16.156.10011.2.3.3.3").get()));
    }
    if (!spec.header(HeaderElement.PATIENT_OCCUPATION).isEmpty()) {
      p.occupation(code(sets.findByOid("2.16.156.10011.2.3.3.13").get()));
    }
    if (!spec.header(HeaderElement.PATIENT_AGE).isEmpty()) {
      p.age(PhysicalQuantity.of(BigDecimal.valueOf(NOW.getYear() - birth.getYear() - 1L), "岁"));
    }
    if (!spec.header(HeaderElement.PATIENT_ROLE_ADDR).isEmpty()) {
      p.address(Address.builder().state("北京市").city("北京市").county("朝阳区").build());
    }
    if (!spec.header(HeaderElement.PATIENT_ROLE_TELECOM).isEmpty()) {
      p.telecom("tel:010-12345678");
    }
    if (!spec.header(HeaderElement.PATIENT_EMPLOYER).isEmpty()) {
      p.employer(Organization.builder().name("单位").build());
    }
    for (HeaderElementSpec h : spec.header(HeaderElement.PROVIDER_ORGANIZATION)) {
      p.providerOrganization(Organization.of(identifier(h.idRoot().orElse("2.16.156.10011.1.26")), "科室"));
    }
    return p.build();
  }

  private Participant signer(HeaderElementSpec h) {
    return Participant.builder().time(PointInTime.of(documentTime))
        .id(identifier(h.idRoot().orElse("2.16.156.10011.1.4"))).roleName(h.roleName().orElse(null))
        .name("签名人").build();
  }

  private Organization location(DocumentSpec spec) {
    List<String> roots = new ArrayList<>();
    for (HeaderElement e : new HeaderElement[] {HeaderElement.ENCOUNTER_BED, HeaderElement.ENCOUNTER_ROOM,
        HeaderElement.ENCOUNTER_DEPARTMENT, HeaderElement.ENCOUNTER_WARD, HeaderElement.ENCOUNTER_ORGANIZATION}) {
      for (HeaderElementSpec h : spec.header(e)) {
        h.idRoot().ifPresent(roots::add);
      }
    }
    Organization outer = null;
    for (int i = LOCATION_ORDER.length - 1; i >= 0; i--) {
      if (roots.contains(LOCATION_ORDER[i])) {
        outer = Organization.builder().id(identifier(LOCATION_ORDER[i])).name("位置" + i).partOf(outer).build();
      }
    }
    return outer;
  }

  /** An identifier of kind {@code root} whose extension passes that kind's check. */
  private InstanceIdentifier identifier(String root) {
    if (root.equals("2.16.156.10011.1.3")) {
      return InstanceIdentifier.of(root, residentId(LocalDate.of(1970, 5, 6), rnd.nextBoolean()));
    }
    if (root.equals("2.16.156.10011.1.5")) {
      return InstanceIdentifier.of(root, rnd.nextBoolean() ? USCC : ORG_CODE);
    }
    return InstanceIdentifier.of(root, "ID" + rnd.nextInt(100000));
  }

  private static String root(DocumentSpec spec, HeaderElement element, String fallback) {
    for (HeaderElementSpec h : spec.header(element)) {
      if (h.idRoot().isPresent()) {
        return h.idRoot().get();
      }
    }
    return fallback;
  }

  // ---- values ----

  /** A value of {@code entry}'s type that fits its data element's format, binding and unit. */
  Hl7Value value(EntrySpec entry) {
    DataElement element = DataElementCatalog.standard().find(entry.dataElement()).orElse(null);
    RepresentationFormat format = element == null ? null : element.format().orElse(null);
    switch (entry.valueType()) {
      case CD:
      case CE:
      case CV:
        return coded(entry, format);
      case PQ: {
        String unit = entry.unit().filter(SpecIndex::isUnit).orElse(null);
        BigDecimal number = new BigDecimal(numeric(format));
        return unit == null ? PhysicalQuantity.unitless(number) : PhysicalQuantity.of(number, unit);
      }
      case TS:
        return time(entry.dataElement(), format);
      case IVL_TS:
        return TimeInterval.of(PointInTime.of(admission), PointInTime.of(documentTime));
      case INT:
        return IntegerValue.of(Long.parseLong(numeric(format)));
      case REAL:
        return RealValue.of(new BigDecimal(numeric(format)));
      case BL:
        return BooleanValue.of(rnd.nextBoolean());
      case MO:
        return MonetaryAmount.of(new BigDecimal("12.50"), "CNY");
      case ED:
        return EncapsulatedData.ofText("text/plain", "记录");
      case II:
        return InstanceIdentifier.of("2.16.156.10011.1.24", text(format));
      case ST:
      default:
        return Text.of(text(format));
    }
  }

  private CodedValue coded(EntrySpec entry, RepresentationFormat format) {
    String system = entry.valueSet().orElse("2.16.156.10011.2.3.1.1");
    ValueSet set = ValueSetRegistry.standard().findByOid(system).orElse(null);
    if (set != null && set.size() > 0) {
      List<Concept> fitting = new ArrayList<>();
      for (Concept c : set.concepts()) {
        if (format == null || format.check(c.code()).isOk()) {
          fitting.add(c);
        }
      }
      if (!fitting.isEmpty()) {
        Concept c = fitting.get(rnd.nextInt(fitting.size()));
        return CodedValue.builder().type(entry.valueType()).code(c.code()).codeSystem(system)
            .displayName(c.displayName()).build();
      }
    }
    String code = format == null ? "1" : text(format);
    if (CodeShapes.applies(system)) {
      code = system.equals(CodeShapes.ICD9CM3) ? "47.09" : "K35.800"; // the classification's shape (CodeShapes)
    }
    return CodedValue.builder().type(entry.valueType()).code(code).codeSystem(system).build();
  }

  private static CodedValue code(ValueSet set) {
    Concept c = set.concepts().get(0);
    return CodedValue.builder().type(Hl7Type.CE).code(c.code()).codeSystem(set.oid()).displayName(c.displayName())
        .build();
  }

  private PointInTime time(String dataElement, RepresentationFormat format) {
    LocalDateTime t;
    switch (dataElement) {
      case DateChecks.BIRTH_DATE:
        t = birth.atStartOfDay();
        break;
      case DateChecks.ADMISSION_TIME:
        t = admission;
        break;
      case DateChecks.DISCHARGE_TIME:
        t = documentTime.minusHours(1);
        break;
      default:
        t = admission.plusHours(rnd.nextInt(24));
    }
    return format != null && format.kind() == RepresentationFormat.Kind.DATE ? PointInTime.of(t.toLocalDate())
        : PointInTime.of(t);
  }

  /** Text that fits {@code format} (free text when there is none). */
  private String text(RepresentationFormat format) {
    if (format == null) {
      return "记录内容";
    }
    switch (format.kind()) {
      case ALPHABETIC:
        return fit("记录内容", format);
      case ALPHANUMERIC:
        return fit("记录A1", format);
      case NUMERIC:
        return numeric(format);
      case DATE:
        return PointInTime.of(documentTime.toLocalDate()).literal();
      case DATE_TIME:
        return PointInTime.of(documentTime).literal();
      case TIME:
        return "101500";
      case BOOLEAN:
        return "true";
      default:
        return "B";
    }
  }

  private static String fit(String text, RepresentationFormat format) {
    int max = format.maxLength().isPresent() ? format.maxLength().getAsInt() : text.length();
    StringBuilder sb = new StringBuilder(text.length() > max ? text.substring(0, max) : text);
    while (sb.length() < format.minLength()) {
      sb.append(sb.charAt(0));
    }
    return sb.toString();
  }

  /** Digits (first one not 0) that fit a numeric format; two digits when there is no format. */
  private String numeric(RepresentationFormat format) {
    int length = 2;
    if (format != null && format.kind() == RepresentationFormat.Kind.NUMERIC) {
      int max = format.maxLength().isPresent() ? format.maxLength().getAsInt() : 2;
      length = Math.max(format.minLength(), Math.min(2, max));
    }
    StringBuilder sb = new StringBuilder().append(1 + rnd.nextInt(9));
    while (sb.length() < length) {
      sb.append(rnd.nextInt(10));
    }
    return sb.toString();
  }

  // ---- typed classes ----

  /** The generated typed class of {@code spec}, named as in sdk-model's naming table. */
  static Class<?> typedClass(DocumentSpec spec) {
    return TypedClasses.BY_CODE.get(spec.code());
  }

  private static final class TypedClasses {
    static final Map<String, Class<?>> BY_CODE = load();

    private static Map<String, Class<?>> load() {
      try {
        Map<String, String> names = new HashMap<>();
        for (String line : Files.readAllLines(CLASS_NAMES, StandardCharsets.UTF_8)) {
          String[] cells = line.split("\t");
          names.put(cells[0], cells[1]);
        }
        Map<String, Class<?>> found = new LinkedHashMap<>();
        for (DocumentSpec s : DocumentSpecRegistry.standard().all()) {
          String key = s.standard() == Standard.WST483 ? String.format("B%04d", s.part()) : s.code();
          found.put(s.code(), Class.forName("io.hdx.model.document." + s.standard().id() + "." + names.get(key)));
        }
        return java.util.Collections.unmodifiableMap(found);
      } catch (java.io.IOException | ClassNotFoundException e) {
        throw new IllegalStateException("typed document classes", e);
      }
    }
  }
}
