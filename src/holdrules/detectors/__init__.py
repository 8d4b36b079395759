"""The default detector set: an explicit list, no import-time registration."""

from __future__ import annotations

from holdrules.detectors.base import Detector
from holdrules.detectors.contact import ContactSharingDetector
from holdrules.detectors.payment import OffPlatformPaymentDetector

__all__ = ["default_detectors"]


def default_detectors() -> list[Detector]:
    """A fresh instance of every shipped detector with its default configuration."""
    return [OffPlatformPaymentDetector(), ContactSharingDetector()]
