import Testing
@testable import AlertpressCore

/// The fifty-ninth session's privacy review (fixed in the sixtieth): home addresses published with no error because no postcode
/// followed them, or because a word other than 家住 said whose home it was.
@Suite("Home addresses")
struct AddressTests {
    @Test("a home after the words for where someone lives, or with a postcode of another country, is found", arguments: [
        "Her home address is 14 Acacia Avenue, Leeds.", "Home address: 14 Acacia Avenue, Leeds", "She lives at 1234 Elm Street, Springfield.",
        "She lives at 14 Acacia Avenue.", "She lived at 14 Acacia Avenue for years.", "The courier collected the gold bars from her home at 1234 Elm Street.",
        "Margaret Thompson, of 14 Acacia Avenue, Leeds, lost £4,000.", "She lives in flat 5 at 12 High Street, Bristol.",
        "She lives at flat 5, 12 high street, bristol.", "She lives at Room 1203, Building 2, No. 5 Yulin North Road, Chengdu.",
        "She lives at 5 Yulin North Road, Building 2, Unit 3, Room 402.", "She lives at 500 Main Street #12, Boston, MA 02115.",
        "Reach her at 14, Acacia Avenue, Leeds LS6 2QT.", "Mail went to 500 W. Main St., Boston, MA 02115.",
        "Mail went to 500 Main Street, Boston, Massachusetts 02115.", "Mail went to 14 Acacia Grove, Leeds LS6 2QT.",
        "Mail went to 14 The Green, Leeds LS6 2QT.", "Mail went to 14 Acacia Avenue, Sydney NSW 2000.",
        "Mail went to 14 Acacia Avenue, Toronto, ON M5V 2T6.",
        "骗子来到陈女士位于武侯区玉林北路5号的家中取走现金。", "受害人家位于新都区大丰街道蓉北路一段188号。", "她住锦江区书院街32号。",
        "陈女士住白云村3组15号。", "受害人住成都市青羊区草市街道金河路23号4-2-301", "報案人陳女士，住台北市大安區復興南路一段100號5樓。",
        "受害人暂住武侯区玉林北路5号。", "陈女士身份证上的地址是玉林北路5号。", "陈女士住在朝阳区望京花园A座1203。",
        "陳女士住在新界沙田禾輋邨豐和樓1203室。", "陳女士住在沙田第一城12座18樓F室。",
        // A 住 or 家在 that says nothing of where someone lives leaves the flat after it to the other patterns.
        "民警稳住他后来到8栋1203室。", "卖家在光谷花园3栋2单元501室。",
        // The sixty-first session: homes named by their words, labels, verbs and numbers the first rules left out.
        "她在幸福路12号的家中接到电话。", "骗子来到她在幸福路12号的出租屋。", "陈女士在其位于幸福路12号3栋的家中被骗。",
        "陈女士的住宅位于幸福路12号。", "陈女士的寓所位于幸福路12号。", "陈女士的住处在幸福路12号3栋。", "陈女士的地址是幸福路12号。",
        "陈女士的家庭地址：幸福路12号。", "常住地址：幸福路12号。", "陈女士常住幸福路12号。", "陈女士长期居住于幸福路12号。", "陈女士现居幸福路12号。",
        "陳女士居於太古城12座15樓A室。", "陈女士的家位于幸福路12号。", "陈女士老家在幸福村12号。", "陳女士通訊地址：台北市信義路五段7號。",
        "骗子稳住陈女士后得知她住在幸福路12号。", "陈女士家住人民路８８号。", "陈女士家住幸福路12 号。",
        "She moved to 14 Acacia Avenue, Leeds.", "…from her residence at 14 Acacia Avenue.", "…a taxi to her house at 14 Acacia Avenue.",
        "The fake courier went to her home, 14 Acacia Avenue, Leeds.", "Her home was 14 Acacia Avenue, Leeds.", "Address: 14 Acacia Avenue, Leeds.",
        "Her address, 14 Acacia Avenue, was on the fake form.", "She lives at number 14 Acacia Avenue.", "She lives at 14-16 Acacia Avenue.",
        "Her home, 14B Acacia Avenue, Leeds LS6 2QT, was visited twice.", "She lives at 14 Acacia Gate, Leeds.",
        // The sixty-third session: a Singapore flat's block after the words for where someone lives.
        "The victim lives at Blk 123 Ang Mo Kio Ave 3 #05-67.", "She lives at Block 45 Jurong West Street 42.",
    ])
    func found(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.address], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("offices' addresses, what someone remembers and numbers near words of living pass", arguments: [
        "请记住派出所地址新华路218号。", "民警稳住嫌疑人后赶到新华路218号。", "反诈中心位于新华路218号，市民可前往咨询。",
        "派出所位于解放大道1688号的办公楼内。", "住建局位于建设路5号。", "He stayed in 3 hotels on the way to the border.",
        "The scam hit 5 Main Street shops, of 12 on the road.", "She lives in Leeds and lost 4,000 pounds on 12 March.",
        "The fair was held at 5 Hyde Park, with 300 visitors.", "He lives at home with 2 children and a dog.",
        "Losses of 12 million, of 30 cases in the Park Road area.", "Write to the bank's fraud team at 1 Churchill Place, London E14 5HP.",
        "住院期间，她在3号病床接到电话。",
        // A second review (same session): shops and offices, a hotel, a permit.
        "一家位于人民路88号的手机店被查处。", "該商家位於人民路88號。", "骗子让她到位于人民路88号的家乐福门口等候。", "卖家在人民路88号发货。",
        "The bank's address is 1 Churchill Place, London.", "Lloyds Bank, of 25 Gresham Street, said it would refund her.",
        "He stayed at 12 Park Lane Hotel.", "办理暂住证请到人民路88号派出所。", "The delivery was due at 14 Acacia Avenue.",
        // The sixty-first session: an office's address, a firm's, a shop's, and a hotel named after its number.
        "反诈中心的地址是人民路88号。", "位于人民路88号的家乐福门口设有宣传点。", "The firm's registered address, 71 Shelton Street, is used by many.",
        "The company moved to 25 Canada Square, London.", "She bought the gift cards at the CVS Pharmacy at 1234 Main Street, Springfield, IL 62701.",
        "She came home, 14 days later, to find the letter.", "常住人口12万，流动人口3万。",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    /// The pre-check decides which patterns run: on random texts of addresses' pieces, running every pattern
    /// finds nothing more than running those the pre-check names.
    @Test("the addresses' pre-check hides no finding (6,000 random texts)")
    func precheckHidesNothing() {
        let pieces = ["住", "在", "家", "位于", "的家中", "玉林北路", "5号", "1203", "室", "A座", "18樓", "F室", "3-2-501", "暂住", "地址", "是", "，",
 " lives at ", " living at ", "home address: ", ", of ", "14", ", ", "Acacia Avenue", " high street", "flat 5 ", "Leeds LS6 2QT",
                      " MA 02115", "Room 501", "Building 2", "No. 5 ", "W. ", "#12", "她", "女士", " ", "5",
                      "的", "家中", "住处", "寓所", "居于", "现居", "常住", "老家在", "号", "3栋", "８８", "12 ", "14B ", "number ", "residence at ",
                      "moved to ", "Address: ", "home, ", "Acacia Gate", "14-16 ", "稳住", "Blk ", "Block ", "Ang Mo Kio Ave"]
        var checked = 0
        for text in seededTexts(6000, of: 7, from: pieces, seed: 60) {
            let (readable, columns) = PersonalDataScanner.readable(text)
            let all = Addresses.findings(in: readable, columns: columns).map(\.column)
            #expect(all == Addresses.findings(in: readable, columns: columns, forms: Addresses.forms(in: text)).map(\.column), "\(text)")
            if !all.isEmpty { checked += 1 }
        }
        #expect(checked > 100, "the random texts hold addresses: \(checked)")
    }
}

/// The same review: numbers whose label said whose they were, passed over for a comma, a grouping or a bank's name.
@Suite("Numbers after their labels")
struct LabelledNumberTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("a QQ number in groups, an SSN after a comma, a card after its bank's name or \"card number\" are found", arguments: [
        ("陈女士的QQ号码为284 756 193。", Kind.chatAccount), ("陈女士的QQ号码为284-756-193。", .chatAccount),
        ("Her Social Security number, 536 22 1234, was used.", .nationalID), ("Her SSN, 536 22 1234, was stolen.", .nationalID),
        ("Her card number 4111 1111 1111 1112 was charged.", .card), ("她的建行卡6217003810001234567被盗刷。", .card),
        ("陈女士的工资卡6217003810001234567", .card),
    ])
    func found(_ line: String, _ kind: Kind) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [kind], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("counts after QQ and a card's tail pass", arguments: [
        "QQ群 200 人，微信群 300 人。", "Her card number ended in 1112.", "建行卡尾号1234被盗刷。",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }
}

/// The sixty-second session's privacy review: a name with a year of birth passed; a pseudonym with an age, a defendant, a
/// stay at a hospital or a hotel, an advice office's address and a record 生成 on a date were errors; and the masks offered
/// for an address hid the numerals of 四川 and 北京.
@Suite("Names, pseudonyms and stays")
struct NamesAndStaysTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("a chat account after QQ's, WeChat's or Telegram's nicknames is found; a flight, a QQ group's count and Q&A pass", arguments: [
        ("受害人的扣扣号2847561930被盗。", true), ("她的Q号2847561930被骗子加为好友。", true), ("她的TG号chenxm88被拉进群。", true),
        ("她用飞机号@chenxm88和对方联系。", true), ("她的V信号lily0612被冒用。", true), ("她的薇信号lily0612被冒用。", true),
        ("Her WeChat is lily_chen88, police said.", true), ("受害人wx: lily_chen88。", true),
        ("她乘坐飞机CA1234返回。", false), ("她的QQ群200人。", false), ("我们的Q&A环节。", false), ("飞机：CA1234", false),
    ])
    func nicknamedAccounts(_ line: String, _ found: Bool) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == (found ? [.chatAccount] : []), "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a victim's three-character name after the word for one, before a verb or a mark, is found; prepositions, masks and titles pass", arguments: [
        ("受害人刘淑珍到派出所报案。", true), ("受害人刘淑珍称，对方自称民警。", true), ("事主陳大文向警方求助。", true), ("被害人：王子轩，男，在校大学生。", true),
        ("受害人向警方报案。", false), ("受害人曾多次向对方转账。", false), ("受害人王某某称其被骗。", false), ("受害人张先生到派出所报案。", false),
        ("受害人于是报警。", false), ("受害人家属称，老人已经转账。", false), ("受害人随即报警。", false), ("受害人李女士称被骗。", false),
        ("受害人陈桂芳（化名）到派出所报案。", false), ("受害人方面称，钱已转走。", false), ("受害人万余元被骗。", false),
    ])
    func victimNames(_ line: String, _ found: Bool) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == (found ? [.victimName] : []), "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a victim's full name with a year of birth is found", arguments: [
        "受害人刘淑珍（女，1947年出生）到派出所报案。", "受害人刘淑珍，女，汉族，1947年生，住成都市金牛区。", "陈桂芳女士（1954年生）接到电话。",
    ])
    func yearOfBirth(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.fullName], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a pseudonym, a defendant, a stay, an advice office and a record made on a date pass", arguments: [
        "72岁的陈桂芳（化名）接到了电话。", "72岁的退休教师陈桂芳（化名）接到了电话。", "45岁的李海燕（化名）是一名会计。",
        "受害人李海燕（化名，45岁）是一名会计。", "化名陈桂芳的72岁老人接到电话。", "72-year-old Margaret Thompson (not her real name) lost £40,000.",
        "Margaret Thompson, 72, (names have been changed) lost £40,000.", "被告人王建军（男，34岁）因诈骗罪被判处有期徒刑五年。",
        "受害人当时住在四川大学华西医院（国学巷37号）接受治疗。", "受害人出差期间住在如家酒店（春熙路88号）。",
        "Citizens Advice Leeds, at 31 Duncan Street, Leeds LS1 6DQ, offers free help.", "该订单于2025年3月7日生成。",
        "截图显示，该链接于2026年3月7日生成。", "受害人王某（1980年生）报案。", "受害人王芳，2025年3月被骗。",
        "收件人为反诈中心，地址：人民路88号。",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a home near a hospital is still a home; an address's mask keeps the numerals of place names", arguments: [
        ("她住在华西医院附近的幸福小区5栋302室。", "*栋***室"), ("她住在北京朝阳区望京花园A座1203。", "住在北京朝阳区望京花园A座****"),
        ("陈女士住在四川省成都市九眼桥路12号。", "住在四川省成都市九眼桥路**号"),
        // A parcel's addressee and where it went.
        ("收件人：陈女士，地址：成都市金牛区营门口路88号。", "收件人:陈女士,地址:成都市金牛区营门口路**号"),
        ("受害人邮寄地址：成都市金牛区营门口路88号。", "邮寄地址:成都市金牛区营门口路**号"),
    ])
    func homeMasks(_ line: String, _ masked: String) {
        let found = PersonalDataScanner.scan(line)
        #expect(found.map(\.kind) == [.address] && found.first?.masked == masked, "\(line): \(found)")
    }
}

