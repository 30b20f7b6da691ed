"""Tests for the LowCodeAPI stand-in server (tests/standin), with plain httpx against the real server."""

from __future__ import annotations

import base64
import contextlib
import http.client
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.schemas import scenario_swagger
from tests.standin import HANDLERS, PNG_BYTES, Envelope, Fault, StandIn, load_routes
from tests.standin.pictures import prompt_picture, remove_background

REPO = Path(__file__).resolve().parents[1]
VENDORED_SPECS = REPO / "codegen" / "spec"
TOKEN = {"api_token": "at_test_token"}


@pytest.fixture
def old() -> Iterator[StandIn]:
    with StandIn(routing="old", envelope="data") as s:
        yield s


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    # one client for the module: building an httpx.Client (its SSL context) costs ~0.1 s
    with httpx.Client(timeout=5.0, verify=False) as c:
        yield c


def get(c: httpx.Client, url: str, **params: Any) -> httpx.Response:
    return c.get(url, params={**TOKEN, **params})


def data(resp: httpx.Response) -> Any:
    """Scenario's payload, from either envelope (the default is the open-source server's ``result``)."""
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    return body["data"] if "data" in body else body["result"]


# ---------------------------------------------------------------------------------------------- routes


def test_every_intent_route_has_a_handler() -> None:
    routes = load_routes()
    assert len(routes) == 28
    assert {(r.method, r.intent_path) for r in routes} == set(HANDLERS)


def test_intent_copy_matches_vendored_spec() -> None:
    shared = VENDORED_SPECS / "lowcodeapi-scenario-intents.json"
    local = REPO / "tests" / "standin" / "scenario-intents.json"
    assert json.loads(local.read_text()) == json.loads(shared.read_text())


def test_old_routing_serves_old_format_and_json_404_for_new(old: StandIn, client: httpx.Client) -> None:
    model = data(get(client, old.url("/v1/models/modelId"), modelId="model_2"))["model"]
    assert model["id"] == "model_2"

    # LowCodeAPI's catch-all for a route it does not mount (measured on the open-source server, LOWCODEAPI.md)
    resp = get(client, old.url("/v1/models/model_2"))
    assert resp.status_code == 404
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json() == {"message": "Not Found"}

    resp = client.post(old.url("/v1/models/model_2/inferences"), params=TOKEN, json={"parameters": {"prompt": "x"}})
    assert resp.status_code == 404 and resp.json() == {"message": "Not Found"}
    # unknown paths and wrong methods are route misses too
    assert get(client, old.url("/v1/nothing")).status_code == 404
    assert client.patch(old.url("/v1/models"), params=TOKEN).json() == {"message": "Not Found"}
    assert client.get(f"http://127.0.0.1:{old.port}/elsewhere").status_code == 404


def test_route_miss_html_option_is_expresss_page(client: httpx.Client) -> None:
    with StandIn(route_miss="html") as s:
        resp = get(client, s.url("/v1/models/model_2"))
        assert resp.status_code == 404
        assert resp.headers["content-type"].startswith("text/html")
        assert "<pre>Cannot GET /scenario/v1/models/model_2</pre>" in resp.text
        assert resp.text.startswith("<!DOCTYPE html>")
        assert "at_test_token" not in resp.text
    with pytest.raises(ValueError, match="route_miss"):
        StandIn(route_miss="xml")  # type: ignore[arg-type]


def test_new_routing_serves_new_format_and_404_for_old(client: httpx.Client) -> None:
    with StandIn(routing="new") as s:
        assert data(get(client, s.url("/v1/models/model_3")))["model"]["id"] == "model_3"
        inf = data(get(client, s.url("/v1/models/model_1/inferences/inf_1")))["inference"]
        assert inf["id"] == "inf_1"

        resp = get(client, s.url("/v1/models/modelId"), modelId="model_3")
        assert resp.status_code == 404 and resp.json() == {"message": "Not Found"}
        resp = get(client, s.url("/v1/models/modelId/inferences/inferenceId"), modelId="model_1", inferenceId="inf_1")
        assert resp.status_code == 404 and resp.json() == {"message": "Not Found"}
        # routes without path parameters have one form
        assert len(data(get(client, s.url("/v1/tags")))["tags"]) == 3


def test_both_routing_serves_both_formats(client: httpx.Client) -> None:
    with StandIn(routing="both") as s:
        assert data(get(client, s.url("/v1/models/model_4")))["model"]["id"] == "model_4"
        assert data(get(client, s.url("/v1/models/modelId"), modelId="model_4"))["model"]["id"] == "model_4"
        formats = [(r.url_format, r.matched_route) for r in s.requests]
        assert formats == [("new", "/v1/models/modelId"), ("old", "/v1/models/modelId")]
        # old format without the value in the query: a 400 from the proxy
        resp = get(client, s.url("/v1/models/modelId"))
        assert resp.status_code == 400
        assert "modelId" in resp.json()["error"]["error"]  # Scenario's body under the open-source envelope's error


