#!/usr/bin/env python3
"""Writes the casing lexicon of the French sentence boundary model: for every word seen at least MIN times inside a
sentence (not first, not after a final mark, a colon, a quote or a dash), how it is usually written there, as
word<TAB>class with the class in binary (read like a word cluster file): 1 capitalised in under 3 % of its
occurrences, 10 under 30 %, 11 under 90 %, 100 in 90 % or more. Words in capitals are not counted.

A capitalised word that is almost always written in lower case starts a sentence (a heading run into the text:
"... 100 ml Flacon (plastique)"); one usually capitalised is a name ("le groupe Airbus").

Usage: build-casing-lexicon.py MIN SOURCE... > casing.tsv
  SOURCE is raw:FILE (one sentence or paragraph per line, untokenized) or conll:FILE (token<TAB>tag, blank line
  between sentences); .gz files are read as gzip. Deterministic: words in ordinal order.
Only sources that may ship and that the boundary model is not trained on (a lexicon counted on the training text
makes the model trust it too much: Sequoia dev 90.3 against 91.2, docs/tokenization.md).
"""
import collections
import gzip
import re
import sys

# After these a capital says nothing about the word.
OPENERS = set('.!?…:;«»"“”—–-([')
WORD = re.compile(r"^[^\W\d_][\w'’-]*$")
PIECE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](.+)$", re.IGNORECASE)

lower = collections.Counter()
capital = collections.Counter()


def count(forms):
    previous = None
    for form in forms:
        if previous is not None and previous not in OPENERS and WORD.match(form) and not (len(form) > 1 and form.isupper()):
            key = form.lower().replace('’', "'")
            if form[0].isupper():
                capital[key] += 1
            elif form[0].islower():
                lower[key] += 1
        previous = form


def raw_tokens(line):
    for piece in PIECE.findall(line):
        elided = ELISION.match(piece)
        if elided:
            yield piece[:len(piece) - len(elided.group(1))]
            piece = elided.group(1)
        yield piece


def read(path):
    return gzip.open(path, 'rt', encoding='utf-8') if path.endswith('.gz') else open(path, encoding='utf-8')


def main():
    minimum = int(sys.argv[1])
    for source in sys.argv[2:]:
        kind, path = source.split(':', 1)
        with read(path) as lines:
            if kind == 'raw':
                for line in lines:
                    count(list(raw_tokens(line)))
            elif kind == 'conll':
                sentence = []
                for line in lines:
                    line = line.rstrip('\n')
                    if not line or line.startswith('-DOCSTART-'):
                        count(sentence)
                        sentence = []
                    else:
                        sentence.append(line.split('\t')[0])
                count(sentence)
            else:
                sys.exit(f"unknown source kind '{kind}' in {source}: use raw:FILE or conll:FILE")
    classes = collections.Counter()
    for word in sorted(set(lower) | set(capital)):
        seen = lower[word] + capital[word]
        if seen < minimum:
            continue
        share = capital[word] / seen
        value = 1 if share < 0.03 else 2 if share < 0.3 else 3 if share < 0.9 else 4
        classes[value] += 1
        print(f"{word}\t{value:b}")
    print(f"{sum(classes.values())} words; by class: {sorted(classes.items())}", file=sys.stderr)


if __name__ == '__main__':
    main()
