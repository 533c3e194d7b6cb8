package io.hdx.codec.validate;

import io.hdx.model.Confidence;
import io.hdx.model.datatype.CodedValue;
import io.hdx.model.datatype.InstanceIdentifier;
import io.hdx.model.datatype.Text;
import io.hdx.model.document.ClinicalDocument;
import io.hdx.model.document.Encounter;
import io.hdx.model.document.Organization;
import io.hdx.model.document.Participant;
import io.hdx.model.document.Patient;
import io.hdx.model.id.IdentifierOid;
import io.hdx.model.id.ResidentIdNumber;
import io.hdx.model.layout.DocumentLayout;
import io.hdx.model.spec.BindingStrength;
import io.hdx.model.spec.Cardinality;
import io.hdx.model.spec.DocumentSpec;
import io.hdx.model.spec.HeaderElement;
import io.hdx.model.spec.HeaderElementSpec;
import io.hdx.model.spec.Standard;
import io.hdx.model.valueset.ValueSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The header checks: what CDA R2 requires (POCD_MT000040), the fixed codes WS/T 500 uses, the
 * identifier roots of each place (identifier OIDs 2.16.156.10011.1.*), the patient's coded
 * attributes against their GB/T code tables, and the document spec's header requirements.
 *
 * <p>Thread safety: stateless.
 */
final class HeaderChecks {
  /** HL7 Confidentiality, the code system of confidentialityCode (layout spec data, WS/T 500-2016 header). */
  static final String CONFIDENTIALITY_SYSTEM = system("document.confidentiality");
  /** 姓名 (WS 363). */
  static final String NAME = "DE02.01.039.00";
  /** 性别代码 (WS 363), GB/T 2261.1. */
  static final String GENDER = "DE02.01.040.00";
  /** 身份证件号码 (WS 363). */
  static final String ID_NUMBER = "DE02.01.030.00";
  /** GB/T 2261.1 生理性别代码表: the layout's code system of patient.gender. */
  static final String GENDER_SYSTEM = system("patient.gender");
  /** GB/T 2261.2 婚姻状况代码表: the layout's code system of patient.maritalStatus. */
  static final String MARITAL_SYSTEM = system("patient.maritalStatus");
  /** GB 3304 民族类别代码表: the layout's code system of patient.ethnicGroup. */
  static final String ETHNIC_SYSTEM = system("patient.ethnicGroup");
  /** GB/T 2261.4 从业状况(个人身体)代码表: the layout's code system of patient.occupation. */
  static final String OCCUPATION_SYSTEM = system("patient.occupation");

  private static final XPath RECORD_TARGET = XPath.ROOT.child("recordTarget");
  private static final XPath PATIENT_ROLE = RECORD_TARGET.child("patientRole");
  private static final XPath PATIENT = PATIENT_ROLE.child("patient");
  /** Where each header element is counted and reported: its path in the document layout. */
  private static final Map<HeaderElement, XPath> WHERE = where();
  private static final XPath ENCOUNTER = XPath.ROOT.child("componentOf").child("encompassingEncounter");
  private static final XPath LOCATION = ENCOUNTER.child("location").child("healthCareFacility")
      .child("serviceProviderOrganization");

  private HeaderChecks() {}

  private static String system(String field) {
    return DocumentLayout.headerCodeSystem(field)
        .orElseThrow(() -> new IllegalStateException("layout-header.tsv: no code system for " + field));
  }

