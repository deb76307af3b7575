"""A deployed real-time service's inference endpoint, answered by a deterministic toy model.

Why a toy model: on the cloud a real-time service runs the user's model behind the API gateway at
its ``access_address``, and the platform only forwards requests to it. Calling code (building the
request, signing it, reading the answer, handling errors) is what users test against the emulator,
so the emulator answers every well-formed request with a fixed rule they can predict:

* **where**: ``POST <emulator>/v1/infers/<project_id>/<service_id>[/<inference path>]``, the
  ``access_address`` a real-time service shows (the emulator puts the project id where the cloud's
  addresses have a second id, so the address alone names the service); a project id ``infers`` is
  therefore reserved;
* **who**: the caller is authenticated as for the API (AK/SK signature or token) and must be
  scoped to that project; the service must exist there (404 ``ModelArts.3502``), be a real-time
  one (404, as on the gateway, where no address exists), and be ``running`` (409 ``ModelArts.3519``);
* **input**: ``application/json`` (any JSON document, checked as every API body is) is one input;
  ``multipart/form-data`` gives one input per file part (at most :data:`MAX_FILES` files and
  :data:`MAX_PARTS` parts); anything
  else, an empty body, or a form without a file is a 400 ``ModelArts.0107``;
* **answer**: for each input, its SHA-256 (of the canonical JSON, so key order and spacing do not
  matter; of the bytes for a file), size, and a class: ``LABELS[n % 4]`` with score
  ``0.5 + (n // 4 % 5000) / 10000`` where ``n`` is the first 32 bits of the digest; JSON inputs
  add ``shape`` (the shape of each top-level value), files their field, name, content type and,
  for PNG/JPEG/GIF/BMP, ``format``. The model version that answers is picked by the first input's
  ``n % 100`` against the cumulative ``weight`` of the service's config items, so traffic
  splitting is visible and repeatable.
"""

from __future__ import annotations

import hashlib
import json
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any, Final

from .framework import INVALID_PARAMETER_CODE, BadRequest, Conflict, Context, JsonObj, NotFound
from .request_body import parse_json_body
from .resources.services import INFER_PREFIX, KIND, SERVICE_BAD_STATE, SERVICE_NOT_FOUND, service_status

__all__ = ["INFER_PREFIX", "LABELS", "MAX_FILES", "predict"]

LABELS: Final = ("cat", "dog", "bird", "fish")
MAX_FILES: Final = 16
"""Most file parts one multipart request may carry."""
MAX_PARTS: Final = 64
"""Most parts of any kind (files and plain fields) one multipart request may carry."""
MAX_PART_HEADER_BYTES: Final = 8192
"""Longest header section of one form part."""

_MAGIC: Final = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"GIF8", "gif"), (b"BM", "bmp"))


def _number(digest: str) -> int:
    return int(digest[:8], 16)


