"""What ships: the wheel passes check-wheel-contents (no duplicate files, no stray modules, nothing missing), and the
sdist holds the package and its metadata but no tests (they need the whole repository: the stand-in, the fault
servers, the codegen; a checkout is the place to run them).

Both are built from a copy of the checkout (so no build/ or egg-info lands in it) by setuptools' PEP 517 hooks
in-process, no isolation and no network: setuptools and wheel come with the dev install."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

SKIP = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.pyc", "*.egg-info", "build", "dist", ".*cache", ".nox", ".bench", "demo-output"
)


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("packaging")
    src, out = base / "src", base / "dist"
    shutil.copytree(ROOT, src, ignore=SKIP)
    out.mkdir()
    for hook in ("build_wheel", "build_sdist"):  # one process each: setuptools keeps state between the two
        result = subprocess.run(
            [sys.executable, "-c", f"import sys, setuptools.build_meta as b; b.{hook}(sys.argv[1])", str(out)],
            cwd=src,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{hook}: {result.stderr[-2000:]}"
    (wheel,), (sdist,) = out.glob("*.whl"), out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_check_wheel_contents_is_clean(dists: dict[str, Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_wheel_contents", str(dists["wheel"])],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_wheel_holds_the_package_and_its_data(dists: dict[str, Path]) -> None:
    names = zipfile.ZipFile(dists["wheel"]).namelist()
    for needed in ("py.typed", "_manifest.json", "__init__.py", "_resources.py", "_cli/__init__.py"):
        assert f"scenario_lowcodeapi/{needed}" in names
    assert all(n.startswith(("scenario_lowcodeapi/", "scenario_lowcodeapi-")) for n in names), names


def test_sdist_ships_the_package_and_no_tests(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as tar:
        top, *_ = tar.getnames()[0].split("/")
        names = {n.removeprefix(top + "/") for n in tar.getnames()}
    for needed in ("pyproject.toml", "README.md", "LICENSE", "PKG-INFO", "generated/scenario_lowcodeapi/py.typed"):
        assert needed in names
    assert "generated/scenario_lowcodeapi/_manifest.json" in names
    assert not [n for n in names if n.startswith("tests/") or "/tests/" in n or Path(n).name.startswith("test_")]
