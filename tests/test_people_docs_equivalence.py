"""People, documents, events and the segmenter, pinned on text written for this project.

The fast paths of ``rules/people.py`` (one scan for titles and honorifics with the title prefix
looked for backwards, a set look-up for place names that start like a person's), ``rules/events.py``
(the head look-behind after the first letter, event spans kept for the last few texts) and
``text/segment.py`` (credit scans gated by the credit words a line holds, ``glue`` tried only where
a credit can start, sentence spans computed once per block) must find exactly what the plain forms
found: the cases below hold the outputs as the modules gave them before those paths were written,
and the property tests compare each fast path with its plain form on random strings.

``NAMED_CASES``: ``(text, (people, documents, events))`` with people as ``(surface, name, role,
priority)``, documents as ``(surface, doc_type, number, issuer)`` and events as ``(surface,
ordinal)``; bylines found by ``segment`` are passed to ``people.find`` as the pipeline does.
``ARTICLE_CASES``: ``(text, blocks, sentences, masthead, named)`` with blocks as ``(kind, text,
duplicate_of)``, sentences as ``(text, block)`` and masthead as ``(title, series, author, source,
published)``.
"""
from __future__ import annotations

import random
import re

import pytest

from vnreport_extract.rules import documents, events, people
from vnreport_extract.rules.base import Context
from vnreport_extract.rules.people import trie_regex
from vnreport_extract.text import segment as seg_mod
from vnreport_extract.text.segment import segment


def _named(text: str) -> tuple[list[tuple], list[tuple], list[tuple]]:
    seg = segment(text)
    spans = [(b.start, b.end) for b in seg.blocks if b.kind == "byline"]
    p = [(text[h.start:h.end], h.fields["name"], h.fields["role"], h.priority)
         for h in people.find(text, Context(extras={"byline_spans": spans}))]
    d = [(text[h.start:h.end], h.fields["doc_type"], h.fields["number"], h.fields["issuer"])
         for h in documents.find(text, Context())]
    e = [(text[h.start:h.end], h.fields["ordinal"]) for h in events.find(text, Context())]
    return p, d, e


