"""The key file and its wraps: right secrets open, wrong ones say so kindly, nothing leaks.

Every test uses real Argon2id, AES-GCM and files; ``FAST_TEST_KDF`` only lowers the Argon2id
cost so the suite stays quick.
"""

from __future__ import annotations

import base64
import contextlib
import json
import math
import os
import random
import signal
import stat
import subprocess
import sys
import time
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kindspace.errors import (
    DamagedJournal,
    InvalidInput,
    JournalExists,
    JournalNotFound,
    KindspaceError,
    WrongSecret,
)
from kindspace.journal import vault
from kindspace.journal.key_file import KdfParams, read_key_file, write_key_file
from kindspace.journal.recovery_key import (
    ALPHABET,
    ENTROPY_BITS,
    PRINTED_LENGTH,
    RANDOM_LENGTH,
    TOTAL_LENGTH,
    generate_recovery_key,
    normalize_recovery_key,
)
from kindspace.journal.vault import (
    DEFAULT_KDF,
    FAST_TEST_KDF,
    NewJournalKeys,
    create_key_file,
    data_key_matches,
    remove_passphrase,
    replace_recovery_key,
    set_keyring_flag,
    set_passphrase,
    unwrap_with_passphrase,
    unwrap_with_recovery_key,
)

REPO_ROOT = Path(__file__).resolve().parents[3]
PASSPHRASE = "a kind and patient passphrase"


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    folder.mkdir()
    return folder / "keys.json"


@pytest.fixture
def journal(key_path: Path) -> NewJournalKeys:
    return create_key_file(key_path, passphrase=PASSPHRASE, kdf_params=FAST_TEST_KDF)


def edit_json(path: Path, change: Any) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


def assert_calm(error: KindspaceError) -> None:
    message = str(error)
    assert message.endswith("."), message
    assert "Traceback" not in message and "Error" not in message and "\n" not in message


# --- round trips ----------------------------------------------------------------------


def test_passphrase_and_recovery_key_open_the_same_data_key(
    key_path: Path, journal: NewJournalKeys
) -> None:
    keys = read_key_file(key_path)
    assert len(journal.data_key) == 32
    assert unwrap_with_passphrase(keys, PASSPHRASE) == journal.data_key
    assert unwrap_with_recovery_key(keys, journal.recovery_key) == journal.data_key
    assert keys == journal.key_file
    assert data_key_matches(keys, journal.data_key)
    assert not data_key_matches(keys, vault.new_data_key())


def test_default_kdf_is_not_weakened() -> None:
    assert DEFAULT_KDF.time_cost >= 3
    assert DEFAULT_KDF.memory_cost_kib >= 64 * 1024


def test_kdf_parameters_are_stored_so_they_can_be_raised_later(
    key_path: Path, journal: NewJournalKeys
) -> None:
    stronger = KdfParams(time_cost=2, memory_cost_kib=1024, parallelism=2)
    set_passphrase(key_path, journal.data_key, "new words", kdf_params=stronger)
    keys = read_key_file(key_path)
    assert keys.passphrase is not None and keys.passphrase.kdf_params == stronger
    assert json.loads(key_path.read_text())["wraps"]["passphrase"]["kdf"] == "argon2id"
    assert unwrap_with_passphrase(keys, "new words") == journal.data_key


def test_passphrase_in_another_unicode_form_still_opens(key_path: Path) -> None:
    composed = "caf\u00e9 au lait"
    made = create_key_file(key_path, passphrase=composed, kdf_params=FAST_TEST_KDF)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert unwrap_with_passphrase(read_key_file(key_path), decomposed) == made.data_key


def test_recovery_key_opens_when_typed_sloppily(key_path: Path, journal: NewJournalKeys) -> None:
    sloppy = " ".join(
        journal.recovery_key.replace("-", "").lower()[i : i + 3] for i in range(0, 28, 3)
    )
    assert unwrap_with_recovery_key(read_key_file(key_path), sloppy) == journal.data_key


# --- wrong secrets --------------------------------------------------------------------


