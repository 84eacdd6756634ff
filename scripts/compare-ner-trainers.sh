#!/usr/bin/env bash
# Side-by-side of the two NER trainers (decision 0007): the averaged perceptron and the Microsoft.ML maximum-entropy
# trainer, on the same data, the same features (clusters of the shipped models) and the same scorer and decoder.
# Prints one Markdown row per data set and trainer: test micro F1 (exact span), training time (wall clock, one
# process at a time), model file size. Models go to $TMPDIR/extraction-ner-trainers (not committed).
# Usage: scripts/compare-ner-trainers.sh [silver-fr silver-es conll-en conll-es wikineural-fr]...
# MAXENT="--l1 0.5 --l2 0.5 --iterations 150" changes the maxent settings.
set -euo pipefail
cd "$(dirname "$0")/.."
C=${SHARED:-../shared}/corpora
R=src/Extraction/Models/Resources
T=${TMPDIR:-/tmp}/extraction-ner-trainers
MAXENT=${MAXENT:-}
mkdir -p "$T"
dotnet build src/Extraction.Cli -c Release -v quiet -nologo >/dev/null
X="dotnet src/Extraction.Cli/bin/Release/net10.0/extract.dll"
f1() { $X eval ner --lang "$1" --model "$2" --test "$3" --json | python3 -c "import json,sys; print('%.3f' % json.load(sys.stdin)['micro']['f1'])"; }

# run NAME LANG TEST-FILE DEV-FOR-TABLE -- train arguments...
run() {
  local name=$1 lang=$2 test=$3 dev=$4
  shift 5
  for trainer in perceptron maxent; do
    local extra=()
    [ "$trainer" = maxent ] && extra=(--trainer maxent $MAXENT)
    local start=$SECONDS
    $X train ner --lang "$lang" "$@" "${extra[@]}" --out "$T/$name-$trainer.bin" 2>"$T/$name-$trainer.log"
    local seconds=$((SECONDS - start))
    local devf1="—"
    [ "$dev" != - ] && devf1=$(f1 "$lang" "$T/$name-$trainer.bin" "$dev")
    echo "| $name | $trainer | $devf1 | $(f1 "$lang" "$T/$name-$trainer.bin" "$test") | $seconds s | $(( $(stat -c %s "$T/$name-$trainer.bin") / 1024 )) KiB |"
  done
}

silver-fr() {
  run silver-fr fr $C/ud-fr-silver-ner/test.conll.gz $C/ud-fr-silver-ner/dev.conll.gz -- \
    --train $C/ud-fr-silver-ner/train.conll.gz --dev $C/ud-fr-silver-ner/dev.conll.gz --epochs 10 --clusters $R/fr/clusters.tsv.gz
}

silver-es() {
  run silver-es es $C/ud-es-silver-ner/test.conll.gz $C/ud-es-silver-ner/dev.conll.gz -- \
    --train $C/ud-es-silver-ner/train.conll.gz --dev $C/ud-es-silver-ner/dev.conll.gz --epochs 10 --clusters $R/es/clusters.tsv.gz
}

conll-en() {
  run conll-en en $C/conll2003-en/test.conll.gz $C/conll2003-en/dev.conll.gz -- \
    --train $C/conll2003-en/train.conll.gz --dev $C/conll2003-en/dev.conll.gz --epochs 10 --clusters $R/en/clusters.tsv.gz
}

conll-es() {
  run conll-es es $C/conll2002-es/test.conll.gz $C/conll2002-es/dev.conll.gz -- \
    --train $C/conll2002-es/train.conll.gz --dev $C/conll2002-es/dev.conll.gz --epochs 10 --clusters $R/es/clusters.tsv.gz
}

wikineural-fr() {
  run wikineural-fr fr $C/wikineural-fr/test.conll.gz - -- \
    --train $C/wikineural-fr/dev.conll.gz --epochs 10 --clusters $R/fr/clusters.tsv.gz
}

echo "| data | trainer | dev F1 | test F1 | training time | model size |"
echo "|---|---|---:|---:|---:|---:|"
for step in "${@:-silver-fr silver-es conll-en conll-es wikineural-fr}"; do
  for s in $step; do "$s"; done
done
