"""Every command of the block in docs/cli.md (the "Command line" page; README's section until issue #20) runs against the stand-in and exits 0."""

from __future__ import annotations

import shlex
from pathlib import Path

from tests.cli.conftest import run_cli
from tests.conftest import ROOT
from tests.standin import StandIn


def readme_commands() -> list[list[str]]:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = text.split("<!-- cli:start", 1)[1].split("<!-- cli:end -->", 1)[0]
    commands = [shlex.split(line, comments=True) for line in block.splitlines() if line.startswith("scenario-")]
    return [c[1:] for c in commands if c and c[0] == "scenario-lowcodeapi"]


def test_readme_commands_run(tmp_path: Path) -> None:
    commands = readme_commands()
    assert len(commands) == 9
    with StandIn(routing="both", envelope="data") as standin:
        for args in commands:
            run = run_cli(*args, base_url=standin.base_url, cwd=str(tmp_path))
            assert run.status == 0, (args, run.stdout, run.stderr)
            assert run.stdout.strip(), args
    assert sorted(p.name for p in (tmp_path / "pictures").iterdir()) == ["asset_inf_1_1.png", "asset_inf_1_2.png"]
    sprites = tmp_path / "sprites"  # generate: 2 prompts x --num 2, and the journal that makes a re-run resume
    assert len(list(sprites.glob("*.png"))) == 4 and (sprites / "scenario-batch.jsonl").is_file()
