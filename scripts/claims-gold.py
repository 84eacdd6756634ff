#!/usr/bin/env python3
"""Turn hand-written annotations (<id>.ann next to <id>.txt) into gold JSON (<id>.json).

usage: scripts/claims-gold.py DIR
An .ann file has a header `language: fr` and three kinds of lines:
  @ LABEL | string | string#2 | ...              entities; every whole-word occurrence of each string becomes an
                                                 entity of LABEL (PER, ORG, LOC, MISC); `string#2` takes only the
                                                 second occurrence; `[Dupont]Le` matches the whole-word string
                                                 `DupontLe` and tags only the bracketed part (a name glued to the
                                                 next word by noise)
  = Canonical | LABEL | other mention | ...      a speaker cluster; every whole-word occurrence of the canonical
                                                 and of each listed mention string becomes a mention
  kind | content | cue | speaker | canonical     one claim; `-` for null; `\\n` is a line end in a string;
                                                 `text#2` picks the second occurrence of the content; the cue
                                                 and speaker are the occurrences nearest the content
Speaker spans are added to their cluster's mentions. Entities nested inside another entity's span are dropped
(outermost only); the same span under two labels, two entities that cross, or a string that is not found is an
error. Lines starting with `#` are comments.
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


LABELS = ("PER", "ORG", "LOC", "MISC")


def entity_spans(text, label, strings, line):
    """The spans that one `@ LABEL | ...` line tags, as (start, end) pairs."""
    if label not in LABELS:
        sys.exit(f"unknown entity label {label!r} in line {line!r}")
    spans = []
    for s in strings:
        nth = None
        if re.search(r"#\d+$", s):
            s, nth = s.rsplit("#", 1)[0], int(s.rsplit("#", 1)[1])
        inner = re.fullmatch(r"(.*)\[(.+)\](.*)", s)
        before, name = (inner.group(1), inner.group(2)) if inner else ("", s)
        whole = before + name + inner.group(3) if inner else s
        found = occurrences(text, whole)
        if nth is not None:
            if len(found) < nth:
                sys.exit(f"entity {whole!r}#{nth}: only {len(found)} occurrence(s), line {line!r}")
            found = [found[nth - 1]]
        if not found:
            sys.exit(f"entity not found: {whole!r} in line {line!r}")
        spans.extend((start + len(before), start + len(before) + len(name)) for start, _ in found)
    return spans


def outermost(text, labelled):
    """Entities sorted by start, those inside another entity's span dropped; crossing spans are an error."""
    spans = sorted(labelled, key=lambda se: (se[0], -se[1]))
    kept = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            if end <= kept[-1][1]:
                continue
            sys.exit(f"crossing entities: {text[kept[-1][0]:kept[-1][1]]!r} and {text[start:end]!r}")
        kept.append((start, end))
    return [{"start": s, "end": e, "label": labelled[(s, e)], "text": text[s:e]} for s, e in kept]


def convert(directory, ident):
    text = open(os.path.join(directory, ident + ".txt"), encoding="utf-8").read()
    language, clusters, claims, entities = "fr", {}, [], {}
    for raw in open(os.path.join(directory, ident + ".ann"), encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("language:"):
            language = line.split(":", 1)[1].strip()
            continue
        if line.startswith("@"):
            label, *strings = [p.strip() for p in line[1:].split("|")]
            for se in entity_spans(text, label, strings, line):
                if entities.setdefault(se, label) != label:
                    sys.exit(f"{text[se[0]:se[1]]!r} at {se[0]} is both {entities[se]} and {label}")
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
    out = {"id": ident, "language": language, "entities": outermost(text, entities),
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
