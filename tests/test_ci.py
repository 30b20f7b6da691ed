"""CI as code: the GitHub workflows are valid (GitHub's workflow schema, vendored by check-jsonschema, offline) and
say what the README says; ``.ci/run`` finds the other CPython versions, skips a missing one with one line, and
exits non-zero when any step fails (make test, or pytest on another version through nox, exit 5 included)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
SUPPORTED = ["3.11", "3.12", "3.13"]
DEPS_SESSIONS = "nox -m nox --non-interactive --sessions deps-lowest deps-newest"


def _check_jsonschema(*files: Path) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "check-jsonschema"
    return subprocess.run(
        [str(exe), "--builtin-schema", "vendor.github-workflows", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _load(name: str) -> dict[Any, Any]:
    doc = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _on(doc: dict[Any, Any]) -> Any:
    return doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` key as True


def test_workflows_are_valid_against_githubs_schema() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["ci.yml", "spec-update.yml"]
    result = _check_jsonschema(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = _load("ci.yml")
    del broken["jobs"]["gate"]["runs-on"]
    broken["jobs"]["tests"]["strategy"]["fail-fast"] = "sometimes"
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    result = _check_jsonschema(path)
    assert result.returncode != 0
    assert "runs-on" in result.stdout + result.stderr


def test_ci_matrix_is_every_supported_python() -> None:
    ci = _load("ci.yml")
    assert ci["jobs"]["tests"]["strategy"]["matrix"]["python"] == SUPPORTED
    classifiers = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["classifiers"]
    assert [c.rsplit(" ", 1)[-1] for c in classifiers if c.startswith("Programming Language :: Python :: 3.")] == (
        SUPPORTED
    )
    steps = [s.get("run", "") for s in ci["jobs"]["gate"]["steps"]]
    assert "make test" in steps
    deps = [s.get("run", "") for s in ci["jobs"]["deps"]["steps"]]
    assert "python -m nox --non-interactive --sessions deps-lowest deps-newest" in deps
    assert {"push", "pull_request"} <= set(_on(ci))


def test_spec_update_runs_weekly_and_opens_a_pr_with_the_changelog_entry() -> None:
    wf = _load("spec-update.yml")
    cron = _on(wf)["schedule"][0]["cron"].split()
    assert len(cron) == 5 and cron[2] == "*" and cron[3] == "*" and cron[4] != "*"  # once a week
    steps = wf["jobs"]["update"]["steps"]
    scripts = "\n".join(s.get("run", "") for s in steps)
    assert "python -m codegen update --notes" in scripts
    notes = scripts.split("--notes ", 1)[1].split()[0]
    assert f"--body-file {notes}" in scripts  # the PR body is the entry the update wrote
    assert "gh pr create" in scripts
    gated = [s for s in steps if "gh pr create" in s.get("run", "") or s.get("name") == "make test"]
    assert all(s.get("if") == "steps.update.outputs.level != 'none'" for s in gated)
    assert wf["permissions"] == {"contents": "write", "pull-requests": "write"}
    # Expressions only through env: nothing from a step's output is pasted into a shell script.
    assert "${{" not in scripts


# -- .ci/run, with stand-ins for make, the venv's python (nox) and the interpreters --------------------------------


def _exe(path: Path, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


@pytest.fixture
def ci_tree(tmp_path: Path) -> Path:
    """A checkout holding the real .ci/run, a fake `make`, a fake venv python (3.11, `-m nox` logged) and a fake
    pyenv holding 3.12 only."""
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy2(ROOT / ".ci" / "run", repo / ".ci" / "run")
    shutil.copy2(ROOT / "noxfile.py", repo / "noxfile.py")  # .ci/run reads its PYTHONS
    log = tmp_path / "log"
    _exe(tmp_path / "bin" / "make", f'echo "make $*" >> {log}; exit "${{MAKE_RC:-0}}"\n')
    _exe(tmp_path / "bin" / "python3", 'echo "Python 3.11.0"\n')
    _exe(
        repo / ".venv" / "bin" / "python",
        f'if [ "$1" = "-c" ]; then echo 3.11; exit 0; fi\n'
        f'echo "nox $*" >> {log}; for v in 3.12 3.13; do command -v python$v >> {log}; done; exit "${{NOX_RC:-0}}"\n',
    )
    _exe(tmp_path / "pyenv" / "versions" / "3.12.4" / "bin" / "python3.12", "exit 0\n")
    return repo


def _run_ci(repo: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], str]:
    base = repo.parent
    result = subprocess.run(
        ["bash", str(repo / ".ci" / "run")],
        env={
            "PATH": f"{base / 'bin'}:/usr/bin:/bin",
            "PYENV_ROOT": str(base / "pyenv"),
            "HOME": str(base),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    log = base / "log"
    return result, log.read_text(encoding="utf-8") if log.exists() else ""


def test_ci_run_runs_the_gate_then_the_other_versions(ci_tree: Path) -> None:
    result, log = _run_ci(ci_tree)
    assert result.returncode == 0, result.stderr
    lines = log.splitlines()
    assert lines[0] == "make test"
    assert lines[1] == "nox -m nox --non-interactive --sessions tests --python 3.12"
    assert lines[2].endswith("/python3.12")  # linked from pyenv's versions/ onto nox's PATH
    assert "ci: python3.13 not found, skipping it" in result.stdout.splitlines()
    assert DEPS_SESSIONS in lines[3:]  # then both ends of the declared dependency ranges


def test_ci_run_fails_when_make_test_fails(ci_tree: Path) -> None:
    result, log = _run_ci(ci_tree, MAKE_RC="2")
    assert result.returncode != 0
    assert "nox" not in log


@pytest.mark.parametrize("rc", ["1", "5"])
def test_ci_run_fails_when_pytest_on_another_version_fails(ci_tree: Path, rc: str) -> None:
    """nox exits non-zero when a session's pytest fails or collects nothing (pytest's exit 5)."""
    result, log = _run_ci(ci_tree, NOX_RC=rc)
    assert result.returncode != 0
    assert "nox -m nox" in log


def test_ci_run_with_no_other_version_still_passes_on_the_gate(ci_tree: Path) -> None:
    shutil.rmtree(ci_tree.parent / "pyenv")
    result, log = _run_ci(ci_tree)
    assert result.returncode == 0, result.stderr
    assert [line for line in log.splitlines() if not line.startswith("/")] == ["make test", DEPS_SESSIONS]
    assert result.stdout.count("not found, skipping it") == 2


def test_nox_propagates_pytest_exit_5(tmp_path: Path) -> None:
    """The real nox, a real session: pytest collecting nothing (exit 5) fails the session and nox itself."""
    noxfile = tmp_path / "noxfile.py"
    noxfile.write_text(
        "import nox\n\n@nox.session(python=False)\ndef tests(session):\n"
        "    session.run('python', '-m', 'pytest', '-q', 'empty')\n",
        encoding="utf-8",
    )
    (tmp_path / "empty").mkdir()
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [sys.executable, "-m", "nox", "--non-interactive", "-f", str(noxfile)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "exit code 5" in result.stderr.lower() or "returned code 5" in result.stderr.lower(), result.stderr


def test_ci_run_fails_when_a_dependency_end_fails(ci_tree: Path) -> None:
    """The deps sessions run last: a failure there fails CI (the fake nox fails every call)."""
    shutil.rmtree(ci_tree.parent / "pyenv")
    result, log = _run_ci(ci_tree, NOX_RC="1")
    assert result.returncode != 0
    assert DEPS_SESSIONS in log.splitlines()


def test_the_lowest_pins_are_the_declared_lower_bounds() -> None:
    """nox's deps-lowest installs exactly what pyproject declares as lowest (so the two cannot drift apart)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("noxfile_under_test", ROOT / "noxfile.py")
    assert spec is not None and spec.loader is not None
    noxfile = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(noxfile)
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert declared == ["httpx>=0.24,<1", "attrs>=22.2"]
    assert noxfile.lowest_pins() == ["httpx==0.24", "attrs==22.2", "httpcore==0.15.0"]
    assert {"deps-lowest", "deps-newest"} <= set(noxfile.nox.registry.get())
