"""Python and the browser read and answer alike: check-core.js (what check.js uses) runs the shared table of inputs
(tests/lookup_cases.py) against the same registry files the build writes."""

from __future__ import annotations

from typing import Any

from macros.core.browser_rules import browser_rules
from macros.core.confusable import fold
from macros.core.handbook import load as load_handbook
from macros.core.lookup import Checker, near, read_query
from macros.outputs.lookup_data import lookup_files
from tests.lookup_cases import ANSWER_CASES, READ_CASES
from tools.sitebuild import ROOT

CHECK_JS = (ROOT / "docs" / "assets" / "javascripts" / "check-core.js").read_text(encoding="utf-8")
HANDBOOK = load_handbook(ROOT)
REGISTRY = HANDBOOK.registry
EXTRA = ["MonLibraries", "ＭｏｎＬｉｂｒａｒｉｅｓ", "m\u0301onlibraries", "ßtraße", "𝐦𝐨𝐧", "Ⅰ", "0O1lI", "monyouth"]

RUN = """([rules, index, names, inputs, pairs]) => {
  const check = window.HandbookCheck;
  const compiled = check.compileRules(rules);
  const prepared = check.prepareIndex(compiled, index);
  return {
    read: inputs.map((typed) => { const q = check.readQuery(compiled, typed);
                                  return [q.kind, q.text || "", q.platform || null]; }),
    answers: inputs.map((typed) => { const a = check.classify(compiled, prepared, typed, names);
                                     return [a.kind, a.ids]; }),
    folds: inputs.map((typed) => check.fold(compiled, typed)),
    near: pairs.map(([a, b]) => check.near(a, b)),
  };
}"""


def _javascript(browser: Any, inputs: list[str], pairs: list[tuple[str, str]]) -> dict[str, Any]:
    files = lookup_files(REGISTRY, HANDBOOK.organisation)
    names = [[int(number), name] for key, text in files.items() if key.startswith("names-") and text
             for number, name in (line.split("\t", 1) for line in text.split("\n"))]
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><html><body></body></html>")
        page.add_script_tag(content=CHECK_JS)
        return page.evaluate(RUN, [browser_rules(), files["index.json"], names, inputs, pairs])
    finally:
        page.close()


def test_python_and_javascript_agree_on_every_input(browser: Any) -> None:
    inputs = [typed for typed, *_ in READ_CASES] + [typed for typed, *_ in ANSWER_CASES] + EXTRA
    checker = Checker(REGISTRY.accounts)
    number = {id(account): index for index, account in enumerate(REGISTRY.accounts)}
    pairs = [(typed, account.handle) for typed in inputs[:40] for account in REGISTRY.accounts[:10]]
    result = _javascript(browser, inputs, pairs)
    for typed, read, answer, folded in zip(inputs, result["read"], result["answers"], result["folds"]):
        query = read_query(typed)
        assert read == [query.kind, query.text, query.platform], typed
        expected = checker.check(typed)
        assert answer == [expected.kind.value, [number[id(a)] for a in expected.accounts]], typed
        assert folded == fold(typed), typed
    assert result["near"] == [near(a, b) for a, b in pairs]