  static void check(ValidationRun run, ClinicalDocument doc, HeaderFacts facts) {
    IssueCollector issues = run.issues;
    SpecIndex index = run.index;
    XPath root = XPath.ROOT;
    if (index != null && !index.spec.titleZh().equals(doc.title().orElse(null))) {
      issues.add(ValidationRule.DOCUMENT_TITLE, null, root.child("title"), null, null,
          (doc.title().isPresent() ? "title differs from" : "no title; expected") + " the title of "
              + index.label);
    }
    if (!doc.id().isPresent()) {
      required(issues, root.child("id"), "the document id (文档流水号)");
    } else {
      Confidence confidence = index != null && index.spec.standard() == Standard.WST483
          ? Confidence.UNCONFIRMED : Confidence.HIGH;
      idRoot(issues, doc.id().get(), DocumentSpec.DOCUMENT_ID_ROOT, confidence, root.child("id"), "the document id");
    }
    if (!doc.effectiveTime().isPresent()) {
      required(issues, root.child("effectiveTime"), "the document's effectiveTime");
    } else {
      run.dates.add(new DateChecks.Fact(DateChecks.Kind.DOCUMENT, doc.effectiveTime().get(),
          root.child("effectiveTime"), null, null));
    }
    if (!doc.confidentiality().isPresent()) {
      required(issues, root.child("confidentialityCode"), "confidentialityCode");
    } else if (doc.confidentiality().get().isValid()
        && !doc.confidentiality().get().codeSystem().equals(CONFIDENTIALITY_SYSTEM)) {
      issues.add(ValidationRule.CDA_HEADER_CODE, null, root.child("confidentialityCode").attribute("codeSystem"),
          null, null, "confidentialityCode is not from HL7 Confidentiality " + CONFIDENTIALITY_SYSTEM);
    }
    if (!ClinicalDocument.CHINESE.equals(doc.languageCode().orElse(null))) {
      issues.add(ValidationRule.CDA_HEADER_CODE, null, root.child("languageCode"), null, null,
          doc.languageCode().isPresent() ? "languageCode is not " + ClinicalDocument.CHINESE
              : "no languageCode; WS/T 500 documents carry " + ClinicalDocument.CHINESE);
    }
    if (doc.patient().isPresent()) {
      patient(run, doc.patient().get(), facts);
    } else {
      required(issues, RECORD_TARGET, "recordTarget (the patient)");
    }
    if (doc.authors().isEmpty()) {
      required(issues, root.child("author"), "an author");
    }
    HeaderElementSpec authorSpec = first(index, HeaderElement.AUTHOR);
    HeaderElementSpec authorOrgSpec = first(index, HeaderElement.AUTHOR_ORGANIZATION);
    for (int i = 0; i < doc.authors().size(); i++) {
      Participant author = doc.authors().get(i);
      XPath at = root.child("author", i + 1);
      XPath assigned = at.child("assignedAuthor");
      time(run, author, at.child("time"), DateChecks.Kind.AUTHORED, "the author's time");
      id(run, author, assigned.child("id"), authorSpec, "the author's id", true);
      if (author.organization().isPresent()) {
        organization(run, author.organization().get(), assigned.child("representedOrganization"), authorOrgSpec,
            "the author's organization");
      }
    }
    HeaderElementSpec informantSpec = first(index, HeaderElement.INFORMANT);
    for (int i = 0; i < doc.informants().size(); i++) {
      Participant informant = doc.informants().get(i);
      XPath entity = root.child("informant", i + 1).child("assignedEntity");
      id(run, informant, entity.child("id"), informantSpec, "the informant's id", true);
      participantOrganization(run, informant, entity.child("representedOrganization"));
    }
    if (!doc.custodian().isPresent()) {
      required(issues, root.child("custodian"), "the custodian");
    } else {
      XPath org = root.child("custodian").child("assignedCustodian").child("representedCustodianOrganization");
      Organization custodian = doc.custodian().get();
      if (!custodian.id().isPresent()) {
        required(issues, org.child("id"), "the custodian organization's id");
      }
      organization(run, custodian, org, first(index, HeaderElement.CUSTODIAN), "the custodian's id");
    }
    if (doc.legalAuthenticator().isPresent()) {
      signer(run, doc.legalAuthenticator().get(), root.child("legalAuthenticator"),
          first(index, HeaderElement.LEGAL_AUTHENTICATOR), "the legal authenticator", false);
    }
    for (int i = 0; i < doc.authenticators().size(); i++) {
      Participant signer = doc.authenticators().get(i);
      signer(run, signer, root.child("authenticator", i + 1), authenticatorSpec(index, signer), "an authenticator",
          true);
    }
    for (int i = 0; i < doc.participants().size(); i++) {
      Participant participant = doc.participants().get(i);
      XPath entity = root.child("participant", i + 1).child("associatedEntity");
      if (participant.id().isPresent()) {
        run.identifier(participant.id().get(), entity.child("id"), null, null);
      }
      if (participant.organization().isPresent()) {
        organization(run, participant.organization().get(), entity.child("scopingOrganization"), null, null);
      }
    }
    if (doc.relatedDocument().isPresent()) {
      run.identifier(doc.relatedDocument().get(), root.child("relatedDocument").child("parentDocument").child("id"),
          null, null);
    }
    if (doc.encounter().isPresent()) {
      encounter(run, doc.encounter().get());
    }
    if (index != null) {
      specRequirements(run, doc);
    }
  }

