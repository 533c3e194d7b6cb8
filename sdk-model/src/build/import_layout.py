#!/usr/bin/env python3
"""Builds the document layout data of sdk-model: where each datum of a document lives and what it is.

Reads  sdk-model/src/main/resources/io/hdx/model/spec/entries.tsv   (made by import_specs.py)
and    sdk-model/src/build/facts/personal-data-categories.tsv        (the category of each datum)
       sdk-model/src/build/facts/cda-act-forms.tsv, cda-slot-forms.tsv (how entry shapes and act slots are written)
       sdk-model/src/build/facts/wst500-dataset-items.tsv            (the code system of each data-set item)
       sdk-model/src/build/facts/wst500-group-members.tsv            (members nested more than once / in two groups)
Writes sdk-model/src/main/resources/io/hdx/model/spec/layout-header.tsv  (one row per header field)
       sdk-model/src/main/resources/io/hdx/model/spec/layout-body.tsv    (one row per body slot of each document)
       sdk-model/src/main/resources/io/hdx/model/spec/layout-acts.tsv, layout-slots.tsv (the forms, checked copies)
       sdk-model/src/main/resources/io/hdx/model/spec/layout-header-elements.tsv (each header element's field and path)

Run after import_specs.py and import_data_elements.py:  python3 sdk-model/src/build/import_layout.py [--out DIR]
(or regenerate.sh); --out is the resource root io/hdx/model (default: the module's), read (spec/, dataset/) and
written (spec/layout-*.tsv).
The output is checked in; io.hdx.model.layout.DocumentLayout reads it.

Rules (ours, documented here):
- The header fields and their CDA paths follow shared/reference/cda-header.md; their JSON names follow
  sdk-codec/JSON.md (hdx-cda-json/1). The data element codes of header fields are the ones
  cda-header.md and the data-element catalog give (DE02.01.030.00 身份证件号码, DE02.01.039.00 姓名,
  DE02.01.040.00 性别代码, DE02.01.005.01 出生日期); the others are '-' (none known from a source).
- An organization's partOf rows stand for every enclosing level (asOrganizationPartOf/wholeOrganization,
  as deep as the document nests it).
- Groups (values that belong together and are one call of a typed builder): a drug, an operation or another
  non-observation act (every member of that act shape in a section, group = the shape); an organizer (its
  components, group ORGANIZER, e.g. blood pressure or a fee group); an observation with nested details (a
  diagnosis's name with its code and rank, group = the head observation's code). A detail's group is its
  parent's. Everything else is a single datum without group ('-'). member_of: every group a datum may sit in
  with how many times in one instance: its own group once, and what facts/wst500-group-members.tsv adds (a TCM
  diagnosis's two DE05.10.130.00 codes, its rank).
- Categories: facts/personal-data-categories.tsv, first matching row; every datum must get one.
"""
import argparse
import csv
import os
import sys
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FACTS = os.path.join(ROOT, 'sdk-model', 'src', 'build', 'facts')
_ARGS = argparse.ArgumentParser(description=__doc__.split('\n')[0])
_ARGS.add_argument('--out', default=os.path.join(ROOT, 'sdk-model', 'src', 'main', 'resources', 'io', 'hdx', 'model'))
RESOURCES = os.path.abspath(_ARGS.parse_args().out)
OUT = os.path.join(RESOURCES, 'spec')
CD = '/ClinicalDocument'
DATA_ELEMENT_SYSTEM = '2.16.156.10011.2.2.1'  # 卫生信息数据元目录 (DocumentSpec.DATA_ELEMENT_CODE_SYSTEM)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        lines = [l for l in f if not l.startswith('#')]
    return list(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE))


def write_tsv(name, header, rows, comment):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        for line in comment:
            f.write('# ' + line + '\n')
        f.write('\t'.join(header) + '\n')
        for row in rows:
            f.write('\t'.join(str(row[h]) for h in header) + '\n')