def test_wrong_passphrase_is_a_kind_wrong_secret(key_path: Path, journal: NewJournalKeys) -> None:
    with pytest.raises(WrongSecret, match="passphrase doesn't open this journal") as caught:
        unwrap_with_passphrase(read_key_file(key_path), PASSPHRASE + " ")
    assert_calm(caught.value)


def test_wrong_recovery_key_is_a_kind_wrong_secret(key_path: Path, journal: NewJournalKeys) -> None:
    other = generate_recovery_key()
    with pytest.raises(WrongSecret, match="recovery key doesn't open") as caught:
        unwrap_with_recovery_key(read_key_file(key_path), other)
    assert_calm(caught.value)


def test_mistyped_recovery_key_is_invalid_input_not_wrong_secret(
    key_path: Path, journal: NewJournalKeys
) -> None:
    with pytest.raises(InvalidInput) as caught:
        unwrap_with_recovery_key(read_key_file(key_path), journal.recovery_key[:-5])
    assert_calm(caught.value)


def test_passphrase_on_a_journal_without_one_is_a_wrong_secret(key_path: Path) -> None:
    made = create_key_file(key_path, keyring=True)
    keys = read_key_file(key_path)
    assert keys.passphrase is None and keys.keyring
    with pytest.raises(WrongSecret, match="recovery key"):
        unwrap_with_passphrase(keys, "anything")
    assert unwrap_with_recovery_key(keys, made.recovery_key) == made.data_key


# --- changing unlock methods ----------------------------------------------------------


def test_changing_passphrase_keeps_data_key_and_retires_old_one(
    key_path: Path, journal: NewJournalKeys
) -> None:
    set_passphrase(key_path, journal.data_key, "the new one", kdf_params=FAST_TEST_KDF)
    keys = read_key_file(key_path)
    assert unwrap_with_passphrase(keys, "the new one") == journal.data_key
    assert unwrap_with_recovery_key(keys, journal.recovery_key) == journal.data_key
    with pytest.raises(WrongSecret):
        unwrap_with_passphrase(keys, PASSPHRASE)
    assert keys.journal_id == journal.key_file.journal_id


def test_changes_need_the_right_data_key_and_leave_the_file_alone(
    key_path: Path, journal: NewJournalKeys
) -> None:
    before = key_path.read_bytes()
    with pytest.raises(WrongSecret):
        set_passphrase(key_path, vault.new_data_key(), "x", kdf_params=FAST_TEST_KDF)
    with pytest.raises(WrongSecret):
        replace_recovery_key(key_path, vault.new_data_key())
    assert key_path.read_bytes() == before


def test_empty_passphrase_is_refused(key_path: Path, journal: NewJournalKeys) -> None:
    with pytest.raises(InvalidInput):
        set_passphrase(key_path, journal.data_key, "", kdf_params=FAST_TEST_KDF)


def test_replacing_recovery_key_retires_the_old_one(
    key_path: Path, journal: NewJournalKeys
) -> None:
    new_code = replace_recovery_key(key_path, journal.data_key)
    keys = read_key_file(key_path)
    assert new_code != journal.recovery_key
    assert unwrap_with_recovery_key(keys, new_code) == journal.data_key
    with pytest.raises(WrongSecret):
        unwrap_with_recovery_key(keys, journal.recovery_key)
    assert unwrap_with_passphrase(keys, PASSPHRASE) == journal.data_key


def test_passphrase_is_only_removed_while_the_keyring_is_on(
    key_path: Path, journal: NewJournalKeys
) -> None:
    with pytest.raises(InvalidInput, match="keyring") as caught:
        remove_passphrase(key_path, journal.data_key)
    assert_calm(caught.value)
    assert read_key_file(key_path).passphrase is not None

    set_keyring_flag(key_path, True)
    keys = remove_passphrase(key_path, journal.data_key)
    assert keys.passphrase is None and read_key_file(key_path) == keys

    with pytest.raises(InvalidInput, match="passphrase"):
        set_keyring_flag(key_path, False)
    assert read_key_file(key_path).keyring


