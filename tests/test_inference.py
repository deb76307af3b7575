"""Inference on a deployed real-time service: ``Session.predict``/``apredict`` and the emulator's toy model.

Through the live emulator (real sockets, signed requests, manual clock): what the client sends for
each data type, what the toy model answers (its documented rule, recomputed here), and every way the
call can be refused -- by the client before sending, by the auth, by the service's state, by the body.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from modelarts_client.models import ServiceCreateRequest
from modelarts_emulator.inference import LABELS, MAX_FILES
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ServiceNotReadyError,
    Session,
)
from modelarts_overlays.signing import AkSkAuth

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(64))


def expected_class(digest: str) -> dict[str, Any]:
    """The toy model's documented rule (emulator/modelarts_emulator/inference.py), recomputed."""
    n = int(digest[:8], 16)
    return {"label": LABELS[n % 4], "score": round(0.5 + (n // 4 % 5000) / 10000, 4)}


def canonical_digest(document: Any) -> str:
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def deploy(emulator: EmulatorHandle, session: Session, *weights: int, infer_type: str = "real-time") -> str:
    """A running service of ``infer_type`` with one published model version per weight."""
    model_ids = []
    for index, _ in enumerate(weights or (100,)):
        created = session.call(
            "create_model",
            body={
                "model_name": f"toy-{uuid.uuid4().hex[:6]}",
                "model_version": f"1.0.{index}",
                "source_location": "https://models.obs.example.com/toy",
                "model_type": "TensorFlow",
            },
        )
        model_ids.append(created.model_id)
    emulator.advance(10)
    config: list[dict[str, Any]]
    if infer_type == "real-time":
        config = [
            {"model_id": mid, "weight": w, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}
            for mid, w in zip(model_ids, weights or (100,), strict=True)
        ]
    else:
        config = [{"model_id": model_ids[0], "specification": "modelarts.vm.cpu.2u", "instance_count": 1,
                   "src_path": "https://bucket.obs.example.com/in/", "dest_path": "https://bucket.obs.example.com/out/",
                   "req_uri": "/", "mapping_type": "file"}]  # fmt: skip
    name = f"svc-{uuid.uuid4().hex[:8]}"
    body = ServiceCreateRequest.from_dict({"service_name": name, "infer_type": infer_type, "config": config})
    deployed = session.call("create_service", body=body)
    emulator.advance(10)
    assert isinstance(deployed.service_id, str)
    return deployed.service_id


@pytest.fixture
def service(env: tuple[EmulatorHandle, Session]) -> str:
    emulator, session = env
    return deploy(emulator, session)


def test_json_prediction_follows_the_documented_rule(env: tuple[EmulatorHandle, Session], service: str) -> None:
    _, session = env
    data = {"instances": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "threshold": 0.5}
    answer = session.predict(service, data=data)
    [prediction] = answer["predictions"]
    digest = canonical_digest(data)
    assert prediction == {
        "input": "json",
        "size": len(json.dumps(data, ensure_ascii=False).encode()),
        "sha256": digest,
        "shape": {"instances": [2, 3], "threshold": []},
        **expected_class(digest),
    }
    detail = session.call_json("get_service", service_id=service)
    assert answer["service_id"] == service
    assert answer["model_id"] == detail["config"][0]["model_id"] and answer["path"] == "/"
    # Deterministic, and blind to key order and spacing; another input gets another digest.
    again = session.predict(service, data={"threshold": 0.5, "instances": data["instances"]})
    assert again["predictions"][0]["sha256"] == digest
    assert session.predict(service, data={"x": 1})["predictions"][0]["sha256"] != digest


def test_a_json_file_an_image_and_a_file(env: tuple[EmulatorHandle, Session], service: str, tmp_path: Path) -> None:
    _, session = env
    doc = tmp_path / "input.json"
    doc.write_text('{"observations": [[1, 2, 3, 4]]}', encoding="utf-8")
    from_file = session.predict(service, data=doc, data_type="json")
    assert from_file["predictions"][0]["shape"] == {"observations": [1, 4]}

    image = tmp_path / "cat.png"
    image.write_bytes(PNG)
    [seen] = session.predict(service, data=image, data_type="images")["predictions"]
    digest = hashlib.sha256(PNG).hexdigest()
    assert seen == {
        "input": "file",
        "field": "images",
        "filename": "cat.png",
        "content_type": "image/png",
        "size": len(PNG),
        "sha256": digest,
        "format": "png",
        **expected_class(digest),
    }
    every_byte = bytes(range(256)) * 3 + b"\r\n--\r\n" + b"\r\n" * 100_000  # breaks and dashes survive
    [raw] = session.predict(service, data=every_byte, data_type="files", field="payload", path="/v1/score")[
        "predictions"
    ]
    assert (raw["field"], raw["filename"], raw["size"]) == ("payload", "data.bin", len(every_byte))
    assert raw["sha256"] == hashlib.sha256(every_byte).hexdigest() and "format" not in raw


def test_access_address_spares_the_lookup_and_async_agrees(env: tuple[EmulatorHandle, Session], service: str) -> None:
    emulator, session = env
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str) and address.startswith(emulator.url) and address.endswith(service)
    sync = session.predict(access_address=address, data=[1, 2, 3], path="/predict")
    assert sync["path"] == "/predict" and sync["predictions"][0]["shape"] == [3]

    async def both() -> tuple[Any, Any]:
        async with Session(
            access_key=emulator.access_key,
            secret_key=emulator.secret_key,
            project_id=session.project_id,
            endpoint=emulator.url,
        ) as other:
            return await other.apredict(service, data=[1, 2, 3], path="/predict"), await other.apredict(
                access_address=address, data=PNG, data_type="images"
            )

    by_id, image = asyncio.run(both())
    assert by_id == sync
    assert image["predictions"][0]["format"] == "png"


def test_weights_split_traffic_repeatably(env: tuple[EmulatorHandle, Session]) -> None:
    emulator, session = env
    service = deploy(emulator, session, 30, 70)
    detail = session.call_json("get_service", service_id=service)
    first, second = (item["model_id"] for item in detail["config"])
    picked = {}
    for value in range(40):
        answer = session.predict(service, data={"value": value})
        n = int(canonical_digest({"value": value})[:8], 16)
        picked[value] = answer["model_id"]
        assert answer["model_id"] == (first if n % 100 < 30 else second)
    assert set(picked.values()) == {first, second}


def test_the_service_must_be_a_running_real_time_one(env: tuple[EmulatorHandle, Session]) -> None:
    emulator, session = env
    service = deploy(emulator, session)
    session.call("update_service", service_id=service, body={"status": "stopped"})
    with pytest.raises(ConflictError) as stopped:
        session.predict(service, data={"x": 1})
    assert stopped.value.error_code == "ModelArts.3519" and "stopped" in str(stopped.value)
    session.call("update_service", service_id=service, body={"status": "running"})
    with pytest.raises(ConflictError, match="deploying"):
        session.predict(service, data={"x": 1})
    emulator.advance(10)
    assert session.predict(service, data={"x": 1})["service_id"] == service

    batch = deploy(emulator, session, infer_type="batch")
    with pytest.raises(ServiceNotReadyError, match="batch"):
        session.predict(batch, data={"x": 1})
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str)
    with pytest.raises(NotFoundError) as no_address:
        session.predict(access_address=address.replace(service, batch), data={"x": 1})
    assert no_address.value.error_code == "ModelArts.3502"
    session.call("delete_service", service_id=service)
    with pytest.raises(NotFoundError):
        session.predict(access_address=address, data={"x": 1})


def test_credentials_out_of_scope_or_missing_are_refused(env: tuple[EmulatorHandle, Session], service: str) -> None:
    emulator, session = env
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str)

    def session_as(project_id: str, secret_key: str) -> Session:
        return Session(
            access_key=emulator.access_key, secret_key=secret_key, project_id=project_id, endpoint=emulator.url
        )

    with session_as(uuid.uuid4().hex, emulator.secret_key) as elsewhere:
        with pytest.raises(PermissionDeniedError):
            elsewhere.predict(access_address=address, data={"x": 1})
        with pytest.raises(NotFoundError):  # its own project has no such service
            elsewhere.predict(access_address=address.replace(session.project_id, elsewhere.project_id), data={"x": 1})
    with session_as(session.project_id, "wrong") as bad, pytest.raises(AuthenticationError):
        bad.predict(access_address=address, data={"x": 1})
    unsigned = httpx.post(address, json={"x": 1})
    assert unsigned.status_code == 401 and unsigned.json()["error_code"] == "APIG.0301"


