"""Dates: case tables of real sentences (corpus/, ../shared/corpus/union, the gold files) → (text, value)."""

from __future__ import annotations

import pytest

from unionfacts.extract.base import facts_of
from unionfacts.nlp import annotate
from unionfacts.resolve.dates import CalendarParts, DateMention, resolve_dates


def dates_in(text: str, published: str | None) -> list[tuple[str, str]]:
    doc = annotate(text, published)
    facts = facts_of(doc, "dates")
    for fact in facts:
        assert doc.text[fact.start:fact.end] == fact.text
    spans = sorted((fact.start, fact.end) for fact in facts)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:])), "overlapping facts"
    return [(fact.text, fact.value) for fact in facts]


DAYS = [
    ("Sáng ngày 29/9, CĐCTVN đã tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19, nhiệm kỳ 2018-2023.",
     "2021-09-30", [("Sáng ngày 29/9", "2021-09-29"), ("nhiệm kỳ 2018-2023", "2018/2023")]),
    ("Sáng 6-12, đoàn chủ tịch Tổng LĐLĐ Việt Nam tổ chức hội nghị trực tuyến học tập",
     "2018-12-07", [("Sáng 6-12", "2018-12-06")]),
    ("Ngày 23/7, tại Trường Đại học Y Dược Thái Bình, tỉnh Thái Bình", "2020-07-24", [("Ngày 23/7", "2020-07-23")]),
    ("Ngày 28/12, LĐLĐ Thành phố tổ chức hội nghị", "2020-12-28", [("Ngày 28/12", "2020-12-28")]),
    ("Tin hoạt động CĐ ngày 8.2", None, [("ngày 8.2", "XXXX-02-08")]),
    ("Ngày 27.6, phiên họp thứ nhất để thương lượng", None, [("Ngày 27.6", "XXXX-06-27")]),
    ("tại buổi làm việc với Thường trực Thành ủy TP HCM chiều 10-2.", None,
     [("chiều 10-2", "XXXX-02-10")]),
    ("Sáng nay (10.2), khoảng 1.000 công nhân", None, [("Sáng nay (10.2)", "XXXX-02-10")]),
    ("Thông tin trên trang Zing cho hay, hôm nay (23/5) Trưởng phòng giáo dục huyện Can Lộc", None,
     [("hôm nay (23/5)", "XXXX-05-23")]),
    ("xã Kim Chung Đông Anh Hà Nội vào buổi trưa ngày 24.6 khi công nhân đang chuẩn bị bữa trưa", None,
     [("buổi trưa ngày 24.6", "XXXX-06-24")]),
    ("Tối 20-5, tại Hà Nội, Hội đồng bình chọn", None, [("Tối 20-5", "XXXX-05-20")]),
    ("Chiều 23/5, UBND huyện Can Lộc (Hà Tĩnh) yêu cầu Phòng GD&ĐT huyện này thu hồi văn bản", None, [("Chiều 23/5", "XXXX-05-23")]),
    ("Ngày 7.2, đồng chí Đỗ Việt Anh", "2017-02-08", [("Ngày 7.2", "2017-02-07")]),
    # a dash between spaces after a day's cue (a paraphrase audit of union news)
    ("Ngày 2 - 5, đoàn công tác LĐLĐ tỉnh đã đến thăm công nhân.", "2023-05-03", [("Ngày 2 - 5", "2023-05-02")]),
    ("Sáng 12 – 5, Công đoàn ngành Y tế tổ chức hội nghị.", "2023-05-13", [("Sáng 12 – 5", "2023-05-12")]),
]

FULL_DATES = [
    ("Thứ năm, 30/09/2021 - 07:47", None, [("Thứ năm, 30/09/2021", "2021-09-30")]),
    ("Ngày đăng: 05:20:07 - 24/ 07 /2020", None, [("24/ 07 /2020", "2020-07-24")]),
    ("Cập nhật lúc 08:20 ngày 09/11/2018", None, [("ngày 09/11/2018", "2018-11-09")]),
    ("Ngày 06/11/2018, đồng chí Trần Quang Huy", None, [("Ngày 06/11/2018", "2018-11-06")]),
    ("Date : 07-12-2018", None, [("07-12-2018", "2018-12-07")]),
    ("Nghị quyết Đại hội CĐ Việt Nam lần thứ XII được thông qua ngày 26-9-2018 tại Đại hội", None,
     [("ngày 26-9-2018", "2018-09-26")]),
    ("Thứ tư, ngày 24 tháng 07 năm 2019", None, [("Thứ tư, ngày 24 tháng 07 năm 2019", "2019-07-24")]),
    ("Vào ngày 20.7.2016, trong phiên họp lần thứ nhất", None, [("ngày 20.7.2016", "2016-07-20")]),
    ("tính đến 9h sáng ngày 2/2/2017 (mùng 6 Tết) đã có 47/56 (đạt 84%) đơn vị hoạt động bình thường", None,
     [("sáng ngày 2/2/2017", "2017-02-02")]),
    ("đến ngày 6/2/2017 (mùng 10 Tết) đã có 56/56 (đạt 100%) đơn vị trở lại làm việc", None,
     [("ngày 6/2/2017", "2017-02-06")]),
    ("theo Nghị định 153/2016/NĐ-CP ngày 14.11.2016 của Chính phủ", None, [("ngày 14.11.2016", "2016-11-14")]),
    ("Đồng chí Đỗ Kim Hội sinh ngày 06/10/1958, vào Đảng ngày 16/2/1987, ngày chính thức 16/2/1988.", None,
     [("ngày 06/10/1958", "1958-10-06"), ("ngày 16/2/1987", "1987-02-16"), ("16/2/1988", "1988-02-16")]),
]