def test_creation_needs_an_everyday_way_in(key_path: Path) -> None:
    with pytest.raises(InvalidInput):
        create_key_file(key_path)
    assert not key_path.exists()


def test_creation_never_replaces_an_existing_key_file(
    key_path: Path, journal: NewJournalKeys
) -> None:
    before = key_path.read_bytes()
    with pytest.raises(JournalExists):
        create_key_file(key_path, passphrase="other", kdf_params=FAST_TEST_KDF)
    with pytest.raises(JournalExists):
        write_key_file(key_path, journal.key_file, exclusive=True)
    assert key_path.read_bytes() == before


# --- what is on disk ------------------------------------------------------------------


def test_key_file_is_private_and_leaves_no_temp_files(
    key_path: Path, journal: NewJournalKeys
) -> None:
    set_passphrase(key_path, journal.data_key, "second", kdf_params=FAST_TEST_KDF)
    replace_recovery_key(key_path, journal.data_key)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert sorted(p.name for p in key_path.parent.iterdir()) == ["keys.json"]


def encodings(secret: bytes) -> list[bytes]:
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode()]
    for encode in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode):
        forms += [encode(secret), encode(secret).rstrip(b"=")]
    return forms


def test_key_file_holds_no_secret_in_any_common_encoding(
    key_path: Path, journal: NewJournalKeys
) -> None:
    raw = key_path.read_bytes()
    code = journal.recovery_key.encode()
    secrets = [journal.data_key, PASSPHRASE.encode(), code, code.replace(b"-", b"")]
    for secret in secrets:
        for form in encodings(secret):
            assert form not in raw
    doc = json.loads(raw)
    assert set(doc) == {
        "format",
        "version",
        "journal_id",
        "created",
        "keyring",
        "key_check",
        "wraps",
    }
    assert doc["format"] == "kindspace-keys" and doc["version"] == 1
    assert uuid.UUID(doc["journal_id"]).version == 4


# --- damage and tampering -------------------------------------------------------------


def test_missing_key_file_is_journal_not_found(key_path: Path) -> None:
    with pytest.raises(JournalNotFound) as caught:
        read_key_file(key_path)
    assert_calm(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe", b"{", b"[]", b"null", b'{"format": "kindspace-keys"}', b"x" * 70000],
)
def test_unreadable_key_file_is_damaged(key_path: Path, content: bytes) -> None:
    key_path.write_bytes(content)
    with pytest.raises(DamagedJournal) as caught:
        read_key_file(key_path)
    assert_calm(caught.value)


def test_newer_format_version_asks_for_an_update(key_path: Path, journal: NewJournalKeys) -> None:
    edit_json(key_path, lambda doc: doc.update(version=2))
    with pytest.raises(DamagedJournal, match="newer version") as caught:
        read_key_file(key_path)
    assert_calm(caught.value)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version=True),
        lambda d: d.update(journal_id="not-a-uuid"),
        lambda d: d.update(keyring="yes"),
        lambda d: d.update(key_check="AAAA"),
        lambda d: d["wraps"].pop("recovery"),
        lambda d: d["wraps"].update(extra={}),
        lambda d: d["wraps"]["passphrase"].update(salt="!!not base64!!"),
        lambda d: d["wraps"]["passphrase"].update(memory_cost_kib=2**40),
        lambda d: d["wraps"]["passphrase"].update(time_cost=0),
        lambda d: d["wraps"]["passphrase"].update(cipher="rot13"),
        lambda d: d["wraps"]["recovery"].update(kdf="argon2id"),
        lambda d: d["wraps"]["recovery"].update(nonce=base64.b64encode(b"short").decode()),
    ],
)
def test_malformed_fields_are_damaged(key_path: Path, journal: NewJournalKeys, change: Any) -> None:
    edit_json(key_path, change)
    with pytest.raises(DamagedJournal):
        read_key_file(key_path)