def test_literal_segment_beats_parameter(client: httpx.Client) -> None:
    with StandIn(routing="new") as s:
        resp = client.delete(s.url("/v1/models/model_1/inferences/all"), params=TOKEN)
        assert data(resp) == {}
        assert s.requests[-1].matched_route == "/v1/models/modelId/inferences/all"
        assert not [i for i in s.store.inferences.values() if i["modelId"] == "model_1"]
        # a GET there is the {inferenceId} route (there is no GET .../all): an inference named "all"
        resp = get(client, s.url("/v1/models/model_2/inferences/all"))
        assert resp.status_code == 404 and resp.json()["error"]["apiError"] == "notFound"
        assert s.requests[-1].matched_route == "/v1/models/modelId/inferences/inferenceId"


def test_nonexistent_ids_give_json_404(old: StandIn, client: httpx.Client) -> None:
    resp = get(client, old.url("/v1/models/modelId"), modelId="model_nope")
    assert resp.status_code == 404
    assert resp.json() == {"data": {"error": {"message": "Model model_nope not found", "code": "NOT_FOUND"}}}
    resp = get(client, old.url("/v1/models/modelId/inferences/inferenceId"), modelId="model_1", inferenceId="inf_x")
    assert resp.status_code == 404
    resp = get(client, old.url("/v1/models/modelId/inferences/inferenceId"), modelId="model_2", inferenceId="inf_1")
    assert resp.status_code == 404  # inf_1 belongs to model_1


# ------------------------------------------------------------------------------------------- envelopes


def test_result_envelope(client: httpx.Client) -> None:
    with StandIn(routing="old", envelope="result") as s:
        body = get(client, s.url("/v1/models/modelId"), modelId="model_1").json()
        assert set(body) == {"message", "provider", "result", "response_headers"}
        assert body["provider"] == "scenario" and body["result"]["model"]["id"] == "model_1"

        resp = get(client, s.url("/v1/models/modelId"), modelId="model_x")
        assert resp.status_code == 404
        err = resp.json()
        assert set(err) == {"message", "provider", "error", "headers"}
        assert set(err["error"]) == {"id", "apiError", "error", "infos", "createdAt", "updatedAt"}
        assert err["error"]["error"] == "Model model_x not found"

        resp = client.get(s.url("/v1/models"))
        assert resp.status_code == 401
        # LowCodeAPI's own rejection: no Scenario body, the status as code (check-token.ts, routes/index.ts)
        assert resp.json() == {
            "message": "A valid API token is required to access this API.",
            "provider": "scenario",
            "error": {"code": "401"},
        }


# ---------------------------------------------------------------------------------------------- token


@pytest.mark.parametrize("params", [{}, {"api_token": ""}, {"api_token": "sk_live_123"}, {"api_token": "AT_x"}])
def test_token_rule_rejects(old: StandIn, client: httpx.Client, params: dict[str, str]) -> None:
    resp = client.get(old.url("/v1/models"), params=params)
    assert resp.status_code == 401
    assert resp.json() == {
        "data": {"error": {"message": "A valid API token is required to access this API.", "code": "401"}}
    }


def test_token_rule_can_be_disabled(client: httpx.Client) -> None:
    with StandIn(token_rule=False) as s:
        assert client.get(s.url("/v1/models")).status_code == 200


def test_unmatched_route_is_404_even_without_token(old: StandIn, client: httpx.Client) -> None:
    resp = client.get(old.url("/v1/models/model_1"))
    assert resp.status_code == 404 and resp.json() == {"message": "Not Found"}


# ------------------------------------------------------------------------------------------ pagination


def test_pagination_over_five_models(old: StandIn, client: httpx.Client) -> None:
    pages: list[list[str]] = []
    token: str | None = None
    while True:
        params: dict[str, Any] = {"pageSize": 2}
        if token:
            params["paginationToken"] = token
        page = data(get(client, old.url("/v1/models"), **params))
        pages.append([m["id"] for m in page["models"]])
        token = page.get("nextPaginationToken")
        if token is None:
            assert "nextPaginationToken" not in page
            break
        assert isinstance(token, str) and "model" not in token  # opaque
    assert pages == [["model_1", "model_2"], ["model_3", "model_4"], ["model_5"]]

    whole = data(get(client, old.url("/v1/models")))
    assert len(whole["models"]) == 5 and "nextPaginationToken" not in whole
    assert get(client, old.url("/v1/models"), paginationToken="garbage!").status_code == 400
    assert get(client, old.url("/v1/models"), pageSize="0").status_code == 400
    assert get(client, old.url("/v1/models"), pageSize="two").status_code == 400


