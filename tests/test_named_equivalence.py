"""Named recognisers and the facts linker, pinned on sentences written for this project.

The fast paths of ``bodies``, ``places`` and ``facts`` (candidate words found by one alternation,
look-behinds moved after the first character, end-anchored patterns gated by their last word,
backward searches) must find exactly what the plain forms find: the cases below hold the hits as
the modules gave them before those paths were written, and the property tests compare each fast
path with its plain form on composed and random strings.

Each named case is ``(sentence, [(kind, surface, name or doc_type, level/admin_level/role/number/ordinal)])``.
"""
from __future__ import annotations

import random
import re

import pytest
import regex

from vnreport_extract.pipeline.steps import run_steps
from vnreport_extract.rules import bodies, documents, events, facts, people, places
from vnreport_extract.rules.base import Context

_EXTRA = {"body": "level", "location": "admin_level", "person": "role", "document": "number", "event": "ordinal"}


def _named(text: str) -> list[tuple]:
    ctx = Context()
    found = bodies.find(text, ctx)
    ctx.extras["bodies"] = found
    for module in (places, people, documents, events):
        found = found + module.find(text, ctx)
    return [(h.kind, text[h.start:h.end], h.fields.get("name") or h.fields.get("doc_type"),
             h.fields.get(_EXTRA[h.kind])) for h in found]