ACT_COLUMNS = ['shape', 'element', 'class_code', 'mood_code', 'nested_in', 'type_code', 'code_required', 'status_code']
SLOT_COLUMNS = ['position', 'path', 'type', 'shapes', 'usual_de', 'by_code_system', 'value_attribute', 'required']


def load_forms():
    """facts/cda-act-forms.tsv and cda-slot-forms.tsv: how each entry shape and act slot is written."""
    acts = read_tsv(os.path.join(FACTS, 'cda-act-forms.tsv'))
    slots = read_tsv(os.path.join(FACTS, 'cda-slot-forms.tsv'))
    for rows, columns, name in ((acts, ACT_COLUMNS, 'cda-act-forms.tsv'), (slots, SLOT_COLUMNS, 'cda-slot-forms.tsv')):
        for r in rows:
            if list(r.keys()) != columns or any(not r[c] for c in columns):
                sys.exit(name + ': malformed row ' + repr(r))
    return acts, slots


ACT_FORMS, SLOT_FORMS = load_forms()
# the non-observation acts (a drug, an operation ...): shape -> element
ACT_ELEMENTS = OrderedDict((a['shape'], a['element']) for a in ACT_FORMS
                           if a['shape'] not in ('OBSERVATION', 'ENTRY_RELATIONSHIP', 'ORGANIZER_COMPONENT'))
SLOT_PATHS = OrderedDict((s['position'], s['path']) for s in SLOT_FORMS)  # ValuePosition -> path below the act


def code_systems():
    """(doc, data-set item) -> the code system its code is written in (facts/wst500-dataset-items.tsv)."""
    return {(r['doc_code'], r['item_code']): r['code_system']
            for r in read_tsv(os.path.join(FACTS, 'wst500-dataset-items.tsv')) if r['confidence'] != 'REJECTED'}


# ---- header: (field, spec element whose cardinality applies or '-', xpath, json, de, type, cardinality)

# The code system of each coded header field that WS/T 500 fixes (shared/reference/cda-header.md, header items 8
# and recordTarget/patientRole/patient): HL7 Confidentiality, and the GB/T code tables of the patient's coded
# attributes. Other coded header fields (a participant's role code, document.code) are '-': no fixed system.
HEADER_CODE_SYSTEMS = {
    'document.confidentiality': '2.16.840.1.113883.5.25',  # HL7 Confidentiality
    'patient.gender': '2.16.156.10011.2.3.3.4',  # GB/T 2261.1 生理性别代码表
    'patient.maritalStatus': '2.16.156.10011.2.3.3.5',  # GB/T 2261.2 婚姻状况代码表
    'patient.ethnicGroup': '2.16.156.10011.2.3.3.3',  # GB 3304 民族类别代码表
    'patient.occupation': '2.16.156.10011.2.3.3.13',  # GB/T 2261.4 从业状况(个人身体)代码表
}

def address(field, element, xpath, json):
    parts = [('use', '@use', 'CS'), ('houseNumber', 'houseNumber', 'ST'), ('streetName', 'streetName', 'ST'),
             ('township', 'township', 'ST'), ('county', 'county', 'ST'), ('city', 'city', 'ST'),
             ('state', 'state', 'ST'), ('postalCode', 'postalCode', 'ST')]
    return [(field + '.' + p, part(element), xpath + '/' + x, json + '/' + p, '-', t, '0..1') for p, x, t in parts]


def part(element):
    """A row that is a part of a header element (an address line, an organization's name): the element's
    cardinality bounds it from above only."""
    return element if element == '-' or element.startswith('part:') else 'part:' + element


def organization(field, element, xpath, json, id_de='-', name_de='-'):
    rows = []
    for level, xp, js, card in (('', xpath, json, '0..1'),
                                ('.partOf', xpath + '/asOrganizationPartOf/wholeOrganization', json + '/partOf', '0..*')):
        element = part(element)
        rows += [(field + level + '.id', element, xp + '/id', js + '/id', id_de if not level else '-', 'II', card),
                 (field + level + '.name', element, xp + '/name', js + '/name', name_de if not level else '-', 'ST', card),
                 (field + level + '.telecom', element, xp + '/telecom/@value', js + '/telecom', '-', 'TEL', card)]
    return rows


