"""Refresh tests/fixtures/seed-8grams.txt from the seed texts in ../shared/seeds/.

The file holds short hashes of every eight-word run in the seeds, never the seeds' words, so
the originality test can run anywhere without copying the source texts into the repository.
Usage: .venv/bin/python scripts/seed_fingerprints.py [SEEDS_FOLDER]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.prose import eight_gram_fingerprints  # noqa: E402

if __name__ == "__main__":
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "seeds"
    text = " ".join(path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt")))
    if not text:
        sys.exit(f"error: no seed texts found in {seeds}")
    out = ROOT / "tests" / "fixtures" / "seed-8grams.txt"
    out.write_text("\n".join(sorted(eight_gram_fingerprints(text))) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
