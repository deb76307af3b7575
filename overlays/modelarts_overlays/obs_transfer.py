"""Moving files and folders between this machine and OBS: ``session.obs`` (SDK reference, chapter 6).

Why a layer of our own over the vendor's OBS SDK (``esdk-obs-python``): the SDK does the transfers
(multipart uploads, ranged downloads, checkpoints), but used as it ships it has traps that this module
closes, each pinned by a test:

* **TLS.** It does not verify certificates by default, and when asked to it neither loads the system's
  CA certificates nor checks the host name. Here the SDK's SSL context is replaced by
  ``ssl.create_default_context()`` (or one loaded with the CA file ``verify`` names).
* **Folder downloads.** Its bulk download joins object keys onto the target folder as they are, so a
  key holding ``..`` (or an absolute one) writes outside it. Folder downloads here list the keys
  themselves and refuse, before anything is written, every key that is not a plain relative path.
* **Signatures.** With an IP-address endpoint or path-style addressing it quietly signs ``v2`` when
  ``obs`` was asked for, and its signature negotiation (one extra request per bucket) may switch to
  another kind than the one chosen. Here negotiation is off and the kind is chosen once
  (:func:`choose_signature`); a combination the SDK would change is refused.
* **Errors.** It returns HTTP errors as result objects and raises bare ``Exception`` for failed
  transfers. Here every error answer becomes :class:`ObsError` (a :class:`ModelArtsError`, with
  ``NotFoundError``/``PermissionDeniedError`` subclasses), and every other failure
  :class:`ObsTransferError`.

Where the reference is silent, the choices are (README, "OBS transfer"):

* **Overwrite.** Uploads replace an existing object of the same key (OBS itself has no other mode).
  Downloads replace an existing local file, but only once the new content is complete and checked:
  data goes to a staging file beside the target, renamed over it at the end. A replaced file keeps
  its permissions; a new one gets the umask's, as ``cp`` gives (not the SDK's private 0600).
* **Part size and concurrency.** A file up to ``part_size`` (8 MiB) goes in one request with its
  ``Content-MD5``; a larger one in parts of ``part_size`` (grown so that no file needs more than
  10,000 parts), ``concurrency`` (4) parts at a time. Files of a folder go one after another.
* **Retries.** Each request that fails to connect or gets a 5xx answer is sent again up to
  ``max_retries`` (3) times, after 0.2, 0.4, 0.8 s (the SDK's own backoff); a 4xx is not retried.
* **Resume.** A multipart transfer keeps a checkpoint (upload id, finished parts) under
  ``checkpoint_dir`` while it runs; if it stops (a part failed, the process died), the same call again
  continues from it, provided the local file (upload) or the object (download) has not changed.
* **Progress.** ``progress(done_bytes, total_bytes)`` over the whole call, folders included; it may be
  called from the SDK's worker threads.
* **Checksums.** Single-request uploads carry ``Content-MD5``, which OBS checks. Every download is
  checked for size, and for its MD5 where the ETag is one (objects not uploaded in parts).
* **Empty folders** are neither created in OBS nor locally (the reference); a zero-byte key ending in
  ``/`` (a console "folder") is skipped.

Credentials come from the session: an AK/SK pair, permanent or temporary (with its security token).
A password session has only an IAM token, which OBS does not accept: it exchanges the token for a
temporary key pair (:mod:`.temporary_keys`), renewed before it expires; each call checks it first.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import functools
import hashlib
import ipaddress
import mimetypes
import os
import re
import socket
import ssl
import threading
import urllib.parse
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import redaction
from .atomic_file import replaced_mode
from .errors import ModelArtsError, NotFoundError, PermissionDeniedError
from .temporary_keys import KeyPair

if TYPE_CHECKING:
    from .signing import Secret

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "ObsConnectionError",
    "ObsError",
    "ObsNotFoundError",
    "ObsPath",
    "ObsPermissionError",
    "ObsTransfer",
    "ObsTransferError",
    "Progress",
    "Signature",
    "Transferred",
    "UnsafeObjectKeyError",
    "choose_signature",
]

Signature = Literal["obs", "v2", "v4"]
Progress = Callable[[int, int], None]
"""``progress(done_bytes, total_bytes)``, over the whole call."""

EXTRA_HINT = "OBS transfer needs its extra: pip install 'modelarts-client[obs]'"
DEFAULT_PART_SIZE = 8 * 1024 * 1024
DEFAULT_CONCURRENCY = 4
MIN_PART_SIZE = 100 * 1024
"""OBS's smallest part (all but the last)."""
MAX_PARTS = 10_000
MAX_KEY_BYTES = 1024
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_DRIVE = re.compile(r"^[A-Za-z]:")