NAMED_CASES = [
    ('Bí thư Thành ủy Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Bí thư Thành ủy', 0)], [], [])),
    ('Bí thư Thành ủy Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Bí thư Thành ủy', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('Phó Chủ tịch UBND tỉnh Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Phó Chủ tịch UBND tỉnh', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('nguyên Bộ trưởng Bộ Tài chính Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'nguyên Bộ trưởng Bộ Tài chính', 0)], [], [])),
    ('Chủ tịch HĐND quận Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Chủ tịch HĐND quận Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Chủ tịch HĐND quận', 0)], [], [])),
    ('Đại tá Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Đại tá', 0)], [], [])),
    ('Đại tá Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Đại tá', 0)], [], [])),
    ('Đại tá Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Đại tá', 0)], [], [])),
    ('Đại tá Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Đại tá', 0)], [], [])),
    ('Đại tá Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Đại tá', 0)], [], [])),
    ('Đại tá Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Đại tá', 0)], [], [])),
    ('Đại tá Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Đại tá', 0)], [], [])),
    ('Đại tá Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Đại tá', 0)], [], [])),
    ('Đại tá Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Đại tá', 0)], [], [])),
    ('Đại tá Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Đại tá', 0)], [], [])),
    ('PGS.TS Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'PGS.TS', 0)], [], [])),
    ('PGS.TS Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'PGS.TS', 0)], [], [])),
    ('Tổng Bí thư Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Tổng Bí thư', 0)], [], [])),
    ('Tổng Bí thư Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Tổng Bí thư', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('Giám đốc Sở Xây dựng Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Giám đốc Sở Xây dựng', 0)], [], [])),
    ('tân Chủ tịch nước Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'tân Chủ tịch nước', 0)], [], [])),
    ('tân Chủ tịch nước Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'tân Chủ tịch nước', 0)], [], [])),
    ('Thứ trưởng Nguyễn Văn Hùng phát biểu tại buổi làm việc.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Nguyễn Văn Hùng cho biết kết quả năm nay vượt kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Trần Thị Mai Lan phát biểu tại buổi làm việc.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Trần Thị Mai Lan cho biết kết quả năm nay vượt kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Lê Quang Dũng phát biểu tại buổi làm việc.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Lê Quang Dũng cho biết kết quả năm nay vượt kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Phạm Minh Tuấn phát biểu tại buổi làm việc.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Phạm Minh Tuấn cho biết kết quả năm nay vượt kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Hoàng Thị Hà phát biểu tại buổi làm việc.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Thứ trưởng', 0)], [], [])),
    ('Thứ trưởng Hoàng Thị Hà cho biết kết quả năm nay vượt kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Thứ trưởng', 0)], [], [])),
    ('Theo ông Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo ông Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo ông Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo ông Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo ông Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo ông Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo ông Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo ông Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo bà Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo bà Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo bà Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo bà Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo bà Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo bà Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo bà Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo bà Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo Ông Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo Ông Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo Ông Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo Ông Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo Ông Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo Ông Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo Ông Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo Ông Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo anh Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo anh Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo anh Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo anh Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo anh Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo anh Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo anh Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo anh Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo chị Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo chị Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo chị Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo chị Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo chị Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo chị Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo chị Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo chị Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo đồng chí Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo đồng chí Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo đồng chí Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo đồng chí Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo đồng chí Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo đồng chí Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo đồng chí Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo đồng chí Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo cô Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo cô Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo cô Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo cô Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo cô Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo cô Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo cô Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo cô Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Theo em Nguyễn Văn Hùng, việc này cần làm ngay.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', None, 0)], [], [])),
    ('Theo em Trần Thị Mai Lan, việc này cần làm ngay.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', None, 0)], [], [])),
    ('Theo em Lê Quang Dũng, việc này cần làm ngay.', ([('Lê Quang Dũng', 'Lê Quang Dũng', None, 0)], [], [])),
    ('Theo em Phạm Minh Tuấn, việc này cần làm ngay.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', None, 0)], [], [])),
    ('Theo em Hoàng Thị Hà, việc này cần làm ngay.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', None, 0)], [], [])),
    ('Theo em Võ Văn Thưởng Hải, việc này cần làm ngay.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', None, 0)], [], [])),
    ('Theo em Đặng Quốc Khánh, việc này cần làm ngay.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', None, 0)], [], [])),
    ('Theo em Mai Tiến Dũng, việc này cần làm ngay.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', None, 0)], [], [])),
    ('Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Hùng nói thêm về kế hoạch.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phó Giám đốc Sở Tài chính', 0), ('Hùng', 'Nguyễn Văn Hùng', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Nguyễn Văn Hùng (Phó Bí thư Đảng ủy phường) và ông Hùng cùng dự.', ([('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Phó Bí thư Đảng ủy phường', 0), ('Hùng', 'Nguyễn Văn Hùng', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Trần Thị Mai Lan, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Lan nói thêm về kế hoạch.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Phó Giám đốc Sở Tài chính', 0), ('Lan', 'Trần Thị Mai Lan', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Trần Thị Mai Lan (Phó Bí thư Đảng ủy phường) và ông Lan cùng dự.', ([('Trần Thị Mai Lan', 'Trần Thị Mai Lan', 'Phó Bí thư Đảng ủy phường', 0), ('Lan', 'Trần Thị Mai Lan', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Lê Quang Dũng, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Dũng nói thêm về kế hoạch.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Phó Giám đốc Sở Tài chính', 0), ('Dũng', 'Lê Quang Dũng', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Lê Quang Dũng (Phó Bí thư Đảng ủy phường) và ông Dũng cùng dự.', ([('Lê Quang Dũng', 'Lê Quang Dũng', 'Phó Bí thư Đảng ủy phường', 0), ('Dũng', 'Lê Quang Dũng', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Phạm Minh Tuấn, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Tuấn nói thêm về kế hoạch.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Phó Giám đốc Sở Tài chính', 0), ('Tuấn', 'Phạm Minh Tuấn', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Phạm Minh Tuấn (Phó Bí thư Đảng ủy phường) và ông Tuấn cùng dự.', ([('Phạm Minh Tuấn', 'Phạm Minh Tuấn', 'Phó Bí thư Đảng ủy phường', 0), ('Tuấn', 'Phạm Minh Tuấn', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Hoàng Thị Hà, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Hà nói thêm về kế hoạch.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Phó Giám đốc Sở Tài chính', 0), ('Hà', 'Hoàng Thị Hà', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Hoàng Thị Hà (Phó Bí thư Đảng ủy phường) và ông Hà cùng dự.', ([('Hoàng Thị Hà', 'Hoàng Thị Hà', 'Phó Bí thư Đảng ủy phường', 0), ('Hà', 'Hoàng Thị Hà', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Võ Văn Thưởng Hải, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Hải nói thêm về kế hoạch.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', 'Phó Giám đốc Sở Tài chính', 0), ('Hải', 'Võ Văn Thưởng Hải', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Võ Văn Thưởng Hải (Phó Bí thư Đảng ủy phường) và ông Hải cùng dự.', ([('Võ Văn Thưởng Hải', 'Võ Văn Thưởng Hải', 'Phó Bí thư Đảng ủy phường', 0), ('Hải', 'Võ Văn Thưởng Hải', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Đặng Quốc Khánh, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Khánh nói thêm về kế hoạch.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', 'Phó Giám đốc Sở Tài chính', 0), ('Khánh', 'Đặng Quốc Khánh', 'Phó Giám đốc Sở Tài chính', -1)], [], [])),
    ('Bà Đặng Quốc Khánh (Phó Bí thư Đảng ủy phường) và ông Khánh cùng dự.', ([('Đặng Quốc Khánh', 'Đặng Quốc Khánh', 'Phó Bí thư Đảng ủy phường', 0), ('Khánh', 'Đặng Quốc Khánh', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Mai Tiến Dũng, Phó Giám đốc Sở Tài chính, cho biết nguồn thu tăng. Ông Dũng nói thêm về kế hoạch.', ([], [], [])),
    ('Bà Mai Tiến Dũng (Phó Bí thư Đảng ủy phường) và ông Dũng cùng dự.', ([('Mai Tiến Dũng', 'Mai Tiến Dũng', 'Phó Bí thư Đảng ủy phường', 0), ('Dũng', 'Mai Tiến Dũng', 'Phó Bí thư Đảng ủy phường', -1)], [], [])),
    ('Người dân ở tỉnh Nghệ An Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm tỉnh Nghệ An vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở quận Hoàng Mai Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm quận Hoàng Mai vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở phường Lê Lợi Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm phường Lê Lợi vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở đường Nguyễn Văn Linh Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm đường Nguyễn Văn Linh vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở Trường THPT Lê Quý Đôn Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm Trường THPT Lê Quý Đôn vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở Hà Tĩnh Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm Hà Tĩnh vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Người dân ở TP Hồ Chí Minh Nguyễn Văn Thành đã đến dự lễ.', ([], [], [])),
    ('Bác Hồ từng đến thăm TP Hồ Chí Minh vào năm 1957.', ([('Hồ', 'Hồ Chí Minh', 'Bác', -1)], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Nghị quyết số 43-NQ/TW tới các đơn vị.', ([], [('Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW', 'Ban Chấp hành Trung ương')], [])),
    ('Nghị quyết số 43-NQ/TW được ban hành nhằm tháo gỡ khó khăn.', ([], [('Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW', 'Ban Chấp hành Trung ương')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Chỉ thị 40 – CT/TW tới các đơn vị.', ([], [('Chỉ thị 40 – CT/TW', 'Chỉ thị', '40-CT/TW', 'Ban Chấp hành Trung ương')], [])),
    ('Chỉ thị 40 – CT/TW được ban hành nhằm tháo gỡ khó khăn.', ([], [('Chỉ thị 40 – CT/TW', 'Chỉ thị', '40-CT/TW', 'Ban Chấp hành Trung ương')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Nghị định 18 tới các đơn vị.', ([], [('Nghị định 18', 'Nghị định', '18', 'Chính phủ')], [])),
    ('Nghị định 18 được ban hành nhằm tháo gỡ khó khăn.', ([], [('Nghị định 18', 'Nghị định', '18', 'Chính phủ')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Quyết định 1234/QĐ-UBND tới các đơn vị.', ([], [('Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND', 'Ủy ban nhân dân')], [])),
    ('Quyết định 1234/QĐ-UBND được ban hành nhằm tháo gỡ khó khăn.', ([], [('Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND', 'Ủy ban nhân dân')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Thông tư 15/2023/TT-BTC tới các đơn vị.', ([], [('Thông tư 15/2023/TT-BTC', 'Thông tư', '15/2023/TT-BTC', 'Bộ Tài chính')], [])),
    ('Thông tư 15/2023/TT-BTC được ban hành nhằm tháo gỡ khó khăn.', ([], [('Thông tư 15/2023/TT-BTC', 'Thông tư', '15/2023/TT-BTC', 'Bộ Tài chính')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Luật Ngân sách Nhà nước năm 2015 tới các đơn vị.', ([], [('Luật Ngân sách Nhà nước năm 2015', 'Luật', None, 'Quốc hội')], [])),
    ('Luật Ngân sách Nhà nước năm 2015 được ban hành nhằm tháo gỡ khó khăn.', ([], [('Luật Ngân sách Nhà nước năm 2015', 'Luật', None, 'Quốc hội')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Kế hoạch 5 năm 2021 - 2025 tới các đơn vị.', ([], [('Kế hoạch 5 năm 2021', 'Kế hoạch', None, None)], [])),
    ('Kế hoạch 5 năm 2021 - 2025 được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Nghị quyết của HĐND TP tới các đơn vị.', ([], [('Nghị quyết của HĐND TP', 'Nghị quyết', None, 'Hội đồng nhân dân TP')], [])),
    ('Nghị quyết của HĐND TP được ban hành nhằm tháo gỡ khó khăn.', ([], [('Nghị quyết của HĐND TP', 'Nghị quyết', None, 'Hội đồng nhân dân TP')], [])),
    ('Ngày 12/3, tỉnh đã triển khai nghị quyết về việc điều chỉnh dự toán tới các đơn vị.', ([], [('nghị quyết về việc điều chỉnh dự toán tới', 'Nghị quyết', None, None)], [])),
    ('nghị quyết về việc điều chỉnh dự toán được ban hành nhằm tháo gỡ khó khăn.', ([], [('nghị quyết về việc điều chỉnh dự toán', 'Nghị quyết', None, None)], [])),
    ('Ngày 12/3, tỉnh đã triển khai Chương trình giáo dục phổ thông 2018 tới các đơn vị.', ([], [('Chương trình giáo dục phổ thông 2018', 'Chương trình', None, None)], [])),
    ('Chương trình giáo dục phổ thông 2018 được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Đề án đặt ra mục tiêu tới các đơn vị.', ([], [], [])),
    ('Đề án đặt ra mục tiêu được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai các nghị quyết tới các đơn vị.', ([], [], [])),
    ('các nghị quyết được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Bộ Kế hoạch và Đầu tư tới các đơn vị.', ([], [], [])),
    ('Bộ Kế hoạch và Đầu tư được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Nghị định số 79 năm 2010 tới các đơn vị.', ([], [('Nghị định số 79 năm 2010', 'Nghị định', '79', 'Chính phủ')], [])),
    ('Nghị định số 79 năm 2010 được ban hành nhằm tháo gỡ khó khăn.', ([], [('Nghị định số 79 năm 2010', 'Nghị định', '79', 'Chính phủ')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Luật “Đất đai” tới các đơn vị.', ([], [('Luật “Đất đai”', 'Luật', None, 'Quốc hội')], [])),
    ('Luật “Đất đai” được ban hành nhằm tháo gỡ khó khăn.', ([], [('Luật “Đất đai”', 'Luật', None, 'Quốc hội')], [])),
    ('Ngày 12/3, tỉnh đã triển khai Chỉ thị của Thủ tướng Chính phủ tới các đơn vị.', ([], [('Chỉ thị của Thủ tướng Chính phủ', 'Chỉ thị', None, 'Thủ tướng Chính phủ')], [])),
    ('Chỉ thị của Thủ tướng Chính phủ được ban hành nhằm tháo gỡ khó khăn.', ([], [('Chỉ thị của Thủ tướng Chính phủ', 'Chỉ thị', None, 'Thủ tướng Chính phủ')], [])),
    ('Ngày 12/3, tỉnh đã triển khai công ty luật tới các đơn vị.', ([], [], [])),
    ('công ty luật được ban hành nhằm tháo gỡ khó khăn.', ([], [], [])),
    ('Ngày 12/3, tỉnh đã triển khai Nghị quyết Đại hội Đảng bộ quận lần thứ IV tới các đơn vị.', ([], [('Nghị quyết Đại hội Đảng bộ quận lần thứ IV', 'Nghị quyết', None, None)], [('Đại hội Đảng bộ quận lần thứ IV', 4)])),
    ('Nghị quyết Đại hội Đảng bộ quận lần thứ IV được ban hành nhằm tháo gỡ khó khăn.', ([], [('Nghị quyết Đại hội Đảng bộ quận lần thứ IV', 'Nghị quyết', None, None)], [('Đại hội Đảng bộ quận lần thứ IV', 4)])),
    ('Sáng 5/6, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 đã khai mạc tại Hà Nội.', ([], [], [('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)])),
    ('Theo báo cáo tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, tăng trưởng đạt 7,2%.', ([], [], [('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)])),
    ('Sáng 5/6, Kỳ họp thứ 10, HĐND tỉnh khóa XVII đã khai mạc tại Hà Nội.', ([], [], [('Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)])),
    ('Theo báo cáo tại Kỳ họp thứ 10, HĐND tỉnh khóa XVII, tăng trưởng đạt 7,2%.', ([], [], [('Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)])),
    ('Sáng 5/6, kỳ họp HĐND thành phố giữa năm đã khai mạc tại Hà Nội.', ([], [], [('kỳ họp HĐND thành phố giữa năm', None)])),
    ('Theo báo cáo tại kỳ họp HĐND thành phố giữa năm, tăng trưởng đạt 7,2%.', ([], [], [('kỳ họp HĐND thành phố giữa năm', None)])),
    ('Sáng 5/6, Hội thảo khoa học quốc gia về chuyển đổi số đã khai mạc tại Hà Nội.', ([], [], [('Hội thảo khoa học quốc gia về chuyển đổi số', None)])),
    ('Theo báo cáo tại Hội thảo khoa học quốc gia về chuyển đổi số, tăng trưởng đạt 7,2%.', ([], [], [('Hội thảo khoa học quốc gia về chuyển đổi số', None)])),
    ('Sáng 5/6, Đại hội Đảng bộ quận lần thứ I, nhiệm kỳ 2015-2020 đã khai mạc tại Hà Nội.', ([], [], [('Đại hội Đảng bộ quận lần thứ I, nhiệm kỳ 2015-2020', 1)])),
    ('Theo báo cáo tại Đại hội Đảng bộ quận lần thứ I, nhiệm kỳ 2015-2020, tăng trưởng đạt 7,2%.', ([], [], [('Đại hội Đảng bộ quận lần thứ I, nhiệm kỳ 2015-2020', 1)])),
    ('Sáng 5/6, 4 Hội nghị Ban Chấp hành đã khai mạc tại Hà Nội.', ([], [], [])),
    ('Theo báo cáo tại 4 Hội nghị Ban Chấp hành, tăng trưởng đạt 7,2%.', ([], [], [])),
    ('Sáng 5/6, Hội nghị tổng kết công tác năm 2022 đã khai mạc tại Hà Nội.', ([], [], [('Hội nghị tổng kết công tác năm 2022', None)])),
    ('Theo báo cáo tại Hội nghị tổng kết công tác năm 2022, tăng trưởng đạt 7,2%.', ([], [], [('Hội nghị tổng kết công tác năm 2022', None)])),
    ('Sáng 5/6, Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ đã khai mạc tại Hà Nội.', ([], [], [('Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ', None)])),
    ('Theo báo cáo tại Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ, tăng trưởng đạt 7,2%.', ([], [], [('Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ', None)])),
    ('Sáng 5/6, Hội nghị Trung ương 4 khóa XII đã khai mạc tại Hà Nội.', ([], [], [('Hội nghị Trung ương 4 khóa XII', 4)])),
    ('Theo báo cáo tại Hội nghị Trung ương 4 khóa XII, tăng trưởng đạt 7,2%.', ([], [], [('Hội nghị Trung ương 4 khóa XII', 4)])),
    ('Sáng 5/6, Phiên họp thứ 25 của Ủy ban Thường vụ Quốc hội đã khai mạc tại Hà Nội.', ([], [], [('Phiên họp thứ 25', 25)])),
    ('Theo báo cáo tại Phiên họp thứ 25 của Ủy ban Thường vụ Quốc hội, tăng trưởng đạt 7,2%.', ([], [], [('Phiên họp thứ 25', 25)])),
    ('Sáng 5/6, Đại hội Đảng bộ đã khai mạc tại Hà Nội.', ([], [], [])),
    ('Theo báo cáo tại Đại hội Đảng bộ, tăng trưởng đạt 7,2%.', ([], [], [])),
    ('Sáng 5/6, ĐH Đảng bộ tỉnh lần thứ XX đã khai mạc tại Hà Nội.', ([], [], [('ĐH Đảng bộ tỉnh lần thứ XX', 20)])),
    ('Theo báo cáo tại ĐH Đảng bộ tỉnh lần thứ XX, tăng trưởng đạt 7,2%.', ([], [], [('ĐH Đảng bộ tỉnh lần thứ XX', 20)])),
    ('Sáng 5/6, Hội nghị đã thống nhất đã khai mạc tại Hà Nội.', ([], [], [])),
    ('Theo báo cáo tại Hội nghị đã thống nhất, tăng trưởng đạt 7,2%.', ([], [], [])),
]

ARTICLE_CASES = [
    ('Hà Nội tăng tốc giải ngân vốn đầu tư công\nNguyễn Hà\nKinhtedothi - Ngày 30/12, UBND thành phố tổ chức hội nghị. Ông Nguyễn Văn An phát biểu.\n\nNgười dân tham gia lễ ra mắt. Ảnh: Văn Hùng\n\nKết quả khả quan\nTheo ông An, năm 2024 thành phố sẽ đạt mục tiêu.\nMinh Anh',
     [('title', 'Hà Nội tăng tốc giải ngân vốn đầu tư công', None), ('byline', 'Nguyễn Hà', None), ('lead', 'Kinhtedothi - Ngày 30/12, UBND thành phố tổ chức hội nghị. Ông Nguyễn Văn An phát biểu.', None), ('caption', 'Người dân tham gia lễ ra mắt. Ảnh: Văn Hùng', None), ('heading', 'Kết quả khả quan', None), ('paragraph', 'Theo ông An, năm 2024 thành phố sẽ đạt mục tiêu.', None), ('byline', 'Minh Anh', None)],
     [('Hà Nội tăng tốc giải ngân vốn đầu tư công', 0), ('Nguyễn Hà', 1), ('Kinhtedothi - Ngày 30/12, UBND thành phố tổ chức hội nghị.', 2), ('Ông Nguyễn Văn An phát biểu.', 2), ('Người dân tham gia lễ ra mắt.', 3), ('Ảnh: Văn Hùng', 3), ('Kết quả khả quan', 4), ('Theo ông An, năm 2024 thành phố sẽ đạt mục tiêu.', 5), ('Minh Anh', 6)],
     ('Hà Nội tăng tốc giải ngân vốn đầu tư công', None, 'Nguyễn Hà', 'Kinhtedothi', None),
     ([('Nguyễn Hà', 'Nguyễn Hà', None, 2), ('Nguyễn Văn An', 'Nguyễn Văn An', None, 0), ('Văn Hùng', 'Văn Hùng', 'photo credit', 2), ('An', 'Nguyễn Văn An', None, -1), ('Minh Anh', 'Minh Anh', None, 2)], [], [])),
    ('Chuyển đổi số\nKhởi động năm 2024 với nhiều kỳ vọng\nTrần Bình - Lê Hương\n(Chinhphu.vn) - Thủ tướng Phạm Minh Chính chủ trì phiên họp. Các đại biểu thảo luận.\nQuang cảnh phiên họp (Ảnh: VGP/Nhật Bắc)\nChia sẻ\nTheo Chinhphu.vn',
     [('series', 'Chuyển đổi số', None), ('title', 'Khởi động năm 2024 với nhiều kỳ vọng', None), ('byline', 'Trần Bình - Lê Hương', None), ('lead', '(Chinhphu.vn) - Thủ tướng Phạm Minh Chính chủ trì phiên họp. Các đại biểu thảo luận.', None), ('caption', 'Quang cảnh phiên họp (Ảnh: VGP/Nhật Bắc)', None), ('boilerplate', 'Chia sẻ', None), ('byline', 'Theo Chinhphu.vn', None)],
     [('Chuyển đổi số', 0), ('Khởi động năm 2024 với nhiều kỳ vọng', 1), ('Trần Bình - Lê Hương', 2), ('(Chinhphu.vn) - Thủ tướng Phạm Minh Chính chủ trì phiên họp.', 3), ('Các đại biểu thảo luận.', 3), ('Quang cảnh phiên họp (Ảnh: VGP/Nhật Bắc)', 4), ('Chia sẻ', 5), ('Theo Chinhphu.vn', 6)],
     ('Khởi động năm 2024 với nhiều kỳ vọng', 'Chuyển đổi số', 'Trần Bình - Lê Hương', 'Chinhphu.vn', None),
     ([('Trần Bình', 'Trần Bình', None, 2), ('Lê Hương', 'Lê Hương', None, 2), ('Phạm Minh Chính', 'Phạm Minh Chính', 'Thủ tướng', 0)], [], [])),
    ('Tin tức 15/03/2023 10:30 GMT+7\nTỉnh Bắc Giang họp bàn về thu ngân sách\nSáng 15/3, HĐND tỉnh khai mạc Kỳ họp thứ 10. Chủ tịch HĐND tỉnh Lê Thị Thu Hồng chủ trì. Ảnh minh họa Đây là kỳ họp quan trọng.\nI. Mục tiêu\n1. Tăng thu. TP. HCM và N.V.A. đều tham gia v.v. Kết thúc./.\nPV',
     [('series', 'Tin tức 15/03/2023 10:30 GMT+7', None), ('title', 'Tỉnh Bắc Giang họp bàn về thu ngân sách', None), ('lead', 'Sáng 15/3, HĐND tỉnh khai mạc Kỳ họp thứ 10.', None), ('caption', 'Chủ tịch HĐND tỉnh Lê Thị Thu Hồng chủ trì. Ảnh minh họa', None), ('paragraph', 'Đây là kỳ họp quan trọng.', None), ('heading', 'I. Mục tiêu', None), ('paragraph', '1. Tăng thu. TP. HCM và N.V.A. đều tham gia v.v. Kết thúc./.', None), ('byline', 'PV', None)],
     [('Tin tức 15/03/2023 10:30 GMT+7', 0), ('Tỉnh Bắc Giang họp bàn về thu ngân sách', 1), ('Sáng 15/3, HĐND tỉnh khai mạc Kỳ họp thứ 10.', 2), ('Chủ tịch HĐND tỉnh Lê Thị Thu Hồng chủ trì.', 3), ('Ảnh minh họa', 3), ('Đây là kỳ họp quan trọng.', 4), ('I. Mục tiêu', 5), ('1. Tăng thu.', 6), ('TP. HCM và N.V.A. đều tham gia v.v. Kết thúc./.', 6), ('PV', 7)],
     ('Tỉnh Bắc Giang họp bàn về thu ngân sách', 'Tin tức 15/03/2023 10:30 GMT+7', 'PV', None, None),
     ([('Lê Thị Thu Hồng', 'Lê Thị Thu Hồng', 'Chủ tịch HĐND tỉnh', 0)], [], [('Kỳ họp thứ 10', 10)])),
    ('Một dòng duy nhất rất dài với chú thích ảnh dính vào. Ông Trần Văn Nam cho biết như vậy. Lãnh đạo thành phố kiểm tra công trình. Ảnh: Thanh Hải Sau đó đoàn công tác đến làm việc tại xã. Nguồn: internet Kết quả được đánh giá cao ./. Hoàng Long',
     [('paragraph', 'Một dòng duy nhất rất dài với chú thích ảnh dính vào. Ông Trần Văn Nam cho biết như vậy.', None), ('caption', 'Lãnh đạo thành phố kiểm tra công trình. Ảnh: Thanh Hải', None), ('caption', 'Sau đó đoàn công tác đến làm việc tại xã. Nguồn: internet', None), ('paragraph', 'Kết quả được đánh giá cao ./. Hoàng Long', None)],
     [('Một dòng duy nhất rất dài với chú thích ảnh dính vào.', 0), ('Ông Trần Văn Nam cho biết như vậy.', 0), ('Lãnh đạo thành phố kiểm tra công trình.', 1), ('Ảnh: Thanh Hải', 1), ('Sau đó đoàn công tác đến làm việc tại xã.', 2), ('Nguồn: internet', 2), ('Kết quả được đánh giá cao ./.', 3), ('Hoàng Long', 3)],
     (None, None, None, None, None),
     ([('Trần Văn Nam', 'Trần Văn Nam', None, 0)], [], [])),
    ('Xem thêm\nĐà Nẵng thu ngân sách vượt dự toán\nĐà Nẵng thu ngân sách vượt dự toán\nBài và ảnh: Minh Quang\nNăm 2023, tổng thu ngân sách ước đạt 20.000 tỷ đồng... Tăng 5% so với cùng kỳ! Liệu có đạt? Có.\nẢnh hưởng của thời tiết (ảnh hưởng lớn) là rõ.\nẢnh tư liệu\nThu ngân sách',
     [('boilerplate', 'Xem thêm', None), ('series', 'Đà Nẵng thu ngân sách vượt dự toán', None), ('caption', 'Đà Nẵng thu ngân sách vượt dự toán', 1), ('byline', 'Bài và ảnh: Minh Quang', None), ('lead', 'Năm 2023, tổng thu ngân sách ước đạt 20.000 tỷ đồng... Tăng 5% so với cùng kỳ! Liệu có đạt? Có.', None), ('caption', 'Ảnh hưởng của thời tiết (ảnh hưởng lớn) là rõ.', None), ('boilerplate', 'Ảnh tư liệu', None), ('paragraph', 'Thu ngân sách', None)],
     [('Xem thêm', 0), ('Đà Nẵng thu ngân sách vượt dự toán', 1), ('Đà Nẵng thu ngân sách vượt dự toán', 2), ('Bài và ảnh: Minh Quang', 3), ('Năm 2023, tổng thu ngân sách ước đạt 20.000 tỷ đồng...', 4), ('Tăng 5% so với cùng kỳ!', 4), ('Liệu có đạt?', 4), ('Có.', 4), ('Ảnh hưởng của thời tiết (ảnh hưởng lớn) là rõ.', 5), ('Ảnh tư liệu', 6), ('Thu ngân sách', 7)],
     ('Đà Nẵng thu ngân sách vượt dự toán', 'Đà Nẵng thu ngân sách vượt dự toán', 'Bài và ảnh: Minh Quang', None, None),
     ([('Minh Quang', 'Minh Quang', None, 2)], [], [])),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_CASES)
def test_named_case(text: str, expected: tuple) -> None:
    p, d, e = expected
    assert _named(text) == (p, d, e)


@pytest.mark.parametrize(("text", "blocks", "sentences", "masthead", "named"), ARTICLE_CASES)
def test_article_case(text: str, blocks: list, sentences: list, masthead: tuple, named: tuple) -> None:
    seg = segment(text)
    assert [(b.kind, text[b.start:b.end], b.duplicate_of) for b in seg.blocks] == blocks
    assert [(text[s.start:s.end], s.block) for s in seg.sentences] == sentences
    published = seg.published.isoformat() if seg.published else None
    assert (seg.title, seg.series, seg.author, seg.source, published) == masthead
    assert _named(text) == named


# ---------------------------------------------------------------------------------------------
# fast paths against their plain forms on random strings

_SEPS = [" ", " ", "  ", "\t", "\u00a0", "\n", ", ", ". ", ".", "/", "(", ")", " - ", "“", "”", ":", "_", "x", "9"]


def _soup(rnd: random.Random, words: list[str], n: int) -> str:
    return "".join(rnd.choice(words) + rnd.choice(_SEPS) for _ in range(n))


def _people_words() -> list[str]:
    d = people._data()
    return sorted(d.titles | d.honorifics | d.prefixes) + ["Nguyễn Văn An", "Hưng", "công", "bàn", "emm", "Anh"]


def test_heads_match_the_single_pattern() -> None:
    d = people._data()
    ws = r"[ \t\u00a0]"
    plain = re.compile(rf"(?<![\w/])(?:(?P<pre>{trie_regex(d.prefixes)}){ws}+)?"
                       rf"(?:(?P<title>{trie_regex(d.titles)})|(?P<hon>{trie_regex(d.honorifics)}))(?!\w)\.?")
    rnd = random.Random(11)
    words = _people_words()
    for _ in range(400):
        text = _soup(rnd, words, rnd.randint(1, 25))
        want = [(m.start(), m.end(), m.group("hon")) for m in plain.finditer(text)]
        assert people._heads(text) == want, text


def test_bad_name_matches_the_plain_form() -> None:
    d = people._data()
    rnd = random.Random(5)
    pool = sorted(d.not_names) + ["Nguyễn", "Văn", "An", "Hà", "Nội", "Tỉnh", "Hồ"]
    for _ in range(2000):
        cand = " ".join(rnd.choice(pool) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.2:
            cand = cand.replace(" ", "  ", 1)
        plain = (any(s in d.not_syllables for s in cand.split())
                 or any(cand == n or cand.startswith(n + " ") for n in d.not_names))
        assert people._bad_name(cand) == plain, cand


def test_guarded_trie_matches_the_look_behind() -> None:
    words = sorted(events._data().heads) + ["a", "ab", "b c"]
    fast = re.compile(trie_regex(words, guard=r"(?<![\w/].)") + r"(?!\w)")
    plain = re.compile(rf"(?<![\w/])(?:{trie_regex(words)})(?!\w)")
    rnd = random.Random(3)
    for _ in range(400):
        text = _soup(rnd, words + ["thứ 10", "HĐND", "lần"], rnd.randint(1, 20))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_guard_rejects_an_empty_word() -> None:
    with pytest.raises(ValueError):
        trie_regex(["", "a"], guard=r"(?<!\w.)")


def test_event_spans_are_a_fresh_list_each_call() -> None:
    text = "Sáng nay, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 khai mạc."
    first = events.find_spans(text)
    assert first == [(10, 56, 12)]
    first.clear()
    assert events.find_spans(text) == [(10, 56, 12)]


def _credit_words() -> list[str]:
    d = seg_mod._data()
    return list(d["credit_words"]) + list(d["credit_phrases"]) + ["Việt Dũng", "Đây là", "internet", "ảnh hưởng", "bản đồ"]


def test_glue_matches_finditer() -> None:
    pat = seg_mod._patterns()
    rnd = random.Random(17)
    words = _credit_words()
    for _ in range(600):
        text = _soup(rnd, words, rnd.randint(1, 20))
        a = rnd.randint(0, len(text) // 3)
        e = rnd.randint(a, len(text))
        want = [m.span() for m in pat.glue.finditer(text, a, e)]
        assert [m.span() for m in seg_mod._glue_matches(text, a, e, pat)] == want, (text, a, e)


def test_credit_gate_only_skips_lines_without_credits() -> None:
    pat = seg_mod._patterns()
    rnd = random.Random(23)
    words = _credit_words() + ["Nguồn vốn", "(theo", "Video clip"]
    for _ in range(600):
        line = _soup(rnd, words, rnd.randint(1, 12)).replace("\n", " ").strip()
        if not line:
            continue
        gate = pat.credit_gate.search(line) is not None or ("(" in line and pat.credit_word.search(line) is not None)
        if not gate:
            assert pat.glue.search(line) is None, line
            assert pat.caption_end.search(line) is None, line
