"""Measure the live layer at scale: registry loading and listing rendering at several sizes
(to show they grow linearly), and one full `mkdocs build --strict` of a 10,000-account registry.

Usage: .venv/bin/python benchmarks/bench_build.py [--sizes 1000,5000,10000,20000] [--no-build]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_registry import generate  # noqa: E402
from macros.core.handbook import load as load_handbook  # noqa: E402
from macros.render.listings import Renderer  # noqa: E402
from tools.sitebuild import build, copy_project  # noqa: E402


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def core(size: int, workdir: Path) -> tuple[float, float]:
    project = copy_project(workdir / f"core-{size}")
    generate(project / "data" / "accounts", size)
    load_seconds = best_of(3, lambda: load_handbook(project))
    handbook = load_handbook(project)
    renderer = Renderer(handbook.registry, handbook.organisation)
    render_seconds = best_of(3, lambda: renderer.directory("en"))
    return load_seconds, render_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,10000,20000")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as temp:
        workdir = Path(temp)
        print(f"{'accounts':>9} {'load s':>8} {'render s':>9} {'µs/account':>11}")
        per_account = []
        for size in sizes:
            load_seconds, render_seconds = core(size, workdir)
            micro = (load_seconds + render_seconds) / size * 1e6
            per_account.append(micro)
            print(f"{size:>9,} {load_seconds:>8.2f} {render_seconds:>9.2f} {micro:>11.1f}")
        spread = max(per_account) / statistics.median(per_account)
        print(f"cost per account varies by a factor of {spread:.2f} across sizes (1.0 = perfectly linear)")
        if not args.no_build:
            project = copy_project(workdir / "build-10000")
            generate(project / "data" / "accounts", 10_000)
            for pdf in (False, True):
                start = time.perf_counter()
                result = build(project, pdf=pdf)
                seconds = time.perf_counter() - start
                status = "ok" if result.returncode == 0 else f"FAILED ({result.returncode})"
                what = "with" if pdf else "without"
                print(f"full build, 10,000 generated accounts + sample registry, English and Welsh, "
                      f"{what} the PDF handbooks: {seconds:.1f} s, {status}")


if __name__ == "__main__":
    main()