def raw_post(emulator: EmulatorHandle, address: str, **kwargs: Any) -> httpx.Response:
    auth = AkSkAuth(emulator.access_key, emulator.secret_key)
    with httpx.Client(auth=auth) as client:
        return client.post(address, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"content": b""}, 400),
        ({"content": b"not json", "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b'{"x": NaN}', "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b'{"x": 1e400}', "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b"[" * 5000 + b"]" * 5000, "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b'{"x": "\\ud800"}', "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b"\xff\xfe\x00", "headers": {"Content-Type": "application/json"}}, 400),
        ({"content": b"hello", "headers": {"Content-Type": "text/plain"}}, 400),
        ({"content": b"--x--\r\n", "headers": {"Content-Type": "multipart/form-data; boundary=x"}}, 400),
        ({"content": b"garbage", "headers": {"Content-Type": "multipart/form-data"}}, 400),
        ({"data": {"field": "value"}, "files": {}}, 400),
        ({"files": [("f", (f"{i}.bin", b"x")) for i in range(MAX_FILES + 1)]}, 400),
        ({"content": b'--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n\r\nx\r\n' * 150_000
          + b"--b--\r\n", "headers": {"Content-Type": "multipart/form-data; boundary=b"}}, 400),
        ({"content": b'--b\r\nContent-Disposition: form-data; name="f"; filename="a"\r\n' + b"X-A: b\r\n" * 500_000
          + b"\r\nx\r\n--b--\r\n", "headers": {"Content-Type": "multipart/form-data; boundary=b"}}, 400),
        ({"content": b'--b\r\nContent-Disposition: form-data; name="f"\r\n\r\nx\r\n', "headers":
          {"Content-Type": "multipart/form-data; boundary=b"}}, 400),
        ({"content": b"x" * (12 * 1024 * 1024 + 1), "headers": {"Content-Type": "application/json"}}, 413),
    ],
    ids=[
        "empty", "not-json", "nan", "overflow", "deep", "surrogate", "not-utf8", "text", "no-parts",
        "no-boundary", "form-without-file", "too-many-files", "many-tiny-parts", "huge-part-headers",
        "unclosed", "too-large",
    ],
)  # fmt: skip
def test_bad_bodies_get_a_clear_400_never_a_5xx(
    env: tuple[EmulatorHandle, Session], service: str, kwargs: dict[str, Any], status: int
) -> None:
    emulator, session = env
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str)
    response = raw_post(emulator, address, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error_code", "error_msg", "request_id"}
    assert body["error_code"] == ("ModelArts.4104" if status == 413 else "ModelArts.0107")


def test_only_post_reaches_the_model(env: tuple[EmulatorHandle, Session], service: str) -> None:
    emulator, session = env
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str)
    auth = AkSkAuth(emulator.access_key, emulator.secret_key)
    response = httpx.get(address, auth=auth)
    assert response.status_code == 405 and response.headers["Allow"] == "POST"