def _classify(digest: str) -> JsonObj:
    n = _number(digest)
    return {"label": LABELS[n % len(LABELS)], "score": round(0.5 + (n // len(LABELS) % 5000) / 10000, 4)}


def _shape(value: Any) -> list[int]:
    """Dimensions of nested lists (following first elements); ``[]`` for anything else."""
    dims: list[int] = []
    while isinstance(value, list):
        dims.append(len(value))
        if not value:
            break
        value = value[0]
    return dims


def _json_input(raw: bytes) -> JsonObj:
    document = parse_json_body(raw)  # the API's door: depth, finite numbers, surrogates
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    digest = hashlib.sha256(canonical).hexdigest()
    shape = {str(k): _shape(v) for k, v in document.items()} if isinstance(document, dict) else _shape(document)
    return {"input": "json", "size": len(raw), "sha256": digest, "shape": shape, **_classify(digest)}


def _bad(message: str) -> BadRequest:
    return BadRequest(INVALID_PARAMETER_CODE, f"Invalid request: {message}")


def _parts(content_type: str, raw: bytes) -> list[tuple[Message[str, str], bytes]]:
    """The parts of a ``multipart/form-data`` body: each one's headers and its bytes (RFC 7578).

    Split on the boundary rather than handed to :mod:`email`'s parser whole: that parser works line
    by line and takes seconds over a 12 MB body of CRLFs or of many thousand tiny parts, while the
    server waits. Only each part's header section (at most :data:`MAX_PART_HEADER_BYTES`) is parsed.
    """
    parser = BytesParser(policy=policy.HTTP)
    boundary = parser.parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")).get_param(
        "boundary"
    )
    if not isinstance(boundary, str) or not boundary:
        raise _bad("the multipart content type names no boundary.")
    chunks = (b"\r\n" + raw).split(b"\r\n--" + boundary.encode("latin-1", "replace"))
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise _bad("the multipart body has no parts, or no closing boundary.")
    if len(chunks) > MAX_PARTS + 2:  # the preamble and the closing delimiter are chunks too
        raise _bad(f"at most {MAX_PARTS} form parts per request.")
    found: list[tuple[Message[str, str], bytes]] = []
    for chunk in chunks[1:-1]:
        end = chunk.find(b"\r\n\r\n")
        if end < 0 or end > MAX_PART_HEADER_BYTES:
            raise _bad(f"a form part needs a header section of at most {MAX_PART_HEADER_BYTES} bytes.")
        headers = parser.parsebytes(chunk[chunk.find(b"\r\n") + 2 : end + 4], headersonly=True)
        found.append((headers, chunk[end + 4 :]))
    return found


def _file_inputs(content_type: str, raw: bytes) -> list[JsonObj]:
    found: list[JsonObj] = []
    for headers, data in _parts(content_type, raw):
        filename = headers.get_filename()
        if headers.get_content_disposition() != "form-data" or filename is None:
            continue  # a plain form field: not an input
        if len(found) == MAX_FILES:
            raise _bad(f"at most {MAX_FILES} files per request.")
        digest = hashlib.sha256(data).hexdigest()
        item: JsonObj = {
            "input": "file",
            "field": str(headers.get_param("name", header="content-disposition") or ""),
            "filename": str(filename),
            "content_type": headers.get_content_type(),
            "size": len(data),
            "sha256": digest,
        }
        kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
        if kind is not None:
            item["format"] = kind
        found.append({**item, **_classify(digest)})
    if not found:
        raise _bad("the form carries no file.")
    return found


def _inputs(content_type: str, raw: bytes) -> list[JsonObj]:
    media = content_type.split(";")[0].strip().lower()
    if not raw:
        raise BadRequest(INVALID_PARAMETER_CODE, "Invalid request: the inference request has no body.")
    if media == "application/json":
        return [_json_input(raw)]
    if media == "multipart/form-data":
        return _file_inputs(content_type, raw)
    raise BadRequest(
        INVALID_PARAMETER_CODE,
        f"Invalid request: content type {media or 'none'!r}; send application/json or multipart/form-data.",
    )


def _answering_item(svc: JsonObj, first: JsonObj) -> JsonObj:
    items: list[JsonObj] = list(svc["config"])
    weights = [int(item.get("weight") or 0) for item in items]
    if not any(weights):
        weights = [1] * len(items)
    pick = _number(str(first["sha256"])) % 100 * sum(weights) // 100
    for item, weight in zip(items, weights, strict=True):
        pick -= weight
        if pick < 0:
            return item
    return items[-1]


def predict(ctx: Context, service_id: str, path: str, content_type: str, raw: bytes) -> JsonObj:
    """The toy model's answer for one inference request (see the module docstring)."""
    svc = ctx.store.get(KIND, service_id)
    if svc is None:
        raise NotFound(SERVICE_NOT_FOUND, f"Service {service_id} not found.")
    if svc["infer_type"] != "real-time":
        raise NotFound(SERVICE_NOT_FOUND, f"Service {service_id} is {svc['infer_type']}; it has no access address.")
    status = service_status(ctx, svc)
    if status != "running":
        raise Conflict(SERVICE_BAD_STATE, f"Service {service_id} is {status}; only a running service answers.")
    inputs = _inputs(content_type, raw)
    item = _answering_item(svc, inputs[0])
    return {
        "service_id": service_id,
        "model_id": item["model_id"],
        "model_name": item.get("model_name", ""),
        "model_version": item.get("model_version", ""),
        "path": path,
        "predictions": inputs,
    }
