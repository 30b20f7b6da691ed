"""Docs that cannot drift (issue #20, point 2): every ```python block of README.md and docs/**/*.md runs here against
the LowCodeAPI stand-in, and every block that is a complete program is type-checked with ``mypy --strict``.

The convention (docs/internals.md, "Docs that run"):

- A ```python fence is run, top to bottom, in a fresh namespace, with a fresh stand-in (tests/standin) serving
  both URL formats and the ``data`` envelope: ``LOWCODEAPI_BASE_URL`` and ``LOWCODEAPI_API_TOKEN`` point at it, so
  ``Scenario()`` works as a user types it, and the working directory is an empty temporary one holding
  ``photo.png`` (a real PNG). Seeded there: ``model_1`` .. ``model_5`` (trained), inferences ``inf_1``, ``inf_2``
  (of ``model_1``) and ``inf_3`` (of ``model_2``).
- A fence that is not a complete program may use three names, and only these: ``client`` (a ``Scenario`` bound to
  that stand-in), ``model_id`` (``"model_1"``) and ``inference_id`` (``"inf_1"``). Any other unbound name fails
  the collection test, so a page cannot quietly depend on hidden setup.
- A complete program (no name left unbound) is also type-checked: all of them in one ``mypy --strict`` run.
- ``generated/api.md`` (the site's "Every operation" page, codegen output) is collected too: its one sample runs as
  above, and each of its method signatures (a ``client.<resource>.<method>(...) -> Type`` block, not runnable) must
  be valid Python naming exactly the parameters of the real method, in order.
- Other fences are ``bash`` (the command-line ones are run by tests/cli/test_readme.py) or ``text``; nothing else
  is allowed, so a Python sample cannot hide behind another tag.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import re
import subprocess
import symtable
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.standin import StandIn
from tests.standin.pictures import prompt_picture

ROOT = Path(__file__).resolve().parent.parent
API_MD = ROOT / "generated" / "api.md"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), API_MD]
SIGNATURE = re.compile(r"\Aclient\.(\w+)\.(\w+)(\(.*\) -> .+)\n\Z", re.S)
FENCE = re.compile(r"^```(\S*)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
ALLOWED_TAGS = {"python", "bash", "text"}
INJECTED = {"client", "model_id", "inference_id"}
MYPY_CACHE = Path(tempfile.gettempdir()) / "scenario-lowcodeapi-docs-mypy-cache"


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    source: str

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"

    def unbound(self) -> set[str]:
        """Names the block reads at top level (or in its functions) that nothing in it binds, builtins aside."""
        table = symtable.symtable(self.source, self.name, "exec")
        bound = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported()}
        bound |= {t.get_name() for t in table.get_children() if t.get_type() in ("function", "class")}
        free: set[str] = set()
        stack = [table]
        while stack:
            t = stack.pop()
            stack.extend(t.get_children())
            for s in t.get_symbols():
                if (s.is_global() or (t is table and s.is_referenced())) and not s.is_assigned():
                    free.add(s.get_name())
        return {n for n in free - bound if not hasattr(builtins, n) and n != "__file__"}

    @property
    def complete(self) -> bool:
        return not self.unbound()


def fences(page: Path) -> list[tuple[str, int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(m.group(1), text.count("\n", 0, m.start()) + 1, m.group(2)) for m in FENCE.finditer(text)]


def blocks() -> list[Block]:
    found = [Block(page, line, body) for page in PAGES for tag, line, body in fences(page) if tag == "python"]
    return [b for b in found if not SIGNATURE.match(b.source)]


def signatures() -> list[Block]:
    return [Block(API_MD, line, body) for tag, line, body in fences(API_MD) if SIGNATURE.match(body)]


BLOCKS = blocks()
SIGNATURES = signatures()


def test_every_python_sample_is_collected() -> None:
    tags = {(page.relative_to(ROOT).as_posix(), line): tag for page in PAGES for tag, line, _ in fences(page)}
    assert {t for t in tags.values()} <= ALLOWED_TAGS, {k: t for k, t in tags.items() if t not in ALLOWED_TAGS}
    raw = sum(p.read_text(encoding="utf-8").count("```python") for p in PAGES)
    assert len(SIGNATURES) == 33  # the 28 operations, the waiting and download helpers, batch, estimate_batch
    assert len(BLOCKS) + len(SIGNATURES) == raw and len(BLOCKS) >= 25
    bad = {b.name: sorted(b.unbound() - INJECTED) for b in BLOCKS if b.unbound() - INJECTED}
    assert not bad, f"docs samples use names nothing provides (only {sorted(INJECTED)} are): {bad}"


@pytest.fixture
def docs_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[StandIn, Path]]:
    with StandIn(routing="both", envelope="data") as standin:
        monkeypatch.setenv("LOWCODEAPI_BASE_URL", standin.base_url)
        monkeypatch.setenv("LOWCODEAPI_API_TOKEN", "at_docs_sample_token")
        monkeypatch.delenv("LOWCODEAPI_URL_FORMAT", raising=False)
        monkeypatch.chdir(tmp_path)
        (tmp_path / "photo.png").write_bytes(prompt_picture("a photo of a red fox"))
        yield standin, tmp_path


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_sample_runs(block: Block, docs_env: tuple[StandIn, Path]) -> None:
    from scenario_lowcodeapi import Scenario

    namespace: dict[str, object] = {"__name__": "__docs__"}
    client = None
    if not block.complete:
        client = Scenario()
        namespace.update(client=client, model_id="model_1", inference_id="inf_1")
    try:
        exec(compile(block.source, block.name, "exec"), namespace)  # noqa: S102 - our own docs
    finally:
        if client is not None:
            client.close()


def test_complete_programs_type_check(tmp_path: Path) -> None:
    programs = [b for b in BLOCKS if b.complete]
    assert len(programs) >= 5
    for index, block in enumerate(programs):
        stem = re.sub(r"\W", "_", block.name)
        (tmp_path / f"sample_{index:03d}_{stem}.py").write_text(block.source, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(MYPY_CACHE), "--no-error-summary", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("block", SIGNATURES, ids=[b.name for b in SIGNATURES])
def test_api_md_signature_is_the_methods(block: Block) -> None:
    from scenario_lowcodeapi import Scenario

    match = SIGNATURE.match(block.source)
    assert match is not None
    resource, method, rest = match.groups()
    function = ast.parse(f"def {method}{rest}: ...").body[0]
    assert isinstance(function, ast.FunctionDef)
    args = function.args
    shown = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]
    with Scenario(api_token="at_docs_sample_token") as client:
        real = inspect.signature(getattr(getattr(client, resource), method))
    assert shown == list(real.parameters), (block.name, shown, list(real.parameters))