class ObsTransferError(Exception):
    """A transfer that did not complete: a local problem, the network or TLS, a refused key, or (as
    :class:`ObsError`) an error answer from OBS. The message says which file and what to do."""


class ObsConnectionError(ObsTransferError):
    """OBS could not be reached: the connection failed, timed out, or TLS refused the server."""


class ObsError(ModelArtsError, ObsTransferError):
    """An error answer from OBS: ``status_code``, ``error_code`` (OBS's, e.g. ``NoSuchKey``),
    ``error_msg``, ``request_id``, and the ``bucket`` and ``key`` it concerned."""

    bucket: str
    key: str

    def __init__(
        self,
        status_code: int,
        *,
        bucket: str,
        key: str,
        error_code: str | None = None,
        error_msg: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(status_code, error_code=error_code, error_msg=error_msg, request_id=request_id)
        self.bucket = bucket
        self.key = key

    def _explanation(self) -> list[str]:
        """Not ModelArts's code table (OBS has codes of its own): the status's meaning only."""
        return [line for line in super()._explanation() if not line.endswith("(chapter 10.2).")]

    def __str__(self) -> str:
        return f"obs://{self.bucket}/{self.key}: {super().__str__()}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_obs_error,
            (type(self), self.status_code, self.bucket, self.key, self.error_code, self.error_msg, self.request_id),
        )


def _rebuild_obs_error(
    cls: type[ObsError], status: int, bucket: str, key: str, code: str | None, msg: str | None, rid: str | None
) -> ObsError:
    return cls(status, bucket=bucket, key=key, error_code=code, error_msg=msg, request_id=rid)


class ObsNotFoundError(ObsError, NotFoundError):
    """404 from OBS: no such bucket or object (``error_code`` tells which)."""


class ObsPermissionError(ObsError, PermissionDeniedError):
    """403 from OBS: the credentials may not do this (or the signature was refused)."""


class UnsafeObjectKeyError(ObsTransferError, ValueError):
    """A folder download met keys that are not plain relative paths under the folder (``..`` or
    ``.`` segments, a leading ``/``, a backslash, a drive letter, NUL, an empty segment). ``keys``
    lists them; nothing was written."""

    def __init__(self, folder: str, keys: list[str]) -> None:
        shown = ", ".join(repr(k) for k in keys[:5]) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")
        super().__init__(f"refusing to download {folder}: {len(keys)} key(s) would land outside the folder: {shown}")
        self.keys = keys


@dataclasses.dataclass(frozen=True)
class ObsPath:
    """``obs://bucket/key``: a bucket and a key (a folder's key is empty or ends with ``/``)."""

    bucket: str
    key: str

    @classmethod
    def parse(cls, url: str) -> ObsPath:
        """Parse an ``obs://`` URL; ``ValueError`` naming the problem for anything else."""
        if not isinstance(url, str) or not url.startswith("obs://"):
            raise ValueError(f"{url!r} is not an OBS path: it must start with obs://")
        bucket, _, key = url[len("obs://") :].partition("/")
        if not _BUCKET.match(bucket) or ".." in bucket:
            raise ValueError(f"{url!r}: {bucket!r} is not a valid bucket name (3-63 of a-z, 0-9, '.', '-')")
        if "\x00" in key or len(key.encode("utf-8", "surrogatepass")) > MAX_KEY_BYTES:
            raise ValueError(f"{url!r}: a key holds no NUL and is at most {MAX_KEY_BYTES} bytes")
        return cls(bucket, key)

    @property
    def is_folder(self) -> bool:
        return self.key == "" or self.key.endswith("/")

    @property
    def name(self) -> str:
        """The last segment (``file1.txt`` of ``dir1/file1.txt``, ``dir1`` of ``dir1/``; the bucket
        for the bucket's root)."""
        return self.key.rstrip("/").rsplit("/", 1)[-1] or self.bucket

    def child(self, relative: str) -> ObsPath:
        base = self.key if self.is_folder else self.key + "/"
        return ObsPath(self.bucket, base + relative)

    def as_folder(self) -> ObsPath:
        return self if self.is_folder else ObsPath(self.bucket, self.key + "/")

    def __str__(self) -> str:
        return f"obs://{self.bucket}/{self.key}"


