#!/usr/bin/env python3
"""Builds the value-set resources under sdk-model/src/main/resources/io/hdx/model/valueset/:
  value-sets.tsv        index: every value-set OID HDX knows, with name, WS 364 / GB id, completeness, confidence
  codes/<oid>.tsv       the code list of one value set (only for sets with at least one known code)

Inputs (all inside the repository; --reference DIR replaces src/build/reference):
  src/build/reference/valueset-oids.csv         every OID seen in the WS/T 500 samples, with example codes
  src/build/reference/valuesets/*.csv           code lists of the most used sets
  src/build/value-sets-meta.csv                 which reference file belongs to which OID, completeness, sources
  src/build/value-sets-codes-supplement.csv     codes confirmed by our own source search

Example codes from valueset-oids.csv are kept only for sets not marked LOW, and only when unambiguous: a code
seen with two displays, two codes that differ only by leading zeros, codes that look like data element codes or
table names, and the exclusions below are dropped.

Output: <out>/valueset/value-sets.tsv and <out>/valueset/codes/*.tsv (<out> = --out, default the module's
resource root io/hdx/model); reads <out>/spec/entries.tsv written by import_specs.py.
Run:  python3 sdk-model/src/build/import_value_sets.py [--reference DIR] [--out DIR]   (or regenerate.sh)
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(os.path.dirname(HERE))

# (oid, code): why an example code from the samples is not a code of that set.
EXCLUDED = {
    ('2.16.156.10011.2.3.1.256', 'B95.100'): 'an ICD-10 code copy-pasted into a 手术切口类别代码表 sample',
}
OID_RE = re.compile(r'^2\.16\.156\.10011(\.\d+)+$')


def norm_conf(text):
    text = (text or '').strip().upper()
    for key in ('HIGH', 'MEDIUM', 'LOW'):
        if text.startswith(key):
            return key
    return 'LOW'


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return [row for row in csv.DictReader(line for line in f if not line.startswith('#'))]


def clean(text):
    text = (text or '').replace('\t', ' ').replace('\r', ' ').replace('\n', ' ')
    return re.sub(r'\s+', ' ', text).strip()


def examples(oid, text, set_name):
    """Unambiguous example codes from the example_codes_seen column."""
    pairs = []
    for part in text.split(' ; '):
        if '=' not in part:
            continue
        code, display = part.split('=', 1)
        code, display = code.strip(), display.strip()
        if not code or not display or '/' in code or code.startswith('DE'):
            continue
        if display.endswith('代码表') or display == set_name or (oid, code) in EXCLUDED:
            continue
        pairs.append((code, display))
    groups = {}
    for code, display in pairs:
        groups.setdefault(code.lstrip('0') or '0', set()).add((code, display))
    return [next(iter(g)) for g in groups.values() if len(g) == 1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--reference', default=os.path.join(HERE, 'reference'))
    ap.add_argument('--out', default=os.path.join(MODULE, 'src', 'main', 'resources', 'io', 'hdx', 'model'))
    args = ap.parse_args()
    ref = os.path.abspath(args.reference)
    out_root = os.path.abspath(args.out)
    OUT = os.path.join(out_root, 'valueset')

    sets = {}
    for r in read_csv(os.path.join(ref, 'valueset-oids.csv')):
        oid = r['oid'].strip()
        others = clean(r['other_names_seen(conflicts=copy-paste errors in samples?)'])
        sets[oid] = {
            'oid': oid, 'name': clean(r['name_majority']), 'domain': '', 'completeness': 'PARTIAL',
            'confidence': norm_conf(r['confidence']), 'others': others.strip(' |'),
            'source': 'valueset-oids.csv (%s; %s uses in samples; confidence %s)' % (
                clean(r['sources']), r['n_occurrences'], clean(r['confidence'])),
            'examples': r['example_codes_seen(code=display)'], 'codes': {}}

    # Value sets bound in the WS/T 483 specs that valueset-oids.csv lacks: indexed, no codes, LOW
    # (seen in one vendor's samples only; src/build/facts/wst483-facts.tsv).
    entries = os.path.join(out_root, 'spec', 'entries.tsv')
    with open(entries, encoding='utf-8') as f:
        for row in csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t', quoting=csv.QUOTE_NONE):
            oid = row['value_set']
            if oid and oid not in sets:
                sets[oid] = {'oid': oid, 'name': row['value_set_name'] or '(name unknown)', 'domain': '', 'completeness': 'PARTIAL',
                             'confidence': 'LOW', 'others': '', 'examples': '', 'codes': {},
                             'source': 'WS/T 483 samples (src/build/facts/wst483-facts.tsv), bound to ' + row['de_code']}

    meta_files = {}
    for r in read_csv(os.path.join(HERE, 'value-sets-meta.csv')):
        oid = r['oid'].strip()
        s = sets.setdefault(oid, {'oid': oid, 'others': '', 'examples': '', 'codes': {}, 'source': ''})
        s['name'] = clean(r['name'])
        s['domain'] = clean(r['value_domain_id'])
        s['completeness'] = r['completeness'].strip()
        s['confidence'] = norm_conf(r['confidence'])
        s['source'] = clean(r['source'])
        meta_files[oid] = r['reference_file'].strip()

    for oid, s in sets.items():
        if not OID_RE.match(oid):
            sys.exit('bad OID ' + oid)
        if oid in meta_files:
            for r in read_csv(os.path.join(ref, 'valuesets', meta_files[oid])):
                code = r['code'].strip()
                source = clean(r['source'])
                if source == 'same' or source.startswith('same '):
                    source = clean(prev_source + ' ' + source[4:]) if source != 'same' else prev_source
                prev_source = source
                if clean(r.get('note', '')):
                    source += ' (note: %s)' % clean(r['note'])
                s['codes'][code] = (clean(r['display_zh']), 'reference valuesets/%s: %s' % (meta_files[oid], source),
                                    norm_conf(r['confidence']))
        if s['confidence'] != 'LOW':
            for code, display in examples(oid, s['examples'], s['name']):
                if code in s['codes']:
                    if s['codes'][code][0] != display:
                        print('note: %s code %s: sample display %s differs from list display %s' % (
                            oid, code, display, s['codes'][code][0]))
                    continue
                if s['completeness'] == 'COMPLETE':
                    sys.exit('%s is marked COMPLETE but the samples show code %s' % (oid, code))
                s['codes'][code] = (display, 'WS/T 500 samples (valueset-oids.csv example codes)', 'MEDIUM')

    for r in read_csv(os.path.join(HERE, 'value-sets-codes-supplement.csv')):
        oid, code = r['oid'].strip(), r['code'].strip()
        if oid not in sets:
            sys.exit('supplement: unknown OID ' + oid)
        display, source, conf = clean(r['display_zh']), clean(r['source']), norm_conf(r['confidence'])
        if code in sets[oid]['codes']:
            old_display, old_source, old_conf = sets[oid]['codes'][code]
            if old_display != display:
                sys.exit('supplement: %s code %s conflicts with the reference' % (oid, code))
            source = old_source + ' + ' + source
            conf = max((old_conf, conf), key=['LOW', 'MEDIUM', 'HIGH'].index)
        sets[oid]['codes'][code] = (display, source, conf)

    codes_dir = os.path.join(OUT, 'codes')
    os.makedirs(codes_dir, exist_ok=True)
    for name in os.listdir(codes_dir):
        if name.endswith('.tsv'):
            os.remove(os.path.join(codes_dir, name))

    def sort_key(code):
        return (0, int(code), code) if code.isdigit() else (1, 0, code)

    with open(os.path.join(OUT, 'value-sets.tsv'), 'w', encoding='utf-8', newline='\n') as out:
        out.write('# Value sets and code systems known to HDX. Generated by sdk-model/src/build/import_value_sets.py;\n')
        out.write('# do not edit by hand. codes_file is relative to this file; empty = no code of the set is known.\n')
        out.write('# completeness: COMPLETE = the full code table; PARTIAL = only the codes listed (examples).\n')
        out.write('# confidence: of the OID <-> table identity. Each code carries its own source and confidence.\n')
        out.write('oid\tname\tvalue_domain_id\tcompleteness\tconfidence\tcodes_file\tother_names\tsource\n')
        for oid in sorted(sets, key=lambda o: [int(x) for x in o.split('.')]):
            s = sets[oid]
            codes_file = ''
            if s['codes']:
                codes_file = 'codes/%s.tsv' % oid
                with open(os.path.join(OUT, codes_file), 'w', encoding='utf-8', newline='\n') as cf:
                    cf.write('# %s %s (%s). Generated by import_value_sets.py.\n' % (oid, s['name'], s['completeness']))
                    cf.write('code\tdisplay_zh\tsource\tconfidence\n')
                    for code in sorted(s['codes'], key=sort_key):
                        display, source, conf = s['codes'][code]
                        cf.write('\t'.join([code, display, source, conf]) + '\n')
            out.write('\t'.join([oid, s['name'], s['domain'], s['completeness'], s['confidence'], codes_file,
                                 s['others'], s['source']]) + '\n')
            print('%-28s %-9s %-7s %3d codes  %s' % (oid, s['completeness'], s['confidence'], len(s['codes']),
                                                   s['name']))
    print('value sets: %d, with codes: %d' % (len(sets), sum(1 for s in sets.values() if s['codes'])))


if __name__ == '__main__':
    main()