MONTHS = [
    ("Tính đến tháng 7/2017, tôi đóng BHXH được 30 năm và muốn nghỉ hưu.", None, [("tháng 7/2017", "2017-07")]),
    ("Tháng 6/2018 sẽ có 1000 căn ở Đồng Văn", None, [("Tháng 6/2018", "2018-06")]),
    ("trả toàn bộ lương tháng 1-2017 trước Tết để CN chi tiêu", None, [("tháng 1-2017", "2017-01")]),
    ("Trong tháng 1.2017, LĐLĐ Khánh Hòa tham gia đoàn liên ngành của tỉnh", None, [("tháng 1.2017", "2017-01")]),
    ("thời gian làm thêm của Viện Công nhân và Công đoàn thực hiện từ tháng 3-4/2017", None,
     [("tháng 3-4/2017", "2017-03/2017-04")]),
    ("hiện công ty đã có 40 đơn hàng sản xuất đến hết tháng 4, vì thế việc CNLĐ trở lại làm việc", "2017-02-08",
     [("tháng 4", "2017-04")]),
    ("Khoảng tháng 6 sang năm sẽ có khu thiết chế", "2017-06-09", [("tháng 6 sang năm", "2018-06")]),
]

QUARTERS_AND_HALVES = [
    ("Hội nghị đã đánh giá kết quả hoạt động công đoàn Quý III và triển khai nhiệm vụ Quý IV năm 2021", "2021-09-30",
     [("Quý III", "2021-Q3"), ("Quý IV năm 2021", "2021-Q4")]),
    ("Nhiệm vụ của các cấp công đoàn trong quý IV là tiếp tục nắm bắt tình hình", "2021-09-30", [("quý IV", "2021-Q4")]),
    ("Quý 1/2017, tình hình số nợ tăng thêm", None, [("Quý 1/2017", "2017-Q1")]),
    ("thống kê mới nhất cho thấy, đến hết quý I-2017, tổng số nợ BHXH của các đơn vị sử dụng lao động", None, [("quý I-2017", "2017-Q1")]),
    ("hoàn thành ĐHCĐ các cấp vào cuối quý II/2018", None, [("cuối quý II/2018", "2018-Q2")]),
    ("Hội nghị Sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2020", "2020-07-24",
     [("6 tháng đầu năm", "2020-H1"), ("6 tháng cuối năm 2020", "2020-H2")]),
    ("đánh giá cao kết quả đạt được của các công đoàn ngành trong 6 tháng đầu năm 2020.", None,
     [("6 tháng đầu năm 2020", "2020-H1")]),
    ("sự phát triển kinh tế-xã hội của đất nước năm 2016 cũng như 6 tháng đầu năm 2017", None,
     [("năm 2016", "2016"), ("6 tháng đầu năm 2017", "2017-H1")]),
    ("các hoạt động đã triển khai trong 6 tháng đầu năm, đồng thời", None, [("6 tháng đầu năm", "XXXX-H1")]),
]

YEARS = [
    ("xây dựng kế hoạch chăm lo Tết cho đoàn viên, NLĐ năm 2022.", None, [("năm 2022", "2022")]),
    ("Tính đến cuối năm 2015 số nợ gần 10.000 tỷ đồng", None, [("cuối năm 2015", "2015")]),
    ("phương hướng triển khai nhiệm vụ những tháng cuối năm 2018; kế hoạch triển khai", None,
     [("những tháng cuối năm 2018", "2018")]),
    ("Tôi sinh năm 1967, hiện hưởng lương hệ số 4,4", None, [("năm 1967", "1967")]),
    ("tặng quà NLĐ tại chương trình “Tết sum vầy 2017”.", None, [("2017", "2017")]),
    ("Mục tiêu tới 2020 sẽ xây dựng 50 thiết chế tại 50 khu công nghiệp, khu chế xuất trong cả nước và 2030 phấn đấu",
     None, [("2020", "2020"), ("2030", "2030")]),
    ("Lương tối thiểu vùng 2018: Tổng LĐLĐVN đề xuất tăng 13,3%", None, [("2018", "2018")]),
    ("nhưng Luật Công đoàn năm 2012 và Bộ luật Tố tụng dân sự năm 2015 lại quy định", None,
     [("năm 2012", "2012"), ("năm 2015", "2015")]),
    ("Theo quy định của Luật Nhà ở 2014, CN lao động là một trong 10 nhóm đối tượng", None, [("2014", "2014")]),
    ("trong buổi làm việc với Liên đoàn Lao động TP.HCM chiều 10/2 về tình hình hoạt động năm 2016 và kế hoạch 2017.",
     "2017-02-11", [("chiều 10/2", "2017-02-10"), ("năm 2016", "2016"), ("2017", "2017")]),
    ("nghe báo cáo tổng kết phong trào CNVCLĐ và hoạt động Công đoàn năm2020", None, [("năm2020", "2020")]),
    ("nhất là trong dịp Tết Tân Sửu năm 2021; Chủ động nắm bắt tình hình", None, [("năm 2021", "2021")]),
    ("Sau 7 ngày nghỉ Tết nguyên đán Đinh Dậu 2017, điều ghi nhận được tại công ty", None, [("2017", "2017")]),
    ("Cũng giống như năm nay, phiên họp lần thứ nhất năm 2016 kết thúc mà không thống nhất được phương án", None,
     [("năm 2016", "2016")]),
]

