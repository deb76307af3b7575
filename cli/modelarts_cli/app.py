"""The ``modelarts`` root command: shared options, the session, and what each failure exits with.

Exit codes, so a script can tell failures apart without reading stderr:

====  ==========================================================================================
0     done
1     the service answered with an error (one line on stderr: status, ModelArts code, meaning),
      or an OBS transfer failed (``modelarts obs cp``: which file, and what to do)
2     usage: a bad option, body or file, missing credentials or project (click's own code)
3     network: the service could not be reached or did not answer in time
4     a ``--wait`` ended without success: the resource reached a failure status, or time ran out
130   interrupted (Ctrl-C), without a traceback
====  ==========================================================================================

The shared options (``--profile``, ``--endpoint``, ``--output``, ...) are accepted before the
command, as ``modelarts --output json job get-job``, and after it, as ``modelarts job get-job -o
json``; given in both places, the later one wins.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from . import settings

if TYPE_CHECKING:
    from modelarts_overlays import Session

__all__ = ["CliState", "ExitCode", "main", "root", "shared_options", "state"]


class ExitCode(IntEnum):
    OK = 0
    API_ERROR = 1
    USAGE = 2
    NETWORK = 3
    WAIT_FAILED = 4
    INTERRUPTED = 130


@dataclass
class CliState:
    """What the shared options said, and the session they make (built once, when first needed)."""

    sources: settings.Sources = field(default_factory=settings.Sources)
    output: str = "table"
    _session: Session | None = None

    @property
    def json(self) -> bool:
        return self.output == "json"

    def session(self) -> Session:
        if self._session is None:
            from modelarts_overlays import Session

            try:
                self._session = Session(**settings.resolve(self.sources))
            except ValueError as exc:  # e.g. an access key without its secret key
                raise settings.SettingsError(str(exc)) from None
        return self._session


def state(ctx: click.Context | None = None) -> CliState:
    """The command line's state, kept on the root context."""
    root_ctx = (ctx or click.get_current_context()).find_root()
    if not isinstance(root_ctx.obj, CliState):
        root_ctx.obj = CliState()
    return root_ctx.obj


def _store(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    """A callback that records an option's value when given (a later place overrides an earlier)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None:
            return
        current = state(ctx)
        if attribute == "output":
            current.output = value
        elif attribute in ("profile", "config_file", "secret_key_file", "password_file"):
            setattr(current.sources, attribute, value)
        else:
            current.sources.flags[attribute] = value

    return callback


_SHARED: list[tuple[tuple[str, ...], dict[str, Any]]] = [
    (("--profile",), {"metavar": "NAME", "help": "Profile from the config file (default: 'default')."}),
    (("--config-file",), {"metavar": "PATH", "help": "Profile file (default: ~/.modelarts/config)."}),
    (("--endpoint",), {"metavar": "URL", "help": "ModelArts endpoint, e.g. the emulator's http://127.0.0.1:8000."}),
    (("--iam-endpoint",), {"metavar": "URL", "help": "IAM endpoint, for password login."}),
    (("--obs-endpoint",), {"metavar": "URL", "help": "OBS endpoint, e.g. the local OBS's http://127.0.0.1:9000."}),
    (("--region",), {"metavar": "NAME", "help": "Region, e.g. cn-north-4."}),
    (("--project-id",), {"metavar": "ID", "help": "Project ID."}),
    (("--access-key",), {"metavar": "AK", "help": "Access key (its secret key from --secret-key-file)."}),
    (("--secret-key-file",), {"metavar": "PATH", "help": "File holding the secret key ('-': stdin)."}),
    (("--username",), {"metavar": "NAME", "help": "IAM user, for password login."}),
    (("--password-file",), {"metavar": "PATH", "help": "File holding the IAM password ('-': stdin)."}),
    (
        ("-o", "--output"),
        {"type": click.Choice(["table", "json"]), "help": "table (default) or json: the API's JSON as sent."},
    ),
]

F = TypeVar("F", bound=Callable[..., Any])


def shared_options(command: F) -> F:
    """Attach the shared options to a command (the root and every leaf), after its own."""
    options = [
        click.Option(
            list(decls), expose_value=False, is_eager=True, callback=_store(decls[-1][2:].replace("-", "_")), **extra
        )
        for decls, extra in _SHARED
    ]
    if isinstance(command, click.Command):
        command.params.extend(options)
    else:  # a function not yet made a command: click reads __click_params__ in reverse
        command.__dict__.setdefault("__click_params__", []).extend(reversed(options))
    return command


class RootGroup(click.Group):
    """The root: handwritten groups first, then one group per chapter of the spec, built lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from .spec_commands import chapter_names

        return [*super().list_commands(ctx), *chapter_names()]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            return command
        from .spec_commands import chapter_group

        return chapter_group(cmd_name)


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="modelarts-client", prog_name="modelarts")
@shared_options
def root() -> None:
    """ModelArts from the command line: training jobs as with ma-cli ma-job, and every API operation.

    \b
    Credentials, project and region come from flags, from a profile (modelarts configure), or from
    the environment variables of the Python client (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK,
    HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_REGION, MODELARTS_ENDPOINT, MODELARTS_OBS_ENDPOINT).

    \b
    Exit codes: 0 done, 1 API error (or a failed OBS transfer), 2 usage error, 3 network error,
    4 a --wait that did not succeed, 130 interrupted.
    """


