"""What a finished v2 training job leaves in its output folders, when the emulator has a local OBS.

Why: the workflow users follow is upload a dataset, train on it, download what training wrote. The
emulator trains nothing, but with a local OBS attached (``python -m modelarts_emulator --obs-port``,
or ``create_app(obs=...)``) a v2 job that completes writes, once, into each of its outputs:

* ``summary.json``: the job's id and name, and for each input its OBS URL and the keys found under
  it (at most 100 listed, all counted), so a user sees that the job read their upload;
* ``model/model.bin``: 1 KiB derived from those keys (SHA-256 in counter mode): the same inputs give
  the same bytes.

The write happens when the job is first read as ``Completed`` (the emulator's lifecycles are computed
at read time), and is recorded on the job so it is not repeated. Without a local OBS nothing is
written. A failure to write is logged and leaves the job as it is: training outputs are a courtesy of
the emulator, not part of the API's answer.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any, Protocol

from .framework import JsonObj

__all__ = ["ObjectStore", "write_outputs"]

log = logging.getLogger("modelarts_emulator.training_output")
MODEL_BYTES = 1024
LISTED_KEYS = 100


class ObjectStore(Protocol):
    """The part of :class:`~modelarts_emulator.local_obs.LocalObs` the writer uses."""

    def put_object(self, bucket: str, key: str, data: bytes) -> None: ...

    def object_keys(self, bucket: str, prefix: str = "") -> list[str]: ...


def _split(url: Any) -> tuple[str, str] | None:
    """``(bucket, folder key ending in '/')`` of an ``obs://`` URL, else ``None``."""
    if not isinstance(url, str) or not url.startswith("obs://"):
        return None
    bucket, _, key = url[len("obs://") :].partition("/")
    if not bucket:
        return None
    return bucket, (key if not key or key.endswith("/") else key + "/")


def _urls(items: Any) -> list[tuple[str, str]]:
    found = []
    for item in items if isinstance(items, list) else []:
        remote = item.get("remote") if isinstance(item, dict) else None
        url = ((remote or {}).get("obs") or {}).get("obs_url") if isinstance(remote, dict) else None
        if isinstance(url, str):
            found.append((str(item.get("name", "")), url))
    return found


def _model_bytes(keys: list[str]) -> bytes:
    seed = hashlib.sha256("\n".join(keys).encode("utf-8", "surrogatepass")).digest()
    blocks = (hashlib.sha256(seed + counter.to_bytes(4, "big")).digest() for counter in range(MODEL_BYTES // 32))
    return b"".join(blocks)


def write_outputs(store: ObjectStore, job_id: str, algorithm: JsonObj, name: str) -> bool:
    """Write the summary and the model into each output folder; ``False`` if a write failed."""
    inputs = []
    all_keys: list[str] = []
    for input_name, url in _urls(algorithm.get("inputs")):
        where = _split(url)
        keys: list[str] = []
        if where is not None:
            try:
                keys = sorted(store.object_keys(where[0], where[1]))
            except Exception as exc:  # an input bucket that does not exist: report it, train anyway
                log.info("training job %s: cannot list input %s: %s", job_id, url, exc)
        all_keys.extend(keys)
        inputs.append({"name": input_name, "obs_url": url, "objects": len(keys), "keys": keys[:LISTED_KEYS]})
    summary = json.dumps({"training_job_id": job_id, "name": name, "inputs": inputs}, indent=2).encode("utf-8")
    model = _model_bytes(all_keys)
    for _output_name, url in _urls(algorithm.get("outputs")):
        where = _split(url)
        if where is None:
            continue
        bucket, folder = where
        try:
            store.put_object(bucket, folder + "summary.json", summary)
            store.put_object(bucket, folder + "model/model.bin", model)
        except Exception as exc:
            log.warning("training job %s: cannot write its output to %s: %s", job_id, url, exc)
            return False
    return True
