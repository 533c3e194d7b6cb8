#!/usr/bin/env python3
"""Builds sdk-model/src/main/resources/io/hdx/model/dataset/data-elements.tsv.

Inputs (all inside the repository; --reference DIR replaces src/build/reference):
  src/build/reference/data-elements.csv   de-duplicated DE list of the WS/T 500 samples (quoted multi-line CSV)
  src/build/reference/wst500-entries.csv  DE codes per document entry (unioned in)
  src/build/reference/valueset-oids.csv   value-set OIDs and their majority names (to resolve OID conflicts)
  src/build/data-elements-supplement.csv  facts from the reference notes and our own source search
  src/build/facts/ws363-facts.csv         WS 363 type/format facts from vendor catalogs (see its header)
  <out>/spec/entries.tsv                  written by import_specs.py first (WS/T 483 data elements)
Output: <out>/dataset/data-elements.tsv, <out> = --out (default the module's resource root io/hdx/model).

Rules: a type, format or value domain is written only where a source gives it; when sources disagree the
cell stays empty and the source column says so. Malformed codes seen in the samples are listed as comments.

Run:  python3 sdk-model/src/build/import_data_elements.py [--reference DIR] [--out DIR]   (or regenerate.sh)
"""
import argparse
import csv
import os
import re
import sys

CODE_RE = re.compile(r'^DE[0-9]{2}\.[0-9]{2}\.[0-9]{3}\.[0-9]{2}$')
# The representation-format grammar RepresentationFormat.parse accepts (kept in step with the Java class).
FORMAT_RE = re.compile(r'^(?:(?:A|AN)(?:[0-9]{1,6}|\.\.[0-9]{1,6}|[0-9]{1,6}\.\.[0-9]{1,6})'
                       r'|N(?:([0-9]{1,6})|\.\.([0-9]{1,6})|[0-9]{1,6}\.\.([0-9]{1,6}))(?:,([0-9]{1,2}))?'
                       r'|D8|DT15|DT14|T6|BY|L|T/F)$')


def valid_format(text):
    """Whether RepresentationFormat.parse accepts the text (grammar, and room for the decimals)."""
    m = FORMAT_RE.match(text)
    if not m:
        return False
    if m.group(4) is not None:
        max_len = int(next(g for g in m.groups()[:3] if g is not None))
        return int(m.group(4)) + 2 <= max_len
    return True
# A WS 364 value-domain id (CV02.01.101) or a GB / GB/T standard number (GB/T 2261.1, GB 3304-1991).
DOMAIN_RE = re.compile(r'(CV[0-9]{2}\.[0-9]{2}\.[0-9]{3}|GB(?:/T)?\s*[0-9]+(?:\.[0-9]+)?(?:-[0-9]{4})?)')
TYPES = {'S1', 'S2', 'S3', 'L', 'N', 'D', 'DT', 'T', 'BY'}
RANK = {'LOW': 0, 'MEDIUM': 1, 'HIGH': 2}
NAMES = {v: k for k, v in RANK.items()}
OID_RE = re.compile(r'2\.16\.156\.10011\.[0-9.]*[0-9]')

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(os.path.dirname(HERE))


def norm_conf(text):
    text = (text or '').strip().upper()
    for key in ('HIGH', 'MEDIUM', 'LOW'):
        if text.startswith(key):
            return key
    return 'LOW'


def norm_name(text):
    return (text.replace('（', '(').replace('）', ')').replace(' ', '').strip())


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return [row for row in csv.DictReader(line for line in f if not line.startswith('#'))]


class Field:
    """Values one field got from each source, to detect agreement and conflict."""

    def __init__(self):
        self.values = []  # (value, confidence, source)

    def add(self, value, confidence, source):
        if value:
            self.values.append((value, confidence, source))

    def resolve(self):
        distinct = sorted(set(v for v, _, _ in self.values))
        if not distinct:
            return '', None, ''
        if len(distinct) > 1:
            return '', None, 'CONFLICT ' + ' vs '.join(distinct)
        best = max(RANK[c] for _, c, _ in self.values)
        if len(set(s for _, _, s in self.values)) > 1:
            best = min(best + 1, RANK['HIGH'])
        return distinct[0], NAMES[best], ''