@root.command()
@click.option("--profile", "profile", metavar="NAME", help="Profile to write (default: 'default').")
@click.option("--config-file", metavar="PATH", help="Profile file (default: ~/.modelarts/config).")
def configure(profile: str | None, config_file: str | None) -> None:
    """Write a profile: asks for the key pair, project, region and endpoint (the secret key unechoed)."""
    import os

    given = state().sources  # `modelarts --profile NAME configure` means the same
    profile = profile or given.profile or "default"
    path = settings.config_path(config_file or given.config_file, os.environ)
    current = settings.read_profile(path, profile, required=False)
    # Not asked (most use the region's), but a profile that names one keeps it.
    values: dict[str, str] = {"obs_endpoint": current.get("obs_endpoint", "")}
    values["access_key"] = click.prompt("Access key", default=current.get("access_key"))
    values["secret_key"] = click.prompt(
        "Secret key" + (" (Enter keeps the current one)" if current.get("secret_key") else ""),
        hide_input=True,
        default=current.get("secret_key", ""),
        show_default=False,
    )
    values["project_id"] = click.prompt("Project ID", default=current.get("project_id"))
    values["region"] = click.prompt("Region", default=current.get("region", "cn-north-4"))
    values["endpoint"] = click.prompt(
        "Endpoint (Enter for the region's)", default=current.get("endpoint", ""), show_default=False
    )
    settings.write_profile(path, profile, values)
    home = Path.home()
    shown = f"~/{path.relative_to(home)}" if path.is_relative_to(home) else str(path)
    click.echo(f"profile {profile!r} written to {shown}", err=True)


@root.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Print the shell completion script, e.g. eval "$(modelarts completion bash)" in ~/.bashrc."""
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    if completer is None:  # pragma: no cover - the choice above lists only supported shells
        raise click.UsageError(f"no completion for {shell}")
    click.echo(completer(root, {}, "modelarts", "_MODELARTS_COMPLETE").source())


def one_line(error: BaseException) -> str:
    """An error's message on one line (the overlays' errors explain themselves over several)."""
    return " -- ".join(part.strip() for part in str(error).splitlines() if part.strip())


def _register_groups() -> None:
    from .jobs import job
    from .obs import obs
    from .predict import predict

    root.add_command(job)
    root.add_command(obs)
    root.add_command(predict)


_register_groups()


def _fail(code: ExitCode, message: str) -> NoReturn:
    click.echo(f"modelarts: {message}", err=True)
    sys.exit(int(code))


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The console script: run the command, turn each kind of failure into its exit code."""
    import httpx

    from modelarts_overlays import ModelArtsError, TokenError, WaiterError
    from modelarts_overlays.obs_transfer import (
        ObsConnectionError,
        ObsTransferError,
    )  # stdlib only: no need of the [obs] extra

    try:
        result = root.main(args=list(argv) if argv is not None else None, prog_name="modelarts", standalone_mode=False)
    except click.exceptions.Abort:  # Ctrl-C (click turns KeyboardInterrupt into Abort) or EOF at a prompt
        _fail(ExitCode.INTERRUPTED, "interrupted")
    except KeyboardInterrupt:
        _fail(ExitCode.INTERRUPTED, "interrupted")
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ModelArtsError as exc:
        _fail(ExitCode.API_ERROR, f"error: {one_line(exc)}")
    except ObsConnectionError as exc:
        _fail(ExitCode.NETWORK, f"network error: {one_line(exc)}")
    except ObsTransferError as exc:  # after ModelArtsError: an error answer from OBS (ObsError) is both
        _fail(ExitCode.API_ERROR, f"transfer failed: {one_line(exc)}")
    except TokenError as exc:  # IAM refused the password login (raised from inside the auth flow)
        _fail(ExitCode.API_ERROR, f"error: {one_line(exc)}")
    except WaiterError as exc:
        _fail(ExitCode.WAIT_FAILED, f"wait ended: {one_line(exc)}")
    except httpx.TransportError as exc:
        _fail(ExitCode.NETWORK, f"network error: {type(exc).__name__}: {one_line(exc) or 'no answer'}")
    except BrokenPipeError:  # `modelarts ... | head`: the reader left; say nothing more
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(int(ExitCode.OK))
    sys.exit(result if isinstance(result, int) else int(ExitCode.OK))
