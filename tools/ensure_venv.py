"""Make sure a virtualenv exists, was made by this Python, and holds what it should (used by `make`).

    python3 tools/ensure_venv.py DIR [PIP ARGS...]     # create or rebuild DIR, then pip install PIP ARGS if changed
    python3 tools/ensure_venv.py DIR --package         # the package of this checkout and its runtime dependencies
    python3 tools/ensure_venv.py --check-only DIR      # only remove DIR if another Python made it (one line says so)

``--package`` (`make demo`) installs pyproject.toml's ``[project] dependencies`` (httpx, attrs) and puts
``generated/`` on the venv's path with a ``.pth`` file, which is what an editable install of this layout does,
without building one: an editable build first installs setuptools into an isolated environment, which costs more
than everything else together.

A venv made by another Python (another version, or an interpreter that is gone) cannot be reused: its packages
were built for that Python, and `pip install` into it keeps failing. It is removed and rebuilt, with one line
saying why. What was installed is remembered in DIR/.ensure-venv (the pip arguments and pyproject.toml's hash), so
a second run installs nothing. Standard library only; runs on the Python that creates the venv.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = ".ensure-venv"
MIN_PYTHON = (3, 11)


def _python(directory: Path) -> Path:
    return directory / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def made_by(directory: Path) -> str | None:
    """The Python version recorded in ``pyvenv.cfg`` (``version`` or ``version_info``), ``None`` if unreadable."""
    try:
        text = (directory / "pyvenv.cfg").read_text(encoding="utf-8")
    except OSError:
        return None
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            return value.strip()
    return None


def mismatch(directory: Path) -> str | None:
    """Why ``directory`` cannot be reused by this interpreter, or ``None`` when it can (or does not exist)."""
    if not directory.exists():
        return None
    here = ".".join(map(str, sys.version_info[:3]))
    version = made_by(directory)
    if version is None:
        return "it has no readable pyvenv.cfg"
    if version.split(".")[:3] != here.split("."):
        return f"it was made by Python {version}, this is {here} ({sys.executable})"
    python = _python(directory)
    try:
        subprocess.run([str(python), "-c", ""], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return f"its interpreter {python} does not run"
    return None


def check(directory: Path) -> None:
    reason = mismatch(directory)
    if reason is not None:
        print(f"ensure_venv: rebuilding {directory}: {reason}", flush=True)
        shutil.rmtree(directory)


def _outer_pip() -> list[str] | None:
    """``[python, -m, pip]`` when this Python has a pip that installs into another environment (22.3+)."""
    try:
        found = subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    parts = found.stdout.split()
    if found.returncode != 0 or len(parts) < 2:
        return None
    try:
        version = tuple(int(p) for p in parts[1].split(".")[:2])
    except ValueError:
        return None
    return [sys.executable, "-m", "pip"] if version >= (22, 3) else None


def ensure(directory: Path, pip_args: list[str]) -> int:
    if sys.version_info < MIN_PYTHON:
        here = ".".join(map(str, sys.version_info[:3]))
        print(f"ensure_venv: Python 3.11+ is needed, {sys.executable} is {here}: run make with PYTHON=python3.11")
        return 2
    check(directory)
    outer_pip = _outer_pip()
    if not directory.exists():
        # Without pip when this Python's pip can install into it (`pip --python`): ensurepip takes seconds.
        venv.EnvBuilder(with_pip=outer_pip is None).create(directory)
    wanted = hashlib.sha256("\0".join(pip_args).encode() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = directory / STAMP
    package = pip_args == ["--package"]
    if package:
        import tomllib

        pip_args = list(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"])
    if pip_args and (not stamp.exists() or stamp.read_text(encoding="utf-8").strip() != wanted):
        own_pip = subprocess.run([str(_python(directory)), "-m", "pip", "--version"], capture_output=True).returncode
        if own_pip == 0 or outer_pip is None:
            command = [str(_python(directory)), "-m", "pip"]
        else:
            command = [*outer_pip, "--python", str(_python(directory))]
        command += ["install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*command, *pip_args], check=True, cwd=ROOT)
        if package:
            site = subprocess.run(
                [str(_python(directory)), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            (Path(site) / "scenario_lowcodeapi_checkout.pth").write_text(f"{ROOT / 'generated'}\n", encoding="utf-8")
    stamp.write_text(wanted + "\n", encoding="utf-8")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--check-only"] and len(argv) == 2:
        check(Path(argv[1]))
        return 0
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        return ensure(Path(argv[0]), argv[1:])
    except subprocess.CalledProcessError as exc:
        print(f"ensure_venv: pip failed (exit {exc.returncode}) in {argv[0]}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
