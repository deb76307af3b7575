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
from typing import Any, Protocol

from .framework import Context, JsonObj, Store

__all__ = [
    "KIND",
    "LocalObsObjects",
    "Objects",
    "ObsPathError",
    "StoredObjects",
    "delete_object",
    "get_object",
    "list_objects",
    "normalise",
    "objects_for",
    "objects_of",
    "put_object",
]

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


class LocalStore(Protocol):
    """What :class:`~modelarts_emulator.local_obs.LocalObs` offers the emulator."""

    def create_bucket(self, name: str) -> None: ...

    def put_object(self, bucket: str, key: str, data: bytes) -> None: ...

    def get_object(self, bucket: str, key: str) -> bytes: ...

    def delete_object(self, bucket: str, key: str) -> None: ...

    def objects(self, bucket: str, prefix: str = "") -> list[tuple[str, int, str]]: ...


class Objects(Protocol):
    """Objects addressed by ``obs://`` URLs, wherever the emulator keeps them (see :func:`objects_for`)."""

    def put(self, url: str, data: bytes) -> JsonObj: ...

    def get(self, url: str) -> bytes | None: ...

    def delete(self, url: str) -> bool: ...

    def list(self, folder_url: str) -> list[JsonObj]: ...


class StoredObjects:
    """Objects in the emulator's own store (the functions above)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def put(self, url: str, data: bytes) -> JsonObj:
        return put_object(self._store, url, data)

    def get(self, url: str) -> bytes | None:
        return get_object(self._store, url)

    def delete(self, url: str) -> bool:
        return delete_object(self._store, url)

    def list(self, folder_url: str) -> list[JsonObj]:
        return list_objects(self._store, folder_url)


class LocalObsObjects:
    """Objects in the local OBS the emulator was started with: what a user uploaded with
    ``session.obs`` is what a dataset import reads, and an export lands where they download it."""

    def __init__(self, local: LocalStore) -> None:
        self._local = local

    @staticmethod
    def _split(name: str) -> tuple[str, str]:
        bucket, _, key = name[len("obs://") :].partition("/")
        return bucket, key

    def put(self, url: str, data: bytes) -> JsonObj:
        """Store the object; a bucket that does not exist yet is created first, as the emulator's own
        store takes any bucket (real OBS would refuse: buckets are made outside ModelArts)."""
        name = normalise(url)
        bucket, key = self._split(name)
        try:
            self._local.put_object(bucket, key, data)
        except Exception as exc:  # LocalObsError
            if getattr(exc, "code", None) != "NoSuchBucket":
                raise
            self._local.create_bucket(bucket)
            self._local.put_object(bucket, key, data)
        return {"url": name, "size": len(data), "etag": hashlib.md5(data, usedforsecurity=False).hexdigest()}

    def get(self, url: str) -> bytes | None:
        try:
            return self._local.get_object(*self._split(normalise(url)))
        except Exception as exc:  # LocalObsError: no such object, or no such bucket
            if getattr(exc, "status", None) == 404:
                return None
            raise

    def delete(self, url: str) -> bool:
        name = normalise(url)
        bucket, key = self._split(name)
        existed = self.get(name) is not None
        if existed:
            self._local.delete_object(bucket, key)
        return existed

    def list(self, folder_url: str) -> list[JsonObj]:
        bucket, prefix = self._split(normalise(folder_url, folder=True))
        try:
            found = self._local.objects(bucket, prefix)
        except Exception as exc:  # a bucket that does not exist lists nothing, as in the store
            if getattr(exc, "status", None) == 404:
                return []
            raise
        return [{"url": f"obs://{bucket}/{key}", "size": size, "etag": etag} for key, size, etag in found]


def objects_for(store: Store | None, local: LocalStore | None) -> Objects:
    """The local OBS when the emulator has one, else its own store."""
    if local is not None:
        return LocalObsObjects(local)
    if store is None:
        raise RuntimeError("no object store")
    return StoredObjects(store)


def objects_of(ctx: Context) -> Objects:
    """The objects a handler reads and writes: the local OBS if the emulator has one, else its store."""
    return objects_for(ctx.raw_store, ctx.extras.get("obs"))
