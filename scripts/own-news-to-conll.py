#!/usr/bin/env python3
"""Turn the project's own annotated news (data/own-news/<lang>/*.txt) into a CoNLL training file.

usage: scripts/own-news-to-conll.py LANG OUT.conll [FILES...]   (default FILES: data/own-news/LANG/*.txt)

An article marks each entity inline as [[LABEL|surface text]] (PER, ORG, LOC, MISC; never nested). The markup is
removed, the plain text is tokenized and split into sentences by the project's own `extract tokenize` (so training
sees the tokens the tagger sees), and each token gets its IOB2 tag; a `-DOCSTART-` line separates articles so the
document memory works as it does at run time. A sentence where an entity edge falls inside a token is left out
rather than taught wrong; an
English possessive stays on its token (`Putin's` is one token, tagged as the name, as at run time). Malformed markup is an error naming the file and line. Warnings list a marked string that
also occurs unmarked in the same article (often a forgotten mark); they do not stop the conversion.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

MARK = re.compile(r"\[\[(PER|ORG|LOC|MISC)\|([^\[\]|]+)\]\]")
POSSESSIVE = re.compile(r"['\u2019]s?")


def strip_markup(path, raw):
    text, spans, last = [], [], 0
    length = 0
    for m in MARK.finditer(raw):
        before = raw[last:m.start()]
        text.append(before)
        length += len(before)
        surface = m.group(2)
        if surface != surface.strip():
            sys.exit(f"{path}: entity with surrounding spaces: {m.group(0)!r}")
        spans.append((length, length + len(surface), m.group(1)))
        text.append(surface)
        length += len(surface)
        last = m.end()
    text.append(raw[last:])
    plain = "".join(text)
    for bad in ("[[", "]]"):
        at = plain.find(bad)
        if at >= 0:
            line = plain.count("\n", 0, at) + 1
            sys.exit(f"{path}:{line}: malformed markup near {plain[max(0, at - 30):at + 30]!r}")
    return plain, spans


def unmarked_repeats(plain, spans):
    covered = [False] * len(plain)
    for s, e, _ in spans:
        for i in range(s, e):
            covered[i] = True
    warnings = set()
    for s, e, label in spans:
        surface = plain[s:e]
        pattern = (r"(?<!\w)" if surface[:1].isalnum() else "") + re.escape(surface) + (r"(?!\w)" if surface[-1:].isalnum() else "")
        for m in re.finditer(pattern, plain):
            if not any(covered[m.start():m.end()]):
                warnings.add(f"{label} {surface!r} unmarked at {m.start()}")
    return sorted(warnings)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    lang, out = sys.argv[1], sys.argv[2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sys.argv[3:] or sorted(glob.glob(os.path.join(root, "data", "own-news", lang, "*.txt")))
    if not files:
        sys.exit(f"no files for {lang}")
    extract = os.environ.get("EXTRACT", "dotnet " + os.path.join(root, "src/Extraction.Cli/bin/Release/net10.0/extract.dll")).split()
    sentences_kept = sentences_dropped = entities = warnings = 0
    with open(out, "w", encoding="utf-8") as sink, tempfile.TemporaryDirectory() as tmp:
        for path in files:
            with open(path, encoding="utf-8") as f:
                plain, spans = strip_markup(path, f.read())
            for w in unmarked_repeats(plain, spans):
                print(f"warning: {os.path.basename(path)}: {w}", file=sys.stderr)
                warnings += 1
            plain_path = os.path.join(tmp, "article.txt")
            with open(plain_path, "w", encoding="utf-8") as f:
                f.write(plain)
            doc = json.loads(subprocess.run(extract + ["tokenize", "--lang", lang, plain_path],
                                            check=True, capture_output=True, text=True).stdout)
            tags = {}
            broken = set()
            for s, e, label in spans:
                inside = [i for i, t in enumerate(doc["tokens"]) if t["start"] < e and t["end"] > s]
                if inside and POSSESSIVE.fullmatch(plain[e:doc["tokens"][inside[-1]]["end"]]):
                    e = doc["tokens"][inside[-1]]["end"]  # English keeps `Putin's` one token; the tagger tags it whole
                if not inside or doc["tokens"][inside[0]]["start"] != s or doc["tokens"][inside[-1]]["end"] != e:
                    broken.update(inside)
                    continue
                for k, i in enumerate(inside):
                    tags[i] = ("B-" if k == 0 else "I-") + label
            sink.write("-DOCSTART-\n\n")
            for sentence in doc["sentences"]:
                members = [i for i, t in enumerate(doc["tokens"]) if t["start"] >= sentence["start"] and t["end"] <= sentence["end"]]
                if not members:
                    continue
                if any(i in broken for i in members):
                    sentences_dropped += 1
                    continue
                if tags.get(members[0], "O").startswith("I-"):
                    sentences_dropped += 1  # an entity split across two sentences
                    continue
                for i in members:
                    t = doc["tokens"][i]
                    token = plain[t["start"]:t["end"]]
                    token = re.sub(r"[ \t\r\n]", "\u00a0", token)  # the reader splits on ASCII space and tab
                    sink.write(f"{token}\t{tags.get(i, 'O')}\n")
                    entities += tags.get(i, "O").startswith("B-")
                sink.write("\n")
                sentences_kept += 1
    print(f"{len(files)} articles, {sentences_kept} sentences, {entities} entities; {sentences_dropped} sentences left out; "
          f"{warnings} warnings", file=sys.stderr)


if __name__ == "__main__":
    main()