def test_seed_models_and_filters(old: StandIn, client: httpx.Client) -> None:
    old.seed_models(12)
    page = data(get(client, old.url("/v1/models"), pageSize=10))
    assert len(page["models"]) == 10 and "nextPaginationToken" in page
    public = data(get(client, old.url("/v1/models"), privacy="public"))["models"]
    assert {m["privacy"] for m in public} == {"public"} and len(public) == 6
    old.seed_models(1)
    assert [m["id"] for m in data(get(client, old.url("/v1/models")))["models"]] == ["model_1"]


def test_other_paginated_lists(old: StandIn, client: httpx.Client) -> None:
    infs = data(get(client, old.url("/v1/inferences"), pageSize=2))
    assert len(infs["inferences"]) == 2 and "nextPaginationToken" in infs
    infs2 = data(get(client, old.url("/v1/inferences"), pageSize=2, paginationToken=infs["nextPaginationToken"]))
    assert [i["id"] for i in infs2["inferences"]] == ["inf_3"] and "nextPaginationToken" not in infs2
    per_model = data(get(client, old.url("/v1/models/modelId/inferences"), modelId="model_1"))
    assert [i["id"] for i in per_model["inferences"]] == ["inf_1", "inf_2"]
    classes = data(get(client, old.url("/v1/models/modelId/classes"), modelId="model_1", pageSize=3))
    assert len(classes["classes"]) == 3 and "nextPaginationToken" in classes
    chars = data(get(client, old.url("/v1/models/modelId/classes"), modelId="model_1", category="characters"))
    assert {c["category"] for c in chars["classes"]} == {"characters"}
    tags = data(get(client, old.url("/v1/tags"), pageSize=2))
    assert len(tags["tags"]) == 2 and "nextPaginationToken" in tags


# ----------------------------------------------------------------------------------- stateful behaviour


def _create_inference(s: StandIn, c: httpx.Client, model_id: str = "model_1", **params: Any) -> dict[str, Any]:
    body = {"parameters": {"type": "txt2img", "prompt": "a red fox", "numSamples": 3, **params}}
    resp = c.post(s.url("/v1/models/modelId/inferences"), params={**TOKEN, "modelId": model_id}, json=body)
    out: dict[str, Any] = data(resp)
    return out


def _get_inference(s: StandIn, c: httpx.Client, inf_id: str, model_id: str = "model_1") -> dict[str, Any]:
    out: dict[str, Any] = data(
        get(c, s.url("/v1/models/modelId/inferences/inferenceId"), modelId=model_id, inferenceId=inf_id)
    )["inference"]
    return out


def test_inference_status_progression(old: StandIn, client: httpx.Client) -> None:
    created = _create_inference(old, client)
    assert set(created) == {"inference", "job", "creativeUnitsCost"}
    inf = created["inference"]
    assert inf["status"] == "queued" and inf["images"] == [] and inf["imagesNumber"] == 3
    assert created["job"]["status"] == "queued" and created["creativeUnitsCost"] > 0

    seen = [_get_inference(old, client, inf["id"])["status"] for _ in range(4)]
    assert seen == ["in-progress", "succeeded", "succeeded", "succeeded"]
    final = _get_inference(old, client, inf["id"])
    assert len(final["images"]) == 3
    # listing does not advance; the new inference is listed
    listed = data(get(client, old.url("/v1/models/modelId/inferences"), modelId="model_1"))["inferences"]
    assert inf["id"] in [i["id"] for i in listed]
    # images are downloadable PNGs
    image = final["images"][0]
    assert image["url"].startswith(old.base_url + "/__asset__/")
    png = client.get(image["url"])
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert png.content == prompt_picture(final["parameters"]["prompt"], 0)  # drawn from the prompt (pictures.py)
    got = data(
        get(
            client,
            old.url("/v1/models/modelId/inferences/inferenceId/images/imageId"),
            modelId="model_1",
            inferenceId=inf["id"],
            imageId=image["id"],
        )
    )
    assert got == {"image": image}


def test_inference_custom_statuses(client: httpx.Client) -> None:
    with StandIn(inference_statuses=("queued", "failed")) as s:
        inf = _create_inference(s, client)["inference"]
        assert inf["status"] == "queued"
        assert [_get_inference(s, client, inf["id"])["status"] for _ in range(3)] == ["failed"] * 3
        assert _get_inference(s, client, inf["id"])["images"] == []


