"""``kindspace merge PATH``: bring another kindspace file's entries into this journal.

PATH is a backup (its key file beside it) or another data folder. A copy of this journal
opens with this journal's own key; another journal needs its passphrase or recovery key
(``--passphrase-stdin`` / ``--recovery-key-stdin`` give the same secret to both, else a
terminal asks). The work is :func:`kindspace.sync.merging.merge_file`; this only puts it
into words, which never include a word of either journal. A wrong secret exits 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.commands.session import SecretKind, Session
from kindspace.errors import InvalidInput, WrongSecret
from kindspace.i18n import _, ngettext
from kindspace.journal.recovery_key import normalize_recovery_key
from kindspace.sync.log import MergeReport
from kindspace.sync.merging import merge_file
from kindspace.sync.settings import load_settings

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

PROMPT_ATTEMPTS = 3


def run_merge(session: Session) -> int:
    path: Path = session.args.path
    secret = session.explicit_secret()
    with session.open() as journal:
        if secret is not None:
            report = merge_file(journal, path, **_secret(secret.kind, secret.value))
        else:
            report = _merge_asking(session, journal, path)
        sharing = load_settings(journal) is not None
    _say(session, report, path, sharing)
    return 0


def _merge_asking(session: Session, journal: Journal, path: Path) -> MergeReport:
    try:
        return merge_file(journal, path)
    except WrongSecret:
        if not session.interactive:
            raise
    session.err.write(
        _(
            "{name} belongs to another journal. Type its passphrase; its recovery key works too."
        ).format(name=path.name)
        + "\n"
    )
    for _attempt in range(PROMPT_ATTEMPTS):
        typed = session.ask_hidden(_("Passphrase or recovery key: "))
        if not typed.strip():
            continue
        kind = SecretKind.RECOVERY_KEY if _is_recovery_key(typed) else SecretKind.PASSPHRASE
        try:
            return merge_file(journal, path, **_secret(kind, typed))
        except WrongSecret as error:
            session.err.write(f"{error}\n")
    raise WrongSecret(_("Nothing was merged; please try again when you're ready."))


def _secret(kind: SecretKind, value: str) -> dict[str, str]:
    if kind is SecretKind.RECOVERY_KEY:
        return {"recovery_key": value}
    return {"passphrase": value}


def _is_recovery_key(text: str) -> bool:
    try:
        normalize_recovery_key(text)
    except InvalidInput:
        return False
    return True


def _say(session: Session, report: MergeReport, path: Path, sharing: bool) -> None:
    out = session.out
    if report.nothing:
        out.write(
            _("Nothing new came in from {name}: this journal already has all of it.").format(
                name=path.name
            )
            + "\n"
        )
        return
    out.write(_("Merged {name} into this journal.").format(name=path.name) + "\n")
    added, changed, removed, other = report.added, report.changed, report.removed, report.other
    lines = (
        (added, ngettext("%(count)d entry came in.", "%(count)d entries came in.", added)),
        (
            changed,
            ngettext("%(count)d entry was updated.", "%(count)d entries were updated.", changed),
        ),
        (
            removed,
            ngettext(
                "%(count)d entry was deleted there later, so it moved to the trash.",
                "%(count)d entries were deleted there later, so they moved to the trash.",
                removed,
            ),
        ),
        (
            other,
            ngettext(
                "%(count)d setting, contact or own exercise came in.",
                "%(count)d settings, contacts or own exercises came in.",
                other,
            ),
        ),
    )
    for count, line in lines:
        if count:
            out.write((line % {"count": count}) + "\n")
    if report.conflicts:
        out.write(
            ngettext(
                "%(count)d entry now has two versions, because it was changed in both "
                "journals; both are kept, and the app lets you choose.",
                "%(count)d entries now have two versions, because they were changed in both "
                "journals; both are kept, and the app lets you choose.",
                report.conflicts,
            )
            % {"count": report.conflicts}
            + "\n"
        )
    if sharing:
        out.write(_("Your other devices get these changes at the next sync.") + "\n")
