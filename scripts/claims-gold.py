#!/usr/bin/env python3
"""Turn hand-written claim annotations (<id>.ann next to <id>.txt) into gold JSON (<id>.json).

usage: scripts/claims-gold.py DIR
An .ann file has a header `language: fr` and two kinds of lines:
  = Canonical | LABEL | other mention | ...      a speaker cluster; every whole-word occurrence of the canonical
                                                 and of each listed mention string becomes a mention
  kind | content | cue | speaker | canonical     one claim; `-` for null; `\\n` is a line end in a string;
                                                 `text#2` picks the second occurrence of the content; the cue
                                                 and speaker are the occurrences nearest the content
Speaker spans are added to their cluster's mentions. Entities are not annotated in these files.
"""
import json
import os
import re
import sys


def occurrences(text, s):
    pattern = (r"(?<!\w)" if s[:1].isalnum() else "") + re.escape(s) + (r"(?!\w)" if s[-1:].isalnum() else "")
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def nearest(text, s, content, line):
    found = occurrences(text, s)
    if not found:
        sys.exit(f"not found: {s!r} in line {line!r}")
    cs, ce = content
    return min(found, key=lambda o: 0 if o[1] > cs and o[0] < ce else min(abs(o[0] - ce), abs(cs - o[1])))


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def convert(directory, ident):
    text = open(os.path.join(directory, ident + ".txt"), encoding="utf-8").read()
    language, clusters, claims = "fr", {}, []
    for raw in open(os.path.join(directory, ident + ".ann"), encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("language:"):
            language = line.split(":", 1)[1].strip()
            continue
        parts = [p.strip().replace("\\n", "\n") for p in line.lstrip("=").split("|")]
        if line.startswith("="):
            canonical, label, *others = parts
            mentions = set()
            for m in [canonical, *others]:
                mentions.update(occurrences(text, m))
            clusters[canonical] = {"canonical": canonical, "label": label, "mentions": mentions}
            continue
        kind, content, cue, speaker, canonical = parts
        nth = 1
        if re.search(r"#\d+$", content):
            content, nth = content.rsplit("#", 1)[0], int(content.rsplit("#", 1)[1])
        starts = [m.start() for m in re.finditer(re.escape(content), text)]
        if len(starts) < nth:
            sys.exit(f"content not found: {content!r}")
        c = (starts[nth - 1], starts[nth - 1] + len(content))
        claim = {"kind": kind, "content": span(text, c),
                 "cue": None if cue == "-" else span(text, nearest(text, cue, c, line)),
                 "speaker": None if speaker == "-" else span(text, nearest(text, speaker, c, line)),
                 "speakerCanonical": None if canonical == "-" else canonical}
        if claim["speaker"] and canonical != "-":
            clusters[canonical]["mentions"].add((claim["speaker"]["start"], claim["speaker"]["end"]))
        claims.append(claim)
    out = {"id": ident, "language": language, "entities": [],
           "clusters": [{"canonical": c["canonical"], "label": c["label"],
                         "mentions": [list(m) for m in sorted(c["mentions"])]} for c in clusters.values()],
           "claims": claims}
    with open(os.path.join(directory, ident + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(directory):
    for name in sorted(os.listdir(directory)):
        if name.endswith(".ann"):
            convert(directory, name[:-4])


if __name__ == "__main__":
    main(sys.argv[1])
