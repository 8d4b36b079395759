"""Checksum validators: known vectors, generated valid identifiers, single-character
corruptions, and "no input raises"."""

from __future__ import annotations

import hashlib
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from holdrules.validators import (
    CryptoAddressKind,
    classify_crypto_address,
    is_valid_aba_routing,
    is_valid_bic,
    is_valid_btc_address,
    is_valid_eth_address,
    is_valid_iban,
    is_valid_tron_address,
)
from holdrules.validators._data import iban_lengths
from holdrules.validators.aba import aba_check_digit
from holdrules.validators.base58 import ALPHABET, b58check_encode
from holdrules.validators.bech32 import CHARSET, encode_segwit_address
from holdrules.validators.crypto import eip55_checksum_address
from holdrules.validators.iban import iban_check_digits
from holdrules.validators.keccak import keccak256, keccak_hash

FAST = settings(max_examples=150, deadline=None)


# --- known vectors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", CryptoAddressKind.BTC_LEGACY),
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", CryptoAddressKind.BTC_P2SH),
        ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", CryptoAddressKind.BTC_SEGWIT),
        ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", CryptoAddressKind.BTC_SEGWIT),
        (
            "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            CryptoAddressKind.BTC_SEGWIT,
        ),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", CryptoAddressKind.ETH),
        ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", CryptoAddressKind.ETH),
        ("0x52908400098527886e0f7030069857d2e4169ee7", CryptoAddressKind.ETH),
        ("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", CryptoAddressKind.TRON),
    ],
)
def test_known_addresses_classify(address: str, kind: CryptoAddressKind) -> None:
    assert classify_crypto_address(address) is kind


@pytest.mark.parametrize(
    "address",
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",  # last char changed
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  # EIP-55 case broken
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdQ",  # mixed case is invalid bech32
        # v1 program with the Bech32 (not Bech32m) checksum: BIP-350 says invalid
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",  # 39 hex digits
    ],
)
def test_corrupted_known_addresses_rejected(address: str) -> None:
    assert classify_crypto_address(address) is None


def test_keccak_matches_known_digest_and_shares_permutation_with_sha3() -> None:
    assert keccak256(b"").hex() == (
        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    )
    data = bytes(range(200))  # spans two 136-byte blocks
    assert keccak_hash(data, pad_byte=0x06) == hashlib.sha3_256(data).digest()


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("GB82 WEST 1234 5698 7654 32", True),
        ("DE89370400440532013000", True),
        ("fr14 2004 1010 0505 0001 3m02 606", True),
        ("NO9386011117947", True),
        ("GB82 WEST 1234 5698 7654 33", False),
        ("GB82 WEST 1234 5698 7654 3", False),  # wrong length for GB
        ("ZZ82WEST12345698765432", False),  # unknown country
        ("", False),
    ],
)
def test_iban_vectors(iban: str, valid: bool) -> None:
    assert is_valid_iban(iban) is valid


@pytest.mark.parametrize(
    ("code", "valid"),
    [
        ("DEUTDEFF", True),
        ("DEUTDEFF500", True),
        ("BOFAUS3N", True),
        ("NWBKGB2L", True),
        ("PAYMENTS", False),  # "EN" is no country
        ("DEUTDE", False),
        ("deutdeff", False),
        ("DEUTDEF0", False),  # test BIC
    ],
)
def test_bic_vectors(code: str, valid: bool) -> None:
    assert is_valid_bic(code) is valid


@pytest.mark.parametrize(
    ("routing", "valid"),
    [("021000021", True), ("011000015", True), ("121000358", True), ("021000022", False),
     ("991000021", False), ("02100002", False), ("02100002a", False)],
)  # fmt: skip
def test_aba_vectors(routing: str, valid: bool) -> None:
    assert is_valid_aba_routing(routing) is valid


# --- generated valid identifiers and single-character corruptions ------------------


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country, length = draw(st.sampled_from(sorted(iban_lengths().items())))
    alphabet = string.digits + string.ascii_uppercase
    bban = draw(st.text(alphabet, min_size=length - 4, max_size=length - 4))
    return country + iban_check_digits(country, bban) + bban


@st.composite
def btc_legacy_addresses(draw: st.DrawFn) -> str:
    version = draw(st.sampled_from([b"\x00", b"\x05"]))
    return b58check_encode(version + draw(st.binary(min_size=20, max_size=20)))


@st.composite
def tron_addresses(draw: st.DrawFn) -> str:
    return b58check_encode(b"\x41" + draw(st.binary(min_size=20, max_size=20)))