def participant(field, element, xpath, json, person, entity, many):
    card = '0..*' if many else '0..1'
    element = part(element)
    rows = [(field + '.time', element, xpath + '/time', json + '/time', '-', 'TS', card),
            (field + '.id', element, xpath + '/' + entity + '/id', json + '/id', '-', 'II', card),
            (field + '.code', element, xpath + '/' + entity + '/code', json + '/code', '-', 'CE', card),
            (field + '.roleName', element, xpath + '/' + entity + '/code/@displayName', json + '/roleName', '-', 'ST', card),
            (field + '.name', element, xpath + '/' + entity + '/' + person + '/name', json + '/name', '-', 'PN', card),
            (field + '.professionalTechnicalPosition', element,
             xpath + '/' + entity + '/' + person + '/professionalTechnicalPosition/professionaltechnicalpositionCode',
             json + '/professionalTechnicalPosition', '-', 'CE', card),
            (field + '.telecom', element, xpath + '/' + entity + '/telecom/@value', json + '/telecom', '-', 'TEL', card)]
    rows += address(field + '.address', element, xpath + '/' + entity + '/addr', json + '/address')
    org = 'representedOrganization' if entity != 'associatedEntity' else 'scopingOrganization'
    rows += organization(field + '.organization', element, xpath + '/' + entity + '/' + org, json + '/organization')
    return [(f, e, x, j, d, t, card if c == '0..1' else c) for f, e, x, j, d, t, c in rows]


def header_fields():
    pr = CD + '/recordTarget/patientRole'
    pt = pr + '/patient'
    enc = CD + '/componentOf/encompassingEncounter'
    rows = [('document.templateId', '-', CD + '/templateId/@root', '/templateId', '-', 'II', '1..1'),
            ('document.code', '-', CD + '/code', '/code', '-', 'CD', '1..1'),
            ('document.id', '-', CD + '/id', '/id', '-', 'II', '1..1'),
            ('document.title', '-', CD + '/title', '/title', '-', 'ST', '0..1'),
            ('document.effectiveTime', '-', CD + '/effectiveTime', '/effectiveTime', '-', 'TS', '1..1'),
            ('document.confidentiality', '-', CD + '/confidentialityCode', '/confidentiality', '-', 'CE', '0..1'),
            ('document.languageCode', '-', CD + '/languageCode/@code', '/languageCode', '-', 'CS', '0..1'),
            ('document.setId', '-', CD + '/setId', '/setId', '-', 'II', '0..1'),
            ('document.versionNumber', '-', CD + '/versionNumber/@value', '/versionNumber', '-', 'INT', '0..1'),
            ('patient.ids', 'patientRole.id', pr + '/id', '/patient/ids', '-', 'II', '0..*')]
    rows += address('patient.address', 'patientRole.addr', pr + '/addr', '/patient/address')
    rows += [('patient.telecom', 'patientRole.telecom', pr + '/telecom/@value', '/patient/telecom', '-', 'TEL', '0..1'),
             ('patient.residentId', 'patient.id', pt + '/id', '/patient/residentId', 'DE02.01.030.00', 'II', '0..1'),
             ('patient.name', 'patient.name', pt + '/name', '/patient/name', 'DE02.01.039.00', 'PN', '0..1'),
             ('patient.gender', 'patient.administrativeGenderCode', pt + '/administrativeGenderCode', '/patient/gender',
              'DE02.01.040.00', 'CE', '0..1'),
             ('patient.birthTime', 'patient.birthTime', pt + '/birthTime', '/patient/birthTime', 'DE02.01.005.01', 'TS', '0..1'),
             ('patient.maritalStatus', 'patient.maritalStatusCode', pt + '/maritalStatusCode', '/patient/maritalStatus',
              '-', 'CE', '0..1'),
             ('patient.ethnicGroup', 'patient.ethnicGroupCode', pt + '/ethnicGroupCode', '/patient/ethnicGroup', '-', 'CE',
              '0..1'),
             ('patient.occupation', 'patient.occupation', pt + '/occupation/occupationCode', '/patient/occupation', '-',
              'CE', '0..1'),
             ('patient.age', 'patient.age', pt + '/age', '/patient/age', '-', 'PQ', '0..1')]
    rows += organization('patient.employer', 'patient.employerOrganization', pt + '/employerOrganization',
                         '/patient/employer')
    rows += organization('patient.providerOrganization', 'patientRole.providerOrganization',
                         pr + '/providerOrganization', '/patient/providerOrganization')
    rows += participant('author', 'author', CD + '/author', '/authors/*', 'assignedPerson', 'assignedAuthor', True)
    rows += organization('custodian', 'custodian',
                         CD + '/custodian/assignedCustodian/representedCustodianOrganization', '/custodian')
    rows += participant('informant', 'informant', CD + '/informant', '/informants/*', 'assignedPerson', 'assignedEntity',
                        True)
    rows += participant('legalAuthenticator', 'legalAuthenticator', CD + '/legalAuthenticator', '/legalAuthenticator',
                        'assignedPerson', 'assignedEntity', False)
    rows += participant('authenticator', 'authenticator', CD + '/authenticator', '/authenticators/*', 'assignedPerson',
                        'assignedEntity', True)
    rows += participant('participant', 'participant', CD + '/participant', '/participants/*', 'associatedPerson',
                        'associatedEntity', True)
    rows += [('relatedDocument', 'relatedDocument', CD + '/relatedDocument/parentDocument/id', '/relatedDocument', '-',
              'II', '0..1'),
             ('encounter.effectiveTime', 'encounter.effectiveTime', enc + '/effectiveTime', '/encounter/effectiveTime',
              '-', 'IVL_TS', '0..1')]
    rows += organization('encounter.location', 'componentOf.encompassingEncounter',
                         enc + '/location/healthCareFacility/serviceProviderOrganization', '/encounter/location')
    return rows


