"""No secret of the process reaches a log record, at any level, of any logger.

A user who turns on ``logging.basicConfig(level=logging.DEBUG)`` gets httpx's and httpcore's DEBUG
lines too, and httpcore quotes every answer's headers (the IAM login answer's ``X-Subject-Token``
among them).  These tests do what that user does -- against the live emulator, in this process and
in a fresh one -- and then read every output: each captured record as a handler formats it, its
arguments, ``caplog.text`` and what reached stdout/stderr.  The family of ways a secret can enter a
record (in the message, as an argument in each spelling, in an exception, in a stack) is covered
for several loggers, with fixed and generated secrets.

Leak checks report *which* secret leaked *where*, never the secret itself.
"""

from __future__ import annotations

import gc
import json
import logging
import secrets
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelarts_emulator.local_obs import LocalObs
from modelarts_overlays import AkSkAuth, NotFoundError, Secret, Session, TokenAuth, redaction
from modelarts_overlays.redaction import MARKER

from .test_inference import deploy

ROOT = Path(__file__).resolve().parent.parent

# Random per run, so a leak cannot hide behind a value some other code happens to print, and with
# characters that repr(), JSON and URLs escape, so every spelling of the secret differs.
SK = "sk-" + secrets.token_hex(12)
STS = "sts-" + secrets.token_urlsafe(24)
PASSWORD = "pa'ss\"wo\\rd-é-" + secrets.token_hex(6)
STACK_SECRET = "stack-secret-2f9c1e7a"  # also written on a source line below: stack_info prints it


class Everything(logging.Handler):
    """Keeps every record and the text a plain formatter makes of it (message, traceback, stack)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        try:
            self.texts.append(self.format(record))
        except Exception:  # a broken log call: reported on stderr, as every handler does
            self.texts.append(f"{record.msg} {record.args!r}")
            self.handleError(record)

    def everything(self) -> list[str]:
        """Formatted texts, plain messages and the arguments' reprs of every record."""
        return [
            *self.texts,
            *(str(record.msg) for record in self.records),
            *(repr(record.args) for record in self.records),
            *(record.exc_text or "" for record in self.records),
            *(record.stack_info or "" for record in self.records),
        ]


class CurrentStderr:
    """``sys.stderr`` as it is at each write."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def spellings(secret: str) -> dict[str, str]:
    """How *secret* shows when printed raw, repr'd (str and bytes), in JSON or in a URL."""
    raw = secret.encode()
    return {
        "raw": secret,
        "repr": repr(secret)[1:-1],
        "bytes repr": repr(raw)[2:-1],
        "json": json.dumps(secret)[1:-1],
        "json unicode": json.dumps(secret, ensure_ascii=False)[1:-1],
        "url": quote(raw, safe=""),
    }


def leaks(named_secrets: dict[str, str], texts: Iterable[str]) -> list[str]:
    """``"<name> (<spelling>) in text #i"`` for each leak: names only, so a failure prints no secret."""
    found = []
    for index, text in enumerate(texts):
        for name, secret in named_secrets.items():
            for how, form in spellings(secret).items():
                if form in text:
                    found.append(f"{name} ({how}) in text #{index}")
    return found