/// The sixty-third session's privacy review: a victim's name in a table, after 被骗老人名叫, after the English word for a victim
/// with no age, or before what a victim lost; dates of birth in Chinese numerals, in the Republic's years or as "07-Mar-1954".
@Suite("Victims' names without an age, and dates of birth in other forms")
struct VictimNamesTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("a victim's name in a table, after 名叫 or 被骗 and the word for a person, after \"victim\" or before a loss is found", arguments: [
        ("| 受害人 | 刘淑珍 |", Kind.victimName), ("被骗老人名叫刘淑珍，先后七次转账。", .victimName), ("受骗群众：马玉兰", .victimName),
        ("報案人：梁嘉欣（事主本人）", .victimName), ("事主陳大文表示，對方自稱是入境處職員。", .victimName), ("被害人：吳淑芬", .victimName),
        ("The scammer called victim Doris Baker twice.", .victimName), ("| Victim | Jennifer Alvarez | Loss | US$61,000 |", .victimName),
        ("- Victim: Margaret O'Brien", .victimName), ("The victim, named Wang Fang, paid twice.", .victimName),
        ("Retired nurse Doris Baker lost £20,000 after the call.", .victimName), ("Margaret O'Sullivan was conned by a caller.", .victimName),
        ("Chen Guifang handed over S$15,000 in cash.", .victimName), ("| Name of victim | Harold Jenkins |", .victimName),
        ("Pensioner Doris Baker, 81, of Hull, lost £9,000.", .fullName),
    ])
    func found(_ line: String, _ kind: Kind) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [kind], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a body's name, a title, a place, a defendant, an amount after 被骗 and a verb after the word for a victim pass", arguments: [
        "Victim Support Scotland offers free help.", "The victim Mrs Chen reported it the same day.", "Victim Impact Statement read in court.",
        "The defendant, Ng Kai Lok, 34, was sentenced to 40 months.", "Hong Kong lost HK$7 billion to scams last year.", "the victim Hong Kong Police helped",
        "Victims Lee and Tan were both called.", "A victim's son, Daniel Ho, said she was devastated.", "The victim DBS Bank refunded was not named.",
        "被骗金额达5万元。", "被骗万余元，至今未追回。", "被骗老人马上报警。", "被骗人随即报警。", "被骗女子李某称其被骗。", "受害人张某表示，对方自称客服。",
        "受害人陆续转账十余次。", "Action Fraud was told about it.", "The police lost track of the money.",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a date of birth in Chinese numerals, in the Republic's years, with a month's name between dashes or after d.o.b. is found", arguments: [
        "受害人系一九五四年三月七日出生，目前独居。", "被害人民國43年3月7日生，平日靠子女寄來的生活費度日。", "受害人出生於一九五八年七月廿八日。",
        "該名婦人生於民國三十八年十月一日，育有三名子女。", "Victim DOB 07-Mar-1954, widowed, lives alone.",
        "The victim (d.o.b. 3rd February 1950) gave a statement.", "Date of birth of complainant: 12/04/1948", "Complainant's DOB given as 2 Feb 53.",
    ])
    func births(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.birthDate], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a year in Chinese numerals, an event's date and \"born\" with an age pass", arguments: [
        "该平台成立于二〇一九年三月。", "案件发生于二〇二五年三月七日。", "民國113年3月7日起實施新制。", "She was born 2 March, 12 years before the scam.",
    ])
    func notBirths(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }
}