def header_elements():
    """(header.tsv element, the model field that holds it or '-', its CDA path): the element as a whole, where a
    header requirement (header.tsv) is counted and reported. Paths after shared/reference/cda-header.md."""
    pr = CD + '/recordTarget/patientRole'
    pt = pr + '/patient'
    enc = CD + '/componentOf/encompassingEncounter'
    loc = enc + '/location/healthCareFacility/serviceProviderOrganization'
    return [('patientRole.id', 'patient.ids', pr + '/id'),
            ('patientRole.addr', 'patient.address', pr + '/addr'),
            ('patientRole.telecom', 'patient.telecom', pr + '/telecom'),
            ('patientRole.providerOrganization', 'patient.providerOrganization', pr + '/providerOrganization'),
            ('patient.id', 'patient.residentId', pt + '/id'),
            ('patient.name', 'patient.name', pt + '/name'),
            ('patient.administrativeGenderCode', 'patient.gender', pt + '/administrativeGenderCode'),
            ('patient.birthTime', 'patient.birthTime', pt + '/birthTime'),
            ('patient.maritalStatusCode', 'patient.maritalStatus', pt + '/maritalStatusCode'),
            ('patient.ethnicGroupCode', 'patient.ethnicGroup', pt + '/ethnicGroupCode'),
            ('patient.age', 'patient.age', pt + '/age'),
            ('patient.employerOrganization', 'patient.employer', pt + '/employerOrganization'),
            ('patient.occupation', 'patient.occupation', pt + '/occupation'),
            ('patient.nationality', '-', pt + '/nationality'),
            ('patient.birthplace', '-', pt + '/birthplace'),
            ('patient.nativePlace', '-', pt + '/nativePlace'),
            ('patient.household', '-', pt + '/household'),
            ('patient.educationLevel', '-', pt + '/educationLevel'),
            ('patientRole.patientType', '-', pr + '/patientType'),
            ('author', 'author', CD + '/author'),
            ('author.representedOrganization', 'author.organization', CD + '/author/assignedAuthor/representedOrganization'),
            ('dataEnterer', '-', CD + '/dataEnterer'),
            ('informant', 'informant', CD + '/informant'),
            ('custodian', 'custodian', CD + '/custodian'),
            ('legalAuthenticator', 'legalAuthenticator', CD + '/legalAuthenticator'),
            ('authenticator', 'authenticator', CD + '/authenticator'),
            ('participant', 'participant', CD + '/participant'),
            ('inFulfillmentOf', '-', CD + '/inFulfillmentOf'),
            ('documentationOf', '-', CD + '/documentationOf'),
            ('authorization', '-', CD + '/authorization'),
            ('relatedDocument', 'relatedDocument', CD + '/relatedDocument'),
            ('componentOf.encompassingEncounter', 'encounter', enc),
            ('encounter.effectiveTime', 'encounter.effectiveTime', enc + '/effectiveTime'),
            ('encounter.location.bed', 'encounter.location', loc),
            ('encounter.location.room', 'encounter.location', loc),
            ('encounter.location.department', 'encounter.location', loc),
            ('encounter.location.ward', 'encounter.location', loc),
            ('encounter.location.organization', 'encounter.location', loc)]


