package io.hdx.deid.stream;

import io.hdx.codec.cda.CdaEncoder;
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
import io.hdx.model.document.Address;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.document.Section;
import io.hdx.model.document.TypedDocument;
import io.hdx.model.document.TypedGroup;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.layout.Datum;
import io.hdx.model.layout.DatumGroup;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.DocumentSpecRegistry;
import io.hdx.model.spec.EntrySpec;
import io.hdx.model.spec.SectionSpec;
import io.hdx.model.spec.Standard;
import io.hdx.model.valueset.Concept;
import io.hdx.model.valueset.Sex;
import io.hdx.model.valueset.ValueSet;
import io.hdx.model.valueset.ValueSetRegistry;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic documents of every spec, built through the generated typed builders (every single entry
 * and every layout group of the spec filled), with direct identifiers planted everywhere a document
 * can hold them: the patient's resident ID, name, phone, record number and street address in the
 * header; the names and phones of author, informant, signers and contact; all of them again in every
 * free-text entry and in every section's narrative; plus vendor content outside the HL7 namespace.
 * Synthetic data only.
 */
final class PlantedDocuments {
  /**
   * Given names for one-character, two-character and compound surnames, of characters that pseudonym
   * names never use (PseudonymNames draws from common given-name characters), so that a pseudonym can
   * never contain a planted name by chance.
   */
  private static final String[] GIVEN = {"子墨", "梓萱", "思远", "振铎", "墨", "泽", "沐辰", "语嫣"};
  private static final String[] SURNAMES = {"张", "王", "欧阳", "司马", "诸葛", "李", "赵", "上官"};
  private static final String[] STREETS = {"幸福路", "光明街", "文三路", "解放大道"};
  private static final String VENDOR_NS = "urn:vendor:his";
  private static final Map<String, Class<?>> TYPED = typedClasses();

  /** A document with what was planted in it. */
  static final class Planted {
    final DocumentSpec spec;
    final byte[] xml;
    /** Direct identifiers and vendor content that must not survive gbt37964, as written. */
    final List<String> identifiers;

    Planted(DocumentSpec spec, byte[] xml, List<String> identifiers) {
      this.spec = spec;
      this.xml = xml;
      this.identifiers = identifiers;
    }
  }

  private final Random rnd;
  private final String patientName;
  private final String residentId;
  private final String phone;
  private final String recordNumber;
  private final String street;
  private final String house;
  private final List<String> people = new ArrayList<>();
  private final List<String> phones = new ArrayList<>();
  private final LocalDateTime time;

  PlantedDocuments(long seed) {
    this(new Random(seed));
  }

  /** Every decision from {@code rnd}: in a property, {@code Choices.asRandom()}, so that a failure shrinks. */
  PlantedDocuments(Random rnd) {
    this.rnd = rnd;
    this.patientName = name();
    LocalDate birth = LocalDate.of(1930 + rnd.nextInt(80), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    String first17 = "330106" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
        + String.format("%03d", rnd.nextInt(1000));
    this.residentId = first17 + ResidentIdNumber.checkCharacter(first17);
    this.phone = "13" + (5 + rnd.nextInt(5)) + String.format("%08d", rnd.nextInt(100_000_000));
    this.recordNumber = "MZ" + String.format("%08d", rnd.nextInt(100_000_000));
    this.street = STREETS[rnd.nextInt(STREETS.length)] + (10 + rnd.nextInt(900)) + "号";
    this.house = (1 + rnd.nextInt(30)) + "幢" + (101 + rnd.nextInt(20)) + "室";
    this.time = LocalDateTime.of(2024, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60));
  }

