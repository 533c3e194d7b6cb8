package io.hdx.codec.cda;

import io.hdx.model.datatype.BooleanValue;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.EncapsulatedData;
import io.hdx.model.datatype.Hl7Type;
import io.hdx.model.datatype.Hl7Value;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.IntegerValue;
import io.hdx.model.datatype.MonetaryAmount;
import io.hdx.model.datatype.NullFlavor;
import io.hdx.model.datatype.NullValue;
import io.hdx.model.datatype.PhysicalQuantity;
import io.hdx.model.datatype.PointInTime;
import io.hdx.model.datatype.RealValue;
import io.hdx.model.datatype.Text;
import io.hdx.model.datatype.TimeInterval;
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Entry;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Participation;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntryShape;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.Standard;
import io.hdx.model.valueset.Sex;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic ClinicalDocuments for codec tests, built from a seeded {@link Random} so that jqwik can drive
 * them with a generated seed: random header parts and sections/entries of a document spec of
 * {@link DocumentSpecRegistry#standard()}, each value of its entry's value type. Synthetic data only.
 */
public final class TestDocuments {
  private static final String CHARS = "abcXYZ019 <>&\"'/-_.,;:患者主诉头痛三天男女姓名北京市朝阳区";

  private static final Path CLASS_NAMES = Paths.get("..", "sdk-model", "src", "build", "facts",
      "document-class-names.tsv");

  private final Random rnd;
  private final boolean cdaNullFlavorsOnly;

  public TestDocuments(long seed) {
    this(seed, false);
  }

  /** With {@code cdaNullFlavorsOnly}, no QS null flavor: the CDA R2 voc.xsd NullFlavor type lacks it. */
  public TestDocuments(long seed, boolean cdaNullFlavorsOnly) {
    this(new Random(seed), cdaNullFlavorsOnly);
  }

  /** Every decision from {@code rnd}: in a property, {@code Choices.asRandom()}, so that a failure shrinks. */
  public TestDocuments(Random rnd, boolean cdaNullFlavorsOnly) {
    this.rnd = rnd;
    this.cdaNullFlavorsOnly = cdaNullFlavorsOnly;
  }

  /** The 73 typed classes by spec, named as in sdk-model's naming table. */
  public static Map<DocumentSpec, Class<?>> typedClasses() throws IOException, ClassNotFoundException {
    Map<String, String> names = new HashMap<>();
    for (String line : Files.readAllLines(CLASS_NAMES, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\t");
      names.put(cells[0], cells[1]);
    }
    Map<DocumentSpec, Class<?>> classes = new LinkedHashMap<>();
    for (DocumentSpec spec : DocumentSpecRegistry.standard().all()) {
      String key = spec.standard() == Standard.WST483 ? String.format("B%04d", spec.part()) : spec.code();
      String name = names.get(key);
      if (name != null) {
        classes.put(spec, Class.forName("io.hdx.model.document." + spec.standard().id() + "." + name));
      }
    }
    return classes;
  }

  /**
   * A document built with {@code typed}'s builder: a fixed synthetic header and every entry of {@code spec} set
   * (repeating ones twice) to a value of its type.
   */
  public static ClinicalDocument typedDocument(DocumentSpec spec, Class<?> typed) throws ReflectiveOperationException {
    Object builder = typed.getMethod("builder").invoke(null);
    TypedDocument.Builder<?, ?> b = (TypedDocument.Builder<?, ?>) builder;
    b.documentId("DOC-" + spec.code()).effectiveTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5))
        .patient(Patient.builder().addId(InstanceIdentifier.of(IdentifierOid.INPATIENT_NUMBER.oid(), "ZY0001"))
            .residentId(InstanceIdentifier.of(IdentifierOid.RESIDENT_ID_CARD.oid(), "SYNTHETIC"))
            .name("测试").gender(CodedValue.of(Sex.MALE)).birthTime(PointInTime.of(LocalDate.of(1980, 1, 1)))
            .build())
        .addAuthor(Participant.builder().time(PointInTime.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5)))
            .id(InstanceIdentifier.of("2.16.156.10011.1.7", "A01")).name("医生").build())
        .custodian(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "ORG"), "医院"))
        .legalAuthenticator(Participant.builder().time(PointInTime.of(LocalDate.of(2024, 1, 2)))
            .id(InstanceIdentifier.of("2.16.156.10011.1.4", "S01")).roleName("主任医师").name("签名").build())
        .encounter(Encounter.of(PointInTime.of(LocalDate.of(2024, 1, 1)),
            Organization.builder().id(InstanceIdentifier.of("2.16.156.10011.1.22", "B1")).name("1床")
                .partOf(Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "ORG"), "医院")).build()));
    TestDocuments values = new TestDocuments(spec.code().hashCode());
    TypedFill.fill(spec, typed, builder, entry -> values.value(entry.valueType()), 2);
    return ((TypedDocument) builder.getClass().getMethod("build").invoke(builder)).toClinicalDocument();
  }

  /** A random document of {@code spec}. */
  public ClinicalDocument document(DocumentSpec spec, boolean complete) {
    ClinicalDocument.Builder b = ClinicalDocument.builder().templateId(spec.templateId()).code(spec.code());
    if (complete || chance()) {
      b.id(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, word()));
    }
    if (complete || chance()) {
      b.title(spec.titleZh());
    }
    if (complete || chance()) {
      b.effectiveTime(time());
    }
    if (complete || chance()) {
      b.confidentiality(ClinicalDocument.NORMAL_CONFIDENTIALITY);
    }
    if (complete || chance()) {
      b.languageCode(ClinicalDocument.CHINESE);
    }
    if (!complete && chance()) {
      b.setId(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, word()));
    }
    if (!complete && chance()) {
      b.versionNumber(rnd.nextInt(10));
    }
    if (complete || chance()) {
      b.patient(patient(complete));
    }
    int authors = complete ? 1 + rnd.nextInt(2) : rnd.nextInt(3);
    for (int i = 0; i < authors; i++) {
      b.addAuthor(participant(true, complete));
    }
    for (int i = rnd.nextInt(2); i > 0; i--) {
      b.addInformant(participant(false, complete));
    }
    if (complete || chance()) {
      b.custodian(Organization.builder().id(InstanceIdentifier.of("2.16.156.10011.1.5", word()))
          .name(maybe(word())).build());
    }
    if (complete || chance()) {
      b.legalAuthenticator(participant(true, complete));
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      b.addAuthenticator(participant(true, complete));
    }
    for (int i = rnd.nextInt(2); i > 0; i--) {
      b.addParticipant(participant(true, false));
    }
    if (!complete && chance()) {
      b.relatedDocument(InstanceIdentifier.of(DocumentSpec.DOCUMENT_ID_ROOT, word()));
    }
    if (complete || chance()) {
      b.encounter(Encounter.of(complete ? time() : maybe(actTime(false)), chance() ? organization(3) : null));
    }
    for (SectionSpec sectionSpec : spec.sections()) {
      if (complete || chance()) {
        b.addSection(section(sectionSpec, complete));
      }
    }
    return b.build();
  }

  private Section section(SectionSpec spec, boolean complete) {
    Section.Builder s = Section.builder().code(spec.code().orElse(null)).displayName(spec.displayName());
    if (!complete && chance()) {
      s.text(text());
    }
    List<Entry.Builder> top = new ArrayList<>();
    Set<Entry.Builder> emptyActs = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<EntryShape, List<Entry.Builder>> acts = new EnumMap<>(EntryShape.class);
    Entry.Builder organizer = null;
    for (EntrySpec e : spec.entries()) {
      if (e.shape().isAct()) {
        List<Entry.Builder> list = acts.computeIfAbsent(e.shape(), shape -> newActs(shape, complete, top, emptyActs));
        for (Entry.Builder act : list) {
          if (addMembers(act, e, complete)) {
            emptyActs.remove(act);
          }
        }
        continue;
      }
      int n = complete ? 1 : rnd.nextInt(3);
      for (int i = 0; i < n; i++) {
        Entry.Builder entry = observation(e, complete);
        if (e.shape() == EntryShape.ORGANIZER_COMPONENT) {
          if (organizer == null) {
            organizer = Entry.builder().shape(EntryShape.ORGANIZER_COMPONENT);
            top.add(organizer);
          }
          organizer.addComponent(entry.shape(EntryShape.OBSERVATION).build());
        } else if (e.shape() == EntryShape.ENTRY_RELATIONSHIP) {
          Entry.Builder parent = null;
          for (Entry.Builder candidate : top) {
            if (candidate != organizer) {
              parent = candidate;
            }
          }
          if (parent == null) {
            top.add(entry.shape(EntryShape.OBSERVATION));
          } else {
            parent.addComponent(entry.shape(EntryShape.ENTRY_RELATIONSHIP).build());
            emptyActs.remove(parent);
          }
        } else {
          top.add(entry.shape(e.shape()));
        }
      }
    }
    for (Entry.Builder entry : top) {
      if (!emptyActs.contains(entry)) {
        s.addEntry(entry.build());
      }
    }
    return s.build();
  }

  private Entry.Builder observation(EntrySpec e, boolean complete) {
    Entry.Builder entry = Entry.builder().dataElement(e.dataElement()).value(value(e.valueType()));
    if (chance()) {
      entry.displayName(e.nameZh());
    }
    if (!complete && rnd.nextInt(5) == 0) {
      entry.qualifier(e.nameZh()); // a role label, as the WS/T 500 examples write code/qualifier/name
    }
    people(entry, complete);
    if (!complete && rnd.nextInt(4) == 0) {
      entry.effectiveTime(actTime(true));
    }
    return entry;
  }

  /** One or two drugs, operations ... of {@code shape}, placed where their first member's spec is. */
  private List<Entry.Builder> newActs(EntryShape shape, boolean complete, List<Entry.Builder> top,
      Set<Entry.Builder> emptyActs) {
    List<Entry.Builder> list = new ArrayList<>();
    for (int i = complete ? 1 : 1 + rnd.nextInt(2); i > 0; i--) {
      Entry.Builder act = Entry.builder().shape(shape);
      if (!complete && rnd.nextInt(4) == 0) {
        act.effectiveTime(actTime(true));
      }
      people(act, complete);
      list.add(act);
      top.add(act);
      emptyActs.add(act);
    }
    return list;
  }

  /** Adds member {@code e} to {@code act}: once in its slot, or as 0..2 nested observations; whether any. */
  private boolean addMembers(Entry.Builder act, EntrySpec e, boolean complete) {
    if (e.position().isSlot()) {
      if (complete || chance()) {
        act.addComponent(Entry.at(e.position(), e.dataElement(), value(e.valueType())));
        return true;
      }
      return false;
    }
    int n = complete ? 1 : rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      act.addComponent(observation(e, complete).shape(EntryShape.ENTRY_RELATIONSHIP).build());
    }
    return n > 0;
  }

  /** A value of {@code type}, sometimes a null flavor. */
  public Hl7Value value(Hl7Type type) {
    if (rnd.nextInt(10) == 0) {
      NullFlavor[] flavors = NullFlavor.values();
      NullFlavor flavor = flavors[rnd.nextInt(flavors.length)];
      return NullValue.of(type, cdaNullFlavorsOnly && flavor == NullFlavor.QS ? NullFlavor.UNK : flavor);
    }
    switch (type) {
      case II:
        return chance() ? InstanceIdentifier.of(oid(), word())
            : InstanceIdentifier.builder().root(oid()).assigningAuthorityName(word()).build();
      case CD:
      case CE:
      case CV:
        return coded(type);
      case PQ:
        return chance() ? PhysicalQuantity.of(decimal(), chance() ? "kg" : "mmHg") : PhysicalQuantity.unitless(decimal());
      case TS:
        return time();
      case IVL_TS:
        PointInTime low = PointInTime.of(LocalDate.of(2000 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1));
        PointInTime high = PointInTime.of(LocalDateTime.of(2015 + rnd.nextInt(10), 1, 2, 3, 4, 5));
        int shape = rnd.nextInt(3);
        return TimeInterval.of(shape == 2 ? null : low, shape == 1 ? null : high);
      case INT:
        return IntegerValue.of(rnd.nextLong());
      case REAL:
        return RealValue.of(decimal());
      case BL:
        return BooleanValue.of(chance());
      case MO:
        return MonetaryAmount.of(decimal(), chance() ? "CNY" : null);
      case ED:
        if (chance()) {
          byte[] bytes = new byte[rnd.nextInt(40)];
          rnd.nextBytes(bytes);
          return EncapsulatedData.ofBytes("application/pdf", bytes);
        }
        return EncapsulatedData.ofText(chance() ? "text/plain" : null, text());
      case ST:
      default:
        return Text.of(text());
    }
  }

  private Patient patient(boolean complete) {
    Patient.Builder p = Patient.builder();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      p.addId(InstanceIdentifier.of("2.16.156.10011.1.12", word()));
    }
    if (complete || chance()) {
      p.residentId(InstanceIdentifier.of("2.16.156.10011.1.3", word()));
    }
    if (complete || chance()) {
      p.name(word());
    }
    if (complete || chance()) {
      p.gender(CodedValue.builder().type(complete || chance() ? Hl7Type.CE : Hl7Type.CD).code("1")
          .codeSystem("2.16.156.10011.2.3.3.4").displayName(maybe("男性")).build());
    }
    if (complete || chance()) {
      p.birthTime(PointInTime.of(LocalDate.of(1950 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
    }
    if (chance()) {
      p.maritalStatus(coded(Hl7Type.CE));
    }
    if (chance()) {
      p.ethnicGroup(coded(Hl7Type.CE));
    }
    if (chance()) {
      p.occupation(coded(Hl7Type.CE));
    }
    if (chance()) {
      p.age(PhysicalQuantity.of(BigDecimal.valueOf(rnd.nextInt(100)), "岁"));
    }
    if (chance()) {
      p.address(address());
    }
    if (chance()) {
      p.telecom(telecom());
    }
    if (chance()) {
      p.employer(Organization.builder().name(maybe(word())).telecom(maybe(telecom())).build());
    }
    if (chance()) {
      p.providerOrganization(organization(2));
    }
    return p.build();
  }

  /** Now and then the people of an entry's act: an author, a performer, a participant (ATND), as orders have them. */
  private void people(Entry.Builder entry, boolean complete) {
    if (complete || rnd.nextInt(4) != 0) {
      return;
    }
    for (int i = 1 + rnd.nextInt(2); i > 0; i--) {
      Participant person = participant(true, false);
      int kind = rnd.nextInt(3);
      if (kind == 0) {
        entry.addParticipation(Participation.author(person));
      } else if (kind == 1 || person.organization().isPresent()
          || person.professionalTechnicalPosition().isPresent()) {
        entry.addParticipation(Participation.performer(person));
      } else {
        entry.addParticipation(Participation.participant("ATND", person));
      }
    }
  }

  private Participant participant(boolean withTime, boolean complete) {
    Participant.Builder p = Participant.builder();
    if (withTime && (complete || chance())) {
      p.time(time());
    }
    if (complete || chance()) {
      p.id(InstanceIdentifier.of("2.16.156.10011.1.4", word()));
    }
    int role = rnd.nextInt(3);
    if (role == 1) {
      p.code(coded(Hl7Type.CE));
    } else if (role == 2) {
      p.roleName(word());
    }
    if (complete || chance()) {
      p.name(word());
    }
    if (chance()) {
      p.telecom(telecom());
    }
    if (chance()) {
      p.address(address());
    }
    if (chance()) {
      p.organization(organization(2));
    }
    if (chance()) {
      p.professionalTechnicalPosition(coded(Hl7Type.CE));
    }
    return p.build();
  }

  private Organization organization(int depth) {
    Organization.Builder o = Organization.builder();
    if (chance()) {
      o.id(InstanceIdentifier.of("2.16.156.10011.1." + (20 + rnd.nextInt(8)), word()));
    }
    o.name(maybe(word())).telecom(maybe(telecom()));
    if (depth > 1 && chance()) {
      o.partOf(organization(depth - 1));
    }
    return o.build();
  }

  private Address address() {
    return Address.builder().use(maybe("H")).houseNumber(maybe(word())).streetName(maybe(word()))
        .township(maybe(word())).county(maybe(word())).city(maybe(word())).state(maybe(word()))
        .postalCode(maybe("100000")).build();
  }

  private CodedValue coded(Hl7Type type) {
    return CodedValue.builder().type(type).code(Integer.toString(rnd.nextInt(100)))
        .codeSystem("2.16.156.10011.2.3." + rnd.nextInt(4) + "." + rnd.nextInt(300))
        .codeSystemName(maybe(word())).displayName(maybe(word())).build();
  }

  /**
   * An effectiveTime as CDA R2 allows it (IVL_TS): a point, an interval (either bound may be open) or a null flavor;
   * {@code unknownToo}: also UNK (an encounter's UNK is the writer's placeholder for no time, read back as none).
   */
  private Hl7Value actTime(boolean unknownToo) {
    switch (rnd.nextInt(4)) {
      case 0:
        PointInTime low = time();
        PointInTime high = PointInTime.of(low.start().plusHours(1 + rnd.nextInt(200)));
        return rnd.nextBoolean() ? TimeInterval.of(low, high) : rnd.nextBoolean() ? TimeInterval.from(low)
            : TimeInterval.of(null, high);
      case 1:
        return NullValue.of(Hl7Type.IVL_TS, unknownToo && rnd.nextBoolean() ? NullFlavor.UNK : NullFlavor.NI);
      default:
        return time();
    }
  }

  private PointInTime time() {
    int kind = rnd.nextInt(3);
    LocalDateTime t = LocalDateTime.of(1990 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
        rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
    if (kind == 0) {
      return PointInTime.of(t.toLocalDate());
    }
    if (kind == 1) {
      return PointInTime.of(t);
    }
    return PointInTime.parse(PointInTime.of(t).literal() + "+0800");
  }

  private BigDecimal decimal() {
    return BigDecimal.valueOf(rnd.nextInt(1_000_000) - 500_000, rnd.nextInt(4));
  }

  /** A phone number as a tel: URI (TEL/@value is anyURI in the HL7 V3 schema). */
  private String telecom() {
    return "tel:010-" + (10_000_000 + rnd.nextInt(90_000_000));
  }

  private String oid() {
    return "2.16.156.10011.1." + rnd.nextInt(40);
  }

  private String word() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + rnd.nextInt(12); i > 0; i--) {
      sb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));
    }
    return sb.toString();
  }

  private String text() {
    StringBuilder sb = new StringBuilder();
    for (int i = rnd.nextInt(40); i > 0; i--) {
      sb.append(rnd.nextInt(20) == 0 ? "\n" : String.valueOf(CHARS.charAt(rnd.nextInt(CHARS.length()))));
    }
    return sb.toString();
  }

  private <T> T maybe(T value) {
    return chance() ? value : null;
  }

  private boolean chance() {
    return rnd.nextBoolean();
  }
}