# ---- categories

def load_rules():
    return [(r['kind'], r['key'], r['category']) for r in read_tsv(os.path.join(FACTS, 'personal-data-categories.tsv'))]


def header_category(rules, field):
    for kind, key, category in rules:
        if kind != 'header':
            continue
        if key == field or (key.startswith('*.') and '.' in field and field.split('.', 1)[1] == key[2:]
                            and field.split('.', 1)[0] in ('author', 'informant', 'legalAuthenticator',
                                                           'authenticator', 'participant')):
            return category
    sys.exit('no category for header field ' + field)


def body_category(rules, de, vtype):
    for kind, key, category in rules:
        if (kind == 'de' and key == de) or (kind == 'type' and key == vtype) or (kind == 'prefix' and de.startswith(key)) \
                or (kind == 'body' and key == '*'):
            return category
    sys.exit('no category for ' + de)


# ---- body

def section_xpath(key, coded):
    attr = 'code' if coded else 'displayName'
    return CD + "/component/structuredBody/component/section[code/@%s='%s']" % (attr, key)


def group_members():
    """group head DE -> member DE -> times in one instance (facts/wst500-group-members.tsv)."""
    members = {}
    for r in read_tsv(os.path.join(FACTS, 'wst500-group-members.tsv')):
        members.setdefault(r['group_de'], {})[r['member_de']] = int(r['max'])
    return members


