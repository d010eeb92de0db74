"""What the live layer costs, measured side by side in one run (issue 22).

At the sample size, 2,000 and 10,000 generated accounts, in CPU seconds (user + system, of the
build and everything it runs, Pagefind included), which a busy machine disturbs far less than the
clock:
- the full build, English and Welsh, no PDF;
- the floor: the same prose on the same theme, with the macros and the handbook's build steps
  removed (every {{ ... }} deleted, a plain page for each service page; bench_directory.py);
- `python -m macros check` (loading and checking every input);
- for reference, the floor with Material's own search plugin, as a new Material site has (the
  handbook replaces it with Pagefind): "stock+search".
It prints the ratio of the build to the floor (and to stock+search), what the build costs per
1,000 accounts beyond the sample, and how much longer `check` takes at each size than at the
sample size.
It also shows Pagefind's part of the build's time, and the system part of the build's and the
floor's time (mostly the making of files, which a busy shared disk makes vary most).
Aims: at most 1.5 times the floor at the sample size; `check` at most 0.5 s more at 10,000.

With --baseline REF it also builds the code, pages and data of git commit REF (with the same
generated accounts), in turns with this checkout's, and prints its figures under each row: a
before-and-after that one run measures side by side (this machine's speed can change by a third
within an hour, so figures from separate runs do not compare).

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--sizes sample,2000,10000] [--repeat 1] [--baseline REF]
"""

from __future__ import annotations

import argparse
import io
import re
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_directory import cpu_times, without_macros  # noqa: E402
from benchmarks.generate_registry import generate  # noqa: E402
from tools.sitebuild import ENV, ROOT, copy_project  # noqa: E402


def check_seconds(project: Path, code: Path = ROOT) -> float:
    """CPU time of `python -m macros check --root project`, run with the code in `code`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-m", "macros", "check", "--root", str(project)], cwd=code,
                            env={**ENV, "PYTHONDONTWRITEBYTECODE": ""}, capture_output=True, text=True,
                            timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"`check` failed for {project}:\n{result.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_times(runs: list[tuple[float, float, str]]) -> tuple[float, float, float]:
    """The medians of user + system time, of system time alone and of Pagefind's time.

    System time is mostly the making of files (the build writes about 1,000, the floor 150), and
    on a busy shared disk it varies from run to run far more than user time does. The build says
    how much CPU time Pagefind took ("Search index: ... (Pagefind: 0.80 CPU s)")."""
    pagefind = [float(found[1]) if (found := PAGEFIND.search(output)) else 0.0 for _, _, output in runs]
    return (statistics.median(user + system for user, system, _ in runs),
            statistics.median(system for _, system, _ in runs), statistics.median(pagefind))


PAGEFIND = re.compile(r"\(Pagefind: ([0-9.]+) CPU s\)")
# What a build is made of, besides the generated accounts: as copy_project copies it.
PROJECT_FILES = ("mkdocs.yml", "CHANGELOG.yml", "data", "docs", "macros", "overrides", "language")


def baseline_project(ref: str, target: Path) -> Path:
    """The handbook as it was at git `ref` (its code, pages and data), to build beside this checkout."""
    archive = subprocess.run(["git", "archive", "--format=tar", ref, "--", *PROJECT_FILES], cwd=ROOT,
                             capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"git archive {ref} failed: {archive.stderr.decode(errors='replace').strip()}")
    target.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target, filter="data")
    return target


@dataclass
class Row:
    size: str
    live: float
    floor: float
    check: float
    before: float | None = None  # the same, with the code at --baseline
    before_check: float | None = None


def per_thousand(row: Row, sample: Row, live: float, sample_live: float) -> float:
    """CPU seconds the live layer costs per 1,000 accounts beyond the sample (the floor's own growth taken off)."""
    return ((live - row.floor) - (sample_live - sample.floor)) / (int(row.size) / 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="sample,2000,10000")
    parser.add_argument("--repeat", type=int, default=1, help="builds per figure (the median is shown)")
    parser.add_argument("--baseline", metavar="REF", help="also build the code, pages and data of this git "
                        "commit, in turns with this checkout's: before and after, side by side")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        print(f"{'accounts':>9} {'build s':>8} {'floor s':>8} {'ratio':>6} {'check s':>8} "
              f"{'stock+search s':>15} {'ratio':>6}", flush=True)
        for size in args.sizes.split(","):
            project = copy_project(Path(temp) / f"live-{size}")
            before = baseline_project(args.baseline, Path(temp) / f"before-{size}") if args.baseline else None
            for built in filter(None, (project, before)):
                if size != "sample":
                    generate(built / "data" / "accounts", int(size))
            floor_project = without_macros(project, Path(temp) / f"floor-{size}")
            stock_project = without_macros(project, Path(temp) / f"stock-{size}", stock_search=True)
            projects = [project, floor_project, stock_project, *filter(None, (before,))]
            # One unmeasured build of each first: compiled modules and templates and the Welsh word
            # table cached, as for every build after a council's first.
            for built in projects:
                cpu_times(built, built / "site")
            for built in filter(None, (project, before)):
                check_seconds(built, ROOT if built is project else built)
            runs: dict[Path, list[tuple[float, float, str]]] = {built: [] for built in projects}
            # In turns, so that a busy spell on the machine touches each; each turn starts one
            # later in the list, so that no build is always the one that follows the same other.
            for turn in range(args.repeat):
                for built in projects[turn % len(projects):] + projects[:turn % len(projects)]:
                    runs[built].append(cpu_times(built, built / "site"))
            (live, live_system, pagefind), (floor, floor_system, _), (stock, _, _) = (
                median_times(runs[built]) for built in (project, floor_project, stock_project))
            checks = [(check_seconds(project), check_seconds(before, before) if before else None)
                      for _ in range(args.repeat)]
            check = statistics.median(now for now, _ in checks)
            row = Row(size, live, floor, check)
            print(f"{size:>9} {live:>8.2f} {floor:>8.2f} {live / floor:>6.2f} {check:>8.2f} "
                  f"{stock:>15.2f} {live / stock:>6.2f}   (of the build: Pagefind {pagefind:.2f}; system time: "
                  f"build {live_system:.2f}, floor {floor_system:.2f})", flush=True)
            if before:
                row.before = median_times(runs[before])[0]
                row.before_check = statistics.median(then for _, then in checks)
                print(f"{'':>9} {row.before:>8.2f} {'':>8} {row.before / floor:>6.2f} {row.before_check:>8.2f}"
                      f"   ← before: {args.baseline}", flush=True)
            rows.append(row)
    sample = next((row for row in rows if row.size == "sample"), None)
    if sample is None:
        return
    for row in rows:
        if row is sample:
            continue
        cost = per_thousand(row, sample, row.live, sample.live)
        print(f"at {int(row.size):,} accounts: the live layer costs {cost:.3f} CPU s per 1,000 accounts "
              f"beyond the sample; `check` takes {row.check - sample.check:+.2f} s more than at the sample size")
        if row.before is not None and sample.before is not None:
            cost = per_thousand(row, sample, row.before, sample.before)
            print(f"  before ({args.baseline}): {cost:.3f} CPU s per 1,000 accounts; `check` "
                  f"{row.before_check - sample.before_check:+.2f} s")

if __name__ == "__main__":
    main()
