"""Money: a case table of real clauses (corpus/, ../shared/corpus/union, the gold files) → amounts.

Each case is a clause copied from a source file (its id is the trailing comment), run
through the whole pipeline (``annotate``: dates, then money, then counts). Expected
facts follow GOLD.md and NOTES.md items 24 and 25: ``amount`` in the currency's unit
(Vietnamese "." between thousands, "," before decimals), a range gives one fact per
bound, a qualifier ("trên", "gần", "hơn", "khoảng") stays out of the amount. A case
whose items carry a third element also checks the qualifier field.

Cases marked ``xfail(strict=True)`` are ones the extractor gets wrong by GOLD.md; the
reason names the rule that would fix them.
"""

from __future__ import annotations

from collections import Counter

import pytest

from unionfacts.extract.base import facts_of
from conftest import SEED_PUBLISHED, UNDATED, annotated, qualifier_key, without_marks



def money_in(text: str, published: str | None, with_qualifier: bool) -> Counter:
    facts = facts_of(annotated(text, published), "money")
    if with_qualifier:
        return Counter((fact.amount, fact.currency, qualifier_key(fact.qualifier)) for fact in facts)
    return Counter((fact.amount, fact.currency) for fact in facts)




MONEY = [
    # --- scale words: tỷ / tỉ / triệu / nghìn / ngàn -----------------------------------------
    ("Trong quý III năm 2021, số tiền hỗ trợ cho đoàn viên, CNVCLĐ và các hoạt động phòng, chống Covid-19 "
     "là 70 tỷ đồng.", SEED_PUBLISHED, [(70_000_000_000, "VND")]),  # seed-000
    ("trong đó thu ngân sách toàn thành phố đạt 12.326 tỷ đồng; An sinh xã hội; quốc phòng - an ninh được đảm bảo",
     SEED_PUBLISHED, [(12_326_000_000_000, "VND")]),  # seed-003
    ("công ty đã có 25 công nhân được nhận hỗ trợ từ LĐLĐ TP, mỗi suất quà trị giá 1 triệu đồng",
     UNDATED, [(1_000_000, "VND")]),  # baomoi-007
    ("5 công nhân được nhận quà hỗ trợ của Công đoàn Dệt May Hà Nội, mỗi suất trị giá 500 nghìn đồng",
     UNDATED, [(500_000, "VND")]),  # baomoi-007
    ("bữa nào thuận lợi thì kiếm được khoảng 100 ngàn đồng phụ thêm tiền chợ”, anh Kiệt cười hiền.",
     UNDATED, [(100_000, "VND", "khoảng")]),  # baomoi-060
    ("Ủy ban Thường vụ Quốc hội đã bố trí 1.062 tỉ đồng bổ sung cho Ngân hàng Chính sách xã hội",
     UNDATED, [(1_062_000_000_000, "VND")]),  # baomoi-061
    ("LĐLĐ tỉnh Bà Rịa - Vũng Tàu: Trao 765 triệu đồng cho người lao động khó khăn",
     UNDATED, [(765_000_000, "VND")]),  # baomoi-014
    ("trao 100 phần quà cho CNLĐ vệ sinh, nhân viên y tế làm việc trong đêm giao thừa với tổng trị giá 20 triệu đồng.",
     UNDATED, [(20_000_000, "VND")]),  # baomoi-014
    ("trao 2.152 suất quà cho CNVCLĐ có hoàn cảnh khó khăn với tổng số tiền 931,4 triệu đồng",
     UNDATED, [(931_400_000, "VND")]),  # baomoi-014
    ("Làm sao để mỗi tháng công nhân góp 2 triệu đồng thì mới mua được”.", UNDATED, [(2_000_000, "VND")]),  # baomoi-016
    ("chị Phương đành phải vay nóng 60 triệu đồng ứng viện phí mổ tim cho con.",
     UNDATED, [(60_000_000, "VND")]),  # baomoi-060
    ("vùng 3 tăng 2,9 triệu đồng (tăng 200 nghìn đồng); vùng 4 là 2,58 triệu đồng (tăng 180 nghìn đồng).",
     UNDATED, [(2_900_000, "VND"), (200_000, "VND"), (2_580_000, "VND"), (180_000, "VND")]),  # baomoi-058
    # --- Vietnamese number format without a scale word ---------------------------------------
    ("năm 2016 là 6.324.000 đồng/người/tháng, tăng 4,15% so với năm 2015.",
     UNDATED, [(6_324_000, "VND")]),  # baomoi-011
    ("tất cả CN đã nhận được lì xì (250.000 đồng/người) từ ban giám đốc.", UNDATED, [(250_000, "VND")]),  # baomoi-005
    ("đăng kí mua mỗi tháng 10kg thịt lợn hơi tương đương với 300.000 đồng.",
     UNDATED, [(300_000, "VND")]),  # baomoi-042
    ("đăng kí mua ít nhất 10kg lợn hơi/ tháng/người theo giá lợn hơi tối thiểu 30.000 đồng/kg.",
     UNDATED, [(30_000, "VND")]),  # baomoi-043
    ("tháo gỡ khó khăn để TP giao đất 0 đồng, tập hợp các nhà cung cấp vật liệu xây dựng",
     UNDATED, [(0, "VND")]),  # baomoi-016
    # --- qualifiers: trên / gần / hơn / khoảng stay out of the amount ---------------------------
    ("có trên 24 ngàn sáng kiến, làm lợi trên 178 tỷ đồng, thực hiện 114 công đoàn cấp trên trực tiếp cơ sở "
     "kiểm tra tài chính cùng cấp", SEED_PUBLISHED, [(178_000_000_000, "VND", "trên")]),  # seed-002
    ("giúp 936 CN Công ty Keo Hwa Vina nhận lại số tiền trên 5,7 tỉ đồng.",
     UNDATED, [(5_700_000_000, "VND", "trên")]),  # baomoi-023
    ("hỗ trợ vé xe cho 50.000 công nhân (CN) về quê đón Tết với tổng số tiền gần 32 tỉ đồng.",
     UNDATED, [(32_000_000_000, "VND", "gần")]),  # baomoi-023
    ("tặng 642.000 phần quà cho CNVC-LĐ có hoàn cảnh khó khăn, bị bệnh hiểm nghèo, tổng kinh phí chăm lo "
     "trên 238 tỉ đồng.", UNDATED, [(238_000_000_000, "VND", "trên")]),  # baomoi-023
    ("Tính đến cuối năm 2015 số nợ gần 10.000 tỷ đồng, tương đương với khoảng 4,88% của số phải thu.",
     UNDATED, [(10_000_000_000_000, "VND", "gần")]),  # baomoi-028
    ("tòa xử lý gần 4.000 vụ, đã thu hồi gần 9.800 tỷ đồng, qua đó người lao động được hưởng quyền lợi.",
     UNDATED, [(9_800_000_000_000, "VND", "gần")]),  # baomoi-028
    ("Năm 2016, đã có trên 590 đề tài, sáng kiến kinh nghiệm của CNVCLĐ, làm lợi trên 10 tỉ đồng được các cấp, "
     "các ngành công nhận.", UNDATED, [(10_000_000_000, "VND", "trên")]),  # baomoi-009
    ("Tôi đã làm ở đây được 7 năm rồi, mức lương cơ bản vào khoảng 4,7 triệu đồng.",
     UNDATED, [(4_700_000, "VND", "khoảng")]),  # baomoi-059
    ("người lao động cả nước đóng góp kinh phí khoảng 150 tỷ đồng để xây dựng.",
     UNDATED, [(150_000_000_000, "VND", "khoảng")]),  # baomoi-068
    ("“Nếu như trước đây, bữa ăn ca hơn 13.000 đồng.", UNDATED, [(13_000, "VND", "hơn")]),  # baomoi-010
    ("Doanh nghiệp TP Hồ Chí Minh nợ đọng bảo hiểm xã hội hơn 2.600 tỷ đồng",
     UNDATED, [(2_600_000_000_000, "VND", "hơn")]),  # baomoi-054
    ("Đơn cử như vụ kiện Cty CP Nahi (quận 3, TPHCM) nợ BHXH hơn 1,19 tỉ đồng.",
     UNDATED, [(1_190_000_000, "VND", "hơn")]),  # baomoi-055
    ("LĐLĐ tỉnh Quảng Trị: Trên 1 tỉ đồng hỗ trợ người lao động khó khăn", UNDATED, [(1_000_000_000, "VND", "trên")]),  # baomoi-011
    ("CĐCS phối hợp với chuyên môn tặng quà cho hàng nghìn CNVCLĐ có hoàn cảnh khó khăn trị giá gần 1 tỉ đồng.",
     UNDATED, [(1_000_000_000, "VND", "gần")]),  # baomoi-011
    ("quy định vấn đề trốn đóng, nợ đóng BHXH bị xử tù 7 năm và phạt tới 13 tỷ đồng.",
     UNDATED, [(13_000_000_000, "VND")]),  # baomoi-028
    ("các DN đang nợ BHXH lên tới 14.000 tỉ đồng, trong đó có đến 1.400 tỉ đồng nợ có khả năng mất",
     UNDATED, [(14_000_000_000_000, "VND"), (1_400_000_000_000, "VND")]),  # baomoi-055
    ("nếu như tại thời điểm cuối năm 2016, số nợ BHXH trong cả nước là 7.500 tỷ đồng, bằng khoảng 3,3% số phải thu",
     UNDATED, [(7_500_000_000_000, "VND")]),  # baomoi-031
    ("Đến cuối năm 2016 số nợ BHXH có giảm khoảng 7.500 tỷ đồng bằng khoảng 3,3% số phải thu.", UNDATED, [(7_500_000_000_000, "VND", "khoảng")]),  # baomoi-028
    # --- currencies: đồng, đ, USD --------------------------------------------------------------
    ("tổng trị giá trên 700 triệu đồng (300.000 - 500.000đ/suất).",
     UNDATED, [(700_000_000, "VND"), (300_000, "VND"), (500_000, "VND")]),  # baomoi-011
    ("trị giá khoảng 35.000 USD.", UNDATED, [(35_000, "USD", "khoảng")]),  # baomoi-012
    ("đơn vị phấn đấu đạt kim ngạch xuất khẩu hơn 23 triệu USD sang thị trường Hàn Quốc, Mỹ, Nhật Bản",
     UNDATED, [(23_000_000, "USD", "hơn")]),  # baomoi-012
    # --- ranges: one fact per bound ---------------------------------------------------------
    ("thu nhập bình quân của CNLĐ từ 3,5 - 3,7 triệu đồng/người/tháng.",
     UNDATED, [(3_500_000, "VND"), (3_700_000, "VND")]),  # baomoi-009
    ("đa số Cty cam kết bữa ăn ca của NLĐ từ 12.000 đến 15.000 đồng/bữa/NLĐ.",
     UNDATED, [(12_000, "VND"), (15_000, "VND")]),  # baomoi-009
    ("Tổng LĐLĐVN đề xuất mức tăng LTT vùng năm 2018 là 13,3% (tăng từ 370.000 - 450.000 đồng so với năm 2017).",
     UNDATED, [(370_000, "VND"), (450_000, "VND")]),  # baomoi-059
    ("Ở quê mình thì thịt rẻ 30.000 đồng/kg, chứ trên đây vẫn 70.000 - 80.000 đồng/kg như thường.",
     UNDATED, [(30_000, "VND"), (70_000, "VND"), (80_000, "VND")]),  # baomoi-059
    ("Ước tính đơn giá là 4-5 triệu đồng một m2.", UNDATED, [(4_000_000, "VND"), (5_000_000, "VND")]),  # baomoi-049
    ("Căn ở tầng cao thì 3-3,5 triệu đồng một m2.", UNDATED, [(3_000_000, "VND"), (3_500_000, "VND")]),  # baomoi-049
    ("Ví dụ một căn hộ 30 m2 gồm phòng khách, phòng ngủ, bếp, nhà vệ sinh… sẽ có giá từ 100 - 150 triệu đồng.",
     UNDATED, [(100_000_000, "VND"), (150_000_000, "VND")]),  # baomoi-049
    ("Bí thư Thăng: Xây nhà ở giá 5-6 triệu đồng/m2", UNDATED, [(5_000_000, "VND"), (6_000_000, "VND")]),  # baomoi-018
    ("phổ biến từ 50 - 100 nghìn đồng/người, (cao nhất là mức 500.000 đồng/người tại Công ty Dongah).",
     UNDATED, [(50_000, "VND"), (100_000, "VND"), (500_000, "VND")]),  # baomoi-011
    ("doanh nghiệp còn “lì xì” người lao động từ 200.000 - 400.000 đồng/người/ngày làm tết.",
     UNDATED, [(200_000, "VND"), (400_000, "VND")]),  # baomoi-012
    ("hai là 160.000 đồng - 220.000 đồng (6%) và 180.000 đồng - 250.000 đồng (6,8%).",
     UNDATED, [(160_000, "VND"), (220_000, "VND"), (180_000, "VND"), (250_000, "VND")]),  # baomoi-057
    ("lương tối thiểu vùng năm 2017 được chốt tăng 7,3% ( 180.000 - 250.000 đồng)",
     UNDATED, [(180_000, "VND"), (250_000, "VND")]),  # baomoi-057
    ("Tổng Liên đoàn Lao động Việt Nam đã đồng ý dành 700 - 800 tỷ đồng cùng với thành phố Hà Nội xây dựng "
     "khu nhà ở cho công nhân.", UNDATED, [(700_000_000_000, "VND"), (800_000_000_000, "VND")]),  # baomoi-034
    ("mức lương của anh mỗi tháng 9 - 10 triệu đồng, bây giờ chỉ được 5 - 6 triệu đồng nên cuộc sống rất chật vật.",
     UNDATED, [(9_000_000, "VND"), (10_000_000, "VND"), (5_000_000, "VND"), (6_000_000, "VND")]),  # baomoi-067
    # --- prices per unit ------------------------------------------------------------------------
    ("Bí thư Đinh La Thăng: 'Nhà ở xã hội gì 15 triệu đồng/mét vuông, công nhân nào mua nổi'",
     UNDATED, [(15_000_000, "VND")]),  # baomoi-016
    ("Sở Xây dựng TP nghiên cứu đi, giá khoảng 5 triệu đồng/m2 thôi, cao nhất là 6 triệu đồng/m2.",
     UNDATED, [(5_000_000, "VND", "khoảng"), (6_000_000, "VND", None)]),  # baomoi-016
    ("thay vì diện tích nhỏ hẹp và thiết kế chưa hợp lý như mô hình nhà ở xã hội giá 100 triệu đồng ở Bình Dương.",
     UNDATED, [(100_000_000, "VND")]),  # baomoi-018
    ("hiện nhiều khu nhà ở thương mại đang ế với giá khá thấp hơn 7 triệu đồng/m 2 , Sở Xây dựng cần rà soát",
     UNDATED, [(7_000_000, "VND")]),  # baomoi-018
    # --- bare "N triệu" is money after a money word (giá, lương, thu nhập, tiết kiệm, ...) -----
    ("cho công nhân vay ưu đãi trong 10 năm để mua nhà giá 100 - 200 triệu\".",
     UNDATED, [(100_000_000, "VND"), (200_000_000, "VND")]),  # baomoi-049
    ("\"Chúng tôi tính toán mỗi cặp vợ chồng mỗi tháng tiết kiệm 1,8 - 2 triệu thì 5-7 năm sẽ mua được nhà ở "
     "diện tích 30m2.", UNDATED, [(1_800_000, "VND"), (2_000_000, "VND")]),  # baomoi-049
    ("Căn hộ khép kín, sạch sẽ giá thuê chỉ 1,5 triệu/tháng.", UNDATED, [(1_500_000, "VND")]),  # baomoi-015
    ("Bí thư Thăng 'giật mình' với giá nhà xã hội 15 triệu/m2", UNDATED, [(15_000_000, "VND")]),  # baomoi-017
    ("Bí thư Đinh La Thăng: Giảm giá nhà ở xã hội còn 5-6 triệu/m2",
     UNDATED, [(5_000_000, "VND"), (6_000_000, "VND")]),  # baomoi-027
    ("Mỗi căn nhà sẽ có giá khoảng 400 triệu, trả dần trong vòng 20 năm, mỗi tháng khoảng 2 triệu thì vừa tầm tay "
     "người lao động TP.HCM.", UNDATED, [(400_000_000, "VND", "khoảng"), (2_000_000, "VND", "khoảng")]),  # baomoi-027
    ("Mỗi tháng, thu nhập của hai vợ chồng chỉ khoảng 10 triệu, chi tiêu tặn tiện còn lại gửi hết về nuôi con.",
     UNDATED, [(10_000_000, "VND", "khoảng")]),  # baomoi-060
    ("mức lương cơ bản vào khoảng 4,7 triệu đồng. Mỗi tháng tôi tăng ca, làm thêm 12 tiếng thì cũng được "
           "khoảng gần 7 triệu.", UNDATED, [(4_700_000, "VND"), (7_000_000, "VND")]),  # baomoi-059
    ("Ông Đinh La Thăng: 'Nhà xã hội 15 triệu mỗi m2 sao công nhân mua nổi'", UNDATED, [(15_000_000, "VND")]),  # baomoi-020
    ("Liên quan đến nhà ở 100 triệu ở Bình Dương, ông Thăng nhấn mạnh",
           UNDATED, [(100_000_000, "VND")]),  # baomoi-017
    ("giảm giá còn 13 triệu đồng/m 2 . 5 - 6 triệu/m 2 được không?", UNDATED, [(13_000_000, "VND"), (5_000_000, "VND"), (6_000_000, "VND")]),  # baomoi-027
    # --- not money ----------------------------------------------------------------------------
    ("Đại hội đã bầu 11 đồng chí vào Ban chấp hành Công đoàn khóa mới.", UNDATED, []),  # baomoi-065
    ("các đại biểu đã tiến hành bầu Ban Chấp hành Công đoàn lâm thời gồm 5 đồng chí", UNDATED, []),  # baomoi-030
    ("kết nạp mới trên 11 ngàn đoàn viên, thành lập mới 24 công đoàn cơ sở, có trên 24 ngàn sáng kiến",
     SEED_PUBLISHED, []),  # seed-002
    ("- Đến năm 2023 kết nạp 2 triệu đoàn viên; thành lập tổ chức cơ sở của CĐ ở 100% doanh nghiệp có "
     "25 công nhân lao động trở lên", SEED_PUBLISHED, []),  # seed-004
    ("đáp ứng nhu cầu thông tin của 10 triệu đoàn viên công đoàn và gần 20 triệu người lao động trên cả nước",
     UNDATED, []),  # baomoi-056
    ("hiện cả nước có 344 KCN, KCX với 2,7 triệu CN lao động.", UNDATED, []),  # baomoi-008
    ("TP chỉ có thể đáp ứng được 40.000 chỗ ở, tương đương xây mới 40 triệu m 2 , trung bình mỗi năm tăng "
     "8 triệu m 2 nhà ở”", UNDATED, []),  # baomoi-016
    ("Buổi đối thoại có sự tham dự của gần 1.000 CNLĐ, đại diện 15 vạn CNLĐ trong các KCN Hà Nội.",
     UNDATED, []),  # baomoi-035
    ("CĐCTVN đã tổ chức Hội nghị Ban Thường vụ mở rộng lần thứ 19, nhiệm kỳ 2018-2023.", SEED_PUBLISHED, []),  # seed-000
    ("Có những công ty đã thưởng Tết cho người lao động tới 4 tháng lương.", UNDATED, []),  # baomoi-006
    ("Dịp Tết Đinh Dậu, 100% CNLĐ của công ty đều được hưởng tháng lương thứ 13.", UNDATED, []),  # baomoi-007
    ("Tôi sinh năm 1967, hiện hưởng lương hệ số 4,4; đã có 9 năm làm công nhân in ofset tại Công ty In.",
     UNDATED, []),  # baomoi-046
    ("Nghị định số 100/2015/NĐ-CP của Chính phủ về phát triển và quản lý NƠXH", UNDATED, []),  # baomoi-008
    ("'Bắt' giáo viên mua 10kg thịt lợn: Yên cầu thu hồi ngay công văn", UNDATED, []),  # baomoi-043
    ("cũng được thực hiện đều khắp với nhiều hoạt động ý nghĩa và hàng nghìn phần quà được trao tặng",
     UNDATED, []),  # baomoi-014
]


