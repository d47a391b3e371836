"""Anchors of the audit chain kept outside the database."""

from __future__ import annotations


def gather():
    return [], []


def from_codes(codes):
    return [], []


def check(walk, anchors):
    return [], []