def facts_source(text, legend):
    ids = re.findall(r'find_string id (\d+) \(([^)]*(?:\([^)]*\)[^)]*)*)\)', text)
    for fid, desc in ids:
        legend.setdefault(fid, desc)
    notes = re.findall(r'\[([^\]]*)\]', text)
    out = 'ws363-facts.csv: ' + ' + '.join('find_string id ' + fid for fid, _ in ids)
    if notes:
        out += ' [' + '; '.join(notes) + ']'
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--reference', default=os.path.join(HERE, 'reference'))
    ap.add_argument('--out', default=os.path.join(MODULE, 'src', 'main', 'resources', 'io', 'hdx', 'model'))
    args = ap.parse_args()
    ref = os.path.abspath(args.reference)
    out_root = os.path.abspath(args.out)
    facts_file = os.path.join(HERE, 'facts', 'ws363-facts.csv')

    rows = read_csv(os.path.join(ref, 'data-elements.csv'))
    name_col = [k for k in rows[0].keys() if k.startswith('name_zh')][0]
    elements = {}
    malformed = {}
    for r in rows:
        code = r['de_code'].strip()
        if not CODE_RE.match(code):
            malformed.setdefault(code, 'data-elements.csv')
            continue
        names = [n.strip() for n in r[name_col].split(' / ') if n.strip()]
        elements[code] = {'name': names[0], 'names': names, 'cs': r['value_codeSystem(s)_seen'],
                          'sources': ['WS/T 500 samples (' + r['sources'] + ')']}
    n_reference = len(elements)

    for r in read_csv(os.path.join(ref, 'wst500-entries.csv')):
        code = r['de_code'].strip()
        if not CODE_RE.match(code):
            malformed.setdefault(code, 'wst500-entries.csv %s "%s"' % (r['doc_code'], r['display_name']))
        elif code not in elements:
            elements[code] = {'name': r['display_name'], 'names': [r['display_name']], 'cs': r['value_codeSystem'],
                              'sources': ['wst500-entries.csv']}

    # WS/T 483 entries (from facts/wst483-facts.tsv via import_specs.py) use further data elements;
    # their English-name table gives the cleaned Chinese name (facts/de-java-names-more.tsv).
    more_names = {}
    with open(os.path.join(HERE, 'facts', 'de-java-names-more.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            more_names[row['de_code']] = row['name_zh']
    with open(os.path.join(out_root, 'spec', 'entries.tsv'), encoding='utf-8') as f:
        for row in csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t', quoting=csv.QUOTE_NONE):
            code = row['de_code']
            if CODE_RE.match(code) and code not in elements:
                name = more_names.get(code, row['name_zh'])
                elements[code] = {'name': name, 'names': [name], 'cs': row['value_set'],
                                  'sources': ['WS/T 483 samples (src/build/facts/wst483-facts.tsv)']}

    oid_names = {}
    for r in read_csv(os.path.join(ref, 'valueset-oids.csv')):
        oid_names[r['oid'].strip()] = (norm_name(r['name_majority']), norm_conf(r['confidence']))

    fields = {}

    def field(code, key):
        return fields.setdefault(code, {}).setdefault(key, Field())

    notes = {}
    for code, e in elements.items():
        oids = sorted(set(OID_RE.findall(e['cs'])))
        if len(oids) == 1:
            field(code, 'oid').add(oids[0], 'MEDIUM', 'samples')
        elif len(oids) > 1:
            # Samples copy-paste OIDs; keep the one whose majority table name is this element's name (+ 表 / 代码表).
            wanted = set(norm_name(n) + suffix for n in e['names'] for suffix in ('', '表', '代码表'))
            match = [o for o in oids if o in oid_names and oid_names[o][0] in wanted]
            if len(match) == 1:
                field(code, 'oid').add(match[0], 'MEDIUM', 'samples')
                notes.setdefault(code, []).append('value-set OID chosen by table name among ' + ' ; '.join(oids))
            else:
                notes.setdefault(code, []).append('value-set OID conflict in samples: ' + ' ; '.join(oids))

    for r in read_csv(os.path.join(HERE, 'data-elements-supplement.csv')):
        code = r['de_code'].strip()
        if not CODE_RE.match(code):
            sys.exit('supplement: malformed code ' + code)
        conf = norm_conf(r['confidence'])
        src = r['source'].strip()
        e = elements.get(code)
        if e is None:
            e = elements[code] = {'name': r['name_zh'].strip(), 'names': [r['name_zh'].strip()], 'cs': '',
                                  'sources': []}
        elif r['name_zh'].strip() and r['name_zh'].strip() != e['name']:
            notes.setdefault(code, []).append('names in samples: ' + ' / '.join(e['names']))
            e['name'] = r['name_zh'].strip()
        e['sources'].append(src)
        field(code, 'type').add(r['ws363_type'].strip(), conf, 'supplement')
        field(code, 'format').add(r['format'].strip(), conf, 'supplement')
        field(code, 'domain').add(r['value_domain'].strip(), conf, 'supplement')
        field(code, 'oid').add(r['value_set_oid'].strip(), conf, 'supplement')

    legend = {}
    facts_used = 0
    for r in read_csv(facts_file):
        code = r['de_code'].strip()
        if not CODE_RE.match(code):
            continue
        if code not in elements:
            notes.setdefault('_skipped', []).append(code)
            continue
        facts_used += 1
        conf = norm_conf(r['confidence'])
        src = facts_source(r['source'], legend)
        tag = 'facts:' + src
        elements[code]['sources'].append(src)
        t = r['ws363_type'].strip()
        if t in TYPES:
            field(code, 'type').add(t, conf, tag)
        fmt = r['format'].strip()
        if valid_format(fmt):
            field(code, 'format').add(fmt, conf, tag)
        elif fmt:
            notes.setdefault(code, []).append('format text unusable: ' + fmt)
        vd = r['value_domain'].strip()
        ids = DOMAIN_RE.findall(vd)
        if len(ids) == 1:
            field(code, 'domain').add(re.sub(r'\s+', ' ', ids[0]), conf, tag)
        elif ids:
            notes.setdefault(code, []).append('value domains disagree in source: ' + vd)
        elif vd:
            notes.setdefault(code, []).append('value domain not a WS 364/GB id: ' + vd)

    out_rows = []
    for code in sorted(elements):
        e = elements[code]
        f = fields.get(code, {})
        got = {}
        confs = []
        for key in ('type', 'format', 'domain', 'oid'):
            value, conf, conflict = f[key].resolve() if key in f else ('', None, '')
            got[key] = value
            if conflict:
                notes.setdefault(code, []).append(key + ' ' + conflict)
            if value and key != 'oid':
                confs.append(RANK[conf])
        confidence = NAMES[min(confs)] if confs else 'MEDIUM'
        source = ' + '.join(dict.fromkeys(e['sources']))
        if code in notes:
            source += ' {' + '; '.join(notes[code]) + '}'
        for cell in (e['name'], source):
            if '\t' in cell or '\n' in cell:
                sys.exit('tab or newline in ' + code)
        out_rows.append([code, e['name'], got['type'], got['format'], got['domain'], got['oid'], source, confidence])

    os.makedirs(os.path.join(out_root, 'dataset'), exist_ok=True)
    with open(os.path.join(out_root, 'dataset', 'data-elements.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('# WS 363 / WS 445 data elements known to HDX. Generated by sdk-model/src/build/import_data_elements.py;\n')
        out.write('# do not edit by hand. Columns are tab-separated; an empty cell means unknown (never guessed).\n')
        out.write('# name_zh: generic WS 363 name where a source gives it, else the first name used in the WS/T 500 samples.\n')
        out.write('# confidence: of the type/format/value-domain facts (the lowest of those present); MEDIUM when only the\n')
        out.write('# name is known. Types and formats from ws363-facts.csv are mostly LOW (single OCR-derived vendor dump).\n')
        for fid in sorted(legend):
            out.write('# find_string id %s: %s\n' % (fid, legend[fid]))
        for code in sorted(malformed):
            out.write('# malformed code in the samples, not a data element: %s (%s)\n' % (code, malformed[code]))
        out.write('code\tname_zh\tws363_type\tformat\tvalue_domain\tvalue_set_oid\tsource\tconfidence\n')
        for r in out_rows:
            out.write('\t'.join(r) + '\n')

    print('reference data elements: %d, catalog: %d, malformed codes: %d, facts rows used: %d%s' % (
        n_reference, len(out_rows), len(malformed), facts_used,
        ''))
    typed = sum(1 for r in out_rows if r[2] or r[3])
    print('with a known type or format: %d' % typed)
    if '_skipped' in notes:
        print('facts for codes outside the catalog (skipped): ' + ', '.join(notes['_skipped']))


if __name__ == '__main__':
    main()
