package io.hdx.codec.v3;

import io.hdx.codec.CodecException;
import io.hdx.codec.DecodeLimits;
import io.hdx.codec.internal.StaxFactories;
import io.hdx.model.HdxException;
import io.hdx.model.datatype.PointInTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;

/**
 * Reads HL7 V3 platform messages in either data-type style ({@link V3Style}): the 2016 national style of the
 * interoperability examples and the older R1 style of the HL7 V3 schemas of JohnSire/zoe-phip. Parsing uses
 * sdk-codec's hardened StAX factory ({@link StaxFactories#input}): no DTD, no external entity, bounded by
 * {@link DecodeLimits}.
 *
 * <p>Which message a root is: a request by its interaction id ({@link Interaction}); a response by its shape, so
 * that a platform answering with another interaction id still decodes: a root with {@code acknowledgement} and
 * {@code controlActProcess/queryAck} is a {@link PatientQueryResponse}, any other root with
 * {@code acknowledgement} (MCCI_IN000002UV01, or e.g. the older PRPA_IN201312UV02 of JohnSire/zoe-phip) an
 * {@link Acknowledgement}.
 *
 * <p>Errors are {@link CodecException}s with codes {@code V3-0001} not XML or refused, {@code V3-0004} too large,
 * {@code V3-0005} empty, {@code V3-0010} not an HL7 V3 message, {@code V3-0011} an interaction this decoder does
 * not read, {@code V3-0101} a value breaks its type's rule, {@code V3-0102} a required element or attribute is
 * missing; each names the XPath and never the value.
 *
 * <p>Thread safety: immutable; share one decoder.
 *
 * <pre>{@code V3Message m = V3Decoder.create().decode(bytes);}</pre>
 *
 * @since 0.1.0
 */
public final class V3Decoder {
  private final DecodeLimits limits;
  private final XMLInputFactory input;

  private V3Decoder(DecodeLimits limits) {
    this.limits = limits;
    this.input = StaxFactories.input(limits);
  }

  /** A decoder with {@link DecodeLimits#defaults()}. */
  public static V3Decoder create() {
    return new V3Decoder(DecodeLimits.defaults());
  }

  /** A decoder with the given limits. */
  public static V3Decoder create(DecodeLimits limits) {
    return new V3Decoder(Objects.requireNonNull(limits, "limits"));
  }

  /** Decodes any message this decoder knows. */
  public V3Message decode(byte[] xml) {
    V3Element root = root(xml);
    MessageHeader header = header(root);
    if (root.child("acknowledgement") != null) {
      V3Element control = root.child("controlActProcess");
      if (control != null && control.child("queryAck") != null) {
        switch (answerKind(root, control)) {
          case "document":
            return documentResponse(root, header);
          case "provider":
            return providerResponse(root, header);
          case "organization":
            return organizationResponse(root, header);
          case "terminology":
            return terminologyResponse(root, header);
          default:
            return queryResponse(root, header);
        }
      }
      return acknowledgement(root, header);
    }
    Interaction interaction = Interaction.fromId(root.name).orElse(null);
    if (interaction == null) {
      throw new CodecException("V3-0011", "interaction not read by this decoder", "/" + root.name, -1, -1, null);
    }
    switch (interaction) {
      case PRPA_IN201311UV02:
      case PRPA_IN201314UV02:
        return registration(root, header);
      case PRPA_IN201305UV02:
        return query(root, header);
      case PRPA_IN201304UV02:
        return merge(root, header);
      case RCMR_IN000002UV02:
        return DocumentRegistration.of(header, document(required(required(required(root, "controlActProcess"),
            "subject"), "clinicalDocument")));
      case RCMR_IN000029UV01:
      case RCMR_IN000031UV01:
        return documentQuery(root, header);
      case PRPM_IN301010UV01:
      case PRPM_IN303010UV01:
      case PRPM_IN401030UV01:
      case PRPM_IN403010UV01:
      case PRVS_IN000001UV01:
      case PRVS_IN000002UV01:
        return registryRequest(root, header, interaction);
      case PRPM_IN306010UV01:
        return providerQuery(root, header);
      case PRPM_IN406010UV01:
        return organizationQuery(root, header);
      case PRVS_IN000003UV01:
        return terminologyQuery(root, header);
      default:
        throw new CodecException("V3-0011", "interaction not read by this decoder", "/" + root.name, -1, -1, null);
    }
  }