def test_inference_validation(old: StandIn, client: httpx.Client) -> None:
    url, params = old.url("/v1/models/modelId/inferences"), {**TOKEN, "modelId": "model_1"}
    assert client.post(url, params=params, json={}).status_code == 400
    assert client.post(url, params=params, json={"parameters": {"numSamples": 2}}).status_code == 400
    assert client.post(url, params={**TOKEN, "modelId": "model_404"}, json={"parameters": {}}).status_code == 404
    new = data(client.post(old.url("/v1/models"), params=TOKEN, json={"name": "fresh"}))["model"]
    assert new["status"] == "new"
    resp = client.post(url, params={**TOKEN, "modelId": new["id"]}, json={"parameters": {"prompt": "x"}})
    assert resp.status_code == 400 and "not trained" in resp.json()["data"]["error"]["message"]


def test_model_lifecycle(old: StandIn, client: httpx.Client) -> None:
    p = TOKEN
    created = data(client.post(old.url("/v1/models"), params=p, json={"name": "Mine", "classSlug": "dog"}))["model"]
    mid = created["id"]
    assert created["name"] == "Mine" and created["class"]["slug"] == "dog" and mid == "model_6"
    assert client.post(old.url("/v1/models"), params=p, json={"classSlug": "nope"}).status_code == 400

    updated = data(client.put(old.url("/v1/models/modelId"), params={**p, "modelId": mid}, json={"name": "Renamed"}))
    assert updated["model"]["name"] == "Renamed"

    ti = data(
        client.post(
            old.url("/v1/models/modelId/training-images"),
            params={**p, "modelId": mid},
            json={"data": "data:image/png;base64," + base64.b64encode(PNG_BYTES).decode(), "name": "a.png"},
        )
    )["trainingImage"]
    assert ti["name"] == "a.png" and old.store.models[mid]["trainingImagesNumber"] == 1

    trained = data(client.put(old.url("/v1/models/modelId/train"), params={**p, "modelId": mid}, json={}))
    assert trained["model"]["status"] == "training" and trained["job"]["jobType"] == "model-training"
    statuses = [data(get(client, old.url("/v1/models/modelId"), modelId=mid))["model"]["status"] for _ in range(3)]
    assert statuses == ["trained", "trained", "trained"]

    cats = data(get(client, old.url("/v1/models/modelId/categories"), modelId=mid))["categories"]
    assert {c["slug"] for c in cats} == {"characters", "animals", "objects", "styles"}

    copy = data(client.post(old.url("/v1/models/modelId/copy"), params={**p, "modelId": mid}))["model"]
    assert copy["status"] == "copying" and copy["id"] != mid
    assert data(get(client, old.url("/v1/models/modelId"), modelId=copy["id"]))["model"]["status"] == "trained"

    url = old.url("/v1/models/modelId/training-images/trainingImageId")
    assert data(client.delete(url, params={**p, "modelId": mid, "trainingImageId": ti["id"]})) == {}
    assert client.delete(url, params={**p, "modelId": mid, "trainingImageId": ti["id"]}).status_code == 404

    moved = data(
        client.post(
            old.url("/v1/models/modelId/transfer"),
            params={**p, "modelId": copy["id"]},
            json={"destinationProjectId": "proj_other", "destinationTeamId": "team_other"},
        )
    )["model"]
    assert moved["projectId"] == "proj_other" and moved["ownerId"] == "team_other"
    assert moved["parentModelId"] == copy["id"] and moved["id"] in old.store.models
    bad = client.post(old.url("/v1/models/modelId/transfer"), params={**p, "modelId": mid}, json={"asCopy": True})
    assert bad.status_code == 400 and "destinationProjectId" in bad.text

    assert data(client.delete(old.url("/v1/models/modelId"), params={**p, "modelId": mid})) == {}
    assert get(client, old.url("/v1/models/modelId"), modelId=mid).status_code == 404


def test_training_statuses_option(client: httpx.Client) -> None:
    with StandIn(training_statuses=("training", "training", "failed")) as s:
        url = s.url("/v1/models/modelId")
        assert data(client.put(s.url("/v1/models/modelId/train"), params={**TOKEN, "modelId": "model_1"}, json={}))
        assert [data(get(client, url, modelId="model_1"))["model"]["status"] for _ in range(3)] == [
            "training",
            "failed",
            "failed",
        ]


