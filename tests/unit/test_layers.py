"""The layers stay apart: core and render never load a site generator, so they outlive Material."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tools.sitebuild import ROOT

GENERATORS = ("mkdocs", "material", "mkdocs_macros", "mkdocs_static_i18n", "mkdocs_redirects", "properdocs")
MACROS = ROOT / "macros"


@pytest.mark.parametrize("layer", ["core", "render", "outputs", "pipeline", "commands"])
def test_layer_imports_no_generator(layer: str) -> None:
    modules = [f"macros.{layer}.{path.stem}" for path in (MACROS / layer).glob("*.py") if path.stem != "__init__"]
    code = (f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
            f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {GENERATORS!r}); "
            "assert not loaded, loaded")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def imported_packages(layer: str) -> set[str]:
    names = set()
    for path in (MACROS / layer).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names.add(("." * node.level) + (node.module or ""))
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


def test_core_imports_nothing_from_the_outer_layers() -> None:
    outer = ("..render", "..outputs", "..adapters", "..commands", "macros.")
    assert not [name for name in imported_packages("core") if name.startswith(outer)]


def test_render_outputs_and_the_pipeline_never_import_the_adapter() -> None:
    for layer in ("render", "outputs", "pipeline"):
        assert not [name for name in imported_packages(layer) if "adapters" in name or "commands" in name]


def test_the_import_check_would_catch_a_generator() -> None:  # negative control
    code = f"import mkdocs, sys; assert not [m for m in sys.modules if m.split('.')[0] in {GENERATORS!r}]"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True).returncode != 0