def flip_first_byte(b64: str) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_tampered_ciphertext_reads_as_wrong_secret(key_path: Path, journal: NewJournalKeys) -> None:
    def tamper(doc: dict[str, Any]) -> None:
        wrap = doc["wraps"]["passphrase"]
        wrap["ciphertext"] = flip_first_byte(wrap["ciphertext"])

    edit_json(key_path, tamper)
    keys = read_key_file(key_path)
    with pytest.raises(WrongSecret):
        unwrap_with_passphrase(keys, PASSPHRASE)
    assert unwrap_with_recovery_key(keys, journal.recovery_key) == journal.data_key


def test_tampered_key_check_is_damage(key_path: Path, journal: NewJournalKeys) -> None:
    edit_json(key_path, lambda d: d.update(key_check=flip_first_byte(d["key_check"])))
    with pytest.raises(DamagedJournal):
        unwrap_with_passphrase(read_key_file(key_path), PASSPHRASE)


def test_wraps_are_bound_to_their_journal(key_path: Path, journal: NewJournalKeys) -> None:
    other_path = key_path.parent / "other.json"
    create_key_file(other_path, passphrase=PASSPHRASE, kdf_params=FAST_TEST_KDF)
    # The same passphrase, but the other journal's wraps moved into this key file.
    other = json.loads(other_path.read_text())
    edit_json(key_path, lambda d: d.update(wraps=other["wraps"]))
    keys = read_key_file(key_path)
    with pytest.raises(WrongSecret):
        unwrap_with_passphrase(keys, PASSPHRASE)
    # And the right wraps under another journal id fail too.
    edit_json(other_path, lambda d: d.update(journal_id=str(uuid.uuid4())))
    with pytest.raises(WrongSecret):
        unwrap_with_passphrase(read_key_file(other_path), PASSPHRASE)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=2000))
def test_any_bytes_read_as_damaged_never_crash(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    with pytest.raises(DamagedJournal):
        read_key_file(path)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.integers(min_value=0, max_value=50), value=json_values)
def test_any_field_replaced_reads_as_damaged_or_parses(
    tmp_path: Path, where: int, value: Any
) -> None:
    path = tmp_path / "keys-fuzz.json"
    path.unlink(missing_ok=True)
    create_key_file(path, passphrase=PASSPHRASE, kdf_params=FAST_TEST_KDF)
    doc = json.loads(path.read_text())
    slots: list[tuple[dict[str, Any], str]] = [(doc, k) for k in doc]
    slots += [(doc["wraps"], k) for k in doc["wraps"]]
    for wrap in doc["wraps"].values():
        slots += [(wrap, k) for k in wrap]
    container, key = slots[where % len(slots)]
    container[key] = value
    path.write_text(json.dumps(doc))
    try:
        keys = read_key_file(path)
    except DamagedJournal:
        return
    with contextlib.suppress(WrongSecret, DamagedJournal):
        unwrap_with_passphrase(keys, PASSPHRASE)


# --- recovery key format --------------------------------------------------------------


def test_recovery_key_shape_and_entropy() -> None:
    code = generate_recovery_key()
    groups = code.split("-")
    assert len(groups) == TOTAL_LENGTH // 4 == 7
    assert all(len(g) == 4 and set(g) <= set(ALPHABET) for g in groups)
    assert len(code) == PRINTED_LENGTH  # what the lock screen keeps room for
    assert not set("0O1IL") & set(ALPHABET)
    assert RANDOM_LENGTH * math.log2(len(ALPHABET)) == ENTROPY_BITS >= 128
    assert normalize_recovery_key(code) == code
    assert len({generate_recovery_key() for _ in range(200)}) == 200


def test_recovery_keys_use_the_whole_alphabet() -> None:
    seen = set("".join(generate_recovery_key() for _ in range(100)).replace("-", ""))
    assert seen == set(ALPHABET)


def test_look_alikes_and_layout_are_forgiven() -> None:
    code = generate_recovery_key()
    plain = code.replace("-", "")
    assert normalize_recovery_key(plain.lower()) == code
    assert normalize_recovery_key(f"  {' '.join(code.split('-'))}\n") == code
    assert normalize_recovery_key("--" + "-".join(plain) + "--") == code
    typed = plain.replace("8", "B").replace("5", "s").replace("2", "z")
    assert normalize_recovery_key(typed) == code