NAMED_CASES = [
    ('Sáng 12/3, UBND tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác quý I.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của UBND tỉnh Quảng Ninh, tình hình kinh tế tiếp tục ổn định.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại UBND tỉnh Quảng Ninh về tiến độ giải ngân.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện UBND tỉnh Quảng Ninh cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province')]),
    ('UBND tỉnh Quảng Ninh đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province')]),
    ('Sáng 12/3, Ủy ban nhân dân huyện Gia Lâm tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Ủy ban nhân dân huyện Gia Lâm, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Ủy ban nhân dân huyện Gia Lâm về tiến độ giải ngân.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện Ủy ban nhân dân huyện Gia Lâm cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district')]),
    ('Ủy ban nhân dân huyện Gia Lâm đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district')]),
    ('Sáng 12/3, HĐND thành phố Đà Nẵng tổ chức hội nghị sơ kết công tác quý I.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của HĐND thành phố Đà Nẵng, tình hình kinh tế tiếp tục ổn định.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại HĐND thành phố Đà Nẵng về tiến độ giải ngân.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện HĐND thành phố Đà Nẵng cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province')]),
    ('HĐND thành phố Đà Nẵng đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province')]),
    ('Sáng 12/3, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Tỉnh ủy Nghệ An, tình hình kinh tế tiếp tục ổn định.', [('body', 'Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Tỉnh ủy Nghệ An về tiến độ giải ngân.', [('body', 'Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Tỉnh ủy Nghệ An cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An', 'province')]),
    ('Tỉnh ủy Nghệ An đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Tỉnh ủy Nghệ An', 'Tỉnh ủy Nghệ An', 'province')]),
    ('Sáng 12/3, Ban Thường vụ Thành ủy Hà Nội tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Ban Thường vụ Thành ủy Hà Nội, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Ban Thường vụ Thành ủy Hà Nội về tiến độ giải ngân.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Ban Thường vụ Thành ủy Hà Nội cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province')]),
    ('Ban Thường vụ Thành ủy Hà Nội đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province')]),
    ('Sáng 12/3, Bộ Tài chính tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Bộ Tài chính, tình hình kinh tế tiếp tục ổn định.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Bộ Tài chính về tiến độ giải ngân.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Bộ Tài chính cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central')]),
    ('Bộ Tài chính đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central')]),
    ('Sáng 12/3, Bộ Kế hoạch và Đầu tư tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Bộ Kế hoạch và Đầu tư, tình hình kinh tế tiếp tục ổn định.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Bộ Kế hoạch và Đầu tư về tiến độ giải ngân.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Bộ Kế hoạch và Đầu tư cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central')]),
    ('Bộ Kế hoạch và Đầu tư đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central')]),
    ('Sáng 12/3, Sở Giao thông vận tải tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Sở Giao thông vận tải, tình hình kinh tế tiếp tục ổn định.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Sở Giao thông vận tải về tiến độ giải ngân.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Sở Giao thông vận tải cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province')]),
    ('Sở Giao thông vận tải đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province')]),
    ('Sáng 12/3, Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ủy ban MTTQ Việt Nam tỉnh Thái Bình', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Ủy ban MTTQ Việt Nam tỉnh Thái Bình, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ủy ban MTTQ Việt Nam tỉnh Thái Bình', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Ủy ban MTTQ Việt Nam tỉnh Thái Bình về tiến độ giải ngân.', [('body', 'Ủy ban MTTQ Việt Nam tỉnh Thái Bình', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Ủy ban MTTQ Việt Nam tỉnh Thái Bình cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ủy ban MTTQ Việt Nam tỉnh Thái Bình', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình', 'province')]),
    ('Ủy ban MTTQ Việt Nam tỉnh Thái Bình đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ủy ban MTTQ Việt Nam tỉnh Thái Bình', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình', 'province')]),
    ('Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Đảng ủy xã Tân Hòa, tình hình kinh tế tiếp tục ổn định.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Đảng ủy xã Tân Hòa về tiến độ giải ngân.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune')]),
    ('Phát biểu tại buổi làm việc, đại diện Đảng ủy xã Tân Hòa cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune')]),
    ('Đảng ủy xã Tân Hòa đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune')]),
    ('Sáng 12/3, Quốc hội tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Quốc hội', 'Quốc hội', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Quốc hội, tình hình kinh tế tiếp tục ổn định.', [('body', 'Quốc hội', 'Quốc hội', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Quốc hội về tiến độ giải ngân.', [('body', 'Quốc hội', 'Quốc hội', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Quốc hội cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Quốc hội', 'Quốc hội', 'central')]),
    ('Quốc hội đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Quốc hội', 'Quốc hội', 'central')]),
    ('Sáng 12/3, Chính phủ tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Chính phủ', 'Chính phủ', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Chính phủ, tình hình kinh tế tiếp tục ổn định.', [('body', 'Chính phủ', 'Chính phủ', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Chính phủ về tiến độ giải ngân.', [('body', 'Chính phủ', 'Chính phủ', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Chính phủ cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Chính phủ', 'Chính phủ', 'central')]),
    ('Chính phủ đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Chính phủ', 'Chính phủ', 'central')]),
    ('Sáng 12/3, Tòa án nhân dân tỉnh Hà Tĩnh tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Tòa án nhân dân tỉnh Hà Tĩnh, tình hình kinh tế tiếp tục ổn định.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Tòa án nhân dân tỉnh Hà Tĩnh về tiến độ giải ngân.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Tòa án nhân dân tỉnh Hà Tĩnh cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province')]),
    ('Tòa án nhân dân tỉnh Hà Tĩnh đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province')]),
    ('Sáng 12/3, Viện Kiểm sát nhân dân quận Cầu Giấy tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Viện Kiểm sát nhân dân quận Cầu Giấy, tình hình kinh tế tiếp tục ổn định.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Viện Kiểm sát nhân dân quận Cầu Giấy về tiến độ giải ngân.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện Viện Kiểm sát nhân dân quận Cầu Giấy cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district')]),
    ('Viện Kiểm sát nhân dân quận Cầu Giấy đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district')]),
    ('Sáng 12/3, Ngân hàng Nhà nước tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Ngân hàng Nhà nước, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Ngân hàng Nhà nước về tiến độ giải ngân.', [('body', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Ngân hàng Nhà nước cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'central')]),
    ('Ngân hàng Nhà nước đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước', 'central')]),
    ('Sáng 12/3, Tập đoàn Điện lực Việt Nam tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Tập đoàn Điện lực Việt Nam, tình hình kinh tế tiếp tục ổn định.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Tập đoàn Điện lực Việt Nam về tiến độ giải ngân.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Tập đoàn Điện lực Việt Nam cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None)]),
    ('Tập đoàn Điện lực Việt Nam đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None)]),
    ('Sáng 12/3, Công ty cổ phần Sông Đà tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Công ty cổ phần Sông Đà', 'Công ty cổ phần Sông Đà', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Công ty cổ phần Sông Đà, tình hình kinh tế tiếp tục ổn định.', [('body', 'Công ty cổ phần Sông Đà', 'Công ty cổ phần Sông Đà', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Công ty cổ phần Sông Đà về tiến độ giải ngân.', [('body', 'Công ty cổ phần Sông Đà', 'Công ty cổ phần Sông Đà', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Công ty cổ phần Sông Đà cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Công ty cổ phần Sông Đà', 'Công ty cổ phần Sông Đà', None)]),
    ('Công ty cổ phần Sông Đà đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Công ty cổ phần Sông Đà', 'Công ty cổ phần Sông Đà', None)]),
    ('Sáng 12/3, Hội Nông dân tỉnh Bắc Ninh tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Hội Nông dân tỉnh Bắc Ninh, tình hình kinh tế tiếp tục ổn định.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Hội Nông dân tỉnh Bắc Ninh về tiến độ giải ngân.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Hội Nông dân tỉnh Bắc Ninh cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province')]),
    ('Hội Nông dân tỉnh Bắc Ninh đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province')]),
    ('Sáng 12/3, Ban Chấp hành Trung ương tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Ban Chấp hành Trung ương, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Ban Chấp hành Trung ương về tiến độ giải ngân.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Ban Chấp hành Trung ương cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central')]),
    ('Ban Chấp hành Trung ương đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central')]),
    ('Sáng 12/3, Kho bạc Nhà nước tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Kho bạc Nhà nước, tình hình kinh tế tiếp tục ổn định.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Kho bạc Nhà nước về tiến độ giải ngân.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central')]),
    ('Phát biểu tại buổi làm việc, đại diện Kho bạc Nhà nước cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central')]),
    ('Kho bạc Nhà nước đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central')]),
    ('Sáng 12/3, Uỷ ban nhân dân phường Bến Nghé tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Uỷ ban nhân dân phường Bến Nghé', 'Ủy ban nhân dân phường Bến Nghé', 'commune'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Uỷ ban nhân dân phường Bến Nghé, tình hình kinh tế tiếp tục ổn định.', [('body', 'Uỷ ban nhân dân phường Bến Nghé', 'Ủy ban nhân dân phường Bến Nghé', 'commune')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Uỷ ban nhân dân phường Bến Nghé về tiến độ giải ngân.', [('body', 'Uỷ ban nhân dân phường Bến Nghé', 'Ủy ban nhân dân phường Bến Nghé', 'commune')]),
    ('Phát biểu tại buổi làm việc, đại diện Uỷ ban nhân dân phường Bến Nghé cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Uỷ ban nhân dân phường Bến Nghé', 'Ủy ban nhân dân phường Bến Nghé', 'commune')]),
    ('Uỷ ban nhân dân phường Bến Nghé đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Uỷ ban nhân dân phường Bến Nghé', 'Ủy ban nhân dân phường Bến Nghé', 'commune')]),
    ('Sáng 12/3, Huyện ủy Tam Nông tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Huyện ủy Tam Nông, tình hình kinh tế tiếp tục ổn định.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Huyện ủy Tam Nông về tiến độ giải ngân.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện Huyện ủy Tam Nông cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district')]),
    ('Huyện ủy Tam Nông đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district')]),
    ('Sáng 12/3, tỉnh Vĩnh Phúc tổ chức hội nghị sơ kết công tác quý I.', [('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của tỉnh Vĩnh Phúc, tình hình kinh tế tiếp tục ổn định.', [('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại tỉnh Vĩnh Phúc về tiến độ giải ngân.', [('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện tỉnh Vĩnh Phúc cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Tỉnh Vĩnh Phúc đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Sáng 12/3, quận Hoàng Mai tổ chức hội nghị sơ kết công tác quý I.', [('location', 'quận Hoàng Mai', 'quận Hoàng Mai', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của quận Hoàng Mai, tình hình kinh tế tiếp tục ổn định.', [('location', 'quận Hoàng Mai', 'quận Hoàng Mai', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại quận Hoàng Mai về tiến độ giải ngân.', [('location', 'quận Hoàng Mai', 'quận Hoàng Mai', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện quận Hoàng Mai cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'quận Hoàng Mai', 'quận Hoàng Mai', 'district')]),
    ('Quận Hoàng Mai đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Quận Hoàng Mai', 'quận Hoàng Mai', 'district')]),
    ('Sáng 12/3, huyện Mộc Châu tổ chức hội nghị sơ kết công tác quý I.', [('location', 'huyện Mộc Châu', 'huyện Mộc Châu', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của huyện Mộc Châu, tình hình kinh tế tiếp tục ổn định.', [('location', 'huyện Mộc Châu', 'huyện Mộc Châu', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại huyện Mộc Châu về tiến độ giải ngân.', [('location', 'huyện Mộc Châu', 'huyện Mộc Châu', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện huyện Mộc Châu cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'huyện Mộc Châu', 'huyện Mộc Châu', 'district')]),
    ('Huyện Mộc Châu đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Huyện Mộc Châu', 'huyện Mộc Châu', 'district')]),
    ('Sáng 12/3, xã Vĩnh Lộc A tổ chức hội nghị sơ kết công tác quý I.', [('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của xã Vĩnh Lộc A, tình hình kinh tế tiếp tục ổn định.', [('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại xã Vĩnh Lộc A về tiến độ giải ngân.', [('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Phát biểu tại buổi làm việc, đại diện xã Vĩnh Lộc A cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Xã Vĩnh Lộc A đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Sáng 12/3, phường 12 tổ chức hội nghị sơ kết công tác quý I.', [('location', 'phường 12', 'phường 12', 'ward'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của phường 12, tình hình kinh tế tiếp tục ổn định.', [('location', 'phường 12', 'phường 12', 'ward')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại phường 12 về tiến độ giải ngân.', [('location', 'phường 12', 'phường 12', 'ward')]),
    ('Phát biểu tại buổi làm việc, đại diện phường 12 cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'phường 12', 'phường 12', 'ward')]),
    ('Phường 12 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Phường 12', 'phường 12', 'ward')]),
    ('Sáng 12/3, Quận 2 tổ chức hội nghị sơ kết công tác quý I.', [('location', 'Quận 2', 'Quận 2', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Quận 2, tình hình kinh tế tiếp tục ổn định.', [('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Quận 2 về tiến độ giải ngân.', [('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện Quận 2 cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Quận 2 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Sáng 12/3, thị xã Sơn Tây tổ chức hội nghị sơ kết công tác quý I.', [('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của thị xã Sơn Tây, tình hình kinh tế tiếp tục ổn định.', [('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại thị xã Sơn Tây về tiến độ giải ngân.', [('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Phát biểu tại buổi làm việc, đại diện thị xã Sơn Tây cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Thị xã Sơn Tây đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Sáng 12/3, thành phố Hải Phòng tổ chức hội nghị sơ kết công tác quý I.', [('location', 'thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của thành phố Hải Phòng, tình hình kinh tế tiếp tục ổn định.', [('location', 'thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại thành phố Hải Phòng về tiến độ giải ngân.', [('location', 'thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city')]),
    ('Phát biểu tại buổi làm việc, đại diện thành phố Hải Phòng cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city')]),
    ('Thành phố Hải Phòng đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city')]),
    ('Sáng 12/3, TP.HCM tổ chức hội nghị sơ kết công tác quý I.', [('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của TP.HCM, tình hình kinh tế tiếp tục ổn định.', [('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại TP.HCM về tiến độ giải ngân.', [('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Phát biểu tại buổi làm việc, đại diện TP.HCM cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('TP.HCM đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Sáng 12/3, Hà Nội tổ chức hội nghị sơ kết công tác quý I.', [('location', 'Hà Nội', 'Thành phố Hà Nội', 'city'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Hà Nội, tình hình kinh tế tiếp tục ổn định.', [('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Hà Nội về tiến độ giải ngân.', [('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Phát biểu tại buổi làm việc, đại diện Hà Nội cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Hà Nội đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Sáng 12/3, Nam Từ Liêm tổ chức hội nghị sơ kết công tác quý I.', [('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Nam Từ Liêm, tình hình kinh tế tiếp tục ổn định.', [('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Nam Từ Liêm về tiến độ giải ngân.', [('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Phát biểu tại buổi làm việc, đại diện Nam Từ Liêm cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Nam Từ Liêm đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Sáng 12/3, sông Hồng tổ chức hội nghị sơ kết công tác quý I.', [('location', 'sông Hồng', 'sông Hồng', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của sông Hồng, tình hình kinh tế tiếp tục ổn định.', [('location', 'sông Hồng', 'sông Hồng', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại sông Hồng về tiến độ giải ngân.', [('location', 'sông Hồng', 'sông Hồng', None)]),
    ('Phát biểu tại buổi làm việc, đại diện sông Hồng cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'sông Hồng', 'sông Hồng', None)]),
    ('Sông Hồng đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', []),
    ('Sáng 12/3, quốc lộ 1A tổ chức hội nghị sơ kết công tác quý I.', [('location', 'quốc lộ 1A', 'quốc lộ 1A', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của quốc lộ 1A, tình hình kinh tế tiếp tục ổn định.', [('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại quốc lộ 1A về tiến độ giải ngân.', [('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Phát biểu tại buổi làm việc, đại diện quốc lộ 1A cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Quốc lộ 1A đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Sáng 12/3, khu công nghiệp Yên Phong tổ chức hội nghị sơ kết công tác quý I.', [('location', 'khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của khu công nghiệp Yên Phong, tình hình kinh tế tiếp tục ổn định.', [('location', 'khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại khu công nghiệp Yên Phong về tiến độ giải ngân.', [('location', 'khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None)]),
    ('Phát biểu tại buổi làm việc, đại diện khu công nghiệp Yên Phong cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None)]),
    ('Khu công nghiệp Yên Phong đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None)]),
    ('Sáng 12/3, Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết công tác quý I.', [('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Bà Rịa - Vũng Tàu, tình hình kinh tế tiếp tục ổn định.', [('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Bà Rịa - Vũng Tàu về tiến độ giải ngân.', [('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Phát biểu tại buổi làm việc, đại diện Bà Rịa - Vũng Tàu cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Bà Rịa - Vũng Tàu đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Sáng 12/3, Nhật Bản tổ chức hội nghị sơ kết công tác quý I.', [('location', 'Nhật Bản', 'Nhật Bản', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Nhật Bản, tình hình kinh tế tiếp tục ổn định.', [('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Nhật Bản về tiến độ giải ngân.', [('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Nhật Bản cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Nhật Bản đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Sáng 12/3, đồng bằng sông Cửu Long tổ chức hội nghị sơ kết công tác quý I.', [('location', 'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của đồng bằng sông Cửu Long, tình hình kinh tế tiếp tục ổn định.', [('location', 'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại đồng bằng sông Cửu Long về tiến độ giải ngân.', [('location', 'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None)]),
    ('Phát biểu tại buổi làm việc, đại diện đồng bằng sông Cửu Long cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None)]),
    ('Đồng bằng sông Cửu Long đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None)]),
    ('Sáng 12/3, thị trấn Nông Cống tổ chức hội nghị sơ kết công tác quý I.', [('location', 'thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của thị trấn Nông Cống, tình hình kinh tế tiếp tục ổn định.', [('location', 'thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại thị trấn Nông Cống về tiến độ giải ngân.', [('location', 'thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune')]),
    ('Phát biểu tại buổi làm việc, đại diện thị trấn Nông Cống cho biết sẽ sớm hoàn thành kế hoạch.', [('location', 'thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune')]),
    ('Thị trấn Nông Cống đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('location', 'Thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune')]),
    ('Sáng 12/3, Chủ tịch UBND tỉnh Nguyễn Văn Hùng tổ chức hội nghị sơ kết công tác quý I.', [('body', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province'), ('person', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch UBND tỉnh'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Chủ tịch UBND tỉnh Nguyễn Văn Hùng, tình hình kinh tế tiếp tục ổn định.', [('body', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province'), ('person', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch UBND tỉnh')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Chủ tịch UBND tỉnh Nguyễn Văn Hùng về tiến độ giải ngân.', [('body', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province'), ('person', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch UBND tỉnh')]),
    ('Phát biểu tại buổi làm việc, đại diện Chủ tịch UBND tỉnh Nguyễn Văn Hùng cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province'), ('person', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch UBND tỉnh')]),
    ('Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh', 'province'), ('person', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hùng', 'Chủ tịch UBND tỉnh')]),
    ('Sáng 12/3, Bí thư Tỉnh ủy Trần Thị Mai tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Tỉnh ủy', 'Tỉnh ủy', 'province'), ('person', 'Trần Thị Mai', 'Trần Thị Mai', 'Bí thư Tỉnh ủy'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Bí thư Tỉnh ủy Trần Thị Mai, tình hình kinh tế tiếp tục ổn định.', [('body', 'Tỉnh ủy', 'Tỉnh ủy', 'province'), ('person', 'Trần Thị Mai', 'Trần Thị Mai', 'Bí thư Tỉnh ủy')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Bí thư Tỉnh ủy Trần Thị Mai về tiến độ giải ngân.', [('body', 'Tỉnh ủy', 'Tỉnh ủy', 'province'), ('person', 'Trần Thị Mai', 'Trần Thị Mai', 'Bí thư Tỉnh ủy')]),
    ('Phát biểu tại buổi làm việc, đại diện Bí thư Tỉnh ủy Trần Thị Mai cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Tỉnh ủy', 'Tỉnh ủy', 'province'), ('person', 'Trần Thị Mai', 'Trần Thị Mai', 'Bí thư Tỉnh ủy')]),
    ('Bí thư Tỉnh ủy Trần Thị Mai đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Tỉnh ủy', 'Tỉnh ủy', 'province'), ('person', 'Trần Thị Mai', 'Trần Thị Mai', 'Bí thư Tỉnh ủy')]),
    ('Sáng 12/3, ông Lê Minh Tuấn tổ chức hội nghị sơ kết công tác quý I.', [('person', 'Lê Minh Tuấn', 'Lê Minh Tuấn', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của ông Lê Minh Tuấn, tình hình kinh tế tiếp tục ổn định.', [('person', 'Lê Minh Tuấn', 'Lê Minh Tuấn', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại ông Lê Minh Tuấn về tiến độ giải ngân.', [('person', 'Lê Minh Tuấn', 'Lê Minh Tuấn', None)]),
    ('Phát biểu tại buổi làm việc, đại diện ông Lê Minh Tuấn cho biết sẽ sớm hoàn thành kế hoạch.', [('person', 'Lê Minh Tuấn', 'Lê Minh Tuấn', None)]),
    ('Ông Lê Minh Tuấn đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('person', 'Lê Minh Tuấn', 'Lê Minh Tuấn', None)]),
    ('Sáng 12/3, Phó Chủ tịch HĐND huyện Phạm Quốc Bảo tổ chức hội nghị sơ kết công tác quý I.', [('body', 'HĐND huyện', 'Hội đồng nhân dân huyện', 'district'), ('person', 'Phạm Quốc Bảo', 'Phạm Quốc Bảo', 'Phó Chủ tịch HĐND huyện'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Phó Chủ tịch HĐND huyện Phạm Quốc Bảo, tình hình kinh tế tiếp tục ổn định.', [('body', 'HĐND huyện', 'Hội đồng nhân dân huyện', 'district'), ('person', 'Phạm Quốc Bảo', 'Phạm Quốc Bảo', 'Phó Chủ tịch HĐND huyện')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Phó Chủ tịch HĐND huyện Phạm Quốc Bảo về tiến độ giải ngân.', [('body', 'HĐND huyện', 'Hội đồng nhân dân huyện', 'district'), ('person', 'Phạm Quốc Bảo', 'Phạm Quốc Bảo', 'Phó Chủ tịch HĐND huyện')]),
    ('Phát biểu tại buổi làm việc, đại diện Phó Chủ tịch HĐND huyện Phạm Quốc Bảo cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'HĐND huyện', 'Hội đồng nhân dân huyện', 'district'), ('person', 'Phạm Quốc Bảo', 'Phạm Quốc Bảo', 'Phó Chủ tịch HĐND huyện')]),
    ('Phó Chủ tịch HĐND huyện Phạm Quốc Bảo đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'HĐND huyện', 'Hội đồng nhân dân huyện', 'district'), ('person', 'Phạm Quốc Bảo', 'Phạm Quốc Bảo', 'Phó Chủ tịch HĐND huyện')]),
    ('Sáng 12/3, đồng chí Hoàng Văn Thắng tổ chức hội nghị sơ kết công tác quý I.', [('person', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của đồng chí Hoàng Văn Thắng, tình hình kinh tế tiếp tục ổn định.', [('person', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại đồng chí Hoàng Văn Thắng về tiến độ giải ngân.', [('person', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', None)]),
    ('Phát biểu tại buổi làm việc, đại diện đồng chí Hoàng Văn Thắng cho biết sẽ sớm hoàn thành kế hoạch.', [('person', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', None)]),
    ('Đồng chí Hoàng Văn Thắng đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('person', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', None)]),
    ('Sáng 12/3, bà Đặng Thị Hoa tổ chức hội nghị sơ kết công tác quý I.', [('person', 'Đặng Thị Hoa', 'Đặng Thị Hoa', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của bà Đặng Thị Hoa, tình hình kinh tế tiếp tục ổn định.', [('person', 'Đặng Thị Hoa', 'Đặng Thị Hoa', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại bà Đặng Thị Hoa về tiến độ giải ngân.', [('person', 'Đặng Thị Hoa', 'Đặng Thị Hoa', None)]),
    ('Phát biểu tại buổi làm việc, đại diện bà Đặng Thị Hoa cho biết sẽ sớm hoàn thành kế hoạch.', [('person', 'Đặng Thị Hoa', 'Đặng Thị Hoa', None)]),
    ('Bà Đặng Thị Hoa đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('person', 'Đặng Thị Hoa', 'Đặng Thị Hoa', None)]),
    ('Sáng 12/3, Giám đốc Sở Tài chính Võ Thành Công tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Sở Tài chính', 'Sở Tài chính', 'province'), ('person', 'Võ Thành Công', 'Võ Thành Công', 'Giám đốc Sở Tài chính'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Giám đốc Sở Tài chính Võ Thành Công, tình hình kinh tế tiếp tục ổn định.', [('body', 'Sở Tài chính', 'Sở Tài chính', 'province'), ('person', 'Võ Thành Công', 'Võ Thành Công', 'Giám đốc Sở Tài chính')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Giám đốc Sở Tài chính Võ Thành Công về tiến độ giải ngân.', [('body', 'Sở Tài chính', 'Sở Tài chính', 'province'), ('person', 'Võ Thành Công', 'Võ Thành Công', 'Giám đốc Sở Tài chính')]),
    ('Phát biểu tại buổi làm việc, đại diện Giám đốc Sở Tài chính Võ Thành Công cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Sở Tài chính', 'Sở Tài chính', 'province'), ('person', 'Võ Thành Công', 'Võ Thành Công', 'Giám đốc Sở Tài chính')]),
    ('Giám đốc Sở Tài chính Võ Thành Công đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Sở Tài chính', 'Sở Tài chính', 'province'), ('person', 'Võ Thành Công', 'Võ Thành Công', 'Giám đốc Sở Tài chính')]),
    ('Sáng 12/3, Bộ trưởng Bộ Công Thương Đỗ Văn Nam tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Bộ Công Thương', 'Bộ Công Thương', 'central'), ('person', 'Đỗ Văn Nam', 'Đỗ Văn Nam', 'Bộ trưởng Bộ Công Thương'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Bộ trưởng Bộ Công Thương Đỗ Văn Nam, tình hình kinh tế tiếp tục ổn định.', [('body', 'Bộ Công Thương', 'Bộ Công Thương', 'central'), ('person', 'Đỗ Văn Nam', 'Đỗ Văn Nam', 'Bộ trưởng Bộ Công Thương')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Bộ trưởng Bộ Công Thương Đỗ Văn Nam về tiến độ giải ngân.', [('body', 'Bộ Công Thương', 'Bộ Công Thương', 'central'), ('person', 'Đỗ Văn Nam', 'Đỗ Văn Nam', 'Bộ trưởng Bộ Công Thương')]),
    ('Phát biểu tại buổi làm việc, đại diện Bộ trưởng Bộ Công Thương Đỗ Văn Nam cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Bộ Công Thương', 'Bộ Công Thương', 'central'), ('person', 'Đỗ Văn Nam', 'Đỗ Văn Nam', 'Bộ trưởng Bộ Công Thương')]),
    ('Bộ trưởng Bộ Công Thương Đỗ Văn Nam đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Bộ Công Thương', 'Bộ Công Thương', 'central'), ('person', 'Đỗ Văn Nam', 'Đỗ Văn Nam', 'Bộ trưởng Bộ Công Thương')]),
    ('Sáng 12/3, Thượng tá Bùi Đức Long tổ chức hội nghị sơ kết công tác quý I.', [('person', 'Bùi Đức Long', 'Bùi Đức Long', 'Thượng tá'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Thượng tá Bùi Đức Long, tình hình kinh tế tiếp tục ổn định.', [('person', 'Bùi Đức Long', 'Bùi Đức Long', 'Thượng tá')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Thượng tá Bùi Đức Long về tiến độ giải ngân.', [('person', 'Bùi Đức Long', 'Bùi Đức Long', 'Thượng tá')]),
    ('Phát biểu tại buổi làm việc, đại diện Thượng tá Bùi Đức Long cho biết sẽ sớm hoàn thành kế hoạch.', [('person', 'Bùi Đức Long', 'Bùi Đức Long', 'Thượng tá')]),
    ('Thượng tá Bùi Đức Long đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('person', 'Bùi Đức Long', 'Bùi Đức Long', 'Thượng tá')]),
    ('Sáng 12/3, Nghị quyết số 43-NQ/TW tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Nghị quyết số 43-NQ/TW, tình hình kinh tế tiếp tục ổn định.', [('document', 'Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Nghị quyết số 43-NQ/TW về tiến độ giải ngân.', [('document', 'Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW')]),
    ('Phát biểu tại buổi làm việc, đại diện Nghị quyết số 43-NQ/TW cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW')]),
    ('Nghị quyết số 43-NQ/TW đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Nghị quyết số 43-NQ/TW', 'Nghị quyết', '43-NQ/TW')]),
    ('Sáng 12/3, Quyết định 1234/QĐ-UBND tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Quyết định 1234/QĐ-UBND, tình hình kinh tế tiếp tục ổn định.', [('document', 'Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Quyết định 1234/QĐ-UBND về tiến độ giải ngân.', [('document', 'Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND')]),
    ('Phát biểu tại buổi làm việc, đại diện Quyết định 1234/QĐ-UBND cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND')]),
    ('Quyết định 1234/QĐ-UBND đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND')]),
    ('Sáng 12/3, Nghị định 15/2023/NĐ-CP tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Nghị định 15/2023/NĐ-CP', 'Nghị định', '15/2023/NĐ-CP'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Nghị định 15/2023/NĐ-CP, tình hình kinh tế tiếp tục ổn định.', [('document', 'Nghị định 15/2023/NĐ-CP', 'Nghị định', '15/2023/NĐ-CP')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Nghị định 15/2023/NĐ-CP về tiến độ giải ngân.', [('document', 'Nghị định 15/2023/NĐ-CP', 'Nghị định', '15/2023/NĐ-CP')]),
    ('Phát biểu tại buổi làm việc, đại diện Nghị định 15/2023/NĐ-CP cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Nghị định 15/2023/NĐ-CP', 'Nghị định', '15/2023/NĐ-CP')]),
    ('Nghị định 15/2023/NĐ-CP đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Nghị định 15/2023/NĐ-CP', 'Nghị định', '15/2023/NĐ-CP')]),
    ('Sáng 12/3, Luật Ngân sách nhà nước tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Luật Ngân sách nhà nước tổ chức hội nghị sơ kết công tác quý I', 'Luật', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Luật Ngân sách nhà nước, tình hình kinh tế tiếp tục ổn định.', [('document', 'Luật Ngân sách nhà nước', 'Luật', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Luật Ngân sách nhà nước về tiến độ giải ngân.', [('document', 'Luật Ngân sách nhà nước', 'Luật', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Luật Ngân sách nhà nước cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Luật Ngân sách nhà nước', 'Luật', None)]),
    ('Luật Ngân sách nhà nước đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Luật Ngân sách nhà nước', 'Luật', None)]),
    ('Sáng 12/3, Chỉ thị 40-CT/TW tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Chỉ thị 40-CT/TW', 'Chỉ thị', '40-CT/TW'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Chỉ thị 40-CT/TW, tình hình kinh tế tiếp tục ổn định.', [('document', 'Chỉ thị 40-CT/TW', 'Chỉ thị', '40-CT/TW')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Chỉ thị 40-CT/TW về tiến độ giải ngân.', [('document', 'Chỉ thị 40-CT/TW', 'Chỉ thị', '40-CT/TW')]),
    ('Phát biểu tại buổi làm việc, đại diện Chỉ thị 40-CT/TW cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Chỉ thị 40-CT/TW', 'Chỉ thị', '40-CT/TW')]),
    ('Chỉ thị 40-CT/TW đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Chỉ thị 40-CT/TW', 'Chỉ thị', '40-CT/TW')]),
    ('Sáng 12/3, Kế hoạch số 25/KH-UBND tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Kế hoạch số 25/KH-UBND', 'Kế hoạch', '25/KH-UBND'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Kế hoạch số 25/KH-UBND, tình hình kinh tế tiếp tục ổn định.', [('document', 'Kế hoạch số 25/KH-UBND', 'Kế hoạch', '25/KH-UBND')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Kế hoạch số 25/KH-UBND về tiến độ giải ngân.', [('document', 'Kế hoạch số 25/KH-UBND', 'Kế hoạch', '25/KH-UBND')]),
    ('Phát biểu tại buổi làm việc, đại diện Kế hoạch số 25/KH-UBND cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Kế hoạch số 25/KH-UBND', 'Kế hoạch', '25/KH-UBND')]),
    ('Kế hoạch số 25/KH-UBND đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Kế hoạch số 25/KH-UBND', 'Kế hoạch', '25/KH-UBND')]),
    ('Sáng 12/3, Thông tư 08/2022/TT-BTC tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Thông tư 08/2022/TT-BTC', 'Thông tư', '08/2022/TT-BTC'), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Thông tư 08/2022/TT-BTC, tình hình kinh tế tiếp tục ổn định.', [('document', 'Thông tư 08/2022/TT-BTC', 'Thông tư', '08/2022/TT-BTC')]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Thông tư 08/2022/TT-BTC về tiến độ giải ngân.', [('document', 'Thông tư 08/2022/TT-BTC', 'Thông tư', '08/2022/TT-BTC')]),
    ('Phát biểu tại buổi làm việc, đại diện Thông tư 08/2022/TT-BTC cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Thông tư 08/2022/TT-BTC', 'Thông tư', '08/2022/TT-BTC')]),
    ('Thông tư 08/2022/TT-BTC đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('document', 'Thông tư 08/2022/TT-BTC', 'Thông tư', '08/2022/TT-BTC')]),
    ('Sáng 12/3, Chương trình mục tiêu quốc gia xây dựng nông thôn mới tổ chức hội nghị sơ kết công tác quý I.', [('document', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới tổ chức hội nghị sơ kết công tác quý I', 'Chương trình', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Chương trình mục tiêu quốc gia xây dựng nông thôn mới, tình hình kinh tế tiếp tục ổn định.', [('document', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'Chương trình', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Chương trình mục tiêu quốc gia xây dựng nông thôn mới về tiến độ giải ngân.', [('document', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới về tiến độ giải ngân', 'Chương trình', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Chương trình mục tiêu quốc gia xây dựng nông thôn mới cho biết sẽ sớm hoàn thành kế hoạch.', [('document', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới', 'Chương trình', None)]),
    ('Chương trình mục tiêu quốc gia xây dựng nông thôn mới đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', []),
    ('Sáng 12/3, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'province'), ('event', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, tình hình kinh tế tiếp tục ổn định.', [('body', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'province'), ('event', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 về tiến độ giải ngân.', [('body', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'province'), ('event', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)]),
    ('Phát biểu tại buổi làm việc, đại diện Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'province'), ('event', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)]),
    ('Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Ban Chấp hành Đảng bộ tỉnh', 'Ban Chấp hành Đảng bộ tỉnh', 'province'), ('event', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12', 12)]),
    ('Sáng 12/3, Kỳ họp thứ 10, HĐND tỉnh khóa XVII tổ chức hội nghị sơ kết công tác quý I.', [('body', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province'), ('event', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Kỳ họp thứ 10, HĐND tỉnh khóa XVII, tình hình kinh tế tiếp tục ổn định.', [('body', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province'), ('event', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Kỳ họp thứ 10, HĐND tỉnh khóa XVII về tiến độ giải ngân.', [('body', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province'), ('event', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)]),
    ('Phát biểu tại buổi làm việc, đại diện Kỳ họp thứ 10, HĐND tỉnh khóa XVII cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province'), ('event', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)]),
    ('Kỳ họp thứ 10, HĐND tỉnh khóa XVII đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh', 'province'), ('event', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 'Kỳ họp thứ 10, HĐND tỉnh khóa XVII', 10)]),
    ('Sáng 12/3, Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 tổ chức hội nghị sơ kết công tác quý I.', [('body', 'Đảng bộ huyện', 'Đảng bộ huyện', 'district'), ('event', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 20), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025, tình hình kinh tế tiếp tục ổn định.', [('body', 'Đảng bộ huyện', 'Đảng bộ huyện', 'district'), ('event', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 20)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 về tiến độ giải ngân.', [('body', 'Đảng bộ huyện', 'Đảng bộ huyện', 'district'), ('event', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 20)]),
    ('Phát biểu tại buổi làm việc, đại diện Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 cho biết sẽ sớm hoàn thành kế hoạch.', [('body', 'Đảng bộ huyện', 'Đảng bộ huyện', 'district'), ('event', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 20)]),
    ('Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('body', 'Đảng bộ huyện', 'Đảng bộ huyện', 'district'), ('event', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 'Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025', 20)]),
    ('Sáng 12/3, Hội thảo khoa học về chuyển đổi số tổ chức hội nghị sơ kết công tác quý I.', [('event', 'Hội thảo khoa học về chuyển đổi số', 'Hội thảo khoa học về chuyển đổi số', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Hội thảo khoa học về chuyển đổi số, tình hình kinh tế tiếp tục ổn định.', [('event', 'Hội thảo khoa học về chuyển đổi số', 'Hội thảo khoa học về chuyển đổi số', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Hội thảo khoa học về chuyển đổi số về tiến độ giải ngân.', [('event', 'Hội thảo khoa học về chuyển đổi số về tiến độ giải ngân', 'Hội thảo khoa học về chuyển đổi số về tiến độ giải ngân', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Hội thảo khoa học về chuyển đổi số cho biết sẽ sớm hoàn thành kế hoạch.', [('event', 'Hội thảo khoa học về chuyển đổi số', 'Hội thảo khoa học về chuyển đổi số', None)]),
    ('Hội thảo khoa học về chuyển đổi số đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('event', 'Hội thảo khoa học về chuyển đổi số', 'Hội thảo khoa học về chuyển đổi số', None)]),
    ('Sáng 12/3, Lễ kỷ niệm 70 năm ngày thành lập ngành tổ chức hội nghị sơ kết công tác quý I.', [('event', 'Lễ kỷ niệm 70 năm', 'Lễ kỷ niệm 70 năm', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Lễ kỷ niệm 70 năm ngày thành lập ngành, tình hình kinh tế tiếp tục ổn định.', [('event', 'Lễ kỷ niệm 70 năm', 'Lễ kỷ niệm 70 năm', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Lễ kỷ niệm 70 năm ngày thành lập ngành về tiến độ giải ngân.', [('event', 'Lễ kỷ niệm 70 năm', 'Lễ kỷ niệm 70 năm', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Lễ kỷ niệm 70 năm ngày thành lập ngành cho biết sẽ sớm hoàn thành kế hoạch.', [('event', 'Lễ kỷ niệm 70 năm', 'Lễ kỷ niệm 70 năm', None)]),
    ('Lễ kỷ niệm 70 năm ngày thành lập ngành đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('event', 'Lễ kỷ niệm 70 năm', 'Lễ kỷ niệm 70 năm', None)]),
    ('Sáng 12/3, Hội nghị tổng kết công tác năm 2023 tổ chức hội nghị sơ kết công tác quý I.', [('event', 'Hội nghị tổng kết công tác năm 2023', 'Hội nghị tổng kết công tác năm 2023', None), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Hội nghị tổng kết công tác năm 2023, tình hình kinh tế tiếp tục ổn định.', [('event', 'Hội nghị tổng kết công tác năm 2023', 'Hội nghị tổng kết công tác năm 2023', None)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Hội nghị tổng kết công tác năm 2023 về tiến độ giải ngân.', [('event', 'Hội nghị tổng kết công tác năm 2023', 'Hội nghị tổng kết công tác năm 2023', None)]),
    ('Phát biểu tại buổi làm việc, đại diện Hội nghị tổng kết công tác năm 2023 cho biết sẽ sớm hoàn thành kế hoạch.', [('event', 'Hội nghị tổng kết công tác năm 2023', 'Hội nghị tổng kết công tác năm 2023', None)]),
    ('Hội nghị tổng kết công tác năm 2023 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('event', 'Hội nghị tổng kết công tác năm 2023', 'Hội nghị tổng kết công tác năm 2023', None)]),
    ('Sáng 12/3, Phiên họp thứ 25 tổ chức hội nghị sơ kết công tác quý I.', [('event', 'Phiên họp thứ 25', 'Phiên họp thứ 25', 25), ('event', 'hội nghị sơ kết công tác quý I', 'hội nghị sơ kết công tác quý I', None)]),
    ('Theo báo cáo của Phiên họp thứ 25, tình hình kinh tế tiếp tục ổn định.', [('event', 'Phiên họp thứ 25', 'Phiên họp thứ 25', 25)]),
    ('Ngày 5/6, đoàn công tác đã làm việc tại Phiên họp thứ 25 về tiến độ giải ngân.', [('event', 'Phiên họp thứ 25', 'Phiên họp thứ 25', 25)]),
    ('Phát biểu tại buổi làm việc, đại diện Phiên họp thứ 25 cho biết sẽ sớm hoàn thành kế hoạch.', [('event', 'Phiên họp thứ 25', 'Phiên họp thứ 25', 25)]),
    ('Phiên họp thứ 25 đã chỉ đạo các đơn vị rà soát lại toàn bộ hồ sơ.', [('event', 'Phiên họp thứ 25', 'Phiên họp thứ 25', 25)]),
    ('Chiều 3/8, Kho bạc Nhà nước đã tổ chức đoàn kiểm tra tại TP.HCM.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central'), ('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Chiều 3/8, Chính phủ đã tổ chức đoàn kiểm tra tại đồng bằng sông Cửu Long.', [('body', 'Chính phủ', 'Chính phủ', 'central'), ('location', 'đồng bằng sông Cửu Long', 'Đồng bằng sông Cửu Long', None)]),
    ('Chiều 3/8, UBND tỉnh Quảng Ninh đã tổ chức đoàn kiểm tra tại Bà Rịa - Vũng Tàu.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Chiều 3/8, Sở Giao thông vận tải đã tổ chức đoàn kiểm tra tại quận Hoàng Mai.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province'), ('location', 'quận Hoàng Mai', 'quận Hoàng Mai', 'district')]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại xã Vĩnh Lộc A.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Chiều 3/8, Chính phủ đã tổ chức đoàn kiểm tra tại Nhật Bản.', [('body', 'Chính phủ', 'Chính phủ', 'central'), ('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Chiều 3/8, Sở Giao thông vận tải đã tổ chức đoàn kiểm tra tại quốc lộ 1A.', [('body', 'Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'province'), ('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Chiều 3/8, Hội Nông dân tỉnh Bắc Ninh đã tổ chức đoàn kiểm tra tại xã Vĩnh Lộc A.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province'), ('location', 'xã Vĩnh Lộc A', 'xã Vĩnh Lộc A', 'commune')]),
    ('Chiều 3/8, Ban Chấp hành Trung ương đã tổ chức đoàn kiểm tra tại thành phố Hải Phòng.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central'), ('location', 'thành phố Hải Phòng', 'Thành phố Hải Phòng', 'city')]),
    ('Chiều 3/8, UBND tỉnh Quảng Ninh đã tổ chức đoàn kiểm tra tại thị xã Sơn Tây.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Chiều 3/8, Viện Kiểm sát nhân dân quận Cầu Giấy đã tổ chức đoàn kiểm tra tại TP.HCM.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district'), ('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại quốc lộ 1A.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại huyện Mộc Châu.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'huyện Mộc Châu', 'huyện Mộc Châu', 'district')]),
    ('Chiều 3/8, Ban Thường vụ Thành ủy Hà Nội đã tổ chức đoàn kiểm tra tại Bà Rịa - Vũng Tàu.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province'), ('location', 'Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa - Vũng Tàu', 'province')]),
    ('Chiều 3/8, Ban Thường vụ Thành ủy Hà Nội đã tổ chức đoàn kiểm tra tại phường 12.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province'), ('location', 'phường 12', 'phường 12', 'ward')]),
    ('Chiều 3/8, UBND tỉnh Quảng Ninh đã tổ chức đoàn kiểm tra tại tỉnh Vĩnh Phúc.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Chiều 3/8, Bộ Kế hoạch và Đầu tư đã tổ chức đoàn kiểm tra tại thị xã Sơn Tây.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central'), ('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại Quận 2.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Chiều 3/8, Đảng ủy xã Tân Hòa đã tổ chức đoàn kiểm tra tại Nam Từ Liêm.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune'), ('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Chiều 3/8, Bộ Kế hoạch và Đầu tư đã tổ chức đoàn kiểm tra tại thị trấn Nông Cống.', [('body', 'Bộ Kế hoạch và Đầu tư', 'Bộ Kế hoạch và Đầu tư', 'central'), ('location', 'thị trấn Nông Cống', 'thị trấn Nông Cống', 'commune')]),
    ('Chiều 3/8, Huyện ủy Tam Nông đã tổ chức đoàn kiểm tra tại thị xã Sơn Tây.', [('body', 'Huyện ủy Tam Nông', 'Huyện ủy Tam Nông', 'district'), ('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại thị xã Sơn Tây.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'thị xã Sơn Tây', 'thị xã Sơn Tây', 'town')]),
    ('Chiều 3/8, Tòa án nhân dân tỉnh Hà Tĩnh đã tổ chức đoàn kiểm tra tại Hà Nội.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province'), ('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Chiều 3/8, UBND tỉnh Quảng Ninh đã tổ chức đoàn kiểm tra tại sông Hồng.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('location', 'sông Hồng', 'sông Hồng', None)]),
    ('Chiều 3/8, Viện Kiểm sát nhân dân quận Cầu Giấy đã tổ chức đoàn kiểm tra tại Quận 2.', [('body', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'Viện Kiểm sát nhân dân quận Cầu Giấy', 'district'), ('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Chiều 3/8, Ban Thường vụ Thành ủy Hà Nội đã tổ chức đoàn kiểm tra tại TP.HCM.', [('body', 'Ban Thường vụ Thành ủy Hà Nội', 'Ban Thường vụ Thành ủy Hà Nội', 'province'), ('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Chiều 3/8, HĐND thành phố Đà Nẵng đã tổ chức đoàn kiểm tra tại Nam Từ Liêm.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province'), ('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Chiều 3/8, Đảng ủy xã Tân Hòa đã tổ chức đoàn kiểm tra tại tỉnh Vĩnh Phúc.', [('body', 'Đảng ủy xã Tân Hòa', 'Đảng ủy xã Tân Hòa', 'commune'), ('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Chiều 3/8, Kho bạc Nhà nước đã tổ chức đoàn kiểm tra tại Nam Từ Liêm.', [('body', 'Kho bạc Nhà nước', 'Kho bạc Nhà nước', 'central'), ('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Chiều 3/8, HĐND thành phố Đà Nẵng đã tổ chức đoàn kiểm tra tại Hà Nội.', [('body', 'HĐND thành phố Đà Nẵng', 'Hội đồng nhân dân Thành phố Đà Nẵng', 'province'), ('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Chiều 3/8, Chính phủ đã tổ chức đoàn kiểm tra tại Hà Nội.', [('body', 'Chính phủ', 'Chính phủ', 'central'), ('location', 'Hà Nội', 'Thành phố Hà Nội', 'city')]),
    ('Chiều 3/8, Tập đoàn Điện lực Việt Nam đã tổ chức đoàn kiểm tra tại Nam Từ Liêm.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None), ('location', 'Nam Từ Liêm', 'quận Nam Từ Liêm', 'district')]),
    ('Chiều 3/8, Bộ Tài chính đã tổ chức đoàn kiểm tra tại Nhật Bản.', [('body', 'Bộ Tài chính', 'Bộ Tài chính', 'central'), ('location', 'Nhật Bản', 'Nhật Bản', None)]),
    ('Chiều 3/8, Tập đoàn Điện lực Việt Nam đã tổ chức đoàn kiểm tra tại Quận 2.', [('body', 'Tập đoàn Điện lực Việt Nam', 'Tập đoàn Điện lực Việt Nam', None), ('location', 'Quận 2', 'Quận 2', 'district')]),
    ('Chiều 3/8, Ủy ban nhân dân huyện Gia Lâm đã tổ chức đoàn kiểm tra tại TP.HCM.', [('body', 'Ủy ban nhân dân huyện Gia Lâm', 'Ủy ban nhân dân huyện Gia Lâm', 'district'), ('location', 'TP.HCM', 'Thành phố Hồ Chí Minh', 'city')]),
    ('Chiều 3/8, UBND tỉnh Quảng Ninh đã tổ chức đoàn kiểm tra tại sông Hồng.', [('body', 'UBND tỉnh Quảng Ninh', 'Ủy ban nhân dân tỉnh Quảng Ninh', 'province'), ('location', 'sông Hồng', 'sông Hồng', None)]),
    ('Chiều 3/8, Tòa án nhân dân tỉnh Hà Tĩnh đã tổ chức đoàn kiểm tra tại tỉnh Vĩnh Phúc.', [('body', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'Tòa án nhân dân tỉnh Hà Tĩnh', 'province'), ('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Chiều 3/8, Hội Nông dân tỉnh Bắc Ninh đã tổ chức đoàn kiểm tra tại khu công nghiệp Yên Phong.', [('body', 'Hội Nông dân tỉnh Bắc Ninh', 'Hội Nông dân tỉnh Bắc Ninh', 'province'), ('location', 'khu công nghiệp Yên Phong', 'khu công nghiệp Yên Phong', None)]),
    ('Chiều 3/8, Chính phủ đã tổ chức đoàn kiểm tra tại quốc lộ 1A.', [('body', 'Chính phủ', 'Chính phủ', 'central'), ('location', 'quốc lộ 1A', 'quốc lộ 1A', None)]),
    ('Chiều 3/8, Ban Chấp hành Trung ương đã tổ chức đoàn kiểm tra tại tỉnh Vĩnh Phúc.', [('body', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'central'), ('location', 'tỉnh Vĩnh Phúc', 'tỉnh Vĩnh Phúc', 'province')]),
    ('Các cấp ủy, chính quyền cần quan tâm hơn nữa đến đời sống người dân.', []),
    ('Năm nay, thời tiết thuận lợi nên sản lượng lúa tăng khá.', []),
    ('Người dân phấn khởi khi con đường mới được hoàn thành.', []),
    ('14 phường và các xã trên địa bàn đều hoàn thành chỉ tiêu.', []),
    ('Công tác phòng, chống dịch được triển khai đồng bộ.', []),
    ('Kế hoạch 5 năm đã được thông qua với tỷ lệ cao.', []),
    ('Anh ấy nói rằng kỳ họp này rất quan trọng.', []),
    ('Nhiều doanh nghiệp còn gặp khó khăn về vốn và thị trường.', []),
]


FACT_CASES = [  # (paragraph, [(kind, subject, measure or goal as written, status or modality)])
    ('Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện ước đạt 1.250 tỷ đồng, tăng 8,5% so với cùng kỳ.', [('indicator', 'tổng thu ngân sách nhà nước', '1.250 tỷ đồng', 'estimate')]),
    ('Giá trị sản xuất công nghiệp đạt 3.400 tỷ đồng, bằng 102% kế hoạch năm.', [('indicator', 'Giá trị sản xuất công nghiệp', '3.400 tỷ đồng', 'actual')]),
    ('Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,2%, cao hơn mức bình quân chung của cả nước.', [('indicator', 'Tốc độ tăng trưởng kinh tế (GRDP)', '7,2%', 'actual')]),
    ('Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt từ 8% trở lên.', [('target', 'tốc độ tăng trưởng GRDP', '8%', 'phấn đấu')]),
    ('Tỷ lệ hộ nghèo giảm còn 2,1%, giảm 0,8 điểm phần trăm so với năm trước.', [('indicator', 'Tỷ lệ hộ nghèo', '2,1%', 'actual')]),
    ('Kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 1,2 tỷ USD, tăng 15% so với cùng kỳ năm trước.', [('indicator', 'Kim ngạch xuất khẩu', '1,2 tỷ USD', 'estimate')]),
    ('Trên địa bàn thành phố có 3.597 doanh nghiệp thành lập mới với tổng vốn đăng ký 25.000 tỷ đồng.', [('indicator', 'doanh nghiệp thành lập mới', '3.597 doanh nghiệp', 'actual'), ('indicator', 'tổng vốn đăng ký', '25.000 tỷ đồng', 'actual')]),
    ('Mục tiêu đến năm 2025, thu nhập bình quân đầu người đạt 120 triệu đồng/năm.', [('target', 'thu nhập bình quân đầu người', '120 triệu đồng', 'mục tiêu')]),
    ('Kỳ họp đã thông qua 15 nghị quyết với 100% đại biểu có mặt tán thành.', []),
    ('Tổng vốn đầu tư toàn xã hội đạt 45.000 tỷ đồng, tăng 12,3%; trong đó vốn ngân sách nhà nước đạt 9.800 tỷ đồng.', [('indicator', 'Tổng vốn đầu tư toàn xã hội', '45.000 tỷ đồng', 'actual'), ('indicator', 'vốn ngân sách nhà nước', '9.800 tỷ đồng', 'actual')]),
    ('Thu ngân sách nội địa đạt 4.435 tỷ đồng, vượt 5% dự toán Trung ương giao.', [('indicator', 'Thu ngân sách nội địa', '4.435 tỷ đồng', 'actual')]),
    ('Diện tích gieo cấy lúa vụ xuân đạt 12.500 ha, giảm 300 ha so với vụ xuân năm trước.', [('indicator', 'Diện tích gieo cấy lúa vụ xuân', '12.500 ha', 'actual')]),
    ('Tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số.', [('indicator', 'Tỷ lệ bao phủ bảo hiểm y tế', '93,5%', 'actual')]),
    ('Với tổng kinh phí khoảng 62 tỷ đồng, dự án sẽ được khởi công trong quý III.', []),
    ('Chỉ số giá tiêu dùng bình quân tăng 3,2% so với cùng kỳ.', [('indicator', 'Chỉ số giá tiêu dùng bình quân', '3,2%', 'actual')]),
    ('Năm 2025, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 1,5% và 100% xã đạt chuẩn nông thôn mới.', [('target', 'giảm tỷ lệ hộ nghèo', '1,5%', 'phấn đấu'), ('target', 'xã đạt chuẩn nông thôn mới', '100%', 'phấn đấu')]),
]


@pytest.mark.parametrize("text,expected", NAMED_CASES, ids=[c[0][:40] for c in NAMED_CASES])
def test_named_hits(text: str, expected: list) -> None:
    assert _named(text) == [tuple(e) for e in expected]


@pytest.mark.parametrize("text,expected", FACT_CASES, ids=[c[0][:40] for c in FACT_CASES])
def test_fact_hits(text: str, expected: list) -> None:
    hits = [h for h in run_steps(text).hits if h.kind in ("indicator", "target")]
    got = [(h.kind, h.fields["subject"], (h.fields.get("measure") or h.fields.get("goal"))["text"],
            h.fields.get("status") or h.fields.get("modality")) for h in hits]
    assert got == [tuple(e) for e in expected]


# ---- fast paths against their plain forms --------------------------------------------------

_PIECES = ["Ủy", "Uỷ", "ủy", "uỷ", "UBND", "Ubnd", "ubnd", "Ban", "BAN", "ban", "Bộ", "BỘ", "Trung", "trung",
           "ương", "-", "–", "&", "1", "43", " ", " ", " ", "  ", "\n", "a", "Đảng", "ĐẢNG", "Hội", ".", ",", "/",
           "QĐ", "Sở", "sở", "HĐND", "Thành", "công", "ty", "NQ", "tỉnh", "Quảng", "Ninh", "xã", "Tân", "Hòa",
           "hơn", "khoảng", "gần", "tăng", "giảm", "xuống", "còn", "mức", "kinh phí", "là", ":", "(", "đã", "từ",
           "tổng", "số", "phấn đấu", "chỉ tiêu", "dự kiến", "và", "các", "trong", "đó", "TP.", "HCM", "ước"]


def _random_strings(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    texts = [t for t, _ in NAMED_CASES] + [p for p, _ in FACT_CASES]
    return texts + ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(n)]


def _plain_candidates(text: str) -> list[int]:
    fw = bodies._data().first_words
    return [m.start() for m in bodies._CANDIDATE.finditer(text) if bodies._key(m.group()) in fw]


def test_body_candidates_match_the_plain_scan() -> None:
    d = bodies._data()
    for s in _random_strings(4000, 1) + ["43-NQ/TW Ban", "12a-Ban", "1-&Bộ", "x-Bộ", "1–Bộ", "Uỷ ban", "UỶ BAN"]:
        assert bodies._candidates(s, d) == _plain_candidates(s), s


def test_body_candidates_examples() -> None:
    d = bodies._data()
    # a word glued by `-` to a word (`UBND-HĐND`) is no start; after a number (`7-Ban`) it is
    text = "Theo Uỷ ban nhân dân, ban chỉ đạo và 43-NQ/TW, Ban Bí thư; UBND-HĐND, 7-Ban không."
    got = [text[i:i + 6] for i in bodies._candidates(text, d)]
    assert got == ["Uỷ ban", "ban nh", "ban ch", "Ban Bí", "Ban kh"]


def test_facts_word_patterns_match_leading_lookbehind() -> None:
    words = facts._data().words
    for key in ("modality_cues", "estimate_cues", "edge_words", "connectors", "list_markers"):
        fast = re.compile(facts._word(words[key]))
        plain = re.compile(r"(?<!\w)" + facts._alt(words[key]) + r"(?!\w)")
        for s in _random_strings(800, 2):
            low = s.lower()
            assert [m.span() for m in fast.finditer(low)] == [m.span() for m in plain.finditer(low)], (key, s)
            assert [m.span() for m in fast.finditer(low, 3)] == [m.span() for m in plain.finditer(low, 3)], (key, s)


def test_facts_end_gates_never_skip_a_match() -> None:
    d = facts._data()
    rnd = random.Random(3)
    tails = list(facts._APPROX) + list(d.words["edge_words"]) + list(d.words["change_increase"]) + \
        list(d.words["level_markers"]) + list(d.words["cost_phrases"]) + list(facts._COST_FILLERS) + ["-", "(", ":"]
    strings = [s.lower() for s in _random_strings(1500, 4)]
    strings += [f"{s} {rnd.choice(tails)}{rnd.choice(['', ' ', '  ', chr(10), ' ' + chr(10)])}" for s in strings]
    for s in strings:
        assert facts._strip_approx(s, d) == d.rx["approx_tail"].sub("", s), s
        for key in ("edge_end", "change_end", "cost_end"):
            a, b = facts._end_search(d, key, s), d.rx[key].search(s)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (key, s)
    assert facts._strip_approx("doanh thu đạt khoảng ", d) == "doanh thu đạt"
    assert facts._end_search(d, "change_end", "doanh thu tăng") is not None
    assert facts._end_search(d, "change_end", "doanh thu tăng trưởng tốt") is None


def test_places_previous_word_matches_forward_search() -> None:
    word = regex.compile(r"([\p{L}\p{M}\d.]+)[ ]*$")
    two = regex.compile(r"([\p{L}\p{M}]+[ ]+[\p{L}\p{M}]+)[ ]*$")
    for s in _random_strings(600, 5):
        for pos in range(len(s) + 1):
            m = word.search(s[max(0, pos - 30):pos])
            assert places._prev_word(s, pos) == (m.group(1) if m else ""), (s, pos)
            m = two.search(s[max(0, pos - 40):pos])
            assert places._prev_two(s, pos) == (m.group(1) if m else ""), (s, pos)


def test_places_patterns_match_leading_lookbehind() -> None:
    d = places._data()
    lu, ll = places.LU, places.LL
    b, e = rf"(?<![{lu}{ll}\d])", rf"(?![{lu}{ll}\d])"
    plain_alias = re.compile(rf"{b}(?:" + "|".join(
        re.escape(w).replace(r"\ ", "[ ]+") for w in sorted(set(d.aliases), key=len, reverse=True)) + rf"){e}")
    plain_run = re.compile(rf"{b}{places._RUN}")
    samples = _random_strings(1500, 6) + ["Tại TP.HCM và Hà Nội, Bà Rịa - Vũng Tàu, Việt Nam.", "xTP HCM", "1Nga Nga"]
    for s in samples:
        assert [m.span() for m in d.alias_re.finditer(s)] == [m.span() for m in plain_alias.finditer(s)], s
        assert [m.span() for m in d.run_re.finditer(s)] == [m.span() for m in plain_run.finditer(s)], s


def test_boundary_marks_match_plain_form() -> None:
    """``rx["boundary_marks"]`` finds clause boundaries by their punctuation; widened as ``_Sentence``
    widens a dash to `` - `` (skipping a dash whose space ends the one before), it gives the plain
    pattern's matches."""
    fast = facts._data().rx["boundary_marks"]
    plain = re.compile(r"[,;:()\[\]]|\s[-–]\s|\.(?=\s)")

    def widened(s: str) -> list[tuple[int, int]]:
        out, last = [], 0
        for m in fast.finditer(s):
            a, b = m.start(), m.end()
            if s[a] in "-–":
                a, b = a - 1, a + 2
                if a < last:
                    continue
            last = b
            out.append((a, b))
        return out

    for s in _random_strings(1500, 7) + ["a - b, c. d (e) [f]; g: h – i.j", "a - - b", " - x"]:
        assert widened(s) == [m.span() for m in plain.finditer(s)], s
