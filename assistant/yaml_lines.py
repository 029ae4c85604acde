"""Reading a data file as YAML with its line numbers, so that errors can name the line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError


class DataFileError(ValueError):
    """A data file that cannot be read at all; callers turn it into their own error."""

    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.line = line  # 1-based


def read_mapping(path: Path, top_hint: str) -> Mapping[str, Any]:
    """The file's top-level mapping (ruamel's round-trip loader keeps line numbers); an empty
    file is an empty mapping. `top_hint` says what belongs at the top, for the error."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(path, f"cannot be read: {error}") from None
    try:
        document = YAML().load(text)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise DataFileError(path, f"not valid YAML: {problem}", line) from None
    if document is None:
        return {}
    if not isinstance(document, Mapping):
        raise DataFileError(path, f"expected {top_hint} at the top", 1)
    return document


def key_line(mapping: Any, key: Any) -> int | None:
    """The 1-based line of a key in a mapping read by `read_mapping`."""
    try:
        return int(mapping.lc.key(key)[0]) + 1
    except (AttributeError, KeyError, TypeError):
        return None


def item_line(sequence: Any, index: int) -> int | None:
    """The 1-based line of a list item in a document read by `read_mapping`."""
    try:
        return int(sequence.lc.item(index)[0]) + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return None