  // ---- patient ----

  private static void patient(ValidationRun run, Patient p, HeaderFacts facts) {
    IssueCollector issues = run.issues;
    SpecIndex index = run.index;
    for (int i = 0; i < p.ids().size(); i++) {
      InstanceIdentifier id = p.ids().get(i);
      XPath where = PATIENT_ROLE.child("id", i + 1);
      if (id.root().equals(ValidationRun.RESIDENT_ID_ROOT)) {
        // a resident ID number in patientRole/id says the same person's birth date and sex as one in patient/id
        ResidentIdNumber number = run.residentId(id, where, ID_NUMBER, null);
        if (number != null) {
          consistency(run, number, p, where.attribute("extension"));
        }
      } else {
        run.identifier(id, where, null, null);
      }
      if (index != null && id.isValid() && !index.patientRoleRoots.isEmpty()
          && !index.patientRoleRoots.contains(id.root())) {
        issues.add(ValidationRule.HEADER_ID_UNLISTED, null, where.attribute("root"), null, null,
            "identifier is not of a kind the spec of " + index.label + " lists for patientRole/id ("
                + names(index.patientRoleRoots) + ")");
      }
    }
    ResidentIdNumber residentId = null;
    if (p.residentId().isPresent()) {
      InstanceIdentifier id = p.residentId().get();
      XPath where = PATIENT.child("id");
      HeaderElementSpec spec = first(index, HeaderElement.PATIENT_ID);
      if (spec != null && spec.idRoot().isPresent()) {
        idRoot(issues, id, spec.idRoot().get(), spec.confidence(), where, "patient/id");
      }
      if (id.root().equals(ValidationRun.RESIDENT_ID_ROOT)) {
        residentId = run.residentId(id, where, ID_NUMBER, null);
      } else {
        run.identifier(id, where, ID_NUMBER, null);
      }
    }
    if (p.name().isPresent()) {
      ValueChecks.format(issues, facts.name, Text.of(p.name().get()), null, PATIENT.child("name"), NAME, null);
    }
    if (p.gender().isPresent()) {
      XPath where = PATIENT.child("administrativeGenderCode");
      ValueChecks.format(issues, facts.gender, p.gender().get(), null, where, GENDER, null);
      headerCode(run, facts.genders, p.gender().get(), GENDER_SYSTEM, where, GENDER);
    }
    if (p.birthTime().isPresent()) {
      XPath where = PATIENT.child("birthTime");
      ValueChecks.format(issues, facts.birthDate, p.birthTime().get(), null, where,
          DateChecks.BIRTH_DATE, null);
      run.dates.add(new DateChecks.Fact(DateChecks.Kind.BIRTH, p.birthTime().get(), where, DateChecks.BIRTH_DATE,
          null));
    }
    if (p.maritalStatus().isPresent()) {
      headerCode(run, facts.maritalStatuses, p.maritalStatus().get(), MARITAL_SYSTEM,
          PATIENT.child("maritalStatusCode"), null);
    }
    if (p.ethnicGroup().isPresent()) {
      headerCode(run, facts.ethnicGroups, p.ethnicGroup().get(), ETHNIC_SYSTEM, PATIENT.child("ethnicGroupCode"), null);
    }
    if (p.occupation().isPresent()) {
      headerCode(run, facts.occupations, p.occupation().get(), OCCUPATION_SYSTEM,
          PATIENT.child("occupation").child("occupationCode"), null);
    }
    if (p.providerOrganization().isPresent()) {
      organization(run, p.providerOrganization().get(), PATIENT_ROLE.child("providerOrganization"),
          first(index, HeaderElement.PROVIDER_ORGANIZATION), "the provider organization's id");
    }
    if (residentId != null) {
      consistency(run, residentId, p, PATIENT.child("id").attribute("extension"));
    }
  }

  /** A coded patient attribute against its GB/T code table, bound as REQUIRED by the WS/T 500-2016 header, standard's examples (HIGH). */
  private static void headerCode(ValidationRun run, ValueSet set, CodedValue value, String system, XPath where,
      String dataElement) {
    if (ValueChecks.invalid(run.issues, value, where, dataElement, null)) {
      return;
    }
    ValueChecks.coded(run.issues, value, system, set, BindingStrength.REQUIRED,
        set == null ? null : set.confidence(), where, dataElement, null);
  }

