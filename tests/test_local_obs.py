"""The local OBS (``modelarts_emulator.local_obs``): moto's S3 served on a port, with fault injection
and a request log, and the ``--obs-port`` option of the emulator's command.

Why these tests: other tests lean on this store to stand in for OBS (multipart retries, signature
schemes, hostile keys), so what they rely on is pinned here against the live server: keys are kept
literally (``..`` segments included), a ``fail_next`` fault hits exactly the request it names and
leaves the connection usable, the log never holds a secret, HTTPS serves a given certificate.

``reset()`` empties every moto backend of the process, so its test runs in a child process: in this
one it would empty the buckets of the other tests sharing the session's ``local_obs``.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from modelarts_emulator.local_obs import LOCAL_OBS_EXTRA_HINT, LocalObs, LocalObsError, RecordedRequest
from tests.tls_support import self_signed_certificate

ROOT = Path(__file__).resolve().parent.parent
S3 = "{http://s3.amazonaws.com/doc/2006-03-01/}"
V2_AUTHORIZATION = "AWS AK:signature"
HOSTILE_KEYS = [
    "dir/../../evil.txt",
    "../up.txt",
    "a/./b.txt",
    "données/été ☃.txt",
    "a+b c%d?e#f&g=h.txt",
]


def connect(obs: LocalObs) -> http.client.HTTPConnection:
    """A keep-alive connection to *obs* (one socket for several requests)."""
    return http.client.HTTPConnection("127.0.0.1", obs.port, timeout=5)


def send(
    conn: http.client.HTTPConnection,
    method: str,
    target: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """One request on *conn*, signed-looking (moto answers an anonymous read of a private object 403)."""
    sent = {"Authorization": V2_AUTHORIZATION, "Content-Type": "application/octet-stream", **(headers or {})}
    conn.request(method, target, body=body, headers=sent)
    response = conn.getresponse()
    return response.status, response.read()


def test_put_get_and_list_keep_keys_literally(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    for key in HOSTILE_KEYS:
        local_obs.put_object(bucket, key, key.encode())
    assert {key: local_obs.get_object(bucket, key) for key in HOSTILE_KEYS} == {k: k.encode() for k in HOSTILE_KEYS}
    assert local_obs.object_keys(bucket) == sorted(HOSTILE_KEYS)
    assert local_obs.object_keys(bucket, "dir/") == ["dir/../../evil.txt"]
    for resolved in ("evil.txt", "up.txt", "a/b.txt"):  # no segment was resolved on the way in
        with pytest.raises(LocalObsError) as caught:
            local_obs.get_object(bucket, resolved)
        assert (caught.value.status, caught.value.code) == (404, "NoSuchKey")


def test_object_keys_reads_every_page(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    keys = [f"page/{n}" for n in range(5)]
    for key in keys:
        local_obs.put_object(bucket, key, b"x")
    assert local_obs.object_keys(bucket, page_size=2) == keys
    assert local_obs.object_keys(bucket, "page/3", page_size=1) == ["page/3"]
    assert local_obs.object_keys(bucket, "none/") == []


def test_an_existing_bucket_of_ours_is_fine_and_bad_names_are_refused(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket("again")
    assert bucket.startswith("again-")
    local_obs.create_bucket(bucket)
    with pytest.raises(ValueError):
        local_obs.new_bucket("Upper_Case")
    with pytest.raises(LocalObsError) as caught:
        local_obs.create_bucket("b1")  # S3 and OBS names have 3 to 63 characters
    assert caught.value.code == "InvalidBucketName"


def test_fail_next_fails_one_multipart_part_once(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    conn = connect(local_obs)
    status, body = send(conn, "POST", f"/{bucket}/big.bin?uploads")
    assert status == 200, body
    upload_id = ET.fromstring(body).findtext(f"{S3}UploadId")
    parts = [b"a" * (5 * 1024 * 1024), b"tail"]  # every part but the last has at least 5 MiB
    local_obs.fail_next("PUT", query="partNumber=2")
    local_obs.clear_requests()

    etags = []
    for number, data in enumerate(parts, 1):
        target = f"/{bucket}/big.bin?partNumber={number}&uploadId={upload_id}"
        conn.request("PUT", target, body=data, headers={"Authorization": V2_AUTHORIZATION})
        response = conn.getresponse()
        if number == 2:  # the injected fault, on the same keep-alive connection as part 1
            error = ET.fromstring(response.read())
            assert response.status == 503 and response.getheader("Content-Type") == "application/xml"
            assert (error.tag, error.findtext("Code"), error.findtext("Message")) == (
                "Error",
                "ServiceUnavailable",
                "injected fault",
            )
            assert error.findtext("RequestId")
            conn.request("PUT", target, body=data, headers={"Authorization": V2_AUTHORIZATION})  # the retry
            response = conn.getresponse()
        response.read()
        assert response.status == 200
        etags.append(response.getheader("ETag"))

    manifest = "".join(f"<Part><PartNumber>{n}</PartNumber><ETag>{e}</ETag></Part>" for n, e in enumerate(etags, 1))
    status, body = send(
        conn,
        "POST",
        f"/{bucket}/big.bin?uploadId={upload_id}",
        f"<CompleteMultipartUpload>{manifest}</CompleteMultipartUpload>".encode(),
    )
    conn.close()
    assert status == 200, body
    assert local_obs.get_object(bucket, "big.bin") == b"".join(parts)
    puts = [(r.method, r.query.split("&")[0]) for r in local_obs.requests if r.method == "PUT"]
    assert puts == [("PUT", "partNumber=1"), ("PUT", "partNumber=2"), ("PUT", "partNumber=2")]


def test_fail_next_counts_only_matching_requests(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    local_obs.put_object(bucket, "k", b"v")
    local_obs.fail_next("get", query="list-type=2", status=500, times=2)
    conn = connect(local_obs)
    assert send(conn, "GET", f"/{bucket}/k") == (200, b"v")  # not a listing: not failed
    assert send(conn, "PUT", f"/{bucket}/k?list-type=2", b"w")[0] == 200  # not a GET: not failed
    for _ in range(2):
        status, body = send(conn, "GET", f"/{bucket}?list-type=2")
        assert (status, ET.fromstring(body).findtext("Code")) == (500, "InternalError")
    status, body = send(conn, "GET", f"/{bucket}?list-type=2")
    conn.close()
    assert status == 200 and ET.fromstring(body).findtext(f"{S3}Contents/{S3}Key") == "k"


def test_the_request_log_masks_credentials_and_tokens(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    local_obs.put_object(bucket, "k", b"v")
    local_obs.clear_requests()
    conn = connect(local_obs)
    status, _ = send(
        conn,
        "GET",
        f"/{bucket}/k",
        headers={
            "Authorization": V2_AUTHORIZATION,
            "x-amz-security-token": "secret-token-value",
            "x-obs-security-token": "secret-token-value",
            "x-amz-meta-my_key": "visible",
        },
    )
    assert status == 200
    send(conn, "GET", f"/{bucket}/k", headers={"Authorization": "OBS AK:c2lnbmF0dXJl"})
    conn.close()

    first, second = local_obs.requests
    assert isinstance(first, RecordedRequest)
    assert (first.method, first.path, first.query, first.authorization_scheme) == ("GET", f"/{bucket}/k", "", "AWS")
    assert first.headers["authorization"] == "***"
    assert first.headers["x-amz-security-token"] == first.headers["x-obs-security-token"] == "***"
    assert first.headers["x-amz-meta-my_key"] == "visible"  # what is not a secret is kept as sent
    assert second.authorization_scheme == "OBS" and second.headers["authorization"] == "***"
    logged = repr(local_obs.requests)
    assert "secret-token-value" not in logged and "signature" not in logged and "c2lnbmF0dXJl" not in logged
    local_obs.clear_requests()
    assert local_obs.requests == []


def test_the_request_log_masks_presigned_url_secrets(local_obs: LocalObs) -> None:
    bucket = local_obs.new_bucket()
    local_obs.clear_requests()
    query = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=deadbeef&X-Amz-Security-Token=tok3n"
    with pytest.raises(urllib.error.HTTPError):  # moto checks the pre-signed URL's expiry: never mind
        urllib.request.urlopen(f"{local_obs.url}/{bucket}/k?{query}", timeout=5)
    (request,) = local_obs.requests
    assert request.authorization_scheme == ""
    assert request.query == "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=***&X-Amz-Security-Token=***"


def reset_in_this_process() -> None:
    """What the reset test's child process runs (a module function, so it is type-checked)."""
    with LocalObs() as obs:
        bucket = obs.new_bucket()
        obs.put_object(bucket, "k", b"v")
        obs.reset()
        with pytest.raises(LocalObsError) as caught:
            obs.object_keys(bucket)
        assert caught.value.code == "NoSuchBucket"
        obs.create_bucket(bucket)  # usable again afterwards
        assert obs.object_keys(bucket) == []


