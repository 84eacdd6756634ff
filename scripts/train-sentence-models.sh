#!/usr/bin/env bash
# Rebuilds the shipped sentence boundary model (src/Extraction/Models/Resources/fr/sent.bin) from "may ship"
# treebanks only (../shared/corpora/README.md): UD French Sequoia train (LGPL-LR) and GSD dev x2 (CC BY-SA 4.0); the
# epoch is chosen on Sequoia dev; the threshold (4) and the sentence length limit of the splitter (10 tokens) as the ones that keep half of GSD dev, held out from a model
# trained on Sequoia train and the other half x4, at least as good as the rules alone (docs/tokenization.md).
# Deterministic: fixed seed; single-threaded.
# Usage: scripts/train-sentence-models.sh            train the shipped model
#        scripts/train-sentence-models.sh heldout    the held-out check: halves of GSD dev (by sentence order) in a
#                                                    temporary folder, a model trained on Sequoia train + the first half
#                                                    x4, sentence F1 on Sequoia dev and on the second half per threshold
#        scripts/train-sentence-models.sh cv         5-fold cross-validation on Sequoia train (contiguous blocks): each
#                                                    model trained on four folds + the first half of GSD dev x2; mean F1
#                                                    (epoch 10) on the held-out fold, Sequoia dev and the second GSD half
set -euo pipefail
cd "$(dirname "$0")/.."
C=${SHARED:-../shared}/corpora
R=src/Extraction/Models/Resources
VERSION=2026.12.2
dotnet build src/Extraction.Cli -c Release -v quiet -nologo >/dev/null
X="dotnet src/Extraction.Cli/bin/Release/net10.0/extract.dll"

if [[ "${1:-}" == heldout ]]; then
  T=$(mktemp -d)
  zcat $C/ud-fr-gsd/fr_gsd-ud-dev.conllu.gz | awk -v RS= -v ORS='\n\n' -v dir="$T" '
    { block[NR] = $0 } END { for (i = 1; i <= NR; i++) print block[i] > (dir (i <= int(NR / 2) ? "/fr_gsd-A.conllu" : "/fr_gsd-B.conllu")) }'
  $X eval tokenize --lang fr --rules-only --conllu $T/fr_gsd-B.conllu | tail -1
  $X train sentences --lang fr --train "$C/ud-fr-sequoia/fr_sequoia-ud-train.conllu.gz,$T/fr_gsd-A.conllu*4" \
    --dev $C/ud-fr-sequoia/fr_sequoia-ud-dev.conllu.gz,$T/fr_gsd-B.conllu --epochs 10 --thresholds 2,3,4,5 --seed 1 \
    --clusters $R/fr/clusters.tsv.gz --out $T/heldout.bin
  rm -r "$T"
  exit 0
fi

if [[ "${1:-}" == cv ]]; then
  T=$(mktemp -d)
  zcat $C/ud-fr-sequoia/fr_sequoia-ud-train.conllu.gz | awk -v RS= -v ORS='\n\n' -v dir="$T" '
    { block[NR] = $0 } END { for (i = 1; i <= NR; i++) print block[i] > (dir "/seq" int((i - 1) * 5 / NR) ".conllu") }'
  zcat $C/ud-fr-gsd/fr_gsd-ud-dev.conllu.gz | awk -v RS= -v ORS='\n\n' -v dir="$T" '
    { block[NR] = $0 } END { for (i = 1; i <= NR; i++) print block[i] > (dir (i <= int(NR / 2) ? "/fr_gsd-A.conllu" : "/fr_gsd-B.conllu")) }'
  for k in 0 1 2 3 4; do
    train=""
    for j in 0 1 2 3 4; do [[ $j != "$k" ]] && train="$train$T/seq$j.conllu,"; done
    $X train sentences --lang fr --train "${train}$T/fr_gsd-A.conllu*2" \
      --dev "$T/seq$k.conllu,$C/ud-fr-sequoia/fr_sequoia-ud-dev.conllu.gz,$T/fr_gsd-B.conllu" --epochs 10 --thresholds 0,2,4 \
      --seed 1 --clusters $R/fr/clusters.tsv.gz --out $T/cv.bin 2>&1 | grep '^epoch 10 '
  done | python3 -c '
import collections, re, sys
runs = collections.defaultdict(list)
for line in sys.stdin:
    m = re.match(r"epoch \d+ threshold (\S+): (.*)", line)
    runs[m.group(1)].append([float(x) for x in re.findall(r"F1=([\d.]+)", m.group(2))])
for threshold, rows in runs.items():
    print("threshold %s: held-out fold %.2f, Sequoia dev %.2f, GSD dev B %.2f" % ((threshold,) + tuple(sum(r[i] for r in rows) / len(rows) for i in range(3))))'
  rm -r "$T"
  exit 0
fi

$X train sentences --lang fr \
  --train "$C/ud-fr-sequoia/fr_sequoia-ud-train.conllu.gz,$C/ud-fr-gsd/fr_gsd-ud-dev.conllu.gz*2" \
  --dev $C/ud-fr-sequoia/fr_sequoia-ud-dev.conllu.gz --epochs 10 --thresholds 4 --seed 1 \
  --clusters $R/fr/clusters.tsv.gz --model-version $VERSION \
  --licence "Model MIT. Data: LGPL-LR (UD French Sequoia), CC BY-SA 4.0 (UD French GSD); word clusters from Assemblee nationale text (Licence Ouverte / CC0 with attribution)" \
  --out $R/fr/sent.bin
