"""Calling a deployed real-time service: the request ``Session.predict`` sends, and its answer.

Why this is handwritten: inference is not an operation of the ModelArts API. A real-time service
answers at its own access address (``access_address`` in ``get_service``), on the API gateway,
with whatever interface its model defines; the platform only forwards the request. What the client
can know is how the SDK reference (10.5, ``Predictor.predict``) sends the three kinds of input:

* ``json``: a dict or list sent as ``application/json``, or the bytes of a ``.json`` file;
* ``files`` and ``images``: one file sent as ``multipart/form-data``, in the form field the
  model's API names (``images`` for images and ``file`` for files unless ``field`` says otherwise,
  the names ModelArts' built-in image and file models use).

The request is signed with the session's auth like any other call (the AK/SK signer marks a
multipart body ``UNSIGNED-PAYLOAD``, as the vendor's signer does), goes through the session's
retrying client (so a POST is retried only under :func:`.retry.allow_retry_on_post`), and an error
answer becomes the same typed :class:`.errors.ModelArtsError` as an API call's.

Credentials go only where they may: an access address must be ``https``, unless it is on the same
host as the session's own endpoint (the local emulator's plain ``http``).
"""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import httpx

from .errors import ModelArtsError, error_from_response

__all__ = [
    "DATA_TYPES",
    "DEFAULT_FIELDS",
    "PredictData",
    "PredictRequest",
    "ServiceNotReadyError",
    "address_of",
    "answer_of",
    "check_address",
]

DATA_TYPES: Final[tuple[str, ...]] = ("json", "files", "images")

DEFAULT_FIELDS: Final[Mapping[str, str]] = {"files": "file", "images": "images"}
"""The multipart form field a file is sent in, by data type, when the caller names none."""

PredictData = Mapping[str, Any] | list[Any] | str | os.PathLike[str] | bytes


class ServiceNotReadyError(ModelArtsError):
    """The service has no access address to send a prediction to.

    A batch or edge service has none, and a real-time service gets one once it is deployed;
    ``status_code`` is that of the ``get_service`` answer, ``problem`` says what was found.
    """


@dataclass(frozen=True)
class PredictRequest:
    """What one prediction sends: URL, body and content type, built before any I/O to the service.

    Why a separate step: the sync and async paths share it, and a bad argument (an unknown data
    type, a missing file, a body that is not JSON) is refused here, before anything is sent.
    """

    url: str
    content: bytes | None = None
    files: Mapping[str, tuple[str, bytes, str]] | None = None
    headers: Mapping[str, str] | None = None

    @classmethod
    def build(
        cls, address: str, data: PredictData, data_type: str, *, path: str = "/", field: str | None = None
    ) -> PredictRequest:
        if data_type not in DATA_TYPES:
            raise ValueError(f"data_type must be one of {', '.join(DATA_TYPES)}, not {data_type!r}")
        url = _join(address, path)
        if data_type == "json":
            return cls(url, content=_json_bytes(data), headers={"Content-Type": "application/json"})
        name, content = _file(data)
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return cls(url, files={field or DEFAULT_FIELDS[data_type]: (name, content, kind)})

    def send(self, client: httpx.Client) -> httpx.Response:
        request = client.build_request("POST", self.url, content=self.content, files=self.files, headers=self.headers)
        request.read()  # a multipart body in memory, so a permitted retry can send it again
        return client.send(request)

    async def asend(self, client: httpx.AsyncClient) -> httpx.Response:
        request = client.build_request("POST", self.url, content=self.content, files=self.files, headers=self.headers)
        await request.aread()
        return await client.send(request)


def _join(address: str, path: str) -> str:
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', not {path!r}")
    base = address.rstrip("/")
    return base + path if path != "/" else base


def _json_bytes(data: PredictData) -> bytes:
    """JSON input: a dict or list is encoded; a path names a file whose bytes must be JSON."""
    if isinstance(data, (Mapping, list)):
        try:
            return json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"data cannot be sent as JSON: {exc}") from None
    name, content = _file(data)
    try:
        json.loads(content)
    except ValueError as exc:  # UnicodeDecodeError included
        raise ValueError(f"{name} is not JSON: {exc}") from None
    return content


def _file(data: PredictData) -> tuple[str, bytes]:
    """(file name, bytes) of file input: a path to read, or bytes sent as ``data.bin``."""
    if isinstance(data, bytes):
        return "data.bin", data
    if isinstance(data, (str, os.PathLike)):
        path = Path(data)
        try:
            return path.name, path.read_bytes()
        except OSError as exc:
            raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    raise ValueError(f"data for a file or image must be a path or bytes, not {type(data).__name__}")


def check_address(address: str, endpoint: str) -> str:
    """The access address, if credentials may be sent to it (see the module docstring)."""
    url = httpx.URL(address)
    if url.scheme == "https" and url.host:
        return address
    if url.scheme == "http" and url.host and url.netloc == httpx.URL(endpoint).netloc:
        return address
    raise ValueError(f"refusing to send credentials to {address!r}: an access address must be https")


def answer_of(response: httpx.Response) -> Any:
    """The service's answer: decoded JSON when it says JSON, else the bytes; errors raise."""
    error = error_from_response(response.status_code, response.content, response.headers)
    if error is not None:
        raise error
    kind = response.headers.get("content-type", "")
    if "json" in kind.split(";")[0]:
        try:
            return json.loads(response.content)
        except ValueError:
            return response.content
    return response.content


def address_of(service: Any) -> str:
    """The access address of a ``get_service`` answer, or :class:`ServiceNotReadyError`."""
    address = getattr(service, "access_address", None)
    if isinstance(address, str) and address:
        return address
    status = getattr(service, "status", None)
    kind = getattr(service, "infer_type", None)
    problem = (
        f"service {getattr(service, 'service_id', '?')} ({getattr(kind, 'value', kind)}, "
        f"{getattr(status, 'value', status)}) has no access address; only a deployed real-time service has one"
    )
    raise ServiceNotReadyError(200, problem=problem)
