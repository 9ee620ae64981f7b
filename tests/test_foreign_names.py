"""Foreign persons and their offices: sentences of our own in the shapes world and diplomatic
news write them (an office, the country it serves, the name; a form of address and a
surname; one name spelt two ways) and shapes that name nobody (a company after an office)."""

from __future__ import annotations

import pytest

from unionfacts import extract_facts
from unionfacts.normalize import fold_for_matching

CASES = [
    ("Ngoại trưởng Mỹ Antony Blinken hội đàm với Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn.",
     {("Antony Blinken", "Ngoại trưởng"), ("Bùi Thanh Sơn", "Bộ trưởng")}),
    ("Sáng 3/5, Thủ tướng Nhật Bản Kishida Fumio đã tiếp Chủ tịch Tổng LĐLĐ Việt Nam Nguyễn Đình Khang.",
     {("Kishida Fumio", "Thủ tướng"), ("Nguyễn Đình Khang", "Chủ tịch")}),
    ("Tổng Thư ký LHQ António Guterres kêu gọi các bên kiềm chế.", {("António Guterres", "Tổng Thư ký")}),
    ("Thủ tướng Lào Sonexay Siphandone dự lễ. Thủ tướng Lào Sonexay Siphandon phát biểu.",
     {("Sonexay Siphandone", "Thủ tướng")}),
    ("Ông Putin nói với báo giới rằng cuộc gặp có ích.", {("Putin", None)}),
    ("Người phát ngôn Nga Dmitry Peskov cho biết.", {("Dmitry Peskov", "Người phát ngôn")}),
    # an office before a company's name, or a single foreign word after an office, names nobody
    ("Chủ tịch Toyota Motor cho biết công ty sẽ mở rộng sản xuất.", set()),
    ("Giám đốc Heineken phát biểu tại lễ ký kết.", set()),
    ("Phó Chủ tịch LĐLĐ tỉnh Bình Dương dự lễ khánh thành nhà máy Nestlé.", set()),
]


def _persons(text: str) -> set[tuple[str, str | None]]:
    found = set()
    for person in extract_facts(text)["persons"]:
        titles = {role["title"] for role in person["roles"]} or {None}
        found |= {(person["name"], title) for title in titles}
    return found


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_foreign_names_with_their_offices(text, expected):
    fold = lambda pairs: {(fold_for_matching(n), t and fold_for_matching(t)) for n, t in pairs}  # noqa: E731
    assert fold(_persons(text)) == fold(expected)


