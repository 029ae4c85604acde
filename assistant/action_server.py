"""The rasa_sdk action server, run as a supervised child process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

ACTIONS_MODULE = "nlu.actions"


class ActionServerError(RuntimeError):
    """The action server could not be started."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ActionServer:
    """Starts the action server, waits for its health check, restarts it if it died."""

    def __init__(self, log_path: Path, startup_timeout_s: float = 60.0) -> None:
        self.port = _free_port()
        self._log_path = log_path
        self._startup_timeout_s = startup_timeout_s
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def webhook_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def start(self) -> None:
        """Launches the process without waiting; `wait_ready` waits for its health check."""
        self._log_path.parent.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, SANIC_HOST="127.0.0.1", RASA_TELEMETRY_ENABLED="false")
        with self._log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "rasa_sdk",
                    "--actions",
                    ACTIONS_MODULE,
                    "--port",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
            )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + self._startup_timeout_s
        while time.monotonic() < deadline:
            if not self.alive():
                raise ActionServerError(
                    f"The action server exited at start-up; its log is {self._log_path}"
                )
            if self._healthy():
                return
            time.sleep(0.05)
        raise ActionServerError(
            f"The action server did not answer its health check within "
            f"{self._startup_timeout_s:.0f} s; its log is {self._log_path}"
        )

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ensure_running(self) -> bool:
        """Restarts a dead server on the same port; True when a restart was needed."""
        if self.alive():
            return False
        self.start()
        self.wait_ready()
        return True

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def _healthy(self) -> bool:
        url = f"http://127.0.0.1:{self.port}/health"
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                return bool(response.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def __enter__(self) -> ActionServer:
        self.start()
        self.wait_ready()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