  /** GB 11643-1999 §5.3 birth date and §5.4 sex parity against the patient's birthTime and sex. */
  private static void consistency(ValidationRun run, ResidentIdNumber id, Patient p, XPath where) {
    if (p.birthTime().isPresent() && p.birthTime().get().date().isPresent()
        && !p.birthTime().get().date().get().equals(id.birthDate())) {
      run.issues.add(ValidationRule.ID_RESIDENT_CONSISTENCY, null, where, ID_NUMBER, null,
          "the birth date code (GB 11643-1999 §5.3) is not the date of patient/birthTime");
    }
    if (p.gender().isPresent() && p.gender().get().codeSystem().equals(GENDER_SYSTEM)) {
      String code = p.gender().get().code();
      if ((code.equals("1") || code.equals("2")) && !code.equals(id.genderCode())) {
        run.issues.add(ValidationRule.ID_RESIDENT_CONSISTENCY, null, where, ID_NUMBER, null,
            "the sequence code's parity (GB 11643-1999 §5.4) does not match administrativeGenderCode");
      }
    }
  }

  // ---- participants and organizations ----

  private static void time(ValidationRun run, Participant p, XPath where, DateChecks.Kind kind, String what) {
    if (p.time().isPresent()) {
      run.dates.add(new DateChecks.Fact(kind, p.time().get(), where, null, null));
    } else if (kind == DateChecks.Kind.SIGNED) {
      // The WS/T 500 appendix examples themselves leave the signers' time empty (<time/>): a warning.
      run.issues.add(ValidationRule.CDA_REQUIRED, Severity.WARNING, null, where, null, null,
          what + " is required (CDA R2); the standard's examples leave it empty");
    } else {
      required(run.issues, where, what);
    }
  }

  private static void id(ValidationRun run, Participant p, XPath where, HeaderElementSpec spec, String what,
      boolean isRequired) {
    if (!p.id().isPresent()) {
      if (isRequired) {
        required(run.issues, where, what);
      }
      return;
    }
    InstanceIdentifier id = p.id().get();
    if (spec != null && spec.idRoot().isPresent()) {
      idRoot(run.issues, id, spec.idRoot().get(), spec.confidence(), where, what);
    }
    run.identifier(id, where, null, null);
  }

  /**
   * A signer; an authenticator whose role matches none of the spec's gets its id root checked against
   * the roots the spec gives any authenticator.
   */
  private static void signer(ValidationRun run, Participant signer, XPath at, HeaderElementSpec spec, String what,
      boolean authenticator) {
    XPath entity = at.child("assignedEntity");
    time(run, signer, at.child("time"), DateChecks.Kind.SIGNED, what + "'s time");
    if (authenticator && spec == null && run.index != null && signer.id().isPresent()
        && !run.index.authenticatorRoots.isEmpty() && signer.id().get().isValid()
        && !run.index.authenticatorRoots.contains(signer.id().get().root())) {
      // The signer's role is none the spec lists, so which root it needs is a guess: a warning.
      run.issues.add(ValidationRule.HEADER_ID_ROOT, Severity.WARNING, null, entity.child("id").attribute("root"),
          null, null, what + "'s id root is none of those the spec of " + run.index.label + " gives signers ("
              + names(run.index.authenticatorRoots) + ")");
    }
    id(run, signer, entity.child("id"), spec, what + "'s id", true);
    participantOrganization(run, signer, entity.child("representedOrganization"));
  }

  private static void participantOrganization(ValidationRun run, Participant p, XPath where) {
    if (p.organization().isPresent()) {
      organization(run, p.organization().get(), where, null, null);
    }
  }

  /** The organization's own id root against {@code spec}, and every id of its chain by kind. */
  private static void organization(ValidationRun run, Organization org, XPath where, HeaderElementSpec spec,
      String what) {
    if (org.id().isPresent() && spec != null && spec.idRoot().isPresent()) {
      idRoot(run.issues, org.id().get(), spec.idRoot().get(), spec.confidence(), where.child("id"), what);
    }
    Organization level = org;
    XPath at = where;
    while (level != null) {
      if (level.id().isPresent()) {
        run.identifier(level.id().get(), at.child("id"), null, null);
      }
      level = level.partOf().orElse(null);
      at = at.child("asOrganizationPartOf").child("wholeOrganization");
    }
  }