@pytest.fixture
def debug_everywhere(caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> Iterator[Everything]:
    """What a user does: ``basicConfig(level=DEBUG, force=True)``, and DEBUG on every logger there is.

    Also keeps pytest's caplog handler on the root logger (``force=True`` removed it) and restores
    everything afterwards.  The handler writes to whatever ``sys.stderr`` is when it writes, as
    one made in the test body would: pytest swaps the captured stream between setup and call.
    """
    root = logging.getLogger()
    saved_root = (root.level, list(root.handlers))
    loggers = [logging.getLogger(name) for name in ("httpx", "httpcore", "modelarts_overlays", "modelarts_emulator")]
    loggers += [item for item in logging.root.manager.loggerDict.values() if isinstance(item, logging.Logger)]
    saved_levels = {logger: logger.level for logger in loggers}
    logging.basicConfig(level=logging.DEBUG, force=True, stream=CurrentStderr())  # read by capfd
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    handler = Everything()
    root.addHandler(handler)
    caplog.handler.setLevel(logging.DEBUG)
    root.addHandler(caplog.handler)
    try:
        yield handler
    finally:
        for added in root.handlers:
            if added not in saved_root[1] and added is not caplog.handler:
                added.close()
        root.handlers[:] = saved_root[1]
        root.setLevel(saved_root[0])
        for logger, level in saved_levels.items():
            logger.setLevel(level)


def token_hooks(session: Session, tokens: list[str]) -> None:
    """Collect every token IAM issues to *session*, the way a caller could: a response hook."""

    def note(response: httpx.Response) -> None:
        if "X-Subject-Token" in response.headers:
            tokens.append(response.headers["X-Subject-Token"])

    async def anote(response: httpx.Response) -> None:
        note(response)

    session.client.get_httpx_client().event_hooks["response"].append(note)
    session.client.get_async_httpx_client().event_hooks["response"].append(anote)


# --------------------------------------------------------------------------
# Against the live emulator, as a user would
# --------------------------------------------------------------------------


def test_debug_on_every_logger_shows_no_password_token_or_secret_key(
    modelarts_emulator: Any,
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    tokens: list[str] = []
    with Session(username=modelarts_emulator.user, password=modelarts_emulator.password,
                 project_id=uuid.uuid4().hex, endpoint=modelarts_emulator.url,
                 iam_endpoint=modelarts_emulator.url) as password_session:  # fmt: skip
        token_hooks(password_session, tokens)
        assert password_session.call("list_training_jobs").is_success is True
        with pytest.raises(NotFoundError) as missing:
            password_session.call("get_training_job_version", job_id=987654, version_id=1)
        logging.getLogger("an.application").exception("the call failed", exc_info=missing.value)
        service_id = deploy(modelarts_emulator, password_session)  # inference goes with the token too
        assert password_session.predict(service_id, data={"x": 1})["service_id"] == service_id
        address = password_session.call("get_service", service_id=service_id).access_address
        assert isinstance(address, str)
        with pytest.raises(NotFoundError) as no_service:
            password_session.predict(access_address=address.replace(service_id, str(uuid.uuid4())), data=[1])
        logging.getLogger("an.application").exception("the prediction failed", exc_info=no_service.value)
    with Session(access_key=modelarts_emulator.access_key, secret_key=modelarts_emulator.secret_key,
                 project_id=uuid.uuid4().hex, endpoint=modelarts_emulator.url) as signed:  # fmt: skip
        assert signed.call("list_training_jobs").is_success is True
    out, err = capfd.readouterr()

    assert len(tokens) == 1
    # Not vacuous: the line that used to carry the token was logged, masked, and went to stderr.
    subject_lines = [text for text in debug_everywhere.texts if "x-subject-token" in text.lower()]
    assert subject_lines and all(MARKER in text for text in subject_lines)
    assert {"httpx", "httpcore.http11", "modelarts_overlays.token"} <= {r.name for r in debug_everywhere.records}
    assert "x-subject-token" in err.lower()
    named = {"password": modelarts_emulator.password, "secret key": modelarts_emulator.secret_key, "token": tokens[0]}
    assert leaks(named, [*debug_everywhere.everything(), caplog.text, out, err]) == []


def test_obs_transfers_log_no_secret_key_or_security_token(
    local_obs: LocalObs,
    tmp_path: Path,
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The OBS SDK holds the key pair in plain attributes and puts the token in a header; moto and
    werkzeug log requests at DEBUG in this process. None of it may show the secret or the token."""
    from modelarts_overlays.obs_transfer import ObsError, ObsTransferError

    bucket = local_obs.new_bucket("secrets")
    (tmp_path / "up").mkdir()
    (tmp_path / "up" / "f.bin").write_bytes(b"\x00" * 10)
    failures: list[str] = []
    with Session(access_key="OBSLOGAK", secret_key=SK, security_token=STS, project_id="p",
                 obs_endpoint=local_obs.url) as session:  # fmt: skip
        session.obs.upload_dir(str(tmp_path / "up"), f"obs://{bucket}/d/")
        session.obs.download_dir(f"obs://{bucket}/d/", str(tmp_path / "down") + "/")
        local_obs.fail_next("PUT", status=403, code="SignatureDoesNotMatch")
        calls: list[Callable[[], object]] = [
            lambda: session.obs.upload_file(str(tmp_path / "up" / "f.bin"), f"obs://{bucket}/e/"),
            lambda: session.obs.download_file(f"obs://{bucket}/absent", str(tmp_path) + "/"),
        ]
        for call in calls:
            try:
                call()
            except (ObsError, ObsTransferError) as exc:
                logging.getLogger("an.application").exception("the transfer failed")
                failures += [str(exc), repr(exc)]
        texts = [repr(session), repr(session.obs), *failures]
    out, err = capfd.readouterr()
    assert len(failures) == 4
    assert sum("the transfer failed" in text and bucket in text for text in debug_everywhere.texts) == 2
    assert (
        leaks(
            {"secret key": SK, "security token": STS}, [*debug_everywhere.everything(), caplog.text, out, err, *texts]
        )
        == []
    )


def test_a_password_sessions_temporary_obs_key_is_never_logged(
    modelarts_emulator: Any,
    local_obs: LocalObs,
    tmp_path: Path,
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The temporary secret key and security token arrive in an IAM answer's body: wrapped at once,
    they are masked in every record, whatever logs the answer or the OBS requests they sign."""
    from modelarts_overlays.temporary_keys import TemporaryKeys

    bucket = local_obs.new_bucket("temporary")
    (tmp_path / "f.bin").write_bytes(b"\x01" * 10)
    with Session(username=modelarts_emulator.user, password=modelarts_emulator.password,
                 project_id=modelarts_emulator.project_id, endpoint=modelarts_emulator.url,
                 iam_endpoint=modelarts_emulator.url, obs_endpoint=local_obs.url) as session:  # fmt: skip
        keys = TemporaryKeys(session)
        pair = keys()
        logging.getLogger("an.application").debug("the key pair: %r %s", pair, vars(pair))
        transfer = session.obs_transfer(credentials=keys, checkpoint_dir=tmp_path / "c")
        transfer.upload_file(str(tmp_path / "f.bin"), f"obs://{bucket}/d/")
        texts = [repr(session), repr(transfer), repr(keys), repr(pair)]
        transfer.close()
    out, err = capfd.readouterr()
    assert pair.security_token is not None
    assert any("the key pair" in text for text in debug_everywhere.texts)
    named = {"temporary secret key": pair.secret_key.reveal(), "security token": pair.security_token.reveal()}
    assert leaks(named, [*debug_everywhere.everything(), caplog.text, out, err, *texts]) == []


async def test_async_calls_log_no_token_either(
    modelarts_emulator: Any,
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    tokens: list[str] = []
    session = Session(username=modelarts_emulator.user, password=modelarts_emulator.password,
                      project_id=uuid.uuid4().hex, endpoint=modelarts_emulator.url,
                      iam_endpoint=modelarts_emulator.url)  # fmt: skip
    async with session:
        token_hooks(session, tokens)
        assert (await session.acall("list_training_jobs")).is_success is True
        async for _ in session.apaginate("list_training_jobs", page_size=5):
            pass
    out, err = capfd.readouterr()
    assert len(tokens) == 1
    assert any("x-subject-token" in text.lower() for text in debug_everywhere.texts)
    named = {"password": modelarts_emulator.password, "token": tokens[0]}
    assert leaks(named, [*debug_everywhere.everything(), caplog.text, out, err]) == []


def test_a_fresh_process_with_basic_config_debug_logs_no_secret(modelarts_emulator: Any, tmp_path: Path) -> None:
    """The user's script verbatim: ``basicConfig(level=DEBUG)`` first, then a password and an AK/SK session."""
    script = textwrap.dedent(
        """
        import json, logging, sys
        logging.basicConfig(level=logging.DEBUG)
        from modelarts_overlays import Session

        url, user, password, ak, sk, out = sys.argv[1:7]
        tokens = []
        hook = lambda r: tokens.append(r.headers["X-Subject-Token"]) if "X-Subject-Token" in r.headers else None
        with Session(username=user, password=password, project_id="p1", endpoint=url, iam_endpoint=url) as s:
            s.client.get_httpx_client().event_hooks["response"].append(hook)
            s.call("list_training_jobs")
            try:
                s.call("get_training_job_version", job_id=987654, version_id=1)
            except Exception:
                logging.getLogger("app").exception("lookup failed")
        with Session(access_key=ak, secret_key=sk, project_id="p1", endpoint=url) as s:
            s.call("list_training_jobs")
        with open(out, "w") as handle:
            json.dump(tokens, handle)
        """
    )
    tokens_file = tmp_path / "tokens.json"
    emu = modelarts_emulator
    done = subprocess.run(
        [sys.executable, "-c", script, emu.url, emu.user, emu.password, emu.access_key, emu.secret_key,
         str(tokens_file)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, leaks({"password": emu.password, "secret key": emu.secret_key}, [done.stderr])
    tokens = json.loads(tokens_file.read_text())
    assert len(tokens) == 1
    assert "x-subject-token" in done.stderr.lower() and "receive_response_headers" in done.stderr
    named = {"password": emu.password, "secret key": emu.secret_key, "token": tokens[0]}
    assert leaks(named, [done.stdout, done.stderr]) == []


# --------------------------------------------------------------------------
# The family: every way a secret can get into a record, on several loggers
# --------------------------------------------------------------------------


@pytest.fixture
def live_secrets() -> Iterator[dict[str, str]]:
    """An AK/SK auth (with an STS token) and a password auth alive for the test, as in an application."""
    signer = AkSkAuth("AKEXAMPLE", SK, security_token=STS)
    login = TokenAuth(username="alice", password=PASSWORD, account="acme", iam_endpoint="https://iam.test",
                      project_id="p")  # fmt: skip
    stack_marked = Secret(STACK_SECRET)
    yield {"secret key": SK, "security token": STS, "password": PASSWORD}
    del signer, login, stack_marked


def _raise(exc: BaseException) -> None:
    raise exc


def in_message(log: logging.Logger, secret: str) -> None:
    log.debug(f"the key is {secret}")  # the point: a secret already in the message


def as_argument(log: logging.Logger, secret: str) -> None:
    log.info("the key is %s", secret)


def as_repr_argument(log: logging.Logger, secret: str) -> None:
    log.warning("the key is %r", secret)


def as_bytes_argument(log: logging.Logger, secret: str) -> None:
    log.debug("raw header %r", (b"X-Custom", secret.encode()))


def in_a_mapping_argument(log: logging.Logger, secret: str) -> None:
    log.debug("config %(settings)s", {"settings": {"sk": secret}})


def as_json(log: logging.Logger, secret: str) -> None:
    log.debug("body %s", json.dumps({"password": secret}))


def url_encoded(log: logging.Logger, secret: str) -> None:
    log.debug("GET %s", f"https://example.test/x?key={quote(secret, safe='')}")


def truncated_argument(log: logging.Logger, secret: str) -> None:
    log.debug("the key starts with %.3s", secret)  # the message shows 3 characters; the argument all


def exception_message(log: logging.Logger, secret: str) -> None:
    try:
        _raise(ValueError(f"rejected key {secret}"))
    except ValueError:
        log.exception("signing failed")


def exception_repr_in_traceback(log: logging.Logger, secret: str) -> None:
    try:
        known: dict[str, str] = {}
        known[secret]  # a KeyError quoting the secret
    except KeyError:
        log.error("lookup failed", exc_info=True)


def chained_cause(log: logging.Logger, secret: str) -> None:
    try:
        try:
            _raise(RuntimeError(secret))
        except RuntimeError as inner:
            raise ConnectionError("login failed") from inner
    except ConnectionError as outer:
        log.critical("giving up", exc_info=outer)


def exception_as_message(log: logging.Logger, secret: str) -> None:
    log.error(PermissionError(f"denied for {secret}"))


def broken_log_call(log: logging.Logger, secret: str) -> None:
    log.info("%d attempts", secret)  # the handler reports the formatting error, with the arguments


WAYS: list[Callable[[logging.Logger, str], None]] = [
    in_message,
    as_argument,
    as_repr_argument,
    as_bytes_argument,
    in_a_mapping_argument,
    as_json,
    url_encoded,
    truncated_argument,
    exception_message,
    exception_repr_in_traceback,
    chained_cause,
    exception_as_message,
]
LOGGERS = ["", "httpx", "httpcore.http11", "modelarts_overlays.token", "an.application.module"]


@pytest.mark.parametrize("logger_name", LOGGERS)
@pytest.mark.parametrize("way", WAYS, ids=lambda way: way.__name__)
@pytest.mark.parametrize("which", ["secret key", "security token", "password"])
def test_no_way_of_logging_a_live_secret_shows_it(
    live_secrets: dict[str, str],
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    logger_name: str,
    way: Callable[[logging.Logger, str], None],
    which: str,
) -> None:
    way(logging.getLogger(logger_name), live_secrets[which])
    out, err = capfd.readouterr()
    assert debug_everywhere.records, "nothing was logged: the check below would be vacuous"
    assert leaks({which: live_secrets[which]}, [*debug_everywhere.everything(), caplog.text, out, err]) == []


@pytest.mark.parametrize("which", ["secret key", "password"])
def test_a_broken_log_call_is_reported_without_the_secret(
    live_secrets: dict[str, str],
    debug_everywhere: Everything,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    which: str,
) -> None:
    """``logging`` reports a formatting error on stderr with the message and its arguments."""
    root = logging.getLogger()
    for pytest_handler in [h for h in root.handlers if isinstance(h, type(caplog.handler))]:
        root.removeHandler(pytest_handler)  # pytest's handlers turn logging errors into test failures
    broken_log_call(logging.getLogger("an.application"), live_secrets[which])
    out, err = capfd.readouterr()
    assert "--- Logging error ---" in err and "Message: '%d attempts'" in err
    assert leaks({which: live_secrets[which]}, [*debug_everywhere.everything(), out, err]) == []


def test_a_scrubbed_traceback_still_says_what_happened(
    live_secrets: dict[str, str], debug_everywhere: Everything
) -> None:
    chained_cause(logging.getLogger("an.application"), live_secrets["password"])
    (text,) = debug_everywhere.texts
    assert "Traceback" in text and "RuntimeError: **********" in text and "ConnectionError: login failed" in text
    assert debug_everywhere.records[0].exc_info is None  # no formatter can render the original again


def test_clean_records_are_left_untouched(live_secrets: dict[str, str], debug_everywhere: Everything) -> None:
    log = logging.getLogger("an.application")
    log.info("job %s has %d versions", "job-1", 3)
    try:
        _raise(ValueError("plain failure"))
    except ValueError:
        log.exception("failed")
    first, second = debug_everywhere.records
    assert (first.msg, first.args) == ("job %s has %d versions", ("job-1", 3))
    assert second.exc_info is not None and second.exc_info[0] is ValueError


def test_stack_info_is_scrubbed(live_secrets: dict[str, str], debug_everywhere: Everything) -> None:
    logging.getLogger("an.application").debug("where am I", stack_info=True)  # stack-secret-2f9c1e7a
    (text,) = debug_everywhere.texts
    assert "Stack (most recent call last)" in text and "where am I" in text
    assert STACK_SECRET not in text and STACK_SECRET not in (debug_everywhere.records[0].stack_info or "")


TOKEN_LINES = [
    "receive_response_headers.complete return_value=(b'HTTP/1.1', 201, b'Created', [(b'X-Subject-Token', b'{v}')])",
    "[(b'x-auth-token', b'{v}'), (b'host', b'example')]",
    "X-Auth-Token: {v}",
    "x-security-token={v}&page=2",
    "headers={{'X-Auth-Token': '{v}', 'Accept': '*/*'}}",
    '{{"X-Subject-Token": "{v}"}}',
    "('X-Security-Token', '{v}')",
    "HTTP_X_AUTH_TOKEN={v}",
    "X-AUTH-TOKEN : '{v}'",
]


@pytest.mark.parametrize("line", TOKEN_LINES)
@pytest.mark.parametrize("logger_name", LOGGERS)
def test_token_headers_are_masked_even_for_tokens_never_registered(
    live_secrets: dict[str, str], debug_everywhere: Everything, logger_name: str, line: str
) -> None:
    foreign = "MIIF" + secrets.token_urlsafe(40)  # e.g. issued to another process
    logging.getLogger(logger_name).debug("%s", line.format(v=foreign))
    (text,) = debug_everywhere.texts
    assert foreign not in text and MARKER in text


def test_messages_that_only_name_the_headers_are_kept(live_secrets: dict[str, str]) -> None:
    for text in ("the answer has no X-Subject-Token header", "send X-Auth-Token, X-Security-Token or sign"):
        assert redaction.scrub(text) == text


# --------------------------------------------------------------------------
# The registry: what is registered, and for how long
# --------------------------------------------------------------------------


def test_a_secret_is_masked_while_its_owner_lives_and_forgotten_after() -> None:
    value = "sk-" + secrets.token_hex(10)
    first, second = AkSkAuth("AK1", value), AkSkAuth("AK2", value)
    assert redaction.scrub(f"k={value}") == f"k={MARKER}"
    del first
    gc.collect()
    assert redaction.scrub(value) == MARKER  # the second owner still holds it
    del second
    gc.collect()
    assert redaction.scrub(value) == value


def test_each_token_is_masked_from_receipt_until_it_expires() -> None:
    """Received tokens are registered at once; dropped ones stay masked while the service may accept them."""
    now = [datetime(2030, 1, 1, tzinfo=timezone.utc)]
    issued: list[str] = []

    def cloud(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v3/auth/tokens":
            issued.append("MIIT" + secrets.token_urlsafe(30))
            expires = (now[0] + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            return httpx.Response(201, json={"token": {"expires_at": expires}}, headers={"X-Subject-Token": issued[-1]})
        return httpx.Response(200, json={})

    auth = TokenAuth(username="u", password="pw-" + secrets.token_hex(6), account="a", iam_endpoint="https://iam.test",
                     project_id="p", clock=lambda: now[0])  # fmt: skip
    before = len(redaction._counts)
    with httpx.Client(transport=httpx.MockTransport(cloud), auth=auth) as client:
        for _ in range(20):
            client.get("https://modelarts.test/x")
            assert redaction.scrub(f"token {issued[-1]}") == f"token {MARKER}"
            auth.invalidate()  # dropped from the cache, but usable for another hour
        gc.collect()
        assert all(redaction.scrub(token) == MARKER for token in issued)
        now[0] += timedelta(hours=2)  # every token issued so far has expired
        client.get("https://modelarts.test/x")
    gc.collect()
    assert [redaction.scrub(token) == MARKER for token in issued] == [False] * 20 + [True]
    assert len(redaction._counts) <= before + 3  # the registry does not grow with each login


def test_the_record_factory_chains_the_previous_one_and_installs_once() -> None:
    script = textwrap.dedent(
        """
        import logging
        previous = logging.getLogRecordFactory()
        def mine(*args, **kwargs):
            record = previous(*args, **kwargs)
            record.tag = "mine"
            return record
        logging.setLogRecordFactory(mine)
        import modelarts_overlays
        assert logging.getLogRecordFactory() is mine, "importing alone must not touch logging"
        from modelarts_overlays import AkSkAuth
        auth = AkSkAuth("AK", "sk-child-process-0123")
        wrapped = logging.getLogRecordFactory()
        assert wrapped is not mine
        other = AkSkAuth("AK2", "sk-child-process-4567")
        assert logging.getLogRecordFactory() is wrapped, "installed once"
        record = logging.getLogger("x").makeRecord("x", 20, "f", 1, "key %s", ("sk-child-process-0123",), None)
        assert record.tag == "mine" and record.getMessage() == "key **********", record.getMessage()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


printable = st.text(st.characters(codec="utf-8"), max_size=20)


class _Owner:
    """Something to hang a registration on."""


@settings(max_examples=300, deadline=None)
@given(
    secret=st.text(st.characters(codec="utf-8"), min_size=1, max_size=24).filter(lambda s: s not in MARKER),
    prefix=printable,
    suffix=printable,
    how=st.sampled_from(["raw", "repr", "bytes repr", "json", "json unicode", "url"]),
)
def test_any_registered_secret_is_masked_in_any_spelling(secret: str, prefix: str, suffix: str, how: str) -> None:
    owner = _Owner()
    redaction.register(owner, secret)
    text = prefix + spellings(secret)[how] + suffix
    scrubbed = redaction.scrub(text)
    assert leaks({"secret": secret}, [scrubbed]) == []
    assert leaks({"secret": secret}, [redaction.scrub_bytes(text.encode()).decode()]) == []
    del owner


@settings(max_examples=200, deadline=None)
@given(
    token=st.from_regex(r"[A-Za-z0-9+/=_-]{16,64}", fullmatch=True),
    template=st.sampled_from(TOKEN_LINES),
    name_case=st.sampled_from([str.lower, str.upper, str.title, lambda s: s]),
    prefix=printable,
)
def test_any_token_header_value_is_masked(
    token: str, template: str, name_case: Callable[[str], str], prefix: str
) -> None:
    line = template.format(v=token)
    for name in ("X-Subject-Token", "X-Auth-Token", "X-Security-Token"):
        line = line.replace(name, name_case(name)).replace(name.lower(), name_case(name))
    assert token not in redaction.scrub(prefix + line)
    assert token.encode() not in redaction.scrub_bytes((prefix + line).encode())
