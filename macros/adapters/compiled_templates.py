"""Compiled Jinja templates, kept between a build's languages and between builds.

Jinja compiles every template to Python before it renders it. mkdocs-static-i18n builds each
language with a new theme environment, so the theme's templates were compiled once per language,
and mkdocs-macros compiles every page's Markdown as a template on every build: most of a
second of CPU for the sample handbook. This keeps the compiled code in memory for the next
language and in the user's cache folder for the next build.

Jinja checks each entry against its template's source (a changed template is compiled again).
The folder is named after Jinja's version and the environment's settings that change compiled
code (delimiters, autoescape, extensions, the names of its filters and tests), so a changed
setting never reuses old code.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import time
from pathlib import Path
from types import CodeType
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket

from ..core.cache import cache_folder

STALE_AFTER_DAYS = 30  # code not written again for this long is deleted: edited pages leave old entries
IN_MEMORY = 5_000  # templates kept in memory; a long `mkdocs serve` session starts again past this
_SETTINGS = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
             "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
             "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "autoescape", "optimized")


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's bytecode cache on disk, with the code already read kept in memory for this process."""

    def __init__(self, directory: Path) -> None:
        self.memory: dict[tuple[str, str], CodeType] = {}
        self.available = True
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only home: keep code in memory only
            self.available = False
        super().__init__(str(directory))
        if self.available:
            _delete_stale(directory)

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.memory.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code
            return
        if self.available:
            super().load_bytecode(bucket)
            if bucket.code is not None:
                self._remember(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None:
            return
        self._remember(bucket)
        if self.available:
            try:
                super().dump_bytecode(bucket)
            except OSError:  # a full or read-only disk costs the next build the compiling, nothing else
                self.available = False

    def _remember(self, bucket: Bucket) -> None:
        if len(self.memory) >= IN_MEMORY:
            self.memory.clear()
        self.memory[(bucket.key, bucket.checksum)] = bucket.code  # type: ignore[assignment]


def _delete_stale(directory: Path) -> None:
    oldest = time.time() - STALE_AFTER_DAYS * 86400
    try:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_file() and entry.stat().st_mtime < oldest:
                    os.unlink(entry.path)
    except OSError:  # another build may be tidying the same folder
        pass


_caches: dict[str, CompiledTemplates] = {}


def compiled_templates(environment: Environment) -> CompiledTemplates:
    """The cache for environments with `environment`'s settings (one object a process)."""
    # A function (autoescape may be one) is named, not shown by its address, which changes every run.
    values = [getattr(environment, name, None) for name in _SETTINGS]
    named = [getattr(value, "__qualname__", value) if callable(value) else value for value in values]
    # Compiled code names the filters and tests it uses: another set of them is another cache.
    settings = repr(named + sorted(environment.extensions) + sorted(environment.filters) + sorted(environment.tests))
    fingerprint = hashlib.sha256(settings.encode()).hexdigest()[:16]
    name = f"jinja-{importlib.metadata.version('jinja2')}-{fingerprint}"
    if name not in _caches:
        _caches[name] = CompiledTemplates(cache_folder() / name)
    return _caches[name]


def keep_compiled_templates(environment: Environment) -> None:
    """Templates read through the environment's loader (the theme's) reuse compiled code."""
    environment.bytecode_cache = compiled_templates(environment)


def keep_compiled_strings(environment: Environment) -> None:
    """Templates made from strings (mkdocs-macros renders each page with `from_string`) reuse
    compiled code too, found by the string itself. Jinja's own `from_string` never looks in a cache."""
    cache = compiled_templates(environment)
    compile_string = environment.from_string

    def from_string(source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if not isinstance(source, str) or template_class is not None:
            return compile_string(source, globals, template_class)
        bucket = cache.get_bucket(environment, hashlib.sha256(source.encode()).hexdigest(), None, source)
        if bucket.code is None:
            bucket.code = environment.compile(source)
            cache.set_bucket(bucket)
        return environment.template_class.from_code(environment, bucket.code, environment.make_globals(globals))

    environment.from_string = from_string  # type: ignore[method-assign]