  /** Decodes a message that must be of type {@code type}. */
  public <T extends V3Message> T decode(byte[] xml, Class<T> type) {
    V3Message m = decode(xml);
    if (!type.isInstance(m)) {
      throw new CodecException("V3-0011", "expected " + type.getSimpleName() + ", got " + m.getClass().getSimpleName(),
          "/" + m.header().interactionId(), -1, -1, null);
    }
    return type.cast(m);
  }

  /**
   * Decodes only the transmission wrapper: what a receiver needs to answer even a message whose payload it
   * cannot read.
   */
  public MessageHeader decodeHeader(byte[] xml) {
    return header(root(xml));
  }

  private V3Element root(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    if (xml.length == 0) {
      throw new CodecException("V3-0005", "empty input", "", -1, -1, null);
    }
    V3Element root = V3Element.parse(input, xml, limits);
    if (!V3Encoder.HL7.equals(root.ns)) {
      throw new CodecException("V3-0010", "root element is not in namespace urn:hl7-org:v3", "/" + root.name, -1, -1,
          null);
    }
    return root;
  }

  // ---- wrapper ----

  private static MessageHeader header(V3Element root) {
    MessageHeader.Builder b = MessageHeader.builder();
    b.messageId(requiredId(root, "id"));
    V3Element ct = required(root, "creationTime");
    b.creationTime(ts(ct, requiredAttr(ct, "value")));
    V3Element iid = required(root, "interactionId");
    // trimmed: the national merge sample H0203 writes "PRPA_IN201304UV02 " with a trailing space
    b.interactionId(requiredAttr(iid, "extension").trim());
    String iroot = iid.attrNonEmpty("root");
    b.interactionIdRoot(iroot == null ? "" : iroot);
    V3Element pc = required(root, "processingCode");
    b.processingCode(enumValue(ProcessingCode.class, pc, requiredAttr(pc, "code")));
    V3Element pm = root.child("processingModeCode");
    if (pm != null && pm.attrNonEmpty("code") != null) {
      b.processingModeCode(enumValue(ProcessingModeCode.class, pm, pm.attr("code")));
    }
    V3Element aa = required(root, "acceptAckCode");
    b.acceptAckCode(enumValue(AcceptAckCode.class, aa, requiredAttr(aa, "code")));
    b.receiver(requiredId(required(required(root, "receiver"), "device"), "id"));
    b.sender(requiredId(required(required(root, "sender"), "device"), "id"));
    return b.build();
  }

  private static Acknowledgement acknowledgement(V3Element root, MessageHeader header) {
    V3Element ack = root.child("acknowledgement");
    return Acknowledgement.of(header, ackCode(ack), requiredId(required(ack, "targetMessage"), "id"), detail(ack));
  }

  private static AckCode ackCode(V3Element ack) {
    String code = ack.attrNonEmpty("typeCode");
    if (code == null && ack.child("typeCode") != null) {
      // IHE style: <typeCode code="AA"/>
      code = ack.child("typeCode").attrNonEmpty("code");
    }
    if (code == null) {
      throw missing(ack.path() + "/@typeCode");
    }
    return enumValue(AckCode.class, ack, code);
  }