def body_rows(entries, sections, rules):
    rows = []
    systems = code_systems()
    extra = group_members()
    by_doc_section = OrderedDict()
    for e in entries:
        by_doc_section.setdefault((e['doc_code'], e['section_key']), []).append(e)
    for (doc, sec), es in by_doc_section.items():
        coded = sections.get((doc, sec), False)
        sx = section_xpath(sec, coded)
        sj = "/sections[%s]" % sec
        by_de = {e['de_code']: e for e in es}

        def head(e, seen=()):
            p = e['parent']
            if e['shape'] != 'ENTRY_RELATIONSHIP' or not p or p == e['de_code'] or p not in by_de or p in seen:
                return e
            return head(by_de[p], seen + (e['de_code'],))

        def path(e, seen=()):
            """(xpath, json) of e's value, following its parents."""
            de, shape, pos = e['de_code'], e['shape'], e['position']
            obs = "observation[code/@code='%s']" % de
            if shape in ACT_ELEMENTS:
                act = ACT_ELEMENTS[shape]
                if pos != 'OBSERVATION':
                    return sx + '/entry/' + act + '/' + SLOT_PATHS[pos], sj + '/entries/%s/%s' % (shape, pos)
                return (sx + '/entry/' + act + '/entryRelationship/' + obs + '/value',
                        sj + '/entries/%s/components[de=%s]/value' % (shape, de))
            if shape == 'ORGANIZER_COMPONENT':
                return (sx + '/entry/organizer/component/' + obs + '/value',
                        sj + '/entries/ORGANIZER/components[de=%s]/value' % de)
            p = e['parent']
            if shape == 'ENTRY_RELATIONSHIP' and p and p != de and p in by_de and by_de[p]['position'] != 'OBSERVATION' \
                    and by_de[p]['shape'] in ACT_ELEMENTS:  # a slot (procedure/code) nests nothing: a member of its act
                act = ACT_ELEMENTS[by_de[p]['shape']]
                return (sx + '/entry/' + act + '/entryRelationship/' + obs + '/value',
                        sj + '/entries/%s/components[de=%s]/value' % (by_de[p]['shape'], de))
            if shape == 'ENTRY_RELATIONSHIP' and p and p != de and p in by_de and p not in seen:
                px, pj = path(by_de[p], seen + (de,))
                px, pj = px[:-len('/value')], pj[:-len('/value')]
                return px + '/entryRelationship/' + obs + '/value', pj + '/components[de=%s]/value' % de
            return sx + '/entry/' + obs + '/value', sj + '/entries[de=%s]/value' % de

        heads_with_children = set(head(e)['de_code'] for e in es if head(e) is not e)
        for e in es:
            h = head(e)
            if h['shape'] in ACT_ELEMENTS:
                group = h['shape']
            elif h['shape'] == 'ORGANIZER_COMPONENT':
                group = 'ORGANIZER'
            elif h['de_code'] in heads_with_children:
                group = h['de_code']
            else:
                group = '-'
            xpath, json = path(e)
            member_of = OrderedDict([(group, 1)]) if group != '-' else OrderedDict()
            for head_de, members in sorted(extra.items()):
                if e['de_code'] in members and head_de in heads_with_children:
                    member_of[head_de] = max(member_of.get(head_de, 0), members[e['de_code']])
            rows.append(OrderedDict(doc_code=doc, section_key=sec, de_code=e['de_code'], position=e['position'],
                                    group=group,
                                    member_of=','.join('%s=%d' % g for g in member_of.items()) or '-',
                                    xpath=xpath, json=json,
                                    category=body_category(rules, e['de_code'], e['value_type']),
                                    code_system=systems.get((doc, e['de_code']), DATA_ELEMENT_SYSTEM)))
    return rows


