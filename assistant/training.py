"""The Rasa model: trained from nlu/, and trained again only when that data changed."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
from pathlib import Path

import structlog

import nlu

NLU_DIR = Path(nlu.__file__).resolve().parent
MODELS_DIR = NLU_DIR / "models"
# Everything a model is built from; the actions (Python code) are not part of the model.
_TRAINING_INPUTS = ("config.yml", "domain.yml", "data")


def training_files() -> list[Path]:
    files: list[Path] = []
    for name in _TRAINING_INPUTS:
        path = NLU_DIR / name
        files.extend(sorted(path.rglob("*.yml")) if path.is_dir() else [path])
    return files


def fingerprint() -> str:
    """A hash of the training data's content (not its timestamps, which git does not keep)."""
    digest = hashlib.sha256()
    for path in training_files():
        digest.update(path.relative_to(NLU_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def model_path() -> Path:
    return MODELS_DIR / f"aftercare-{fingerprint()}.tar.gz"


def quiet_rasa_logs() -> None:
    """Only Rasa's errors, on stderr: its structured log prints every debug event to stdout,
    where the answers go."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    for noisy in ("rasa", "tensorflow", "absl", "sanic", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
    )


def prepare_rasa_import() -> None:
    """Call before importing Rasa: quiets its logs and orders its heavy imports to cost least."""
    quiet_rasa_logs()
    # TensorFlow imports jax, when installed, only to convert jax models to TensorFlow Lite,
    # which nothing here does; marked absent, TensorFlow takes its path for machines without
    # jax and saves about 0.6 s of CPU.
    sys.modules.setdefault("jax", None)  # type: ignore[arg-type]
    # skops (which stores the intent classifier) searches every loaded module for each numpy
    # and scipy ufunc when imported: before TensorFlow's 4,000 modules are loaded this takes
    # about 1.4 s of CPU, after them about 5 s.
    import skops.io  # noqa: F401


def ensure_model(force: bool = False) -> tuple[Path, bool]:
    """Returns the current model, training it first when the data changed; (path, trained)."""
    target = model_path()
    if target.exists() and not force:
        return target, False
    print(f"Training the Rasa model from {NLU_DIR} (about a minute)...", file=sys.stderr)
    MODELS_DIR.mkdir(exist_ok=True)
    train_model([NLU_DIR / "data"], target)
    for stale in MODELS_DIR.glob("aftercare-*.tar.gz"):
        if stale != target:
            stale.unlink()
    return target, True


def train_model(training_files: list[Path], target: Path) -> None:
    """Trains nlu/'s domain and config on `training_files` (files or folders) into `target`, a
    .tar.gz path in an existing folder."""
    prepare_rasa_import()
    import rasa.api  # heavy: imported only when training is really needed

    # Rasa prints its progress to stdout, where `aftercare ask --json` writes the answers.
    with contextlib.redirect_stdout(sys.stderr):
        result = rasa.api.train(
            domain=str(NLU_DIR / "domain.yml"),
            config=str(NLU_DIR / "config.yml"),
            training_files=[str(path) for path in training_files],
            output=str(target.parent),
            fixed_model_name=target.name.removesuffix(".tar.gz"),
            force_training=True,
        )
    if result.code != 0 or not target.exists():
        raise RuntimeError(f"Rasa training failed (code {result.code}); see the messages above")