  private static String detail(V3Element ack) {
    StringBuilder sb = new StringBuilder();
    for (V3Element d : ack.all("acknowledgementDetail")) {
      V3Element t = d.child("text");
      String s = t == null ? null : textValue(t);
      if (s != null && !s.isEmpty()) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(s);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  // ---- patient registry ----

  private static PatientRegistration registration(V3Element root, MessageHeader header) {
    V3Element req = required(required(required(root, "controlActProcess"), "subject"), "registrationRequest");
    V3Element patient = required(required(req, "subject1"), "patient");
    V3Element entity = req.at("author", "assignedEntity");
    Identifier authorId = entity == null ? null : firstId(entity.child("id"));
    V3Element person = entity == null ? null : entity.child("assignedPerson");
    String authorName = person == null ? null : name(person.child("name"));
    return PatientRegistration.of(header, patient(patient), authorId, authorName);
  }

  static PatientRecord patient(V3Element p) {
    PatientRecord.Builder b = PatientRecord.builder();
    for (V3Element id : p.all("id")) {
      ids(id).forEach(b::addId);
    }
    V3Element et = p.child("effectiveTime");
    if (et != null) {
      String v = tsValue(et);
      if (v != null) {
        b.effectiveTime(ts(et, v));
      }
    }
    V3Element person = p.child("patientPerson");
    if (person != null) {
      for (V3Element id : person.all("id")) {
        ids(id).forEach(b::addPersonId);
      }
      b.idCategory(code(person.child("idCategory")));
      b.name(name(person.child("name")));
      for (V3Element t : person.all("telecom")) {
        telecoms(t).forEach(b::addTelecom);
      }
      b.gender(code(person.child("administrativeGenderCode")));
      V3Element bt = person.child("birthTime");
      if (bt != null && tsValue(bt) != null) {
        b.birthTime(ts(bt, tsValue(bt)));
      }
      address(person.child("addr")).forEach(b::addAddressPart);
      b.maritalStatus(code(person.child("maritalStatusCode")));
      b.ethnicGroup(code(person.child("ethnicGroupCode")));
      V3Element emp = person.child("asEmployee");
      if (emp != null) {
        b.occupation(code(emp.child("occupationCode")));
        V3Element org = emp.child("employerOrganization");
        if (org != null) {
          b.employerName(name(org.child("name")));
          V3Element cp = org.child("contactParty");
          if (cp != null && cp.child("telecom") != null) {
            List<String> t = telecoms(cp.child("telecom"));
            b.employerTelecom(t.isEmpty() ? null : t.get(0));
          }
        }
      }
      for (V3Element other : person.all("asOtherIDs")) {
        List<Identifier> ids = ids(other.child("id"));
        if (ids.isEmpty()) {
          continue;
        }
        V3Element scoping = other.child("scopingOrganization");
        List<Identifier> org = scoping == null ? new ArrayList<>() : ids(scoping.child("id"));
        b.addOtherId(PatientRecord.OtherId.of(ids.get(0), org.isEmpty() ? null : org.get(0)));
      }
      for (V3Element rel : person.all("personalRelationship")) {
        V3Element t = rel.child("telecom");
        List<String> tel = t == null ? new ArrayList<>() : telecoms(t);
        V3Element holder = rel.child("relationshipHolder1");
        b.addContact(PatientRecord.Contact.of(code(rel.child("code")), tel.isEmpty() ? null : tel.get(0),
            holder == null ? null : name(holder.child("name"))));
      }
    }
    V3Element org = p.child("providerOrganization");
    if (org != null) {
      b.providerOrganization(firstId(org.child("id")));
      b.providerOrganizationName(name(org.child("name")));
    }
    V3Element cov = p.at("coveredPartyOf", "coverageRecord", "beneficiary", "beneficiary");
    if (cov != null) {
      b.insuranceType(code(cov.child("code")));
    }
    return b.build();
  }

  private static PatientQuery query(V3Element root, MessageHeader header) {
    V3Element q = required(required(root, "controlActProcess"), "queryByParameter");
    PatientQuery.Builder b = PatientQuery.builder().header(header);
    V3Element qid = required(q, "queryId");
    String ext = qid.attrNonEmpty("extension");
    b.queryId(ext != null ? ext : requiredAttr(qid, "root"));
    V3Element iq = q.child("initialQuantity");
    if (iq != null && iq.attrNonEmpty("value") != null) {
      b.initialQuantity(integer(iq, iq.attr("value")));
    }
    V3Element md = q.at("matchCriterionList", "minimumDegreeMatch", "value");
    if (md != null && md.attrNonEmpty("value") != null) {
      b.minimumDegreeMatch(integer(md, md.attr("value")));
    }
    V3Element params = required(q, "parameterList");
    V3Element localId = params.child("id");
    if (localId != null) {
      b.localId(firstId(localId));
    }
    V3Element g = params.at("livingSubjectAdministrativeGender", "value");
    b.gender(code(g));
    V3Element bt = params.at("livingSubjectBirthTime", "value");
    if (bt != null && tsValue(bt) != null) {
      b.birthTime(ts(bt, tsValue(bt)));
    }
    V3Element pid = params.at("livingSubjectId", "value");
    if (pid != null) {
      b.personId(firstId(pid));
    }
    V3Element name = params.at("livingSubjectName", "value");
    b.name(name(name));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CodecException("V3-0102", "a patient query needs at least one parameter", params.path(), -1, -1, null);
    }
  }

  private static PatientQueryResponse queryResponse(V3Element root, MessageHeader header) {
    V3Element ack = root.child("acknowledgement");
    V3Element control = root.child("controlActProcess");
    List<PatientRecord> patients = new ArrayList<>();
    for (V3Element subject : control.all("subject")) {
      V3Element patient = subject.at("registrationEvent", "subject1", "patient");
      if (patient == null) {
        throw missing(subject.path() + "/registrationEvent/subject1/patient");
      }
      patients.add(patient(patient));
    }
    V3Element qa = control.child("queryAck");
    V3Element qid = qa.child("queryId");
    String queryId = qid == null ? "" : qid.attrNonEmpty("extension") != null ? qid.attr("extension")
        : qid.attrNonEmpty("root") != null ? qid.attr("root") : "";
    V3Element rc = required(qa, "queryResponseCode");
    QueryResponseCode code = enumValue(QueryResponseCode.class, rc, requiredAttr(rc, "code"));
    return PatientQueryResponse.of(header, ackCode(ack), requiredId(required(ack, "targetMessage"), "id"),
        detail(ack), queryId, code, patients);
  }

  private static PatientMerge merge(V3Element root, MessageHeader header) {
    V3Element event = required(required(required(root, "controlActProcess"), "subject"), "registrationEvent");
    PatientRecord survivor = patient(required(required(event, "subject1"), "patient"));
    V3Element prior = event.at("replacementOf", "priorRegistration", "subject1", "priorRegisteredRole");
    if (prior == null) {
      throw missing(event.path() + "/replacementOf/priorRegistration/subject1/priorRegisteredRole");
    }
    List<Identifier> merged = new ArrayList<>();
    for (V3Element id : prior.all("id")) {
      merged.addAll(ids(id));
    }
    if (merged.isEmpty()) {
      throw missing(prior.path() + "/id");
    }
    return PatientMerge.of(header, survivor, merged);
  }

  private static DocumentEntry document(V3Element d) {
    DocumentEntry.Builder b = DocumentEntry.builder();
    List<Identifier> ids = ids(required(d, "id"));
    if (ids.isEmpty()) {
      throw missing(d.path() + "/id/@root");
    }
    b.documentId(ids.get(0));
    Code type = code(required(d, "code"));
    if (type == null) {
      throw missing(d.path() + "/code/@code");
    }
    b.type(type);
    V3Element et = d.child("effectiveTime");
    if (et != null && tsValue(et) != null) {
      b.effectiveTime(ts(et, tsValue(et)));
    }
    b.confidentiality(code(d.child("confidentialityCode")));
    V3Element vn = d.child("versionNumber");
    if (vn != null && vn.attrNonEmpty("value") != null) {
      b.versionNumber(integer(vn, vn.attr("value")));
    }
    V3Element text = d.at("storageCode", "originalText");
    if (text != null) {
      String base64 = textValue(text);
      if (base64 != null && !base64.isEmpty()) {
        try {
          // strict alphabet; line breaks allowed (some senders wrap at 76 characters)
          b.content(java.util.Base64.getDecoder().decode(base64.replaceAll("\\s", "")));
        } catch (IllegalArgumentException e) {
          throw new CodecException("V3-0101", "not base64 (the CDA document)", text.path() + "/@value", -1, -1, null);
        }
      }
    }
    V3Element patient = d.at("recordTarget", "patient");
    if (patient != null) {
      for (V3Element id : patient.all("id")) {
        ids(id).forEach(b::addPatientId);
      }
      V3Element person = patient.child("patientPerson");
      if (person != null) {
        for (V3Element id : person.all("id")) {
          ids(id).forEach(b::addPersonId);
        }
        b.patientName(name(person.child("name")));
      }
      V3Element org = patient.child("providerOrganization");
      if (org != null) {
        List<Identifier> orgIds = ids(org.child("id"));
        b.providerOrganization(orgIds.isEmpty() ? null : orgIds.get(0));
        b.providerOrganizationName(name(org.child("name")));
      }
    }
    return b.build();
  }

  private static DocumentQuery documentQuery(V3Element root, MessageHeader header) {
    V3Element q = required(required(root, "controlActProcess"), "queryByParameter");
    DocumentQuery.Builder b = DocumentQuery.builder().header(header);
    V3Element qid = required(q, "queryId");
    String ext = qid.attrNonEmpty("extension");
    b.queryId(ext != null ? ext : requiredAttr(qid, "root"));
    V3Element did = q.at("clinicalDocument.id", "value");
    if (did != null) {
      b.documentId(firstId(did));
    }
    b.type(code(q.at("clinicalDocument.code", "value")));
    V3Element range = q.at("clinicalDocument.effectiveTime", "value");
    if (range != null) {
      V3Element low = range.child("low");
      V3Element high = range.child("high");
      if (low != null && low.attrNonEmpty("value") != null) {
        b.effectiveLow(ts(low, low.attr("value")));
      }
      if (high != null && high.attrNonEmpty("value") != null) {
        b.effectiveHigh(ts(high, high.attr("value")));
      }
    }
    V3Element pid = q.child("patient.id");
    if (pid != null) {
      for (V3Element v : pid.all("value")) {
        ids(v).forEach(b::addPatientId);
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CodecException("V3-0102", "a document query needs at least one parameter", q.path(), -1, -1, null);
    }
  }

  private static DocumentQueryResponse documentResponse(V3Element root, MessageHeader header) {
    V3Element ack = root.child("acknowledgement");
    V3Element control = root.child("controlActProcess");
    List<DocumentEntry> documents = new ArrayList<>();
    for (V3Element subject : control.all("subject")) {
      documents.add(document(required(subject, "clinicalDocument")));
    }
    V3Element qa = control.child("queryAck");
    V3Element qid = qa.child("queryId");
    String queryId = qid == null ? "" : qid.attrNonEmpty("extension") != null ? qid.attr("extension")
        : qid.attrNonEmpty("root") != null ? qid.attr("root") : "";
    V3Element rc = required(qa, "queryResponseCode");
    return DocumentQueryResponse.of(header, ackCode(ack), requiredId(required(ack, "targetMessage"), "id"),
        detail(ack), queryId, enumValue(QueryResponseCode.class, rc, requiredAttr(rc, "code")), documents);
  }

  // ---- provider, organization and terminology registries ----

  /**
   * Which query answer a root with {@code acknowledgement} and {@code queryAck} is: by its content when it has
   * matches, else by its root element's name (a platform may answer with another interaction id, and the H0303Rp
   * mapping writes PRPM_IN401030UV01 as the interaction id of an organization answer).
   */
  private static String answerKind(V3Element root, V3Element control) {
    for (V3Element subject : control.all("subject")) {
      if (subject.child("clinicalDocument") != null) {
        return "document";
      }
      for (V3Element reg : registrations(subject)) {
        for (V3Element s1 : reg.all("subject1")) {
          if (s1.child("healthCareProvider") != null) {
            return "provider";
          }
          if (s1.child("assignedEntity") != null) {
            return "organization";
          }
          if (s1.child("valueSet") != null) {
            return "terminology";
          }
          if (s1.child("patient") != null) {
            return "patient";
          }
        }
      }
    }
    String n = root.name;
    return n.startsWith("RCMR_") ? "document" : n.startsWith("PRPM_IN3") ? "provider"
        : n.startsWith("PRPM_IN4") ? "organization" : n.startsWith("PRVS_") ? "terminology" : "patient";
  }

  /** {@code registrationEvent} or {@code registrationRequest} children (the H0503Rp answer uses the latter). */
  private static List<V3Element> registrations(V3Element subject) {
    List<V3Element> out = new ArrayList<>(subject.all("registrationEvent"));
    out.addAll(subject.all("registrationRequest"));
    return out;
  }

  private static V3Message registryRequest(V3Element root, MessageHeader header, Interaction interaction) {
    V3Element req = required(required(required(root, "controlActProcess"), "subject"), "registrationRequest");
    V3Element entity = req.at("author", "assignedEntity");
    Identifier authorId = entity == null ? null : firstId(entity.child("id"));
    V3Element person = entity == null ? null : entity.child("assignedPerson");
    String authorName = person == null ? null : name(person.child("name"));
    switch (interaction) {
      case PRPM_IN301010UV01:
      case PRPM_IN303010UV01:
        return ProviderRegistration.of(header, provider(required(required(req, "subject1"), "healthCareProvider")),
            authorId, authorName);
      case PRPM_IN401030UV01:
      case PRPM_IN403010UV01:
        return OrganizationRegistration.of(header, organization(required(required(req, "subject1"),
            "assignedEntity")), authorId, authorName);
      default:
        List<ValueSetRecord> sets = new ArrayList<>();
        for (V3Element s1 : req.all("subject1")) {
          sets.add(valueSet(required(s1, "valueSet")));
        }
        if (sets.isEmpty()) {
          throw missing(req.path() + "/subject1");
        }
        return TerminologyRegistration.of(header, sets, authorId, authorName);
    }
  }

  private static ProviderRecord provider(V3Element p) {
    ProviderRecord.Builder b = ProviderRecord.builder();
    for (V3Element id : p.all("id")) {
      ids(id).forEach(b::addId);
    }
    b.title(code(p.child("code")));
    for (V3Element t : p.all("telecom")) {
      telecoms(t).forEach(b::addTelecom);
    }
    V3Element person = p.child("healthCarePrincipalPerson");
    if (person != null) {
      for (V3Element id : person.all("id")) {
        ids(id).forEach(b::addPersonId);
      }
      b.name(name(person.child("name")));
      b.gender(code(person.child("administrativeGenderCode")));
      V3Element bt = person.child("birthTime");
      if (bt != null && tsValue(bt) != null) {
        b.birthTime(ts(bt, tsValue(bt)));
      }
      V3Element org = person.at("asAffiliate", "affiliatedPrincipalOrganization");
      if (org != null) {
        b.department(firstId(org.child("id")));
        b.departmentName(name(org.child("name")));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw missing(p.path() + "/id/@root");
    }
  }

  private static OrganizationRecord organization(V3Element e) {
    OrganizationRecord.Builder b = OrganizationRecord.builder();
    for (V3Element id : e.all("id")) {
      ids(id).forEach(b::addId);
    }
    b.type(code(e.child("code")));
    b.roleName(name(e.child("name")));
    for (V3Element t : e.all("telecom")) {
      telecoms(t).forEach(b::addTelecom);
    }
    V3Element org = e.child("assignedPrincipalOrganization");
    if (org != null) {
      b.name(name(org.child("name")));
      V3Element parent = org.at("asAffiliate", "scoper2");
      if (parent != null) {
        b.parent(firstId(parent.child("id")));
        b.parentName(name(parent.child("name")));
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException ex) {
      throw missing(e.path() + "/id/@root");
    }
  }

  /** A value set id: {@code @extension} as H0501 writes it, else {@code @root}. */
  private static String valueSetId(V3Element id) {
    String ext = id.attrNonEmpty("extension");
    if (ext == null) {
      ext = id.attrNonEmpty("root");
    }
    if (ext == null) {
      throw missing(id.path() + "/@extension");
    }
    return ext;
  }

  private static ValueSetRecord valueSet(V3Element v) {
    ValueSetRecord.Builder b = ValueSetRecord.builder(valueSetId(required(v, "id")));
    V3Element desc = v.child("desc");
    b.description(desc == null ? null : textValue(desc));
    V3Element status = v.child("statusCode");
    b.status(status == null ? null : status.attrNonEmpty("code"));
    Code version = code(v.child("version"));
    if (version != null) {
      b.version(version.code()).versionName(version.displayName().orElse(null));
    }
    for (V3Element item : v.all("valueSetItems")) {
      V3Element c = required(item, "code");
      Code code = code(c);
      if (code == null) {
        throw missing(c.path() + "/@code");
      }
      V3Element st = item.child("statusCode");
      b.addItem(ValueSetRecord.Item.of(code.code(), code.displayName().orElse(null),
          st == null ? null : st.attrNonEmpty("code")));
    }
    return b.build();
  }

  private static String queryIdOf(V3Element q) {
    V3Element qid = q.child("queryId");
    if (qid == null) {
      return "";
    }
    String ext = qid.attrNonEmpty("extension");
    return ext != null ? ext : qid.attrNonEmpty("root") != null ? qid.attr("root") : "";
  }

  /** Every {@code value} of every {@code param} child, as ids (H0403 writes two values in one providerID). */
  private static List<Identifier> paramIds(V3Element q, String param) {
    List<Identifier> out = new ArrayList<>();
    for (V3Element p : q.all(param)) {
      for (V3Element v : p.all("value")) {
        out.addAll(ids(v));
      }
    }
    return out;
  }

  private static ProviderQuery providerQuery(V3Element root, MessageHeader header) {
    V3Element q = required(required(root, "controlActProcess"), "queryByParameterPayload");
    ProviderQuery.Builder b = ProviderQuery.builder().header(header).queryId(queryIdOf(q));
    paramIds(q, "providerID").forEach(b::addProviderId);
    b.name(name(q.at("providerName", "value")));
    b.gender(code(q.at("administrativeGender", "value")));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CodecException("V3-0102", "a provider query needs at least one parameter", q.path(), -1, -1, null);
    }
  }

  private static OrganizationQuery organizationQuery(V3Element root, MessageHeader header) {
    V3Element q = required(required(root, "controlActProcess"), "queryByParameterPayload");
    OrganizationQuery.Builder b = OrganizationQuery.builder().header(header).queryId(queryIdOf(q));
    paramIds(q, "organizationID").forEach(b::addOrganizationId);
    b.name(name(q.at("organizationName", "value")));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CodecException("V3-0102", "an organization query needs at least one parameter", q.path(), -1, -1,
          null);
    }
  }

  private static TerminologyQuery terminologyQuery(V3Element root, MessageHeader header) {
    V3Element q = required(required(root, "controlActProcess"), "queryByParameter");
    V3Element v = required(q, "valueSet");
    TerminologyQuery.Builder b = TerminologyQuery.builder().header(header).queryId(queryIdOf(q))
        .valueSetId(valueSetId(required(v, "id")));
    V3Element version = v.child("version");
    b.version(version == null ? null : version.attrNonEmpty("code"));
    V3Element item = v.at("valueSetItems", "code");
    b.itemCode(item == null ? null : item.attrNonEmpty("code"));
    return b.build();
  }

  /** {@code queryAck/queryResponseCode/@code} (required). */
  private static QueryResponseCode responseCode(V3Element qa) {
    V3Element rc = required(qa, "queryResponseCode");
    return enumValue(QueryResponseCode.class, rc, requiredAttr(rc, "code"));
  }

  private static List<V3Element> answerEntries(V3Element control, String local) {
    List<V3Element> out = new ArrayList<>();
    for (V3Element subject : control.all("subject")) {
      for (V3Element reg : registrations(subject)) {
        for (V3Element s1 : reg.all("subject1")) {
          out.add(required(s1, local));
        }
      }
    }
    return out;
  }

  /** Builds a typed answer from the acknowledgement, queryAck and the entries read. */
  private interface AnswerFactory<E, A> {
    A of(MessageHeader header, AckCode code, Identifier target, String detail, String queryId, QueryResponseCode rc,
        List<E> entries);
  }

  private static <E, A> A answer(V3Element root, MessageHeader header, String local,
      java.util.function.Function<V3Element, E> reader, AnswerFactory<E, A> factory) {
    V3Element ack = root.child("acknowledgement");
    V3Element control = root.child("controlActProcess");
    List<E> found = new ArrayList<>();
    for (V3Element e : answerEntries(control, local)) {
      found.add(reader.apply(e));
    }
    V3Element qa = control.child("queryAck");
    return factory.of(header, ackCode(ack), requiredId(required(ack, "targetMessage"), "id"), detail(ack),
        queryIdOf(qa), responseCode(qa), found);
  }

  private static ProviderQueryResponse providerResponse(V3Element root, MessageHeader header) {
    return answer(root, header, "healthCareProvider", V3Decoder::provider, ProviderQueryResponse::of);
  }

  private static OrganizationQueryResponse organizationResponse(V3Element root, MessageHeader header) {
    return answer(root, header, "assignedEntity", V3Decoder::organization, OrganizationQueryResponse::of);
  }

  private static TerminologyQueryResponse terminologyResponse(V3Element root, MessageHeader header) {
    return answer(root, header, "valueSet", V3Decoder::valueSet, TerminologyQueryResponse::of);
  }

  // ---- data types, both styles ----

  /** The first identifier {@link #ids} reads from {@code e}, or null when none or no element. */
  private static Identifier firstId(V3Element e) {
    List<Identifier> ids = ids(e);
    return ids.isEmpty() ? null : ids.get(0);
  }

  /** II or DSET&lt;II&gt;: {@code <id root extension/>} or {@code <id><item root extension/></id>}. */
  static List<Identifier> ids(V3Element e) {
    List<Identifier> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    if (e.attrNonEmpty("root") != null) {
      out.add(Identifier.of(e.attr("root"), e.attr("extension")));
    }
    for (V3Element item : e.all("item")) {
      if (item.attrNonEmpty("root") != null) {
        out.add(Identifier.of(item.attr("root"), item.attr("extension")));
      }
    }
    return out;
  }

  private static Identifier requiredId(V3Element parent, String local) {
    V3Element e = required(parent, local);
    List<Identifier> ids = ids(e);
    if (ids.isEmpty()) {
      throw missing(e.path() + "/@root");
    }
    return ids.get(0);
  }

  /** EN: national {@code LIST_EN/item/part/@value}, R1 text or {@code family}+{@code given}. */
  static String name(V3Element e) {
    if (e == null) {
      return null;
    }
    V3Element item = e.child("item");
    if (item != null) {
      return parts(item);
    }
    if (e.child("part") != null) {
      return parts(e);
    }
    V3Element family = e.child("family");
    V3Element given = e.child("given");
    if (family != null || given != null) {
      return (family == null ? "" : family.text()) + (given == null ? "" : given.text());
    }
    String t = e.text();
    return t.isEmpty() ? null : t;
  }

  private static String parts(V3Element item) {
    StringBuilder sb = new StringBuilder();
    for (V3Element part : item.all("part")) {
      String v = part.attrNonEmpty("value");
      sb.append(v == null ? part.text() : v);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static List<String> telecoms(V3Element e) {
    List<String> out = new ArrayList<>();
    if (e.attrNonEmpty("value") != null) {
      out.add(e.attr("value"));
    }
    for (V3Element item : e.all("item")) {
      if (item.attrNonEmpty("value") != null) {
        out.add(item.attr("value"));
      }
    }
    return out;
  }

  /** CD: code attributes with a displayName attribute or child; or a DSET with one {@code item}. */
  static Code code(V3Element e) {
    if (e == null) {
      return null;
    }
    String code = e.attrNonEmpty("code");
    if (code == null) {
      V3Element item = e.child("item");
      return item == null ? null : code(item);
    }
    String display = e.attrNonEmpty("displayName");
    V3Element d = e.child("displayName");
    if (display == null && d != null) {
      display = d.attrNonEmpty("value");
    }
    return Code.of(code, e.attr("codeSystem"), e.attrNonEmpty("codeSystemName"), display);
  }

  private static List<AddressPart> address(V3Element addr) {
    List<AddressPart> out = new ArrayList<>();
    if (addr == null) {
      return out;
    }
    V3Element item = addr.child("item");
    if (item != null || addr.child("part") != null) {
      for (V3Element part : (item != null ? item : addr).all("part")) {
        AddressPart.Type t = AddressPart.Type.fromCode(part.attr("type"));
        String v = part.attrNonEmpty("value");
        if (t == null) {
          throw new CodecException("V3-0101", "address part type not one of " + java.util.Arrays.toString(
              AddressPart.Type.values()), part.path() + "/@type", -1, -1, null);
        }
        if (v != null) {
          out.add(AddressPart.of(t, v));
        }
      }
      return out;
    }
    for (V3Element c : addr.children()) {
      AddressPart.Type t = AddressPart.Type.fromR1Element(c.name);
      if (t != null && !c.text().isEmpty()) {
        out.add(AddressPart.of(t, c.text()));
      }
    }
    return out;
  }

  /** TS value: {@code @value}, or national {@code <any value/>}, or {@code <low value/>}. */
  private static String tsValue(V3Element e) {
    String v = e.attrNonEmpty("value");
    if (v != null) {
      return v;
    }
    V3Element any = e.child("any");
    if (any == null) {
      any = e.child("low");
    }
    return any == null ? null : any.attrNonEmpty("value");
  }

  private static PointInTime ts(V3Element e, String literal) {
    try {
      return PointInTime.parse(literal);
    } catch (HdxException ex) {
      throw new CodecException("V3-0101", "not an HL7 TS of the form YYYYMMDD[HHMM[SS]]", e.path() + "/@value", -1, -1,
          null);
    }
  }

  /** Text: national {@code @value} or R1 element text. */
  private static String textValue(V3Element e) {
    String v = e.attrNonEmpty("value");
    return v != null ? v : e.text();
  }

  private static Integer integer(V3Element e, String v) {
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException ex) {
      // the NumberFormatException quotes the input; drop it
      throw new CodecException("V3-0101", "not an integer", e.path() + "/@value", -1, -1, null);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, V3Element e, String code) {
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(code)) {
        return c;
      }
    }
    throw new CodecException("V3-0101", "code not in " + type.getSimpleName() + " " + java.util.Arrays.toString(
        type.getEnumConstants()), e.path() + "/@code", -1, -1, null);
  }

  private static V3Element required(V3Element parent, String local) {
    V3Element e = parent.child(local);
    if (e == null) {
      throw missing(parent.path() + "/" + local);
    }
    return e;
  }

  private static String requiredAttr(V3Element e, String name) {
    String v = e.attrNonEmpty(name);
    if (v == null) {
      throw missing(e.path() + "/@" + name);
    }
    return v;
  }

  private static CodecException missing(String xpath) {
    return new CodecException("V3-0102", "required, missing", xpath, -1, -1, null);
  }
}
