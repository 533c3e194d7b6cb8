package io.hdx.codec.v3;

import io.hdx.codec.CodecException;
import io.hdx.codec.internal.StaxFactories;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link V3Message}s as UTF-8 HL7 V3 XML (namespace {@code urn:hl7-org:v3}, {@code ITSVersion="XML_1.0"}),
 * the root element named by the header's interaction id, in the chosen {@link V3Style}. Uses sdk-codec's StAX
 * writer ({@link StaxFactories#output()}), which escapes every value; no string concatenation.
 *
 * <p>Thread safety: immutable; one encoder may be shared by any number of threads.
 *
 * <pre>{@code byte[] xml = V3Encoder.create().encode(registration);}</pre>
 *
 * @since 0.1.0
 */
public final class V3Encoder {
  static final String HL7 = "urn:hl7-org:v3";

  private final V3Style style;
  private final XMLOutputFactory output;

  private V3Encoder(V3Style style) {
    this.style = style;
    this.output = StaxFactories.output();
  }

  /** An encoder writing the {@link V3Style#NATIONAL_2016} style. */
  public static V3Encoder create() {
    return new V3Encoder(V3Style.NATIONAL_2016);
  }

  /** An encoder writing {@code style}. */
  public static V3Encoder create(V3Style style) {
    return new V3Encoder(Objects.requireNonNull(style, "style"));
  }

  /** The style written. */
  public V3Style style() {
    return style;
  }

  /**
   * Encodes a message.
   *
   * @throws CodecException {@code V3-0201} when the XML writer fails, {@code V3-0202} for a message type this
   *     encoder does not know
   */
  public byte[] encode(V3Message message) {
    Objects.requireNonNull(message, "message");
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try {
      XMLStreamWriter w = output.createXMLStreamWriter(out, "UTF-8");
      W x = new W(w, style == V3Style.NATIONAL_2016);
      w.writeStartDocument("UTF-8", "1.0");
      String root = message.header().interactionId();
      w.setDefaultNamespace(HL7);
      w.writeStartElement(HL7, root);
      w.writeDefaultNamespace(HL7);
      w.writeNamespace("xsi", V3Element.XSI);
      w.writeAttribute("ITSVersion", "XML_1.0");
      header(x, message.header());
      if (message instanceof Acknowledgement) {
        Acknowledgement a = (Acknowledgement) message;
        ack(x, a.code(), a.targetMessageId(), a.detail().orElse(null));
      } else if (message instanceof PatientRegistration) {
        registration(x, (PatientRegistration) message);
      } else if (message instanceof PatientQuery) {
        query(x, (PatientQuery) message);
      } else if (message instanceof PatientQueryResponse) {
        queryResponse(x, (PatientQueryResponse) message);
      } else if (message instanceof PatientMerge) {
        merge(x, (PatientMerge) message);
      } else if (message instanceof DocumentRegistration) {
        x.start("controlActProcess", "classCode", "STC", "moodCode", "APT");
        x.start("subject", "typeCode", "SUBJ");
        document(x, ((DocumentRegistration) message).document());
        x.end();
        x.end();
      } else if (message instanceof DocumentQuery) {
        documentQuery(x, (DocumentQuery) message);
      } else if (message instanceof DocumentQueryResponse) {
        documentResponse(x, (DocumentQueryResponse) message);
      } else if (message instanceof ProviderRegistration) {
        ProviderRegistration r = (ProviderRegistration) message;
        registrationRequest(x, r.authorId().orElse(null), r.authorName().orElse(null), () -> provider(x, r.provider()));
      } else if (message instanceof OrganizationRegistration) {
        OrganizationRegistration r = (OrganizationRegistration) message;
        registrationRequest(x, r.authorId().orElse(null), r.authorName().orElse(null),
            () -> organization(x, r.organization()));
      } else if (message instanceof TerminologyRegistration) {
        TerminologyRegistration r = (TerminologyRegistration) message;
        registrationRequest(x, r.authorId().orElse(null), r.authorName().orElse(null), () -> {
          for (int i = 0; i < r.valueSets().size(); i++) {
            if (i > 0) {
              x.end();
              x.start("subject1", "typeCode", "SBJ");
            }
            valueSet(x, r.valueSets().get(i));
          }
        });
      } else if (message instanceof ProviderQuery) {
        providerQuery(x, (ProviderQuery) message);
      } else if (message instanceof OrganizationQuery) {
        organizationQuery(x, (OrganizationQuery) message);
      } else if (message instanceof TerminologyQuery) {
        terminologyQuery(x, (TerminologyQuery) message);
      } else if (message instanceof ProviderQueryResponse) {
        ProviderQueryResponse r = (ProviderQueryResponse) message;
        registryResponse(x, r, r.providers().size(), i -> provider(x, r.providers().get(i)));
      } else if (message instanceof OrganizationQueryResponse) {
        OrganizationQueryResponse r = (OrganizationQueryResponse) message;
        registryResponse(x, r, r.organizations().size(), i -> organization(x, r.organizations().get(i)));
      } else if (message instanceof TerminologyQueryResponse) {
        terminologyResponse(x, (TerminologyQueryResponse) message);
      } else {
        throw new CodecException("V3-0202", "no V3 form for " + message.getClass().getSimpleName(), "", -1, -1, null);
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new CodecException("V3-0201", "XML writer failed", "", -1, -1, null);
    }
    return out.toByteArray();
  }

  private static void header(W x, MessageHeader h) throws XMLStreamException {
    x.empty("id", "root", h.messageId().root(), "extension", h.messageId().extensionOrEmpty());
    x.empty("creationTime", "value", h.creationTime().literal());
    x.empty("interactionId", "root", h.interactionIdRoot(), "extension", h.interactionId());
    x.empty("processingCode", "code", h.processingCode().name());
    if (h.processingModeCode().isPresent()) {
      x.empty("processingModeCode", "code", h.processingModeCode().get().name());
    } else {
      x.empty("processingModeCode");
    }
    x.empty("acceptAckCode", "code", h.acceptAckCode().name());
    device(x, "receiver", "RCV", h.receiver());
    device(x, "sender", "SND", h.sender());
  }

  private static void device(W x, String element, String typeCode, Identifier id) throws XMLStreamException {
    x.start(element, "typeCode", typeCode);
    x.start("device", "classCode", "DEV", "determinerCode", "INSTANCE");
    x.ids("id", java.util.Collections.singletonList(id));
    x.end();
    x.end();
  }

  /** {@code queryAck} of a query response: every match is returned at once, so nothing remains. */
  private static void queryAck(W x, String queryId, QueryResponseCode code, int found) throws XMLStreamException {
    x.start("queryAck");
    if (!queryId.isEmpty()) {
      x.empty("queryId", "root", MessageHeader.MESSAGE_ID_ROOT, "extension", queryId);
    }
    x.empty("queryResponseCode", "code", code.name());
    x.empty("resultTotalQuantity", "value", Integer.toString(found));
    x.empty("resultCurrentQuantity", "value", Integer.toString(found));
    x.empty("resultRemainingQuantity", "value", "0");
    x.end();
  }

  private static void ack(W x, AckCode code, Identifier target, String detail) throws XMLStreamException {
    x.start("acknowledgement", "typeCode", code.name());
    x.start("targetMessage");
    x.id("id", target);
    x.end();
    if (detail != null) {
      x.start("acknowledgementDetail");
      x.valueText("text", detail);
      x.end();
    }
    x.end();
  }

  private static void registration(W x, PatientRegistration r) throws XMLStreamException {
    registrationRequest(x, r.authorId().orElse(null), r.authorName().orElse(null), () -> patient(x, r.patient()));
  }

  private static void patient(W x, PatientRecord p) throws XMLStreamException {
    x.start("patient", "classCode", "PAT");
    x.ids("id", p.ids());
    x.empty("statusCode", "code", "active");
    if (p.effectiveTime().isPresent()) {
      x.time("effectiveTime", p.effectiveTime().get().literal());
    }
    x.start("patientPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
    x.ids("id", p.personIds());
    if (p.idCategory().isPresent() && x.national) {
      // idCategory exists only in the national style (PROVENANCE.md: R1 schemas reject it)
      x.code("idCategory", p.idCategory().get());
    }
    if (p.name().isPresent()) {
      x.name("name", p.name().get());
    }
    x.telecoms("telecom", p.telecoms());
    if (p.gender().isPresent()) {
      x.code("administrativeGenderCode", p.gender().get());
    }
    if (p.birthTime().isPresent()) {
      x.empty("birthTime", "value", p.birthTime().get().literal());
    }
    if (!p.address().isEmpty()) {
      x.address(p.address());
    }
    if (p.maritalStatus().isPresent()) {
      x.code("maritalStatusCode", p.maritalStatus().get());
    }
    if (p.ethnicGroup().isPresent()) {
      x.codeSet("ethnicGroupCode", p.ethnicGroup().get());
    }
    if (p.occupation().isPresent() || p.employerName().isPresent() || p.employerTelecom().isPresent()) {
      x.start("asEmployee", "classCode", "EMP");
      if (p.occupation().isPresent()) {
        x.code("occupationCode", p.occupation().get());
      }
      if (p.employerName().isPresent() || p.employerTelecom().isPresent()) {
        x.start("employerOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        if (p.employerName().isPresent()) {
          x.name("name", p.employerName().get());
        }
        if (p.employerTelecom().isPresent()) {
          x.start("contactParty", "classCode", "CON");
          x.telecoms("telecom", java.util.Collections.singletonList(p.employerTelecom().get()));
          x.end();
        }
        x.end();
      }
      x.end();
    }
    for (PatientRecord.OtherId o : p.otherIds()) {
      x.start("asOtherIDs", "classCode", "PAT");
      x.ids("id", java.util.Collections.singletonList(o.id()));
      if (o.scopingOrganization().isPresent()) {
        x.start("scopingOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        x.ids("id", java.util.Collections.singletonList(o.scopingOrganization().get()));
        x.end();
      }
      x.end();
    }
    for (PatientRecord.Contact c : p.contacts()) {
      x.start("personalRelationship", "classCode", "PRS");
      if (c.relationship().isPresent()) {
        x.code("code", c.relationship().get());
      } else {
        x.empty("code");
      }
      if (c.telecom().isPresent()) {
        x.telecoms("telecom", java.util.Collections.singletonList(c.telecom().get()));
      }
      if (c.name().isPresent()) {
        x.start("relationshipHolder1", "classCode", "PSN", "determinerCode", "INSTANCE");
        x.name("name", c.name().get());
        x.end();
      }
      x.end();
    }
    x.end(); // patientPerson
    if (p.providerOrganization().isPresent() || p.providerOrganizationName().isPresent()) {
      x.start("providerOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
      if (p.providerOrganization().isPresent()) {
        x.ids("id", java.util.Collections.singletonList(p.providerOrganization().get()));
      }
      if (p.providerOrganizationName().isPresent()) {
        x.name("name", p.providerOrganizationName().get());
      }
      x.empty("contactParty", "classCode", "CON");
      x.end();
    }
    if (p.insuranceType().isPresent()) {
      x.start("coveredPartyOf", "typeCode", "COV");
      x.start("coverageRecord", "classCode", "COV", "moodCode", "EVN");
      x.start("beneficiary", "typeCode", "BEN");
      x.start("beneficiary", "classCode", "MBR");
      x.code("code", p.insuranceType().get());
      x.end();
      x.end();
      x.end();
      x.end();
    }
    x.end(); // patient
  }

  private static void query(W x, PatientQuery q) throws XMLStreamException {
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    queryByParameter(x, q.queryId(), q);
    x.end();
  }

  private static void queryByParameter(W x, String queryId, PatientQuery q) throws XMLStreamException {
    x.start("queryByParameter");
    x.empty("queryId", "root", MessageHeader.MESSAGE_ID_ROOT, "extension", queryId);
    x.empty("statusCode", "code", "new");
    if (q.initialQuantity().isPresent()) {
      x.empty("initialQuantity", "value", q.initialQuantity().get().toString());
    }
    if (q.minimumDegreeMatch().isPresent()) {
      x.start("matchCriterionList");
      x.start("minimumDegreeMatch");
      x.w.writeStartElement("value");
      x.w.writeAttribute("xsi", V3Element.XSI, "type", "INT");
      x.w.writeAttribute("value", q.minimumDegreeMatch().get().toString());
      x.w.writeEndElement();
      x.valueText("semanticsText", "匹配程度");
      x.end();
      x.end();
    }
    x.start("parameterList");
    if (q.localId().isPresent()) {
      x.id("id", q.localId().get());
    }
    if (q.gender().isPresent()) {
      x.start("livingSubjectAdministrativeGender");
      x.code("value", q.gender().get());
      x.valueText("semanticsText", "LivingSubject.administrativeGender");
      x.end();
    }
    if (q.birthTime().isPresent()) {
      x.start("livingSubjectBirthTime");
      x.empty("value", "value", q.birthTime().get().literal());
      x.valueText("semanticsText", "LivingSubject.birthTime");
      x.end();
    }
    if (q.personId().isPresent()) {
      x.start("livingSubjectId");
      x.ids("value", java.util.Collections.singletonList(q.personId().get()));
      x.valueText("semanticsText", "LivingSubject.id");
      x.end();
    }
    if (q.name().isPresent()) {
      x.start("livingSubjectName");
      x.plainName("value", q.name().get());
      x.valueText("semanticsText", "LivingSubject.name");
      x.end();
    }
    x.end();
    x.end();
  }

  private static void queryResponse(W x, PatientQueryResponse r) throws XMLStreamException {
    ack(x, r.ackCode(), r.targetMessageId(), r.detail().orElse(null));
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    for (PatientRecord p : r.patients()) {
      x.start("subject", "typeCode", "SUBJ");
      x.start("registrationEvent", "classCode", "REG", "moodCode", "EVN");
      x.empty("statusCode", "code", "active");
      x.start("subject1", "typeCode", "SBJ");
      patient(x, p);
      x.end();
      x.start("custodian", "typeCode", "CST");
      x.start("assignedEntity", "classCode", "ASSIGNED");
      x.ids("id", java.util.Collections.singletonList(r.header().sender()));
      x.end();
      x.end();
      x.end();
      x.end();
    }
    queryAck(x, r.queryId(), r.responseCode(), r.patients().size());
    x.end();
  }

  private static void merge(W x, PatientMerge m) throws XMLStreamException {
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    x.start("subject", "typeCode", "SUBJ");
    x.start("registrationEvent", "classCode", "REG", "moodCode", "EVN");
    x.empty("statusCode", "code", "active");
    x.start("subject1", "typeCode", "SBJ");
    patient(x, m.survivor());
    x.end();
    x.start("replacementOf", "typeCode", "RPLC");
    x.start("priorRegistration", "classCode", "REG", "moodCode", "EVN");
    x.empty("statusCode", "code", "obsolete");
    x.start("subject1", "typeCode", "SBJ");
    x.start("priorRegisteredRole", "classCode", "PAT");
    x.ids("id", m.mergedIds());
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
    x.end();
  }

  /** Writes part of a message; may throw the writer's exception. */
  private interface Part {
    void write() throws XMLStreamException;
  }

  /** Writes the i-th entry of a response. */
  private interface Entry {
    void write(int i) throws XMLStreamException;
  }

  /**
   * {@code controlActProcess/subject/registrationRequest} (MFMI_MT700721UV01) around one payload inside
   * {@code subject1}, with the registrar as {@code author/assignedEntity} (H0301, H0401, H0501).
   */
  private static void registrationRequest(W x, Identifier authorId, String authorName, Part payload)
      throws XMLStreamException {
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    x.start("subject", "typeCode", "SUBJ");
    x.start("registrationRequest", "classCode", "REG", "moodCode", "RQO");
    x.empty("statusCode", "code", "active");
    x.start("subject1", "typeCode", "SBJ");
    payload.write();
    x.end();
    if (authorId != null || authorName != null) {
      x.start("author", "typeCode", "AUT");
      x.start("assignedEntity", "classCode", "ASSIGNED");
      if (authorId != null) {
        x.ids("id", java.util.Collections.singletonList(authorId));
      }
      if (authorName != null) {
        x.start("assignedPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        x.name("name", authorName);
        x.end();
      }
      x.end();
      x.end();
    }
    x.end();
    x.end();
    x.end();
  }

  /** {@code healthCareProvider} as in H0401 (order per PRPM_MT301010UV01.HealthCareProvider). */
  private static void provider(W x, ProviderRecord p) throws XMLStreamException {
    x.start("healthCareProvider", "classCode", "PROV");
    x.ids("id", p.ids());
    if (p.title().isPresent()) {
      x.code("code", p.title().get());
    }
    x.telecoms("telecom", p.telecoms());
    x.empty("statusCode", "code", "active");
    boolean person = !p.personIds().isEmpty() || p.name().isPresent() || p.gender().isPresent()
        || p.birthTime().isPresent() || p.department().isPresent() || p.departmentName().isPresent();
    if (person) {
      x.start("healthCarePrincipalPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
      x.ids("id", p.personIds());
      if (p.name().isPresent()) {
        x.name("name", p.name().get());
      }
      if (p.gender().isPresent()) {
        x.code("administrativeGenderCode", p.gender().get());
      }
      if (p.birthTime().isPresent()) {
        x.empty("birthTime", "value", p.birthTime().get().literal());
      }
      // national only (H0401): the R1 Affiliate has no organization, see ProviderRecord
      affiliate(x, "affiliatedPrincipalOrganization", p.department(), p.departmentName());
      x.end();
    }
    x.end();
  }

  /** {@code assignedEntity} as in H0301 and the H0303Rp answer. */
  private static void organization(W x, OrganizationRecord o) throws XMLStreamException {
    x.start("assignedEntity", "classCode", "ASSIGNED");
    x.ids("id", o.ids());
    if (o.type().isPresent()) {
      x.code("code", o.type().get());
    }
    if (o.roleName().isPresent()) {
      x.name("name", o.roleName().get());
    }
    x.telecoms("telecom", o.telecoms());
    x.empty("statusCode", "code", "active");
    if (o.name().isPresent() || o.parent().isPresent() || o.parentName().isPresent()) {
      x.start("assignedPrincipalOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
      if (o.name().isPresent()) {
        x.name("name", o.name().get());
      }
      affiliate(x, "scoper2", o.parent(), o.parentName());
      x.end();
    }
    x.end();
  }

  /**
   * {@code asAffiliate} with its organization ({@code affiliatedPrincipalOrganization} of a provider in H0401,
   * {@code scoper2} of a department in H0301): written only when the organization has an id or a name.
   */
  private static void affiliate(W x, String organization, Optional<Identifier> id, Optional<String> name)
      throws XMLStreamException {
    if (!id.isPresent() && !name.isPresent()) {
      return;
    }
    x.start("asAffiliate", "classCode", "AFFL");
    x.empty("code");
    x.empty("effectiveTime");
    x.start(organization, "classCode", "ORG", "determinerCode", "INSTANCE");
    if (id.isPresent()) {
      x.ids("id", java.util.Collections.singletonList(id.get()));
    }
    if (name.isPresent()) {
      x.name("name", name.get());
    }
    x.end();
    x.end();
  }

  /** {@code valueSet} as in H0501: the id is written with an extension only, as the sample does. */
  private static void valueSet(W x, ValueSetRecord v) throws XMLStreamException {
    x.start("valueSet");
    x.empty("id", "extension", v.id());
    if (v.description().isPresent()) {
      x.valueText("desc", v.description().get());
    }
    if (v.status().isPresent()) {
      x.empty("statusCode", "code", v.status().get());
    }
    if (v.version().isPresent()) {
      x.code("version", Code.of(v.version().get(), "", v.versionName().orElse(null)));
    }
    for (ValueSetRecord.Item item : v.items()) {
      x.start("valueSetItems");
      x.code("code", Code.of(item.code(), "", item.displayName().orElse(null)));
      if (item.status().isPresent()) {
        x.empty("statusCode", "code", item.status().get());
      }
      x.end();
    }
    x.end();
  }

  /** {@code queryByParameterPayload} head: query id (when any) and status (PRPM_MT306010/406010). */
  private static void payloadHead(W x, String queryId) throws XMLStreamException {
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    x.start("queryByParameterPayload");
    if (!queryId.isEmpty()) {
      x.empty("queryId", "root", MessageHeader.MESSAGE_ID_ROOT, "extension", queryId);
    }
    x.empty("statusCode", "code", "new");
  }

  private static void providerQuery(W x, ProviderQuery q) throws XMLStreamException {
    payloadHead(x, q.queryId());
    if (q.gender().isPresent()) {
      x.start("administrativeGender");
      x.code("value", q.gender().get());
      x.end();
    }
    // one providerID per id: the R1 schema allows one value each (H0403 puts two in one; both are read)
    payloadIdsAndName(x, "providerID", q.providerIds(), "providerName", q.name().orElse(null));
  }

  private static void organizationQuery(W x, OrganizationQuery q) throws XMLStreamException {
    payloadHead(x, q.queryId());
    payloadIdsAndName(x, "organizationID", q.organizationIds(), "organizationName", q.name().orElse(null));
  }

  /** The id and name parameters of a {@code queryByParameterPayload}, then its end and the control act's. */
  private static void payloadIdsAndName(W x, String idParam, List<Identifier> ids, String nameParam, String name)
      throws XMLStreamException {
    for (Identifier id : ids) {
      x.start(idParam);
      x.id("value", id);
      x.end();
    }
    if (name != null) {
      x.start(nameParam);
      x.partName("value", name);
      x.end();
    }
    x.end();
    x.end();
  }

  private static void terminologyQuery(W x, TerminologyQuery q) throws XMLStreamException {
    // classCode ACTN as in H0503
    x.start("controlActProcess", "classCode", "ACTN", "moodCode", "EVN");
    x.start("queryByParameter");
    if (!q.queryId().isEmpty()) {
      x.empty("queryId", "root", MessageHeader.MESSAGE_ID_ROOT, "extension", q.queryId());
    }
    x.start("valueSet");
    x.empty("id", "extension", q.valueSetId().get());
    if (q.version().isPresent()) {
      x.empty("version", "code", q.version().get());
    }
    if (q.itemCode().isPresent()) {
      x.start("valueSetItems");
      x.empty("code", "code", q.itemCode().get());
      x.end();
    }
    x.end();
    x.end();
    x.end();
  }

  /** Provider and organization answers: {@code subject/registrationEvent/subject1} per match, custodian, queryAck. */
  private static void registryResponse(W x, QueryAnswer r, int n, Entry entry) throws XMLStreamException {
    ack(x, r.ackCode(), r.targetMessageId(), r.detail().orElse(null));
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    for (int i = 0; i < n; i++) {
      x.start("subject", "typeCode", "SUBJ");
      x.start("registrationEvent", "classCode", "REG", "moodCode", "EVN");
      x.empty("statusCode", "code", "active");
      x.start("subject1", "typeCode", "SBJ");
      entry.write(i);
      x.end();
      x.start("custodian", "typeCode", "CST");
      x.start("assignedEntity", "classCode", "ASSIGNED");
      x.ids("id", java.util.Collections.singletonList(r.header().sender()));
      x.end();
      x.end();
      x.end();
      x.end();
    }
    queryAck(x, r.queryId(), r.responseCode(), n);
    x.end();
  }

  private static void terminologyResponse(W x, TerminologyQueryResponse r) throws XMLStreamException {
    ack(x, r.ackCode(), r.targetMessageId(), r.detail().orElse(null));
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    if (!r.valueSets().isEmpty()) {
      x.start("subject", "typeCode", "SUBJ");
      x.start("registrationRequest", "classCode", "REG", "moodCode", "RQO");
      x.empty("statusCode");
      for (ValueSetRecord v : r.valueSets()) {
        x.start("subject1", "typeCode", "SBJ");
        valueSet(x, v);
        x.end();
      }
      x.end();
      x.end();
    }
    queryAck(x, r.queryId(), r.responseCode(), r.valueSets().size());
    x.end();
  }

  /** {@code clinicalDocument} as in H0601 (RCMR_IN000002UV02) and the RCMR_IN000030UV01 answer. */
  private static void document(W x, DocumentEntry d) throws XMLStreamException {
    x.start("clinicalDocument", "classCode", "DOCCLIN", "moodCode", "EVN");
    x.ids("id", java.util.Collections.singletonList(d.documentId()));
    x.code("code", d.type());
    x.empty("statusCode");
    if (d.effectiveTime().isPresent()) {
      x.empty("effectiveTime", "value", d.effectiveTime().get().literal());
    }
    if (d.confidentiality().isPresent()) {
      x.code("confidentialityCode", d.confidentiality().get());
    }
    if (d.versionNumber().isPresent()) {
      x.empty("versionNumber", "value", d.versionNumber().get().toString());
    }
    if (d.content().isPresent()) {
      x.start("storageCode");
      x.empty("originalText", "value", java.util.Base64.getEncoder().encodeToString(d.content().get()));
      x.end();
    }
    x.start("recordTarget", "typeCode", "RCT");
    x.start("patient", "classCode", "PAT");
    x.ids("id", d.patientIds());
    x.start("patientPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
    x.ids("id", d.personIds());
    if (d.patientName().isPresent()) {
      x.name("name", d.patientName().get());
    }
    x.end();
    if (d.providerOrganization().isPresent() || d.providerOrganizationName().isPresent()) {
      x.start("providerOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
      if (d.providerOrganization().isPresent()) {
        x.ids("id", java.util.Collections.singletonList(d.providerOrganization().get()));
      }
      if (d.providerOrganizationName().isPresent()) {
        x.name("name", d.providerOrganizationName().get());
      }
      x.end();
    }
    x.end();
    x.end();
    x.end();
  }

  private static void documentQuery(W x, DocumentQuery q) throws XMLStreamException {
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    x.start("queryByParameter");
    x.empty("queryId", "root", MessageHeader.MESSAGE_ID_ROOT, "extension", q.queryId());
    x.empty("statusCode", "code", "new");
    if (q.type().isPresent()) {
      x.start("clinicalDocument.code");
      x.code("value", q.type().get());
      x.end();
    }
    if (q.documentId().isPresent()) {
      x.start("clinicalDocument.id");
      x.id("value", q.documentId().get());
      x.end();
    }
    if (q.effectiveLow().isPresent() || q.effectiveHigh().isPresent()) {
      x.start("clinicalDocument.effectiveTime");
      x.start("value");
      if (q.effectiveLow().isPresent()) {
        x.empty("low", "value", q.effectiveLow().get().literal());
      }
      if (q.effectiveHigh().isPresent()) {
        x.empty("high", "value", q.effectiveHigh().get().literal());
      }
      x.end();
      x.end();
    }
    if (!q.patientIds().isEmpty()) {
      x.start("patient.id");
      if (x.national) {
        x.ids("value", q.patientIds());
      } else {
        for (Identifier id : q.patientIds()) {
          x.id("value", id);
        }
      }
      x.end();
    }
    x.end();
    x.end();
  }

  private static void documentResponse(W x, DocumentQueryResponse r) throws XMLStreamException {
    ack(x, r.ackCode(), r.targetMessageId(), r.detail().orElse(null));
    x.start("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
    for (DocumentEntry d : r.documents()) {
      x.start("subject", "typeCode", "SUBJ");
      document(x, d);
      x.end();
    }
    queryAck(x, r.queryId(), r.responseCode(), r.documents().size());
    x.end();
  }

  /** The writing helpers, in the chosen style. */
  private static final class W {
    final XMLStreamWriter w;
    final boolean national;

    W(XMLStreamWriter w, boolean national) {
      this.w = w;
      this.national = national;
    }

    void start(String name, String... attrs) throws XMLStreamException {
      w.writeStartElement(name);
      for (int i = 0; i < attrs.length; i += 2) {
        w.writeAttribute(attrs[i], attrs[i + 1]);
      }
    }

    void end() throws XMLStreamException {
      w.writeEndElement();
    }

    void empty(String name, String... attrs) throws XMLStreamException {
      w.writeEmptyElement(name);
      for (int i = 0; i < attrs.length; i += 2) {
        if (attrs[i + 1] != null && !attrs[i + 1].isEmpty()) {
          w.writeAttribute(attrs[i], attrs[i + 1]);
        }
      }
    }

    /** A single II, always in the R1 form (message ids, target ids, query parameters). */
    void id(String name, Identifier id) throws XMLStreamException {
      empty(name, "root", id.root(), "extension", id.extensionOrEmpty());
    }

    /** A set of ids: national {@code <id><item/>..</id>}, R1 one {@code <id/>} each. */
    void ids(String name, List<Identifier> ids) throws XMLStreamException {
      if (national) {
        if (ids.isEmpty()) {
          return;
        }
        start(name);
        for (Identifier id : ids) {
          empty("item", "root", id.root(), "extension", id.extensionOrEmpty());
        }
        end();
      } else {
        for (Identifier id : ids) {
          id(name, id);
        }
      }
    }

    void time(String name, String literal) throws XMLStreamException {
      if (national) {
        start(name);
        empty("any", "value", literal);
        end();
      } else {
        empty(name, "value", literal);
      }
    }

    /** A person or organization name: national {@code LIST_EN} with one part, R1 element text. */
    void name(String name, String value) throws XMLStreamException {
      nationalName(name, value, "LIST_EN", true);
    }

    /** A name as a query parameter value: national {@code <item><part/></item>}, R1 element text. */
    void plainName(String name, String value) throws XMLStreamException {
      nationalName(name, value, null, true);
    }

    /** A name as a registry query value: national {@code <value><part value/></value>} (H0303, H0403), R1 text. */
    void partName(String name, String value) throws XMLStreamException {
      nationalName(name, value, null, false);
    }

    /**
     * The national forms of a name (a {@code part} with the value, inside an {@code item} where asked, the element
     * typed where {@code xsiType} is given); R1 always writes the value as the element's text.
     */
    private void nationalName(String name, String value, String xsiType, boolean item) throws XMLStreamException {
      start(name);
      if (!national) {
        w.writeCharacters(value);
      } else {
        if (xsiType != null) {
          w.writeAttribute("xsi", V3Element.XSI, "type", xsiType);
        }
        if (item) {
          start("item");
        }
        empty("part", "value", value);
        if (item) {
          end();
        }
      }
      end();
    }

    void telecoms(String name, List<String> values) throws XMLStreamException {
      if (values.isEmpty()) {
        return;
      }
      if (national) {
        w.writeStartElement(name);
        w.writeAttribute("xsi", V3Element.XSI, "type", "DSET_TEL");
        for (String v : values) {
          empty("item", "value", v);
        }
        end();
      } else {
        for (String v : values) {
          empty(name, "value", v);
        }
      }
    }

    void code(String name, Code c) throws XMLStreamException {
      if (national) {
        w.writeStartElement(name);
        codeAttrs(c);
        if (c.displayName().isPresent()) {
          empty("displayName", "value", c.displayName().get());
        }
        end();
      } else {
        w.writeEmptyElement(name);
        codeAttrs(c);
        if (c.displayName().isPresent()) {
          w.writeAttribute("displayName", c.displayName().get());
        }
      }
    }

    /** A coded set (national: one {@code item} inside, as ethnicGroupCode in H0201). */
    void codeSet(String name, Code c) throws XMLStreamException {
      if (national) {
        start(name);
        code("item", c);
        end();
      } else {
        code(name, c);
      }
    }

    private void codeAttrs(Code c) throws XMLStreamException {
      w.writeAttribute("code", c.code());
      if (!c.codeSystem().isEmpty()) {
        w.writeAttribute("codeSystem", c.codeSystem());
      }
      if (c.codeSystemName().isPresent()) {
        w.writeAttribute("codeSystemName", c.codeSystemName().get());
      }
    }

    /** Text: national {@code <x value=".."/>}, R1 element text. */
    void valueText(String name, String value) throws XMLStreamException {
      if (national) {
        empty(name, "value", value);
      } else {
        start(name);
        w.writeCharacters(value);
        end();
      }
    }

    void address(List<AddressPart> parts) throws XMLStreamException {
      if (national) {
        w.writeStartElement("addr");
        w.writeAttribute("xsi", V3Element.XSI, "type", "LIST_AD");
        start("item");
        for (AddressPart p : parts) {
          empty("part", "type", p.type().name(), "value", p.value());
        }
        end();
        end();
      } else {
        start("addr");
        for (AddressPart p : parts) {
          start(p.type().r1Element());
          w.writeCharacters(p.value());
          end();
        }
        end();
      }
    }
  }
}
