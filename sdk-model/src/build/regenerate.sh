#!/usr/bin/env bash
# Rebuilds sdk-model's data and generated sources from inputs inside the repository, in order:
# specs -> data-element catalog -> value-set index -> document layout -> typed document classes.
#   regenerate.sh           rewrites src/main/resources/io/hdx/model/{spec,dataset,valueset} and the typed classes
#   regenerate.sh --check   regenerates the resources into a temporary folder and fails (exit 1) when they differ
#                           from the checked-in ones; the typed classes are checked by GeneratedSourcesTest in `mvn verify`.
# Inputs: src/build/reference (copies of the team's reference tables, see reference/PROVENANCE.md), src/build/facts,
# src/build/*.csv. valueset/gb-t-2260.tsv is itself a checked-in source table (GB/T 2260), not generated.
# Needs python3 (standard library only) and, without --check, Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
resources=src/main/resources/io/hdx/model
run_imports() {
  python3 src/build/import_specs.py --out "$1"
  python3 src/build/import_data_elements.py --out "$1"
  python3 src/build/import_value_sets.py --out "$1"
  python3 src/build/import_layout.py --out "$1"
}
case "${1:-}" in
  --check)
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
    run_imports "$out" >/dev/null
    cp "$resources/valueset/gb-t-2260.tsv" "$out/valueset/"
    if diff -r "$resources" "$out" >"$out.diff"; then
      rm -f "$out.diff"
      echo "regenerate --check: the checked-in spec data is what the build inputs produce"
    else
      cat "$out.diff" | head -n 200
      rm -f "$out.diff"
      echo "regenerate --check: the checked-in spec data differs from what src/build produces (rerun regenerate.sh)" >&2
      exit 1
    fi
    ;;
  "")
    run_imports "$resources"
    cd ..
    mvn -q -pl sdk-model test -Dtest=GeneratedSourcesTest -Dhdx.codegen.write=true -Dsurefire.failIfNoSpecifiedTests=false
    ;;
  *)
    echo "usage: regenerate.sh [--check]" >&2
    exit 2
    ;;
esac
