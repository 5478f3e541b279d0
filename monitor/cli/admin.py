"""Administration: the schema (`db`), project tokens (`token`), alert channels (`channel`)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from lossmon.server import migrate
from lossmon.server.cli import DATABASE_OPTION, describe, main, open_database, settings_for

if TYPE_CHECKING:
    from lossmon.server.models import ApiToken


@main.group()
def db() -> None:
    """Database schema commands."""


@db.command("upgrade")
@DATABASE_OPTION
@click.option("--revision", default="head", show_default=True)
def db_upgrade(database_url: str | None, revision: str) -> None:
    """Apply migrations (the way to create or update a PostgreSQL schema)."""
    settings = settings_for(database_url)
    migrate.upgrade(settings.database_url, revision)
    click.echo(f"database at {revision}: {describe(settings)}")


@db.command("downgrade")
@DATABASE_OPTION
@click.argument("revision")
def db_downgrade(database_url: str | None, revision: str) -> None:
    """Revert migrations down to REVISION ("base" removes every table)."""
    settings = settings_for(database_url)
    migrate.downgrade(settings.database_url, revision)
    click.echo(f"database at {revision}: {describe(settings)}")


@main.group()
def token() -> None:
    """API tokens: create, list, check, revoke."""


@token.command("create")
@click.option(
    "--project",
    default=None,
    help="A token of this project (created if it does not exist). Without: a token for every "
    "project, which creates projects on first write.",
)
@click.option("--label", default="", help="What the token is for (shown by `token list`).")
@DATABASE_OPTION
def token_create(project: str | None, label: str, database_url: str | None) -> None:
    """Create a token; the token alone is printed on the last line (shown only once)."""
    from lossmon.server import auth, store

    problem = auth.project_name_problem(project) if project is not None else None
    if problem is not None:
        raise click.BadParameter("use letters, digits, '-', '_' or '.'", param_hint="--project")
    with open_database(database_url) as database, database.session() as session:
        owner = store.get_or_create_project(session, project) if project is not None else None
        new = auth.create_token(session, owner, label)
    scope = f"project {new.project!r}" if new.project is not None else "every project"
    click.echo(f"token {new.id} for {scope} (store it now, it is not shown again):")
    click.echo(new.secret)


@token.command("check")
@DATABASE_OPTION
def token_check(database_url: str | None) -> None:
    """Read a token on stdin; exit 0 when it is live, 1 when it is unknown or revoked."""
    from lossmon.server import auth

    secret = sys.stdin.readline().strip()
    with open_database(database_url) as database, database.session() as session:
        live = bool(secret) and auth.token_is_live(session, secret)
    click.echo("live" if live else "unknown or revoked")
    if not live:
        raise SystemExit(1)


@token.command("list")
@click.option("--project", default=None)
@DATABASE_OPTION
def token_list(project: str | None, database_url: str | None) -> None:
    """List tokens (never their secrets)."""
    from lossmon.server import auth

    with open_database(database_url) as database, database.session() as session:
        tokens = auth.list_tokens(session, project)
        click.echo(
            f"{'id':>4}  {'project':<20} {'label':<20} {'prefix':<12} {'status':<8} last used"
        )
        for item in tokens:
            status = "revoked" if item.revoked_at else "active"
            used = item.last_used_at.isoformat(timespec="seconds") if item.last_used_at else "never"
            click.echo(
                f"{item.id:>4}  {_token_scope(item):<20} {item.label:<20} {item.prefix + '…':<12} "
                f"{status:<8} {used}"
            )


def _token_scope(item: ApiToken) -> str:
    return item.project.name if item.project is not None else "* (every project)"


@token.command("revoke")
@click.argument("token_id", type=int)
@DATABASE_OPTION
def token_revoke(token_id: int, database_url: str | None) -> None:
    """Revoke a token by its id; clients using it get 401 from now on."""
    from lossmon.server import auth

    with open_database(database_url) as database, database.session() as session:
        revoked = auth.revoke_token(session, token_id)
    if revoked is None:
        raise click.ClickException(f"no token with id {token_id}")
    click.echo(f"token {token_id} revoked")


@main.group()
def channel() -> None:
    """Notification channels: add, list, remove, test (webhooks and apprise URLs)."""


@channel.command("add")
@click.option("--project", required=True, help="Project name; created if it does not exist.")
@click.argument("url")
@click.option("--secret", default=None, help="Webhook signing secret; generated when not given.")
@click.option(
    "--min-severity",
    type=click.Choice(["info", "warning", "critical"]),
    default="warning",
    show_default=True,
)
@click.option("--events", default="fired,resolved", show_default=True, help="fired, resolved")
@DATABASE_OPTION
def channel_add(
    project: str,
    url: str,
    secret: str | None,
    min_severity: str,
    events: str,
    database_url: str | None,
) -> None:
    """Add URL as a channel: http(s) = signed JSON webhook; other schemes = apprise URLs
    (slack://, discord://, msteams://, mailto://, ntfy://, json://, ...)."""
    from lossmon.server import channels, store

    allow_private = settings_for(database_url).allow_private_channels
    with open_database(database_url) as database, database.session() as session:
        try:
            new = channels.create_channel(
                session, store.get_or_create_project(session, project), url, secret,
                min_severity, events, allow_private=allow_private,
            )  # fmt: skip
        except channels.ChannelError as error:
            raise click.BadParameter(error.message, param_hint=error.field) from None
        shown = channels.channel_json(new.channel, project)
    click.echo(
        f"channel {shown['id']} for project {project!r}: {shown['url']} "
        f"({shown['min_severity']}+, {','.join(shown['events'])})"
    )
    if new.generated_secret:
        click.echo("signing secret (store it now, it is not shown again):")
        click.echo(new.generated_secret)


@channel.command("list")
@click.option("--project", default=None)
@DATABASE_OPTION
def channel_list(project: str | None, database_url: str | None) -> None:
    """List channels, URLs masked (never their secrets)."""
    from lossmon.server import channels, store

    with open_database(database_url) as database, database.session() as session:
        scope = None
        if project is not None:
            found = store.find_project(session, project)
            if found is None:
                raise click.ClickException(f"no project named {project!r}")
            scope = found.id
        rows = [
            channels.channel_json(item, item.project.name)
            for item in channels.list_channels(session, scope)
        ]
    click.echo(f"{'id':>4}  {'project':<20} {'severity':<9} {'events':<15} {'signed':<6} url")
    for row in rows:
        click.echo(
            f"{row['id']:>4}  {row['project']:<20} {row['min_severity']:<9} "
            f"{','.join(row['events']):<15} {'yes' if row['signed'] else 'no':<6} {row['url']}"
        )


@channel.command("remove")
@click.argument("channel_id", type=int)
@DATABASE_OPTION
def channel_remove(channel_id: int, database_url: str | None) -> None:
    """Remove a channel (its pending deliveries go with it)."""
    from lossmon.server import channels

    with open_database(database_url) as database, database.session() as session:
        removed = channels.remove_channel(session, channel_id)
    if not removed:
        raise click.ClickException(f"no channel with id {channel_id}")
    click.echo(f"channel {channel_id} removed")


@channel.command("test")
@click.argument("channel_id", type=int)
@DATABASE_OPTION
def channel_test(channel_id: int, database_url: str | None) -> None:
    """Send a test notification now; exit 1 when the receiver did not acknowledge it."""
    from lossmon.server import notify
    from lossmon.server.models import Channel

    settings = settings_for(database_url)
    with open_database(database_url) as database, database.session() as session:
        found = session.get(Channel, channel_id)
        if found is None:
            raise click.ClickException(f"no channel with id {channel_id}")
        project = found.project.name
        session.expunge(found)
    link = f"{settings.public_url.rstrip('/')}/projects/{project}"
    outcome = notify.deliver(
        found,
        notify.test_message(project, channel_id, link),
        10.0,
        allow_private=settings.allow_private_channels,
    )
    if not outcome.ok:
        raise click.ClickException(f"channel {channel_id}: not delivered: {outcome.error}")
    click.echo(f"channel {channel_id}: delivered")