def test_deletions(old: StandIn, client: httpx.Client) -> None:
    p = {**TOKEN, "modelId": "model_1"}
    assert data(client.delete(old.url("/v1/models/modelId/images"), params={**p, "ids": "asset_inf_1_1"})) == {}
    assert [i["id"] for i in old.store.inferences["inf_1"]["images"]] == ["asset_inf_1_2"]
    assert client.delete(old.url("/v1/models/modelId/images"), params=p).status_code == 400
    url = old.url("/v1/models/modelId/inferences/inferenceId/images/imageId")
    assert data(client.delete(url, params={**p, "inferenceId": "inf_1", "imageId": "asset_inf_1_2"})) == {}
    assert old.store.inferences["inf_1"]["images"] == []
    assert data(client.delete(old.url("/v1/models/modelId/inferences"), params={**p, "inferenceIds": "inf_1"})) == {}
    assert "inf_1" not in old.store.inferences and "inf_2" in old.store.inferences
    url = old.url("/v1/models/modelId/inferences/inferenceId")
    assert data(client.delete(url, params={**p, "inferenceId": "inf_2"})) == {}
    assert client.delete(url, params={**p, "inferenceId": "inf_2"}).status_code == 404


@pytest.mark.parametrize("route", ["erase-background", "pixelate", "remove-background", "upscale"])
def test_image_editing(old: StandIn, client: httpx.Client, route: str) -> None:
    field = "data" if route == "remove-background" else "image"
    data_url = "data:image/png;base64," + base64.b64encode(PNG_BYTES).decode()
    body = {field: data_url, "returnImage": True, "name": "in.png"}
    out = data(client.put(old.url(f"/v1/images/{route}"), params=TOKEN, json=body))
    assert set(out) == {"asset", "image", "creativeUnitsCost"}
    # the background routes really remove the background (pictures.py); the others answer the placeholder
    expected = remove_background(PNG_BYTES) if route.endswith("background") else PNG_BYTES
    assert base64.b64decode(out["image"]) == expected
    assert out["asset"]["mimeType"] == "image/png" and client.get(out["asset"]["url"]).content == expected
    assert old.requests[-2].json == body  # [-1] is the asset download

    out = data(client.put(old.url(f"/v1/images/{route}"), params=TOKEN, json={field: data_url, "returnImage": False}))
    assert set(out) == {"asset", "creativeUnitsCost"}
    assert client.put(old.url(f"/v1/images/{route}"), params=TOKEN, json={}).status_code == 400


def test_usages_reflect_activity(old: StandIn, client: httpx.Client) -> None:
    before = data(get(client, old.url("/v1/usages")))
    assert set(before) == {"activity", "consumption", "usages"}
    _create_inference(old, client)
    after = data(get(client, old.url("/v1/usages")))
    assert after["consumption"][0]["value"] > before["consumption"][0]["value"]


def test_store_is_tweakable(old: StandIn, client: httpx.Client) -> None:
    old.store.models["model_1"]["status"] = "failed"
    assert data(get(client, old.url("/v1/models/modelId"), modelId="model_1"))["model"]["status"] == "failed"
    assert data(get(client, old.url("/v1/models"), status="failed"))["models"][0]["id"] == "model_1"


# ---------------------------------------------------------------------------------------------- faults


def test_fault_status_with_headers(client: httpx.Client) -> None:
    envelopes: tuple[Envelope, ...] = ("data", "result")
    for envelope in envelopes:
        with StandIn(envelope=envelope) as s:
            s.inject(Fault(status=503, headers={"Retry-After": "0"}))
            resp = get(client, s.url("/v1/models"))
            assert resp.status_code == 503 and resp.headers["retry-after"] == "0"
            body = resp.json()
            if envelope == "data":
                assert body["data"]["error"]["code"] == "SERVICE_UNAVAILABLE"
            else:
                assert body["provider"] == "scenario" and "apiError" in body["error"]
            assert get(client, s.url("/v1/models")).status_code == 200  # consumed once


def test_fault_custom_body_and_order(old: StandIn, client: httpx.Client) -> None:
    old.inject(
        Fault(status=429, body={"reason": "slow down", "name": "PlanLimitReachedError", "details": {}}),
        Fault(status=500),
    )
    first, second, third = (get(client, old.url("/v1/tags")) for _ in range(3))
    assert first.status_code == 429 and first.json()["name"] == "PlanLimitReachedError"
    assert second.status_code == 500 and second.json()["data"]["error"]["code"] == "INTERNAL_SERVER_ERROR"
    assert third.status_code == 200
    assert [r.fault for r in old.requests] == ["status", "status", None]
    assert [r.status for r in old.requests] == [429, 500, 200]


def test_fault_filters_by_method_and_path(old: StandIn, client: httpx.Client) -> None:
    old.inject(Fault(status=502, method="POST", path="/inferences"))
    assert get(client, old.url("/v1/models/modelId/inferences"), modelId="model_1").status_code == 200
    assert get(client, old.url("/v1/tags")).status_code == 200
    resp = client.post(
        old.url("/v1/models/modelId/inferences"), params={**TOKEN, "modelId": "model_1"}, json={"parameters": {}}
    )
    assert resp.status_code == 502
    assert old.pending_faults == []


