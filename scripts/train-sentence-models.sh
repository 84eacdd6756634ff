#!/usr/bin/env bash
# Rebuilds the shipped sentence boundary model (src/Extraction/Models/Resources/fr/sent.bin) from "may ship"
# treebanks only (../shared/corpora/README.md): UD French Sequoia train (LGPL-LR) and GSD dev (CC BY-SA 4.0); the
# epoch is chosen on Sequoia dev, the threshold (2) on Sequoia dev and on half of GSD dev held out from a model
# trained on the other half (docs/tokenization.md). Deterministic: fixed seed; single-threaded.
# Usage: scripts/train-sentence-models.sh
set -euo pipefail
cd "$(dirname "$0")/.."
C=${SHARED:-../shared}/corpora
R=src/Extraction/Models/Resources
VERSION=2026.12.2
dotnet build src/Extraction.Cli -c Release -v quiet -nologo >/dev/null
X="dotnet src/Extraction.Cli/bin/Release/net10.0/extract.dll"

$X train sentences --lang fr \
  --train $C/ud-fr-sequoia/fr_sequoia-ud-train.conllu.gz,$C/ud-fr-gsd/fr_gsd-ud-dev.conllu.gz \
  --dev $C/ud-fr-sequoia/fr_sequoia-ud-dev.conllu.gz --epochs 10 --thresholds 2 --seed 1 \
  --clusters $R/fr/clusters.tsv.gz --model-version $VERSION \
  --licence "Model MIT. Data: LGPL-LR (UD French Sequoia), CC BY-SA 4.0 (UD French GSD); word clusters from Assemblee nationale text (Licence Ouverte / CC0 with attribution)" \
  --out $R/fr/sent.bin
