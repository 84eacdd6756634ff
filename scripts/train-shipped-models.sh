#!/usr/bin/env bash
# Rebuilds the word clusters and the shipped NER models (src/Extraction/Models/Resources/{fr,en,es}) from the
# "may ship" corpora only (../shared/corpora/README.md). Deterministic: fixed seeds; single-threaded.
# Usage: scripts/train-shipped-models.sh [fr|en|es|clusters]...   (default: fr en es; clusters are rebuilt only on request)
set -euo pipefail
cd "$(dirname "$0")/.."
C=${SHARED:-../shared}/corpora
R=src/Extraction/Models/Resources
VERSION=2026.12.6
dotnet build src/Extraction.Cli -c Release -v quiet -nologo >/dev/null
X="dotnet src/Extraction.Cli/bin/Release/net10.0/extract.dll"
OWN=$(mktemp -d)
trap 'rm -rf "$OWN"' EXIT
# The project's own annotated news (data/own-news, MIT): the only modern news text with our conventions.
own() { python3 scripts/own-news-to-conll.py "$1" "$OWN/own-news-$1.conll"; }
GAZ="Gazetteers: GeoNames (CC BY 4.0), Debian iso-codes (LGPL-2.1+), Unicode CLDR (Unicode License v3), i18n-iso-countries, i18n-nationality, @faker-js/faker (MIT)"

clusters() {
  $X train clusters --lang fr --text $C/unlabelled-fr/fr-an-debats-2013-2018.txt.gz,$C/unlabelled-fr/fr-an-mariage-pour-tous-2013.txt.gz \
    --conll $C/ud-fr-silver-ner/train.conll.gz,$C/europeana-fr/train.conll.gz,$C/7romans-fr/train.conll.gz,$C/newseye-fr/dev.conll.gz,$C/newseye-fr/dev2.conll.gz \
    --out $R/fr/clusters.tsv.gz
  $X train clusters --lang en --vectors $C/unlabelled-en/en-glove.6B.100d.top100k.w2v.txt.gz --vocabulary 60000 --out $R/en/clusters.tsv.gz
  $X train clusters --lang es --text $C/unlabelled-es/es-parlamint-congreso-2015-2023.txt.gz --conll $C/ud-es-silver-ner/train.conll.gz \
    --max-tokens 20000000 --vocabulary 80000 --out $R/es/clusters.tsv.gz
}

fr() {
  # The historical corpora and the novels are other domains (feature augmentation, decision record): their names
  # help, their conventions stay in their own weights.
  local S=$C/ud-fr-silver-ner/train.conll.gz E=$C/europeana-fr/train.conll.gz N1=$C/newseye-fr/dev.conll.gz N2=$C/newseye-fr/dev2.conll.gz R7=$C/7romans-fr/train.conll.gz
  own fr
  $X train ner --lang fr --train "$S*3,$OWN/own-news-fr.conll*3,$E,$N1,$N2,$R7" --dev $C/ud-fr-silver-ner/dev.conll.gz \
    --no-misc "$E,$N1,$N2,$R7" --titles-in-per "$R7" --other-domain "$E,$N1,$N2,$R7" \
    --epochs 10 --runs 3 --clusters $R/fr/clusters.tsv.gz --model-version $VERSION \
    --training-data "ud-fr-silver-ner train x3, own news (data/own-news/fr) x3; other domains (feature augmentation): europeana-fr train, newseye-fr dev+dev2, 7romans-fr train; clusters from unlabelled-fr (Assemblee nationale debates) + may-ship French NER text" \
    --licence "Model MIT. Data: own news (MIT); LGPL-LR (Sequoia), CC BY-SA 4.0 (GSD), CC BY-SA 3.0 (PUD); Europeana newspapers NER (CC0 1.0); NewsEye / HIPE-2022 (CC BY 4.0); 7romans-fr (MIT); Assemblee nationale text (Licence Ouverte / CC0 with attribution). $GAZ" \
    --out $R/fr/ner.bin
}

en() {
  # Our own news is the target domain; the public English sets (essays, Wikipedia, web, tweets) are other domains
  # (feature augmentation): their names help, their conventions and genres stay in their own weights.
  local G=$C/gum-en/train.conll.gz W=$C/wikigold-en/train.conll.gz U=$C/uner-en-ewt/dev.conll.gz B=$C/btc-en/train.conll.gz T=$C/wnut17-en/train.conll.gz
  own en
  $X train ner --lang en \
    --train "$G*2,$W*2,$U,$B,$T,$OWN/own-news-en.conll*2" \
    --no-misc "$U,$B" \
    --dev $C/gum-en/dev.conll.gz,$C/wikigold-en/dev.conll.gz \
    --titles-in-per "$G,$W,$U,$B,$T" --other-domain "$G,$W,$U,$B,$T" \
    --epochs 10 --runs 3 --clusters $R/en/clusters.tsv.gz --model-version $VERSION \
    --training-data "own news (data/own-news/en) x2; other domains (feature augmentation): gum-en train x2, wikigold-en train x2, uner-en-ewt dev, btc-en train, wnut17-en train; clusters from GloVe 6B" \
    --licence "Model MIT. Data: own news (MIT); CC BY 4.0 (GUM annotations, WikiGold, BTC, WNUT17), CC BY-SA 4.0 (UNER EWT), CC BY / CC BY-SA texts; GloVe PDDL 1.0. $GAZ" \
    --out $R/en/ner.bin
}

es() {
  # No open Spanish news NER exists besides the silver set: French silver and English news/Wikipedia NER are other
  # domains (feature augmentation) that add what names look like and where they stand.
  local F=$C/ud-fr-silver-ner/train.conll.gz G=$C/gum-en/train.conll.gz W=$C/wikigold-en/train.conll.gz
  own es
  $X train ner --lang es --train "$C/ud-es-silver-ner/train.conll.gz*2,$OWN/own-news-es.conll*2,$F,$G,$W" --dev $C/ud-es-silver-ner/dev.conll.gz \
    --other-domain "$F,$G,$W" --titles-in-per "$G,$W" \
    --epochs 10 --runs 3 --clusters $R/es/clusters.tsv.gz --model-version $VERSION \
    --training-data "ud-es-silver-ner train x2, own news (data/own-news/es) x2; other domains (feature augmentation): ud-fr-silver-ner train, gum-en train, wikigold-en train; clusters from unlabelled-es (ParlaMint-ES)" \
    --licence "Model MIT. Data: own news (MIT); CC BY-SA 4.0 (GSD), CC BY-SA 3.0 (PUD), LGPL-LR (Sequoia); CC BY 4.0 (GUM annotations, WikiGold), CC BY / CC BY-SA texts; ParlaMint-ES CC BY 4.0. $GAZ" \
    --out $R/es/ner.bin
}

for step in "${@:-fr en es}"; do
  for s in $step; do "$s"; done
done