def test_fault_html(old: StandIn, client: httpx.Client) -> None:
    old.inject(Fault(kind="html", status=502))
    resp = get(client, old.url("/v1/models"))
    assert resp.status_code == 502 and resp.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in resp.text


def test_fault_drop(old: StandIn, client: httpx.Client) -> None:
    old.inject(Fault(kind="drop"))
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(old.url("/v1/models"), params=TOKEN, json={"name": "dropped"})
    assert old.requests[-1].fault == "drop" and old.requests[-1].json == {"name": "dropped"}
    assert old.requests[-1].status is None
    assert len(old.store.models) == 5  # no effect
    assert get(client, old.url("/v1/models")).status_code == 200  # the client recovers on a new connection


def test_fault_truncated(old: StandIn, client: httpx.Client) -> None:
    old.inject(Fault(kind="truncated"))
    resp = get(client, old.url("/v1/models"))
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/json")
    assert int(resp.headers["content-length"]) == len(resp.content) > 0
    with pytest.raises(json.JSONDecodeError):
        resp.json()


def test_fault_slow_still_takes_effect(old: StandIn, client: httpx.Client) -> None:
    old.inject(Fault(kind="slow", delay=0.3))
    started = time.monotonic()
    model = data(client.post(old.url("/v1/models"), params=TOKEN, json={"name": "slowpoke"}))["model"]
    assert time.monotonic() - started >= 0.3
    assert model["id"] in old.store.models and old.requests[-1].fault == "slow"


def test_fault_hang(old: StandIn) -> None:
    old.inject(Fault(kind="hang", delay=0.6))
    started = time.monotonic()
    with httpx.Client(timeout=0.2) as c, pytest.raises(httpx.ReadTimeout):
        c.get(old.url("/v1/models"), params=TOKEN)
    assert time.monotonic() - started < 0.55
    assert old.requests[-1].fault == "hang" and old.requests[-1].status is None
    # after `delay` the server closes the connection without answering
    with httpx.Client(timeout=2.0) as c:
        old.inject(Fault(kind="hang", delay=0.2))
        with pytest.raises(httpx.RemoteProtocolError):
            c.get(old.url("/v1/models"), params=TOKEN)


def test_fault_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError):
        Fault(kind="explode")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- recording


def test_request_recording(old: StandIn, client: httpx.Client) -> None:
    client.post(
        old.url("/v1/models/modelId/inferences"),
        params={**TOKEN, "modelId": "model_1"},
        json={"parameters": {"prompt": "p"}},
        headers={"x-credential-key": "k", "x-credential-value": "v"},
    )
    rec = old.requests[-1]
    assert rec.method == "POST"
    assert rec.path == "/scenario/v1/models/modelId/inferences"
    assert rec.query == {"api_token": "at_test_token", "modelId": "model_1"}
    assert rec.json == {"parameters": {"prompt": "p"}}
    assert rec.headers["x-credential-key"] == "k" and rec.headers["content-type"] == "application/json"
    assert rec.url_format == "old" and rec.matched_route == "/v1/models/modelId/inferences"
    assert rec.status == 200

    get(client, old.url("/v1/models/model_1/inferences"))
    rec = old.requests[-1]
    assert rec.url_format == "new" and rec.matched_route is None and rec.status == 404 and rec.json is None
    get(client, old.url("/v1/usages"))
    assert old.requests[-1].url_format == "none" and old.requests[-1].matched_route == "/v1/usages"

    assert len(old.requests) == 3
    old.reset_requests()
    assert old.requests == []


# ------------------------------------------------------------------------------------- server plumbing


def test_keep_alive_and_content_length(old: StandIn) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", old.port, timeout=5)
    try:
        for path in ("/scenario/v1/models?api_token=at_x", "/scenario/v1/tags?api_token=at_x", "/scenario/nope"):
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            assert resp.version == 11 and int(resp.getheader("Content-Length") or -1) == len(body)
            assert not resp.will_close
    finally:
        conn.close()


def test_stop_is_prompt_and_restartable() -> None:
    s = StandIn().start()
    idle = http.client.HTTPConnection("127.0.0.1", s.port, timeout=5)
    idle.request("GET", "/scenario/v1/tags?api_token=at_x")
    idle.getresponse().read()  # leaves an idle keep-alive connection
    s.inject(Fault(kind="hang", delay=30))

    def hang() -> None:
        with contextlib.suppress(httpx.HTTPError):
            httpx.get(s.url("/v1/tags"), params=TOKEN, timeout=10)

    hung = threading.Thread(target=hang, daemon=True)
    hung.start()
    deadline = time.monotonic() + 2
    while not s.requests[1:] and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    s.stop()
    assert time.monotonic() - started < 2
    with pytest.raises(httpx.ConnectError):
        httpx.get(s.url("/v1/tags"), params=TOKEN, timeout=1)
    idle.close()
    with s:
        assert httpx.get(s.url("/v1/tags"), params=TOKEN, timeout=2).status_code == 200
    s.stop()  # idempotent


