"""Value-set OIDs: the pattern they follow and the corrections of malformed ones (facts/valueset-oid-corrections.tsv).

Shared by import_specs.py, import_data_elements.py and import_value_sets.py so that one malformed OID is treated the
same everywhere: replaced by its correction where the facts give one, dropped otherwise.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
# 2.16.156.10011.2.3.1.n WS 364 tables, .2.3.2.n template tables, .2.3.3.n national/international code tables,
# .2.3.3.11.n ICD-10 sub-tables (the only sub-arc the samples use under 2.3.3).
VALUE_SET_OID = re.compile(r'^2\.16\.156\.10011\.2\.3\.(?:[12]\.[1-9][0-9]*|3\.[1-9][0-9]*|3\.11\.[1-9][0-9]*)$')


def _load():
    path = os.path.join(HERE, 'facts', 'valueset-oid-corrections.tsv')
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t', quoting=csv.QUOTE_NONE))
    return {r['malformed_oid'].strip(): r['oid'].strip() for r in rows}


CORRECTIONS = _load()


def is_value_set_oid(oid):
    return bool(VALUE_SET_OID.match(oid or ''))


def corrected(oid):
    """The OID to use for ``oid``: itself when well-formed, its correction when listed, '' otherwise."""
    oid = (oid or '').strip()
    if is_value_set_oid(oid):
        return oid
    return CORRECTIONS.get(oid, '')