@pytest.mark.parametrize(("text", "published", "expected"), MONEY)
def test_extract_money_reads_amounts_currencies_ranges_and_qualifiers(text, published, expected):
    with_qualifier = any(len(item) == 3 for item in expected)
    if with_qualifier:
        wanted = Counter((amount, currency, qualifier_key(rest[0] if rest else None)) for amount, currency, *rest in expected)
    else:
        wanted = Counter((amount, currency) for amount, currency in expected)
    assert money_in(text, published, with_qualifier) == wanted


@pytest.mark.parametrize(("text", "published", "expected"), without_marks(MONEY))
def test_extract_money_fact_text_is_the_body_slice(text, published, expected):
    doc = annotated(text, published)
    for fact in facts_of(doc, "money"):
        assert doc.text[fact.start:fact.end] == fact.text
        assert fact.bound in (None, "low", "high")


# Shapes the news writes, in sentences written for this table (not copied from articles):
# composed scale words, the decimal comma decided from the whole number, number words,
# currency symbols and codes on either side, both bounds of a range, shorthand.
MONEY_SHAPES = [
    ("Tỉnh đã chi 250 nghìn tỷ đồng cho hạ tầng giao thông.", [(250 * 10**12, "VND")]),
    ("Dự án cần thêm 7 nghìn tỷ đồng vốn đối ứng.", [(7 * 10**12, "VND")]),
    ("Ngân sách dành khoảng 2,5 nghìn tỷ đồng cho nhà ở xã hội.", [(2_500_000_000_000, "VND")]),
    ("Doanh nghiệp đã nộp 2,375 tỷ đồng tiền bảo hiểm.", [(2_375_000_000, "VND")]),
    ("Quỹ tặng mỗi em ba trăm nghìn đồng.", [(300_000, "VND")]),
    ("Công trình được đầu tư năm trăm triệu đồng.", [(500_000_000, "VND")]),
    ("Tổng cộng một trăm hai mươi triệu đồng đã được trao tận tay.", [(120_000_000, "VND")]),
    ("Công đoàn hỗ trợ ba triệu đồng cho mỗi gia đình.", [(3_000_000, "VND")]),
    ("Gói thầu có giá 2 tỷ rưỡi đồng.", [(2_500_000_000, "VND")]),
    ("Kinh phí là 2 tỷ 500 triệu đồng.", [(2_500_000_000, "VND")]),
    ("Hợp đồng trị giá 1,250,000 USD đã được ký.", [(1_250_000, "USD")]),
    ("Mỗi phần quà trị giá 500,000 đồng.", [(500_000, "VND")]),  # đồng has no thousandths
    ("Học phí một năm khoảng $2.500 cho mỗi học viên.", [(2_500, "USD")]),
    ("Chiếc áo này có giá 15$ ở chợ đêm.", [(15, "USD")]),
    ("Một bữa tối ở Paris tốn khoảng 30€.", [(30, "EUR")]),
    ("Vé tàu điện có giá £12 một chiều.", [(12, "GBP")]),
    ("Giá niêm yết của máy là 2.345.000₫.", [(2_345_000, "VND")]),
    ("Lệ phí là USD 50 cho mỗi bộ hồ sơ.", [(50, "USD")]),
    ("Rau sạch được bán với giá 30.000đ-80.000đ mỗi ký.", [(30_000, "VND"), (80_000, "VND")]),
    ("Tiền công được trả giữa 3.000 và 5.000 đồng mỗi sản phẩm.", [(3_000, "VND"), (5_000, "VND")]),
    ("Mức tăng đề xuất từ 130.000 đồng đến 180.000 đồng mỗi tháng.", [(130_000, "VND"), (180_000, "VND")]),
    ("Phương án hai tăng 160.000 đồng - 220.000 đồng.", [(160_000, "VND"), (220_000, "VND")]),
    ("Mỗi ca phẫu thuật có chi phí 120.000 đến 150.000 USD một ca.", [(120_000, "USD"), (150_000, "USD")]),
    ("Giá vé chỉ 200K cho sinh viên.", [(200_000, "VND")]),
    ("Lương tháng đầu của chị là 3tr.", [(3_000_000, "VND")]),
    ("Anh nhận mức thưởng 15 tr đồng.", [(15_000_000, "VND")]),
    ("Phòng trọ giá 1,2 triệu/tháng.", [(1_200_000, "VND")]),
    ("Ngân sách năm 2022 - 1,5 tỉ USD cho chương trình.", [(1_500_000_000, "USD")]),
    ("Anh mua căn hộ 2 tỷ ở ngoại thành.", [(2_000_000_000, "VND")]),  # the price of the goods before it
    ("Chi phí cả đợt vào khoảng hai đến ba triệu đồng.", [(2_000_000, "VND"), (3_000_000, "VND")]),
    ("Giá mỗi ký dao động khoảng 250-280.000 đồng.", [(250_000, "VND"), (280_000, "VND")]),
    ("Vé vào cổng từ 60 đến 80.000 đồng.", [(60_000, "VND"), (80_000, "VND")]),
    ("Mỗi suất từ 10.000 đồng đến 1 triệu đồng.", [(10_000, "VND"), (1_000_000, "VND")]),
    ("Phí đăng ký 0 - 0 đồng trong đợt này.", [(0, "VND"), (0, "VND")]),  # (a zero range once looped forever)
    ("Lương 200K một ngày.", [(200_000, "VND")]),  # "một ngày" is per day, not 200,001
    ("Giá 5 triệu một chiếc ở cửa hàng.", [(5_000_000, "VND")]),  # "triệu một" is no 5.1 million
    ("Tiền thưởng mỗi người là một triệu mốt.", [(1_100_000, "VND")]),
    ("Lương 1tr2 một tháng.", [(1_200_000, "VND")]),
    ("Món hàng 2.345.000₫ đã bán hết.", [(2_345_000, "VND")]),
    ("Chị được thưởng 5 Triệu Đồng.", [(5_000_000, "VND")]),
    ("THƯỞNG TẾT 5 TRIỆU ĐỒNG", [(5_000_000, "VND")]),
    ("Khoản vay 50 triệu Yên Nhật.", [(50_000_000, "JPY")]),
    ("Hợp đồng trị giá 3 triệu Euro.", [(3_000_000, "EUR")]),
    ("Hợp đồng trị giá 3 triệu đô la Mỹ.", [(3_000_000, "USD")]),
    ("Vốn điều lệ 100 tỷ VNĐ.", [(100_000_000_000, "VND")]),
    ("Quà trị giá 500 ngàn đồng.", [(500_000, "VND")]),
    ("Tổng vốn 2,5 tỉ đồng.", [(2_500_000_000, "VND")]),
    ("Giá vé từ 50 - 100 nghìn đồng.", [(50_000, "VND"), (100_000, "VND")]),
    ("Mức lương 5 – 7 triệu đồng.", [(5_000_000, "VND"), (7_000_000, "VND")]),
    ("Gói hỗ trợ 62 ngàn tỷ đồng.", [(62 * 10**12, "VND")]),
    # shorthand digits after the scale word: the next digits of the amount
    ("Giá chiếc máy chỉ 2 triệu 5.", [(2_500_000, "VND")]),
    ("Căn hộ được rao bán 1 tỷ 2.", [(1_200_000_000, "VND")]),
    ("Lương kỹ sư mới ra trường 8 triệu 500 một tháng.", [(8_500_000, "VND")]),
    ("Anh mua lô đất 1 tỷ 2 đồng.", [(1_200_000_000, "VND")]),
    ("Giá thuê 3 triệu 5/tháng.", [(3_500_000, "VND")]),
    ("Tài sản của ông hơn 1,2 nghìn tỷ.", [(1_200_000_000_000, "VND")]),
    ("Bão gây thiệt hại khoảng 300 triệu.", [(300_000_000, "VND")]),
    ("Doanh thu VND 500 triệu trong quý.", [(500_000_000, "VND")]),
    ("Hỗ trợ 05 triệu đồng cho mỗi hộ.", [(5_000_000, "VND")]),
    ("Đầu tư 1 000 000 đồng cho mỗi dự án.", [(1_000_000, "VND")]),  # thousands grouped by spaces
    ("Giá 2 500 USD một chiếc.", [(2_500, "USD")]),
    # --- not money ---------------------------------------------------------------------------
    ("Chồng chị chỉ kiếm được ba cọc ba đồng qua ngày.", []),
    ("Cậu bé thả một đồng xu vào ống.", []),
    ("Mọi người cần tuân thủ 5K trong phòng dịch.", []),
    ("Máy quay video 4K với màu sắc rực rỡ.", []),
    ("Trạm thu phí trên quốc lộ 1K đã dừng thu.", []),
    ("Đoàn có 632k lượt theo dõi trên mạng.", []),
    ("Tổng số nhà ở xã hội cả nước là 2 triệu.", []),  # the goods are not right before the number
    ("Đại hội đã bầu 11 đồng chí vào Ban Chấp hành.", []),
    ("Lúc 15h30, ông được nhận 2 triệu người theo dõi.", []),
    ("Ông là giám đốc ngân hàng 20 năm nay.", []),
    ("Tỉnh đón 2 triệu 5 đoàn khách.", []),  # digits before a noun are a number of their own
    ("Có 3 000 người tham gia.", []),  # no currency: no amount, and never the "000" alone as 0
    ("Công ty thu hút 3 triệu khách hàng.", []),
    # a sum below zero is a loss, never stored as the positive amount
    ("Lợi nhuận quý 4 của công ty âm 145 tỷ đồng.", []),
    ("Giá vàng điều chỉnh -200.000 đồng mỗi lượng.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_SHAPES)
def test_extract_money_reads_the_shapes_the_news_writes(text, expected):
    assert money_in(text, None, with_qualifier=False) == Counter(expected)