@pytest.mark.parametrize("char", list("0O1IL"))
def test_characters_never_used_get_a_helpful_message(char: str) -> None:
    code = generate_recovery_key()
    with pytest.raises(InvalidInput, match="never contain 0, O, 1, I or L"):
        normalize_recovery_key(char + code[1:])


def test_wrong_length_says_how_long_a_key_is() -> None:
    with pytest.raises(InvalidInput, match=f"{TOTAL_LENGTH} letters and digits"):
        normalize_recovery_key(generate_recovery_key()[:-1])
    with pytest.raises(InvalidInput):
        normalize_recovery_key("   ")


def test_check_character_catches_most_single_typos() -> None:
    plain = generate_recovery_key().replace("-", "")
    caught = total = 0
    for position in range(TOTAL_LENGTH):
        for char in ALPHABET:
            if char == plain[position]:
                continue
            total += 1
            try:
                normalize_recovery_key(plain[:position] + char + plain[position + 1 :])
            except InvalidInput:
                caught += 1
    assert caught / total > 0.9


@given(body=st.text(alphabet=ALPHABET, min_size=RANDOM_LENGTH, max_size=RANDOM_LENGTH))
def test_exactly_one_check_character_fits_any_body(body: str) -> None:
    fitting = []
    for char in ALPHABET:
        with contextlib.suppress(InvalidInput):
            fitting.append(normalize_recovery_key(body + char))
    assert len(fitting) == 1


@given(text=st.text())
def test_normalize_only_ever_raises_invalid_input(text: str) -> None:
    try:
        result = normalize_recovery_key(text)
    except InvalidInput as error:
        assert_calm(error)
    else:
        assert len(result) == TOTAL_LENGTH + 6


# --- crash safety ---------------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from kindspace.journal.vault import FAST_TEST_KDF, set_passphrase

path = Path(sys.argv[1])
data_key = bytes.fromhex(sys.stdin.readline().strip())
for i in range(1_000_000):
    print(f"start {i}", flush=True)
    set_passphrase(path, data_key, f"pw-{i}", kdf_params=FAST_TEST_KDF)
"""


def opens_with(path: Path, passphrase: str, data_key: bytes) -> bool:
    try:
        return unwrap_with_passphrase(read_key_file(path), passphrase) == data_key
    except WrongSecret:
        return False


@pytest.mark.slow
def test_killing_a_passphrase_change_leaves_old_or_new(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    made = create_key_file(path, passphrase="pw-initial", kdf_params=FAST_TEST_KDF)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    rng = random.Random(20240601)
    kills = 0
    deadline = time.monotonic() + 25
    while kills < 25 and time.monotonic() < deadline:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            cwd=REPO_ROOT,
        )
        assert child.stdin is not None and child.stdout is not None
        with child, child.stdin, child.stdout:
            child.stdin.write(made.data_key.hex().encode() + b"\n")
            child.stdin.flush()
            assert child.stdout.readline() == b"start 0\n"
            time.sleep(rng.uniform(0, 0.03))
            child.send_signal(signal.SIGKILL)
            child.wait()
            started = [int(line.split()[1]) for line in child.stdout.read().split(b"\n") if line]
        assert child.returncode == -signal.SIGKILL
        last = max(started, default=0)
        # The in-flight change either happened or it did not; the previous one always did.
        previous = "pw-initial" if last == 0 else f"pw-{last - 1}"
        assert opens_with(path, f"pw-{last}", made.data_key) or opens_with(
            path, previous, made.data_key
        ), f"kill {kills}: neither pw-{last} nor {previous} opens the journal"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        # Start the next round from a known passphrase, as a person would after a crash.
        set_passphrase(path, made.data_key, "pw-initial", kdf_params=FAST_TEST_KDF)
        kills += 1
    assert kills >= 20