def test_reset_empties_every_bucket() -> None:
    code = "from tests.test_local_obs import reset_in_this_process; reset_in_this_process(); print('ok')"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


def https_get(url: str, context: ssl.SSLContext) -> int:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=context))
    with opener.open(url, timeout=5) as response:
        return int(response.status)


def test_https_with_a_given_certificate(tmp_path: Path) -> None:
    cert_path, key_path = self_signed_certificate(tmp_path)
    cert_file, key_file = str(cert_path), str(key_path)
    with LocalObs(certificate=(cert_file, key_file)) as obs:
        assert obs.url == f"https://127.0.0.1:{obs.port}"
        bucket = obs.new_bucket("tls")
        obs.put_object(bucket, "k", b"over tls")
        assert obs.get_object(bucket, "k") == b"over tls"
        with pytest.raises(urllib.error.URLError) as refused:
            https_get(f"{obs.url}/", ssl.create_default_context())
        assert isinstance(refused.value.reason, ssl.SSLCertVerificationError)
        assert https_get(f"{obs.url}/", ssl.create_default_context(cafile=cert_file)) == 200


def test_stop_releases_the_port() -> None:
    obs = LocalObs()
    obs.start()
    port = obs.port
    obs.stop()
    obs.stop()  # idempotent
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with pytest.raises(RuntimeError):
        obs.start()


