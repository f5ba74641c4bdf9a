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
from kindspace.i18n import _, ngettext
from kindspace.journal.journal import JournalLocation
from kindspace.journal.keyring_store import KeyringKeyStore
from kindspace.journal.recovery_key import normalize_recovery_key
from kindspace.sync.engine import ExchangeReport, SyncEngine, SyncStatus
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
    return ngettext("%d change", "%d changes", count) % count


def _devices(count: int) -> str:
    return ngettext("%d other device", "%d other devices", count) % count


def _say_report(session: Session, report: ExchangeReport) -> None:
    out = session.out
    if report.from_snapshot:
        out.write("Came in: the whole journal, from the copy in the folder.\n")
    if report.sent or report.received:
        out.write(f"Went out: {_changes(report.sent)}. Came in: {_changes(report.received)}.\n")
    elif not report.from_snapshot:
        out.write("Nothing new went out or came in.\n")
    if report.conflicts:
        entries = ngettext("%d entry", "%d entries", report.conflicts) % report.conflicts
        out.write(
            f"{entries} now {'has' if report.conflicts == 1 else 'have'} two versions, "
            "because it was changed on two devices at once; both are kept, and the app "
            "lets you choose.\n"
        )
    if report.devices:
        out.write(f"Shared with {_devices(report.devices)}.\n")
    else:
        out.write("No other device shares this journal yet.\n")
    if report.unreadable or report.waiting:
        count = len(report.unreadable) or len(set(report.waiting))
        files = ngettext("%d file", "%d files", count) % count
        session.err.write(
            f"Note: {files} in the folder couldn't be read yet; they may still be arriving. "
            "kindspace will try again at the next sync, and nothing was applied from them.\n"
        )
    if report.new_identity:
        session.err.write(
            _(
                "Note: this journal was restored from a backup or copied from another "
                "computer, so from now on it takes part as a new device. What was written "
                "here went out again, and what your other devices have came in; nothing "
                "was lost.\n"
            )
        )
    if report.tidied:
        old = ngettext("%d old file", "%d old files", report.tidied) % report.tidied
        out.write(f"Tidied up {old} that every device has seen.\n")


def _setup(session: Session) -> int:
    from kindspace.sync.joining import start_sharing

    folder: Path = session.args.folder
    with session.open() as journal:
        settings = load_settings(journal)
        if settings is not None and settings.folder != folder.absolute():
            raise KindspaceError(
                f"This journal is already shared through {settings.folder}. To move to "
                f"another folder, 'kindspace sync leave' first, then set up the new one."
            )
        if settings is not None:
            session.out.write(f"Your journal is already shared through {folder}.\n")
            _say_report(session, SyncEngine(journal, settings).exchange())
            return 0
        engine = start_sharing(journal, folder)
        report = engine.exchange()
    session.out.write(
        f"Your journal is now shared through {folder}.\n"
        f"On your other devices, 'kindspace sync join {folder}' brings it there; "
        "it asks for your passphrase or recovery key.\n"
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
            f"There is already a journal in {location.data_dir}, so kindspace left it "
            "untouched. Please join with --data-dir pointing at a new, empty folder."
        )
    secret = session.explicit_secret()
    if secret is not None:
        kind, value = secret.kind, secret.value
        keys = _open_keys(folder, kind, value)
    elif session.interactive:
        session.err.write(
            "To join, type the passphrase of your journal; its recovery key works too.\n"
        )
        for _ in range(PROMPT_ATTEMPTS):
            typed = session.ask_hidden("Passphrase or recovery key: ")
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
            raise WrongSecret("Nothing was made; please try again when you're ready.")
    else:
        raise CannotUnlock(
            "Joining needs your journal's passphrase or recovery key: please give it with "
            "--passphrase-stdin or --recovery-key-stdin, or run kindspace in a terminal to "
            "be asked."
        )
    store = None
    if not session.args.no_keyring:
        check = session.probe_keyring()
        if check.backend is not None:
            store = KeyringKeyStore(check.backend)
    recovery = value if kind is SecretKind.RECOVERY_KEY else None
    journal = join(location, folder, keys, recovery_key=recovery, keyring=store)
    with journal:
        session.out.write(f"This device now shares the journal in {folder}.\n")
        try:
            report = SyncEngine(journal).exchange()
        except KindspaceError as error:
            session.err.write(
                f"{error}\nYour journal was made here; 'kindspace sync' brings in the rest.\n"
            )
            return 1
        _say_report(session, report)
        opens_with = []
        if store is not None:
            opens_with.append("the system keyring")
        if journal.keys.passphrase is not None:
            opens_with.append("your passphrase")
        opens_with.append("your recovery key")
        session.out.write(
            f"Here it opens with {', '.join(opens_with[:-1])}"
            f"{' and ' if len(opens_with) > 1 else ''}{opens_with[-1]}.\n"
        )
        if journal.keys.passphrase is None and store is None:
            session.err.write(
                "Note: only your recovery key opens it here; 'kindspace passphrase' sets an "
                "everyday passphrase.\n"
            )
    return 0


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
        return "never"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _status(session: Session) -> int:
    with session.open() as journal:
        status: SyncStatus = SyncEngine(journal).status()
    out = session.out
    out.write(f"Shared through {status.folder}\n")
    out.write(f"Last exchange here: {_when(status.last_exchange)}\n")
    others = [d for d in status.devices if not d.this_device]
    out.write("Devices:\n")
    for device in status.devices:
        if device.last_seen is None and not device.label:
            out.write(f"  a device [{device.device_id[:8]}]: its state can't be read yet\n")
            continue
        where = " (this device)" if device.this_device else ""
        line = (
            f"  {device.label} [{device.device_id[:8]}]{where}: last seen {_when(device.last_seen)}"
        )
        if device.left:
            line += ", stopped sharing"
        elif not device.this_device and device.behind:
            line += f", yet to take in {_changes(device.behind)} from here"
        out.write(line + "\n")
    if not others:
        out.write("  No other device has joined yet.\n")
    out.write(f"Waiting to go out: {_changes(status.to_send)}\n")
    out.write(f"Waiting to come in: {_changes(status.to_receive)}\n")
    if status.unreadable:
        count = len(status.unreadable)
        files = ngettext("%d file", "%d files", count) % count
        out.write(f"Not readable yet (perhaps still arriving): {files}\n")
    return 0


def _leave(session: Session) -> int:
    with session.open() as journal:
        engine = SyncEngine(journal)
        folder = engine.folder.folder
        told = engine.leave()
    session.out.write(
        f"This device no longer shares the journal through {folder}. "
        "Your journal stays here, just as it is.\n"
    )
    if not told:
        session.err.write(
            "Note: the folder couldn't be reached, so the other devices will keep your "
            "changes waiting for this device until it joins again or the folder is back.\n"
        )
    return 0


def _compact(session: Session) -> int:
    from kindspace.sync.compaction import Compactor

    with session.open() as journal:
        engine = SyncEngine(journal)
        engine.exchange(tidy=False)
        removed = Compactor(engine).compact()
    if removed:
        old = ngettext("%d old file", "%d old files", removed) % removed
        session.out.write(f"Tidied up {old} that every device has seen.\n")
    else:
        session.out.write(
            "Nothing could be tidied now: another device may be tidying, or some device "
            "hasn't taken in the latest changes yet.\n"
        )
    return 0
