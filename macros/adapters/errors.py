"""How mkdocs-macros reports a wrong macro call in a page: one line, `docs/page.md:LINE: ...`,
never a traceback (it calls these through its `format_error` when on_error_fail is set)."""

from __future__ import annotations

import difflib
import traceback
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError, UndefinedError
from mkdocs_macros.errors import format_error

from ..core.pages import split_front_matter
from ..pipeline.page_macros import MACRO_NAMES, MacroUsageError


def _file_line(page: Any, template_line: int) -> tuple[str, int]:
    """docs/<page> and the line in the file: MkDocs removed the front matter and the blank lines after it."""
    _, body, body_line = split_front_matter(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    skipped = len(body) - len(body.lstrip("\n"))
    return f"docs/{page.file.src_path}", template_line + body_line - 1 + skipped


def _template_line(error: BaseException) -> int:
    return next((frame.lineno for frame in reversed(traceback.extract_tb(error.__traceback__))
                 if frame.filename == "<template>"), 0)


@format_error.register
def _usage_error(error: MacroUsageError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, _template_line(error))
    return f"{path}:{line}: {error}"


@format_error.register
def _undefined(error: UndefinedError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, _template_line(error))
    name = str(error.message or "").split("'")[1] if "'" in str(error.message or "") else str(error)
    known = sorted(MACRO_NAMES)
    close = difflib.get_close_matches(name, known, n=1)
    suggestion = f" Did you mean '{close[0]}'?" if close else ""
    return (f"{path}:{line}: unknown macro or value '{name}'.{suggestion}\n"
            f"    how to fix: use one of: {', '.join(known)}")


@format_error.register
def _syntax_error(error: TemplateSyntaxError, markdown: str, page: Any) -> str:
    path, line = _file_line(page, error.lineno or 1)
    return (f"{path}:{line}: this macro call is not written correctly: {error.message}\n"
            "    how to fix: write a macro as {{ name(\"value\") }}, with both pairs of braces.")