  /**
   * The encounter's effectiveTime is required by CDA R2 (POCD_MT000040.EncompassingEncounter, IVL_TS 1..1, not
   * mandatory): a point in time, an interval (admission to discharge) or a null flavor ("not known") all fulfil it.
   * Its start (the point, or the interval's low bound) is the admission time the date checks compare.
   */
  private static void encounter(ValidationRun run, Encounter e) {
    XPath time = ENCOUNTER.child("effectiveTime");
    if (!e.time().isPresent()) {
      required(run.issues, time, "the encounter's effectiveTime");
    } else if (!ValueChecks.invalid(run.issues, e.time().get(), time, null, null)
        && e.effectiveTime().isPresent()) {
      run.dates.add(new DateChecks.Fact(DateChecks.Kind.ADMISSION, e.effectiveTime().get(), time, null, null));
    }
    Organization level = e.location().orElse(null);
    XPath at = LOCATION;
    SpecIndex index = run.index;
    while (level != null) {
      if (level.id().isPresent()) {
        InstanceIdentifier id = level.id().get();
        run.identifier(id, at.child("id"), null, null);
        if (index != null && id.isValid() && !index.locationRoots.isEmpty()
            && !index.locationRoots.contains(id.root())) {
          run.issues.add(ValidationRule.HEADER_ID_UNLISTED, null, at.child("id").attribute("root"), null, null,
              "location level is not of a kind the spec of " + index.label + " lists for the encounter ("
                  + names(index.locationRoots) + ")");
        }
      }
      level = level.partOf().orElse(null);
      at = at.child("asOrganizationPartOf").child("wholeOrganization");
    }
  }

  // ---- the spec's header requirements ----

  private static void specRequirements(ValidationRun run, ClinicalDocument doc) {
    Patient p = doc.patient().orElse(null);
    for (Map.Entry<HeaderElement, List<HeaderElementSpec>> e : run.index.header.entrySet()) {
      HeaderElement element = e.getKey();
      List<HeaderElementSpec> specs = e.getValue();
      switch (element) {
        case PATIENT_ROLE_ID:
          for (HeaderElementSpec spec : specs) {
            int n = 0;
            if (p != null) {
              for (InstanceIdentifier id : p.ids()) {
                n += !spec.idRoot().isPresent() || spec.idRoot().get().equals(id.root()) ? 1 : 0;
              }
            }
            count(run, spec, n, PATIENT_ROLE.child("id"));
          }
          break;
        case AUTHENTICATOR:
          for (HeaderElementSpec spec : specs) {
            String role = spec.roleName().orElse(null);
            if (role != null) {
              int n = 0;
              for (Participant signer : doc.authenticators()) {
                n += role.equals(signer.roleName().orElse(null)) ? 1 : 0;
              }
              count(run, spec, n, XPath.ROOT.child("authenticator"));
            }
          }
          break;
        case PARTICIPANT:
          count(run, summed(specs), doc.participants().size(), XPath.ROOT.child("participant"));
          break;
        case INFORMANT:
          count(run, summed(specs), doc.informants().size(), XPath.ROOT.child("informant"));
          break;
        case AUTHOR:
          count(run, summed(specs), Math.max(1, doc.authors().size()), XPath.ROOT.child("author"));
          break;
        case CUSTODIAN:
          break;
        case ENCOUNTER_BED:
        case ENCOUNTER_ROOM:
        case ENCOUNTER_DEPARTMENT:
        case ENCOUNTER_WARD:
        case ENCOUNTER_ORGANIZATION:
          for (HeaderElementSpec spec : specs) {
            if (spec.idRoot().isPresent()) {
              count(run, spec, locationHas(doc, spec.idRoot().get()) ? 1 : 0, LOCATION);
            }
          }
          break;
        default:
          // 1 or 0 for a single-valued element (the layout counts the model nodes holding it); none when the model
          // does not hold the element
          OptionalInt n = DocumentLayout.occurrences(doc, element);
          if (n.isPresent()) {
            count(run, summed(specs), Math.min(1, n.getAsInt()), WHERE.get(element));
          }
      }
    }
  }

