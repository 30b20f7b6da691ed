"""A user's script (user_flow.py: the main flow of docs/getting-started.md plus error handling) type-checks with mypy --strict and
with pyright in strict mode, and both show the concrete models at every ``reveal_type`` (never Any or object)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCRIPT = HERE / "user_flow.py"
# Kept between runs (outside the repository) so only the first run pays for a cold mypy.
MYPY_CACHE = Path(tempfile.gettempdir()) / "scenario-lowcodeapi-user-flow-mypy-cache"


def expectations() -> dict[int, str]:
    """line number -> the type its ``reveal_type`` must show (from the ``# expect:`` comment)."""
    found = {}
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), start=1):
        match = re.search(r"reveal_type\(.*\)\s+# expect: (.+)$", line)
        if match:
            found[number] = match.group(1).strip()
    assert len(found) >= 15
    return found


def _short(type_text: str) -> str:
    """mypy's ``scenario_lowcodeapi.models.model.Model`` / ``builtins.list[pathlib.Path]`` as written in code."""
    text = re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+([A-Za-z_]\w*)", r"\1", type_text)
    return text.replace("Union[", "").replace("None]", "None")


def test_mypy_strict_reveals_concrete_types() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(MYPY_CACHE), str(SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    revealed: dict[int, str] = {}
    problems = []
    for line in result.stdout.splitlines():
        match = re.match(r".*user_flow\.py:(\d+): note: Revealed type is \"(.*)\"$", line)
        if match:
            revealed[int(match.group(1))] = _short(match.group(2))
        elif line.strip():
            problems.append(line)
    assert not problems, "\n".join(problems)
    assert revealed == expectations()


def test_pyright_strict_reveals_concrete_types(tmp_path: Path) -> None:
    config = tmp_path / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}), encoding="utf-8")
    pyright = str(Path(sys.executable).parent / "pyright")
    result = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, "-p", str(config), str(SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    problems = [d for d in report["generalDiagnostics"] if d["severity"] != "information"]
    assert not problems, json.dumps(problems, indent=1)
    revealed = {}
    for diagnostic in report["generalDiagnostics"]:
        match = re.fullmatch(r'Type of ".*" is "(.*)"', diagnostic["message"])
        if match:
            revealed[diagnostic["range"]["start"]["line"] + 1] = match.group(1)
    assert revealed == expectations()
