"""Problems found in the data files, reported all at once in `path:line: field: message` form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.field}: {self.message}"
        return f"{text}\n    how to fix: {self.hint}" if self.hint else text


class DataError(Exception):
    """Raised when a data file cannot be used. Carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"Found {count} {noun} in the handbook's data files:"]
        lines += [str(problem) for problem in self.problems]
        return "\n".join(lines)


class UnknownValueError(ValueError):
    """A page asked for a service, platform, language or contact that does not exist."""