SPANS = [
    ("đã tổ chức thành công Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017- 2022.", None, [("nhiệm kỳ 2017- 2022", "2017/2022")]),
    ("tổng kết và khen thưởng phong trào thi đua trong các CĐCS trường học năm học 2019 - 2020.", None,
     [("năm học 2019 - 2020", "2019/2020")]),
    ("Ký kết Quy chế phối hợp công tác giữa LĐLĐ huyện với phòng Giáo dục đào tạo huyện Mỹ Đức giai đoạn 2017-2022.",
     None, [("giai đoạn 2017-2022", "2017/2022")]),
    ("Đề án đặt mục tiêu từ năm 2016-2017 sẽ hoàn thành 10 thiết chế", None, [("năm 2016-2017", "2016/2017")]),
    ("Trong những ngày nắng nóng cao điểm vừa qua (từ ngày 2 - 5/6/2017), các tổ chức đoàn thể đã phối hợp", None,
     [("từ ngày 2 - 5/6/2017", "2017-06-02/2017-06-05")]),
    ("kỷ niệm 88 năm Ngày thành lập Công đoàn Việt Nam ( 28/7/1929 - 28 /7/2017)", None,
     [("28/7/1929 - 28 /7/2017", "1929-07-28/2017-07-28")]),
    ("kỷ niệm 69 năm ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc” (11.6.1948 - 11.6.2017), "
     "Ngày truyền thống thi đua yêu nước (11.6).", None,
     [("11.6.1948 - 11.6.2017", "1948-06-11/2017-06-11"),
      ("Ngày truyền thống thi đua yêu nước (11.6)", "2017-06-11")]),
    # a full day told as so many years before the present: the day it anchors is its anniversary, not the day itself
    ("Sáng 20/10, Hội LHPN tỉnh tổ chức lễ kỷ niệm. Đúng 88 năm trước, ngày 20/10/1930, Hội được thành lập.", None,
     [("Sáng 20/10", "2018-10-20"), ("ngày 20/10/1930", "1930-10-20")]),
]

HOLIDAYS = [
    ("công tác nữ công vào các dịp kỷ niệm 8/3, 20/10; công tác thi đua khen thưởng", "2018-11-09",
     [("8/3", "2018-03-08"), ("20/10", "2018-10-20")]),
    ("công tác chăm sóc thiếu niên nhi đồng vào dịp Quốc tế Thiếu nhi 1/6, Trung thu", "2018-11-09",
     [("1/6", "2018-06-01")]),
    ("vào ngày 15-7 nhân lễ kỷ niệm 70 năm ngày Thương binh liệt sĩ (27-7) đã hoàn thành", None,
     [("ngày 15-7", "XXXX-07-15"), ("ngày Thương binh liệt sĩ (27-7)", "XXXX-07-27")]),
]

RESOLVED_YEARS = [
    # The year of the article, and last year's for a December day read in early January.
    ("Ngày 28/12, LĐLĐ Thành phố tổ chức hội nghị", "2021-01-03T08:00:00+07:00", [("Ngày 28/12", "2020-12-28")]),
    # A sibling in the same sentence states the year of an undated quarter.
    ("Hội nghị đã đánh giá kết quả hoạt động công đoàn Quý III và triển khai nhiệm vụ Quý IV năm 2021", None,
     [("Quý III", "2021-Q3"), ("Quý IV năm 2021", "2021-Q4")]),
    # Anniversary arithmetic ("năm 1988") does not date the ceremony (NOTES item 22).
    ("liệt sĩ hi sinh ở Gạc Ma năm 1988 sẽ chính thức khánh thành vào ngày 15-7", None,
     [("năm 1988", "1988"), ("ngày 15-7", "XXXX-07-15")]),
    # The survey's months do not date the conference that published it.
    ("cuộc khảo sát về tiền lương, thời gian làm thêm của Viện Công nhân và Công đoàn thực hiện từ tháng 3-4/2017, "
     "được công bố tại Hội thảo Điều kiện lao động, thời giờ làm việc và năng suất lao động do Tổng LĐLĐVN phối hợp "
     "với Chương trình Better Work tổ chức ngày 23/5 tại Hà Nội.", None,
     [("tháng 3-4/2017", "2017-03/2017-04"), ("ngày 23/5", "XXXX-05-23")]),
    # A document's day months away in the sentence is another occasion's: no year from it.
    ("Ngày 20/5, Đảng ủy Khối tổ chức Hội nghị sơ kết thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008.", "2018-06-15",
     [("Ngày 20/5", "2018-05-20"), ("ngày 28/1/2008", "2008-01-28")]),
    ("Ngày 20/5, Đảng ủy Khối tổ chức Hội nghị sơ kết thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008.", None,
     [("Ngày 20/5", "XXXX-05-20"), ("ngày 28/1/2008", "2008-01-28")]),
    # Days joined by "và" share the year however far apart; an anniversary's later end dates the ceremony.
    ("Theo Sở, ông Nam đã chủ trì họp nội bộ vào các ngày 11/11 và 28/12/2020.", "2021-04-16",
     [("ngày 11/11", "2020-11-11"), ("28/12/2020", "2020-12-28")]),
    ("Sáng 10/6, Hội Nhà báo tổ chức Lễ kỷ niệm ngày Báo chí Cách mạng Việt Nam (21/6/1925 - 21/6/2017).", None,
     [("Sáng 10/6", "2017-06-10"), ("21/6/1925 - 21/6/2017", "1925-06-21/2017-06-21")]),
]

