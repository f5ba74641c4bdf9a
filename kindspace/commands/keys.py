"""Commands that create the journal or change how it opens: init, passphrase,
require-passphrase, recovery-key.

Each change goes through :class:`~kindspace.journal.journal.Journal`, which only re-wraps the
data key: entries are never rewritten here. New passphrases are typed twice (or given once on
standard input by a script), because a typo in a new passphrase would lock a person out.
"""

from __future__ import annotations

from kindspace.commands.session import SecretKind, Session, short_reason
from kindspace.errors import InvalidInput, JournalExists, KeyringUnavailable
from kindspace.i18n import N_, _
from kindspace.journal.journal import KeyStore, create_journal
from kindspace.journal.keyring_store import KeyringKeyStore

_RECOVERY_EXPLANATION = N_("""\
This key opens your journal if you ever forget your passphrase or lose the keyring.
Please write it down or print it, and keep it somewhere safe and private:
it is shown only this once. ('kindspace recovery-key --new' makes a new one.)""")


def _show_recovery_key(session: Session, code: str) -> None:
    session.out.write(
        "\n" + _("Your recovery key:") + f"\n\n    {code}\n\n" + _(_RECOVERY_EXPLANATION) + "\n"
    )


def run_init(session: Session) -> int:
    """Create a journal: keyring, passphrase, or both; print the recovery key once."""
    location = session.location
    if location.exists():
        raise JournalExists(
            _("There is already a journal in {data_dir}, so kindspace left it untouched.").format(
                data_dir=location.data_dir
            )
        )
    secret = session.explicit_secret()
    if secret is not None and secret.kind is not SecretKind.PASSPHRASE:
        raise InvalidInput(
            _(
                "A new journal needs a passphrase rather than a recovery key; "
                "kindspace makes the recovery key for you."
            )
        )
    passphrase = secret.value if secret is not None else None
    use_keyring = not session.args.no_keyring
    store: KeyStore | None = None
    no_keyring_reason = ""
    if use_keyring:
        check = session.probe_keyring()
        if check.backend is not None:
            store = KeyringKeyStore(check.backend)
        else:
            no_keyring_reason = short_reason(check)
    if passphrase is None and store is None:
        if not session.interactive:
            if no_keyring_reason:
                raise KeyringUnavailable(
                    _(
                        "No usable system keyring was found ({reason}), so your journal "
                        "needs a passphrase: give it with --passphrase-stdin, or run "
                        "'kindspace init' in a terminal to be asked."
                    ).format(reason=no_keyring_reason)
                )
            raise InvalidInput(
                _(
                    "Without the keyring your journal needs a passphrase: give it "
                    "with --passphrase-stdin, or run 'kindspace init' in a "
                    "terminal to be asked."
                )
            )
        if no_keyring_reason:
            session.err.write(
                _(
                    "No usable system keyring was found ({reason}), so please choose a passphrase."
                ).format(reason=no_keyring_reason)
                + "\n"
            )
        session.err.write(_("A few ordinary words in a row make a good passphrase.") + "\n")
        passphrase = session.ask_new_passphrase()
    try:
        journal, code = create_journal(
            location, passphrase=passphrase, keyring=store, use_keyring=store is not None
        )
    except KeyringUnavailable:
        if passphrase is None or store is None:
            raise
        # The half-made journal was removed; a passphrase alone is still a fine way in.
        session.err.write(
            _("The system keyring didn't keep the key, so your passphrase alone opens it.") + "\n"
        )
        store = None
        journal, code = create_journal(location, passphrase=passphrase, use_keyring=False)
    journal.close()
    if store is not None and passphrase is not None:
        ready = _(
            "Your journal is ready in {data_dir}.\n"
            "It opens with the system keyring (and your passphrase)."
        )
    elif store is not None:
        ready = _("Your journal is ready in {data_dir}.\nIt opens with the system keyring.")
    else:
        ready = _("Your journal is ready in {data_dir}.\nIt opens with your passphrase.")
    session.out.write(ready.format(data_dir=location.data_dir) + "\n")
    _show_recovery_key(session, code)
    return 0


def run_passphrase(session: Session) -> int:
    """Set or change the passphrase (the current way in is asked for first)."""
    with session.open() as journal:
        new = session.new_passphrase
        if new is None:
            if not session.interactive:
                raise InvalidInput(
                    _(
                        "Please give the new passphrase with --new-passphrase-stdin, "
                        "or run 'kindspace passphrase' in a terminal to be asked."
                    )
                )
            new = session.ask_new_passphrase()
        had_one = journal.keys.passphrase is not None
        already = len(journal.notes)  # those were said when it opened
        journal.set_passphrase(new)
        notes = journal.notes[already:]
    for note in notes:
        session.err.write(_("Note: {note}").format(note=note) + "\n")
    if had_one:
        session.out.write(
            _("Your new passphrase is set; the old one no longer opens the journal or its backups.")
            + "\n"
        )
    else:
        session.out.write(_("Your passphrase is set; it now opens the journal too.") + "\n")
    return 0


def run_require_passphrase(session: Session) -> int:
    """``on``: only the passphrase (or recovery key) opens it; ``off``: the keyring does too."""
    turn_on = session.args.state == "on"
    with session.open() as journal:
        if turn_on:
            was_in_keyring = journal.keys.keyring
            store = session.key_store() if was_in_keyring else None
            journal.require_passphrase(store)
            session.out.write(
                _("Your journal now asks for its passphrase every time it opens.") + "\n"
            )
            if was_in_keyring and store is None:
                session.err.write(
                    _(
                        "The system keyring could not be reached, so if it still holds "
                        "the key, you can remove the “kindspace” entry with your "
                        "password manager."
                    )
                    + "\n"
                )
            return 0
        check = session.probe_keyring()
        if check.backend is None:
            raise KeyringUnavailable(
                _(
                    "No usable system keyring was found ({check}), so your journal "
                    "keeps asking for its passphrase."
                ).format(check=short_reason(check))
            )
        journal.remember_in_keyring(KeyringKeyStore(check.backend))
    session.out.write(
        _("Your journal now opens with the system keyring; your passphrase still works too.") + "\n"
    )
    return 0


def run_recovery_key(session: Session) -> int:
    """Make a new recovery key; the old one stops working at once."""
    if not session.args.new:
        raise InvalidInput(
            _(
                "The app shows your current recovery key again, in Settings ▸ "
                "Unlock; 'kindspace recovery-key --new' makes a new one here "
                "(and the old one stops working)."
            )
        )
    with session.open() as journal:
        already = len(journal.notes)  # those were said when it opened
        code = journal.replace_recovery_key()
        notes = journal.notes[already:]
    for note in notes:
        session.err.write(_("Note: {note}").format(note=note) + "\n")
    session.out.write(_("Your old recovery key no longer opens the journal or its backups.") + "\n")
    _show_recovery_key(session, code)
    return 0