def test_concurrent_requests_are_safe(old: StandIn) -> None:
    def worker(out: list[str]) -> None:
        with httpx.Client(timeout=5) as c:
            for _ in range(5):
                out.append(_create_inference(old, c)["inference"]["id"])

    results: list[list[str]] = [[] for _ in range(4)]
    threads = [threading.Thread(target=worker, args=(r,)) for r in results]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [i for r in results for i in r]
    assert len(ids) == 20 == len(set(ids))
    assert len(old.requests) == 20


def test_cli_prints_banner_and_serves() -> None:
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "tests.standin", "--port", "0", "--routing", "both", "--envelope", "result"),
            *("--known-token", TOKEN["api_token"], "--known-token", "at_other", "--dry-run-status", "269"),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("LowCodeAPI stand-in on http://127.0.0.1:")
        assert line.endswith("/scenario (routing=both, envelope=result)")
        base = line.split(" on ", 1)[1].split(" ", 1)[0]
        resp = httpx.get(base + "/v1/models/model_1", params=TOKEN, timeout=5)
        assert resp.json()["result"]["model"]["id"] == "model_1"
        assert resp.json()["message"] == "Request completed"
        assert httpx.get(base + "/v1/models", params={"api_token": "at_stranger"}, timeout=5).status_code == 403
        dry = httpx.put(base + "/v1/models/model_1/train", params={**TOKEN, "dryRun": "true"}, json={}, timeout=5)
        assert dry.status_code == 269 and dry.json()["result"] == {"creativeUnitsCost": 100, "creativeUnitsDiscount": 0}
        assert httpx.get(base + "/v1/nothing", timeout=5).json() == {"message": "Not Found"}
    finally:
        proc.terminate()
        code = proc.wait(timeout=5)
    assert code == 0  # SIGTERM stops it cleanly
    assert proc.stderr is not None and proc.stderr.read() == ""


# ------------------------------------------------------------------------- payloads vs official schema


def _swagger_definitions() -> dict[str, Any]:
    defs: dict[str, Any] = scenario_swagger()["definitions"]
    return defs