@dataclasses.dataclass(frozen=True)
class Transferred:
    """One file moved: where from, where to (an ``obs://`` URL or a local path), and its size."""

    source: str
    destination: str
    size: int


def choose_signature(endpoint: str, signature: Signature | None, *, path_style: bool) -> Signature:
    """The signature kind to use, decided once: ``obs`` for a named host with virtual-hosted
    addressing, ``v4`` for an IP address or path-style addressing (OBS accepts both).

    An explicit ``obs`` with an IP address or path-style is refused: the SDK would sign ``v2`` instead
    without saying so.
    """
    host = urllib.parse.urlsplit(endpoint).hostname or ""
    try:
        ipaddress.ip_address(host)
        by_address = True
    except ValueError:
        by_address = False
    needs_path_style = path_style or by_address
    if signature is None:
        return "v4" if needs_path_style else "obs"
    if signature not in ("obs", "v2", "v4"):
        raise ValueError(f"signature must be 'obs', 'v2' or 'v4', not {signature!r}")
    if signature == "obs" and needs_path_style:
        why = "an IP-address endpoint" if by_address else "path-style addressing"
        raise ValueError(f"the 'obs' signature needs virtual-hosted addressing, not {why}: choose 'v2' or 'v4'")
    return signature


def _checkpoint_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "modelarts-client" / "obs-checkpoints"


def _md5_file(path: Path) -> bytes:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.digest()


def _folder_name(folder: Path) -> str:
    """The name of a local folder as given (``.`` and ``data/`` named as the folder they are, a
    symbolic link by its own name, not its target's)."""
    return Path(os.path.abspath(folder)).name or "root"


def _safe_relative(relative: str) -> bool:
    """A key's remainder under a folder that joins onto a local folder without leaving it."""
    if not relative or relative.startswith("/") or "\\" in relative or "\x00" in relative or _DRIVE.match(relative):
        return False
    return all(part not in ("", ".", "..") for part in relative.split("/"))


@dataclasses.dataclass(frozen=True)
class _Fixed:
    """A key pair that does not change, as a credentials source."""

    pair: KeyPair

    def __call__(self) -> KeyPair:
        return self.pair


class _Tally:
    """Bytes done over a whole call, fed by the SDK's per-file callbacks (from its threads)."""

    def __init__(self, total: int, callback: Progress | None) -> None:
        self.total = total
        self._callback = callback
        self._done = 0
        self._current = 0
        self._lock = threading.Lock()

    def file_callback(self) -> Callable[[int, int, float], None] | None:
        if self._callback is None:
            return None

        def report(transferred: int, _total: int, _seconds: float) -> None:
            with self._lock:
                self._current = max(self._current, int(transferred))
                done = self._done + self._current
            self._emit(done)

        return report

    def finish_file(self, size: int) -> None:
        with self._lock:
            self._done += size
            self._current = 0
            done = self._done
        self._emit(done)

    def start(self) -> None:
        self._emit(0)

    def _emit(self, done: int) -> None:
        if self._callback is not None:
            self._callback(min(done, self.total), self.total)


