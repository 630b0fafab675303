#!/usr/bin/env python3
"""Learns which words cue an attribution ("noted", "argued", "endorsed") from PolNeAR's train split.

Usage: scripts/build-cue-lexicon.py ../shared/data/attribution-bench/train \
         > sitrep-nlp/src/main/resources/org/sitrep/nlp/attribution/cues.tsv

For every word form, how often it is (part of) an annotated cue against how often it occurs in
the training texts. Only counts are shipped — no text of the corpus (PolNeAR states no licence;
it is used to learn from and to evaluate, not redistributed). Forms seen as a cue at least
MIN_COUNT times with a share of at least MIN_SHARE are kept; Sitrep reads them only on words
tagged as verbs (Speech.claims), so nouns and adverbs in the table do nothing.
"""
import json
import os
import re
import sys
from collections import Counter

MIN_COUNT = 2
MIN_SHARE = 0.15
# Political news uses these for words ("Trump blasted Clinton"); in the conflict news Sitrep
# reads they are force ("jihadists attacked Syrian forces"), so they never cue a claim.
FORCE = {"attacked", "attacking", "attacks", "attack", "blasted", "blasting", "blasts",
         "slammed", "slamming", "slams", "lashed", "assailed", "hitting", "hit", "fired",
         "launched", "struck", "knocked", "hammered", "bombarded", "shot", "targeted"}
# Light and auxiliary verbs are part of many annotated cues ("has said", "made clear", "went
# on to say") without being the cue themselves; read alone they would claim whatever follows.
LIGHT = {"has", "have", "had", "having", "do", "does", "did", "done", "make", "makes", "made",
         "making", "give", "gives", "gave", "given", "go", "goes", "went", "gone", "get", "gets",
         "got", "take", "takes", "took", "taken", "is", "was", "are", "were", "be", "been",
         "being", "am", "will", "would", "can", "could", "should", "may", "might", "must"}
WORD = re.compile(r"[A-Za-z]+")


def main(folder):
    cue, occurrences = Counter(), Counter()
    files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    for name in files:
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            doc = json.load(fh)
        for m in WORD.finditer(doc["text"]):
            occurrences[m.group(0).lower()] += 1
        seen = set()
        for a in doc["attributions"]:
            for c in a["cue"]:
                for m in WORD.finditer(c["text"]):
                    at = c["start"] + m.start()
                    if at not in seen:
                        seen.add(at)
                        cue[m.group(0).lower()] += 1
    print("# Words that cue attributions, learnt from PolNeAR train (%d articles) by" % len(files))
    print("# scripts/build-cue-lexicon.py (counts only; min count %d, min share %.2f)."
          % (MIN_COUNT, MIN_SHARE))
    print("# Verbs of force and light verbs are left out (see FORCE and LIGHT in the script).")
    print("# form\tas cue\toccurrences\tshare")
    rows = [(w, n, occurrences[w]) for w, n in cue.items()
            if w not in FORCE and w not in LIGHT and n >= MIN_COUNT and occurrences[w] and n / occurrences[w] >= MIN_SHARE]
    for w, n, o in sorted(rows, key=lambda r: (-r[1] / r[2], r[0])):
        print("%s\t%d\t%d\t%.3f" % (w, n, o, min(1.0, n / o)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/attribution-bench/train")
