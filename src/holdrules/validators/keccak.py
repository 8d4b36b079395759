"""Keccak-256 (the pre-standard padding Ethereum uses), in pure Python.

hashlib's sha3_256 is the FIPS-202 variant with different padding, so it cannot check
EIP-55 addresses. This runs only on candidate 0x-addresses (40 hex characters), so
speed is not a concern; `keccak_hash` takes the padding byte so tests can compare the
shared permutation against hashlib.sha3_256.
"""

from __future__ import annotations

__all__ = ["keccak256", "keccak_hash"]

_MASK = (1 << 64) - 1
_ROUND_CONSTANTS = (
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
    0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
    0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
    0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
    0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
)  # fmt: skip
_ROTATIONS = (
    (0, 36, 3, 41, 18),
    (1, 44, 10, 45, 2),
    (62, 6, 43, 15, 61),
    (28, 55, 25, 21, 56),
    (27, 20, 39, 8, 14),
)  # indexed [x][y]


def _rotl(value: int, shift: int) -> int:
    return ((value << shift) | (value >> (64 - shift))) & _MASK if shift else value


def _permute(lanes: list[list[int]]) -> None:
    """Keccak-f[1600] on a 5x5 state of 64-bit lanes, indexed [x][y], in place."""
    for constant in _ROUND_CONSTANTS:
        parity = [
            lanes[x][0] ^ lanes[x][1] ^ lanes[x][2] ^ lanes[x][3] ^ lanes[x][4] for x in range(5)
        ]
        for x in range(5):
            delta = parity[(x - 1) % 5] ^ _rotl(parity[(x + 1) % 5], 1)
            for y in range(5):
                lanes[x][y] ^= delta
        rotated = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                rotated[y][(2 * x + 3 * y) % 5] = _rotl(lanes[x][y], _ROTATIONS[x][y])
        for x in range(5):
            for y in range(5):
                lanes[x][y] = rotated[x][y] ^ (~rotated[(x + 1) % 5][y] & rotated[(x + 2) % 5][y])
        lanes[0][0] ^= constant


def keccak_hash(data: bytes, *, rate: int = 136, pad_byte: int = 0x01, size: int = 32) -> bytes:
    """Sponge over Keccak-f[1600]; pad_byte 0x01 is Keccak, 0x06 is SHA-3."""
    padded = bytearray(data)
    padded.append(pad_byte)
    padded.extend(b"\x00" * (-len(padded) % rate))
    padded[-1] |= 0x80
    lanes = [[0] * 5 for _ in range(5)]
    for block_start in range(0, len(padded), rate):
        block = padded[block_start : block_start + rate]
        for i in range(rate // 8):
            lanes[i % 5][i // 5] ^= int.from_bytes(block[8 * i : 8 * i + 8], "little")
        _permute(lanes)
    output = b"".join(lanes[i % 5][i // 5].to_bytes(8, "little") for i in range(rate // 8))
    return output[:size]


def keccak256(data: bytes) -> bytes:
    """Ethereum's Keccak-256 digest of `data`."""
    return keccak_hash(data)