class ObsTransfer:
    """The five calls of the SDK reference's chapter 6 over one OBS endpoint and one key pair.

    Build it with ``session.obs`` (the session's credentials and region) or directly. Not thread-safe
    across calls; each call may use ``concurrency`` threads of its own.
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: Secret | None = None,
        security_token: Secret | None = None,
        credentials: Callable[[], KeyPair] | None = None,
        endpoint: str,
        signature: Signature | None = None,
        path_style: bool = False,
        region: str = "region",
        verify: bool | str = True,
        part_size: int = DEFAULT_PART_SIZE,
        concurrency: int = DEFAULT_CONCURRENCY,
        checkpoint_dir: str | os.PathLike[str] | None = None,
        timeout: float = 60.0,
        max_retries: int = 3,
    ) -> None:
        try:
            from obs import ObsClient
        except ModuleNotFoundError as exc:
            raise ModuleNotFoundError(f"{EXTRA_HINT} (missing: {exc.name})", name=exc.name) from exc
        if not endpoint.startswith(("https://", "http://")):
            raise ValueError(f"endpoint must be an http(s):// URL, not {endpoint!r}")
        if part_size < MIN_PART_SIZE or part_size > 5 * 1024**3:
            raise ValueError(f"part_size must be between {MIN_PART_SIZE} bytes and 5 GiB")
        if not 1 <= concurrency <= 64:
            raise ValueError("concurrency must be between 1 and 64")
        if not 0 <= max_retries <= 10:
            raise ValueError("max_retries must be between 0 and 10")
        self.endpoint = endpoint.rstrip("/")
        self.signature: Signature = choose_signature(self.endpoint, signature, path_style=path_style)
        self.part_size = part_size
        self.concurrency = concurrency
        self.checkpoint_dir = Path(checkpoint_dir) if checkpoint_dir is not None else _checkpoint_root()
        if credentials is None:
            if not access_key or secret_key is None:
                raise ValueError(
                    "give access_key and secret_key (with security_token for temporary ones), or credentials"
                )
            credentials = _Fixed(KeyPair(access_key, secret_key, security_token))
        self._credentials = credentials
        self._pair = credentials()
        self._verify = verify
        with warnings.catch_warnings():  # its own SSL context, deprecated and replaced in _pin
            warnings.simplefilter("ignore", DeprecationWarning)
            self._client = ObsClient(
                access_key_id=self._pair.access_key,
                secret_access_key=self._pair.secret_key.reveal(),
                security_token=self._pair.security_token.reveal() if self._pair.security_token is not None else None,
                server=self.endpoint,
                signature=self.signature,
                path_style=path_style,
                region=region,
                is_signature_negotiation=False,
                timeout=timeout,
                max_retry_count=max_retries,
            )
        self._pin()

    def _pin(self) -> None:
        """Close the SDK's signature and TLS traps on the client it built (see the module docstring)."""
        client = self._client
        if client.signature != self.signature or client.is_signature_negotiation:
            raise RuntimeError(f"the OBS SDK changed the signature to {client.signature!r}; refusing to go on")
        if client.is_secure:
            if self._verify is False:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            else:
                cafile = self._verify if isinstance(self._verify, str) else None
                context = ssl.create_default_context(cafile=cafile)
            client.context = context

    @property
    def access_key(self) -> str:
        return self._pair.access_key

    def _renew(self) -> None:
        """Hand the SDK the current key pair, if the source gave a new one (temporary keys renewed)."""
        pair = self._credentials()
        if pair is not self._pair:
            token = pair.security_token.reveal() if pair.security_token is not None else None
            self._client.refresh(pair.access_key, pair.secret_key.reveal(), token)
            self._pair = pair

    def __repr__(self) -> str:
        return (
            f"ObsTransfer(endpoint={self.endpoint!r}, access_key={self.access_key!r}, "
            f"signature={self.signature!r}, part_size={self.part_size}, concurrency={self.concurrency})"
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ObsTransfer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the reference's five calls -------------------------------------------------------------

    def copy(
        self, src_path: str, dst_path: str, keep_last_dir: bool = True, *, progress: Progress | None = None
    ) -> list[Transferred]:
        """Upload or download a file or a folder; one side is an ``obs://`` path, the other local.

        A file goes to ``dst_path`` itself, or into it when it ends with ``/`` (or is a local folder).
        A folder's files go under ``dst_path``, inside a folder named as the source's last level when
        ``keep_last_dir`` (the default). An OBS source is a file if an object has exactly that key,
        else a folder if keys start with it and ``/``.
        """
        self._renew()
        src_obs, dst_obs = src_path.startswith("obs://"), dst_path.startswith("obs://")
        if src_obs == dst_obs:
            raise ValueError("copy moves data between OBS and this machine: exactly one path must start with obs://")
        if dst_obs:
            return self._copy_up(
                Path(src_path), ObsPath.parse(dst_path), dst_path.endswith("/"), keep_last_dir, progress
            )
        return self._copy_down(ObsPath.parse(src_path), dst_path, keep_last_dir, progress)

    def upload_file(self, src_local_file: str, dst_obs_dir: str, *, progress: Progress | None = None) -> Transferred:
        """Upload a file into an OBS folder (``dst_obs_dir`` starts with ``obs://``, ends with ``/``)."""
        self._renew()
        folder = self._obs_folder(dst_obs_dir, "dst_obs_dir")
        source = self._local_file(src_local_file)
        return self._upload_files([(source, folder.child(source.name))], progress)[0]

    def upload_dir(
        self, src_local_dir: str, dst_obs_dir: str, *, progress: Progress | None = None
    ) -> list[Transferred]:
        """Upload a folder's files into ``dst_obs_dir/<folder name>/`` (empty folders are not created)."""
        self._renew()
        folder = self._obs_folder(dst_obs_dir, "dst_obs_dir")
        source = self._local_dir(src_local_dir)
        return self._upload_files(self._plan_upload(source, folder.child(_folder_name(source) + "/")), progress)

    def download_file(self, src_obs_file: str, dst_local_dir: str, *, progress: Progress | None = None) -> Transferred:
        """Download an object into a local folder (``dst_local_dir`` ends with ``/``; created if absent)."""
        self._renew()
        source = ObsPath.parse(src_obs_file)
        if source.is_folder:
            raise ValueError(f"src_obs_file {src_obs_file!r} names a folder: use download_dir")
        folder = self._local_folder(dst_local_dir, "dst_local_dir")
        size = self._head(source)
        return self._download_files([(source, size, folder / source.name)], progress)[0]

    def download_dir(
        self, src_obs_dir: str, dst_local_dir: str, *, progress: Progress | None = None
    ) -> list[Transferred]:
        """Download a folder's objects into ``dst_local_dir/<folder name>/`` (ends with ``/``)."""
        self._renew()
        source = self._obs_folder(src_obs_dir, "src_obs_dir")
        folder = self._local_folder(dst_local_dir, "dst_local_dir")
        return self._download_files(self._plan_download(source, folder / source.name), progress)

    # -- path rules -----------------------------------------------------------------------------

    @staticmethod
    def _obs_folder(url: str, name: str) -> ObsPath:
        path = ObsPath.parse(url)
        if not path.is_folder:
            raise ValueError(f"{name} {url!r} must end with '/' (it names an OBS folder)")
        return path

    @staticmethod
    def _local_folder(path: str, name: str) -> Path:
        if not path.endswith(("/", os.sep)):
            raise ValueError(f"{name} {path!r} must end with '/' (it names a local folder)")
        folder = Path(path)
        if folder.exists() and not folder.is_dir():
            raise ValueError(f"{name} {path!r} is not a folder")
        return folder

    @staticmethod
    def _local_file(path: str) -> Path:
        source = Path(path)
        if not source.is_file():
            raise FileNotFoundError(f"no such local file: {path!r}")
        return source

    @staticmethod
    def _local_dir(path: str) -> Path:
        source = Path(path)
        if not source.is_dir():
            raise FileNotFoundError(f"no such local folder: {path!r}")
        return source

    def _copy_up(
        self, source: Path, target: ObsPath, into: bool, keep_last_dir: bool, progress: Progress | None
    ) -> list[Transferred]:
        if source.is_file():
            key = target.child(source.name) if into or target.key == "" else target
            return self._upload_files([(source, key)], progress)
        if source.is_dir():
            folder = target.as_folder()
            root = folder.child(_folder_name(source) + "/") if keep_last_dir else folder
            return self._upload_files(self._plan_upload(source, root), progress)
        raise FileNotFoundError(f"no such local file or folder: {str(source)!r}")

    def _copy_down(
        self, source: ObsPath, target: str, keep_last_dir: bool, progress: Progress | None
    ) -> list[Transferred]:
        local = Path(target)
        if not source.is_folder:
            size = self._head(source, missing_ok=True)
            if size is not None:
                into = target.endswith(("/", os.sep)) or local.is_dir()
                return self._download_files([(source, size, local / source.name if into else local)], progress)
        folder = source.as_folder()
        plan = self._plan_download(folder, local / folder.name if keep_last_dir else local)
        if not plan and not self._exists_under(folder):
            raise ObsNotFoundError(
                404,
                bucket=source.bucket,
                key=source.key,
                error_code="NoSuchKey",
                error_msg="no object has this key, and no key starts with it and '/'",
            )
        return self._download_files(plan, progress)

    # -- uploads --------------------------------------------------------------------------------

    @staticmethod
    def _plan_upload(source: Path, root: ObsPath) -> list[tuple[Path, ObsPath]]:
        """Every file under ``source`` (symbolic links to files followed, to folders not), in a
        stable order, with its key under ``root``; names that are not valid UTF-8 are refused first."""
        plan: list[tuple[Path, ObsPath]] = []
        for directory, folders, files in os.walk(source):
            folders.sort()
            for name in sorted(files):
                path = Path(directory, name)
                if not path.is_file():
                    continue
                relative = path.relative_to(source).as_posix()
                try:
                    relative.encode("utf-8")
                except UnicodeEncodeError:
                    raise ObsTransferError(
                        f"{str(path)!r}: the file name is not valid UTF-8, so it has no OBS key"
                    ) from None
                plan.append((path, root.child(relative)))
        return plan

    def _upload_files(self, plan: list[tuple[Path, ObsPath]], progress: Progress | None) -> list[Transferred]:
        sizes = [path.stat().st_size for path, _ in plan]
        tally = _Tally(sum(sizes), progress)
        tally.start()
        done = []
        for (path, target), size in zip(plan, sizes, strict=True):
            self._upload_one(path, target, size, tally)
            tally.finish_file(size)
            done.append(Transferred(str(path), str(target), size))
        return done

    def _upload_one(self, path: Path, target: ObsPath, size: int, tally: _Tally) -> None:
        from obs import PutObjectHeader, UploadFileHeader

        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        where = f"upload of {str(path)!r} to {target}"
        if size <= self.part_size:
            md5 = base64.b64encode(_md5_file(path)).decode("ascii")
            headers = PutObjectHeader(md5=md5, contentType=content_type)
            result = self._sdk(
                where,
                lambda: self._client.putFile(
                    target.bucket, target.key, str(path), headers=headers, progressCallback=tally.file_callback()
                ),
            )
            self._raise_for(result, target)
            return
        checkpoint = self._checkpoint("upload", path, target)
        result = self._sdk(
            where,
            lambda: self._client.uploadFile(
                target.bucket,
                target.key,
                str(path),
                partSize=self._part_size_for(size),
                taskNum=self.concurrency,
                enableCheckpoint=True,
                checkpointFile=str(checkpoint),
                checkSum=True,
                headers=UploadFileHeader(contentType=content_type),
                progressCallback=tally.file_callback(),
            ),
            resumable=True,
        )
        self._raise_for(result, target)

    def _part_size_for(self, size: int) -> int:
        smallest = -(-size // MAX_PARTS)
        return max(self.part_size, smallest)

    def _checkpoint(self, direction: str, path: Path, target: ObsPath) -> Path:
        """A checkpoint file per (direction, local file, object): the same call finds it again."""
        self.checkpoint_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        name = f"{direction}\0{path.resolve()}\0{target.bucket}\0{target.key}\0{self.endpoint}"
        return (
            self.checkpoint_dir
            / f"{direction}-{hashlib.sha256(name.encode('utf-8', 'surrogateescape')).hexdigest()}.json"
        )

    # -- downloads ------------------------------------------------------------------------------

    def _list(self, folder: ObsPath) -> Iterator[tuple[str, int, str]]:
        """``(key, size, etag)`` of every object whose key starts with the folder's, page after page."""
        marker: str | None = None
        while True:
            result = self._sdk(
                f"listing {folder}",
                functools.partial(
                    self._client.listObjects, folder.bucket, prefix=folder.key or None, marker=marker, max_keys=1000
                ),
            )
            self._raise_for(result, folder)
            body = result.body
            for item in body.contents or []:
                yield item.key, int(item.size or 0), str(item.etag or "")
            if not body.is_truncated:
                return
            following = body.next_marker or (body.contents[-1].key if body.contents else None)
            if not following or following == marker:
                raise ObsTransferError(f"listing {folder}: the listing did not move on (marker {following!r})")
            marker = following

    def _exists_under(self, folder: ObsPath) -> bool:
        return next(iter(self._list(folder)), None) is not None

    def _plan_download(self, folder: ObsPath, target: Path) -> list[tuple[ObsPath, int, Path]]:
        plan: list[tuple[ObsPath, int, Path]] = []
        unsafe: list[str] = []
        for key, size, _etag in self._list(folder):
            relative = key[len(folder.key) :]
            if relative.endswith("/") and size == 0 and _safe_relative(relative.rstrip("/") or "x"):
                continue  # a "folder" marker: empty folders are not created
            if not _safe_relative(relative):
                unsafe.append(key)
                continue
            plan.append((ObsPath(folder.bucket, key), size, target.joinpath(*relative.split("/"))))
        if unsafe:
            raise UnsafeObjectKeyError(str(folder), unsafe)
        return plan

    def _head(self, source: ObsPath, *, missing_ok: bool = False) -> Any:
        result = self._sdk(f"reading {source}", lambda: self._client.getObjectMetadata(source.bucket, source.key))
        if missing_ok and result.status == 404:
            return None
        self._raise_for(result, source)
        return int(result.body.contentLength or 0)

    def _download_files(self, plan: list[tuple[ObsPath, int, Path]], progress: Progress | None) -> list[Transferred]:
        tally = _Tally(sum(size for _, size, _ in plan), progress)
        tally.start()
        done = []
        for source, size, target in plan:
            self._download_one(source, size, target, tally)
            tally.finish_file(size)
            done.append(Transferred(str(source), str(target), size))
        return done

    def _download_one(self, source: ObsPath, size: int, target: Path, tally: _Tally) -> None:
        if target.is_dir():
            raise ObsTransferError(f"cannot download {source} to {str(target)!r}: a folder has that name")
        target.parent.mkdir(parents=True, exist_ok=True)
        target = Path(os.path.abspath(target))  # the SDK makes the staging file's folder: give it one
        staging = target.with_name(f".{target.name}.obs-download")
        where = f"download of {source} to {str(target)!r}"
        if size <= self.part_size:
            result = self._sdk(
                where,
                lambda: self._client.getObject(
                    source.bucket, source.key, downloadPath=str(staging), progressCallback=tally.file_callback()
                ),
            )
        else:
            checkpoint = self._checkpoint("download", target, source)
            result = self._sdk(
                where,
                lambda: self._client.downloadFile(
                    source.bucket,
                    source.key,
                    downloadFile=str(staging),
                    partSize=self._part_size_for(size),
                    taskNum=self.concurrency,
                    enableCheckpoint=True,
                    checkpointFile=str(checkpoint),
                    progressCallback=tally.file_callback(),
                ),
                resumable=True,
            )
        try:
            self._raise_for(result, source)
            etag = str(getattr(result.body, "etag", "") or "").strip('"')
            self._check_download(source, staging, size, etag)
            # The SDK makes its file private (0600); the download gets what `cp` would give it.
            os.chmod(staging, replaced_mode(target))
            os.replace(staging, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staging)
            raise

    @staticmethod
    def _check_download(source: ObsPath, staging: Path, size: int, etag: str) -> None:
        got = staging.stat().st_size
        if got != size:
            raise ObsTransferError(f"download of {source}: got {got} bytes, the object has {size}")
        if re.fullmatch(r"[0-9a-f]{32}", etag) and _md5_file(staging).hex() != etag:
            raise ObsTransferError(f"download of {source}: the content's MD5 does not match the object's ETag")

    # -- the SDK's results and exceptions -------------------------------------------------------

    def _sdk(self, where: str, call: Callable[[], Any], *, resumable: bool = False) -> Any:
        """Run one SDK call; its bare exceptions become :class:`ObsTransferError` (scrubbed)."""
        try:
            return call()
        except ssl.SSLError as exc:
            raise ObsConnectionError(f"{where}: TLS failed ({redaction.scrub(str(exc))})") from None
        except (ConnectionError, TimeoutError, socket.gaierror) as exc:
            raise ObsConnectionError(f"{where}: cannot reach OBS ({redaction.scrub(str(exc))})") from None
        except ObsTransferError:
            raise
        except Exception as exc:  # the SDK raises bare Exception for failed transfers
            detail = redaction.scrub(str(exc)) or type(exc).__name__
            again = "; run the same call again to resume from its checkpoint" if resumable else ""
            raise ObsTransferError(f"{where} failed: {detail}{again}") from None

    @staticmethod
    def _raise_for(result: Any, where: ObsPath) -> None:
        """An SDK result with an error status becomes the matching :class:`ObsError`."""
        if result is None:
            raise ObsTransferError(f"{where}: the OBS SDK gave no result (the transfer was paused or cancelled)")
        status = int(getattr(result, "status", 0) or 0)
        if status < 300:
            return
        cls = ObsNotFoundError if status == 404 else ObsPermissionError if status == 403 else ObsError
        raise cls(
            status,
            bucket=where.bucket,
            key=where.key,
            error_code=getattr(result, "errorCode", None),
            error_msg=getattr(result, "errorMessage", None),
            request_id=getattr(result, "requestId", None),
        )
