"""One way to type-check the user scripts: ``mypy --strict`` runs once over both (one cache: the repository's
``.mypy_cache``, which ``make typecheck`` has just filled for the package), pyright (strict) once over
user_flow.py; the tests read their file's share of each report.

- ``user_flow.py`` (the README's main flow plus error handling, never run): mypy and pyright must both show the
  concrete type each ``# expect:`` comment names.
- ``user_script.py`` (a flow written the way the types lead, run against stand-ins that leave out the fields
  Scenario marks "required" but the client does not guarantee): mypy must show concrete types, and the script must
  never meet an AttributeError.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MYPY_CACHE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
USER_SCRIPT = HERE / "user_script.py"
USER_FLOW = HERE / "user_flow.py"
SCRIPTS = (USER_SCRIPT, USER_FLOW)


@dataclass(frozen=True)
class MypyResult:
    """One script's share of the mypy run: its lines, and the lines of no other script (the package's, say)."""

    returncode: int  # 1 when its share holds an error, as mypy would have exited on the script alone
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def mypy_run() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(MYPY_CACHE)]
        + [str(script) for script in SCRIPTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def mypy_result(run: subprocess.CompletedProcess[str], script: Path) -> MypyResult:
    others = [other.name for other in SCRIPTS if other != script]
    lines = [line for line in run.stdout.splitlines() if not any(f"{name}:" in line for name in others)]
    failed = run.returncode not in (0, 1) or any(": error:" in line for line in lines)
    return MypyResult(int(failed) if run.returncode in (0, 1) else run.returncode, "\n".join(lines), run.stderr)


@pytest.fixture(scope="session")
def mypy_user_script(mypy_run: subprocess.CompletedProcess[str]) -> MypyResult:
    return mypy_result(mypy_run, USER_SCRIPT)


@pytest.fixture(scope="session")
def mypy_user_flow(mypy_run: subprocess.CompletedProcess[str]) -> MypyResult:
    return mypy_result(mypy_run, USER_FLOW)


@pytest.fixture(scope="session")
def pyright_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    config = tmp_path_factory.mktemp("pyright") / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"}), encoding="utf-8")
    pyright = str(Path(sys.executable).parent / "pyright")
    result = subprocess.run(
        [pyright, "--outputjson", "--pythonpath", sys.executable, "-p", str(config), str(USER_FLOW)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stdout)
