"""Where the command line finds credentials, project, region and endpoint.

Four sources, read per setting in this order (the first that has it wins):

1. flags (``--project-id``, ``--endpoint``, ``--access-key`` with ``--secret-key-file``, ...);
2. the profile named by ``--profile`` or ``MODELARTS_PROFILE``, if one is named;
3. the environment variables of ``Session.from_env()`` (``HUAWEICLOUD_SDK_AK``, ``_SK``,
   ``_PROJECT_ID``, ``_REGION``, ``MODELARTS_ENDPOINT``, ``MODELARTS_OBS_ENDPOINT``, ...);
4. the ``default`` profile, if the file has one.

Credentials (key pair, security token, user name and password, account) are one setting: they are
taken together from the first source that has any of them, never an access key from one place and a
secret key from another.

Profiles live in an INI file, ``~/.modelarts/config`` (or ``--config-file`` /
``MODELARTS_CONFIG_FILE``), one section per profile, keys named as the flags are (``access_key``,
``secret_key``, ``project_id``, ``region``, ``endpoint``, ``obs_endpoint``, ...). ``modelarts
configure`` writes it with mode 600. Secrets are read from the environment, that file, or a file
named on the command line, never from a flag's value, so they stay out of shell history.
"""

from __future__ import annotations

import configparser
import io
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from modelarts_overlays.atomic_file import replace_file
from modelarts_overlays.session import ENV

__all__ = [
    "CONFIG_ENV",
    "CREDENTIALS",
    "DEFAULT_CONFIG",
    "KEYS",
    "PROFILE_ENV",
    "SettingsError",
    "Sources",
    "config_path",
    "read_profile",
    "resolve",
    "write_profile",
]

CONFIG_ENV = "MODELARTS_CONFIG_FILE"
PROFILE_ENV = "MODELARTS_PROFILE"
DEFAULT_CONFIG = Path("~/.modelarts/config")

KEYS = (
    "access_key",
    "secret_key",
    "security_token",
    "username",
    "password",
    "account",
    "project_id",
    "region",
    "endpoint",
    "iam_endpoint",
    "obs_endpoint",
)
"""The settings, as profile keys; ``region`` is ``Session``'s ``region_name``."""

CREDENTIALS = frozenset({"access_key", "secret_key", "security_token", "username", "password", "account"})
SECRETS = frozenset({"secret_key", "security_token", "password"})


class SettingsError(click.UsageError):
    """The settings do not make a session: said as a usage error (exit code 2)."""


def _session_name(key: str) -> str:
    return "region_name" if key == "region" else key


def config_path(flag: str | None, environ: Mapping[str, str]) -> Path:
    return Path(flag or environ.get(CONFIG_ENV) or DEFAULT_CONFIG).expanduser()


def read_profile(path: Path, name: str, *, required: bool) -> dict[str, str]:
    """One section of the profile file; ``{}`` when absent and not ``required``."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except FileNotFoundError:
        if required:
            raise SettingsError(f"profile {name!r} asked for, but there is no profile file {path}") from None
        return {}
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        raise SettingsError(f"cannot read the profile file {path}: {type(exc).__name__}") from None
    if not parser.has_section(name):
        if required:
            known = ", ".join(parser.sections()) or "none"
            raise SettingsError(f"no profile {name!r} in {path} (profiles there: {known})")
        return {}
    section = dict(parser.items(name))
    unknown = sorted(set(section) - set(KEYS))
    if unknown:
        raise SettingsError(f"profile {name!r} in {path} has unknown keys: {', '.join(unknown)}")
    if SECRETS & set(section) and _readable_by_others(path):
        click.echo(f"warning: {path} holds secrets and is readable by others; run: chmod 600 {path}", err=True)
    return {key: value for key, value in section.items() if value}


def _readable_by_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IRGRP | stat.S_IROTH))
    except OSError:
        return False


def write_profile(path: Path, name: str, values: Mapping[str, str]) -> None:
    """Add or replace one profile, keeping the others; the file is created with mode 600."""
    parser = configparser.ConfigParser(interpolation=None)
    if path.exists():
        parser.read(path, encoding="utf-8")
    if parser.has_section(name):
        parser.remove_section(name)
    parser.add_section(name)
    for key in KEYS:
        if values.get(key):
            parser.set(name, key, values[key])
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = io.StringIO()
    parser.write(text)
    replace_file(path, text.getvalue().encode("utf-8"), mode=0o600)  # a crash never leaves half a profile


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = click.open_file(path, encoding="utf-8").read() if path == "-" else Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"cannot read the {what} from {path}: {type(exc).__name__}") from None
    value = text.strip()
    if not value:
        raise SettingsError(f"the {what} file {path} is empty")
    return value


@dataclass
class Sources:
    """What the command line was given: flags, and where to look for profiles."""

    flags: dict[str, str] = field(default_factory=dict)
    secret_key_file: str | None = None
    password_file: str | None = None
    profile: str | None = None
    config_file: str | None = None

    def merged_flags(self) -> dict[str, str]:
        flags = {key: value for key, value in self.flags.items() if value}
        if self.secret_key_file:
            flags["secret_key"] = _read_secret_file(self.secret_key_file, "secret key")
        if self.password_file:
            flags["password"] = _read_secret_file(self.password_file, "password")
        return flags


def resolve(sources: Sources, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The ``Session`` keyword arguments these sources give (see the module docstring for the order)."""
    env = os.environ if environ is None else environ
    path = config_path(sources.config_file, env)
    named = sources.profile or env.get(PROFILE_ENV)
    layers: list[dict[str, str]] = [sources.merged_flags()]
    if named:
        layers.append(read_profile(path, named, required=True))
    layers.append({key: env[ENV[_session_name(key)]] for key in KEYS if env.get(ENV[_session_name(key)])})
    if not named:
        layers.append(read_profile(path, "default", required=False))
    settings: dict[str, str] = {}
    credentials = next(
        ({k: v for k, v in layer.items() if k in CREDENTIALS} for layer in layers if CREDENTIALS & set(layer)), {}
    )
    for layer in reversed(layers):
        settings.update({key: value for key, value in layer.items() if key not in CREDENTIALS})
    settings.update(credentials)
    if not settings.get("project_id"):
        raise SettingsError(
            "no project id: give --project-id, set HUAWEICLOUD_SDK_PROJECT_ID, or run 'modelarts configure'"
        )
    if not credentials:
        raise SettingsError(
            "no credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (or HUAWEICLOUD_SDK_USERNAME and "
            "_PASSWORD), give --access-key with --secret-key-file, or run 'modelarts configure'"
        )
    return {_session_name(key): value for key, value in settings.items()}
