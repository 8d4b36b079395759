"""No network, ever: tldextract must use its bundled suffix snapshot.

tldextract's default extractor downloads the public suffix list on first use. Ours is
built with no suffix-list URLs; this test builds it afresh with every socket call
patched to fail, then validates domains, so any fetch attempt fails the test.
"""

from __future__ import annotations

import socket

import pytest

from holdrules.detectors import contact_scan
from holdrules.detectors.contact_scan import scan_contacts


def test_domain_validation_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    contact_scan._extractor.cache_clear()
    contact_scan._split_host.cache_clear()
    try:
        found = scan_contacts("mail ana@gmail.com or see anakdesign.studio and a@b.notatld")
    finally:
        contact_scan._extractor.cache_clear()
        contact_scan._split_host.cache_clear()
    assert [m.excerpt for m in found] == ["ana@gmail.com", "anakdesign.studio"]
    assert attempts == []
