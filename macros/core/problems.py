"""Problems found in the handbook's files, reported all at once as `path:line: field: message`."""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_LIMIT = 80  # characters of a bad value a message repeats; a huge value is never echoed whole


def clip(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A bad value as a message may quote it: one line, at most `limit` characters."""
    text = repr(value)[1:-1] if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    """A file cannot be used. Carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"Found {count} {noun} in the handbook's files:"]
        lines += [str(problem) for problem in self.problems]
        return "\n".join(lines)


class UnknownValueError(ValueError):
    """A page asked for a service, platform, language or contact that does not exist."""


def utf8_text(raw: bytes, shown: str, message: str, hint: str) -> str:
    """A file's bytes as text, as Python and MkDocs read a text file: a byte-order mark at the start
    is dropped and line ends become "\\n". Bytes that are not UTF-8 raise a DataError at their line,
    with `message` ("{byte}" in it becomes the byte, such as 0xE9)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError([Problem(shown, line, "file", message.format(byte=f"0x{raw[error.start]:02X}"),
                                 hint)]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
