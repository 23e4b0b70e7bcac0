import Foundation
import Testing
@testable import AlertpressCore

/// Files that look unusual but are valid: each must check with no diagnostic at all.
@Suite("Valid but odd input")
struct ValidOddInputTests {
    @Test("CRLF line endings everywhere; line numbers still count lines")
    func crlf() throws {
        var tree = Tree()
        for (path, data) in Fixtures.base {
            tree.set(path, String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n"))
        }
        tree.set("cases/crlf.md", caseFile(["title: Windows editor", "date: 2024-03-01"],
                                           body: ["First line.", "", "He asked for the SMS code."]).replacingOccurrences(of: "\n", with: "\r\n"))
        let result = tree.check()
        expectClean(result)
        let item = try #require(result.enrichedCase("crlf"))
        #expect(item.entry.title == "Windows editor")
        #expect(item.tactics == ["verification-code"])
        #expect(item.evidence == [Evidence(id: "verification-code", phrase: "SMS code", line: 7, weight: 3)])
        #expect(!item.entry.searchText.text.contains("\r"))
    }

    /// A review (thirty-second session): the regions table counted "Wuhan,  Hubei", "Wuhan,Hubei"
    /// and a pasted no-break space apart, though the pages looked the same.
    @Test("a region written with odd white space or a comma without a space is one region", arguments: [
        "Wuhan, Hubei", "Wuhan,  Hubei", "Wuhan,Hubei", "Wuhan,\u{00A0}Hubei", " Wuhan, Hubei ", "Wuhan,\tHubei",
    ])
    func regionSpacing(_ region: String) throws {
        var tree = Tree()
        for (path, data) in Fixtures.base { tree.set(path, String(decoding: data, as: UTF8.self)) }
        tree.set("cases/odd-region.md", caseFile(["title: Odd region", "date: 2024-03-01", "region: \"\(region)\""], body: ["Body."]))
        let result = tree.check()
        expectClean(result)
        #expect(try #require(result.enrichedCase("odd-region")).entry.region == "Wuhan, Hubei")
        #expect(Resolver.normalizedRegion("武汉市  江汉区") == "武汉市 江汉区" && Resolver.normalizedRegion("湖北,武汉") == "湖北,武汉")
    }

    @Test("an id written as a bare number is the id (`campaigns: [618]`, the shipped campaign's id)")
    func numericCampaignID() throws {
        let campaign = "---\ntitle: 618 shopping festival\nwindow: {start: \"06-01\", end: \"06-18\"}\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"
        let result = Tree.with(["campaigns/618.md": campaign,
                                "cases/x.md": caseFile(["title: Odd", "date: 2024-03-01", "campaigns: [618]"])]).check()
        expectClean(result)
        #expect(try #require(result.enrichedCase("x")).campaigns.contains("618"))
    }

    @Test("advice without `kind` (SPEC's {id, text, priority}) reads its kind from its first words")
    func adviceKindFromText() throws {
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let written = advice.components(separatedBy: "\n").filter { !$0.hasPrefix("  kind: ") }.joined(separator: "\n")
        #expect(written != advice)
        let result = Tree.with(["advice.yml": written]).check()
        expectClean(result)
        let edition = try #require(result.edition("en")).edition
        #expect(edition.advice["never-share-sms-code"]?.kind == .dont)
        #expect(edition.advice["call-110-96110"]?.kind == .do)
        #expect(AdviceItem.kind(readFrom: "千万不要把验证码告诉任何人。") == .dont && AdviceItem.kind(readFrom: "Avoid links in texts.") == .dont)
        #expect(AdviceItem.kind(readFrom: "不同渠道核实：拨打官方电话。") == .do && AdviceItem.kind(readFrom: "Call 110.") == .do)
    }

    @Test("a tactic may name related scam types, as a scam type does (SPEC §2)")
    func tacticRelated() throws {
        var tree = Tree()
        for (path, data) in Fixtures.base { tree.set(path, String(decoding: data, as: UTF8.self)) }
        let tactic = String(decoding: try #require(Fixtures.base["tactics/verification-code.md"]), as: UTF8.self)
        tree.set("tactics/verification-code.md", tactic.replacingOccurrences(of: "threshold: 3", with: "threshold: 3\nrelated: [fake-courier-compensation]"))
        let result = tree.check()
        expectClean(result)
        let term = try #require(result.bulletin?.editions.first?.edition.term(.tactic, "verification-code"))
        #expect(term.related == ["fake-courier-compensation"])
    }

    @Test("a `!` in a title, a comment or a cue is text: numbers and yes/no values elsewhere in the file stay what they are")
    func exclamationMarks() throws {
        var tree = Tree()
        for (path, data) in Fixtures.base { tree.set(path, String(decoding: data, as: UTF8.self)) }
        tree.set("cases/bang.md", caseFile(["title: \"Lost 7,900 yuan!\"", "date: 2024-03-01", "region: Wuhan  # check this!",
                                            "draft: false", "loss: {amount: 7900, currency: CNY}"], body: ["He asked for the SMS code!"]))
        tree.set("cases/bang.zh.md", caseFile(["title: 被骗5.6万元!"], body: ["对方索要验证码。"]))
        let result = tree.check()
        expectClean(result)
        let item = try #require(result.enrichedCase("bang"))
        #expect(item.entry.loss?.amount == 7900 && item.entry.title == "Lost 7,900 yuan!")
        #expect(item.tactics == ["verification-code"])
    }

    @Test("every control character, noncharacter and bidi control is removed, line separators become spaces, and every other character is kept, whatever its bytes")
    func invalidCharacters() {
        // Every scalar alone, and between Chinese characters whose bytes look like a noncharacter's
        // (路 is E8 B7 AF, 俾 E4 BF BE): the quick byte scan must never let one through.
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            // Bidi embeddings and overrides too (U+202A–U+202E): an override shows digits reversed; and (a
            // malformed-input review, forty-second session) the isolates and marks, which reorder as much.
            let bidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || [0x200E, 0x200F, 0x061C].contains(value)
            let invalid = scalar != "\t" && scalar != "\n"
                && (scalar.properties.generalCategory == .control || scalar.properties.isNoncharacterCodePoint || bidi)
            let text = "路" + String(scalar) + "俾"
            let expected = invalid ? "路俾" : value == 0x2028 || value == 0x2029 ? "路 俾" : text
            if text.removingInvalidCharacters != expected { wrong.append(value) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
        #expect("淡路俾巐".removingInvalidCharacters == "淡路俾巐")
    }

    @Test("cases from before 2001 (negative reference-date seconds) check and sort like any other")
    func oldDates() throws {
        let result = Tree.with([
            "cases/y1999.md": caseFile(["title: Old fraud", "date: 1999-12-31", "updated: 2000-01-05"]),
            "cases/y1970.md": caseFile(["title: Older fraud", "date: 1970-01-01"]),
            "cases/y1900.md": caseFile(["title: Oldest fraud", "date: 1900-06-01"]),
        ]).check()
        // Only the warning that a date so far back may be a typing error (the clock is 2024): they are checked and published.
        #expect(result.diagnostics.map { "\($0.code) \($0.file)" }.sorted() == ["far-past Alerts/cases/y1900.md", "far-past Alerts/cases/y1970.md"],
                "\(result.diagnostics.map(\.formatted))")
        let slugs = result.edition("en")?.cases.map(\.slug) ?? []
        #expect(Array(slugs.suffix(3)) == ["y1999", "y1970", "y1900"])
    }

    @Test("UTF-8 byte order mark at the start of YAML and Markdown files")
    func byteOrderMark() throws {
        var tree = Tree()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        tree.set("site.yml", bytes: bom + Array(Fixtures.base["site.yml"] ?? Data()))
        tree.set("advice.yml", bytes: bom + Array(Fixtures.base["advice.yml"] ?? Data()))
        tree.set("cases/bom.md", bytes: bom + Array(caseFile(["title: Notepad", "date: 2024-03-01"]).utf8))
        let result = tree.check()
        expectClean(result)
        let item = try #require(result.enrichedCase("bom"))
        #expect(item.entry.title == "Notepad")
        #expect(result.bulletin?.site.defaultLanguage == "en")
        #expect(result.edition("en")?.edition.texts.title == "Test City Anti-Fraud Bulletin")
    }

    @Test("YAML comments, full-line and trailing")
    func comments() throws {
        let result = Tree.with(["cases/comments.md": caseFile([
            "# Required",
            "title: Commented   # the headline",
            "date: 2024-03-01   # site time zone",
            "# region: not set",
            "channels: [phone, sms]  # how they reached her",
        ])]).check()
        expectClean(result)
        let item = try #require(result.enrichedCase("comments"))
        #expect(item.entry.title == "Commented")
        #expect(item.entry.region == nil)
        #expect(item.entry.channels == ["phone", "sms"])
    }

    @Test("`...` closes the front matter (YAML document end marker)")
    func documentEndMarker() throws {
        let result = Tree.with(["cases/dots.md": "---\ntitle: Dots\ndate: 2024-03-01\n...\nThe body starts here.\n"]).check()
        expectClean(result)
        let item = try #require(result.enrichedCase("dots"))
        #expect(item.entry.searchText.text == "The body starts here.")
    }

    /// A malformed-input review (thirty-sixth session): YAML lets a document marker carry a comment.
    @Test("`--- # comment` opens and closes the front matter; `---#` and `--- text` do not")
    func fenceWithComment() throws {
        let result = Tree.with(["cases/note.md": "--- # front matter\ntitle: Note\ndate: 2024-03-01\n---\t# end\nThe body starts here.\n"]).check()
        expectClean(result)
        let item = try #require(result.enrichedCase("note"))
        #expect(item.entry.searchText.text == "The body starts here.")
        for opener in ["---# front matter", "--- front matter"] {
            let wrong = Tree.with(["cases/note.md": "\(opener)\ntitle: Note\ndate: 2024-03-01\n---\nBody.\n"]).check()
            #expect(wrong.diagnostics.contains { $0.code == "missing-front-matter" && $0.line == 1 }, "\(opener)")
        }
    }

    @Test("date-times with an offset or Z are read as instants; the day is the site-zone day")
    func dateTimes() throws {
        let result = Tree.with([
            "cases/offset.md": caseFile(["title: Offset", "date: 2024-11-06T09:30:00+08:00"]),
            "cases/zulu.md": caseFile(["title: Zulu", "date: 2024-11-05T20:00:00Z"]),
            "cases/day.md": caseFile(["title: Day", "date: 2024-11-05"]),
        ]).check()
        expectClean(result)
        let offset = try #require(result.enrichedCase("offset")).entry.date
        #expect(offset.instant.timeIntervalSince1970 == utcEpoch(2024, 11, 6, 1, 30))
        #expect(offset.day == LocalDay(year: 2024, month: 11, day: 6))
        #expect(offset.hasTime)
        // 20:00 UTC is 04:00 the next morning in Asia/Shanghai.
        let zulu = try #require(result.enrichedCase("zulu")).entry.date
        #expect(zulu.instant.timeIntervalSince1970 == utcEpoch(2024, 11, 5, 20, 0))
        #expect(zulu.day == LocalDay(year: 2024, month: 11, day: 6))
        // A plain day is midnight in the site zone: 16:00 UTC the day before.
        let day = try #require(result.enrichedCase("day")).entry.date
        #expect(day.instant.timeIntervalSince1970 == utcEpoch(2024, 11, 4, 16, 0))
        #expect(!day.hasTime)
    }

    @Test("characters a URL may not hold are percent-encoded in a source's url; valid escapes and the first # stay")
    func sourceURLEncoded() throws {
        let result = Tree.with(["cases/quotes.md": caseFile([
            "title: Quotes", "date: 2024-03-01",
            #"sources: [{name: News, url: "https://news.example.com/a?q=\"2\"<b>&p={x}|y^%zz%41#top#x"}]"#,
        ])]).check()
        expectClean(result)
        let sources = try #require(result.enrichedCase("quotes")).entry.sources
        #expect(sources.map(\.url) == ["https://news.example.com/a?q=%222%22%3Cb%3E&p=%7Bx%7D%7Cy%5E%25zz%41#top%23x"])
    }

    @Test("masked numbers pass")
    func maskedNumbers() {
        let result = Tree.with(["cases/masked.md": caseFile(["title: Masked", "date: 2024-03-01", "summary: Her number 138****5678 was leaked."], body: [
            "The caller knew her number, 138****5678, and her card 尾号8988.",
            "Her card ending in 8988 and 6222 **** **** 7894 were used.",
            "Her ID 110105********123X stays masked.",
            "手机号131****1234，银行卡尾号8988。",
        ])]).check()
        expectClean(result)
    }

    @Test("order, tracking and waybill numbers are not personal data")
    func orderNumbers() {
        let result = Tree.with(["cases/orders.md": caseFile(["title: Orders", "date: 2024-03-01"], body: [
            "The fake agent quoted order no. 202311061234567890 correctly.",
            "运单号 YT1234567890123 也对得上。",
            "Tracking number SF1234567890123 matched as well.",
            "订单编号：202311061234567890。",
        ])]).check()
        expectClean(result)
    }

    @Test("large loss amounts are amounts, not phone numbers")
    func lossAmounts() throws {
        let result = Tree.with([
            "cases/loss-a.md": caseFile(["title: Loss A", "date: 2024-03-01", "loss: {amount: 97000, currency: CNY}"],
                                        body: ["She lost 97000 yuan."]),
            "cases/loss-b.md": caseFile(["title: Loss B", "date: 2024-03-02", "loss:", "  amount: 13800000", "  currency: CNY"],
                                        body: ["He lost 13800000 yuan (13,800,000)."]),
            "cases/loss-c.md": caseFile(["title: Loss C", "date: 2024-03-03", "loss: {amount: 97000.50, currency: HKD}"]),
            // A privacy review (thirty-sixth session): an amount of a mobile's length was one.
            "cases/loss-d.md": caseFile(["title: Loss D", "date: 2024-03-04", "loss: {amount: 15000000000, currency: CNY}"],
                                        body: ["涉案金额共计人民币15234567890.50元，另有1523456789余元。"]),
        ]).check()
        expectClean(result)
        #expect(result.enrichedCase("loss-a")?.entry.loss == Loss(amount: 97000, currency: "CNY"))
        #expect(result.enrichedCase("loss-b")?.entry.loss == Loss(amount: 13_800_000, currency: "CNY"))
        #expect(result.enrichedCase("loss-c")?.entry.loss == Loss(amount: Decimal(string: "97000.5")!, currency: "HKD"))
    }

    @Test("the scammer's number, site and address in `indicators` are allowed")
    func indicators() throws {
        let result = Tree.with(["cases/indicators.md": caseFile([
            "title: Indicators",
            "date: 2024-03-01",
            "indicators:",
            "  - \"13912345678\"",
            "  - +86 139 1234 5678",
            "  - https://claim-center.example/x",
            "  - fraud@claim-center.example",
            "region: Wuhan",
        ])]).check()
        expectClean(result)
        let item = try #require(result.enrichedCase("indicators"))
        #expect(item.entry.indicators == ["13912345678", "+86 139 1234 5678", "https://claim-center.example/x", "fraud@claim-center.example"])
        #expect(item.entry.region == "Wuhan")
    }

    /// A privacy review (thirty-sixth session): a translation naming its original's indicator, and
    /// an indicator written another way in the story (`+86 …`, the defanged `[@]`), were errors.
    @Test("an indicator may be named in the case's translation, and written another way")
    func indicatorsAcrossTranslation() {
        let result = Tree.with([
            "cases/pair.md": caseFile(["title: Pair", "date: 2024-03-01", "indicators: [\"13912345678\", kefu-claim@163.com]"],
                                      body: ["The caller used +86 139 1234 5678 and wrote from kefu-claim[@]163[.]com."]),
            "cases/pair.zh.md": caseFile(["title: 一对"], body: ["骗子用13912345678打电话，用kefu-claim@163.com发邮件。"]),
        ]).check()
        expectClean(result)
        let victim = Tree.with([
            "cases/pair.md": caseFile(["title: Pair", "date: 2024-03-01", "indicators: [\"13912345678\"]"], body: ["A caller."]),
            "cases/pair.zh.md": caseFile(["title: 一对"], body: ["受害人的手机13812345678被停机。"]),
        ]).check()
        #expect(victim.diagnostics.map(\.code) == ["personal-data"], "\(victim.diagnostics)")
    }

    @Test("a translation inherits date, loss, region and types from the default-language file")
    func translationInherits() throws {
        let result = Tree.with([
            "cases/pair.md": caseFile([
                "title: Courier call",
                "date: 2024-11-06T09:30:00+08:00",
                "region: Chengdu",
                "scam_types: [fake-courier-compensation]",
                "tactics: [verification-code]",
                "loss: {amount: 6800, currency: CNY}",
                "channels: [phone]",
            ], body: ["A caller offered compensation."]),
            "cases/pair.zh.md": caseFile(["title: 快递理赔电话"], body: ["对方自称快递客服。"]),
        ]).check()
        expectClean(result)
        let en = try #require(result.enrichedCase("pair", lang: "en"))
        let zh = try #require(result.enrichedCase("pair", lang: "zh"))
        #expect(zh.entry.title == "快递理赔电话")
        #expect(zh.entry.isTranslation)
        #expect(!en.entry.isTranslation)
        #expect(zh.entry.date == en.entry.date)
        #expect(zh.entry.loss == Loss(amount: 6800, currency: "CNY"))
        #expect(zh.entry.region == "Chengdu")
        #expect(zh.entry.channels == ["phone"])
        #expect(zh.scamTypes == ["fake-courier-compensation"])
        #expect(zh.tactics == ["verification-code"])
        #expect(zh.entry.file == "Alerts/cases/pair.zh.md")
    }

    @Test("a zh-only case stands alone in the zh edition")
    func zhOnly() throws {
        let result = Tree.with(["cases/zh-only.zh.md": caseFile(["title: 只有中文", "date: 2024-03-01"], body: ["对方让她报出验证码。"])]).check()
        expectClean(result)
        let zh = try #require(result.enrichedCase("zh-only", lang: "zh"))
        #expect(!zh.entry.isTranslation)
        #expect(zh.entry.lang == "zh")
        #expect(zh.tactics == ["verification-code"])
        #expect(result.enrichedCase("zh-only", lang: "en") == nil)
    }

    @Test("cases in nested sub-folders keep their file name as slug")
    func subFolders() throws {
        let result = Tree.with([
            "cases/2023/11/deep.md": caseFile(["title: Deep", "date: 2023-11-01"]),
            "cases/2024/shallow.md": caseFile(["title: Shallow", "date: 2024-01-01"]),
        ]).check()
        expectClean(result)
        #expect(result.enrichedCase("deep")?.entry.file == "Alerts/cases/2023/11/deep.md")
        #expect(result.enrichedCase("shallow")?.entry.file == "Alerts/cases/2024/shallow.md")
    }

    @Test("a case scaffolded by `new case` checks clean, whatever the title, in either language", arguments: [
        "Fake courier calls", "He said \"refund\" \\ now: 50% off #1", "快递“理赔”电话", "---",
    ])
    func scaffold(_ title: String) throws {
        let day = LocalDay(year: 2024, month: 11, day: 6)
        let slug = Scaffold.slug(for: title, date: day)
        #expect(Decoder.isSlug(slug), "\(slug)")
        let lang = Scaffold.language(for: title, requested: nil, siteLanguages: ["en", "zh"])
        #expect(lang == (title.contains("快递") ? "zh" : "en"))
        let path = "cases/\(slug)\(lang == "en" ? "" : ".zh").md"
        let file = Scaffold.caseFile(title: title, date: day, lang: lang)
        let result = Tree.with([path: file]).check()
        // A title of signs only reads (`---` is no YAML in it), and is told to have no words.
        let wordless = !title.contains { $0.isLetter || $0.isNumber }
        #expect(result.diagnostics.map(\.code) == (wordless ? ["wordless-title"] : []), "\(result.diagnostics.map(\.formatted))")
        let item = try #require(result.enrichedCase(slug, lang: lang))
        #expect(item.entry.title == title)
        #expect(item.entry.date.day == day)
        #expect(item.status == .draft, "a scaffold is never published until its draft line goes")
        // Published as it is, the placeholder text is a warning.
        let published = Tree.with([path: file.replacingOccurrences(of: "draft: true\n", with: "")]).check()
        #expect(published.diagnostics.map(\.code) == (wordless ? ["wordless-title"] : []) + ["scaffold-text"], "\(published.diagnostics.map(\.formatted))")
        // A malformed-input review (forty-seventh session): the commented examples, uncommented as they are, were published.
        var lines = file.replacingOccurrences(of: "draft: true\n", with: "").components(separatedBy: "\n")
        for key in ["summary", "region", "loss", "indicators", "  - https", "sources", "  - {name"] {
            if let at = lines.firstIndex(where: { $0.hasPrefix("# " + key) }) { lines[at].removeFirst(2) }
        }
        let examples = Tree.with([path: lines.joined(separator: "\n")]).check().diagnostics
        let said = examples.filter { $0.code == "scaffold-text" && $0.message.contains("example") }
        #expect(said.map { String($0.message.prefix { $0 != " " }) } == ["`summary`", "`region`", "`loss`", "`indicators`", "`sources`"], "\(examples.map(\.formatted))")
        // A region and a loss like the examples are a case's own, where no other example is left.
        var own = lines.filter { !$0.hasPrefix("summary") && !$0.hasPrefix("indicators") && !$0.hasPrefix("sources") && !$0.hasPrefix("  - ") }
        own = own.map { $0.replacingOccurrences(of: Scaffold.placeholders.values.map(\.story).first { file.contains($0) } ?? "", with: "Her parcel was lost.") }
        let real = Tree.with([path: own.joined(separator: "\n")]).check().diagnostics
        #expect(!real.contains { $0.message.contains("example") }, "\(real.map(\.formatted))")
    }

    /// A Traditional-Chinese editor's review (thirty-fourth session): `new case` wrote a Hong Kong
    /// bulletin's cases in Simplified characters, with a mainland mobile's mask as the example.
    @Test("a case scaffolded for a Traditional-Chinese edition is written in Traditional characters, and checks clean")
    func traditionalScaffold() throws {
        let day = LocalDay(year: 2024, month: 11, day: 6)
        let file = Scaffold.caseFile(title: "假冒速遞理賠", date: day, lang: "zh-HK")
        let body = try #require(file.components(separatedBy: "---\n").last)
        #expect(body.applyingTransform(StringTransform(rawValue: "Hans-Hant"), reverse: false) == body, "\(body)")
        #expect(body != Scaffold.caseFile(title: "假冒速遞理賠", date: day, lang: "zh").components(separatedBy: "---\n").last)
        var tree = Tree.with(["cases/2024-jia-mao.zh-HK.md": file])
        tree.set("site.yml", "title: T\nbase_url: https://alerts.example.org\nlanguages: [en, zh, zh-HK]\ntimezone: Asia/Hong_Kong\npublisher: P\n")
        let draft = tree.check()
        #expect(!draft.diagnostics.contains { $0.file.hasSuffix(".zh-HK.md") }, "\(draft.diagnostics.map(\.formatted))")
        tree.set("cases/2024-jia-mao.zh-HK.md", file.replacingOccurrences(of: "draft: true\n", with: ""))
        let published = tree.check().diagnostics.filter { $0.file.hasSuffix(".zh-HK.md") }
        #expect(published.map(\.code) == ["scaffold-text"], "\(published.map(\.formatted))")
    }

    @Test("`new case` slugs: Chinese in pinyin, a title without letters by its fingerprint, long titles cut at a word")
    func scaffoldSlugs() {
        let day = LocalDay(year: 2024, month: 11, day: 6)
        #expect(Scaffold.slug(for: "假冒快递理赔", date: day) == "2024-jia-mao-kuai-di-li-pei")
        #expect(Scaffold.slug(for: "冒充ETC客服退费诈骗", date: day) == "2024-mao-chong-etc-ke-fu-tui-fei-zha-pian")
        #expect(Scaffold.slug(for: "冒充12306客服以车票改签退款为名", date: day) == "2024-mao-chong-12306-ke-fu-yi-che-piao-gai-qian-tui-kuan-wei-ming")
        let first = Scaffold.slug(for: "！！！", date: day)
        let second = Scaffold.slug(for: "———", date: day)
        #expect(first != second && first.hasPrefix("2024-11-06-case-") && Decoder.isSlug(first) && Decoder.isSlug(second))
        #expect(Scaffold.slug(for: "！！！", date: day) == first, "the same title gives the same slug")
        let long = Scaffold.slug(for: String(repeating: "Fake courier calls again ", count: 20), date: day)
        #expect(long.count <= 72 && Decoder.isSlug(long) && !long.hasSuffix("-"), "\(long)")
        // Cut at the same place, two long titles still make two files.
        let eight = Scaffold.slug(for: "冒充电商客服以退款为由诈骗大学生八千元后又诱导其贷款两万元转入安全账户", date: day)
        let twenty = Scaffold.slug(for: "冒充电商客服以退款为由诈骗大学生八千元后又诱导其贷款两万元转入指定账户", date: day)
        #expect(eight != twenty && Decoder.isSlug(eight) && Decoder.isSlug(twenty), "\(eight) \(twenty)")
        #expect(Scaffold.slug(for: "Fake courier calls", date: day) == "2024-fake-courier-calls")
        #expect(Scaffold.slug(for: "Ünïcödé café scam in Straße", date: day) == "2024-unicode-cafe-scam-in-strasse")
        // A phone, ID or card number in the title stays out of the address.
        #expect(!Scaffold.slug(for: "受害人13912345678的案子", date: day).contains("1391234"))
        #expect(Scaffold.slug(for: "Victim 139 1234 5678 called", date: day) == "2024-victim-called")
        #expect(Scaffold.slug(for: "Card 6222021234567894 drained in 2024", date: day) == "2024-card-drained-in-2024")
    }

    @Test("quoted dates, unquoted times and flow-style everything")
    func flowStyle() throws {
        let result = Tree.with(["cases/flow.md": caseFile([
            "{title: \"Flow: style\", date: \"2024-03-01\", channels: [sms], draft: false, loss: {amount: 1, currency: USD}}",
        ])]).check()
        expectClean(result)
        let item = try #require(result.enrichedCase("flow"))
        #expect(item.entry.title == "Flow: style")
        #expect(item.entry.loss == Loss(amount: 1, currency: "USD"))
    }
}

extension ValidOddInputTests {
    /// An editor's maintenance day (thirty-fifth session): a bank's "card upgrade" text matched no
    /// shipped type, and was published on no type's page, feed or flyer without a word.
    @Test("published cases of no scam type are named, once per case; a declared empty list, a typed case and a draft are not")
    func untypedCasesNamed() throws {
        let result = Tree.with([
            "cases/untyped.md": caseFile(["title: Card upgrade text", "date: 2024-03-10"]),
            "cases/untyped.zh.md": caseFile(["title: 银行卡升级短信"]),
            "cases/meant.md": caseFile(["title: A rental deposit", "date: 2024-03-11", "scam_types: []"]),
            "cases/typed.md": caseFile(["title: Typed", "date: 2024-03-12", "scam_types: [fake-courier-compensation]"]),
            "cases/draft.md": caseFile(["title: Draft", "date: 2024-03-13", "draft: true"]),
        ]).check()
        let bulletin = try #require(result.bulletin)
        #expect(result.errors == 0, "\(result.diagnostics.map(\.formatted))")
        #expect(bulletin.untypedCases == ["Alerts/cases/untyped.md"], "\(bulletin.untypedCases)")
    }

    /// An editor's maintenance day (thirty-fifth session): after a type was deleted, `new case` still
    /// offered it as the example to uncomment, which `check` then refused.
    @Test("a scaffold's commented examples name the site's own scam types and tactics, the shipped ones when it has none")
    func scaffoldExamples() {
        let day = LocalDay(year: 2024, month: 11, day: 6)
        let own = Scaffold.caseFile(title: "T", date: day, typeIDs: ["card-upgrade", "fake-refunds"], tacticIDs: ["a", "b", "c"])
        #expect(own.contains("# scam_types: [card-upgrade]") && own.contains("# tactics: [a, b]\n") && !own.contains("fake-courier-compensation"), "\(own)")
        let shipped = Scaffold.caseFile(title: "T", date: day)
        #expect(shipped.contains("# scam_types: [fake-courier-compensation]   # left out") && shipped.contains("# tactics: [verification-code, chat-group-invite]"))
    }
}