def main():
    rules = load_rules()
    header = []
    for field, element, xpath, json, de, vtype, card in header_fields():
        header.append(OrderedDict(field=field, element=element, xpath=xpath, json=json, de_code=de, type=vtype,
                                  cardinality=card, category=header_category(rules, field),
                                  code_system=HEADER_CODE_SYSTEMS.get(field, '-')))
    for field, xpath, json, vtype, cat in (
            ('section.text', '{section}/text', '{section}/text', 'ST', 'SENSITIVE'),
            ('section.entry.effectiveTime', '{section}/entry//effectiveTime', '{section}/entries//effectiveTime', 'IVL_TS',
             'QUASI'),
            ('section.entry.qualifier', '{section}/entry//code/qualifier/name/@displayName',
             '{section}/entries//qualifier', 'ST', 'NONE')):
        header.append(OrderedDict(field=field, element='-', xpath=xpath, json=json, de_code='-', type=vtype,
                                  cardinality='0..*', category=cat, code_system='-'))
    # The people of a clinical statement (author, performer, participant; POCD_MT000040, as the WS/T 500 examples write
    # them on orders, operations and nursing records): a person as in the header, categories by the '*.' rules.
    for fn, person, entity in (('author', 'assignedPerson', 'assignedAuthor'),
                               ('performer', 'assignedPerson', 'assignedEntity'),
                               ('participant', 'playingEntity', 'participantRole')):
        for field, _, xpath, json, de, vtype, card in participant(
                'section.entry.' + fn, '-', '{section}/entry//' + fn, '{section}/entries//participations/*/person',
                person, entity, True):
            rest = field[len('section.entry.' + fn) + 1:]
            if fn == 'participant' and (rest.startswith('organization') or rest == 'professionalTechnicalPosition'):
                continue  # participantRole holds no organization of the person; playingEntity is no Person
            header.append(OrderedDict(field=field, element='-', xpath=xpath, json=json, de_code='-', type=vtype,
                                      cardinality='0..*', category=header_category(rules, 'author.' + rest),
                                      code_system='-'))
    note = ['Generated by sdk-model/src/build/import_layout.py; do not edit by hand.']
    write_tsv('layout-header.tsv', list(header[0].keys()), header, note + [
        'One row per header field of every document (CDA path after cda-header.md, JSON name after sdk-codec/JSON.md).',
        'element: the header.tsv element whose per-document cardinality applies (part:E: E bounds it from above',
        'only), or - (the row\'s own cardinality).',
        'category: personal-data category (facts/personal-data-categories.tsv). {section}: each section\'s path.',
        'code_system: the code system WS/T 500 fixes for a coded field (cda-header.md), else -.'])
    elements = [OrderedDict(element=e, field=f, xpath=x) for e, f, x in header_elements()]
    write_tsv('layout-header-elements.tsv', ['element', 'field', 'xpath'], elements, note + [
        'One row per header element of header.tsv: the model field that holds it (- none: the model does not hold it)',
        'and its CDA path (cda-header.md), where a header requirement is counted and reported. A location level',
        '(bed, room ...) is one of the levels of encounter.location, told apart by its id root.'])
    entries = read_tsv(os.path.join(OUT, 'entries.tsv'))
    sections = {(r['doc_code'], r['section_code'] or r['display_name']): bool(r['section_code'])
                for r in read_tsv(os.path.join(OUT, 'sections.tsv'))}
    body = body_rows(entries, sections, rules)
    write_tsv('layout-body.tsv', list(body[0].keys()), body, note + [
        'One row per entry of entries.tsv: where its value sits (XPath, JSON form), its group and category.',
        'group: the head data element of an observation with nested details, the act shape of a drug/operation,',
        'ORGANIZER for organizer components, - for a datum of its own. member_of: every group the datum may sit in',
        'with how many times in one instance (facts/wst500-group-members.tsv). code_system: the system the entry\'s code is',
        'written in (2.16.156.10011.2.2.1 data elements; a data-set item\'s as facts/wst500-dataset-items.tsv gives it).'])
    write_tsv('layout-acts.tsv', ACT_COLUMNS, ACT_FORMS, note + [
        'How each entry shape is written (element, classCode, moodCode, how it nests): facts/cda-act-forms.tsv.'])
    write_tsv('layout-slots.tsv', SLOT_COLUMNS, SLOT_FORMS, note + [
        'Where each slot of an act is written, its type and its data element when a spec does not say:',
        'facts/cda-slot-forms.tsv.'])
    catalog = [l.split('\t', 1)[0] for l in open(os.path.join(RESOURCES, 'dataset', 'data-elements.tsv'), encoding='utf-8')
               if l[:1] not in ('#', '') and not l.startswith('code\t')]
    types = {}
    for e in entries:
        types.setdefault(e['de_code'], e['value_type'])
    codes = sorted(set(catalog) | set(types))
    cats = [OrderedDict(de_code=c, category=body_category(rules, c, types.get(c, ''))) for c in codes]
    cats.append(OrderedDict(de_code='*', category=body_category(rules, '*', '')))
    write_tsv('layout-categories.tsv', ['de_code', 'category'], cats, note + [
        'The category of a body value whose data element the document\'s layout does not list (a vendor\'s extra):',
        'by its code, else the * row. Values of type TS/IVL_TS not listed here are QUASI (dates of care).'])
    print('layout: header fields %d, body rows %d' % (len(header), len(body)))


if __name__ == '__main__':
    main()