def _conforms(defs: dict[str, Any], schema: dict[str, Any], value: Any, where: str, problems: list[str]) -> None:
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    kind = schema.get("type")
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in enum")
    if kind == "object" or "properties" in schema:
        if not isinstance(value, dict):
            problems.append(f"{where}: expected object, got {type(value).__name__}")
            return
        for name in schema.get("required", []):
            if name not in value:
                problems.append(f"{where}: missing required {name!r}")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                _conforms(defs, sub, value[name], f"{where}.{name}", problems)
    elif kind == "array":
        if not isinstance(value, list):
            problems.append(f"{where}: expected array, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            _conforms(defs, schema.get("items", {}), item, f"{where}[{i}]", problems)
    elif kind == "string" and not isinstance(value, str):
        problems.append(f"{where}: expected string, got {value!r}")
    elif kind in ("number", "integer") and (isinstance(value, bool) or not isinstance(value, int | float)):
        problems.append(f"{where}: expected number, got {value!r}")
    elif kind == "boolean" and not isinstance(value, bool):
        problems.append(f"{where}: expected boolean, got {value!r}")


def test_payloads_conform_to_official_definitions(client: httpx.Client) -> None:
    defs = _swagger_definitions()
    checked: dict[str, Any] = {}
    with StandIn(routing="new", inference_statuses=("queued", "succeeded")) as s:
        p = TOKEN
        u = s.url
        png = "data:image/png;base64," + base64.b64encode(PNG_BYTES).decode()

        def check(definition: str, resp: httpx.Response) -> Any:
            payload = data(resp)
            problems: list[str] = []
            _conforms(defs, defs[definition], payload, definition, problems)
            assert not problems, problems
            checked[definition] = payload
            return payload

        check("GetModelsResponse", client.get(u("/v1/models"), params=p))
        new = check(
            "PostModelsResponse", client.post(u("/v1/models"), params=p, json={"name": "n", "classSlug": "man"})
        )
        mid = new["model"]["id"]
        check("GetModelsByModelIdResponse", client.get(u("/v1/models/model_1"), params=p))
        check("PutModelsByModelIdResponse", client.put(u(f"/v1/models/{mid}"), params=p, json={"name": "m"}))
        check("GetModelsCategoriesByModelIdResponse", client.get(u("/v1/models/model_1/categories"), params=p))
        check("GetModelsClassesByModelIdResponse", client.get(u("/v1/models/model_1/classes"), params=p))
        check("PostModelsCopyByModelIdResponse", client.post(u("/v1/models/model_2/copy"), params=p))
        ti = check(
            "PostModelsTrainingImagesByModelIdResponse",
            client.post(u(f"/v1/models/{mid}/training-images"), params=p, json={"data": png, "name": "t.png"}),
        )
        check("PutModelsTrainByModelIdResponse", client.put(u(f"/v1/models/{mid}/train"), params=p, json={}))
        check("GetModelsByModelIdResponse", client.get(u(f"/v1/models/{mid}"), params=p))
        check(
            "PostModelsTransferByModelIdResponse",
            client.post(u("/v1/models/model_3/transfer"), params=p, json={"destinationProjectId": "p"}),
        )
        check("GetInferencesResponse", client.get(u("/v1/inferences"), params=p))
        check("GetModelsInferencesByModelIdResponse", client.get(u("/v1/models/model_1/inferences"), params=p))
        created = check(
            "PostModelsInferencesByModelIdResponse",
            client.post(u("/v1/models/model_1/inferences"), params=p, json={"parameters": {"prompt": "a cat"}}),
        )
        inf_id = created["inference"]["id"]
        got = check(
            "GetModelsInferencesByModelIdAndInferenceIdResponse",
            client.get(u(f"/v1/models/model_1/inferences/{inf_id}"), params=p),
        )
        image_id = got["inference"]["images"][0]["id"]
        check(
            "GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
            client.get(u(f"/v1/models/model_1/inferences/{inf_id}/images/{image_id}"), params=p),
        )
        for route in ("erase-background", "pixelate", "remove-background"):
            field = "data" if route == "remove-background" else "image"
            check("PutImagesEraseBackgroundResponse", client.put(u(f"/v1/images/{route}"), params=p, json={field: png}))
        check("PutImageUpscaleResponse", client.put(u("/v1/images/upscale"), params=p, json={"image": png}))
        check("GetTagsResponse", client.get(u("/v1/tags"), params=p))
        check("GetUsagesResponse", client.get(u("/v1/usages"), params=p))
        base = f"/v1/models/{mid}"
        check(
            "DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse",
            client.delete(u(f"{base}/training-images/{ti['trainingImage']['id']}"), params=p),
        )
        deletes: list[tuple[str, str, dict[str, str]]] = [
            ("DeleteModelsImagesByModelIdResponse", "/v1/models/model_1/images", {"ids": image_id}),
            (
                "DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
                "/v1/models/model_1/inferences/inf_1/images/asset_inf_1_1",
                {},
            ),
            ("DeleteModelsInferencesByModelIdAndInferenceIdResponse", "/v1/models/model_1/inferences/inf_2", {}),
            ("DeleteModelsInferencesByModelIdResponse", "/v1/models/model_1/inferences", {"inferenceIds": "inf_1"}),
            ("DeleteModelsInferencesAllByModelIdResponse", "/v1/models/model_2/inferences/all", {}),
            ("DeleteModelsByModelIdResponse", base, {}),
        ]
        for definition, path, extra in deletes:
            check(definition, client.delete(u(path), params={**p, **extra}))
    assert len(checked) == 26
    assert {r.matched_route for r in s.requests if r.matched_route} == {r.intent_path for r in load_routes()}


# ------------------------------------------------------------------- the real server's rejections (LOWCODEAPI.md)


def test_lowcodeapis_own_rejections_follow_the_open_source_server(client: httpx.Client) -> None:
    known, unconnected = "at_known_1", "at_unconnected_1"
    with StandIn(envelope="result", known_tokens={known, unconnected}, unconnected_tokens={unconnected}) as s:

        def answer(token: str) -> tuple[int, Any]:
            resp = client.get(s.url("/v1/models"), params={"api_token": token})
            return resp.status_code, resp.json()

        assert answer("at_stranger") == (
            403,
            {"message": "Invalid api_token", "provider": "scenario", "error": {"code": "403"}},
        )
        assert answer(unconnected) == (
            403,
            {"message": "Request failed", "provider": "scenario", "error": {"code": "403"}},
        )
        assert answer(known)[0] == 200
        s.scenario_key_valid = False
        status, body = answer(known)
        assert status == 401 and body["error"]["apiError"] == "unauthorized" and body["provider"] == "scenario"
        s.upstream_reachable = False
        assert answer(known) == (
            500,
            {"message": "connect ECONNREFUSED 127.0.0.1:443", "provider": "scenario", "error": {"code": "500"}},
        )
        assert answer("nope")[0] == 401  # the token check comes first
