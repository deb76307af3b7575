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
from typing import Any

from .framework import JsonObj
from .obs import Objects, ObsPathError

__all__ = ["write_outputs"]

log = logging.getLogger("modelarts_emulator.training_output")
MODEL_BYTES = 1024
LISTED_KEYS = 100


def _folder(url: str) -> str:
    return url if url.endswith("/") else url + "/"


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


def write_outputs(objects: Objects, job_id: str, algorithm: JsonObj, name: str) -> bool:
    """Write the summary and the model into each output folder; ``False`` if a write failed."""
    inputs = []
    all_keys: list[str] = []
    for input_name, url in _urls(algorithm.get("inputs")):
        keys: list[str] = []
        try:
            keys = sorted(str(entry["url"]).split("/", 3)[3] for entry in objects.list(_folder(url)))
        except ObsPathError:
            pass  # not an OBS folder this store can hold: nothing to read
        except Exception as exc:  # the store failed: report it, train anyway
            log.info("training job %s: cannot list input %s: %s", job_id, url, exc)
        all_keys.extend(keys)
        inputs.append({"name": input_name, "obs_url": url, "objects": len(keys), "keys": keys[:LISTED_KEYS]})
    summary = json.dumps({"training_job_id": job_id, "name": name, "inputs": inputs}, indent=2).encode("utf-8")
    model = _model_bytes(all_keys)
    for _output_name, url in _urls(algorithm.get("outputs")):
        try:
            objects.put(_folder(url) + "summary.json", summary)
            objects.put(_folder(url) + "model/model.bin", model)
        except ObsPathError:
            continue  # not an OBS folder: nowhere to write
        except Exception as exc:
            log.warning("training job %s: cannot write its output to %s: %s", job_id, url, exc)
            return False
    return True