NOT_DATES = [
    ("quy định vấn đề trốn đóng, nợ đóng BHXH bị xử tù 7 năm và phạt tới 13 tỷ đồng.", None),
    ("báo cáo tóm tắt những kết quả mà Công đoàn Bộ đã làm được trong 10 tháng qua", "2018-11-09"),
    ("những người lao động trực tiếp như anh Nguyễn Huy Sơn là thợ tiện - nguội, bậc 6/6,", None),
    ("Đa số DN đã chấp hành việc tổ chức đối thoại định kỳ 3 tháng/lần theo quy định, một số đơn vị tổ chức đối thoại 1 lần/ tháng.", None),
    ("kế hoạch triển khai Chương trình hành động số 02/Ctr-BCH của TLĐ về đổi mới tổ chức và hoạt động của CĐVN",
     "2021-09-30"),
    ("theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết số 12-NQ/TW của Bộ Chính trị",
     "2021-09-30"),
    ("Chẳng hạn, bạn Nguyễn Minh, 30 tuổi ở Hà Đông, Hà Nội hỏi", None),
    ("Ngay từ ngày đầu khai xuân (mùng 6 Tết) công nhân lao động đã có mặt tương đối đầy đủ (đạt 98%).", None),
    ("Trong năm qua, thực hiện chức năng đại diện, bảo vệ quyền lợi", None),
    ("Đinh La Thăng lưu ý trong cuộc cách mạng công nghệ 4.0 các cấp công đoàn cần tổ chức đào tạo", None),
    ("Sẽ làm việc với hệ thống ngân hàng cho công nhân vay ưu đãi trong 10 năm để mua nhà giá 100 - 200 triệu", None),
    ("Công ty TNHH Xây dựng công trình Hùng Vương, số 435-437 Hòa Hảo, phường 5, quận 10", None),
    ("(Nguồn: https://nld.com.vn/cong-doan/hoi-nghi-truc-tuyen-toan-quoc-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xii"
     "-cong-doan-viet-nam-20181206125646445.htm)", "2018-12-07"),
    ("Tổng Bí thư biểu dương những đóng góp quý báu của 30 tập thể, cá nhân", None),
    ("mức lương của anh mỗi tháng 9 - 10 triệu đồng, bây giờ chỉ được 5 - 6 triệu đồng", None),
    ("để mỗi đoàn viên công đoàn đăng kí mua mỗi tháng 10kg thịt lợn hơi", None),
    ("mỗi cặp vợ chồng mỗi tháng tiết kiệm 1,8 - 2 triệu thì 5-7 năm sẽ mua được nhà ở", None),
    ("Hiện các khu công nghiệp, khu chế mới đáp ứng 2-10% những nhu cầu tối thiểu", None),
    ("nhà ở xã hội có diện tích dao động 45-60 m 2 , thay vì diện tích nhỏ", None),
    ("CĐ các KCN tỉnh Hòa Bình: 24/28 doanh nghiệp sản xuất kinh doanh trở lại", None),
    # a dash between spaces with no day's cue, or a weak one, is a range or a score
    ("Mỗi tổ có 2 - 5 công nhân, đội bóng công ty thắng 3 - 1.", None),
    ("Công ty dự kiến hoàn thành vào 2 - 3 tuần sau.", None),
    ("Năm nào cũng vậy, khoảng mồng 5 - 6 tết là hoa đào trong vườn đã nở.", None),
    # a day's word heading a count ("twice or three times a day"), not a day and a month
    ("Bác sĩ dặn chị uống thuốc ngày 2 - 3 lần sau bữa ăn.", None),
    ("Công nhân phải tăng ca mỗi ngày 3 - 4 giờ, kéo dài cả tháng.", None),
    ("Ngày đăng 28/12/2020 | 04:42 | View count: 865", "2020-12-28"),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAYS)
def test_extract_dates_day_month_with_part_of_day(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), FULL_DATES)
def test_extract_dates_full_dates_and_datelines(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), MONTHS)
def test_extract_dates_months(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), QUARTERS_AND_HALVES)
def test_extract_dates_quarters_and_halves_one_value(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), YEARS)
def test_extract_dates_years(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), SPANS)
def test_extract_dates_spans(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), HOLIDAYS)
def test_extract_dates_numeric_holidays(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), RESOLVED_YEARS)
def test_extract_dates_resolves_missing_year(text, published, expected):
    assert dates_in(text, published) == expected


@pytest.mark.parametrize(("text", "published"), NOT_DATES)
def test_extract_dates_not_dates(text, published):
    found = dates_in(text, published)
    if "Ngày đăng" in text:
        assert found == [("28/12/2020", "2020-12-28")]  # the dateline only: no clock, no view counter
    else:
        assert found == []


def test_extract_dates_resolver_takes_year_of_same_occasion():
    # "sáng 10.6" for the ceremony marking "(11.6.1948 - 11.6.2017)" (NOTES item 22): the latest year.
    anniversary = DateMention(40, 61, "11.6.1948 - 11.6.2017", 1,
                              CalendarParts("day", 1948, 6, 11), CalendarParts("day", 2017, 6, 11))
    ceremony = DateMention(0, 9, "sáng 10.6", 0, CalendarParts("day", None, 6, 10))
    other = DateMention(20, 29, "ngày 24.6", 0, CalendarParts("day", None, 6, 24))
    facts = resolve_dates([anniversary, ceremony, other], None)
    assert [(f.text, f.value, f.granularity) for f in facts] == [
        ("sáng 10.6", "2017-06-10", "day"),
        ("ngày 24.6", "XXXX-06-24", "day"),
        ("11.6.1948 - 11.6.2017", "1948-06-11/2017-06-11", "span"),
    ]


