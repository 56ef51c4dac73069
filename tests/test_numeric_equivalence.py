"""The fast paths of rules/numeric.py and rules/numbers.py find exactly what the plain regex
passes find.

- ``CASES``: sentences written for this test, with the hits recorded from the straightforward
  implementation (every pattern run with ``finditer`` / windowed ``search`` at every number);
- a property test: ``numeric.find`` against the same module with every pre-check switched off
  (candidate scans fall back to ``finditer``, word gates always pass), on generated token soup;
- the pre-checks' assumptions about ``regex`` case folding and ``str.lower``.
"""
from __future__ import annotations

import math

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnreport_extract.rules import numbers, numeric


def _hits(text: str) -> list[tuple]:
    return [(h.kind, h.start, h.end, dict(sorted(h.fields.items()))) for h in numeric.find(text)]


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
    return a == b


def _same_hits(got: list[tuple], want: list[tuple]) -> bool:
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if g[:3] != tuple(w[:3]) or set(g[3]) != set(w[3]):
            return False
        if not all(_same(g[3][k], w[3][k]) for k in w[3]):
            return False
    return True


CASES = [
    ('Năm nay tỉnh thu 12 phần trăm từ các nguồn.', [('percent', 17, 29, {'approx': None, 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 12 ha từ các nguồn.', [('quantity', 17, 22, {'approx': None, 'unit': 'ha', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 12 hộ dân từ các nguồn.', [('quantity', 17, 26, {'approx': None, 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 12 lần từ các nguồn.', [('multiplier', 17, 23, {'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 12 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu 12 km từ các nguồn.', [('quantity', 17, 22, {'approx': None, 'unit': 'km', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 1.250 USD từ các nguồn.', [('money', 17, 26, {'approx': None, 'currency': 'USD', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 1.250 hộ dân từ các nguồn.', [('quantity', 17, 29, {'approx': None, 'unit': 'hộ dân', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 1.250 đồng chí từ các nguồn.', [('money', 17, 27, {'approx': None, 'currency': 'VND', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 3,5 tỷ đồng từ các nguồn.', [('money', 17, 28, {'approx': None, 'currency': 'VND', 'value': 3500000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 15.000 tỷ đồng từ các nguồn.', [('money', 17, 31, {'approx': None, 'currency': 'VND', 'value': 15000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 15.000 người từ các nguồn.', [('quantity', 17, 29, {'approx': None, 'unit': 'người', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 2,75% từ các nguồn.', [('percent', 17, 22, {'approx': None, 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu 2,75 lần từ các nguồn.', [('multiplier', 17, 25, {'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu 2,75 nghìn tỷ đồng từ các nguồn.', [('money', 17, 35, {'approx': None, 'currency': 'VND', 'value': 2750000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 2,75 km từ các nguồn.', [('quantity', 17, 24, {'approx': None, 'unit': 'km', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu 2,75 đồng chí từ các nguồn.', [('quantity', 17, 30, {'approx': None, 'unit': 'đồng chí', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu hai mươi lăm phần trăm từ các nguồn.', [('percent', 17, 39, {'approx': None, 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu một trăm linh năm USD từ các nguồn.', [('money', 17, 38, {'approx': None, 'currency': 'USD', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu một trăm linh năm nghìn tỷ đồng từ các nguồn.', [('money', 17, 48, {'approx': None, 'currency': 'VND', 'value': 105000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ba phần trăm từ các nguồn.', [('percent', 17, 29, {'approx': None, 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ba người từ các nguồn.', [('quantity', 17, 25, {'approx': None, 'unit': 'người', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ba ha từ các nguồn.', [('quantity', 17, 22, {'approx': None, 'unit': 'ha', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ba lần từ các nguồn.', [('multiplier', 17, 23, {'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ba năm từ các nguồn.', []),
    ('Năm nay tỉnh thu ba nghìn tỷ đồng từ các nguồn.', [('money', 17, 33, {'approx': None, 'currency': 'VND', 'value': 3000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu bađ từ các nguồn.', []),
    ('Năm nay tỉnh thu 1.384.200 người từ các nguồn.', [('quantity', 17, 32, {'approx': None, 'unit': 'người', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 1.384.200 lần từ các nguồn.', [('multiplier', 17, 30, {'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 1.384.200 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu 1.384.200 đồng chí từ các nguồn.', [('money', 17, 31, {'approx': None, 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu 0,5 USD từ các nguồn.', [('money', 17, 24, {'approx': None, 'currency': 'USD', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 12 doanh nghiệp từ các nguồn.', [('quantity', 24, 39, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 12 lần từ các nguồn.', [('multiplier', 24, 30, {'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 1.250 nghìn tỷ đồng từ các nguồn.', [('money', 24, 43, {'approx': 'about', 'currency': 'VND', 'value': 1250000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 3,5 đô la Mỹ từ các nguồn.', [('money', 24, 36, {'approx': 'about', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 15.000 người từ các nguồn.', [('quantity', 24, 36, {'approx': 'about', 'unit': 'người', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 15.000 ha từ các nguồn.', [('quantity', 24, 33, {'approx': 'about', 'unit': 'ha', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 2,75 USD từ các nguồn.', [('money', 24, 32, {'approx': 'about', 'currency': 'USD', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 2,75đ từ các nguồn.', [('money', 24, 29, {'approx': 'about', 'currency': 'VND', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng hai mươi lăm triệu đồng từ các nguồn.', [('money', 24, 47, {'approx': 'about', 'currency': 'VND', 'value': 25000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng hai mươi lăm năm từ các nguồn.', []),
    ('Năm nay tỉnh thu khoảng ba% từ các nguồn.', [('percent', 24, 27, {'approx': 'about', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng ba phần trăm từ các nguồn.', [('percent', 24, 36, {'approx': 'about', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng ba người từ các nguồn.', [('quantity', 24, 32, {'approx': 'about', 'unit': 'người', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng ba tấn từ các nguồn.', [('quantity', 24, 30, {'approx': 'about', 'unit': 'tấn', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 1.384.200 nghìn tỷ đồng từ các nguồn.', [('money', 24, 47, {'approx': 'about', 'currency': 'VND', 'value': 1.3842e+18, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 1.384.200 đồng chí từ các nguồn.', [('money', 24, 38, {'approx': 'about', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 0,5 phần trăm từ các nguồn.', [('percent', 24, 37, {'approx': 'about', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 0,5 tấn từ các nguồn.', [('quantity', 24, 31, {'approx': 'about', 'unit': 'tấn', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 0,5 doanh nghiệp từ các nguồn.', [('quantity', 24, 40, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu khoảng 0,5 đô la Mỹ từ các nguồn.', [('money', 24, 36, {'approx': 'about', 'currency': 'USD', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 12 USD từ các nguồn.', [('money', 24, 30, {'approx': 'about', 'currency': 'USD', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 12 người từ các nguồn.', [('quantity', 24, 32, {'approx': 'about', 'unit': 'người', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 12 hộ dân từ các nguồn.', [('quantity', 24, 33, {'approx': 'about', 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 12 đô la Mỹ từ các nguồn.', [('money', 24, 35, {'approx': 'about', 'currency': 'USD', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 12 km từ các nguồn.', [('quantity', 24, 29, {'approx': 'about', 'unit': 'km', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 1.250 USD từ các nguồn.', [('money', 24, 33, {'approx': 'about', 'currency': 'USD', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 1.250 tấn từ các nguồn.', [('quantity', 24, 33, {'approx': 'about', 'unit': 'tấn', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 1.250 doanh nghiệp từ các nguồn.', [('quantity', 24, 42, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 3,5 triệu đồng từ các nguồn.', [('money', 24, 38, {'approx': 'about', 'currency': 'VND', 'value': 3500000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 3,5 phần trăm từ các nguồn.', [('percent', 24, 37, {'approx': 'about', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 3,5 doanh nghiệp từ các nguồn.', [('quantity', 24, 40, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 15.000 tấn từ các nguồn.', [('quantity', 24, 34, {'approx': 'about', 'unit': 'tấn', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 15.000 hộ dân từ các nguồn.', [('quantity', 24, 37, {'approx': 'about', 'unit': 'hộ dân', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 15.000 doanh nghiệp từ các nguồn.', [('quantity', 24, 43, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 15.000 nghìn tỷ đồng từ các nguồn.', [('money', 24, 44, {'approx': 'about', 'currency': 'VND', 'value': 1.5e+16, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 2,75 km từ các nguồn.', [('quantity', 24, 31, {'approx': 'about', 'unit': 'km', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng hai mươi lăm phần trăm từ các nguồn.', [('percent', 24, 46, {'approx': 'about', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng hai mươi lăm người từ các nguồn.', [('quantity', 24, 42, {'approx': 'about', 'unit': 'người', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng hai mươi lăm tấn từ các nguồn.', [('quantity', 24, 40, {'approx': 'about', 'unit': 'tấn', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng hai mươi lăm hộ dân từ các nguồn.', [('quantity', 24, 43, {'approx': 'about', 'unit': 'hộ dân', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng một trăm linh năm ha từ các nguồn.', [('quantity', 24, 44, {'approx': 'about', 'unit': 'ha', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng một trăm linh năm đô la Mỹ từ các nguồn.', [('money', 24, 50, {'approx': 'about', 'currency': 'USD', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng ba ha từ các nguồn.', [('quantity', 24, 29, {'approx': 'about', 'unit': 'ha', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng ba tấn từ các nguồn.', [('quantity', 24, 30, {'approx': 'about', 'unit': 'tấn', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng ba doanh nghiệp từ các nguồn.', [('quantity', 24, 39, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng ba đồng chí từ các nguồn.', [('quantity', 24, 35, {'approx': 'about', 'unit': 'đồng chí', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 1.384.200 người từ các nguồn.', [('quantity', 24, 39, {'approx': 'about', 'unit': 'người', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 1.384.200 hộ dân từ các nguồn.', [('quantity', 24, 40, {'approx': 'about', 'unit': 'hộ dân', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 0,5 USD từ các nguồn.', [('money', 24, 31, {'approx': 'about', 'currency': 'USD', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 0,5 lần từ các nguồn.', [('multiplier', 24, 31, {'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu Khoảng 0,5 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu KHOẢNG 12 phần trăm từ các nguồn.', [('percent', 24, 36, {'approx': 'about', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 12 hộ dân từ các nguồn.', [('quantity', 24, 33, {'approx': 'about', 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 1.250 USD từ các nguồn.', [('money', 24, 33, {'approx': 'about', 'currency': 'USD', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 1.250 đô la Mỹ từ các nguồn.', [('money', 24, 38, {'approx': 'about', 'currency': 'USD', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 1.250 nghìn tỷ đồng từ các nguồn.', [('money', 24, 43, {'approx': 'about', 'currency': 'VND', 'value': 1250000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 3,5 USD từ các nguồn.', [('money', 24, 31, {'approx': 'about', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 3,5 tấn từ các nguồn.', [('quantity', 24, 31, {'approx': 'about', 'unit': 'tấn', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 15.000% từ các nguồn.', [('percent', 24, 31, {'approx': 'about', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 15.000 phần trăm từ các nguồn.', [('percent', 24, 40, {'approx': 'about', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 2,75 phần trăm từ các nguồn.', [('percent', 24, 38, {'approx': 'about', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 2,75 doanh nghiệp từ các nguồn.', [('quantity', 24, 41, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 2,75 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu KHOẢNG hai mươi lăm km từ các nguồn.', [('quantity', 24, 39, {'approx': 'about', 'unit': 'km', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG hai mươi lăm đồng chí từ các nguồn.', [('quantity', 24, 45, {'approx': 'about', 'unit': 'đồng chí', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG một trăm linh năm triệu đồng từ các nguồn.', [('money', 24, 52, {'approx': 'about', 'currency': 'VND', 'value': 105000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG một trăm linh năm đô la Mỹ từ các nguồn.', [('money', 24, 50, {'approx': 'about', 'currency': 'USD', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG một trăm linh nămđ từ các nguồn.', [('quantity', 24, 37, {'approx': 'about', 'unit': 'linh', 'value': 100.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG ba lần từ các nguồn.', [('multiplier', 24, 30, {'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG ba năm từ các nguồn.', []),
    ('Năm nay tỉnh thu KHOẢNG ba đồng chí từ các nguồn.', [('quantity', 24, 35, {'approx': 'about', 'unit': 'đồng chí', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 1.384.200 ha từ các nguồn.', [('quantity', 24, 36, {'approx': 'about', 'unit': 'ha', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 1.384.200 đồng chí từ các nguồn.', [('money', 24, 38, {'approx': 'about', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 0,5 người từ các nguồn.', [('quantity', 24, 33, {'approx': 'about', 'unit': 'người', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 0,5 doanh nghiệp từ các nguồn.', [('quantity', 24, 40, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 0,5 lần từ các nguồn.', [('multiplier', 24, 31, {'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu KHOẢNG 0,5 đồng chí từ các nguồn.', [('quantity', 24, 36, {'approx': 'about', 'unit': 'đồng chí', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 12 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu hơn 1.250% từ các nguồn.', [('percent', 21, 27, {'approx': 'over', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 3,5 nghìn tỷ đồng từ các nguồn.', [('money', 21, 38, {'approx': 'over', 'currency': 'VND', 'value': 3500000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 3,5 km từ các nguồn.', [('quantity', 21, 27, {'approx': 'over', 'unit': 'km', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 15.000 hộ dân từ các nguồn.', [('quantity', 21, 34, {'approx': 'over', 'unit': 'hộ dân', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 15.000 km từ các nguồn.', [('quantity', 21, 30, {'approx': 'over', 'unit': 'km', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 2,75 triệu đồng từ các nguồn.', [('money', 21, 36, {'approx': 'over', 'currency': 'VND', 'value': 2750000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 2,75 hộ dân từ các nguồn.', [('quantity', 21, 32, {'approx': 'over', 'unit': 'hộ dân', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 2,75đ từ các nguồn.', [('money', 21, 26, {'approx': 'over', 'currency': 'VND', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn hai mươi lăm% từ các nguồn.', [('percent', 21, 34, {'approx': 'over', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn hai mươi lăm phần trăm từ các nguồn.', [('percent', 21, 43, {'approx': 'over', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn hai mươi lăm USD từ các nguồn.', [('money', 21, 37, {'approx': 'over', 'currency': 'USD', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn một trăm linh năm tỷ đồng từ các nguồn.', [('money', 21, 46, {'approx': 'over', 'currency': 'VND', 'value': 105000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn một trăm linh năm người từ các nguồn.', [('quantity', 21, 44, {'approx': 'over', 'unit': 'người', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn ba hộ dân từ các nguồn.', [('quantity', 21, 30, {'approx': 'over', 'unit': 'hộ dân', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn ba đô la Mỹ từ các nguồn.', [('money', 21, 32, {'approx': 'over', 'currency': 'USD', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn ba nghìn tỷ đồng từ các nguồn.', [('money', 21, 37, {'approx': 'over', 'currency': 'VND', 'value': 3000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 1.384.200 phần trăm từ các nguồn.', [('percent', 21, 40, {'approx': 'over', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 1.384.200 USD từ các nguồn.', [('money', 21, 34, {'approx': 'over', 'currency': 'USD', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu hơn 1.384.200đ từ các nguồn.', [('money', 21, 31, {'approx': 'over', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 12 triệu đồng từ các nguồn.', [('money', 21, 34, {'approx': 'nearly', 'currency': 'VND', 'value': 12000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 12 ha từ các nguồn.', [('quantity', 21, 26, {'approx': 'nearly', 'unit': 'ha', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 12 hộ dân từ các nguồn.', [('quantity', 21, 30, {'approx': 'nearly', 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.250% từ các nguồn.', [('percent', 21, 27, {'approx': 'nearly', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.250 nghìn tỷ đồng từ các nguồn.', [('money', 21, 40, {'approx': 'nearly', 'currency': 'VND', 'value': 1250000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 3,5 USD từ các nguồn.', [('money', 21, 28, {'approx': 'nearly', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 3,5 người từ các nguồn.', [('quantity', 21, 30, {'approx': 'nearly', 'unit': 'người', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 3,5 doanh nghiệp từ các nguồn.', [('quantity', 21, 37, {'approx': 'nearly', 'unit': 'doanh nghiệp', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 15.000 doanh nghiệp từ các nguồn.', [('quantity', 21, 40, {'approx': 'nearly', 'unit': 'doanh nghiệp', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 2,75 tỷ đồng từ các nguồn.', [('money', 21, 33, {'approx': 'nearly', 'currency': 'VND', 'value': 2750000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 2,75 USD từ các nguồn.', [('money', 21, 29, {'approx': 'nearly', 'currency': 'USD', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 2,75 đô la Mỹ từ các nguồn.', [('money', 21, 34, {'approx': 'nearly', 'currency': 'USD', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu gần hai mươi lăm tỷ đồng từ các nguồn.', [('money', 21, 41, {'approx': 'nearly', 'currency': 'VND', 'value': 25000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần hai mươi lăm USD từ các nguồn.', [('money', 21, 37, {'approx': 'nearly', 'currency': 'USD', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần một trăm linh năm USD từ các nguồn.', [('money', 21, 42, {'approx': 'nearly', 'currency': 'USD', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần một trăm linh năm hộ dân từ các nguồn.', [('quantity', 21, 45, {'approx': 'nearly', 'unit': 'hộ dân', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần một trăm linh năm năm từ các nguồn.', []),
    ('Năm nay tỉnh thu gần một trăm linh năm nghìn tỷ đồng từ các nguồn.', [('money', 21, 52, {'approx': 'nearly', 'currency': 'VND', 'value': 105000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần ba tấn từ các nguồn.', [('quantity', 21, 27, {'approx': 'nearly', 'unit': 'tấn', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần ba đồng chí từ các nguồn.', [('quantity', 21, 32, {'approx': 'nearly', 'unit': 'đồng chí', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.384.200 tỷ đồng từ các nguồn.', [('money', 21, 38, {'approx': 'nearly', 'currency': 'VND', 'value': 1384200000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.384.200% từ các nguồn.', [('percent', 21, 31, {'approx': 'nearly', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.384.200 người từ các nguồn.', [('quantity', 21, 36, {'approx': 'nearly', 'unit': 'người', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.384.200 tấn từ các nguồn.', [('quantity', 21, 34, {'approx': 'nearly', 'unit': 'tấn', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 1.384.200 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu gần 1.384.200đ từ các nguồn.', [('money', 21, 31, {'approx': 'nearly', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu gần 0,5 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu trên 12 hộ dân từ các nguồn.', [('quantity', 22, 31, {'approx': 'over', 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 12 đồng chí từ các nguồn.', [('quantity', 22, 33, {'approx': 'over', 'unit': 'đồng chí', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 1.250 tấn từ các nguồn.', [('quantity', 22, 31, {'approx': 'over', 'unit': 'tấn', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 3,5 phần trăm từ các nguồn.', [('percent', 22, 35, {'approx': 'over', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 3,5 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu trên 3,5 đô la Mỹ từ các nguồn.', [('money', 22, 34, {'approx': 'over', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 15.000 triệu đồng từ các nguồn.', [('money', 22, 39, {'approx': 'over', 'currency': 'VND', 'value': 15000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 15.000 USD từ các nguồn.', [('money', 22, 32, {'approx': 'over', 'currency': 'USD', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 15.000 người từ các nguồn.', [('quantity', 22, 34, {'approx': 'over', 'unit': 'người', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 15.000 tấn từ các nguồn.', [('quantity', 22, 32, {'approx': 'over', 'unit': 'tấn', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 15.000đ từ các nguồn.', [('money', 22, 29, {'approx': 'over', 'currency': 'VND', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 2,75% từ các nguồn.', [('percent', 22, 27, {'approx': 'over', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 2,75 hộ dân từ các nguồn.', [('quantity', 22, 33, {'approx': 'over', 'unit': 'hộ dân', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu trên hai mươi lăm triệu đồng từ các nguồn.', [('money', 22, 45, {'approx': 'over', 'currency': 'VND', 'value': 25000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên hai mươi lăm người từ các nguồn.', [('quantity', 22, 40, {'approx': 'over', 'unit': 'người', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên hai mươi lăm tấn từ các nguồn.', [('quantity', 22, 38, {'approx': 'over', 'unit': 'tấn', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên một trăm linh năm% từ các nguồn.', [('percent', 22, 40, {'approx': 'over', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên một trăm linh năm ha từ các nguồn.', [('quantity', 22, 42, {'approx': 'over', 'unit': 'ha', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên một trăm linh năm nghìn tỷ đồng từ các nguồn.', [('money', 22, 53, {'approx': 'over', 'currency': 'VND', 'value': 105000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên một trăm linh nămđ từ các nguồn.', [('quantity', 22, 35, {'approx': 'over', 'unit': 'linh', 'value': 100.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên ba km từ các nguồn.', [('quantity', 22, 27, {'approx': 'over', 'unit': 'km', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 0,5 người từ các nguồn.', [('quantity', 22, 31, {'approx': 'over', 'unit': 'người', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 0,5 hộ dân từ các nguồn.', [('quantity', 22, 32, {'approx': 'over', 'unit': 'hộ dân', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 0,5 doanh nghiệp từ các nguồn.', [('quantity', 22, 38, {'approx': 'over', 'unit': 'doanh nghiệp', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 0,5 nghìn tỷ đồng từ các nguồn.', [('money', 22, 39, {'approx': 'over', 'currency': 'VND', 'value': 500000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu trên 0,5 km từ các nguồn.', [('quantity', 22, 28, {'approx': 'over', 'unit': 'km', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 12% từ các nguồn.', [('percent', 25, 28, {'approx': 'at_least', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 12 hộ dân từ các nguồn.', [('quantity', 25, 34, {'approx': 'at_least', 'unit': 'hộ dân', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 12 đô la Mỹ từ các nguồn.', [('money', 25, 36, {'approx': 'at_least', 'currency': 'USD', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 12 km từ các nguồn.', [('quantity', 25, 30, {'approx': 'at_least', 'unit': 'km', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 12đ từ các nguồn.', [('money', 25, 28, {'approx': 'at_least', 'currency': 'VND', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 1.250 người từ các nguồn.', [('quantity', 25, 36, {'approx': 'at_least', 'unit': 'người', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 1.250 ha từ các nguồn.', [('quantity', 25, 33, {'approx': 'at_least', 'unit': 'ha', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 1.250 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu ít nhất 3,5 USD từ các nguồn.', [('money', 25, 32, {'approx': 'at_least', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 3,5 nghìn tỷ đồng từ các nguồn.', [('money', 25, 42, {'approx': 'at_least', 'currency': 'VND', 'value': 3500000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 3,5 đồng chí từ các nguồn.', [('quantity', 25, 37, {'approx': 'at_least', 'unit': 'đồng chí', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 15.000 phần trăm từ các nguồn.', [('percent', 25, 41, {'approx': 'at_least', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 2,75 tỷ đồng từ các nguồn.', [('money', 25, 37, {'approx': 'at_least', 'currency': 'VND', 'value': 2750000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 2,75% từ các nguồn.', [('percent', 25, 30, {'approx': 'at_least', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 2,75 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu ít nhất 2,75 nghìn tỷ đồng từ các nguồn.', [('money', 25, 43, {'approx': 'at_least', 'currency': 'VND', 'value': 2750000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất một trăm linh năm% từ các nguồn.', [('percent', 25, 43, {'approx': 'at_least', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất ba phần trăm từ các nguồn.', [('percent', 25, 37, {'approx': 'at_least', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất ba người từ các nguồn.', [('quantity', 25, 33, {'approx': 'at_least', 'unit': 'người', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất ba nghìn tỷ đồng từ các nguồn.', [('money', 25, 41, {'approx': 'at_least', 'currency': 'VND', 'value': 3000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất ba đồng chí từ các nguồn.', [('quantity', 25, 36, {'approx': 'at_least', 'unit': 'đồng chí', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu ít nhất 0,5 doanh nghiệp từ các nguồn.', [('quantity', 25, 41, {'approx': 'at_least', 'unit': 'doanh nghiệp', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 12 lần từ các nguồn.', [('multiplier', 27, 33, {'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 12 đồng chí từ các nguồn.', [('quantity', 27, 38, {'approx': 'at_most', 'unit': 'đồng chí', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 1.250 nghìn tỷ đồng từ các nguồn.', [('money', 27, 46, {'approx': 'at_most', 'currency': 'VND', 'value': 1250000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 1.250 đồng chí từ các nguồn.', [('money', 27, 37, {'approx': 'at_most', 'currency': 'VND', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 3,5% từ các nguồn.', [('percent', 27, 31, {'approx': 'at_most', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 3,5 đồng chí từ các nguồn.', [('quantity', 27, 39, {'approx': 'at_most', 'unit': 'đồng chí', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 15.000 km từ các nguồn.', [('quantity', 27, 36, {'approx': 'at_most', 'unit': 'km', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 2,75 ha từ các nguồn.', [('quantity', 27, 34, {'approx': 'at_most', 'unit': 'ha', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá hai mươi lăm triệu đồng từ các nguồn.', [('money', 27, 50, {'approx': 'at_most', 'currency': 'VND', 'value': 25000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá hai mươi lăm hộ dân từ các nguồn.', [('quantity', 27, 46, {'approx': 'at_most', 'unit': 'hộ dân', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá hai mươi lăm doanh nghiệp từ các nguồn.', [('quantity', 27, 52, {'approx': 'at_most', 'unit': 'doanh nghiệp', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá hai mươi lăm nghìn tỷ đồng từ các nguồn.', [('money', 27, 53, {'approx': 'at_most', 'currency': 'VND', 'value': 25000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá ba USD từ các nguồn.', [('money', 27, 33, {'approx': 'at_most', 'currency': 'USD', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá ba ha từ các nguồn.', [('quantity', 27, 32, {'approx': 'at_most', 'unit': 'ha', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá ba nghìn tỷ đồng từ các nguồn.', [('money', 27, 43, {'approx': 'at_most', 'currency': 'VND', 'value': 3000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 1.384.200 người từ các nguồn.', [('quantity', 27, 42, {'approx': 'at_most', 'unit': 'người', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 1.384.200 hộ dân từ các nguồn.', [('quantity', 27, 43, {'approx': 'at_most', 'unit': 'hộ dân', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu không quá 0,5 tỷ đồng từ các nguồn.', [('money', 27, 38, {'approx': 'at_most', 'currency': 'VND', 'value': 500000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 12 đô la Mỹ từ các nguồn.', [('money', 24, 35, {'approx': 'about', 'currency': 'USD', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 12 đồng chí từ các nguồn.', [('quantity', 24, 35, {'approx': 'about', 'unit': 'đồng chí', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 1.250 triệu đồng từ các nguồn.', [('money', 24, 40, {'approx': 'about', 'currency': 'VND', 'value': 1250000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 3,5 triệu đồng từ các nguồn.', [('money', 24, 38, {'approx': 'about', 'currency': 'VND', 'value': 3500000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 3,5 phần trăm từ các nguồn.', [('percent', 24, 37, {'approx': 'about', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 15.000 triệu đồng từ các nguồn.', [('money', 24, 41, {'approx': 'about', 'currency': 'VND', 'value': 15000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 15.000 phần trăm từ các nguồn.', [('percent', 24, 40, {'approx': 'about', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 15.000 USD từ các nguồn.', [('money', 24, 34, {'approx': 'about', 'currency': 'USD', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 15.000 doanh nghiệp từ các nguồn.', [('quantity', 24, 43, {'approx': 'about', 'unit': 'doanh nghiệp', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 15.000 đồng chí từ các nguồn.', [('money', 24, 35, {'approx': 'about', 'currency': 'VND', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 phần trăm từ các nguồn.', [('percent', 24, 38, {'approx': 'about', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 USD từ các nguồn.', [('money', 24, 32, {'approx': 'about', 'currency': 'USD', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 ha từ các nguồn.', [('quantity', 24, 31, {'approx': 'about', 'unit': 'ha', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 hộ dân từ các nguồn.', [('quantity', 24, 35, {'approx': 'about', 'unit': 'hộ dân', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 lần từ các nguồn.', [('multiplier', 24, 32, {'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 2,75 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu xấp xỉ 2,75 đồng chí từ các nguồn.', [('quantity', 24, 37, {'approx': 'about', 'unit': 'đồng chí', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ hai mươi lăm USD từ các nguồn.', [('money', 24, 40, {'approx': 'about', 'currency': 'USD', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ hai mươi lăm đô la Mỹ từ các nguồn.', [('money', 24, 45, {'approx': 'about', 'currency': 'USD', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ hai mươi lăm nghìn tỷ đồng từ các nguồn.', [('money', 24, 50, {'approx': 'about', 'currency': 'VND', 'value': 25000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ hai mươi lăm đồng chí từ các nguồn.', [('quantity', 24, 45, {'approx': 'about', 'unit': 'đồng chí', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ một trăm linh năm người từ các nguồn.', [('quantity', 24, 47, {'approx': 'about', 'unit': 'người', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ ba người từ các nguồn.', [('quantity', 24, 32, {'approx': 'about', 'unit': 'người', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 1.384.200 ha từ các nguồn.', [('quantity', 24, 36, {'approx': 'about', 'unit': 'ha', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 1.384.200 đô la Mỹ từ các nguồn.', [('money', 24, 42, {'approx': 'about', 'currency': 'USD', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu xấp xỉ 0,5 ha từ các nguồn.', [('quantity', 24, 30, {'approx': 'about', 'unit': 'ha', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 12 USD từ các nguồn.', [('money', 27, 33, {'approx': 'at_most', 'currency': 'USD', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.250 ha từ các nguồn.', [('quantity', 27, 35, {'approx': 'at_most', 'unit': 'ha', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.250 doanh nghiệp từ các nguồn.', [('quantity', 27, 45, {'approx': 'at_most', 'unit': 'doanh nghiệp', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.250 đồng chí từ các nguồn.', [('money', 27, 37, {'approx': 'at_most', 'currency': 'VND', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 3,5 tỷ đồng từ các nguồn.', [('money', 27, 38, {'approx': 'at_most', 'currency': 'VND', 'value': 3500000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 3,5 nghìn tỷ đồng từ các nguồn.', [('money', 27, 44, {'approx': 'at_most', 'currency': 'VND', 'value': 3500000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 3,5 đồng chí từ các nguồn.', [('quantity', 27, 39, {'approx': 'at_most', 'unit': 'đồng chí', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 15.000 tỷ đồng từ các nguồn.', [('money', 27, 41, {'approx': 'at_most', 'currency': 'VND', 'value': 15000000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 15.000 ha từ các nguồn.', [('quantity', 27, 36, {'approx': 'at_most', 'unit': 'ha', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 15.000 doanh nghiệp từ các nguồn.', [('quantity', 27, 46, {'approx': 'at_most', 'unit': 'doanh nghiệp', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 2,75 người từ các nguồn.', [('quantity', 27, 37, {'approx': 'at_most', 'unit': 'người', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 2,75 năm từ các nguồn.', []),
    ('Năm nay tỉnh thu tối đa là 2,75 đồng chí từ các nguồn.', [('quantity', 27, 40, {'approx': 'at_most', 'unit': 'đồng chí', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là hai mươi lăm tấn từ các nguồn.', [('quantity', 27, 43, {'approx': 'at_most', 'unit': 'tấn', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là hai mươi lăm lần từ các nguồn.', [('multiplier', 27, 43, {'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là hai mươi lăm đồng chí từ các nguồn.', [('quantity', 27, 48, {'approx': 'at_most', 'unit': 'đồng chí', 'value': 25.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là một trăm linh năm% từ các nguồn.', [('percent', 27, 45, {'approx': 'at_most', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là một trăm linh năm hộ dân từ các nguồn.', [('quantity', 27, 51, {'approx': 'at_most', 'unit': 'hộ dân', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là một trăm linh năm lần từ các nguồn.', [('multiplier', 27, 48, {'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là ba USD từ các nguồn.', [('money', 27, 33, {'approx': 'at_most', 'currency': 'USD', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.384.200% từ các nguồn.', [('percent', 27, 37, {'approx': 'at_most', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.384.200 USD từ các nguồn.', [('money', 27, 40, {'approx': 'at_most', 'currency': 'USD', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 1.384.200 đồng chí từ các nguồn.', [('money', 27, 41, {'approx': 'at_most', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 0,5% từ các nguồn.', [('percent', 27, 31, {'approx': 'at_most', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 0,5 ha từ các nguồn.', [('quantity', 27, 33, {'approx': 'at_most', 'unit': 'ha', 'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu tối đa là 0,5 lần từ các nguồn.', [('multiplier', 27, 34, {'value': 0.5, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 12 triệu đồng từ các nguồn.', [('money', 26, 39, {'approx': 'under', 'currency': 'VND', 'value': 12000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 12 ha từ các nguồn.', [('quantity', 26, 31, {'approx': 'under', 'unit': 'ha', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 12 tấn từ các nguồn.', [('quantity', 26, 32, {'approx': 'under', 'unit': 'tấn', 'value': 12.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 1.250 tỷ đồng từ các nguồn.', [('money', 26, 39, {'approx': 'under', 'currency': 'VND', 'value': 1250000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 1.250 USD từ các nguồn.', [('money', 26, 35, {'approx': 'under', 'currency': 'USD', 'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 1.250 lần từ các nguồn.', [('multiplier', 26, 35, {'value': 1250.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 3,5 USD từ các nguồn.', [('money', 26, 33, {'approx': 'under', 'currency': 'USD', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 3,5 hộ dân từ các nguồn.', [('quantity', 26, 36, {'approx': 'under', 'unit': 'hộ dân', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 3,5 đồng chí từ các nguồn.', [('quantity', 26, 38, {'approx': 'under', 'unit': 'đồng chí', 'value': 3.5, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 15.000 ha từ các nguồn.', [('quantity', 26, 35, {'approx': 'under', 'unit': 'ha', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 15.000 lần từ các nguồn.', [('multiplier', 26, 36, {'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 15.000 nghìn tỷ đồng từ các nguồn.', [('money', 26, 46, {'approx': 'under', 'currency': 'VND', 'value': 1.5e+16, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 15.000 km từ các nguồn.', [('quantity', 26, 35, {'approx': 'under', 'unit': 'km', 'value': 15000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75 tỷ đồng từ các nguồn.', [('money', 26, 38, {'approx': 'under', 'currency': 'VND', 'value': 2750000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75 người từ các nguồn.', [('quantity', 26, 36, {'approx': 'under', 'unit': 'người', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75 hộ dân từ các nguồn.', [('quantity', 26, 37, {'approx': 'under', 'unit': 'hộ dân', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75 doanh nghiệp từ các nguồn.', [('quantity', 26, 43, {'approx': 'under', 'unit': 'doanh nghiệp', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75 nghìn tỷ đồng từ các nguồn.', [('money', 26, 44, {'approx': 'under', 'currency': 'VND', 'value': 2750000000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 2,75đ từ các nguồn.', [('money', 26, 31, {'approx': 'under', 'currency': 'VND', 'value': 2.75, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến một trăm linh năm ha từ các nguồn.', [('quantity', 26, 46, {'approx': 'under', 'unit': 'ha', 'value': 105.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến một trăm linh nămđ từ các nguồn.', [('quantity', 26, 39, {'approx': 'under', 'unit': 'linh', 'value': 100.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến ba triệu đồng từ các nguồn.', [('money', 26, 39, {'approx': 'under', 'currency': 'VND', 'value': 3000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến ba% từ các nguồn.', [('percent', 26, 29, {'approx': 'under', 'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến ba lần từ các nguồn.', [('multiplier', 26, 32, {'value': 3.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 1.384.200 hộ dân từ các nguồn.', [('quantity', 26, 42, {'approx': 'under', 'unit': 'hộ dân', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 1.384.200 đồng chí từ các nguồn.', [('money', 26, 40, {'approx': 'under', 'currency': 'VND', 'value': 1384200.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 0,5 tỷ đồng từ các nguồn.', [('money', 26, 37, {'approx': 'under', 'currency': 'VND', 'value': 500000000.0, 'value_max': None})]),
    ('Năm nay tỉnh thu chưa đến 0,5 người từ các nguồn.', [('quantity', 26, 35, {'approx': 'under', 'unit': 'người', 'value': 0.5, 'value_max': None})]),
    ('Tăng trưởng đạt từ 6 đến 6,5% trong quý này.', [('percent', 19, 29, {'approx': None, 'value': 6.0, 'value_max': 6.5})]),
    ('Giá dao động 4-5 triệu đồng mỗi tấn.', [('money', 13, 27, {'approx': None, 'currency': 'VND', 'value': 4000000.0, 'value_max': 5000000.0})]),
    ('Tỷ lệ lần lượt là 4,8 và 5,3%, riêng khu vực phía nam 9,54%, 12,3% và 8%.', [('percent', 18, 21, {'approx': None, 'value': 4.8, 'value_max': None}), ('percent', 25, 29, {'approx': None, 'value': 5.3, 'value_max': None}), ('percent', 54, 59, {'approx': None, 'value': 9.54, 'value_max': None}), ('percent', 61, 66, {'approx': None, 'value': 12.3, 'value_max': None}), ('percent', 70, 72, {'approx': None, 'value': 8.0, 'value_max': None})]),
    ('Khoảng 200 - 300 người tham dự buổi lễ.', [('quantity', 7, 22, {'approx': 'about', 'unit': 'người', 'value': 200.0, 'value_max': 300.0})]),
    ('Mức phạt giữa 5 và 10 triệu đồng tuỳ vi phạm.', [('money', 14, 32, {'approx': None, 'currency': 'VND', 'value': 5000000.0, 'value_max': 10000000.0})]),
    ('Từ 7.000 đồng trở xuống được miễn.', [('money', 3, 13, {'approx': 'at_most', 'currency': 'VND', 'value': 7000.0, 'value_max': None})]),
    ('Doanh nghiệp có từ 50 lao động trở lên phải báo cáo.', [('quantity', 19, 30, {'approx': 'at_least', 'unit': 'lao động', 'value': 50.0, 'value_max': None})]),
    ('Thu nhập bình quân tăng 4, 5 và 6% qua các năm.', [('percent', 24, 25, {'approx': None, 'value': 4.0, 'value_max': None}), ('percent', 27, 28, {'approx': None, 'value': 5.0, 'value_max': None}), ('percent', 32, 34, {'approx': None, 'value': 6.0, 'value_max': None})]),
    ('Vốn điều lệ 20 tỷ 500 triệu đồng.', [('money', 12, 32, {'approx': None, 'currency': 'VND', 'value': 20500000000.0, 'value_max': None})]),
    ('Xuất khẩu đạt 1,5 tỷ USD, tăng 12% so với cùng kỳ.', [('money', 14, 24, {'approx': None, 'currency': 'USD', 'value': 1500000000.0, 'value_max': None}), ('percent', 31, 34, {'approx': None, 'value': 12.0, 'value_max': None})]),
    ('Hỗ trợ 40 triệu cho mỗi hộ bị thiệt hại.', [('money', 7, 15, {'approx': None, 'currency': 'VND', 'value': 40000000.0, 'value_max': None})]),
    ('Ngân sách chi 3 tỷ cho chương trình.', [('money', 14, 18, {'approx': None, 'currency': 'VND', 'value': 3000000000.0, 'value_max': None})]),
    ('Dân số khoảng 2 triệu người.', [('quantity', 14, 27, {'approx': 'about', 'unit': 'người', 'value': 2000000.0, 'value_max': None})]),
    ('Giá vé 100K một lượt, gói cao cấp 3M.', [('quantity', 7, 20, {'approx': None, 'unit': 'một lượt', 'value': 100000.0, 'value_max': None}), ('quantity', 34, 36, {'approx': None, 'unit': None, 'value': 3000000.0, 'value_max': None})]),
    ('Anh ấy chuyển $10 và USD 5 cho bạn, sau đó thêm VN$1000.', [('money', 14, 17, {'approx': None, 'currency': 'USD', 'value': 10.0, 'value_max': None}), ('money', 21, 26, {'approx': None, 'currency': 'USD', 'value': 5.0, 'value_max': None}), ('money', 48, 55, {'approx': None, 'currency': 'VND', 'value': 1000.0, 'value_max': None})]),
    ('Giá vàng 5 USD 25 cents mỗi gói.', [('money', 9, 23, {'approx': None, 'currency': 'USD', 'value': 5.25, 'value_max': None}), ('money', 11, 17, {'approx': None, 'currency': 'USD', 'value': 25.0, 'value_max': None})]),
    ('Chi phí 10 đô la 50 xu.', [('money', 8, 22, {'approx': None, 'currency': 'USD', 'value': 10.5, 'value_max': None})]),
    ('Tổng giá trị 2.500 EUR và 300 £.', [('money', 13, 22, {'approx': None, 'currency': 'EUR', 'value': 2500.0, 'value_max': None}), ('money', 26, 31, {'approx': None, 'currency': 'GBP', 'value': 300.0, 'value_max': None})]),
    ('Khoản vay 1,2 triệu yên Nhật.', [('money', 10, 28, {'approx': None, 'currency': 'JPY', 'value': 1200000.0, 'value_max': None})]),
    ('Kỳ họp thứ 10 Hội đồng nhân dân tỉnh khóa XVII diễn ra hôm nay.', [('ordinal', 0, 13, {'value': 10}), ('ordinal', 37, 46, {'value': 17})]),
    ('Đại hội XIII của Đảng đã thành công.', [('ordinal', 0, 12, {'value': 13})]),
    ('Lần thứ hai đoàn đến thăm địa phương.', [('ordinal', 0, 11, {'value': 2})]),
    ('Đây là lần đầu tiên tỉnh tổ chức giải.', [('ordinal', 7, 19, {'value': 1})]),
    ('Đầu tiên, cần rà soát lại hồ sơ.', []),
    ('Hội nghị Trung ương 4 khóa XII ban hành nghị quyết.', [('ordinal', 0, 21, {'value': 4}), ('ordinal', 22, 30, {'value': 12})]),
    ('Sáng thứ Hai, đoàn làm việc với huyện.', []),
    ('Thứ sáu, ngày 12/5, tổ chức họp.', []),
    ('Xếp thứ 3 toàn quốc về chỉ số cải cách.', [('ordinal', 4, 9, {'value': 3})]),
    ('Đứng thứ nhất khu vực, thứ nhì toàn quốc.', [('ordinal', 5, 13, {'value': 1}), ('ordinal', 23, 30, {'value': 2})]),
    ('Doanh thu tăng gấp đôi, lợi nhuận gấp 3 lần, chi phí gấp rưỡi.', [('multiplier', 15, 22, {'value': 2.0, 'value_max': None}), ('multiplier', 38, 43, {'value': 3.0, 'value_max': None}), ('multiplier', 53, 61, {'value': 1.5, 'value_max': None})]),
    ('Sản lượng tăng gấp hai lần so với năm trước.', [('multiplier', 19, 26, {'value': 2.0, 'value_max': None})]),
    ('Kim ngạch tăng 2,5 lần.', [('multiplier', 15, 22, {'value': 2.5, 'value_max': None})]),
    ('Bản đồ tỷ lệ 1/500 được công bố.', [('ratio', 13, 18, {'denominator': 500.0, 'numerator': 1.0, 'unit': None})]),
    ('Có 3/4 số xã đạt chuẩn nông thôn mới.', [('ratio', 3, 6, {'denominator': 4.0, 'numerator': 3.0, 'unit': None})]),
    ('Tỉ số 2:1 nghiêng về đội chủ nhà.', [('ratio', 6, 17, {'denominator': 1.0, 'numerator': 2.0, 'unit': 'nghiêng'})]),
    ('Khu đất số 12 đường 3/2 quận 10.', []),
    ('Phiên họp thứ 25 của Ủy ban.', [('ordinal', 0, 16, {'value': 25})]),
    ('Lần X đại hội được tổ chức.', [('ordinal', 0, 5, {'value': 10})]),
    ('Khoá XV Quốc hội.', [('ordinal', 0, 7, {'value': 15})]),
    ('Thực hiện Nghị quyết 43-NQ/TW và Quyết định 1234/QĐ-UBND.', []),
    ('Phòng chống dịch Covid-19 và cúm H5N1 ở nhóm G7.', []),
    ('Liên hệ (024) 3825 3888 hoặc 0912345678 hoặc 0243.8253.888, tổng đài 1900 1234.', []),
    ('Xem tại https://example.gov.vn/tin-12 hoặc www.tinh123.vn, email a@b12.vn.', []),
    ('Cuộc họp lúc 10h30, kết thúc 14h, phiên chiều 15:45.', []),
    ('Ngày 30/12/2022 và 24-09-2021, tháng 9/2013, giai đoạn 2020 - 2025.', []),
    ('Quý III/2023 và quý 4 tăng trưởng tốt.', []),
    ('Ngày 19-4 là ngày truyền thống.', []),
    ('SEA Games 31 tổ chức tại Hà Nội, tòa Landmark 81 cao nhất.', [('quantity', 10, 20, {'approx': None, 'unit': 'tổ chức', 'value': 31.0, 'value_max': None}), ('quantity', 46, 52, {'approx': None, 'unit': 'cao', 'value': 81.0, 'value_max': None})]),
    ('Số nhà 33 Nguyễn Du, phường 12, quận 7.', []),
    ('Quốc lộ 1A và tỉnh lộ 8 được nâng cấp.', []),
    ('Điều 49 khoản 2 Luật Đất đai.', []),
    ('Mẫu xe 5G và 29A đã đăng ký.', []),
    ('Năm 2023 tỉnh có 15 huyện.', [('quantity', 17, 25, {'approx': None, 'unit': 'huyện', 'value': 15.0, 'value_max': None})]),
    ('Trong năm 2024, 12 dự án khởi công.', [('quantity', 16, 24, {'approx': None, 'unit': 'dự án', 'value': 12.0, 'value_max': None})]),
    ('Tổng số 500 người tham gia, số 12 là khách mời.', [('quantity', 8, 17, {'approx': None, 'unit': 'người', 'value': 500.0, 'value_max': None})]),
    ('Hai Bà Trưng và Ba Đình là hai quận nội thành.', [('quantity', 27, 35, {'approx': None, 'unit': 'quận', 'value': 2.0, 'value_max': None})]),
    ('Một số ý kiến cho rằng năm nay khó khăn.', []),
    ('Không có trường hợp nào vi phạm.', []),
    ('Ba người bị thương, bảy người được cứu.', [('quantity', 0, 8, {'approx': None, 'unit': 'người', 'value': 3.0, 'value_max': None}), ('quantity', 20, 29, {'approx': None, 'unit': 'người', 'value': 7.0, 'value_max': None})]),
    ('Hai mươi năm qua, tỉnh đã đổi mới.', []),
    ('Nhiệt độ âm 5 độ C, có nơi -3 °C.', [('quantity', 9, 18, {'approx': None, 'unit': 'độ c', 'value': -5.0, 'value_max': None}), ('quantity', 28, 32, {'approx': None, 'unit': '°c', 'value': 3.0, 'value_max': None})]),
    ('Tỷ lệ hộ nghèo giảm còn 2,1%.', [('percent', 24, 28, {'approx': None, 'value': 2.1, 'value_max': None})]),
    ('Tỷ giá 24.000 đồng/USD, tỷ số nợ 30%.', [('money', 7, 18, {'approx': None, 'currency': 'VND', 'value': 24000.0, 'value_max': None}), ('percent', 33, 36, {'approx': None, 'value': 30.0, 'value_max': None})]),
    ('ba mươi', [('quantity', 0, 7, {'approx': None, 'unit': None, 'value': 30.0, 'value_max': None})]),
    ('Một nghìn rưỡi', [('quantity', 0, 14, {'approx': None, 'unit': None, 'value': 1500.0, 'value_max': None})]),
    ('hai phẩy năm', [('quantity', 0, 12, {'approx': None, 'unit': None, 'value': 2.5, 'value_max': None})]),
    ('năm', [('quantity', 0, 3, {'approx': None, 'unit': None, 'value': 5.0, 'value_max': None})]),
    ('Khoảng  12   tỷ đồng\xa0được giải ngân.', [('money', 8, 20, {'approx': 'about', 'currency': 'VND', 'value': 12000000000.0, 'value_max': None})]),
    ('HƠN 30 TỶ ĐỒNG ĐƯỢC GIẢI NGÂN.', [('money', 4, 14, {'approx': 'over', 'currency': 'VND', 'value': 30000000000.0, 'value_max': None})]),
    ('Hơn\n30 tỷ đồng.', [('money', 4, 14, {'approx': 'over', 'currency': 'VND', 'value': 30000000000.0, 'value_max': None})]),
    ('ſố 12 và İ 5 người, khoảng 3 ha.', [('quantity', 11, 18, {'approx': None, 'unit': 'người', 'value': 5.0, 'value_max': None}), ('quantity', 27, 31, {'approx': 'about', 'unit': 'ha', 'value': 3.0, 'value_max': None})]),
    ('Khoảng 3 İ người tham dự.', [('quantity', 7, 10, {'approx': 'about', 'unit': 'i̇', 'value': 3.0, 'value_max': None})]),
    ('Kelvin K 5 tấn.', [('quantity', 9, 14, {'approx': None, 'unit': 'tấn', 'value': 5.0, 'value_max': None})]),
    ('MƯỜI HAI NGHÌN người, Mười Hai nghìn người, mƯời hai người.', [('quantity', 0, 20, {'approx': None, 'unit': 'người', 'value': 12000.0, 'value_max': None}), ('quantity', 22, 42, {'approx': None, 'unit': 'người', 'value': 12000.0, 'value_max': None}), ('quantity', 49, 58, {'approx': None, 'unit': 'người', 'value': 2.0, 'value_max': None})]),
    ('GẤP ĐÔI, Gấp 3 lần, gẤp 4 lần.', [('multiplier', 0, 7, {'value': 2.0, 'value_max': None}), ('multiplier', 13, 18, {'value': 3.0, 'value_max': None}), ('multiplier', 24, 29, {'value': 4.0, 'value_max': None})]),
    ('THỨ 3 toàn quốc, Thứ Hai tuần sau.', [('ordinal', 0, 5, {'value': 3})]),
    ('ĐẦU TIÊN, lần Đầu tiên.', [('ordinal', 10, 22, {'value': 1})]),
    ('1,234.5 tấn và 1,234,567 người theo số liệu quốc tế.', [('quantity', 0, 11, {'approx': None, 'unit': 'tấn', 'value': 1234.5, 'value_max': None}), ('quantity', 15, 30, {'approx': None, 'unit': 'người', 'value': 1234567.0, 'value_max': None})]),
    ('5trở lên, 7 trở xuống, 9 Trở Lên.', [('quantity', 10, 11, {'approx': 'at_most', 'unit': None, 'value': 7.0, 'value_max': None}), ('quantity', 23, 24, {'approx': 'at_least', 'unit': None, 'value': 9.0, 'value_max': None})]),
    ('Tăng 3 lần thứ hai liên tiếp.', [('quantity', 5, 6, {'approx': None, 'unit': None, 'value': 3.0, 'value_max': None}), ('ordinal', 7, 18, {'value': 2})]),
    ('12 lần, 3 LẦN, 4 Lần.', [('multiplier', 0, 6, {'value': 12.0, 'value_max': None}), ('multiplier', 8, 13, {'value': 3.0, 'value_max': None}), ('multiplier', 15, 20, {'value': 4.0, 'value_max': None})]),
    ('Thu 15.000đ một vé, 5 đ là quá rẻ.', [('money', 4, 11, {'approx': None, 'currency': 'VND', 'value': 15000.0, 'value_max': None}), ('quantity', 20, 23, {'approx': None, 'unit': 'đ', 'value': 5.0, 'value_max': None})]),
    ('Đạt 50 % và 7,5 %, 9 ,5%.', [('percent', 4, 8, {'approx': None, 'value': 50.0, 'value_max': None}), ('percent', 12, 17, {'approx': None, 'value': 7.5, 'value_max': None}), ('quantity', 19, 20, {'approx': None, 'unit': None, 'value': 9.0, 'value_max': None}), ('percent', 21, 24, {'approx': None, 'value': 0.5, 'value_max': None})]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_recorded_hits(text: str, want: list[tuple]) -> None:
    got = _hits(text)
    assert _same_hits(got, want), f"{got} != {want}"


def test_cases_cover_every_kind() -> None:
    kinds = {h[0] for _t, hs in CASES for h in hs}
    assert kinds == {"money", "percent", "quantity", "ratio", "multiplier", "ordinal"}
    assert len(CASES) >= 300


# --- reference mode: every pre-check off ------------------------------------------------------


@pytest.fixture
def slow_mode(monkeypatch: pytest.MonkeyPatch):
    """Switch numeric/numbers to the plain passes: ``finditer`` everywhere, no word gates."""

    def run(text: str) -> list[tuple]:
        with monkeypatch.context() as m:
            m.setattr(numbers, "lower_starts", lambda cand, text, low: None)
            m.setattr(numeric, "lower_starts", lambda cand, text, low: None)
            m.setattr(numbers, "starts_of", lambda cand, subject: None)
            m.setattr(numeric, "starts_of", lambda cand, subject: None)
            m.setattr(numeric, "word_starts", lambda text, low: None)  # the shared Aho-Corasick pass
            m.setattr(numbers, "last_word", lambda text, start: numbers.ANY_WORD)
            m.setattr(numeric, "last_word", lambda text, start: numbers.ANY_WORD)
            m.setattr(numeric, "_before_info", lambda text, start: (numbers.ANY_WORD, -1, True))
            m.setattr(numeric, "_next_word", lambda text, pos: (numbers.ANY_WORD, 1))
            m.setattr(numbers, "digit_starts", lambda text, runs: None)
            m.setattr(numeric, "mask_starts", lambda text, runs: None)
            m.setattr(numbers, "window_has", lambda low, a, b, words: True)
            m.setattr(numeric, "_next_initial", lambda text, pos: numbers.ANY_WORD)
            m.setattr(numeric, "ratio_starts", lambda text, runs: None)
            m.setattr(numeric, "cur_before_starts", lambda text, runs: None)
            m.setattr(numeric, "_RANGE_REJECT", frozenset())
            m.setattr(numeric, "_strong_unit_possible", lambda text, e: True)
            m.setattr(numeric, "document_style", lambda text, runs=None: numbers.document_style(text))
            return _hits(text)
    return run


TOKENS = [
    "12", "1.250", "3,5", "15.000", "0,5", "2023", "100K", "3M", "-", "–", "/", ":", ",", ".", "%", "$", "€",
    "(", ")", "@", "h", "30", "5", "1/500", "19-4", "0912345678",
    "hai", "Hai", "HAI", "mươi", "mười", "lăm", "một", "Một", "trăm", "linh", "năm", "Năm", "ba", "bốn", "tư",
    "nghìn", "triệu", "tỷ", "tỉ", "lệ", "phẩy", "rưỡi", "nửa", "âm", "Âm",
    "tỷ đồng", "triệu đồng", "đồng", "đồng chí", "đ", "USD", "đô la", "đôla", "cents", "xu", "phần trăm",
    "người", "hộ dân", "ha", "km", "tấn", "độ C", "°C", "m2", "lần", "LẦN", "thứ", "Thứ", "hạng", "gấp", "đôi",
    "khoảng", "Khoảng", "KHOẢNG", "hơn", "gần", "trên", "không quá", "ít nhất", "là", "từ", "đến", "và",
    "giữa", "trở lên", "trở xuống", "Trở", "lên", "số", "tổng số", "quận", "Quốc lộ", "điều", "năm", "ngày",
    "tháng", "quý", "sáng", "tỷ lệ", "khóa", "Đại hội", "kỳ họp", "đầu tiên", "Đầu", "tiên",
    "Nguyễn", "Du", "SEA", "Games", "Hà", "Nội", "XIII", "IV", "Covid-19", "43-NQ/TW", "www.a1.vn",
    "\n", "ſố", "İ", "\u212a", "  ", "\u00a0",
    # second round: the shapes the digit-run, mask, ratio, separator and look-behind shortcuts decide
    "1900 1234", "10h30", "14 h", "8g", "2015-2020", "2016 - 2020", "31/12/2022", "1.1.2023", "12.3/QĐ",
    "12-QĐ", "0243.8253.888", "(024) 3825 3888", "024", "1.5", ".5", "-5", "- 5", "âm 5", "ÂM", "G7",
    "ASEAN+3", "H5N1", "http://a.vn/12", "@x.vn", "9/2013", "3:2", "1/500", "tỷ lệ", "tỷ lệ bản đồ", "bản đồ",
    "US$5", "USD 5", "Rs.", "VN$", "¥", "US$", "$5", "€ 20", "VNĐ", "khóa XIII", "Khoá", "đại hội", "Đại hội", "hội nghị trung ương",
    "kỳ họp", "nhiệm kỳ khóa", "lần 2", "cho đến", "tới", "~", "—", "hoặc", "còn", "xuống", "trở lại",
    "ít nhất là", "không vượt quá", "ở mức", "mức", "trong khoảng từ", "khoảng từ", "tổng số", "so với",
    "thứ Sáu", "sáng", "hôm", "đầu năm", "Quốc", "lộ", "chục", "tư", "mốt", "rưỡi", "triệu tỷ", "linh", "lẻ",
    "\u0661\u0662", "\U00010d40", "²", "\u2028", "\x1c", "Ⅻ", "ǅ", "\u0300", "x\u0301", "Đ",
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14), st.lists(st.sampled_from([" ", "", " ", "  "]),
                                                                          min_size=14, max_size=14))
def test_fast_paths_match_plain_passes(slow_mode, toks: list[str], seps: list[str]) -> None:
    text = "".join(t + s for t, s in zip(toks, seps))
    assert _hits(text) == slow_mode(text)


def test_reference_mode_really_switches_the_fast_paths_off(slow_mode) -> None:
    # a sentence whose result depends on the gates: both modes must agree on real hits
    text = "Khoảng 12 tỷ đồng, hơn 30% và gấp 3 lần, kỳ họp thứ 10, quận 7, năm 2023."
    fast = _hits(text)
    assert fast == slow_mode(text)
    assert [h[0] for h in fast] == ["money", "percent", "multiplier", "ordinal"]


@pytest.mark.parametrize("text,want", CASES[::7], ids=[c[0][:40] for c in CASES[::7]])
def test_recorded_hits_in_reference_mode(slow_mode, text: str, want: list[tuple]) -> None:
    assert _same_hits(slow_mode(text), want)


# --- helpers ----------------------------------------------------------------------------------


EDGE = [
    "Gọi 1900 1234 lúc 10h30, 14 h hoặc 8g; hạn 31/12/2022, 1.1.2023, 9/2013, 2015-2020 và 2016 - 2020.",
    "Số 12.3/QĐ-UBND, 12-QĐ, 43-NQ/TW, Covid-19, G7, H5N1, ASEAN+3, (024) 3825 3888, 0243.8253.888.",
    "Xem http://a.vn/12 hoặc www.b.vn, thư @x.vn; tỷ lệ 1/500, tỷ lệ bản đồ 1:2000, 3:2, 1.250/3.",
    "Giá US$5, USD 5, $10, VN$1000, € 20, ¥ 30, Rs. 40, Rs 5 và 1,234.5; nhiệt độ âm 5, - 5, -5, .5 và ,77.",
    "Khóa XIII, khoá 10, Đại hội XIII, hội nghị trung ương 4, kỳ họp thứ 10, nhiệm kỳ khóa 5, lần 2, Lần X.",
    "Từ 5 đến 7 người, 4,8 và 5,3%, 9,54%, 12,3% và 8%, giữa 3 và 4 tấn, 10 – 12 ha, 5 ~ 6, 7—8 km.",
    "Khoảng 12 tỷ đồng, ít nhất là 3 người, không vượt quá 5%, ở mức 7 triệu, trong khoảng từ 2 đến 4 ngày.",
    "Năm 2023 có một nghìn rưỡi người, hai mươi tư hộ, tỷ lệ ba phẩy năm, tư không, bốn tỷ lệ, triệu tỷ.",
    "\u0661\u0662 người, \U00010d40 ha, 5² m, 3\u20284, 12\x1c%, Ⅻ 3, ǅ 4, ſố 5, İ 6, \u212a 7, x\u0301 8.",
]


def _texts() -> list[str]:
    return [t for t, _w in CASES] + EDGE + [" ".join(TOKENS[i:i + 9]) for i in range(0, len(TOKENS), 3)]


def _starts_hold(pat: regex.Pattern[str], text: str, starts: object) -> None:
    """``starts`` holds every start of ``pat.finditer(text)``, in order: ``scan`` finds the same
    (None: the finder declined, ``scan`` falls back to ``finditer``)."""
    if starts is None:
        assert not numbers.lower_ok(text, text.lower())
        return
    starts = list(starts)  # type: ignore[call-overload]
    assert starts == sorted(starts)
    want = [m.span() for m in pat.finditer(text)]
    assert {a for a, _b in want} <= set(starts), (text, want, starts)
    assert [m.span() for m in numbers.scan(pat, text, starts)] == want


def test_candidate_starts_hold_every_match() -> None:
    p = numeric._pat()
    q = numbers._patterns()
    st_ = numeric._starts()
    for text in _texts():
        low = text.lower()
        runs = numbers.digit_runs(text)
        assert runs == [m.span() for m in regex.finditer(r"\d+", text)]
        _starts_hold(q["digits"], text, numbers.digit_starts(text, runs))
        _starts_hold(p["mask"], text, numeric.mask_starts(text, runs))
        _starts_hold(p["ratio"], text, numeric.ratio_starts(text, runs))
        _starts_hold(p["cur_before"], text, numeric.cur_before_starts(text, runs))
        for k in st_:
            _starts_hold(p[k], text, numbers.lower_starts(st_[k], text, low))
        assert numbers.document_style(text, runs) == numbers.document_style(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12), st.lists(st.sampled_from([" ", "", "  ", "\n"]),
                                                                          min_size=12, max_size=12))
def test_candidate_starts_hold_on_token_soup(toks: list[str], seps: list[str]) -> None:
    text = "".join(t + s for t, s in zip(toks, seps))
    runs = numbers.digit_runs(text)
    p = numeric._pat()
    _starts_hold(numbers._patterns()["digits"], text, numbers.digit_starts(text, runs))
    _starts_hold(p["mask"], text, numeric.mask_starts(text, runs))
    _starts_hold(p["ratio"], text, numeric.ratio_starts(text, runs))
    _starts_hold(p["cur_before"], text, numeric.cur_before_starts(text, runs))
    assert numbers.document_style(text, runs) == numbers.document_style(text)


def test_no_number_begins_with_a_non_starter() -> None:
    """So a match that begins with one gives the numbers of the match at its next word."""
    lx = numbers.lexicon()
    words = sorted(lx.words | lx.decimal_point | {"5"})
    for w in numbers.non_starters():
        for a in words:
            assert numbers._longest_number((w, a)) is None
            for b in ("hai", "mươi", "trăm", "nghìn", "tỷ", "phẩy", "năm", "5", "rưỡi", "linh"):
                assert numbers._longest_number((w, a, b)) is None
                assert numbers._longest_number((w, a, b, "mốt", "triệu")) is None
    assert {"tư", "tỷ", "triệu", "linh", "mươi", "chục", "rưỡi"} <= numbers.non_starters()
    assert not {"một", "hai", "năm", "mười", "trăm", "nửa", "không"} & numbers.non_starters()


def test_spelled_spans_equal_plain_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in _texts() + ["tỷ hai trăm triệu, nghìn tỷ ba, tư không năm, linh tám, tỷ phẩy năm, âm hai"]:
        low = text.lower()
        fast = numbers._spelled_spans(text, low)
        with monkeypatch.context() as m:
            m.setattr(numbers, "lower_starts", lambda cand, text, low: None)
            m.setattr(numbers, "window_has", lambda low, a, b, words: True)
            plain = numbers._spelled_spans(text, low)
        assert fast == plain, text


def test_word_before_equals_the_windowed_search() -> None:
    """The phrase tables give what ``pattern.search`` in the window gives: start and phrase."""
    forms = numeric._phrase_forms()
    phrases = {"khoảng", "hơn", "ít nhất là", "không vượt quá", "quận", "số", "tổng số", "năm", "ngày",
               "tỷ lệ", "tỷ lệ bản đồ", "kỳ họp", "lần", "thứ", "giữa", "trong khoảng từ", "đơn vị"}
    tails = ["", " là", " từ", " ở mức", " mức", " số", " bản đồ"]
    texts = _texts()
    for ph in phrases:
        for t in tails:
            for lead in ("", "x ", "Khoảng ", "(", "abc", "ở "):
                texts.append(f"{lead}{ph}{t} 12")
                texts.append(f"{lead}{ph.upper()}{t}  \n12")
    def norm(r: tuple[int, str] | None, key: str) -> tuple[int, str] | None:
        # the phrase is read for approx only (the "a" group); elsewhere where the match starts
        return None if r is None else (r[0], " ".join(r[1].lower().split()) if key == "approx" else "")

    seen = 0
    for text in texts:
        for pos in [i for i, c in enumerate(text) if c.isdigit() and (i == 0 or not text[i - 1].isdigit())]:
            for key in forms:
                for width in (10, 20, 40):
                    got = numeric._word_before(text, pos, key, width)
                    want = numeric._search_before(text, pos, key, width)
                    if numbers.last_word(text, pos) not in numeric._gates()[key]:
                        assert got is None and want is None, (text, pos, key)
                    assert norm(got, key) == norm(want, key), (text, pos, key, width)
                    seen += want is not None
    assert seen > 300


def test_shared_word_starts_match_the_finders() -> None:
    """The one Aho-Corasick pass offers what each finder would (the spelled finder: a superset)."""
    st = numeric._starts()
    seen = 0
    for text in _texts() + ["thứ hai, Thứ 3, gấp đôi, đầu  tiên, đại hội XIII, kỳ họp thứ 5, lần 2, khai ba bảy"]:
        low = text.lower()
        got = numeric.word_starts(text, low)
        if not numbers.lower_ok(text, low):
            assert got is None
            continue
        for key in ("ordinal", "ordinal_bare", "gap", "first"):
            assert got[key] == list(numbers.lower_starts(st[key], text, low)), (text, key)
            seen += len(got[key])
        want = list(numbers.lower_starts(numbers._spelled_first(), text, low))
        assert set(want) <= set(got["spelled"]) and got["spelled"] == sorted(got["spelled"])
    assert seen > 20
    assert numeric.word_starts("İ thứ 2", "İ thứ 2".lower()) is None  # lower() changes the length


def test_next_word_fast_path_is_exact() -> None:
    ref = numeric._NEXT_WORD0
    for text in ["12 người", "12  người", "12\nngười", "12%", "12 %", "12", "12 ", "5 m²", "5 m2", "3 ſố",
                 "3 İ", "4 Ⅻ", "4 αβ", "4 ab\u0301c", "7 đồng.", "7 x\u00a0y", "7\u00a0kg", "7 \x1cđ"]:
        for pos in range(len(text) + 1):
            m = ref.match(text, pos)
            want = ("", 0) if m is None else (
                numbers.ANY_WORD if numbers.fold_unsafe(m.group(1)) else m.group(1).lower(), m.start(1) - pos)
            assert numeric._next_word(text, pos) == want, (text, pos)


def test_strong_unit_gate_is_exact() -> None:
    for text in _texts():
        for n in numbers._find_numbers(text, None, text.lower()):
            if not numeric._strong_unit_possible(text, n.end):
                assert numeric._unit_after(text, n).kind in ("skip", "none", "noun", "temporal"), text


def test_number_merge_and_lazy_units() -> None:
    a = numbers.NumberSpan(0, 2, 1.0, "digits", False)
    b = numbers.NumberSpan(0, 5, 2.0, "spelled", False)
    assert numbers._longest_first([a, b]) == [b]
    lazy = 0
    for text in _texts():
        low = text.lower()
        spans = numbers._digit_spans(text, None, low) + numbers._spelled_spans(text, low)
        nums = numbers._find_numbers(text, None, low)
        assert nums == numbers._longest_first(spans)
        for n in nums:
            it = numeric._classify(text, n)
            if isinstance(it.unit, numeric._LazyUnit):
                lazy += 1
                assert it.kind is None and (it.start, it.end) == (n.start, n.end)
                u = numeric._unit_after(text, n)
                assert (it.unit.kind, it.unit.end, it.unit.unit) == (u.kind, u.end, u.unit)
    assert lazy > 30


def test_separator_initials() -> None:
    p = numeric._pat()
    for sep in (" - ", "-", " – ", "—", " ~ ", " đến ", " Đến ", " tới ", " cho đến "):
        assert p["range_sep"].fullmatch(sep)
        assert numeric._next_initial(sep, 0) in numeric._RANGE_INITIALS
        assert sep.strip()[:1] not in numeric._RANGE_REJECT
    assert numeric._VA.fullmatch(" và ") and numeric._next_initial(" và ", 0) in numeric._RANGE_INITIALS
    for sep in (", ", ";", " và ", " hoặc ", " và lần lượt ", " lên ", " xuống ", " còn ", " , và ", " Và "):
        assert p["list_sep"].fullmatch(sep)
        assert numeric._next_initial(sep, 0) in numeric._LIST_INITIALS
    assert {"a", "0", "(", "%", "T"} & numeric._RANGE_REJECT == {"a", "0", "(", "%"}
    assert numeric._next_initial("  \u00a0Trở", 0) == "t"
    assert numeric._next_initial("ſ", 0) == numbers.ANY_WORD
    assert numeric._next_initial("", 0) == ""


def test_unicode_assumptions_of_the_shortcuts() -> None:
    """``regex``'s ``\\s`` is whitespace for ``str``; the letters the word finders refuse next to a
    word, and every character lower-casing to one of them, are letters for ``regex``."""
    ws = regex.compile(r"\s")
    letter = regex.compile(r"\p{L}")
    import re

    finder_cls = re.compile("[" + numbers._word_letters() + "]")
    cls = {chr(c) for c in range(0x20000) if finder_cls.match(chr(c))}
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if ws.match(ch):
            assert ch.isspace(), hex(cp)
        low = ch.lower()
        if len(low) == 1 and low in cls:
            assert letter.match(ch), hex(cp)
    assert {"a", "Z", "đ", "Đ", "ỹ", "ư"} <= cls and not {"×", "÷", " ", "1", "_", "\u0300"} & cls
    assert all(letter.match(c) for c in cls)


def test_last_word_and_next_word() -> None:
    assert numbers.last_word("đạt khoảng  12", 12) == "khoảng"
    assert numbers.last_word("Tổng KHOẢNG 12", 12) == "khoảng"
    assert numbers.last_word("(12", 1) == ""
    assert numbers.last_word("ſố 12", 3) == numbers.ANY_WORD
    assert numeric._next_word("12  Lần nữa", 2) == ("lần", 2)
    assert numeric._next_word("12%", 2) == ("", 0)
    assert numeric._before_info("Hà Nội 12", 7) == ("nội", 3, True)
    assert numeric._before_info("Hà Nội12", 6) == ("nội", 3, False)
    assert numeric._before_info("Hà nội 12", 7) == ("nội", 3, False)
    assert numeric._before_info("Hà Đông 12", 8) == ("đông", 3, True)


def test_gates_hold_the_last_words() -> None:
    g = numeric._gates()
    assert {"khoảng", "hơn", "là", "từ", "mức", numbers.ANY_WORD} <= g["approx"]
    assert "lệ" in g["ratio_before"] and "đồ" in g["ratio_before"]
    assert "quận" in g["name_before"] and "lộ" in g["name_before"]
    assert "năm" in numeric._singles()["temporal_before"]
    assert "đầu năm" not in numeric._singles()["temporal_before"]
    u = numeric._unit_gates()
    assert {"đồng", "đô", "đôla", "đôlamỹ", "usd", "us"} <= u.cur_runs and "$" in u.cur_syms
    assert {"ha", "km", "độ", "tỷ"} <= u.meas_runs and "°" in u.meas_syms
    with pytest.raises(ValueError):
        numbers.word_gate(["Rs."])


def _gate_letters() -> str:
    d = numeric._data()
    lx = numbers.lexicon()
    words = set(lx.words) | set(lx.scales) | set(lx.negative_words) | set(d.approx) | set(d.approx_after)
    words |= set(d.currency_after) | set(d.measures) | {"thứ", "hạng", "giữa", "từ", "khoảng", "là", "mức",
                                                         "số", "bản", "đồ", "tiên", "đầu", "gấp", "lần", "phần",
                                                         "đến", "tới", "cho", "và", "hoặc", "lên", "xuống", "còn",
                                                         "trở"}
    for v in d.ctx.values():
        words |= set(v)
    return "".join(sorted({c for w in words for c in w.lower() if c.isalpha()}))


def test_fold_unsafe_is_complete() -> None:
    """Every character that ``regex`` matches case-insensitively to a letter of our word lists
    lower-cases to that letter, except those in FOLD_UNSAFE; and each is a letter (\\p{L})."""
    letters = _gate_letters()
    cls = regex.compile("(?i)[" + regex.escape(letters) + "]")
    is_letter = regex.compile(r"\p{L}")
    unsafe = set()
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if cls.fullmatch(ch):
            assert is_letter.fullmatch(ch), hex(cp)
            if ch.lower() not in letters:
                unsafe.add(ch)
            elif not regex.fullmatch("(?i)" + regex.escape(ch.lower()), ch):
                unsafe.add(ch)
        # lower() must not map anything else onto our letters unless regex agrees
        low = ch.lower()
        if len(low) == 1 and low in letters and not cls.fullmatch(ch):
            unsafe.add(ch)
    assert unsafe <= set(numbers.FOLD_UNSAFE), sorted(unsafe - set(numbers.FOLD_UNSAFE))
    assert all(numbers.fold_unsafe(c) for c in numbers.FOLD_UNSAFE)
    assert not numbers.fold_unsafe("Khoảng 12 tỷ đồng")