  private static boolean locationHas(ClinicalDocument doc, String root) {
    Organization level = doc.encounter().flatMap(Encounter::location).orElse(null);
    while (level != null) {
      if (level.id().isPresent() && level.id().get().root().equals(root)) {
        return true;
      }
      level = level.partOf().orElse(null);
    }
    return false;
  }

  /** Reports a breach of {@code spec}'s cardinality by {@code n} occurrences. */
  private static void count(ValidationRun run, HeaderElementSpec spec, int n, XPath where) {
    Cardinality c = spec.cardinality();
    if (n < c.min()) {
      run.issues.add(ValidationRule.HEADER_MISSING, spec.confidence(), where, null, null,
          describe(spec) + " is required by the spec of " + run.index.label + " (" + c + ")");
    } else if (n > c.max()) {
      run.issues.add(ValidationRule.HEADER_REPEATED, spec.confidence(), where, null, null,
          describe(spec) + " occurs " + n + " times; the spec of " + run.index.label + " allows " + c);
    }
  }

  /** One requirement standing for several of the same element that the model cannot tell apart. */
  private static HeaderElementSpec summed(List<HeaderElementSpec> specs) {
    if (specs.size() == 1) {
      return specs.get(0);
    }
    int min = 0;
    long max = 0;
    Confidence confidence = Confidence.HIGH;
    for (HeaderElementSpec spec : specs) {
      min += spec.cardinality().min();
      max += spec.cardinality().max();
      confidence = IssueCollector.lower(confidence, spec.confidence());
    }
    return HeaderElementSpec.builder().element(specs.get(0).element())
        .cardinality(Cardinality.of(min, (int) Math.min(max, Cardinality.UNBOUNDED))).confidence(confidence).build();
  }

  private static String describe(HeaderElementSpec spec) {
    StringBuilder sb = new StringBuilder(spec.element().path());
    if (spec.idRoot().isPresent()) {
      sb.append(" [").append(names(java.util.Collections.singleton(spec.idRoot().get()))).append(']');
    }
    String role = spec.roleName().orElse(null);
    if (role != null) {
      sb.append(" (").append(role).append(')');
    }
    return sb.toString();
  }

  // ---- helpers ----

  private static Map<HeaderElement, XPath> where() {
    Map<HeaderElement, XPath> where = new EnumMap<>(HeaderElement.class);
    for (HeaderElement element : HeaderElement.values()) {
      where.put(element, XPath.parse(DocumentLayout.xpathOf(element)));
    }
    return Collections.unmodifiableMap(where);
  }

  private static void required(IssueCollector issues, XPath where, String what) {
    issues.add(ValidationRule.CDA_REQUIRED, null, where, null, null, what + " is required (CDA R2)");
  }

  private static void idRoot(IssueCollector issues, InstanceIdentifier id, String expected, Confidence confidence,
      XPath where, String what) {
    if (!id.isValid()) {
      issues.add(ValidationRule.VALUE_INVALID, null, where, null, null,
          what + ": no @root, or @root not an OID (HL7 V3 Data Types R1, II)");
    } else if (!id.root().equals(expected)) {
      issues.add(ValidationRule.HEADER_ID_ROOT, confidence, where.attribute("root"), null, null,
          what + " has a root other than " + names(java.util.Collections.singleton(expected)));
    }
  }

  private static HeaderElementSpec first(SpecIndex index, HeaderElement element) {
    if (index == null) {
      return null;
    }
    List<HeaderElementSpec> specs = index.header(element);
    return specs.isEmpty() ? null : specs.get(0);
  }

  /** The authenticator requirement whose role the signer plays, else null. */
  private static HeaderElementSpec authenticatorSpec(SpecIndex index, Participant signer) {
    if (index == null || !signer.roleName().isPresent()) {
      return null;
    }
    return index.authenticatorsByRole.get(signer.roleName().get());
  }

  /** OIDs with their names from the identifier table, e.g. {@code 2.16.156.10011.1.11 门(急)诊号}. */
  static String names(Set<String> oids) {
    Set<String> named = new LinkedHashSet<>();
    for (String oid : oids) {
      named.add(IdentifierOid.fromOid(oid).map(o -> oid + " " + o.nameZh()).orElse(oid));
    }
    return String.join(", ", named);
  }
}
