"""Read the prose of a built page: paragraphs and list items, not code, tables or link lists."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import textstat
from bs4 import BeautifulSoup, Tag

SKIP = "table, pre, code, .admonition-title, .headerlink, .mermaid, .handbook-fallback, .md-source-file"
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?", re.IGNORECASE)


@dataclass(frozen=True)
class ProseScore:
    words: int
    sentences: int
    flesch: float

    @property
    def average_sentence(self) -> float:
        return self.words / max(1, self.sentences)


def prose_blocks(article: Tag) -> list[str]:
    article = BeautifulSoup(str(article), "html.parser")
    for node in article.select(SKIP):
        node.decompose()
    blocks = []
    for block in article.select("p, li"):
        if block.name == "li" and block.find(["p", "ul", "ol"]):
            continue  # its paragraphs are counted on their own
        text = " ".join(block.get_text(" ").split())
        links = " ".join(a.get_text(" ", strip=True) for a in block.find_all("a"))
        if not text or (links and len(links) >= 0.8 * len(text) and len(text.split()) < 12):
            continue  # a list of links is navigation, not prose
        blocks.append(text if text[-1] in ".!?:" else text + ".")
    return blocks


def score(text: str) -> ProseScore:
    return ProseScore(words=len(WORD.findall(text)), sentences=textstat.sentence_count(text),
                      flesch=textstat.flesch_reading_ease(text))


def words(text: str) -> list[str]:
    return [word.lower().replace("’", "'") for word in WORD.findall(text)]


def eight_gram_fingerprints(text: str) -> set[str]:
    """Short hashes of every run of eight words, so seed texts need not be stored to compare."""
    tokens = words(text)
    grams = (" ".join(tokens[i:i + 8]) for i in range(len(tokens) - 7))
    return {hashlib.sha256(gram.encode()).hexdigest()[:16] for gram in grams}


def section(page: Tag, heading_id: str) -> list[Tag]:
    """Everything between a heading and the next heading of the same or a higher level."""
    heading = page.find(id=heading_id)
    assert heading is not None, f"no heading #{heading_id}"
    level = int(heading.name[1])
    parts = []
    for node in heading.find_next_siblings():
        if re.fullmatch(r"h[1-6]", node.name or "") and int(node.name[1]) <= level:
            break
        parts.append(node)
    return parts
