"""A small object store standing in for OBS, for the dataset chapter.

Why: dataset imports read manifests, Pascal VOC files and data from OBS paths, exports write
manifests to them, and published versions leave a manifest behind. The emulator cannot reach OBS,
so it keeps objects of its own, addressed by the same ``obs://bucket/key`` URLs (``s3://`` and the
API's own ``/bucket/key`` form are read as the same thing: the reference's samples use all three).
Users put and get them through admin routes (outside the API namespace, no signature, like the clock
and reset routes):

* ``PUT /_emulator/obs/<bucket>/<key>``: store the request body (at most the API's 12 MB body limit);
* ``GET /_emulator/obs/<bucket>/<key>``: the object's bytes (404 with an error body if absent);
* ``GET /_emulator/obs/<bucket>?prefix=<key prefix>``: ``{"objects": [{"url", "size", "etag"}]}``;
* ``DELETE /_emulator/obs/<bucket>/<key>``.

Objects live in the emulator's store (so they survive restarts with a state file, and ``reset``
forgets them), under a project of their own that no API path can name.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from .framework import JsonObj, Store

__all__ = ["KIND", "ObsPathError", "delete_object", "get_object", "list_objects", "normalise", "put_object"]

KIND = "obs_object"
PROJECT = "_obs"
"""The store project objects live in: a project id no API path accepts (it has an underscore first)."""

_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
MAX_KEY_BYTES = 1024


class ObsPathError(ValueError):
    """Not an ``obs://bucket/key`` URL this store can hold."""


def normalise(url: str, *, folder: bool = False) -> str:
    """``obs://bucket/key`` for an ``obs://``, ``s3://`` or ``/bucket/key`` path; ``ObsPathError`` for anything else
    (no scheme, a bad bucket name, an empty key where one is needed, ``..`` or ``//`` in the key).

    ``folder``: the URL names a folder (a key prefix); it may be the bucket alone, and comes back
    ending in ``/``.
    """
    match = re.match(r"^(?:(?:obs|s3)://|/)([^/]*)(?:/(.*))?$", url, flags=re.DOTALL)
    if not match:
        raise ObsPathError(f"{url!r} is not an OBS path (obs://bucket/key)")
    bucket, key = match.group(1), match.group(2) or ""
    if not _BUCKET.match(bucket):
        raise ObsPathError(f"{bucket!r} is not a valid bucket name")
    if any(part in ("..", ".") for part in key.split("/")) or "//" in key or "\x00" in key:
        raise ObsPathError(f"{url!r}: a key may not hold '.', '..', '//' or NUL")
    if len(key.encode("utf-8", "surrogatepass")) > MAX_KEY_BYTES:
        raise ObsPathError(f"{url!r}: keys are at most {MAX_KEY_BYTES} bytes")
    if folder:
        if key and not key.endswith("/"):
            key += "/"
    elif not key or key.endswith("/"):
        raise ObsPathError(f"{url!r} names a folder, not an object")
    return f"obs://{bucket}/{key}"


def put_object(store: Store, url: str, data: bytes) -> JsonObj:
    """Store ``data`` at ``url`` (replacing what was there); returns its listing entry."""
    name = normalise(url)
    entry: JsonObj = {"url": name, "size": len(data), "etag": hashlib.md5(data, usedforsecurity=False).hexdigest()}
    obj = dict(entry, data=base64.b64encode(data).decode("ascii"))
    if store.get(PROJECT, KIND, name) is None:
        store.insert(PROJECT, KIND, name, obj)
    else:
        store.update(PROJECT, KIND, name, obj)
    return entry


def get_object(store: Store, url: str) -> bytes | None:
    """The bytes at ``url``, or ``None``."""
    found = store.get(PROJECT, KIND, normalise(url))
    return None if found is None else base64.b64decode(found["data"])


def delete_object(store: Store, url: str) -> bool:
    """Remove the object; ``True`` if there was one."""
    return store.delete(PROJECT, KIND, normalise(url))


def list_objects(store: Store, folder_url: str) -> list[dict[str, Any]]:
    """Listing entries (``url``, ``size``, ``etag``) of every object under a folder, by URL."""
    prefix = normalise(folder_url, folder=True)
    found = [
        {k: obj[k] for k in ("url", "size", "etag")}
        for obj in store.list(PROJECT, KIND)
        if str(obj.get("url", "")).startswith(prefix)
    ]
    return sorted(found, key=lambda entry: str(entry["url"]))
