"""The `raci` binary as one process for the whole build: `raci render --batch` reads one JSON
request per line and answers each with one line (README "Command line"), so a site with
hundreds of fences starts one process, not hundreds (bench/build-time.sh has the figures)."""

import json
import subprocess
import tempfile


class RaciStopped(RuntimeError):
    pass


class Renderer:
    def __init__(self, cli):
        self.cli = cli
        self.process = None
        self.errors = None

    def render(self, text, name="-", options=(), stylesheet=None):
        """{"html": str or None, "problems": [{"level", "message"}]} for one fence."""
        if self.process is None or self.process.poll() is not None:
            self._start()
        request = {"text": text, "name": name, "options": [list(p) for p in options], "stylesheet": stylesheet}
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except OSError as error:
            raise self._stopped(str(error)) from error
        if not line:
            raise self._stopped("it closed its output")
        return json.loads(line)

    def close(self):
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=10)
            self.process.stdout.close()
            self.process = None
        if self.errors is not None:
            self.errors.close()
            self.errors = None

    def _start(self):
        self.close()
        # Its stderr (only a crash writes there) goes to a file: a pipe nobody reads can fill.
        self.errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        try:
            self.process = subprocess.Popen(
                [self.cli, "render", "--batch"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.errors,
                text=True, encoding="utf-8", bufsize=1,
            )
        except OSError as error:
            raise RaciStopped(f"cannot run {self.cli}: {error}") from error

    def _stopped(self, why):
        code = self.process.wait(timeout=10) if self.process else None
        self.errors.seek(0)
        said = self.errors.read().strip()
        self.process = None
        return RaciStopped(f"`{self.cli} render --batch` stopped ({why}; exit code {code}){': ' + said if said else ''}")