# Names of words no Vietnamese name is made of, cued by what stands around them: an office and its
# body in Vietnamese words, a foreign country, a rank, an office after a comma; hyphen chains and
# initials; a back-reference by the first word. Each as (name, title, organization).
STRONG_CASES = [
    ("Chủ tịch Thượng viện Carla Brennan chủ trì phiên họp.", {("Carla Brennan", "Chủ tịch", "Thượng viện")}),
    ("Buổi lễ có Chánh án Tòa án Hiến pháp Dieter Hollmann tham dự.",
     {("Dieter Hollmann", "Chánh án", "Tòa án Hiến pháp")}),
    ("Giám đốc Cơ quan Tình báo Trung ương (CIA) Walter Brooks đã tới Seoul.",
     {("Walter Brooks", "Giám đốc", "Cơ quan Tình báo Trung ương Mỹ")}),
    ("Bộ trưởng Năng lượng Gareth Holloway phát biểu tại diễn đàn.",
     {("Gareth Holloway", "Bộ trưởng", None)}),
    ("Giám đốc Tình báo Quốc gia Miriam Castell từ chối bình luận.", {("Miriam Castell", "Giám đốc", None)}),
    ("Trung tướng Robert J. Havelock thăm đơn vị.", {("Robert J. Havelock", None, None)}),
    ("Thủ tướng Thái Lan Somchai Phong-a-rat tuyên bố. Ông Somchai cho biết sẽ xem xét.",
     {("Somchai Phong-a-rat", "Thủ tướng", None)}),
    ("Cuộc gặp với người đồng cấp Pháp Pierre Marchand diễn ra tốt đẹp.", {("Pierre Marchand", None, None)}),
    ("Wiroj Saengthong, phát ngôn viên của chính phủ, cho biết số ca nhiễm giảm.",
     {("Wiroj Saengthong", "phát ngôn viên", None)}),
    ("Tổng thống Hàn Quốc Park Ji-hoon nói chuyện qua điện thoại. Ông Park cảm ơn các nước.",
     {("Park Ji-hoon", "Tổng thống", None)}),
    ("Người phát ngôn Điện Kremlin Oleg Varenikov bác bỏ thông tin.", {("Oleg Varenikov", "Người phát ngôn", "Điện Kremlin")}),
    ("Nhà lãnh đạo Triều Tiên Kim Yong-chol thị sát nhà máy.", {("Kim Yong-chol", None, None)}),
    ("Ông Choi Min Jae, Giám đốc Công ty Hana Vina, cho biết đơn hàng tăng.",
     {("Choi Min Jae", "Giám đốc", "Công ty Hana Vina")}),
    ("Bà Kim Thị Hoa và ông Lee Sang-hoon dự lễ.", {("Kim Thị Hoa", None, None), ("Lee Sang-hoon", None, None)}),
    ("Bộ trưởng Quốc phòng Tây Ban Nha Lucía Méndez Ortega phát biểu.",
     {("Lucía Méndez Ortega", "Bộ trưởng", "Bộ Quốc phòng Tây Ban Nha")}),
    ("Thủ tướng Mahbub Anwar Rahman tiếp đoàn.", {("Mahbub Anwar Rahman", "Thủ tướng", None)}),
    # the one word between a company's office and the name is the company, as written (GOLD.md)
    ("Giám đốc điều hành Netflix Gregory Hale và Giám đốc điều hành Oracle Janet Pruitt dự họp.",
     {("Gregory Hale", "Giám đốc điều hành", "Netflix"), ("Janet Pruitt", "Giám đốc điều hành", "Oracle")}),
    ("Theo giáo sư Hiroko Nakata của Đại học Osaka, số ca bệnh sẽ giảm.", {("Hiroko Nakata", None, None)}),
    ("Ông cho rằng cựu chủ tịch Liên đoàn các câu lạc bộ châu Âu Matteo Rinaldi đã sai.",
     {("Matteo Rinaldi", "Chủ tịch", "Liên đoàn các câu lạc bộ châu Âu")}),
    ("Sau đó, người phát ngôn Nhà Trắng Sean Whitfield, phó phát ngôn viên Laura Beckett đều im lặng.",
     {("Sean Whitfield", "Người phát ngôn", "Nhà Trắng"), ("Laura Beckett", "Phó Phát ngôn viên", None)}),
    ("Dự lễ có Đệ nhất phu nhân Helen Carver và tỷ phú Marcus Whitley.",
     {("Helen Carver", None, None), ("Marcus Whitley", None, None)}),
    ("Ông từng thắng ứng viên đảng Cộng hòa Gordon Ashby năm 2012.", {("Gordon Ashby", None, None)}),
    ("Đội bóng bám đuổi hai đối thủ Sporting Braga và Vitoria Setubal.", set()),
    ("Sáng nay, ban lãnh đạo Olympique Marseille bổ nhiệm tân huấn luyện viên.", set()),
    ("Số người dùng Facebook Messenger tăng mạnh.", set()),
    ("Anh từng là cầu thủ Sporting Lisbon trước khi giải nghệ.", set()),
    # precision: a body named after someone, a place after a preposition, the object of "của",
    # a company after an office, a sentence's first words
    ("Giám đốc Trung tâm nghiên cứu chính sách Winston Churchill phát biểu.", set()),
    ("Tổng lãnh sự quán Nga ở San Diego đóng cửa.", set()),
    ("Đặc phái viên của Tổng thống Mỹ về Thương mại Ashley Crane tới Hà Nội.", {("Ashley Crane", None, None)}),
    ("Chủ tịch Hội đồng quản trị Vietjet cho biết hãng sẽ mở đường bay.", set()),
    ("Phó Chủ tịch Tập đoàn Samsung Electronics dự lễ.", set()),
    ("Tạp chí Mỹ Harbor Review cho rằng chính sách mới sẽ thất bại.", set()),
    ("Theo tờ Evening Courier, Chủ tịch câu lạc bộ đang rất vui.", set()),
    ("Bộ trưởng Nguyễn Văn Thắng đến Los Angeles sáng nay.", {("Nguyễn Văn Thắng", "Bộ trưởng", None)}),
    ("Người phát ngôn chính quyền tỉnh Koh Kong cho biết.", set()),
    ("Ông làm nghiên cứu sinh tại ĐH Saint Andrews năm 1990.", set()),
    ("Theo ông H. Khi đó tình hình đã ổn định.", set()),
    ("Hợp đồng thuộc về tập đoàn quốc phòng Mỹ Northrop Harlan.", set()),
    ("Theo Paul Whitmore, Giám đốc điều hành Harwick Capital Markets, lãi suất sẽ tăng.",
     {("Paul Whitmore", "Giám đốc điều hành", "Harwick Capital Markets")}),
    ("Ông là chủ tịch của Messaging Deep Space International.", set()),
    ("Theo The Monitor, Tổng thống Donald Trump sắp thay nội các.", {("Donald Trump", "Tổng thống", None)}),
    # a rank with its field before the name; a person's noun and a few lower-case words before it
    ("Giáo sư sử học Laurent Dubreuil tại Đại học Lyon giải thích nguồn gốc phong trào.", {("Laurent Dubreuil", None, None)}),
    ("Tờ báo sa thải biên tập viên điều tra Rupert Kellman vì bài viết sai.", {("Rupert Kellman", None, None)}),
    ("Tòa tuyên án vắng mặt người đứng đầu tình báo Hàn Quốc Choi Dong-wook.", {("Choi Dong-wook", None, None)}),
    ("Phát ngôn viên quân đội Idris Kabore nói trên truyền hình.", {("Idris Kabore", None, None)}),
    ("Một phát ngôn viên của Harbor Line Shipping cho biết tàu đã cập cảng.", set()),
    # a word before a full name the article also writes alone is no part of it (a country, a body)
    ("Tổng thống Chad Hissein Mahamat đã thăm tiền tuyến. Chiến dịch của Tổng thống Hissein Mahamat xác nhận.",
     {("Hissein Mahamat", "Tổng thống", None)}),
    # a full name written with no cue is the person's the article names by that family name alone;
    # two full names sharing it: the family name alone is the first written
    ("Cựu ngoại trưởng xuất hiện cùng Howard Kessler ở Ohio. Sau đó, ông Kessler phát biểu trước cử tri.",
     {("Howard Kessler", None, None)}),
    ("Ông Kessler đi cùng Howard Kessler và cháu trai Peter Kessler. Ông Kessler cảm ơn cử tri.",
     {("Howard Kessler", None, None), ("Peter Kessler", None, None)}),
    ("Thượng nghị sĩ công kích người kế nhiệm Gordon Whitby ngay tại bang này.", {("Gordon Whitby", None, None)}),
    # a family name written again in another transliteration is the full name's
    ("Hãng tin xin lỗi ông Anthony Castellano, cố vấn của ứng viên. Về phần mình, ông Castellino nói bài báo sai.",
     {("Anthony Castellano", None, None)}),
    # the states of Africa and the Balkans are countries before a name too
    ("Tổng thống Gabon Omar Bongo Mba tiếp đoàn đại biểu.", {("Omar Bongo Mba", "Tổng thống", None)}),
    ("Thủ tướng Montenegro Dusko Markovic phát biểu tại hội nghị.", {("Dusko Markovic", "Thủ tướng", None)}),
    # a head of state's or government's office reads a family name written alone
    ("Theo Điện Kremlin, Tổng thống Medvedev sẽ tới Bắc Kinh vào tuần tới.", {("Medvedev", "Tổng thống", None)}),
    ("Khi được hỏi, cựu thủ tướng Abhisit không bình luận.", {("Abhisit", "Thủ tướng", None)}),
    ("Thống đốc Nevada cho biết bang sẽ mở cửa trở lại.", set()),
    # the short mention of a full name whose last word is also a Vietnamese syllable is that name
    ("Thủ tướng Anh Gordon Brown đã tới London. Ông Brown nói chính phủ sẽ hành động. Bà Thu cũng tới.",
     {("Gordon Brown", "Thủ tướng", None), ("Thu", None, None)}),
    ("Thủ tướng New Zealand Jacinda Ardern phát biểu. Sau đó, bà Ardern rời đi.", {("Jacinda Ardern", "Thủ tướng", None)}),
    # a place the article names after "ở" or "tại" is no part of the name an office and that place precede
    ("Dịch bùng phát ở Manila. Thị trưởng Manila Isko Moreno ra lệnh phong tỏa.", {("Isko Moreno", "Thị trưởng", None)}),
    ("Người dân tại Sydney lo ngại. Thủ hiến Sydney, Gladys Berejiklian, gia hạn lệnh cấm.",
     {("Gladys Berejiklian", "Thủ hiến", None)}),
    # … or after a city's or a state's head ("thủ đô", "thành phố", "bang")
    ("Khẩu trang là bắt buộc ở thủ đô Jakarta. Thống đốc Jakarta Anies Baswedan nhắc nhở người dân.",
     {("Anies Baswedan", "Thống đốc", None)}),
    ("Người dân bang Ohio đi bầu sớm. Thống đốc Ohio Mike DeWine kêu gọi giữ khoảng cách.",
     {("Mike DeWine", "Thống đốc", None)}),
    # Chinese names in Sino-Vietnamese: the family name written first is the short mention; a country's last
    # word before the name is no office ("Trung Quốc Vương …" holds no "Quốc vương")
    ("Ngoại trưởng Trung Quốc Vương Di Hoa đã hội đàm với người đồng cấp. Ông Vương nói hai bên sẽ hợp tác.",
     {("Vương Di Hoa", "Ngoại trưởng", None)}),
    ("Thủ tướng Trung Quốc Lý Tường Minh chủ trì phiên họp. Ông Lý nhấn mạnh cần mở cửa.",
     {("Lý Tường Minh", "Thủ tướng", None)}),
    ("Chủ tịch Trung Quốc Tập Văn Đạt phát biểu. Theo ông Tập, hai nước cần đối thoại.",
     {("Tập Văn Đạt", "Chủ tịch", None)}),
    # a family name only Chinese persons bear opens a name of three syllables after a cue, whatever the segmenter cut
    ("Phu nhân Chủ tịch Tập Kiến Quân đã tới thăm trường.", {("Tập Kiến Quân", "Chủ tịch", None)}),
    ("Trong buổi gặp, ông Ôn Hải Phong nói về thương mại. Ông Ôn cảm ơn đoàn.", {("Ôn Hải Phong", None, None)}),
    ("Chủ tịch Tập Đoàn Dầu khí phát biểu.", set()),
    # a given name the article repeats is resolved first
    ("Ông Lê Văn Lý phát biểu. Ông Lý cho biết xã sẽ hoàn thành kế hoạch.", {("Lê Văn Lý", None, None)}),
    ("Quốc vương Thái Lan Maha Wachira đã tới dự lễ.", {("Maha Wachira", "Quốc vương", None)}),
    # an apposition after the name says it is a person's: a person's noun after "một", or an age
    ("“Giá nhà quá cao”, Tomas Reyes, một thợ điện ở Lima, nói với phóng viên.", {("Tomas Reyes", None, None)}),
    ("Gerald Whitcombe, một nhà phân tích thị trường, cho rằng giá dầu sẽ tăng.", {("Gerald Whitcombe", None, None)}),
    ("Marisol Quintero, 41 tuổi, kể lại chuyến đi.", {("Marisol Quintero", None, None)}),
    # an article before a rank or an office set off after the name ("một giáo sư", "một bác sĩ")
    ("Thật đáng lo ngại, Oskar Vaddeborg, một giáo sư về dịch tễ tại Đại học Uppsala, bình luận.",
     {("Oskar Vaddeborg", None, None)}),
    ("Priyanka Dharwal, một bác sĩ ở Mumbai, kể lại ca trực đêm.", {("Priyanka Dharwal", None, None)}),
    # … which also cues a name whose family name looks like a Vietnamese syllable ("Khan", "Meng"), never a
    # Vietnamese word opening the sentence before a name
    ("Rahmat Khan, một người dân ở Peshawar, kể lại trận lũ.", {("Rahmat Khan", None, None)}),
    # a candidate is a person's noun in either form ("ứng viên", "ứng cử viên")
    ("Nhiều cử tri trẻ ủng hộ ứng cử viên Gretchen Whitmore.", {("Gretchen Whitmore", None, None)}),
    ("Theo Oskar Vaddeborg, một nhà nghiên cứu ở Uppsala, dịch sẽ giảm.", {("Oskar Vaddeborg", None, None)}),
    # (a group's leader holds the office "Thủ lĩnh", titles.tsv; the group named by no name has no body)
    ("Lễ tưởng niệm Rashid Mirza, thủ lĩnh một nhóm vũ trang, diễn ra lặng lẽ.", {("Rashid Mirza", "Thủ lĩnh", None)}),
    # … not "người" alone, which points back to the person named before the body
    ("Người phản đối là Hector Valdes, chủ tịch CLB Atletico Norte, người sẽ điều hành giải mới.",
     {("Hector Valdes", "Chủ tịch", None)}),
    # kin and aides are named after the noun alone (a private aide's office is one, as the blind gold of h8 writes
    # "trợ lý riêng"); a stop glued to the name opens a sentence
    ("Ông dựa vào con rể Dominic Ashworth và trợ lý riêng Colin Pratt.",
     {("Dominic Ashworth", None, None), ("Colin Pratt", "Trợ lý riêng", None)}),
    ("Họ phản đối quyết định đó.Victor Hallam, một chuyên gia luật, nói vậy. Ông Hallam nói thêm.",
     {("Victor Hallam", None, None)}),
    # three syllables romanized with no tone marks after a form of address, no Vietnamese family name first
    ("Bà Teo Swee Lin và ông Lim Boon Heng dự lễ.", {("Teo Swee Lin", None, None), ("Lim Boon Heng", None, None)}),
    # a country's ministry keeps its country before its spokesperson's name
    ("Người phát ngôn Bộ Ngoại giao Nga Irina Volkova cho biết.",
     {("Irina Volkova", "Người phát ngôn", "Bộ Ngoại giao Nga")}),
    # a Western given name before a Chinese family name that looks like a Vietnamese syllable
    ("Kevin Hu, Chủ tịch luân phiên của Huawei, phát biểu khai mạc.", {("Kevin Hu", "Chủ tịch luân phiên", "Huawei")}),
    ("Theo Daniel Li, Phó Chủ tịch của Alibaba, doanh thu đã tăng.", {("Daniel Li", "Phó Chủ tịch", "Alibaba")}),
    # an office set off by a spaced dash after the name, its unit placed by "tại" the workplace
    ("Marcus Olsen - Giám đốc pháp lý tại Spotify cho rằng đây là bước đầu.",
     {("Marcus Olsen", "Giám đốc pháp lý", None)}),
    ("Peter Holm - giám đốc tài chính của Ericsson nói rằng lợi nhuận đã tăng.",
     {("Peter Holm", "Giám đốc tài chính", None)}),
    # a Western given name that looks like a Vietnamese syllable before a family name; a Chinese family name first
    ("Giám đốc điều hành Amazon Jeff Bezos, Giám đốc điều hành Apple Tim Cook và Giám đốc điều hành Meta Mark "
     "Zuckerberg điều trần.", {("Jeff Bezos", "Giám đốc điều hành", "Amazon"), ("Tim Cook", "Giám đốc điều hành", "Apple"),
                               ("Mark Zuckerberg", "Giám đốc điều hành", "Meta")}),
    ("Ông Li Mingjiang, giáo sư tại Singapore, nhận định.", {("Li Mingjiang", None, None)}),
    # a Vietnamese word at a sentence's start before a foreign word is no given name; a match score names nobody
    ("Theo Bloomberg, Chủ tịch Fed cho biết lãi suất giữ nguyên.", set()),
    ("Trận đấu Barcelona - Real Madrid diễn ra tối qua.", set()),
    # a common given name (given_names.tsv) opening two foreign words after an office and a body that closes
    # (a country, a state, a state's chamber, a portfolio after "phụ trách"), right after a lower-case office,
    # or as the next item of a list of persons; a Korean family name before a hyphenated given name
    ("Chủ tịch Ủy ban Quốc phòng Hội đồng Liên bang Nga Gennady Voronin phát biểu tại phiên họp.",
     {("Gennady Voronin", "Chủ tịch", "Ủy ban Quốc phòng Hội đồng Liên bang Nga")}),
    ("Ba Thượng nghị sỹ bang Nevada Walter Hensley và Carol Dempsey đã phản đối dự luật.",
     {("Walter Hensley", "Thượng nghị sỹ", None), ("Carol Dempsey", "Thượng nghị sỹ", None)}),
    ("Phó Chủ tịch Hiệp hội Ô tô Mỹ phụ trách thị trường châu Á Dennis Whitford cho biết doanh số tăng.",
     {("Dennis Whitford", "Phó Chủ tịch", "Hiệp hội Ô tô Mỹ")}),
    ("Theo lãnh đạo phe Cộng hòa tại Thượng viện Howard Kessler, dự luật sẽ bị bác.", {("Howard Kessler", None, None)}),
    ("Sáng nay, thẩm phán Gregory Malone đã hoãn phiên xử.", {("Gregory Malone", "Thẩm phán", None)}),
    ("Trong khi đó, giám đốc truyền thông Kevin Ashford không có mặt tại văn phòng.",
     {("Kevin Ashford", "Giám đốc truyền thông", None)}),
    ("Con trai của cố Chủ tịch Park Sung-ho thừa kế cổ phần.", {("Park Sung-ho", "Chủ tịch", None)}),
    ("Đội được HLV Dương Văn Phú và 2 chuyên gia y tế Trần Quốc Bảo, Miguel Ferreira hỗ trợ.",
     {("Dương Văn Phú", "Huấn luyện viên", None), ("Trần Quốc Bảo", None, None), ("Miguel Ferreira", None, None)}),
    # unmarked romanized names: a Vietnamese family name inside one is no name's first word; four words after a state's office
    ("Bộ trưởng Y tế sẽ thay cho ông Tan Kim Leng trong vai trò mới.", {("Tan Kim Leng", None, None)}),
    ("Phái đoàn gặp Cố vấn Nhà nước Tin Aung Myo Sein tại thủ đô.", {("Tin Aung Myo Sein", "Cố vấn Nhà nước", None)}),
    # … no given name's evidence over a body named after someone, a group's noun, a preposition, a bare head, a team
    ("Ông là Giám đốc Trung tâm nghiên cứu tự do Margaret Holloway.", set()),
    ("Chủ tịch tập đoàn Morgan Stanley cho biết lợi nhuận tăng.", set()),
    ("Cô còn là đại sứ thương hiệu của Michael Kors từ năm ngoái.", set()),
    ("Hiệu trưởng Đại học George Mason phát biểu khai giảng.", set()),
    ("Các cầu thủ Crystal Palace liên tục phạm lỗi.", set()),
    # … before "là" and an office or a person's noun; after a body ending in an acronym, which the body's name stops at
    ("Ông cho biết Gordon Ashby sẽ là Tổng Thư ký mới của văn phòng.", {("Gordon Ashby", "Tổng Thư ký", None)}),
    ("Ngoài ra, Rachel Durand sẽ là cố vấn đặc biệt của tổng thống.", {("Rachel Durand", None, None)}),
    ("Tờ báo có bản báo cáo của cựu Chủ tịch Ủy ban Kỷ luật UEFA Stanley Whitmore về vụ việc.",
     {("Stanley Whitmore", "Chủ tịch", "Ủy ban Kỷ luật UEFA")}),
    # the agent of a passive gives the office, the subject holds it
    ("Năm 2015, ông Felipe Arranz được Chủ tịch Mario Castellano cất nhắc làm Phó Chủ tịch Hội đồng Bộ trưởng.",
     {("Felipe Arranz", "Phó Chủ tịch", "Hội đồng Bộ trưởng"), ("Mario Castellano", "Chủ tịch", None)}),
    ("Năm 2012, ông Nguyễn Văn Hải được Thủ tướng Trần Văn Bình bổ nhiệm làm Thứ trưởng Bộ Công Thương.",
     {("Nguyễn Văn Hải", "Thứ trưởng", "Bộ Công Thương"), ("Trần Văn Bình", "Thủ tướng", None)}),
]


def _roles(text: str) -> set[tuple[str, str | None, str | None]]:
    found = set()
    for person in extract_facts(text)["persons"]:
        roles = {(role["title"], role["organization"]) for role in person["roles"]} or {(None, None)}
        found |= {(person["name"], title, body) for title, body in roles}
    return found


@pytest.mark.parametrize(("text", "expected"), STRONG_CASES)
def test_foreign_names_strongly_foreign_with_their_bodies(text, expected):
    fold = lambda rows: {tuple(v and fold_for_matching(v) for v in row) for row in rows}  # noqa: E731
    assert fold(_roles(text)) == fold(expected)