def test_extract_dates_resolver_takes_year_of_full_date_in_same_sentence():
    partial = DateMention(0, 8, "ngày 3/2", 0, CalendarParts("day", None, 2, 3))
    full = DateMention(30, 44, "ngày 6/2/2017", 0, CalendarParts("day", 2017, 2, 6))
    elsewhere = DateMention(60, 68, "ngày 9/5", 1, CalendarParts("day", None, 5, 9))
    assert [f.value for f in resolve_dates([partial, full, elsewhere], None)] == [
        "2017-02-03", "2017-02-06", "XXXX-05-09"]


def test_extract_dates_resolver_never_uses_the_clock():
    mention = DateMention(0, 7, "Quý III", 0, CalendarParts("quarter", part=3))
    assert resolve_dates([mention], None)[0].value == "XXXX-Q3"
    assert resolve_dates([mention], "not a date")[0].value == "XXXX-Q3"
    assert resolve_dates([mention], "2019-05-01")[0].value == "2019-Q3"


def test_extract_dates_invalid_calendar_values_are_dropped():
    assert dates_in("Ngày 31/2, ngày 12/13 và tháng 13/2017", "2017-03-01") == []


# Shapes written for this table (not copied from articles): a weekday before a bracketed
# date, mồng/mùng days, a day with the month in words or digits, compact and two-day
# ranges, quarters in words or "của năm", lower-case month names, months of a year,
# decades, datelines, and the year an occasion ("Tết … 2017") gives an undated article.
SHAPES = [
    ("Sáng thứ Ba (14/3), Liên đoàn Lao động tỉnh họp bàn kế hoạch.", "2017-03-15",
     [("Sáng thứ Ba (14/3)", "2017-03-14")]),
    ("Chiều thứ Năm (16/3), đoàn công tác đến thăm công ty.", "2017-03-17", [("Chiều thứ Năm (16/3)", "2017-03-16")]),
    ("Thứ Hai (6/3), hội nghị khai mạc tại Hà Nội.", "2017-03-07", [("Thứ Hai (6/3)", "2017-03-06")]),
    ("Chủ nhật ngày 5/3, công nhân được nghỉ.", "2017-03-07", [("Chủ nhật ngày 5/3", "2017-03-05")]),
    ("Lễ kỷ niệm diễn ra ngày mồng 4 tháng 5 năm 2016 tại nhà văn hóa.", None,
     [("ngày mồng 4 tháng 5 năm 2016", "2016-05-04")]),
    ("Sáng mùng 9/4, đoàn viên tập trung trước trụ sở.", "2018-04-10", [("Sáng mùng 9/4", "2018-04-09")]),
    ("Quyết định có hiệu lực từ ngày 9 tháng Tư.", "2019-03-01", [("ngày 9 tháng Tư", "2019-04-09")]),
    ("Đại hội họp hôm 15 tháng 11 năm 2016 tại thủ đô.", None, [("hôm 15 tháng 11 năm 2016", "2016-11-15")]),
    ("Thỏa thuận ký ngày 2/5, 15 tháng 11 năm 2016 mới có hiệu lực.", None,
     [("ngày 2/5", "2016-05-02"), ("15 tháng 11 năm 2016", "2016-11-15")]),
    ("Chương trình kết thúc ngày 3 tháng mười một năm 2022.", None, [("ngày 3 tháng mười một năm 2022", "2022-11-03")]),
    ("Hội chợ việc làm mở cửa từ 12-18/5 tại công viên.", "2019-05-02", [("từ 12-18/5", "2019-05-12/2019-05-18")]),
    # two days of one month with nothing before them
    ("Lớp tập huấn (20-21/9) có 60 học viên.", "2019-09-25", [("20-21/9", "2019-09-20/2019-09-21")]),
    ("Hội thảo diễn ra 4 - 5/11/2018 tại Huế.", None, [("4 - 5/11/2018", "2018-11-04/2018-11-05")]),
    ("Tỷ số 3-2/4 lượt trận không đổi.", "2019-09-25", []),
    ("Công ty khai trương vào 5-2, sau kỳ nghỉ.", None, [("vào 5-2", "XXXX-02-05")]),
    ("Trong hai ngày 9 và 10-2, đoàn làm việc tại tỉnh.", None, [("hai ngày 9 và 10-2", "XXXX-02-09/XXXX-02-10")]),
    ("Doanh thu quý 2 của năm 2019 tăng mạnh.", "2021-01-05", [("quý 2 của năm 2019", "2019-Q2")]),
    ("Kế hoạch sẽ hoàn thành trong quý hai.", "2020-01-10", [("quý hai", "2020-Q2")]),
    ("Tuyến đường sẽ thông xe vào tháng bảy.", "2020-02-01", [("tháng bảy", "2020-07")]),
    ("Dự án khởi công tháng Mười năm 2020.", None, [("tháng Mười năm 2020", "2020-10")]),
    ("12 Tháng 3 2016 lúc 09:41", None, [("12 Tháng 3 2016", "2016-03-12")]),
    ("Trong 5 tháng đầu năm 2017, thu ngân sách đạt kế hoạch.", None, [("5 tháng đầu năm 2017", "2017-01/2017-05")]),
    ("Kết quả 9 tháng đầu năm nay rất khả quan.", "2019-10-02", [("9 tháng đầu năm nay", "2019-01/2019-09")]),
    ("Nhiệm vụ trọng tâm 3 tháng cuối năm 2018 là chăm lo Tết.", None, [("3 tháng cuối năm 2018", "2018-Q4")]),
    ("Tỷ lệ hộ nghèo giảm mạnh từ đầu những năm 1990.", None, [("đầu những năm 1990", "1990/1999")]),
    ("Công ty được thành lập trong thập niên 1980.", None, [("thập niên 1980", "1980/1989")]),
    ("Cuộc bầu cử diễn ra vào tháng Ba năm sau.", "2017-05-20", [("tháng Ba năm sau", "2018-03")]),
    # a day and month far from publication: the year across the turn of the year
    ("Ngày 29/12, công đoàn tổng kết năm.", "2022-01-04", [("Ngày 29/12", "2021-12-29")]),
    ("Ngày 3/1, công đoàn sẽ tổ chức gặp mặt đầu xuân.", "2022-12-29", [("Ngày 3/1", "2023-01-03")]),
    ("Ngày 3/1, công đoàn tổ chức gặp mặt đầu xuân.", "2022-06-29", [("Ngày 3/1", "2022-01-03")]),
    ("Dịp Tết Đinh Dậu 2017, công ty thưởng lớn. Đến ngày 6/2, công nhân đã trở lại làm việc.", None,
     [("2017", "2017"), ("ngày 6/2", "2017-02-06")]),
    ("Bản tin cập nhật 2021-03-15 lúc 10 giờ.", None, [("2021-03-15", "2021-03-15")]),
    ("Đăng lúc 2021-09-30T07:47:00+07:00", None, [("2021-09-30", "2021-09-30")]),
    # the same day in the forms and cases the news writes it
    ("Hà Nội, 12/3 - Sáng nay, công đoàn tổ chức hội nghị.", "2021-03-12", [("12/3", "2021-03-12")]),  # dateline
    ("HÀ NỘI, 12-3 – Công đoàn tổ chức hội nghị.", None, [("12-3", "XXXX-03-12")]),
    ("TP.HCM, 12/3/2021 - Công đoàn tổ chức hội nghị.", None, [("12/3/2021", "2021-03-12")]),
    ("Thành phố Hồ Chí Minh, 12/3 - Công đoàn tổ chức hội nghị.", None, [("12/3", "XXXX-03-12")]),
    ("Hội nghị khai mạc ngày 12/3 năm 2021 tại Huế.", None, [("ngày 12/3 năm 2021", "2021-03-12")]),
    ("Ngày mười lăm tháng ba, hội nghị khai mạc.", None, [("Ngày mười lăm tháng ba", "XXXX-03-15")]),
    ("Sáng ngày hai mươi mốt tháng 5 năm 2021, đoàn về.", None,
     [("Sáng ngày hai mươi mốt tháng 5 năm 2021", "2021-05-21")]),
    ("Lễ cưới tổ chức ngày mồng một tháng năm.", None, [("ngày mồng một tháng năm", "XXXX-05-01")]),
    # a day within a week of publication is this year's, whatever other year's occasion the text names
    ("Chiều 29/4, sân bay đông khách. Lượng khách gấp 4 lần dịp lễ 30/4 năm 2020.", "2021-04-30",
     [("Chiều 29/4", "2021-04-29"), ("30/4 năm 2020", "2020-04-30")]),
    ("Sáng nay (28/4), tỉnh kỷ niệm 46 năm Ngày giải phóng (30/4/1975 - 30/4/2021).", "2021-04-28",
     [("Sáng nay (28/4)", "2021-04-28"), ("30/4/1975 - 30/4/2021", "1975-04-30/2021-04-30")]),
    # the full date of the day commemorated, long before the news, gives the day reported no year
    ("Nhân dịp kỷ niệm 48 năm Ngày giải phóng 30/4/1975, huyện tổ chức hội thảo vào ngày 25/4.", "2023-04-27",
     [("30/4/1975", "1975-04-30"), ("ngày 25/4", "2023-04-25")]),
    ("Ngày 11/5/2017, hội nghị khai mạc. Sáng 12/5, các đại biểu thảo luận.", "2018-01-10",
     [("Ngày 11/5/2017", "2017-05-11"), ("Sáng 12/5", "2017-05-12")]),
    ("NGÀY 15 THÁNG 3 NĂM 2021 hội nghị khai mạc.", None, [("NGÀY 15 THÁNG 3 NĂM 2021", "2021-03-15")]),
    ("Hội nghị khai mạc ngày 15 tháng ba năm 2021.", None, [("ngày 15 tháng ba năm 2021", "2021-03-15")]),
    ("Hội nghị khai mạc ngày 15 / 3 / 2021.", None, [("ngày 15 / 3 / 2021", "2021-03-15")]),
    ("Hội nghị khai mạc ngày 15.3.2021.", None, [("ngày 15.3.2021", "2021-03-15")]),
    ("Thứ hai, 15/3/2021 - 10:30", None, [("Thứ hai, 15/3/2021", "2021-03-15")]),
    ("15/03/2021 10:30 GMT+7", None, [("15/03/2021", "2021-03-15")]),
    ("Sáng Thứ Ba (14-3), hội nghị khai mạc.", "2017-03-15", [("Sáng Thứ Ba (14-3)", "2017-03-14")]),
    ("Tối Chủ nhật (14/3), đoàn về đến nơi.", "2021-03-16", [("Tối Chủ nhật (14/3)", "2021-03-14")]),
    ("Chiều 15.3, hội nghị bế mạc.", "2021-03-16", [("Chiều 15.3", "2021-03-15")]),
    ("Doanh thu quý I/2021 tăng 10%.", None, [("quý I/2021", "2021-Q1")]),
    ("Trung tuần tháng 3/2021, đoàn lên đường.", None, [("tháng 3/2021", "2021-03")]),
    ("Tháng 12-2020, công ty mở rộng sản xuất.", None, [("Tháng 12-2020", "2020-12")]),
    # --- no date: lunar days, ordinals, frequencies, months and years as durations ----------
    ("Ngày mùng 6 Tết, công nhân đi làm lại.", None, []),
    ("Đoàn đến thăm vào mùng 10 tháng Giêng.", None, []),
    ("Đại hội lần thứ hai (nhiệm kỳ mới) đã bế mạc.", None, []),
    ("Bỏ phiếu lần thứ hai (2/3) vẫn không đạt.", None, []),  # an ordinal, not Monday
    ("Đoàn làm việc ngày 5 và 16/4 tại hai huyện.", None, []),  # two days apart are no span
    ("Công ty tổ chức đối thoại 3 tháng 1 lần.", None, []),
    ("Mỗi tháng hai lần, tổ công đoàn họp.", None, []),
    ("Lương tháng sáu triệu đồng là quá thấp.", None, []),
    ("Anh đã làm việc ở đây được 20 tháng.", None, []),
    ("Nhiều tháng năm qua, họ vẫn bám trụ.", None, []),
    ("Có 3/4 số đại biểu tán thành.", None, []),
    ("Tỷ lệ, 2/3 - con số này vẫn thấp.", None, []),  # no place before the comma: no dateline
    ("Theo Bộ Y tế, 2/3 - con số này vẫn thấp.", None, []),
    ("Cả năm tổ chức ngày ba mươi hai tháng ba.", None, []),  # no 32nd day
    ("Kiểm tra mỗi ngày hai tháng một lần.", None, []),
    ("Đảng này giành được vào 2/3 số ghế.", None, []),
    ("Dự án đưa vào 3/4 diện tích.", None, []),
    ("Cửa hàng ở số 123/4 đường Lê Lợi.", None, []),
    ("Phiên họp mở lúc 14:30 và kéo dài 2 giờ.", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), SHAPES)
