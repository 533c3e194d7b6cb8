#!/usr/bin/env bash
# Rebuilds sdk-model's data and generated sources from the reference tables and facts, in order:
# specs -> data-element catalog -> value-set index -> typed document classes.
# Run from the repository root with the shared reference folder at ../shared/reference.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 src/build/import_specs.py
python3 src/build/import_data_elements.py
python3 src/build/import_value_sets.py
python3 src/build/import_layout.py
cd ..
mvn -q -pl sdk-model test -Dtest=GeneratedSourcesTest -Dhdx.codegen.write=true -Dsurefire.failIfNoSpecifiedTests=false