/// The sixty-third session's privacy review: a Malaysian identity card and a British National Insurance number were published.
@Suite("Malaysian and British identity numbers")
struct MoreIdentityNumbersTests {
    @Test("a MyKad (a birth date and a place's code) and a National Insurance number are found, at their columns", arguments: [
        ("The victim's MyKad number 540307-10-5678 was used.", 27), ("Mangsa memberikan nombor kad pengenalan 620914-08-5123 kepada suspek.", 41),
        ("Her National Insurance number, JT 48 27 15 C, was later used.", 32), ("His NI number SN732061B was confirmed.", 15),
        ("He gave the caller his SSN (518 27 9034) believing it was Medicare.", 29),
        ("The victim had shared her Aadhaar number 4732 6185 0930 with the agent.", 42),
    ])
    func found(_ line: String, _ column: Int) {
        let found = PersonalDataScanner.scan(line)
        #expect(found.map(\.kind) == [.nationalID] && found.first?.column == column, "\(line): \(found)")
    }

    @Test("a date, an impossible birth date or place's code, a reserved prefix and a reference pass", arguments: [
        "The call came on 2025-03-07 at 10:15.", "Order 930230-10-5678 was cancelled.", "Part 540307-00-5678 is out of stock.",
        "Serial GB 12 34 56 A on the form.", "The parcel AB123456 was held.", "Ref. QQ 12 34 56 E was quoted.",
        "Her Aadhaar number 4732 6185 0935 was quoted.", "Aadhaar helpline 1947 is free.",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("an Aadhaar number's Verhoeff check: one worked out by hand and a digit changed")
    func aadhaarCheck() {
        #expect(RegionalNumbers.validAadhaar("234123412346"))
        #expect(!RegionalNumbers.validAadhaar("234123412347"))
        #expect(!RegionalNumbers.validAadhaar("23412341234"), "eleven digits")
    }

    @Test("a plate of any country after the word for one is found", arguments: [
        "The victim's Ford Fiesta, registration AB12 CDE, was sold.", "事主的私家車車牌 KT 8826 被騙走。",
        "被害人名下自小客車，車牌號碼 ABC-1234，遭詐團騙走。", "The victim's Honda, licence plate 7ABC123 (California), was photographed.",
        "Kereta mangsa bernombor pendaftaran WXY 1234 diserahkan.", "The SUV (plate SJF 8821 K) was towed away.",
    ])
    func plates(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.plate], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a company's registration number, a fee, a year and a plate's words with no plate pass", arguments: [
        "Company registration No. 201912345K belongs to the shell firm.", "The registration fee of $50 was paid.", "Registration opens 2025.",
        "The plate number was not seen.", "Her number plate was smashed.", "Registration A4 forms were sent.", "车牌识别系统拍下了画面。",
    ])
    func notPlates(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a bank account's number after the word for one is found", arguments: [
        "Her Lloyds account (sort code 30-94-57, account 41826375) was emptied.", "事主名下戶口 012-345-6-789012 被騙徒登入。",
        "The victim's DBS account 027-914385-2 was used.", "She gave her checking account number 483920175 to the caller.",
        "受害人的滙豐戶口 123-456789-838 被轉出三十萬。", "a/c no. 12345678 at Barclays",
    ])
    func bankAccounts(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.bankAccount], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("amounts, years, a short number and words between pass after the word for an account", arguments: [
        "The account 2024 report.", "转入账户50000元。", "账户余额12345678元。", "She moved 12345678 yuan into the safe account.",
        "The account number 12345678 yuan was quoted.", "The account, opened in 2019, held 12,345,678 yuan.", "账户里有20000000元。",
    ])
    func notBankAccounts(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }
}