def test_extract_dates_shapes_the_news_writes(text, published, expected):
    assert dates_in(text, published) == expected


# Ranges written with two points (biographies, plans, offers), relative years after a day,
# centuries and decades, and the prepositions that date a bare day-month; sentences written
# for this table. Each row gives every date of the sentence, in order.
RANGES_AND_PERIODS = [
    ("Từ 3/1985 - 11/1990, bà làm kế toán ở nông trường.", "2020-06-15",
     [("3/1985 - 11/1990", "1985-03/1990-11")]),
    ("2/1991-7/1994: học cao học tại Hà Nội.", None, [("2/1991-7/1994", "1991-02/1994-07")]),
    ("9.1994-5.1998: Phó phòng Tổ chức.", None, [("9.1994-5.1998", "1994-09/1998-05")]),
    ("Ông làm giám đốc từ tháng 4/2003 đến tháng 10/2008.", None,
     [("tháng 4/2003 đến tháng 10/2008", "2003-04/2008-10")]),
    ("Giai đoạn 2011 - 6/2015, xí nghiệp thua lỗ liên tục.", None, [("2011 - 6/2015", "2011/2015-06")]),
    ("Từ năm 2009 đến tháng 3-2013, ông ký 40 hợp đồng.", None, [("năm 2009 đến tháng 3-2013", "2009/2013-03")]),
    ("Từ 2016 đến tháng 8.2019, hợp tác xã không chia lãi.", None, [("2016 đến tháng 8.2019", "2016/2019-08")]),
    ("Từ năm 2014 đến năm 2018, thu nhập tăng gấp đôi.", None, [("năm 2014 đến năm 2018", "2014/2018")]),
    ("Hội chợ mở trong các ngày 12, 13 và 14/11/2019.", None,
     [("các ngày 12, 13 và 14/11/2019", "2019-11-12/2019-11-14")]),
    ("Giải đấu diễn ra trong ba ngày 7, 8 và 9/8.", "2020-06-15", [("ba ngày 7, 8 và 9/8", "2020-08-07/2020-08-09")]),
    ("Từ tháng 2 đến tháng 4 năm 2019, xuất khẩu giảm.", None,
     [("tháng 2 đến tháng 4 năm 2019", "2019-02/2019-04")]),
    ("Ưu đãi áp dụng từ 1/7 đến hết 31/12.", "2020-06-15", [("1/7 đến hết 31/12", "2020-07-01/2020-12-31")]),
    ("Lễ hội kéo dài từ 28/12/2019 đến 3/1/2020.", None, [("28/12/2019 đến 3/1/2020", "2019-12-28/2020-01-03")]),
    ("Các tỉnh phải gửi báo cáo trước 15/7 để tổng hợp.", "2020-06-15", [("15/7", "2020-07-15")]),
    ("Từ 20/5, tuyến phố đi bộ mở cửa trở lại.", None, [("20/5", "XXXX-05-20")]),
    ("Vé tàu bán từ 1/3 năm nay.", "2020-06-15", [("1/3 năm nay", "2020-03-01")]),
    ("Dịp 30/4 năm ngoái, khu du lịch đông khách.", "2020-06-15", [("30/4 năm ngoái", "2019-04-30")]),
    ("Năm nay, khách tăng mạnh so với tháng 5 năm ngoái.", "2020-06-15", [("tháng 5 năm ngoái", "2019-05")]),
    # "năm nay" in an undated article: the year of a full date in the same month, if only one.
    ("Bản đề án được trình giữa tháng 3 năm nay. Đề án được thông qua ngày 20/3/2018.", None,
     [("giữa tháng 3 năm nay", "2018-03"), ("ngày 20/3/2018", "2018-03-20")]),
    ("Kế hoạch công bố cuối tháng 9 năm nay. Sau đó, ngày 2/10/2019 các sở nhận văn bản.", None,
     [("cuối tháng 9 năm nay", "XXXX-09"), ("ngày 2/10/2019", "2019-10-02")]),
    ("Tháng 5 năm nay, ngày 3/5/2018 và ngày 7/5/2019 đều có họp.", None,
     [("Tháng 5 năm nay", "XXXX-05"), ("ngày 3/5/2018", "2018-05-03"), ("ngày 7/5/2019", "2019-05-07")]),
    ("Nhà thờ được xây cuối thế kỷ XIX.", None, [("cuối thế kỷ XIX", "1801/1900")]),
    ("Ngành công nghiệp phát triển mạnh trong thế kỷ 20.", None, [("thế kỷ 20", "1901/2000")]),
    ("Nhiều phát minh ra đời đầu thế kỉ XXI.", None, [("đầu thế kỉ XXI", "2001/2100")]),
    ("Ngôi chùa có từ thế kỷ thứ 11.", None, [("thế kỷ thứ 11", "1001/1100")]),
    ("Ca khúc nổi tiếng cuối thập niên 70.", None, [("cuối thập niên 70", "1970/1979")]),
    ("Gia đình ông định cư ở đây từ những năm 60.", None, [("những năm 60", "1960/1969")]),
    ("Xe máy phổ biến vào thập kỷ 90.", None, [("thập kỷ 90", "1990/1999")]),
    ("Văn bản có hiệu lực từ ngày 12 - 6 - 2020.", None, [("ngày 12 - 6 - 2020", "2020-06-12")]),
    ("Khuya 14/6, một vụ cháy xảy ra ở chợ.", "2020-06-15", [("Khuya 14/6", "2020-06-14")]),
    ("Nửa đêm 3/6, mưa đá trút xuống thành phố.", "2020-06-15", [("Nửa đêm 3/6", "2020-06-03")]),
    # --- no date, or two: scores, ages, scales, measures, fractions, holiday pairs ------------
    ("Tỷ số chung cuộc là 2-1, đội khách dẫn trước 2-1.", "2020-06-15", []),
    ("Trẻ em trong độ tuổi từ 2-8 dễ mắc bệnh.", "2020-06-15", []),
    ("Chỉ số UV từ 6-7: mức khá cao.", "2020-06-15", []),
    ("Con hổ dài từ 2.3 đến 2.75m.", "2020-06-15", []),
    ("Lãi suất tăng từ 1/3 lên 1/2 số vốn.", "2020-06-15", []),
    ("Nhóm đạt từ 2/3 số phiếu trở lên.", "2020-06-15", []),
    ("Công ty phải xong trước 3/4 thời hạn.", "2020-06-15", []),
    ("Dịp lễ 30/4 - 1/5 khách đông.", "2020-06-15", [("30/4", "2020-04-30"), ("1/5", "2020-05-01")]),
    ("Phiên họp từ 15.05' đến 17.00' ngày 16/6.", "2020-06-15", [("ngày 16/6", "2020-06-16")]),
    ("Ở những năm 20 tuổi, anh đã đi làm.", None, []),
    ("Thành được xây từ thế kỷ III TCN.", None, []),
    ("Một thế kỷ trôi qua.", None, []),
    ("Năm ngoái công ty lãi lớn, năm nay còn hơn.", "2020-06-15", []),  # NOTES 35: no number, no date
]


