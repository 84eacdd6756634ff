#!/usr/bin/env bash
# Chooses the comparison models' training settings on held-out data only, never on test files.
# French: wikineural-fr dev is the only training data of the comparison, so its last 15% of sentences is held out.
# Spanish: conll2002-es dev. Prints the held-out micro F1 of each setting.
# Usage: scripts/tune-ner-comparison.sh fr|es ["SETTINGS" ...]   (SETTINGS: extra `extract train ner` options)
set -euo pipefail
cd "$(dirname "$0")/.."
C=${SHARED:-../shared}/corpora
R=src/Extraction/Models/Resources
T=${TMPDIR:-/tmp}/extraction-ner-tuning
mkdir -p "$T"
lang=$1
shift
dotnet build src/Extraction.Cli -c Release -v quiet -nologo >/dev/null
X="dotnet src/Extraction.Cli/bin/Release/net10.0/extract.dll"
case $lang in
  fr)
    # Sentences are separated by blank lines; the split is by sentence, in file order.
    zcat $C/wikineural-fr/dev.conll.gz | python3 -c '
import sys
blocks = [b for b in sys.stdin.read().split("\n\n") if b.strip()]
cut = int(len(blocks) * 0.85)
open(sys.argv[1], "w").write("\n\n".join(blocks[:cut]) + "\n\n")
open(sys.argv[2], "w").write("\n\n".join(blocks[cut:]) + "\n\n")' "$T/fr-train.conll" "$T/fr-heldout.conll"
    train="$T/fr-train.conll"; heldout="$T/fr-heldout.conll"; base="--epochs 25 --runs 3"; reading="" ;;
  es)
    # CoNLL-2002 has no -DOCSTART- lines; its articles open with a dateline (`Madrid , 23 may ( EFE ) .`).
    train=$C/conll2002-es/train.conll.gz; heldout=$C/conll2002-es/dev.conll.gz; reading="--documents ${DOCUMENTS:-datelines}"
    base="--epochs 15 --runs 8 --dev $heldout $reading" ;;
  *) echo "usage: $0 fr|es [SETTINGS ...]" >&2; exit 2 ;;
esac
[ $# -gt 0 ] || set -- "" "--dropout 0.25" "--dropout 0.2 --margin 1"
for settings in "$@"; do
  # shellcheck disable=SC2086
  $X train ner --lang "$lang" --train "$train" $base --hash-bits 22 $settings --clusters $R/$lang/clusters.tsv.gz --out "$T/$lang.bin" 2>/dev/null
  f1=$($X eval ner --lang "$lang" --model "$T/$lang.bin" --test "$heldout" $reading --json | python3 -c "import json,sys; print('%.4f' % json.load(sys.stdin)['micro']['f1'])")
  echo "$lang held-out micro F1 $f1 with: $base ${settings:-(no regularisation)}"
done
