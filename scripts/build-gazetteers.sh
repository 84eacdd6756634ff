#!/usr/bin/env bash
# Rebuilds src/Extraction/Lexicons/{fr,en,es,common}/gazetteer-*.txt from the open name lists in ../shared/gazetteers
# (see ../shared/gazetteers/README.md) plus the hand-written person-title lists kept in this repository.
# Usage: scripts/build-gazetteers.sh [SHARED_DIR]   (default: ../shared next to the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}/gazetteers"
out=src/Extraction/Lexicons

attribution="# Contains data from GeoNames (geonames.org, CC BY 4.0), Debian iso-codes (LGPL-2.1+), Unicode CLDR (Unicode License v3), and the npm packages i18n-iso-countries, i18n-nationality and @faker-js/faker (MIT)."

emit() { # emit TARGET "description" FILES...
  local target=$1 description=$2
  shift 2
  {
    echo "# $description"
    echo "# Source: ../shared/gazetteers ($*), rebuilt by scripts/build-gazetteers.sh; one entry a line."
    echo "$attribution"
    for f in "$@"; do
      if [[ $f == *.gz ]]; then zcat "$shared/$f"; else cat "$shared/$f"; fi
    done | grep -v '^#' | grep -v '^[[:space:]]*$' | LC_ALL=C sort -u
  } > "$out/$target"
}

for lang in fr en es; do
  mkdir -p "$out/$lang"
  emit "$lang/gazetteer-countries.txt" "Country and former country names ($lang), NER gazetteer feature." "$lang/countries.txt" "$lang/countries_former.txt"
  cities=("$lang/cities_local.txt.gz")
  [[ -f "$shared/$lang/cities_cldr.txt" ]] && cities+=("$lang/cities_cldr.txt")
  emit "$lang/gazetteer-cities.txt" "City names ($lang), NER gazetteer feature." "${cities[@]}"
  emit "$lang/gazetteer-regions.txt" "Administrative subdivisions ($lang), NER gazetteer feature." "$lang/subdivisions.txt"
  emit "$lang/gazetteer-nationalities.txt" "Nationality words and their inflected forms ($lang), NER gazetteer feature (demonyms are MISC)." "$lang/nationalities.txt" "$lang/nationalities_inflected.txt"
  emit "$lang/gazetteer-first-names.txt" "Given names ($lang), NER gazetteer feature." "$lang/first_names.txt"
  emit "$lang/gazetteer-surnames.txt" "Family names ($lang), NER gazetteer feature." "$lang/surnames.txt"
  emit "$lang/gazetteer-legal-forms.txt" "Company legal forms ($lang), NER gazetteer feature." "$lang/org_legal_forms.txt"
  emit "$lang/gazetteer-titles.txt" "Person name prefixes ($lang); the project's own honorific list is person-titles.txt." "$lang/person_titles.txt"
done
mkdir -p "$out/common"
emit "common/gazetteer-world-cities.txt" "World cities with population >= 15 000 (all languages), NER gazetteer feature." "common/cities_world_pop15000.txt.gz"