@st.composite
def segwit_addresses(draw: st.DrawFn) -> str:
    version = draw(st.integers(0, 16))
    size = draw(st.sampled_from([20, 32])) if version == 0 else draw(st.integers(2, 40))
    return encode_segwit_address("bc", version, draw(st.binary(min_size=size, max_size=size)))


@st.composite
def eth_addresses(draw: st.DrawFn) -> str:
    return eip55_checksum_address(draw(st.binary(min_size=20, max_size=20)).hex())


@st.composite
def aba_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from([*range(0, 13), *range(21, 33), *range(61, 73), 80]))
    middle = draw(st.text(string.digits, min_size=6, max_size=6))
    first_eight = f"{prefix:02d}{middle}"
    return first_eight + aba_check_digit(first_eight)


def _corrupt(value: str, position: int, replacement: str) -> str | None:
    """`value` with one character replaced, or None when that changes nothing."""
    position %= len(value)
    if value[position] == replacement:
        return None
    return value[:position] + replacement + value[position + 1 :]


@FAST
@given(ibans())
def test_generated_ibans_are_valid(iban: str) -> None:
    assert is_valid_iban(iban)
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert is_valid_iban(grouped.lower())


@FAST
@given(ibans(), st.integers(0, 40), st.sampled_from(string.digits))
def test_iban_single_digit_corruption_rejected(iban: str, position: int, digit: str) -> None:
    # ISO 7064 mod 97-10 detects every substitution of one digit by another digit;
    # letters expand to two digits, so letter swaps carry no such guarantee.
    digit_positions = [i for i, char in enumerate(iban) if i >= 2 and char.isdigit()]
    corrupted = _corrupt(iban, digit_positions[position % len(digit_positions)], digit)
    if corrupted is not None:
        assert not is_valid_iban(corrupted)


@FAST
@given(btc_legacy_addresses(), st.integers(0, 40), st.sampled_from(ALPHABET))
def test_base58_addresses_valid_and_corruption_rejected(
    address: str, position: int, char: str
) -> None:
    assert is_valid_btc_address(address)
    corrupted = _corrupt(address, position, char)
    if corrupted is not None:
        assert not is_valid_btc_address(corrupted)


@FAST
@given(tron_addresses(), st.integers(0, 40), st.sampled_from(ALPHABET))
def test_tron_addresses_valid_and_corruption_rejected(
    address: str, position: int, char: str
) -> None:
    assert address.startswith("T")
    assert is_valid_tron_address(address)
    corrupted = _corrupt(address, position, char)
    if corrupted is not None:
        assert not is_valid_tron_address(corrupted)


@FAST
@given(segwit_addresses(), st.integers(3, 100), st.sampled_from(CHARSET))
def test_segwit_addresses_valid_and_corruption_rejected(
    address: str, position: int, char: str
) -> None:
    assert is_valid_btc_address(address)
    assert is_valid_btc_address(address.upper())
    # keep the "bc1" prefix: changing the hrp is a different network, not a typo
    position = 3 + position % (len(address) - 3)
    corrupted = _corrupt(address, position, char)
    if corrupted is not None:
        assert not is_valid_btc_address(corrupted)


@FAST
@given(eth_addresses(), st.integers(2, 41))
def test_eth_addresses_valid_and_case_flip_rejected(address: str, position: int) -> None:
    assert is_valid_eth_address(address)
    assert is_valid_eth_address(address.lower())
    char = address[position]
    if char.isalpha():
        flipped = address[:position] + char.swapcase() + address[position + 1 :]
        body = flipped[2:]
        if body not in (body.lower(), body.upper()):  # still mixed-case: checksum applies
            assert not is_valid_eth_address(flipped)


@FAST
@given(aba_numbers(), st.integers(0, 8), st.sampled_from(string.digits))
def test_aba_valid_and_single_digit_corruption_rejected(
    routing: str, position: int, digit: str
) -> None:
    assert is_valid_aba_routing(routing)
    corrupted = _corrupt(routing, position, digit)
    if corrupted is not None:
        assert not is_valid_aba_routing(corrupted)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_no_input_raises(text: str) -> None:
    for validator in (
        is_valid_iban,
        is_valid_bic,
        is_valid_aba_routing,
        is_valid_btc_address,
        is_valid_eth_address,
        is_valid_tron_address,
        classify_crypto_address,
    ):
        validator(text)
        validator("0x" + text)
        validator("bc1" + text)
