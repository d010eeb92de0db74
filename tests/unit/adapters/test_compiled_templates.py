"""Compiled templates are reused between languages and builds, and never when their source changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from macros.adapters import compiled_templates
from macros.adapters.compiled_templates import keep_compiled_strings, keep_compiled_templates


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HANDBOOK_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(compiled_templates, "_caches", {})
    return tmp_path / "cache"


def counting(environment: Environment) -> list[str]:
    """The sources the environment compiles from now on."""
    compiled: list[str] = []
    compile_source = environment.compile

    def compile_and_count(source, *args, **kwargs):
        compiled.append(source)
        return compile_source(source, *args, **kwargs)

    environment.compile = compile_and_count
    return compiled


def test_a_page_string_is_compiled_once_for_every_language_and_build() -> None:
    english, welsh = Environment(), Environment()  # mkdocs-macros makes one for each language
    for environment in (english, welsh):
        keep_compiled_strings(environment)
    compiled_for_english, compiled_for_welsh = counting(english), counting(welsh)
    assert english.from_string("Hello {{ name }}").render(name="Wales") == "Hello Wales"
    assert welsh.from_string("Hello {{ name }}").render(name="Cymru") == "Hello Cymru"
    assert english.from_string("Hello {{ name }}").render(name="again") == "Hello again"
    assert compiled_for_english == ["Hello {{ name }}"] and compiled_for_welsh == []


def test_without_the_cache_every_string_is_compiled_again() -> None:
    """The negative control: Jinja's own from_string compiles each time."""
    environment = Environment()
    compiled = counting(environment)
    environment.from_string("Hello {{ name }}")
    environment.from_string("Hello {{ name }}")
    assert len(compiled) == 2


def test_the_next_build_reads_compiled_code_from_the_cache_folder(own_cache: Path) -> None:
    keep_compiled_strings(environment := Environment())
    environment.from_string("{{ 1 + 1 }}")
    compiled_templates._caches.clear()  # a new process: nothing in memory
    keep_compiled_strings(later := Environment())
    compiled = counting(later)
    assert later.from_string("{{ 1 + 1 }}").render() == "2"
    assert compiled == []
    assert any(own_cache.rglob("*.cache"))


def test_a_changed_template_is_compiled_again() -> None:
    templates = {"page.html": "old {{ x }}"}
    environment = Environment(loader=DictLoader(templates))
    keep_compiled_templates(environment)
    assert environment.get_template("page.html").render(x=1) == "old 1"
    templates["page.html"] = "new {{ x }}"
    again = Environment(loader=DictLoader(templates))  # the next language's environment
    keep_compiled_templates(again)
    assert again.get_template("page.html").render(x=1) == "new 1"
    changed = Environment()
    keep_compiled_strings(changed)
    assert changed.from_string("a {{ x }}").render(x=2) == "a 2"
    assert changed.from_string("b {{ x }}").render(x=2) == "b 2"  # another string, not the first one's code


def test_other_delimiters_never_reuse_code_compiled_with_the_usual_ones() -> None:
    usual, unusual = Environment(), Environment(variable_start_string="[[", variable_end_string="]]")
    for environment in (usual, unusual):
        keep_compiled_strings(environment)
    assert usual.from_string("{{ 'x' }} [[ 'y' ]]").render() == "x [[ 'y' ]]"
    assert unusual.from_string("{{ 'x' }} [[ 'y' ]]").render() == "{{ 'x' }} y"


def test_a_cache_folder_that_cannot_be_written_costs_only_the_compiling(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("HANDBOOK_CACHE", str(blocked))
    keep_compiled_strings(environment := Environment())
    assert environment.from_string("{{ 3 * 3 }}").render() == "9"
    assert environment.from_string("{{ 3 * 3 }}").render() == "9"


def test_a_syntax_error_is_reported_as_jinja_reports_it() -> None:
    from jinja2 import TemplateSyntaxError

    keep_compiled_strings(environment := Environment())
    with pytest.raises(TemplateSyntaxError, match="unexpected '}'"):
        environment.from_string("{{ } }}")


def test_a_long_dev_server_session_keeps_a_bounded_number_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled_templates, "IN_MEMORY", 3)
    keep_compiled_strings(environment := Environment())
    for number in range(10):  # an editor saving a page ten times
        assert environment.from_string(f"version {number} {{{{ x }}}}").render(x="!") == f"version {number} !"
    assert len(compiled_templates.compiled_templates(environment).memory) <= 3


def test_an_autoescape_function_gives_the_same_cache_in_every_run() -> None:
    """select_autoescape returns a new function each time: its address must not name the folder."""
    from jinja2 import select_autoescape

    first, second = Environment(autoescape=select_autoescape()), Environment(autoescape=select_autoescape())
    assert compiled_templates.compiled_templates(first) is compiled_templates.compiled_templates(second)
    assert compiled_templates.compiled_templates(first) is not compiled_templates.compiled_templates(Environment())


def test_another_set_of_filters_never_reuses_code() -> None:
    plain, extra = Environment(), Environment()
    extra.filters["shout"] = str.upper
    assert compiled_templates.compiled_templates(plain) is not compiled_templates.compiled_templates(extra)
