"""Equivalence cases for the facts linker: report-style sentences (composed for this test) with the
indicators and targets the whole pipeline links from them, written out as
``(kind, measure text, subject, status or modality)``. They pin the linker's output so speed work
on ``rules/facts.py`` (and the named step before it) cannot change what it reads."""
from __future__ import annotations

import datetime as dt

import pytest

from vnreport_extract.pipeline.steps import run_steps
from vnreport_extract.text.normalize import normalize

PUBLISHED = dt.date(2024, 12, 20)

CASES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ('Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 12.450 tỷ đồng.', [('indicator', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'estimate')]),
    ('Năm 2024, kim ngạch xuất khẩu của tỉnh ước đạt 1,25 tỷ USD.', [('indicator', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'estimate')]),
    ('Năm 2024, tổng vốn đầu tư toàn xã hội ước đạt 48.600 tỷ đồng.', [('indicator', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'estimate')]),
    ('Năm 2024, giá trị sản xuất công nghiệp ước đạt 35.200 tỷ đồng.', [('indicator', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'estimate')]),
    ('Năm 2024, tỷ lệ hộ nghèo ước đạt 2,1%.', [('indicator', '2,1%', 'tỷ lệ hộ nghèo', 'estimate')]),
    ('Năm 2024, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,8%.', [('indicator', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'estimate')]),
    ('Năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế ước đạt 93,5%.', [('indicator', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'estimate')]),
    ('Năm 2024, sản lượng lúa cả năm ước đạt 412.000 tấn.', [('indicator', '412.000 tấn', 'sản lượng lúa cả năm', 'estimate')]),
    ('Năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 56.300 tỷ đồng.', [('indicator', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'estimate')]),
    ('Năm 2024, thu nhập bình quân đầu người ước đạt 78 triệu đồng/người/năm.', [('indicator', '78 triệu đồng', 'thu nhập bình quân đầu người', 'estimate')]),
    ('Trong 11 tháng năm 2024, giá trị sản xuất công nghiệp đạt 35.200 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'actual')]),
    ('Trong 11 tháng năm 2024, tỷ lệ hộ nghèo đạt 2,1%, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '2,1%', 'tỷ lệ hộ nghèo', 'actual')]),
    ('Trong 11 tháng năm 2024, tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8%, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'actual')]),
    ('Trong 11 tháng năm 2024, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'actual')]),
    ('Trong 11 tháng năm 2024, sản lượng lúa cả năm đạt 412.000 tấn, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '412.000 tấn', 'sản lượng lúa cả năm', 'actual')]),
    ('Trong 11 tháng năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 56.300 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'actual')]),
    ('Trong 11 tháng năm 2024, thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '78 triệu đồng', 'thu nhập bình quân đầu người', 'actual')]),
    ('Trong 11 tháng năm 2024, tổng thu ngân sách nhà nước trên địa bàn đạt 12.450 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'actual')]),
    ('Trong 11 tháng năm 2024, kim ngạch xuất khẩu của tỉnh đạt 1,25 tỷ USD, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'actual')]),
    ('Trong 11 tháng năm 2024, tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng, tăng 8,5% so với cùng kỳ năm trước.', [('indicator', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'actual')]),
    ('Năm 2025, phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.', [('target', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'phấn đấu')]),
    ('Năm 2025, phấn đấu sản lượng lúa cả năm đạt 412.000 tấn.', [('target', '412.000 tấn', 'sản lượng lúa cả năm', 'phấn đấu')]),
    ('Năm 2025, phấn đấu tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 56.300 tỷ đồng.', [('target', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'phấn đấu')]),
    ('Năm 2025, phấn đấu thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.', [('target', '78 triệu đồng', 'thu nhập bình quân đầu người', 'phấn đấu')]),
    ('Năm 2025, phấn đấu tổng thu ngân sách nhà nước trên địa bàn đạt 12.450 tỷ đồng.', [('target', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'phấn đấu')]),
    ('Năm 2025, phấn đấu kim ngạch xuất khẩu của tỉnh đạt 1,25 tỷ USD.', [('target', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'phấn đấu')]),
    ('Năm 2025, phấn đấu tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng.', [('target', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'phấn đấu')]),
    ('Năm 2025, phấn đấu giá trị sản xuất công nghiệp đạt 35.200 tỷ đồng.', [('target', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'phấn đấu')]),
    ('Năm 2025, phấn đấu tỷ lệ hộ nghèo đạt 2,1%.', [('target', '2,1%', 'tỷ lệ hộ nghèo', 'phấn đấu')]),
    ('Năm 2025, phấn đấu tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8%.', [('target', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'phấn đấu')]),
    ('Thu nhập bình quân đầu người năm 2024 đạt 78 triệu đồng/người/năm, bằng 104% dự toán.', [('indicator', '78 triệu đồng', 'Thu nhập bình quân đầu người', 'actual')]),
    ('Tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt 12.450 tỷ đồng, bằng 104% dự toán.', [('indicator', '12.450 tỷ đồng', 'Tổng thu ngân sách nhà nước', 'actual')]),
    ('Kim ngạch xuất khẩu của tỉnh năm 2024 đạt 1,25 tỷ USD, bằng 104% dự toán.', [('indicator', '1,25 tỷ USD', 'Kim ngạch xuất khẩu', 'actual')]),
    ('Tổng vốn đầu tư toàn xã hội năm 2024 đạt 48.600 tỷ đồng, bằng 104% dự toán.', [('indicator', '48.600 tỷ đồng', 'Tổng vốn đầu tư toàn xã hội', 'actual')]),
    ('Giá trị sản xuất công nghiệp năm 2024 đạt 35.200 tỷ đồng, bằng 104% dự toán.', [('indicator', '35.200 tỷ đồng', 'Giá trị sản xuất công nghiệp', 'actual')]),
    ('Tỷ lệ hộ nghèo năm 2024 đạt 2,1%, bằng 104% dự toán.', [('indicator', '2,1%', 'Tỷ lệ hộ nghèo', 'actual')]),
    ('Tốc độ tăng trưởng kinh tế (GRDP) năm 2024 đạt 7,8%, bằng 104% dự toán.', [('indicator', '7,8%', 'Tốc độ tăng trưởng kinh tế (GRDP)', 'actual')]),
    ('Tỷ lệ người dân tham gia bảo hiểm y tế năm 2024 đạt 93,5%, bằng 104% dự toán.', [('indicator', '93,5%', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'actual')]),
    ('Sản lượng lúa cả năm năm 2024 đạt 412.000 tấn, bằng 104% dự toán.', [('indicator', '412.000 tấn', 'Sản lượng lúa cả năm', 'actual')]),
    ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ năm 2024 đạt 56.300 tỷ đồng, bằng 104% dự toán.', [('indicator', '56.300 tỷ đồng', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'actual')]),
    ('Theo kế hoạch, đến năm 2030 tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng.', [('target', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 giá trị sản xuất công nghiệp đạt 35.200 tỷ đồng.', [('target', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 tỷ lệ hộ nghèo đạt 2,1%.', [('target', '2,1%', 'tỷ lệ hộ nghèo', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8%.', [('target', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.', [('target', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 sản lượng lúa cả năm đạt 412.000 tấn.', [('target', '412.000 tấn', 'sản lượng lúa cả năm', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 56.300 tỷ đồng.', [('target', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.', [('target', '78 triệu đồng', 'thu nhập bình quân đầu người', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 tổng thu ngân sách nhà nước trên địa bàn đạt 12.450 tỷ đồng.', [('target', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'chỉ tiêu')]),
    ('Theo kế hoạch, đến năm 2030 kim ngạch xuất khẩu của tỉnh đạt 1,25 tỷ USD.', [('target', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'chỉ tiêu')]),
    ('Trong 6 tháng đầu năm, tốc độ tăng trưởng kinh tế (GRDP) đã đạt 7,8%, giảm 3,2% so với cùng kỳ.', [('indicator', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'actual')]),
    ('Trong 6 tháng đầu năm, tỷ lệ người dân tham gia bảo hiểm y tế đã đạt 93,5%, giảm 3,2% so với cùng kỳ.', [('indicator', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'actual')]),
    ('Trong 6 tháng đầu năm, sản lượng lúa cả năm đã đạt 412.000 tấn, giảm 3,2% so với cùng kỳ.', [('indicator', '412.000 tấn', 'sản lượng lúa cả năm', 'actual')]),
    ('Trong 6 tháng đầu năm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đã đạt 56.300 tỷ đồng, giảm 3,2% so với cùng kỳ.', [('indicator', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'actual')]),
    ('Trong 6 tháng đầu năm, thu nhập bình quân đầu người đã đạt 78 triệu đồng/người/năm, giảm 3,2% so với cùng kỳ.', [('indicator', '78 triệu đồng', 'thu nhập bình quân đầu người', 'actual')]),
    ('Trong 6 tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn đã đạt 12.450 tỷ đồng, giảm 3,2% so với cùng kỳ.', [('indicator', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'actual')]),
    ('Trong 6 tháng đầu năm, kim ngạch xuất khẩu của tỉnh đã đạt 1,25 tỷ USD, giảm 3,2% so với cùng kỳ.', [('indicator', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'actual')]),
    ('Trong 6 tháng đầu năm, tổng vốn đầu tư toàn xã hội đã đạt 48.600 tỷ đồng, giảm 3,2% so với cùng kỳ.', [('indicator', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'actual')]),
    ('Trong 6 tháng đầu năm, giá trị sản xuất công nghiệp đã đạt 35.200 tỷ đồng, giảm 3,2% so với cùng kỳ.', [('indicator', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'actual')]),
    ('Trong 6 tháng đầu năm, tỷ lệ hộ nghèo đã đạt 2,1%, giảm 3,2% so với cùng kỳ.', [('indicator', '2,1%', 'tỷ lệ hộ nghèo', 'actual')]),
    ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện 56.300 tỷ đồng, vượt 5% kế hoạch.', [('indicator', '56.300 tỷ đồng', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'estimate')]),
    ('Thu nhập bình quân đầu người ước thực hiện 78 triệu đồng/người/năm, vượt 5% kế hoạch.', [('indicator', '78 triệu đồng', 'Thu nhập bình quân đầu người', 'estimate')]),
    ('Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện 12.450 tỷ đồng, vượt 5% kế hoạch.', [('indicator', '12.450 tỷ đồng', 'Tổng thu ngân sách nhà nước', 'estimate')]),
    ('Kim ngạch xuất khẩu của tỉnh ước thực hiện 1,25 tỷ USD, vượt 5% kế hoạch.', [('indicator', '1,25 tỷ USD', 'Kim ngạch xuất khẩu', 'estimate')]),
    ('Tổng vốn đầu tư toàn xã hội ước thực hiện 48.600 tỷ đồng, vượt 5% kế hoạch.', [('indicator', '48.600 tỷ đồng', 'Tổng vốn đầu tư toàn xã hội', 'estimate')]),
    ('Giá trị sản xuất công nghiệp ước thực hiện 35.200 tỷ đồng, vượt 5% kế hoạch.', [('indicator', '35.200 tỷ đồng', 'Giá trị sản xuất công nghiệp', 'estimate')]),
    ('Tỷ lệ hộ nghèo ước thực hiện 2,1%, vượt 5% kế hoạch.', [('indicator', '2,1%', 'Tỷ lệ hộ nghèo', 'estimate')]),
    ('Tốc độ tăng trưởng kinh tế (GRDP) ước thực hiện 7,8%, vượt 5% kế hoạch.', [('indicator', '7,8%', 'Tốc độ tăng trưởng kinh tế (GRDP)', 'estimate')]),
    ('Tỷ lệ người dân tham gia bảo hiểm y tế ước thực hiện 93,5%, vượt 5% kế hoạch.', [('indicator', '93,5%', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'estimate')]),
    ('Sản lượng lúa cả năm ước thực hiện 412.000 tấn, vượt 5% kế hoạch.', [('indicator', '412.000 tấn', 'Sản lượng lúa cả năm', 'estimate')]),
    ('Mục tiêu năm 2025 là kim ngạch xuất khẩu của tỉnh đạt 1,25 tỷ USD.', [('target', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng.', [('target', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là giá trị sản xuất công nghiệp đạt 35.200 tỷ đồng.', [('target', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tỷ lệ hộ nghèo đạt 2,1%.', [('target', '2,1%', 'tỷ lệ hộ nghèo', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8%.', [('target', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.', [('target', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là sản lượng lúa cả năm đạt 412.000 tấn.', [('target', '412.000 tấn', 'sản lượng lúa cả năm', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 56.300 tỷ đồng.', [('target', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.', [('target', '78 triệu đồng', 'thu nhập bình quân đầu người', 'mục tiêu')]),
    ('Mục tiêu năm 2025 là tổng thu ngân sách nhà nước trên địa bàn đạt 12.450 tỷ đồng.', [('target', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'mục tiêu')]),
    ('Lũy kế đến hết tháng 10, tỷ lệ hộ nghèo đạt 2,1%.', [('indicator', '2,1%', 'tỷ lệ hộ nghèo', 'actual')]),
    ('Lũy kế đến hết tháng 10, tốc độ tăng trưởng kinh tế (GRDP) đạt 7,8%.', [('indicator', '7,8%', 'tốc độ tăng trưởng kinh tế (GRDP)', 'actual')]),
    ('Lũy kế đến hết tháng 10, tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,5%.', [('indicator', '93,5%', 'tỷ lệ người dân tham gia bảo hiểm y tế', 'actual')]),
    ('Lũy kế đến hết tháng 10, sản lượng lúa cả năm đạt 412.000 tấn.', [('indicator', '412.000 tấn', 'sản lượng lúa cả năm', 'actual')]),
    ('Lũy kế đến hết tháng 10, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 56.300 tỷ đồng.', [('indicator', '56.300 tỷ đồng', 'tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'actual')]),
    ('Lũy kế đến hết tháng 10, thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.', [('indicator', '78 triệu đồng', 'thu nhập bình quân đầu người', 'actual')]),
    ('Lũy kế đến hết tháng 10, tổng thu ngân sách nhà nước trên địa bàn đạt 12.450 tỷ đồng.', [('indicator', '12.450 tỷ đồng', 'tổng thu ngân sách nhà nước', 'actual')]),
    ('Lũy kế đến hết tháng 10, kim ngạch xuất khẩu của tỉnh đạt 1,25 tỷ USD.', [('indicator', '1,25 tỷ USD', 'kim ngạch xuất khẩu', 'actual')]),
    ('Lũy kế đến hết tháng 10, tổng vốn đầu tư toàn xã hội đạt 48.600 tỷ đồng.', [('indicator', '48.600 tỷ đồng', 'tổng vốn đầu tư toàn xã hội', 'actual')]),
    ('Lũy kế đến hết tháng 10, giá trị sản xuất công nghiệp đạt 35.200 tỷ đồng.', [('indicator', '35.200 tỷ đồng', 'giá trị sản xuất công nghiệp', 'actual')]),
    ('Sản lượng lúa cả năm tăng 6,4%, đạt 412.000 tấn.', [('indicator', '412.000 tấn', 'Sản lượng lúa cả năm', 'actual')]),
    ('Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 6,4%, đạt 56.300 tỷ đồng.', [('indicator', '56.300 tỷ đồng', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'actual')]),
    ('Thu nhập bình quân đầu người tăng 6,4%, đạt 78 triệu đồng/người/năm.', [('indicator', '78 triệu đồng', 'Thu nhập bình quân đầu người', 'actual')]),
    ('Tổng thu ngân sách nhà nước trên địa bàn tăng 6,4%, đạt 12.450 tỷ đồng.', [('indicator', '12.450 tỷ đồng', 'Tổng thu ngân sách nhà nước', 'actual')]),
    ('Kim ngạch xuất khẩu của tỉnh tăng 6,4%, đạt 1,25 tỷ USD.', [('indicator', '1,25 tỷ USD', 'Kim ngạch xuất khẩu', 'actual')]),
    ('Tổng vốn đầu tư toàn xã hội tăng 6,4%, đạt 48.600 tỷ đồng.', [('indicator', '48.600 tỷ đồng', 'Tổng vốn đầu tư toàn xã hội', 'actual')]),
    ('Giá trị sản xuất công nghiệp tăng 6,4%, đạt 35.200 tỷ đồng.', [('indicator', '35.200 tỷ đồng', 'Giá trị sản xuất công nghiệp', 'actual')]),
    ('Tỷ lệ hộ nghèo tăng 6,4%, đạt 2,1%.', [('indicator', '2,1%', 'Tỷ lệ hộ nghèo', 'actual')]),
    ('Tốc độ tăng trưởng kinh tế (GRDP) tăng 6,4%, đạt 7,8%.', [('indicator', '7,8%', 'Tốc độ tăng trưởng kinh tế (GRDP)', 'actual')]),
    ('Tỷ lệ người dân tham gia bảo hiểm y tế tăng 6,4%, đạt 93,5%.', [('indicator', '93,5%', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 'actual')]),
]


def facts_of(raw: str) -> list[tuple[str, str, str, str]]:
    """The indicators and targets of ``raw`` as ``(kind, measure text, subject, status/modality)``."""
    state = run_steps(normalize(raw).text, PUBLISHED)
    out = []
    for h in state.hits:
        if h.kind == "indicator":
            out.append(("indicator", h.fields["measure"]["text"], h.fields["subject"], h.fields["status"]))
        elif h.kind == "target":
            out.append(("target", h.fields["goal"]["text"], h.fields["subject"], h.fields["modality"]))
    return out


def test_enough_cases():
    assert len(CASES) >= 100
    assert len({s for s, _ in CASES}) == len(CASES)


@pytest.mark.parametrize("sentence,want", CASES, ids=[s[:60] for s, _ in CASES])
def test_facts(sentence, want):
    assert facts_of(sentence) == want


def test_measure_offsets_are_exact():
    for sentence, _ in CASES[:20]:
        state = run_steps(normalize(sentence).text, PUBLISHED)
        for h in state.hits:
            if h.kind in ("indicator", "target"):
                m = h.fields["measure" if h.kind == "indicator" else "goal"]
                assert state.text[m["start"]:m["end"]] == m["text"]
