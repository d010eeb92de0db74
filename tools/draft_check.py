"""Rough check of a drafted chapter: readability and overlap with the seed texts.

Usage: .venv/bin/python tools/draft_check.py docs/some-page.md [...]
Measures paragraphs and list items only (not headings, tables, code or front matter).
"""
import re, sys, glob, textstat

def prose(md: str) -> str:
    md = re.sub(r"^---\n.*?\n---\n", "", md, flags=re.S)
    md = re.sub(r"```.*?```", "", md, flags=re.S)
    md = re.sub(r"\{\{.*?\}\}", "X", md)
    keep = []
    for line in md.splitlines():
        s = line.strip()
        if not s or s.startswith(("#", "|", "!!!", "???", "<", ":")):
            continue
        s = re.sub(r"^([-*+]|\d+\.)\s+", "", s)
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"[*_`]", "", s)
        if s and s[-1] not in ".!?:":
            s += "."
        keep.append(s)
    return " ".join(keep)

def words(t): return re.findall(r"[a-z0-9']+", t.lower().replace("’", "'"))

seed_words = words(" ".join(open(p).read() for p in glob.glob("/work/shared/seeds/*.txt")))
seed_grams = {tuple(seed_words[i:i+8]) for i in range(len(seed_words) - 7)}
for path in sys.argv[1:]:
    text = prose(open(path).read())
    n_sent = max(1, textstat.sentence_count(text))
    w = words(text)
    hits = [" ".join(w[i:i+8]) for i in range(len(w) - 7) if tuple(w[i:i+8]) in seed_grams]
    print(f"{path}: flesch={textstat.flesch_reading_ease(text):.1f} words={len(w)} "
          f"avg_sentence={len(w)/n_sent:.1f} seed_overlaps={hits[:3]}")