def test_without_the_extra_the_hint_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "moto.moto_server.werkzeug_app", None)
    with pytest.raises(ModuleNotFoundError) as caught:
        LocalObs()
    assert str(caught.value) == f"{LOCAL_OBS_EXTRA_HINT} (missing: moto.moto_server.werkzeug_app)"
    assert "pip install 'modelarts-client[local-obs]'" in str(caught.value)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers(url: str) -> bytes | None:
    """The body of a 200 answer at *url*, or None when nothing answers (yet)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=1) as response:
            body: bytes = response.read()
            return body if response.status == 200 else None
    except OSError:
        return None


def test_the_command_serves_the_emulator_and_the_local_obs_until_sigterm() -> None:
    port, obs_port = free_port(), free_port()
    command = [sys.executable, "-m", "modelarts_emulator", "--port", str(port), "--log-level", "warning"]
    command += ["--obs-port", str(obs_port), "--obs-bucket", "bucket-b1", "--obs-bucket", "bucket-b2"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    try:
        deadline = time.monotonic() + 30
        health = listing = None
        while (health is None or listing is None) and time.monotonic() < deadline and server.poll() is None:
            health = answers(f"http://127.0.0.1:{port}/_emulator/health")
            listing = answers(f"http://127.0.0.1:{obs_port}/")
            time.sleep(0.05)
        assert health is not None and listing is not None, server.poll()
        names = [el.text for el in ET.fromstring(listing).iter(f"{S3}Name")]
        assert sorted(n for n in names if n) == ["bucket-b1", "bucket-b2"]
        server.send_signal(signal.SIGTERM)
        stdout, stderr = server.communicate(timeout=15)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=5)
    assert server.returncode == 128 + signal.SIGTERM, stderr
    assert (stdout, stderr) == (b"", b"")  # --log-level warning: nothing to say
    for stopped in (port, obs_port):
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", stopped), timeout=2).close()


def test_the_command_without_the_extra_says_so_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from modelarts_emulator.__main__ import main

    monkeypatch.setitem(sys.modules, "moto.moto_server.werkzeug_app", None)
    assert main(["--port", "0", "--obs-port", "0"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("modelarts-emulator: ") and "pip install 'modelarts-client[local-obs]'" in err
