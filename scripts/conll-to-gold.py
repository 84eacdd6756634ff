#!/usr/bin/env python3
"""Writes a CoNLL NER file (token<TAB>tag, IOB2, -DOCSTART- between documents) as a folder of <id>.txt + <id>.json
gold files, so that `extract eval ner --gold-dir` can run the whole pipeline (tokenizer and rules included) on it.
Tokens are joined by spaces and sentences by line breaks; entity offsets point into that text. The folder holds
corpus text: write it outside the repository (corpus files are never committed).

Usage: scripts/conll-to-gold.py FILE.conll.gz LANG OUT_DIR
Example: scripts/conll-to-gold.py ../shared/corpora/conll2003-en/dev.conll.gz en /tmp/conll2003-dev-gold
         extract eval ner --lang en --gold-dir /tmp/conll2003-dev-gold
"""
import gzip
import json
import os
import sys


def documents(path):
    doc, sentence = [], []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-") or not line:
                if sentence:
                    doc.append(sentence)
                    sentence = []
                if line.startswith("-DOCSTART-") and doc:
                    yield doc
                    doc = []
                continue
            token, tag = line.split("\t")
            sentence.append((token, tag))
    if sentence:
        doc.append(sentence)
    if doc:
        yield doc


def main():
    path, lang, out = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    count = 0
    for count, doc in enumerate(documents(path), start=1):
        text, entities = "", []
        for sentence in doc:
            start = label = None
            for i, (token, tag) in enumerate(sentence):
                if i > 0:
                    text += " "
                begin = len(text)
                text += token
                if tag == "O" or tag.startswith("B-") or tag[2:] != label:
                    if start is not None:
                        entities.append({"start": start, "end": end, "label": label})
                    start, label = (begin, tag[2:]) if tag != "O" else (None, None)
                end = len(text)
            if start is not None:
                entities.append({"start": start, "end": end, "label": label})
            text += "\n"
        name = f"{lang}-doc{count:04d}"
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"id": name, "language": lang, "text": text, "entities": entities, "clusters": [], "claims": []}, f, ensure_ascii=False)
    print(f"{count} documents written to {out}")


if __name__ == "__main__":
    main()
