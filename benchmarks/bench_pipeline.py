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

Usage: .venv/bin/python benchmarks/bench_pipeline.py [--sizes sample,2000,10000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_directory import cpu_times, without_macros  # noqa: E402
from benchmarks.generate_registry import generate  # noqa: E402
from tools.sitebuild import copy_project, run_command  # noqa: E402


def check_seconds(project: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = run_command(project, "check", env={"PYTHONDONTWRITEBYTECODE": ""})
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="sample,2000,10000")
    parser.add_argument("--repeat", type=int, default=1, help="builds per figure (the median is shown)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        print(f"{'accounts':>9} {'build s':>8} {'floor s':>8} {'ratio':>6} {'check s':>8} "
              f"{'stock+search s':>15} {'ratio':>6}", flush=True)
        for size in args.sizes.split(","):
            project = copy_project(Path(temp) / f"live-{size}")
            if size != "sample":
                generate(project / "data" / "accounts", int(size))
            floor_project = without_macros(project, Path(temp) / f"floor-{size}")
            stock_project = without_macros(project, Path(temp) / f"stock-{size}", stock_search=True)
            # One unmeasured build of each first: compiled modules and templates and the Welsh word
            # table cached, as for every build after a council's first.
            for built in (project, floor_project, stock_project):
                cpu_times(built, built / "site")
            live, floor, stock = [], [], []
            for _ in range(args.repeat):  # interleaved, so that a busy spell on the machine touches each
                live.append(cpu_times(project, project / "site"))
                floor.append(cpu_times(floor_project, floor_project / "site"))
                stock.append(cpu_times(stock_project, stock_project / "site"))
            (live, live_system, pagefind), (floor, floor_system, _), (stock, _, _) = (
                median_times(runs) for runs in (live, floor, stock))
            check = statistics.median(check_seconds(project) for _ in range(args.repeat))
            rows.append((size, live, floor, check))
            print(f"{size:>9} {live:>8.2f} {floor:>8.2f} {live / floor:>6.2f} {check:>8.2f} "
                  f"{stock:>15.2f} {live / stock:>6.2f}   (of the build: Pagefind {pagefind:.2f}; system time: "
                  f"build {live_system:.2f}, floor {floor_system:.2f})", flush=True)
    sample = next((row for row in rows if row[0] == "sample"), None)
    if sample is None:
        return
    for size, live, floor, check in rows:
        if size == "sample":
            continue
        per_thousand = ((live - floor) - (sample[1] - sample[2])) / (int(size) / 1000)
        print(f"at {int(size):,} accounts: the live layer costs {per_thousand:.3f} CPU s per 1,000 accounts "
              f"beyond the sample; `check` takes {check - sample[3]:+.2f} s more than at the sample size")


if __name__ == "__main__":
    main()