  private String name() {
    return SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)];
  }

  private String mobile() {
    return "15" + rnd.nextInt(10) + String.format("%08d", rnd.nextInt(100_000_000));
  }

  /** The planted free text: every direct identifier of the patient and a person of the header. */
  private String freeText() {
    return "患者" + patientName + "，身份证号" + residentId + "，手机" + phone + "，门诊号" + recordNumber + "，家住浙江省杭州市西湖区"
        + street + house + "。家属" + people.get(0) + "陪同，电话" + phones.get(0) + "。主诉头痛3天，血压120/80mmHg。";
  }

  /** A planted document of {@code spec}. */
  Planted document(DocumentSpec spec) {
    people.clear();
    phones.clear();
    Participant author = person();
    Participant informant = person().toBuilder().time(null).build();   // CDA R2: an informant has no time
    Participant signer = person();
    Participant contact = person();
    Patient patient = Patient.builder().addId(InstanceIdentifier.of("2.16.156.10011.1.11", recordNumber))
        .residentId(InstanceIdentifier.of("2.16.156.10011.1.3", residentId)).name(patientName)
        .gender(CodedValue.of(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE))
        .birthTime(PointInTime.parse(residentId.substring(6, 14)))
        .address(Address.builder().state("浙江省").city("杭州市").county("西湖区").township("文新街道").streetName(street)
            .houseNumber(house).build())
        .telecom("tel:" + phone)
        .employer(Organization.builder().name("杭州某某科技有限公司").telecom("tel:0571-8" + String.format("%07d", rnd.nextInt(10_000_000))).build())
        .build();
    Organization hospital = Organization.of(InstanceIdentifier.of("2.16.156.10011.1.5", "M000100Y4"), "医院");
    ClinicalDocument typed;
    try {
      Class<?> typedClass = TYPED.get(spec.code());
      Object builder = typedClass.getMethod("builder").invoke(null);
      TypedDocument.Builder<?, ?> b = (TypedDocument.Builder<?, ?>) builder;
      b.documentId("DOC" + rnd.nextInt(100000)).effectiveTime(time).patient(patient).addAuthor(author).custodian(hospital)
          .legalAuthenticator(signer).addAuthenticator(signer).addInformant(informant).addParticipant(contact)
          .encounter(Encounter.of(PointInTime.of(time.minusDays(2)), Organization.builder().name("内科").build()));
      fill(spec, typedClass, builder);
      typed = b.build().toClinicalDocument();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(spec.code() + ": typed builder", e);
    }
    List<Section> sections = new ArrayList<>();
    for (Section s : typed.sections()) {
      sections.add(s.toBuilder().text(freeText()).build());
    }
    ClinicalDocument doc = typed.toBuilder().sections(sections).build();
    String xml = new String(CdaEncoder.create().encode(doc), StandardCharsets.UTF_8);
    // Vendor content (outside the HL7 namespace) in the header and in the body.
    String secretA = "VENDOR" + rnd.nextInt(1_000_000) + "甲";
    String secretB = "VENDOR" + rnd.nextInt(1_000_000) + "乙";
    xml = insertAfterOpen(xml, "patientRole", "<v:insurance xmlns:v=\"" + VENDOR_NS + "\" v:no=\"" + secretA + "\">"
        + secretA + "</v:insurance>");
    xml = insertAfterOpen(xml, "section", "<v:note xmlns:v=\"" + VENDOR_NS + "\"><v:text>" + secretB + "</v:text></v:note>");
    List<String> identifiers = new ArrayList<>();
    Collections.addAll(identifiers, patientName, residentId, phone, recordNumber, street, house, secretA, secretB);
    identifiers.addAll(people);
    identifiers.addAll(phones);
    return new Planted(spec, xml.getBytes(StandardCharsets.UTF_8), identifiers);
  }

  private static String insertAfterOpen(String xml, String element, String content) {
    int at = xml.indexOf("<" + element);
    if (at < 0) {
      return xml;
    }
    int end = xml.indexOf('>', at);
    return xml.substring(0, end + 1) + content + xml.substring(end + 1);
  }

  private Participant person() {
    String n = name();
    String p = mobile();
    people.add(n);
    phones.add(p);
    return Participant.builder().time(PointInTime.of(time)).id(InstanceIdentifier.of("2.16.156.10011.1.4",
        "E" + rnd.nextInt(100000))).name(n).telecom("tel:" + p).build();
  }

  // ---- the typed builders, filled through their own placement (protected set/add/addGroup)

  private void fill(DocumentSpec spec, Class<?> typed, Object builder) throws ReflectiveOperationException {
    Method set = TypedDocument.Builder.class.getDeclaredMethod("set", String.class, String.class, Hl7Value.class);
    Method add = TypedDocument.Builder.class.getDeclaredMethod("add", String.class, String.class, Hl7Value.class);
    Method addGroup = TypedDocument.Builder.class.getDeclaredMethod("addGroup", TypedGroup.class);
    Method with = TypedGroup.class.getDeclaredMethod("with", String.class, Hl7Value.class);
    for (Method m : new Method[] {set, add, addGroup, with}) {
      m.setAccessible(true);
    }
    Set<String> grouped = new HashSet<>();
    for (DatumGroup group : DocumentLayout.of(spec).groups()) {
      SectionSpec section = spec.section(group.sectionKey()).get();
      Object g = blankGroup(typed, group);
      for (Datum d : group.members()) {
        grouped.add(group.sectionKey() + "|" + d.name());
        for (EntrySpec e : section.entries()) {
          if (e.dataElement().equals(d.name()) && e.position() == d.position()) {
            g = with.invoke(g, d.name(), value(e));
          }
        }
      }
      addGroup.invoke(builder, g);
    }
    for (SectionSpec section : spec.sections()) {
      for (EntrySpec entry : section.entries()) {
        if (!grouped.contains(section.key() + "|" + entry.dataElement())) {
          (entry.cardinality().isRepeating() ? add : set).invoke(builder, section.key(), entry.dataElement(), value(entry));
        }
      }
    }
  }

  private static Object blankGroup(Class<?> typed, DatumGroup group) throws ReflectiveOperationException {
    for (Class<?> nested : typed.getDeclaredClasses()) {
      if (TypedGroup.class.isAssignableFrom(nested)) {
        Constructor<?> c = nested.getDeclaredConstructor();
        c.setAccessible(true);
        TypedGroup<?> g = (TypedGroup<?>) c.newInstance();
        if (g.sectionKey().equals(group.sectionKey()) && g.groupName().equals(group.name())) {
          return g;
        }
      }
    }
    throw new IllegalStateException(typed.getSimpleName() + " has no group type for " + group);
  }

  /** A value of the entry's type; text values carry the planted identifiers. */
  private Hl7Value value(EntrySpec entry) {
    switch (entry.valueType()) {
      case CD:
      case CE:
      case CV: {
        ValueSet set = entry.valueSet().flatMap(oid -> ValueSetRegistry.standard().findByOid(oid)).orElse(null);
        if (set != null && set.size() > 0) {
          Concept c = set.concepts().get(rnd.nextInt(set.size()));
          return CodedValue.builder().type(entry.valueType()).code(c.code()).codeSystem(set.oid())
              .displayName(c.displayName()).build();
        }
        return CodedValue.builder().type(entry.valueType()).code("1").codeSystem("2.16.156.10011.2.3.1.1").build();
      }
      case PQ:
        return entry.unit().isPresent() ? PhysicalQuantity.of(BigDecimal.valueOf(10 + rnd.nextInt(80)), entry.unit().get())
            : PhysicalQuantity.unitless(BigDecimal.valueOf(10 + rnd.nextInt(80)));
      case TS:
        return PointInTime.of(time.minusHours(rnd.nextInt(48)));
      case IVL_TS:
        return TimeInterval.of(PointInTime.of(time.minusDays(2)), PointInTime.of(time));
      case INT:
        return IntegerValue.of(1 + rnd.nextInt(9));
      case REAL:
        return RealValue.of(new BigDecimal("36.5"));
      case BL:
        return BooleanValue.of(rnd.nextBoolean());
      case MO:
        return MonetaryAmount.of(new BigDecimal("12.50"), "CNY");
      case ED:
        return EncapsulatedData.ofText("text/plain", freeText());
      case II:
        return InstanceIdentifier.of("2.16.156.10011.1.24", recordNumber);
      default:
        return Text.of(freeText());
    }
  }

  /** The generated typed class of every spec, by the naming table of sdk-model's generator. */
  private static Map<String, Class<?>> typedClasses() {
    try {
      Map<String, String> names = new HashMap<>();
      for (String line : Files.readAllLines(Paths.get("..", "sdk-model", "src", "build", "facts",
          "document-class-names.tsv"), StandardCharsets.UTF_8)) {
        String[] cells = line.split("\t");
        names.put(cells[0], cells.length > 1 ? cells[1] : "");
      }
      Map<String, Class<?>> found = new HashMap<>();
      for (DocumentSpec s : DocumentSpecRegistry.standard().all()) {
        String key = s.standard() == Standard.WST483 ? String.format("B%04d", s.part()) : s.code();
        found.put(s.code(), Class.forName("io.hdx.model.document." + s.standard().id() + "." + names.get(key)));
      }
      return found;
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("typed document classes", e);
    }
  }
}