def test_the_client_refuses_bad_arguments_before_sending(
    env: tuple[EmulatorHandle, Session], service: str, tmp_path: Path
) -> None:
    _, session = env
    address = session.call("get_service", service_id=service).access_address
    assert isinstance(address, str)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"data": {"x": 1}, "data_type": "video"}, "data_type must be one of"),
        ({"data": {"x": float("nan")}}, "cannot be sent as JSON"),
        ({"data": {"x": object()}}, "cannot be sent as JSON"),
        ({"data": tmp_path / "missing.json"}, "cannot read"),
        ({"data": 42, "data_type": "images"}, "must be a path or bytes"),
        ({"data": {"x": 1}, "path": "predict"}, "must start with '/'"),
    ]
    (tmp_path / "bad.json").write_bytes(b"\xff not json")
    cases.append(({"data": tmp_path / "bad.json"}, "is not JSON"))
    for kwargs, message in cases:
        with pytest.raises(ValueError, match=message):
            session.predict(access_address=address, **kwargs)
    with pytest.raises(ValueError, match="service_id or access_address"):
        session.predict(data={"x": 1})
    for elsewhere in ("http://attacker.example/v1/infers/x", "ftp://host/x", "https:///no-host"):
        with pytest.raises(ValueError, match="must be https") as refused:
            session.predict(access_address=elsewhere, data={"x": 1})
        assert session.auth is not None and "secret" not in str(refused.value)


@pytest.mark.parametrize(("data", "data_type"), [({"x": 1}, "json"), (PNG, "images")])
def test_predictions_follow_the_clients_retry_rules(data: Any, data_type: str) -> None:
    """A gateway 503 (a fault the emulator cannot be made to produce): a POST prediction is not
    repeated unless the caller allows it, as for any POST of the client; then it is, and succeeds."""
    from modelarts_overlays import RetryPolicy, ServerError, allow_retry_on_post
    from modelarts_overlays.inference import PredictRequest, answer_of
    from modelarts_overlays.retry import RetryingClient

    seen: list[bytes] = []

    def gateway(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        if len(seen) % 2:
            return httpx.Response(503, json={"error_code": "APIG.0201", "error_msg": "Backend unavailable"})
        return httpx.Response(200, json={"predictions": [{"label": "cat"}]})

    policy = RetryPolicy(sleep=lambda _: None)
    request = PredictRequest.build("https://infer.example/v1/infers/p/s", data, data_type)
    with RetryingClient(retry=policy, transport=httpx.MockTransport(gateway)) as client:
        with pytest.raises(ServerError) as unavailable:
            answer_of(request.send(client))
        assert unavailable.value.error_code == "APIG.0201" and len(seen) == 1
        seen.clear()
        with allow_retry_on_post():
            assert answer_of(request.send(client)) == {"predictions": [{"label": "cat"}]}
        assert len(seen) == 2 and seen[0] == seen[1]  # the same body, sent again
        assert (b'{"x": 1}' if data_type == "json" else PNG) in seen[0]
