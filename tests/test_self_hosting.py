"""docs/configuration.md "Self-hosted LowCodeAPI" (issue #17, point 5; in README.md until issue #20), and its code
samples with those of docs/costs.md "Dry runs and costs" and docs/errors.md "Who refused", run as written against
the stand-in (the ``<!-- readme-run:NAME -->`` blocks) with their output checked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from scenario_lowcodeapi import NotFoundError, Scenario
from tests.conftest import ROOT
from tests.standin import StandIn

TOKEN = "at_self_hosting_tests"


@pytest.fixture
def old_only() -> Iterator[StandIn]:
    """What the open-source server mounts for Scenario: the old URL format only, its own envelope."""
    with StandIn(routing="old", envelope="result") as s:
        yield s


def _calls(client: Scenario) -> None:
    client.models.get("model_1")
    client.inferences.get("model_1", "inf_1")
    client.models.list_classes("model_1")
    client.models.get("model_2")


def test_auto_costs_one_404_per_base_url_then_remembers(old_only: StandIn) -> None:
    with Scenario(api_token=TOKEN, base_url=old_only.base_url) as client:
        _calls(client)
    statuses = [r.status for r in old_only.requests]
    assert statuses == [404, 200, 200, 200, 200]


def test_old_format_costs_nothing_and_the_variables_configure_it(
    old_only: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", old_only.base_url)
    monkeypatch.setenv("LOWCODEAPI_URL_FORMAT", "old")
    with Scenario(api_token=TOKEN) as client:
        assert client.client.url_format == "old"
        _calls(client)
    assert [r.status for r in old_only.requests] == [200, 200, 200, 200]
    with Scenario(api_token=TOKEN, url_format="auto") as client:  # an argument wins over its variable
        assert client.client.url_format == "auto"
    monkeypatch.setenv("LOWCODEAPI_URL_FORMAT", "older")
    with pytest.raises(ValueError, match="LOWCODEAPI_URL_FORMAT must be 'auto', 'new' or 'old', got 'older'"):
        Scenario(api_token=TOKEN)
    monkeypatch.setenv("LOWCODEAPI_URL_FORMAT", " ")
    with Scenario(api_token=TOKEN) as client:
        assert client.client.url_format == "auto"


def test_new_format_fails_on_every_path_parameter_call(old_only: StandIn) -> None:
    with Scenario(api_token=TOKEN, base_url=old_only.base_url, url_format="new") as client:
        assert client.models.list().items  # no path parameters: one form, it works
        for _ in range(2):
            with pytest.raises(NotFoundError) as info:
                client.models.get("model_1")
            assert info.value.origin == "lowcodeapi" and 'url_format="old"' in str(info.value)


def _readme_block(name: str) -> str:
    readme = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    match = re.search(rf"<!-- readme-run:{name} -->\n```python\n(.*?)```", readme, re.DOTALL)
    assert match, f"docs/ has no readme-run:{name} block"
    return match.group(1)


def test_readme_dry_run_sample(old_only: StandIn, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"model_id": "model_1"}
    with Scenario(api_token=TOKEN, base_url=old_only.base_url, url_format="old") as client:
        namespace["client"] = client
        exec(compile(_readme_block("dry-runs"), "README.md", "exec"), namespace)  # noqa: S102 - our README
    assert capsys.readouterr().out.split() == ["20", "0", "20"]  # 4 images at the stand-in's 5 units each
    assert type(namespace["quote"]).__name__ == "DryRunResponse"
    assert len(old_only.store.inferences) == 4  # the 3 seeded, and the one created after the quote


def test_readme_errors_sample(capsys: pytest.CaptureFixture[str]) -> None:
    with StandIn(routing="old", envelope="result", known_tokens={"at_another_token"}) as s:
        with Scenario(api_token=TOKEN, base_url=s.base_url, url_format="old") as client:
            exec(compile(_readme_block("errors"), "README.md", "exec"), {"client": client, "model_id": "model_1"})  # noqa: S102
    first, second = capsys.readouterr().out.splitlines()
    assert first == "403 lowcodeapi None"
    assert second.startswith("LowCodeAPI does not know this api_token: copy the current token from your ")


def test_readme_self_hosted_sample() -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_readme_block("self-hosted"), "README.md", "exec"), namespace)  # noqa: S102 - our README
    client = namespace["client"]
    assert (client.client.url_format, str(client.client.base_url)) == ("old", "http://localhost:3456/scenario")
    client.close()