@pytest.mark.parametrize(("text", "published", "expected"), RANGES_AND_PERIODS)
def test_extract_dates_ranges_periods_and_relative_years(text, published, expected):
    assert dates_in(text, published) == expected


# --- digits inside a web address are no date, whatever case the address is written in ----------
URLS = [
    ("Chi tiết xem tại WWW.LAODONG.VN/2021/05/12 từ ngày 5/4.", "2021-06-10", [("ngày 5/4", "2021-04-05")]),
    ("Nguồn: Https://Congdoan.Vn/tin-12-3-2021.HTML, đăng ngày 14/3/2021.", None, [("ngày 14/3/2021", "2021-03-14")]),
    ("Bài viết tại baomoi.COM/hoi-nghi-20-10 ngày 21/10/2020.", None, [("ngày 21/10/2020", "2020-10-21")]),
    ("Hội nghị ngày 12.3.2021 kết thúc lúc 11.30.", None, [("ngày 12.3.2021", "2021-03-12")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), URLS)
def test_extract_dates_not_inside_web_addresses(text, published, expected):
    assert dates_in(text, published) == expected


def test_extract_dates_url_marks_fold_as_str_lower():
    """A text is searched for web addresses only if its lower-cased form holds one of their marks:
    every character the regex engine takes for a mark's letter, ignoring case, lower-cases to it."""
    import re
    import sys

    from unionfacts.extract.dates import _URL_MARKS

    letters = {char for mark in _URL_MARKS for char in mark}
    assert all(chr(code).lower() == letter for letter in letters for code in range(sys.maxunicode + 1)
               if re.fullmatch(re.escape(letter), chr(code), re.IGNORECASE))
