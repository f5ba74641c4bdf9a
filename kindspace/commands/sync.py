"""``kindspace sync``: one journal on a person's own devices, through a folder they sync.

``sync`` exchanges now and says what went out and came in; ``sync setup FOLDER`` starts
sharing; ``sync join FOLDER`` makes this device's journal from the folder (a wrong secret
exits 2 and makes nothing); ``sync status`` lists the devices; ``sync leave`` stops
sharing here and keeps the journal. The work is all in :mod:`kindspace.sync`; this module
only puts it into words. The words never include a secret or a word of the journal.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kindspace.commands.session import SecretKind, Session
from kindspace.errors import CannotUnlock, InvalidInput, KindspaceError, WrongSecret
from kindspace.i18n import _, ngettext, number
from kindspace.journal.journal import JournalLocation
from kindspace.journal.keyring_store import KeyringKeyStore
from kindspace.journal.recovery_key import normalize_recovery_key
from kindspace.sync.engine import DeviceStatus, ExchangeReport, SyncEngine, SyncStatus
from kindspace.sync.keys import JoinKeys
from kindspace.sync.settings import load_settings

PROMPT_ATTEMPTS = 3


def run_sync(session: Session) -> int:
    action = getattr(session.args, "sync_action", None)
    if action == "setup":
        return _setup(session)
    if action == "join":
        return _join(session)
    if action == "status":
        return _status(session)
    if action == "leave":
        return _leave(session)
    if action == "compact":
        return _compact(session)
    with session.open() as journal:
        report = SyncEngine(journal).exchange()
    _say_report(session, report)
    return 0


def _changes(count: int) -> str:
    # Translators: a count that goes into "Went out: …", "Waiting to go out: …" and the like.
    return ngettext("{count} change", "{count} changes", count).format(count=number(count))


def _tidied(count: int) -> str:
    return ngettext(
        "Tidied up {count} old file that every device has seen.",
        "Tidied up {count} old files that every device has seen.",
        count,
    ).format(count=number(count))


def _say_report(session: Session, report: ExchangeReport) -> None:
    out = session.out
    if report.from_snapshot:
        out.write(_("Came in: the whole journal, from the copy in the folder.") + "\n")
    if report.sent or report.received:
        out.write(
            _("Went out: {sent}. Came in: {received}.").format(
                sent=_changes(report.sent), received=_changes(report.received)
            )
            + "\n"
        )
    elif not report.from_snapshot:
        out.write(_("Nothing new went out or came in.") + "\n")
    if report.conflicts:
        out.write(
            ngettext(
                "{count} entry now has two versions, because it was changed on two devices "
                "at once; both are kept, and the app lets you choose.",
                "{count} entries now have two versions, because they were changed on two "
                "devices at once; both are kept, and the app lets you choose.",
                report.conflicts,
            ).format(count=number(report.conflicts))
            + "\n"
        )
    if report.devices:
        out.write(
            ngettext(
                "Shared with {count} other device.",
                "Shared with {count} other devices.",
                report.devices,
            ).format(count=number(report.devices))
            + "\n"
        )
    else:
        out.write(_("No other device shares this journal yet.") + "\n")
    if report.unreadable or report.waiting:
        count = len(report.unreadable) or len(set(report.waiting))
        session.err.write(
            ngettext(
                "Note: {count} file in the folder couldn't be read yet; it may still be "
                "arriving. kindspace will try again at the next sync, and nothing was "
                "applied from it.",
                "Note: {count} files in the folder couldn't be read yet; they may still be "
                "arriving. kindspace will try again at the next sync, and nothing was "
                "applied from them.",
                count,
            ).format(count=number(count))
            + "\n"
        )
    if report.new_identity:
        session.err.write(
            _(
                "Note: this journal was restored from a backup or copied from another "
                "computer, so from now on it takes part as a new device. What was written "
                "here went out again, and what your other devices have came in; nothing "
                "was lost."
            )
            + "\n"
        )
    if report.tidied:
        out.write(_tidied(report.tidied) + "\n")


def _setup(session: Session) -> int:
    from kindspace.sync.joining import start_sharing

    folder: Path = session.args.folder
    with session.open() as journal:
        settings = load_settings(journal)
        if settings is not None and settings.folder != folder.absolute():
            raise KindspaceError(
                _(
                    "This journal is already shared through {folder}. To move to another "
                    "folder, 'kindspace sync leave' first, then set up the new one."
                ).format(folder=settings.folder)
            )
        if settings is not None:
            session.out.write(
                _("Your journal is already shared through {folder}.").format(folder=folder) + "\n"
            )
            _say_report(session, SyncEngine(journal, settings).exchange())
            return 0
        engine = start_sharing(journal, folder)
        report = engine.exchange()
    session.out.write(
        _(
            "Your journal is now shared through {folder}.\n"
            "On your other devices, 'kindspace sync join {folder}' brings it there; "
            "it asks for your passphrase or recovery key."
        ).format(folder=folder)
        + "\n"
    )
    _say_report(session, report)
    return 0


def _join(session: Session) -> int:
    from kindspace.sync.joining import join, refuse_overlap

    folder: Path = session.args.folder
    location: JournalLocation = session.location
    refuse_overlap(location.data_dir, folder)
    if location.exists():
        # Said before asking for any secret, and nothing is touched.
        raise KindspaceError(
            _(
                "There is already a journal in {data_dir}, so kindspace left it untouched. "
                "Please join with --data-dir pointing at a new, empty folder."
            ).format(data_dir=location.data_dir)
        )
    secret = session.explicit_secret()
    if secret is not None:
        kind, value = secret.kind, secret.value
        keys = _open_keys(folder, kind, value)
    elif session.interactive:
        session.err.write(
            _("To join, type the passphrase of your journal; its recovery key works too.") + "\n"
        )
        for _attempt in range(PROMPT_ATTEMPTS):
            typed = session.ask_hidden(_("Passphrase or recovery key: "))
            if not typed.strip():
                continue
            kind = SecretKind.RECOVERY_KEY if _is_recovery_key(typed) else SecretKind.PASSPHRASE
            value = typed
            try:
                keys = _open_keys(folder, kind, value)
                break
            except WrongSecret as error:
                session.err.write(f"{error}\n")
        else:
            raise WrongSecret(_("Nothing was made; please try again when you're ready."))
    else:
        raise CannotUnlock(
            _(
                "Joining needs your journal's passphrase or recovery key: please give it with "
                "--passphrase-stdin or --recovery-key-stdin, or run kindspace in a terminal "
                "to be asked."
            )
        )
    store = None
    if not session.args.no_keyring:
        check = session.probe_keyring()
        if check.backend is not None:
            store = KeyringKeyStore(check.backend)
    recovery = value if kind is SecretKind.RECOVERY_KEY else None
    journal = join(location, folder, keys, recovery_key=recovery, keyring=store)
    with journal:
        session.out.write(
            _("This device now shares the journal in {folder}.").format(folder=folder) + "\n"
        )
        try:
            report = SyncEngine(journal).exchange()
        except KindspaceError as error:
            session.err.write(
                f"{error}\n"
                + _("Your journal was made here; 'kindspace sync' brings in the rest.")
                + "\n"
            )
            return 1
        _say_report(session, report)
        session.out.write(
            _opens_with(keyring=store is not None, passphrase=journal.keys.passphrase is not None)
            + "\n"
        )
        if journal.keys.passphrase is None and store is None:
            session.err.write(
                _(
                    "Note: only your recovery key opens it here; 'kindspace passphrase' sets "
                    "an everyday passphrase."
                )
                + "\n"
            )
    return 0


def _opens_with(*, keyring: bool, passphrase: bool) -> str:
    """What opens the new journal here, as one whole sentence for each case."""
    if keyring and passphrase:
        return _("Here it opens with the system keyring, your passphrase and your recovery key.")
    if keyring:
        return _("Here it opens with the system keyring and your recovery key.")
    if passphrase:
        return _("Here it opens with your passphrase and your recovery key.")
    return _("Here it opens with your recovery key.")


def _open_keys(folder: Path, kind: SecretKind, value: str) -> JoinKeys:
    from kindspace.sync.joining import open_folder_keys

    if kind is SecretKind.PASSPHRASE:
        return open_folder_keys(folder, passphrase=value)
    return open_folder_keys(folder, recovery_key=value)


def _is_recovery_key(text: str) -> bool:
    try:
        normalize_recovery_key(text)
    except InvalidInput:
        return False
    return True


def _when(moment: datetime | None) -> str:
    if moment is None:
        return _("never")
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _status(session: Session) -> int:
    with session.open() as journal:
        status: SyncStatus = SyncEngine(journal).status()
    out = session.out
    out.write(_("Shared through {folder}").format(folder=status.folder) + "\n")
    out.write(_("Last exchange here: {when}").format(when=_when(status.last_exchange)) + "\n")
    others = [d for d in status.devices if not d.this_device]
    out.write(_("Devices:") + "\n")
    for device in status.devices:
        out.write("  " + _device_line(device) + "\n")
    if not others:
        out.write("  " + _("No other device has joined yet.") + "\n")
    out.write(_("Waiting to go out: {changes}").format(changes=_changes(status.to_send)) + "\n")
    out.write(_("Waiting to come in: {changes}").format(changes=_changes(status.to_receive)) + "\n")
    if status.unreadable:
        count = len(status.unreadable)
        out.write(
            ngettext(
                "Not readable yet (perhaps still arriving): {count} file",
                "Not readable yet (perhaps still arriving): {count} files",
                count,
            ).format(count=number(count))
            + "\n"
        )
    return 0


def _device_line(device: DeviceStatus) -> str:
    """One device in ``sync status``, a whole line for each case so it can be translated."""
    tag = device.device_id[:8]
    if device.last_seen is None and not device.label:
        return _("a device [{id}]: its state can't be read yet").format(id=tag)
    when = _when(device.last_seen)
    if device.this_device and device.left:
        return _("{label} [{id}] (this device): last seen {when}, stopped sharing").format(
            label=device.label, id=tag, when=when
        )
    if device.this_device:
        return _("{label} [{id}] (this device): last seen {when}").format(
            label=device.label, id=tag, when=when
        )
    if device.left:
        return _("{label} [{id}]: last seen {when}, stopped sharing").format(
            label=device.label, id=tag, when=when
        )
    if device.behind:
        return ngettext(
            "{label} [{id}]: last seen {when}, yet to take in {count} change from here",
            "{label} [{id}]: last seen {when}, yet to take in {count} changes from here",
            device.behind,
        ).format(label=device.label, id=tag, when=when, count=number(device.behind))
    return _("{label} [{id}]: last seen {when}").format(label=device.label, id=tag, when=when)


def _leave(session: Session) -> int:
    with session.open() as journal:
        engine = SyncEngine(journal)
        folder = engine.folder.folder
        told = engine.leave()
    session.out.write(
        _(
            "This device no longer shares the journal through {folder}. "
            "Your journal stays here, just as it is."
        ).format(folder=folder)
        + "\n"
    )
    if not told:
        session.err.write(
            _(
                "Note: the folder couldn't be reached, so the other devices will keep your "
                "changes waiting for this device until it joins again or the folder is back."
            )
            + "\n"
        )
    return 0


def _compact(session: Session) -> int:
    from kindspace.sync.compaction import Compactor

    with session.open() as journal:
        engine = SyncEngine(journal)
        engine.exchange(tidy=False)
        removed = Compactor(engine).compact()
    if removed:
        session.out.write(_tidied(removed) + "\n")
    else:
        session.out.write(
            _(
                "Nothing could be tidied now: another device may be tidying, or some device "
                "hasn't taken in the latest changes yet."
            )
            + "\n"
        )
    return 0
