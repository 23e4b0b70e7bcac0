import Foundation
import Synchronization
import Testing
import Yams
@testable import AlertpressCore

// Unit tests, one suite per stage or helper.

@Suite("SourceText")
struct SourceTextTests {
    func split(_ text: String) -> SourceText? {
        guard case let .success(source) = SourceText.markdown(path: "x.md", data: Data(text.utf8)) else { return nil }
        return source
    }

    @Test("front matter and body are split with their file line numbers")
    func splitLines() throws {
        let source = try #require(split("---\ntitle: A\ndate: 2024-01-01\n---\nBody line one.\nBody line two.\n"))
        #expect(source.frontMatter == "title: A\ndate: 2024-01-01")
        #expect(source.frontMatterFirstLine == 2)
        #expect(source.body == "Body line one.\nBody line two.\n")
        #expect(source.bodyFirstLine == 5)
        #expect(NumberedText(source.body, firstLine: source.bodyFirstLine).lines.map(\.number) == [5, 6, 7])
    }

    @Test("front matter, body and body line agree with splitting into lines and joining them (3,000 random files)")
    func splitAgainstLines() {
        let pieces = ["---", "---", "...", "... ", " --- ", "---x", "a: 1", "", "中文 ", "\t...", "\n", "\n", "\n", "é\u{301}", "\u{3000}--- ", "x---", " - "]
        var parsed = 0
        for (index, random) in seededTexts(3000, of: 9, from: pieces, seed: 11).enumerated() {
            let text = index.isMultiple(of: 2) ? "---\n" + random : random
            // The reference: every line, the first `---` line, the next `---` or `...` line from its first column.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let close = lines.indices.dropFirst().first { index in
                ["-", "."].contains(lines[index].first) && ["---", "..."].contains(lines[index].trimmingCharacters(in: .whitespaces))
            }
            let source = split(text)
            if text.isBlank || lines.first?.trimmingCharacters(in: .whitespaces) != "---" || close == nil {
                #expect(source == nil, "\(text.debugDescription)")
            } else if let close {
                #expect(source?.frontMatter == lines[1..<close].joined(separator: "\n"), "\(text.debugDescription)")
                #expect(source?.body == lines[(close + 1)...].joined(separator: "\n"), "\(text.debugDescription)")
                // A file that ends on its closing line has no line after it: the body is said to start there.
                #expect(source?.bodyFirstLine == (close == lines.count - 1 ? close + 1 : close + 2), "\(text.debugDescription)")
                parsed += 1
            }
        }
        #expect(parsed > 150)
    }

    @Test("lines split on bytes are the lines split on characters, \\r\\n and combining marks included")
    func splitLinesAgainstCharacters() {
        let pieces = ["\n", "\n", "\r", "\r\n", "a", "中", "\u{301}", " ", "👩‍👩‍👧", "\n\u{301}"]
        for text in seededTexts(3000, of: 8, from: pieces, seed: 5) + ["", "\n", "a", "\r\n\n"] {
            #expect(text.splitLines() == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test("a byte order mark is removed")
    func bom() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("---\ntitle: A\n---\nBody\n".utf8))
        guard case let .success(source) = SourceText.markdown(path: "x.md", data: data) else { Issue.record("BOM file rejected"); return }
        #expect(source.text.unicodeScalars.first == "-")
        #expect(source.frontMatter == "title: A")
    }

    @Test("CRLF and lone CR become LF; line numbers are unchanged")
    func lineEndings() throws {
        let source = try #require(split("---\r\ntitle: A\r\n---\r\nOne\r\nTwo\rThree\n"))
        #expect(!source.text.contains("\r"))
        #expect(source.frontMatter == "title: A")
        #expect(source.bodyFirstLine == 4)
        #expect(source.body == "One\nTwo\nThree\n")
    }

    @Test("empty, unopened and unclosed front matter are told apart")
    func problems() {
        func problem(_ bytes: [UInt8]) -> SourceText.Problem? {
            if case let .failure(problem) = SourceText.markdown(path: "x.md", data: Data(bytes)) { return problem }
            return nil
        }
        #expect(problem([]) == .empty)
        #expect(problem(Array(" \n\t\n".utf8)) == .empty)
        #expect(problem(Array("title: A\n".utf8)) == .missingFrontMatter())
        #expect(problem(Array("\n---\ntitle: A\n---\n".utf8)) == .missingFrontMatter(fenceLine: 2))
        #expect(problem(Array(" \n\n---\ntitle: A\n---\n".utf8)) == .missingFrontMatter(fenceLine: 3))
        #expect(problem(Array("\ntitle: A\n---\n".utf8)) == .missingFrontMatter())
        #expect(problem(Array("---\ntitle: A\nBody\n".utf8)) == .unterminatedFrontMatter())
        #expect(problem(Array("---\nok".utf8) + [0x80] + Array("\n".utf8)) == .invalidUTF8(line: 2, column: 3))
        #expect(problem(Array("---\n".utf8) + [0xC3]) == .invalidUTF8(line: 2, column: 1), "a truncated sequence at the end")
    }

    @Test("plain YAML files start at line 1")
    func yamlFile() throws {
        guard case let .success(source) = SourceText.yaml(path: "site.yml", data: Data("a: 1\n".utf8)) else { Issue.record("rejected"); return }
        #expect(source.frontMatter == "a: 1\n")
        #expect(source.frontMatterFirstLine == 1)
    }
}

@Suite("YAMLReader")
struct YAMLReaderTests {
    /// Reads the value of `key` in a one-line YAML mapping through `read`, returning its value and diagnostics.
    func read<T>(_ yaml: String, _ read: (YAMLReader, Node, inout DiagnosticLog) -> T?) -> (T?, [Diagnostic]) {
        guard case let .success(source) = SourceText.markdown(path: "x.md", data: Data("---\n\(yaml)\n---\n".utf8)) else { return (nil, []) }
        let reader = YAMLReader(source: source)
        var log = DiagnosticLog()
        guard let node = reader.compose(source.frontMatter ?? "", log: &log), case let .mapping(mapping) = node,
              let value = mapping.first?.value else { return (nil, log.all) }
        let result = read(reader, value, &log)
        return (result, log.all)
    }

    @Test("text: plain, quoted, and numbers or booleans rejected with a hint")
    func strings() {
        #expect(read("k: hello world") { $0.string($1, what: "k", log: &$2) }.0 == "hello world")
        #expect(read("k: \"123\"") { $0.string($1, what: "k", log: &$2) }.0 == "123")
        #expect(read("k: '  padded  '") { $0.string($1, what: "k", log: &$2) }.0 == "padded")
        let (number, diagnostics) = read("k: 123") { $0.string($1, what: "k", log: &$2) }
        #expect(number == nil)
        #expect(diagnostics.map(\.code) == ["wrong-type"])
        #expect(diagnostics.first?.line == 2 && diagnostics.first?.column == 4)
        #expect(read("k: yes") { $0.string($1, what: "k", log: &$2) }.1.first?.message.contains("yes/no") == true)
        #expect(read("k: [a]") { $0.string($1, what: "k", log: &$2) }.1.first?.message.contains("a list") == true)
    }

    @Test("a plain value's type is what the YAML resolver gives it, though only values that could match are tried")
    func implicitTypes() {
        let values = ["", "~", "null", "Null", "NULL", "nul", "nulls", "yes", "Yes", "YES", "yES", "no", "No", "on", "On", "OFF", "off",
                      "true", "True", "FALSE", "y", "n", "t", "f", "o", "12", "-12", "+12", "0", "007", "0x1F", "0o17", "0b101", "1_000",
                      "1:30", "1.5", ".5", "-.inf", ".NaN", "1e5", "6.02e+23", "2024-11-01", "<<", "=", "hello", "offer", "Nothing",
                      "Yesterday", "nothing", "诈骗", "12 cases", "-x", "+", ".", "~x", "true story", "on hold", "123456"]
        for value in values {
            #expect(read("k: \(value)") { _, node, _ in node.tagName }.0 == Yams.Resolver.default.removing(.merge).removing(.timestamp).removing(.value).resolveTag(of: Node(value)), "`\(value)`")
        }
        // Quoted or explicitly tagged values keep their tags.
        #expect(read("k: \"yes\"") { _, node, _ in node.tagName }.0 == .str)
        #expect(read("k: !!str 12") { _, node, _ in node.tagName }.0 == .str)
        #expect(read("k: !!int \"12\"") { _, node, _ in node.tagName }.0 == .int)
        #expect(read("k: yes") { _, node, _ in node.tagName }.0 == .bool, "the oracle itself types yes/no")
    }

    @Test("a plain value's type, matched on bytes, is what Yams's resolver gives it (every pair of pieces, 20,000 random values)")
    func implicitTypesAgainstResolver() {
        // Yams's own rules, less those alertpress does not read.
        let resolver = Yams.Resolver.default.removing(.merge).removing(.timestamp).removing(.value)
        let pieces = ["", "", "", "0", "1", "5", "7", "9", "_", ".", ":", "+", "-", "e", "E", "x", "b", "o", "a", "F", "i", "n", "N",
                      "y", "s", "t", "r", "u", "l", "L", "O", "~", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{85}", "\u{2028}", "inf", "nan",
                      "NaN", "Inf", "null", "true", "False", "yes", "off", "ON", "0x", "0b", "0o", "0X", "0B", ":59", ":6", ":60", ":07", "1:", ".5", "e+1", "e1", "E-5", "2", "3", "4", "6", "8", "c", "A", "YES",
                      "NO", "TRUE", "Off", "\u{0C}", "\u{2029}", "诈"]
        var kinds: Set<String> = []
        let pairs = pieces.flatMap { first in pieces.map { first + $0 } }
        for value in pairs + seededTexts(20_000, of: 5, from: pieces, seed: 23) {
            let expected = resolver.resolveTag(of: Node(value))
            #expect(YAMLReader.implicitTag(of: value) == expected, "`\(value.debugDescription)`")
            kinds.insert(expected.rawValue)
        }
        #expect(kinds.count == 5, "every kind of value was drawn: \(kinds.sorted())")
    }

    @Test("whole numbers, decimals and booleans")
    func numbers() {
        #expect(read("k: 12") { $0.int($1, what: "k", log: &$2) }.0 == 12)
        #expect(read("k: 1.5") { $0.int($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
        #expect(read("k: \"12\"") { $0.int($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
        #expect(read("k: 97000.50") { $0.decimal($1, what: "k", log: &$2) }.0 == Decimal(string: "97000.5"))
        #expect(read("k: 13800000") { $0.decimal($1, what: "k", log: &$2) }.0 == Decimal(13_800_000))
        #expect(read("k: ¥4000") { $0.decimal($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
        #expect(read("k: 4,000") { $0.decimal($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
        // YAML 1.1 integers may carry `_` separators, hex or sexagesimal forms: the amount must never be
        // silently read as a different number (4_000 is 4000 or an error, never 4).
        for (yaml, value) in [("4_000", Decimal(4000)), ("0x10", Decimal(16)), ("1:30", Decimal(90))] {
            let (amount, diagnostics) = read("k: \(yaml)") { $0.decimal($1, what: "k", log: &$2) }
            #expect(amount == value || (amount == nil && diagnostics.map(\.code) == ["wrong-type"]), "\(yaml) read as \(String(describing: amount))")
        }
        #expect(read("k: true") { $0.bool($1, what: "k", log: &$2) }.0 == true)
        #expect(read("k: false") { $0.bool($1, what: "k", log: &$2) }.0 == false)
        #expect(read("k: \"true\"") { $0.bool($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
        #expect(read("k: 1") { $0.bool($1, what: "k", log: &$2) }.1.map(\.code) == ["wrong-type"])
    }

    @Test("lists: flow and block; a scalar is not a list")
    func lists() {
        #expect(read("k: [a, b]") { $0.strings($1, what: "k", log: &$2)?.map(\.value) }.0 == ["a", "b"])
        #expect(read("k:\n  - a\n  - b") { $0.strings($1, what: "k", log: &$2)?.map(\.value) }.0 == ["a", "b"])
        let located = read("k:\n  - a\n  - b") { $0.strings($1, what: "k", log: &$2)?.map(\.location.line) }.0
        #expect(located == [3, 4])
        let (scalar, diagnostics) = read("k: a") { $0.list($1, what: "k", log: &$2) }
        #expect(scalar == nil)
        #expect(diagnostics.map(\.code) == ["wrong-type"])
    }

    @Test("mappings: unknown keys with hints, required keys, empty values")
    func mappings() {
        guard case let .success(source) = SourceText.yaml(path: "m.yml", data: Data("name: x\nnmae: y\nempty:\n".utf8)) else { return }
        let reader = YAMLReader(source: source)
        var log = DiagnosticLog()
        guard let node = reader.compose(source.text, log: &log) else { Issue.record("no node"); return }
        let fields = reader.mapping(node, what: "m", allowed: ["name", "empty", "other"], required: ["name", "empty", "other"], log: &log)
        #expect(fields?.has("name") == true)
        #expect(fields?.has("empty") == false)
        expectDiagnostics(log.all, [
            Expected("m.yml", 2, 1, .error, "unknown-key", message: ["`nmae`"], hint: ["did you mean `name`?"]),
            Expected("m.yml", 3, 1, .error, "missing-value", message: ["`empty`"]),
            Expected("m.yml", 1, 1, .error, "missing-key", message: ["`other`"]),
        ])
    }
}

@Suite("Dates")
struct DateTests {
    @Test("LocalDay accepts real days only", arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("2023-02-30", false), ("2023-13-01", false), ("2023-00-10", false),
        ("2023-04-31", false), ("2023-1-05", false), ("yesterday", false), ("2000-02-29", true), ("2100-02-29", false),
        ("2023-12-31", true), ("20231231", false), ("2023-12-31T00:00:00Z", false),
    ])
    func localDay(_ text: String, _ valid: Bool) {
        #expect((LocalDay(text) != nil) == valid, "\(text)")
    }

    @Test("LocalDay prints back as YYYY-MM-DD and orders by date")
    func localDayFormat() {
        #expect(LocalDay("2024-03-05")?.description == "2024-03-05")
        #expect(LocalDay("2024-03-05")?.monthKey == "2024-03")
        #expect(LocalDay(year: 2023, month: 12, day: 31) < LocalDay(year: 2024, month: 1, day: 1))
    }

    @Test("RFC 3339 date-times", arguments: [
        ("2024-11-06T09:30:00+08:00", utcEpoch(2024, 11, 6, 1, 30)),
        ("2024-11-06T01:30:00Z", utcEpoch(2024, 11, 6, 1, 30)),
        ("2024-11-06t01:30:00z", utcEpoch(2024, 11, 6, 1, 30)),
        ("2024-11-06 09:30:00+08:00", utcEpoch(2024, 11, 6, 1, 30)),
        ("2024-11-05T20:30:00-05:00", utcEpoch(2024, 11, 6, 1, 30)),
        ("2024-11-06T01:30:00.250Z", utcEpoch(2024, 11, 6, 1, 30) + 0.25),
        ("2024-12-31T23:59:59+14:00", utcEpoch(2024, 12, 31, 9, 59, 59)),
        ("2024-11-06T09:30+0800", utcEpoch(2024, 11, 6, 1, 30)),
        // A leap second, as the second before it (a malformed-input review, forty-second session, found
        // `2024-06-05T23:59:60+08:00` published on 6 June).
        ("2016-12-31T23:59:60Z", utcEpoch(2016, 12, 31, 23, 59, 59)), ("2017-01-01T07:59:60+08:00", utcEpoch(2016, 12, 31, 23, 59, 59)),
    ])
    func rfc3339(_ text: String, _ epoch: TimeInterval) {
        #expect(RFC3339.parse(text)?.timeIntervalSince1970 == epoch, "\(text)")
    }

    @Test("not RFC 3339", arguments: ["2024-11-06T09:30:00", "2024-11-06T24:00:00Z", "2024-11-06T09:60:00Z", "2024-02-30T09:00:00Z",
                                       "2024-11-06T09:30:00+8", "2024-11-06", "09:30", "2024-11-06T09:30:00 +08:00",
                                       "2024-11-06T09:30:٣٣Z", "2024-11-06T09:30:00.Z", "2024-11-06T09:30:00+08:00x", "2024-11-06T09:3:00Z",
                                       "2024-13-06T09:30:00Z", "2024-11-06T09:30:00+08:60",
                                       "2024-02-29T00:00:60Z", "2024-06-05T23:59:60+08:00", "2024-06-30T23:58:60Z"])
    func notRFC3339(_ text: String) {
        #expect(RFC3339.parse(text) == nil, "\(text)")
    }

    @Test("CaseDate: a plain day is midnight in the site zone; a date-time keeps its instant")
    func caseDate() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let day = try #require(CaseDate.parse("2024-11-06", zone: shanghai))
        #expect(day.instant.timeIntervalSince1970 == utcEpoch(2024, 11, 5, 16))
        #expect(!day.hasTime)
        let late = try #require(CaseDate.parse("2024-11-05T17:00:00Z", zone: shanghai))
        #expect(late.day == LocalDay(year: 2024, month: 11, day: 6))
        #expect(late.hasTime)
        #expect(CaseDate.parse("2024-11-31", zone: shanghai) == nil)
    }

    @Test("the build clock: --now parsing and the last second of a day")
    func buildClock() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(BuildClock.parse("2024-11-10") == .day(LocalDay(year: 2024, month: 11, day: 10)))
        #expect(BuildClock.parse("2024-11-10T12:00:00Z") == .instant(Date(timeIntervalSince1970: utcEpoch(2024, 11, 10, 12))))
        #expect(BuildClock.parse("tomorrow") == nil)
        #expect(BuildClock.day(LocalDay(year: 2024, month: 11, day: 10)).resolve(in: shanghai).timeIntervalSince1970
                == utcEpoch(2024, 11, 10, 15, 59, 59))
    }

    @Test("MonthDay and recurring windows, including one across the year end")
    func windows() throws {
        #expect(MonthDay("02-29") != nil)
        #expect(MonthDay("13-01") == nil)
        #expect(MonthDay("2-1") == nil)
        let start = try #require(MonthDay("12-20")), end = try #require(MonthDay("02-10"))
        let wrap = CampaignWindow.recurring(start: start, end: end)
        #expect(wrap.contains(LocalDay(year: 2024, month: 12, day: 20)))
        #expect(wrap.contains(LocalDay(year: 2025, month: 1, day: 1)))
        #expect(wrap.contains(LocalDay(year: 2025, month: 2, day: 10)))
        #expect(!wrap.contains(LocalDay(year: 2025, month: 2, day: 11)))
        #expect(!wrap.contains(LocalDay(year: 2024, month: 12, day: 19)))
        #expect(!wrap.contains(LocalDay(year: 2024, month: 7, day: 1)))
        let fixed = CampaignWindow.fixed(from: LocalDay(year: 2024, month: 6, day: 1), to: LocalDay(year: 2024, month: 6, day: 18))
        #expect(fixed.contains(LocalDay(year: 2024, month: 6, day: 18)))
        #expect(!fixed.contains(LocalDay(year: 2025, month: 6, day: 10)))
    }
}

@Suite("PersonalDataScanner")
struct PersonalDataScannerTests {
    static let id: String = {
        let first17 = "44030619851120503"
        return first17 + String(residentIDCheckCharacter(first17))
    }()

    @Test("finds unmasked personal data, with the column where it starts", arguments: [
        ("13812345678", PersonalDataScanner.Finding.Kind.mobile, 1),
        ("tel 13812345678.", .mobile, 5),
        ("+86 138 1234 5678", .mobile, 1),
        ("+8613812345678", .mobile, 1),
        ("0086-138-1234-5678", .mobile, 1),
        ("138-1234-5678", .mobile, 1),
        ("号码13812345678。", .mobile, 3),
        ("ID \(id)", .residentID, 4),
        ("卡号6222 0212 3456 7894", .card, 3),
        ("6222021234567894", .card, 1),
        ("a.b+c@example.com.cn", .email, 1),
        ("邮箱victim@example.org", .email, 3),
        ("邮箱 张三@例子.中国 联系", .email, 4),
        ("A user@mail.例子.cn here.", .email, 3),
        ("D zhang.wei@公司.com here.", .email, 3),
        ("C 用户@qq.com here.", .email, 3),
        ("O: zhangsan@[192.168.1.1] ip.", .email, 4),
        ("P: li@xn--fiqs8s.xn--fiqz9s", .email, 4),
        ("手机１３８１２３４５６７８", .mobile, 3),
        ("电话 １３８ １２３４ ５６７８", .mobile, 4),
        ("卡号６２２２０２１２３４５６７８９４", .card, 3),
    ])
    func finds(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind], "\(line)")
        #expect(findings.first?.column == column, "\(line)")
    }

    @Test("an address after a long line of Chinese is found, near each @ only")
    func addressAfterLongChineseText() {
        let line = String(repeating: "骗子冒充客服发来链接要求填写银行卡号", count: 500) + "联系邮箱li@例子.中国。"
        #expect(PersonalDataScanner.scan(line).map(\.masked) == ["l***@例子.中国"])
        #expect(PersonalDataScanner.scan(String(repeating: "客服", count: 5_000) + "@").isEmpty)
    }

    @Test("an address however written is found in the middle of a long paragraph, as on a line of its own", arguments: [
        ("li @ qq.com", "l***@qq.com"), ("li (at) 163.com", "l***@163.com"), ("liming88 at gmail dot com", "l***@gmail"),
        ("li＃qq.com", "l***@qq"), ("wangfang【at】sina.com", "w***@sina.com"), ("zhang艾特qq点com", "z***@qq"),
        ("li#whu.edu.cn（#换成@）", "l***@whu.edu.cn"), ("li[at]mail[dot]whu[dot]edu[dot]cn", "l***@mail.whu.edu.cn"),
    ])
    func addressInLongParagraph(_ address: String, _ masked: String) {
        let prose = String(repeating: "the caller said her parcel was lost and she should join a group. 骗子冒充客服发来链接。", count: 400)
        let sentence = " write to " + address + " for help "
        let alone = PersonalDataScanner.scan(sentence)
        #expect(alone.map(\.masked) == [masked], "\(address)")
        let findings = PersonalDataScanner.scan(prose + sentence + prose)
        #expect(findings.map(\.masked) == [masked], "\(address)")
        #expect(findings.map(\.column) == alone.map { $0.column + prose.count }, "\(address)")
    }

    @Test("an e-mail address is masked whole: punycode and Chinese domains, not the Chinese text before it")
    func maskedAddresses() {
        #expect(PersonalDataScanner.scan("P: li@xn--fiqs8s.xn--fiqz9s").map(\.masked) == ["l***@xn--fiqs8s.xn--fiqz9s"])
        #expect(PersonalDataScanner.scan("请发邮件至zhangsan@qq.com").map(\.masked) == ["z***@qq.com"])
        #expect(PersonalDataScanner.scan("张三@例子.中国").map(\.masked) == ["张***@例子.中国"])
    }

    @Test("passes masked numbers, order numbers and other look-alikes", arguments: [
        "138****5678", "138＊＊＊＊5678", "尾号8988", "ending in 8988", "card ending 7894", "6222 **** **** 7894",
        "order no. 202311061234567890", "运单号 YT1234567890123", "订单号：202311061234567890", "tracking number 1234567890123456",
        "97000", "13800000", "loss 13,800,000 yuan", "call 110 or 96110", "2024-11-06 09:30", "12345678901",
        "138123456789", "6222021234567895",
        "an address ending in dot com", "@someone", "关注@平安武汉 获取提醒", "转发@反诈中心。", "price@10.50",
        // A public hotline written in another country's grouping (Singapore's police, 1800-255-0000).
        "please call the Police hotline at 1800-255-0000", "Helpline: 1800 255 0000", "举报热线：1800-255-0000",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a QQ account of ten digits is no mobile number: it is a chat account")
    func qqAccountIsNoMobile() {
        #expect(PersonalDataScanner.scan("QQ 1381234567").map(\.kind) == [.chatAccount])
    }

    @Test("an ordinary word that contains `ref` or `order` does not exempt a number", arguments: [
        "The refund went to 13812345678.", "Refunded to card 6222021234567894.", "She preferred 13812345678.",
        "A border guard 13912345678.", "Recorder: victim@example.com", "The hotline caller 13812345678.",
    ])
    func wordsAreNotExemptions(_ line: String) {
        #expect(PersonalDataScanner.scan(line).count == 1, "\(line)")
    }

    @Test("the whole-file pre-check never skips a line the scan would report", arguments: [
        "13812345678", "+86 138 1234 5678", "138-1234-5678", "号码\u{3000}138\u{3000}1234\u{3000}5678", "1381234\u{00A0}5678",
        "１３８１２３４５６７８", "卡号6222 0212 3456 7894", "ID \(id)", "a@b.cn", "前文\n138 1234 5678\n后文", "Write <victim@example.com>.",
    ])
    func preCheckKeepsFindings(_ text: String) {
        #expect(PersonalDataScanner.mayFind(in: text), "\(text)")
    }

    /// The pre-check's rule on scalars, with Unicode's own list of white space.
    /// Marks and escapes are read past; white space, dots and hyphens separate groups of
    /// digits (`DigitRun` counts what one number may hold: a group of one or two digits before a
    /// separator ends a number of long groups, a dot a chain of short ones). An HTML tag (`<` and a letter, "/" or "!", to `>` on the same line) or
    /// comment (to `-->`) is skipped, or passes the text when it holds a digit or "@".
    static func referenceMayFind(_ text: String) -> Bool {
        // The grouping of digits is the scanner's own (`DigitRun`); what is read here is scalars.
        var run = PersonalDataScanner.DigitRun()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "@" { return true }
            if scalar == "<" {
                let next = index < scalars.count ? scalars[index] : " "
                let opensTag = next.isASCII && (next.properties.isAlphabetic || next == "/" || next == "!")
                // A comment ends at "-->" on its line, a tag at the first ">".
                let isComment = scalars[index...].starts(with: "!--".unicodeScalars)
                let end = scalars[index...].prefix { $0 != "\n" }
                let close = isComment ? end.indices.dropFirst(3).first { end[$0...].starts(with: "-->".unicodeScalars) }.map { $0 + 2 }
                                      : end.firstIndex(of: ">")
                if opensTag, let close {
                    if scalars[index..<close].contains(where: { ("0"..."9").contains($0) || $0 == "@" }) { return true }
                    index = close + 1
                } else {
                    run.reset()
                }
            } else if ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar) {
                if run.digit() { return true }
            } else if scalar.properties.isWhitespace || "-./".unicodeScalars.contains(scalar) {
                run.separator(slashOrDot: scalar == "." || scalar == "/")
            } else if !"*_`~\\".unicodeScalars.contains(scalar) {
                run.reset()
            }
        }
        return false
    }

    @Test("the byte-level pre-check agrees with the rule on scalars, and passes every text with a finding")
    func preCheckRandom() {
        // Pieces of numbers, separators, white space of several widths, CJK text, letters and "@", seeded.
        let alphabet: [String] = ["138", "139", "1234", "5678", "+86", " ", "-", "\u{3000}", "\u{00A0}", "\u{2009}", "\u{1680}", "号码",
                                  "a", "ex.cn", "@", "１３８", "６２２２", "*", "/", "2024", "86", "1", "12", ".", "\u{1F}", "é", "\n", "<b>", "<!--", "-->", "`", "_", "\\", "<", "<v", ">"]
        var disagreements = 0
        var examples: [String] = []
        var skippedWithFindings = 0
        var lit = 0
        for text in seededTexts(8000, of: 12, from: alphabet, seed: 0x9E37_79B9_7F4A_7C15) {
            if PersonalDataScanner.mayFind(in: text) != Self.referenceMayFind(text) {
                disagreements += 1
                if examples.count < 5 { examples.append(text.debugDescription) }
            }
            // The pre-check gates the main scan; the rarer forms have pre-checks of their own (tested with them).
            let found = text.split(separator: "\n").contains { !PersonalDataScanner.fullScan(String($0)).isEmpty }
            if found && !PersonalDataScanner.mayFind(in: text) { skippedWithFindings += 1 }
            if found { lit += 1 }
        }
        #expect(disagreements == 0, "\(examples)")
        #expect(skippedWithFindings == 0)
        #expect(lit > 100, "the random texts should hold findings")
        // Commas and colons may join a number's groups (138,0013,8029), so a line of amounts and times
        // written with them is scanned; one written with 、 and 年月日 is not.
        #expect(!PersonalDataScanner.mayFind(in: "损失 97,000 元、尾号 8988、2024年11月6日 09:30 报警"))
        // Brackets are read for an address spelt out, "(at)", and nothing else.
        #expect(!PersonalDataScanner.mayFind(in: "Ms. Zhao (a factory worker) saw [the advert] (attached)."))
        #expect(PersonalDataScanner.mayFind(in: "li (at) qq.com") && PersonalDataScanner.mayFind(in: "li[AT]qq.com"))
    }

    @Test("the pre-check passes every line the full scan reports: numbers in short and long groups, dated paths, addresses spelt out")
    func preCheckNeverHidesAFinding() {
        let pieces = ["138", "139", "0013", "8000", "1", "2", "3", "86", "0086", "12", "5", "8", "9", "1234", "5678", "6222", "0212", "3456",
                      "7894", "110101", "19900307", "123", "X", " ", "  ", "-", ".", "/", ",", ":", "|", "。", "、", "(", ")", "[", "]", "+", "一",
                      "三", "八", "零", "幺", "元", "号", "a", "@", "qq", " at ", "(at)", "{at}", "艾特", "163", ".com", "点", "\u{3000}", "\u{00A0}",
                      "*", "_", "<b>", "</b>", "７", "①", "⑴", "%31", "%2E", "\n", "\u{2009}", "at", "AT ", "＠", "\u{200B}", "<span class=\"x\">",
                      "gmail", "Live", "~~", "`", "#", "＃", "★", "(a)", "[a]", "【at】", "〇", "○", "洞", "两", "圆通", "元月", "yuan", "换成@"]
        var misses: [String] = []
        var findings = 0
        for text in seededTexts(25_000, of: 17, from: pieces, seed: 0x9876_5432_1FED_CBA9) {
            let mayFind = PersonalDataScanner.mayFind(in: text)
            for line in text.split(separator: "\n") where !PersonalDataScanner.fullScan(String(line)).isEmpty {
                findings += 1
                if !mayFind, misses.count < 5 { misses.append(text.debugDescription) }
            }
        }
        #expect(misses.isEmpty, "\(misses)")
        #expect(findings > 500, "the random texts should hold findings")
        // Dated paths, times, amounts and versions are not scanned: the pre-check is as tight as the rules.
        #expect(!PersonalDataScanner.mayFind(in: "- {name: \"Daily\", url: \"https://news.example.cn/2024/03/01/2024-03-01-fake-courier-123456\"}"))
        #expect(!PersonalDataScanner.mayFind(in: "on 2024/03/01 12:30 she paid 10.5 2.75 12.5 yuan, v1.2.3.4 at 192.168.10.1"))
        #expect(!PersonalDataScanner.mayFind(in: "She met him at the live show at noon; WhatsApp chat at 9."))
        #expect(PersonalDataScanner.mayFind(in: "86 138 0013 8000") && PersonalDataScanner.mayFind(in: "1 3 8 0 0 1 3 8 0 0 0"))
        #expect(PersonalDataScanner.mayFind(in: "li\u{3000}at\u{3000}*qq*.com") && PersonalDataScanner.mayFind(in: "li{at}<b>163</b>"))
    }

    @Test("the check digit decides whether 18 digits are a resident ID")
    func residentIDCheckDigit() {
        #expect(PersonalDataScanner.validResidentID(Self.id))
        #expect(PersonalDataScanner.validResidentID("11010519491231002X"))
        #expect(PersonalDataScanner.validResidentID("11010519491231002x"))
        #expect(!PersonalDataScanner.validResidentID("110105194912310021"))
        #expect(!PersonalDataScanner.validResidentID("110105194902300020"), "no 30 February")
    }

    @Test("Luhn agrees with the reference implementation")
    func luhn() {
        for digits in ["6222021234567894", "4111111111111111", "79927398713", "6222021234567895", "0000000000000000"] {
            #expect(PersonalDataScanner.luhnValid(digits) == luhnChecksumIsValid(digits), "\(digits)")
        }
        #expect(luhnChecksumIsValid("79927398713"))
        #expect(!luhnChecksumIsValid("79927398710"))
    }
}

@Suite("Defang")
struct DefangTests {
    @Test("indicators", arguments: [
        ("https://claim-center.example/x", "hxxps://claim-center[.]example/x"),
        ("http://claim-center.example", "hxxp://claim-center[.]example"),
        ("HTTPS://Claim-Center.Example/x", "hxxps://Claim-Center[.]Example/x"),
        ("claim-center.example", "claim-center[.]example"),
        ("fraud@claim-center.example", "fraud[@]claim-center[.]example"),
        ("13912345678", "13912345678"),
        ("Mr. Wang", "Mr. Wang"),
        ("Fake claims page: https://claim-center.example", "Fake claims page: hxxps://claim-center[.]example"),
        ("博彩网站：HTTP://lucky-bet.example/x", "博彩网站：hxxp://lucky-bet[.]example/x"),
        ("https://例子.中国/领奖", "hxxps://例子[.]中国/领奖"),
        ("hxxps://claim-center[.]example", "hxxps://claim-center[.]example"),
        ("a.b .c d. e..f -.x .", "a[.]b .c d. e..f -[.]x ."),
        ("pay.me\r\n.x", "pay[.]me\r\n.x"),
        ("x.é.1", "x[.]é[.]1"),
    ])
    func indicator(_ text: String, _ defanged: String) {
        #expect(Defang.indicator(text) == defanged)
    }

    @Test("hosts of indicators")
    func hosts() {
        #expect(Defang.host(of: "https://Claim-Center.example/x") == "claim-center.example")
        #expect(Defang.host(of: "203.0.113.5:8080") == "203.0.113.5" && Defang.host(of: "203.0.113.5/pay") == "203.0.113.5", "a server with its port or path")
        #expect(Defang.host(of: "claim-center.example/path") == "claim-center.example")
        #expect(Defang.host(of: "13912345678") == nil)
        #expect(Defang.host(of: "Mr. Wang") == nil)
    }

    @Test("hosts of indicators written defanged, and internationalised hosts in both forms")
    func refangedAndInternationalHosts() {
        #expect(Defang.hosts(of: "hxxps://pay.claim-center[.]example/x") == ["pay.claim-center.example"])
        #expect(Defang.hosts(of: "claim-center(dot)example") == ["claim-center.example"])
        #expect(Defang.hosts(of: "https://例子.com/claim") == ["xn--fsqu00a.com", "例子.com"])
        #expect(Defang.hosts(of: "例子[.]中国") == ["例子.中国", "xn--fsqu00a.xn--fiqs8s"])
        #expect(Defang.hosts(of: "微信号：退款客服") == [])
    }

    /// A reviewer of malformed input (twenty-ninth session): "Fake page: https://scam-host.example/claim"
    /// named no scam host, so a source linking that host was published as a live link.
    @Test("hosts of an address inside a description, as the shipped bulletin writes its indicators")
    func hostsInDescriptions() {
        #expect(Defang.hosts(of: "Fake page: https://scam-host.example/claim") == ["scam-host.example"])
        #expect(Defang.hosts(of: "Trading app from hxxps://pay.claim-center[.]example/x, now offline") == ["pay.claim-center.example"])
        #expect(Defang.hosts(of: "短信链接：claim-center.example/refund。") == ["claim-center.example"])
        #expect(Defang.hosts(of: "Sites a(.)example and hxxp://b.example") == ["a.example", "b.example"])
        // Only what is written as an address or follows the label: not the bank the scam imitates,
        // nor a dotted word in the sentence.
        #expect(Defang.hosts(of: "Fake site imitating www.icbc.com.cn: icbc-refund.top") == ["icbc-refund.top"])
        #expect(Defang.hosts(of: "Told by Mr.Li to open invoice.exe") == [])
        #expect(Defang.hosts(of: "Called from 170 **** 0000, said Mr. Wang") == [])
        #expect(Defang.hosts(of: "Alipay account zhang.san@example.com") == [])
    }

    @Test("an internationalised scam host is defanged in text, also written with an ideographic full stop")
    func internationalScamHostInText() {
        let policy = LinkPolicy(scamHosts: Set(Defang.hosts(of: "例子.中国")), trustedHosts: [])
        var asked: Set<String> = []
        #expect(policy.defang("请访问例子.中国或例子。中国领取，别去例子.com。", asked: &asked) == "请访问例子[.]中国或例子[.]中国领取，别去例子[.]com。")
        let other = LinkPolicy(scamHosts: ["other.example"], trustedHosts: [])
        #expect(policy.verdicts(on: ["x.example"]) != other.verdicts(on: ["x.example"]))
    }

    @Test("URLs written in text are defanged unless trusted; CJK punctuation ends a URL")
    func urlsInText() {
        let untrusted = Defang.urlsInText("Visit https://claim-center.example/x now or www.fake-shop.example.") { _ in false }
        #expect(untrusted == "Visit hxxps://claim-center[.]example/x now or www[.]fake-shop[.]example.")
        let trusted = Defang.urlsInText("See https://police.example.gov/n/1 for details.") { $0 == "police.example.gov" }
        #expect(trusted == "See https://police.example.gov/n/1 for details.")
        #expect(Defang.urlsInText("网址https://claim-center.example/x，别点。") { _ in false } == "网址hxxps://claim-center[.]example/x，别点。")
        #expect(Defang.urlsInText("Files at ftp://claim-center.example/x.") { _ in false } == "Files at fxp://claim-center[.]example/x.")
        // A malformed-input review (forty-second session): a "。" a letter follows is a dot of the host, as browsers read it.
        let gov: (String) -> Bool = { $0 == "www.gov.cn" || $0.hasSuffix(".gov.cn") }
        #expect(Defang.urlsInText("见https://www.gov.cn。evil.example/login。") { gov($0) } == "见hxxps://www[.]gov[.]cn。evil[.]example/login。")
        #expect(Defang.urlsInText("见https://www.gov.cn｡evil.example") { gov($0) } == "见hxxps://www[.]gov[.]cn｡evil[.]example")
        #expect(Defang.urlsInText("见https://www.gov.cn。请勿轻信。") { gov($0) } == "见https://www.gov.cn。请勿轻信。")
        var asked: Set<String> = []
        let policy = LinkPolicy(scamHosts: ["points-mall-gift.example"], trustedHosts: [])
        #expect(policy.defang("别去points-mall-gift。example或points-mall-gift．example领奖。", asked: &asked)
                == "别去points-mall-gift[.]example或points-mall-gift[.]example领奖。")
        #expect(policy.defang("别去mall-gift。example领奖。", asked: &asked) == "别去mall-gift。example领奖。")
    }

    /// A malformed-input review (fifty-fifth session): a scam site's address was published live in a body and its
    /// feeds, where mail programs and feed readers make it a `mailto:` link, though its host was defanged beside it.
    @Test("an e-mail address's domain is defanged as a site's name, unless trusted")
    func addressesInText() {
        var asked: Set<String> = []
        let policy = LinkPolicy(scamHosts: [], trustedHosts: ["police.example.gov"])
        #expect(policy.defang("Write to service@jd-refund.com or kefu@JD-Refund.com.", asked: &asked)
                == "Write to service@jd-refund[.]com or kefu@JD-Refund[.]com.")
        #expect(policy.defang("客服邮箱kefu@jd-refund.com，别回复。", asked: &asked) == "客服邮箱kefu@jd-refund[.]com，别回复。")
        #expect(policy.defang("Report it to tips@police.example.gov today.", asked: &asked) == "Report it to tips@police.example.gov today.")
        // The part before the `@` is no site (`wang.li@…`), and a file name no address.
        #expect(policy.defang("Mail wang.li@police.example.gov the file scan.pdf.", asked: &asked) == "Mail wang.li@police.example.gov the file scan.pdf.")
    }
}

@Suite("Summary")
struct SummaryTests {
    @Test("CJK: ends at a sentence end, two sentences when they fit")
    func cjkSentences() {
        let sentence1 = String(repeating: "骗", count: 29) + "。"   // weight 60
        let sentence2 = String(repeating: "子", count: 29) + "！"   // weight 60
        let sentence3 = String(repeating: "钱", count: 29) + "。"
        #expect(Summary.derive(from: sentence1 + sentence2 + sentence3) == sentence1 + sentence2)
    }

    @Test("CJK: a sentence too long is cut at a character with ……, never inside one")
    func cjkCut() {
        let long = String(repeating: "诈骗分子冒充客服", count: 15) + "。"   // 121 characters, weight 242
        let summary = Summary.derive(from: long)
        // 158 of 160 weight units for the text, 2 for the Chinese "……": 79 CJK characters.
        #expect(summary == String(long.prefix(79)) + "……")
        #expect(Summary.weight(summary) <= 160)
    }

    @Test("Latin: a sentence too long is cut at a word boundary with …")
    func latinCut() {
        let words = (0..<40).map { String(format: "word%02d", $0) }   // six letters each
        let summary = Summary.derive(from: words.joined(separator: " "))
        // 22 words with spaces take 153 characters; a 23rd would end at 160 and leave no room for "…".
        #expect(summary == words.prefix(22).joined(separator: " ") + "…")
    }

    @Test("Latin: short sentences are kept whole; titles like Mr. do not end a sentence")
    func latinSentences() {
        #expect(Summary.derive(from: "Mr. Li lost money. He called the police.") == "Mr. Li lost money. He called the police.")
        #expect(Summary.derive(from: "") == "")
    }

    @Test("Latin: abbreviations, initials and dotted letters do not end a sentence; a capital after a full stop does")
    func latinAbbreviations() {
        #expect(Summary.sentences("At 3 p.m. a man from the U.S. customs office called. St. Paul's College and J. Smith agreed. Approx. 500 yuan went.")
                == ["At 3 p.m. a man from the U.S. customs office called.", " St. Paul's College and J. Smith agreed.", " Approx. 500 yuan went."])
        #expect(Summary.sentences("She paid. Then she paid again.") == ["She paid.", " Then she paid again."])
    }

    /// A malformed-input review (forty-eighth session): `包裹丢失.凡是要求借款理赔的都是诈骗.`, typed with an English
    /// keyboard's full stops, was one sentence: the closing advice took the story with it, and no type was found.
    @Test("an ASCII full stop between Chinese characters ends a sentence, for the summary and the tagger; in a number or a host it does not")
    func asciiStopInChinese() {
        #expect(Summary.sentences("快递客服称包裹丢失.凡是要求借款理赔的都是诈骗.") == ["快递客服称包裹丢失.", "凡是要求借款理赔的都是诈骗."])
        #expect(AdviceText.sentences("快递客服称包裹丢失.凡是要求借款理赔的都是诈骗.") == ["快递客服称包裹丢失.", "凡是要求借款理赔的都是诈骗."])
        #expect(Summary.sentences("损失3.5万元，登录jd.com查看。") == ["损失3.5万元，登录jd.com查看。"])
        #expect(AdviceText.sentences("损失3.5万元，登录jd.com查看。") == ["损失3.5万元，登录jd.com查看。"])
        // Beside 。 a dot between Chinese characters is a name's (`约翰.史密斯`), as the review of the change found.
        #expect(Summary.sentences("对方自称美国军官“约翰.史密斯”，骗走5万元。") == ["对方自称美国军官“约翰.史密斯”，骗走5万元。"])
        #expect(AdviceText.sentences("对方自称约翰.史密斯，骗走5万元。") == ["对方自称约翰.史密斯，骗走5万元。"])
    }

    @Test("sentences up to a weight stop at the first that crosses it")
    func sentencesUpToAWeight() {
        let text = "她接到电话。“你的包裹丢了！”对方说。 He paid 3,000 yuan. Then he paid again? The rest is long enough to be left out"
        let all = Summary.sentences(text)
        #expect(all.count == 6)
        for limit in [0.0, 5, 12, 13, 30, 60, 200] {
            let some = Summary.sentences(text, weighing: limit)
            #expect(Array(all.prefix(some.count)) == some, "\(limit)")
            let weights = some.map(Summary.weight)
            // Every sentence but the last keeps the total within the limit; the last crosses it, unless all were read.
            #expect(weights.dropLast().reduce(0, +) <= limit, "\(limit)")
            #expect(some.count == all.count || weights.reduce(0, +) > limit, "\(limit)")
        }
        // 她接到电话。 weighs 12: it crosses 11, not 12.
        #expect(Summary.sentences(text, weighing: 11) == ["她接到电话。"])
        #expect(Summary.sentences(text, weighing: 12).count == 2)
    }

    @Test("lines are joined without a space between CJK characters, with one between Latin words")
    func flatten() {
        #expect(Summary.flatten("第一行\n第二行") == "第一行第二行")
        #expect(Summary.flatten("first line\nsecond line") == "first line second line")
        #expect(Summary.flatten("她说：\n\n“快递丢了。”") == "她说：“快递丢了。”")
    }
}

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    let plain = MarkdownRenderer(baseURL: "https://alerts.example.org")
    let site = MarkdownRenderer(baseURL: "https://alerts.example.org",
                                links: LinkPolicy(scamHosts: ["claim-center.example"], trustedHosts: ["police.example.gov", "alerts.example.org"]))

    @Test("a character reference to a control character or a bidi override is left out of the page and its text")
    func referencesToControlCharacters() {
        let output = plain.render("Bell&#7; and &#x202E;override and &#127; here.\n")
        for text in [output.html, output.plainText, output.proseText] {
            #expect(!text.unicodeScalars.contains { $0.value == 7 || $0.value == 0x202E || $0.value == 127 }, "\(text.debugDescription)")
        }
        #expect(output.plainText == "Bell and override and  here.")
    }

    @Test("replacing on bytes gives what Foundation's replacingOccurrences gives, on random text")
    func replacingBytes() {
        let pieces = ["href=\"https://a.example/", "src=\"https://a.example/", "href=\"", "https://a.example/", "汉字", "é", "<pre>", "h", "\"", " ", "x"]
        for text in seededTexts(3000, of: 9, from: pieces, seed: 0x5EED_0001) {
            for (target, replacement) in [("href=\"https://a.example/", "href=\"../../"), ("<pre>", "<pre tabindex=\"0\">"), ("汉字", "字")] {
                #expect(text.replacingBytes(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement), "\(text)")
            }
        }
    }

    @Test("a derived summary opens with the story, not a message the body quotes; a body that is only a quotation still gives one")
    func summaryLeavesQuotationsOut() {
        let quoted = plain.render("> 您的快递已丢失，点击链接领取三倍赔偿。\n\n周女士收到这条短信后点开了链接。\n").proseText
        #expect(quoted == "周女士收到这条短信后点开了链接。", "\(quoted)")
        #expect(plain.render("> Only a quoted message.\n").proseText == "Only a quoted message.")
    }

    @Test("masks are printed as written, never read as emphasis; bold around words still is")
    func masksAreText() {
        let output = plain.render("Calls from 138****8000 and 139****9000, mail z***@qq.com and zh****88@qq.com, ID 110105********002X.\n\nA **bold** word, **粗体**文字.\n")
        for mask in ["138****8000", "139****9000", "z***@qq.com", "zh****88@qq.com", "110105********002X"] {
            #expect(output.html.contains(mask) && output.plainText.contains(mask), "\(mask): \(output.html)")
        }
        #expect(output.html.contains("<strong>bold</strong>") && output.html.contains("<strong>粗体</strong>"), "\(output.html)")
    }

    /// A script in a sentence goes with what it holds (fifty-eighth session); one held inside another once freed its nodes twice.
    @Test("raw HTML in any nesting renders without a crash, and no script or style reaches the page (3,000 random texts)")
    func rawHTMLNesting() {
        let pieces = ["<script>", "</script>", "<style>", "</STYLE>", "<b>", "</b>", "*", "**", "_", "[", "](https://a.example)", "`",
                      "x", " ", "\n", "\n\n", "- ", "> ", "<!--", "-->", "alert(1)", "中文"]
        var scripts = 0
        for text in seededTexts(3000, of: 12, from: pieces, seed: 58) {
            let html = plain.render(text).html.lowercased()
            #expect(!html.contains("<script") && !html.contains("<style"), "\(text.debugDescription): \(html)")
            if text.contains("<script>") { scripts += 1 }
        }
        #expect(scripts > 1000)
    }

    @Test("raw HTML is not passed through")
    func rawHTML() {
        let html = plain.render("<script>alert(1)</script>\n\nText with <b onclick=\"x()\">bold</b> and <img src=x onerror=y>.\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b "))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("Text with"))
    }

    @Test("javascript: and other unsafe links are dropped", arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "vbscript:x", "data:text/html;base64,PHNjcmlwdD4="])
    func unsafeLinks(_ url: String) {
        for renderer in [plain, site] {
            let html = renderer.render("[click](\(url))").html
            #expect(!html.lowercased().contains("href=\"\(url.lowercased())"), "\(html)")
            #expect(!html.lowercased().contains("href=\"javascript"), "\(html)")
            #expect(!html.lowercased().contains("href=\"vbscript"), "\(html)")
            #expect(!html.lowercased().contains("href=\"data:text/html"), "\(html)")
        }
    }

    @Test("the heading levels used become h2, h3, … in order: the page title stays the only h1, and no level is skipped")
    func headings() {
        let html = plain.render("# One\n\n## Two\n\n###### Six\n").html
        #expect(html.contains("<h2>One</h2>") && html.contains("<h3>Two</h3>") && html.contains("<h4>Six</h4>"), "\(html)")
        #expect(!html.contains("<h1"))
        // A body that starts at `##`, as most editors write it (a browser review, thirty-third session: h1 then h3).
        let second = plain.render("## What happened\n\nText.\n\n### Details\n\n## Police advice\n").html
        #expect(second.contains("<h2>What happened</h2>") && second.contains("<h3>Details</h3>") && second.contains("<h2>Police advice</h2>"), "\(second)")
        // A wide code block can be scrolled from the keyboard.
        #expect(plain.render("    curl https://example.org/very/long\n").html.hasPrefix("<pre tabindex=\"0\">"))
    }

    @Test("links to scam sites are defanged text, never links")
    func scamLinks() {
        let html = site.render("Do not open [the claims page](https://claim-center.example/x) or <https://claim-center.example/y>.").html
        #expect(!html.contains("<a"))
        #expect(html.contains("the claims page (hxxps://claim-center[.]example/x)"))
        #expect(html.contains("hxxps://claim-center[.]example/y"))
        #expect(!html.contains("https://claim-center.example"))
    }

    @Test("a scam address in the title, summary or region is defanged as in the body")
    func scamAddressInFields() throws {
        let result = Tree.with(["cases/x.md": caseFile([
            "title: Beware https://claim-center.example/x",
            "date: 2024-03-01",
            "summary: The page www.claim-center.example asked for a code.",
            "region: claim-center.example district",
            "indicators: [https://claim-center.example/x]",
        ])]).check()
        let entry = try #require(result.enrichedCase("x")?.entry)
        #expect(entry.title == "Beware hxxps://claim-center[.]example/x")
        #expect(entry.summary == "The page www[.]claim-center[.]example asked for a code.")
        #expect(entry.region == "claim-center[.]example district")
    }

    @Test("links without a scheme (//host, ///host, /\\host) are judged as the https addresses browsers make of them")
    func schemeRelativeLinks() {
        for target in ["//claim-center.example/pay", "///claim-center.example/e", "/\\claim-center.example/x"] {
            let html = site.render("Open [this](\(target)).").html
            #expect(!html.contains("<a"), "\(target): \(html)")
            #expect(html.contains("hxxps://claim-center[.]example/"), "\(target): \(html)")
        }
    }

    @Test("scam addresses in plain text are defanged")
    func scamText() {
        let html = site.render("The site claim-center.example and https://claim-center.example/z looked official.").html
        #expect(html.contains("claim-center[.]example and hxxps://claim-center[.]example/z"))
    }

    @Test("trusted links stay links; relative links become absolute")
    func trustedAndRelative() {
        let html = site.render("[notice](https://police.example.gov/n/1), [advice](/types/fake-shopping/), [case](cases/x/), [top](#top)").html
        #expect(html.contains("<a href=\"https://police.example.gov/n/1\">notice</a>"))
        #expect(html.contains("<a href=\"https://alerts.example.org/types/fake-shopping/\">advice</a>"))
        #expect(html.contains("<a href=\"https://alerts.example.org/cases/x/\">case</a>"))
        #expect(html.contains("<a href=\"#top\">top</a>"))
    }

    @Test("an unknown outside host is not linked either (case bodies link only to trusted hosts)")
    func untrustedHost() {
        let html = site.render("[shop](https://random-shop.example/deal)").html
        #expect(!html.contains("<a"))
        #expect(html.contains("hxxps://random-shop[.]example/deal"))
    }

    @Test("plain text keeps paragraphs apart")
    func plainText() {
        #expect(plain.render("# Title\n\nOne *two*.\n\n- three\n").plainText == "Title\n\nOne two.\n\nthree")
    }
}

@Suite("Suggest")
struct SuggestTests {
    @Test("nearest key or id", arguments: [
        ("scam_type", ["scam_types", "tactics", "campaigns"], "scam_types"),
        ("Title", ["title", "date"], "title"),
        ("fake-courier-compensaton", ["fake-courier-compensation", "fake-refund-customer-service"], "fake-courier-compensation"),
        ("wechatt", ["phone", "sms", "qq", "wechat", "email"], "wechat"),
        ("regoin", ["region", "summary"], "region"),
    ])
    func nearest(_ word: String, _ candidates: [String], _ expected: String) {
        #expect(Suggest.nearest(word, in: candidates) == expected)
    }

    @Test("nothing near enough gives no suggestion")
    func nothingNear() {
        #expect(Suggest.nearest("romance", in: ["fake-courier-compensation"]) == nil)
        #expect(Suggest.nearest("xyz", in: ["abc"]) == nil)
        #expect(Suggest.nearest("anything", in: [String]()) == nil)
        // A review (thirtieth session): `.zh.` files with `languages: [en]` were asked "did you mean `en`?".
        #expect(Suggest.nearest("zh", in: ["en"]) == nil)
        #expect(Suggest.nearest("kind", in: ["id", "text", "priority"]) == nil)
        #expect(Suggest.nearest("ids", in: ["id"]) == "id")
    }

    @Test("edit distance")
    func distance() {
        #expect(Suggest.editDistance("kitten", "sitting") == 3)
        #expect(Suggest.editDistance("", "abc") == 3)
        #expect(Suggest.editDistance("验证码", "验证") == 1)
    }
}

@Suite("CheckReport")
struct CheckReportTests {
    @Test("a problem with a whole file is at 1:1 in JSON too, as the text output shows it")
    func wholeFileAtOne() throws {
        var tree = Tree()
        tree.set("cases/notes.MD", "text")
        let result = tree.check()
        #expect(result.diagnostics.map(\.formatted).contains { $0.hasPrefix("Alerts/cases/notes.MD:1:1: error:") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(CheckReport.json(result).utf8)) as? [String: Any])
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first { $0["file"] as? String == "Alerts/cases/notes.MD" })
        #expect(diagnostic["line"] as? Int == 1 && diagnostic["column"] as? Int == 1)
    }

    @Test("check --format json has exactly the keys of SPEC §3")
    func shape() throws {
        var tree = Tree()
        tree.set("tactics/screen-sharing.md", "---\nname: Screen sharing\nsummary: Sharing a screen.\nadvice: [never-share-sms-code]\ncues: [{phrase: share the screen, weight: 3}]\n---\nBody.\n")
        tree.set("cases/declared.md", caseFile(["title: Declared", "date: 2024-11-05", "scam_types: [fake-courier-compensation]",
                                                "tactics: [screen-sharing]"],
                                               body: ["She read out the SMS code and the verification code."]))
        tree.set("cases/declared.zh.md", caseFile(["title: 中文"], body: ["中文正文。"]))
        tree.set("cases/draft.md", caseFile(["title: Draft", "date: 2024-11-05", "draft: true"]))
        let result = tree.check()
        let json = CheckReport.json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["errors", "warnings", "diagnostics", "cases"])
        #expect(object["errors"] as? Int == 0)
        #expect(object["warnings"] as? Int == 1)

        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        // `hint` is an addition to the example of SPEC §3, present when there is one.
        #expect(Set(diagnostic.keys).subtracting(["hint"]) == ["file", "line", "column", "severity", "code", "message"])
        #expect(diagnostic["file"] as? String == "Alerts/cases/declared.md")
        #expect(diagnostic["line"] as? Int == 5)
        #expect(diagnostic["column"] as? Int == 1)
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["code"] as? String == "untagged-cue")
        #expect(diagnostic["message"] is String)

        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.map { $0["file"] as? String } == ["Alerts/cases/base-case.md", "Alerts/cases/declared.md",
                                                          "Alerts/cases/declared.zh.md", "Alerts/cases/draft.md"])
        for item in cases {
            // `status` is an addition to the example of SPEC §3 (published / draft / scheduled / expired).
            #expect(Set(item.keys).subtracting(["status"]) == ["file", "slug", "lang", "published", "scam_types", "tactics", "inferred",
                                                                "evidence", "advice", "campaigns"])
            #expect(item["published"] is Bool && item["inferred"] is Bool)
            #expect(item["scam_types"] is [String] && item["tactics"] is [String] && item["advice"] is [String] && item["campaigns"] is [String])
        }
        let base = cases[0]
        #expect(base["slug"] as? String == "base-case")
        #expect(base["lang"] as? String == "en")
        #expect(base["published"] as? Bool == true)
        #expect(base["inferred"] as? Bool == true)
        #expect(base["scam_types"] as? [String] == ["fake-courier-compensation"])
        #expect(base["campaigns"] as? [String] == ["double-11"])
        #expect(base["advice"] as? [String] == ["call-110-96110", "check-parcel-in-official-app"])
        let evidence = try #require(base["evidence"] as? [[String: Any]])
        #expect(evidence.allSatisfy { Set($0.keys) == ["id", "phrase", "line"] })
        #expect(evidence.contains { $0["phrase"] as? String == "double compensation" && $0["line"] as? Int == 7 && $0["id"] as? String == "fake-courier-compensation" })
        #expect(cases[1]["inferred"] as? Bool == false)
        #expect(cases[2]["lang"] as? String == "zh")
        #expect(cases[2]["slug"] as? String == "declared")
        #expect(cases[3]["published"] as? Bool == false)
    }

    @Test("diagnostics print as path:line:column: severity: message (hint)")
    func formatted() {
        let diagnostic = Diagnostic(file: "Alerts/cases/x.md", line: 4, column: 1, severity: .error, code: "unknown-key",
                                    message: "unknown key `scam_type` in the front matter", hint: "did you mean `scam_types`?")
        #expect(diagnostic.formatted == "Alerts/cases/x.md:4:1: error: unknown key `scam_type` in the front matter (did you mean `scam_types`?)")
        // A file named with a line break or an escape sequence prints one line, and no escape.
        let hostile = Diagnostic(file: "Alerts/cases/a\nfake:9:9: error: injected\u{1B}[2J.md", line: 1, column: 1, severity: .error,
                                 code: "invalid-slug", message: "bad name")
        #expect(hostile.formatted == "Alerts/cases/a\\u{A}fake:9:9: error: injected\\u{1B}[2J.md:1:1: error: bad name")
        #expect(!hostile.formatted.unicodeScalars.contains { $0.value < 0x20 })
    }
}

@Suite("Loader")
struct LoaderTests {
    @Test("paths are classified by folder, name and language suffix")
    func classify() {
        #expect(Loader.classify("site.yml")?.0 == .site)
        #expect(Loader.classify("advice.zh.yml")?.0 == .advice)
        #expect(Loader.classify("advice.zh.yml")?.2 == "zh")
        #expect(Loader.classify("types/fake-shopping.md")?.0 == .term(.scamType))
        #expect(Loader.classify("tactics/fake-website.zh.md")?.1 == "fake-website")
        #expect(Loader.classify("cases/2023/11/x.zh.md")?.0 == .case)
        #expect(Loader.classify("cases/2023/11/x.zh.md")?.1 == "x")
        #expect(Loader.classify("cases/2023/11/x.zh.md")?.2 == "zh")
        #expect(Loader.classify("cases/notes.txt") == nil)
        #expect(Loader.classify("types/nested/x.md") == nil)
        #expect(Loader.classify("cases/2024/a.b.c.md")?.1 == "a.b.c", "more than one inner dot: the whole stem, for the slug check")
        #expect(Loader.classify("cases/2024/a.b.c.md")?.2 == nil)
        #expect(Loader.classify("cases/2024/诈骗.zh.md")?.1 == "诈骗")
        #expect(Loader.classify("site.zh.yml")?.2 == "zh")
        #expect(Loader.classify("cases.md") == nil)
        // Empty components do not count, as with `split`; an empty language stays one (for the language check).
        #expect(Loader.classify("cases//2024/x.md")?.0 == .case)
        #expect(Loader.classify("types//x.md")?.0 == .term(.scamType))
        #expect(Loader.classify("cases/2024/x..md")?.1 == "x")
        #expect(Loader.classify("cases/2024/x..md")?.2 == "")
        #expect(Loader.classify("cases/2024/.md") == nil, "hidden: the loader names it")
        #expect(Loader.classify("cases/2024/.draft.md") == nil)
        #expect(Loader.classify("campaigns/x.zh.yml") == nil)
        #expect(Loader.classify("site") == nil)
        #expect(Loader.classify("types/x.yml") == nil)
    }

    @Test("a missing content folder is one error")
    func missingFolder() {
        let result = ContentPipeline.check(alerts: "./Nowhere/", fileSystem: MemoryFileSystem(), clock: defaultClock)
        let first = result.diagnostics.first { $0.code == "no-content" }
        #expect(first?.file == "Nowhere" && first?.line == 0 && first?.severity == .error)
        #expect(first?.hint?.contains("--alerts") == true)
        #expect(result.bulletin == nil)
        #expect(result.diagnostics.count == 1, "no missing site.yml and advice.yml besides: \(result.diagnostics.map(\.formatted))")
        let file = ContentPipeline.check(alerts: "Alerts", fileSystem: MemoryFileSystem(["Alerts": Data("x".utf8)]), clock: defaultClock)
        #expect(file.diagnostics.map(\.message) == ["`Alerts` is a file; --alerts names the content folder"])
    }

    @Test("the base fixture reads the same from disk as from memory")
    func disk() {
        let result = ContentPipeline.check(alerts: Fixtures.directory.appendingPathComponent("base").path, fileSystem: DiskFileSystem(), clock: defaultClock)
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        #expect(result.bulletin?.editions.first?.cases.map(\.slug) == ["base-case"])
    }

    @Test("the disk lists every name whole, of any length (up to 255 bytes, CJK too), without hidden entries but `.md` files; linked folders and links to nothing are listed, not entered")
    func diskListing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("cases/2024"), withIntermediateDirectories: true)
        try manager.createDirectory(at: root.appendingPathComponent(".hidden-folder"), withIntermediateDirectories: true)
        var expected: [String] = []
        for length in [4, 5, 7, 8, 9, 15, 16, 17, 100, 200, 255] {
            let name = String(repeating: "a", count: length - 3) + ".md"
            try Data(name.utf8).write(to: root.appendingPathComponent("cases/2024/" + name))
            expected.append("cases/2024/" + name)
        }
        let chinese = String(repeating: "诈", count: 80) + ".zh.md" // 246 bytes
        try Data().write(to: root.appendingPathComponent("cases/" + chinese))
        expected.append("cases/" + chinese)
        try Data().write(to: root.appendingPathComponent(".hidden.md"))
        try Data().write(to: root.appendingPathComponent(".hidden-folder/inside.md"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked.md").path, withDestinationPath: "cases/" + chinese)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("linked-folder").path, withDestinationPath: "cases")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("cases/gone.md").path, withDestinationPath: "/nonexistent/gone.md")
        try Data().write(to: root.appendingPathComponent(".DS_Store"))
        expected += ["linked.md", "linked-folder", "cases/gone.md", ".hidden.md"]
        #expect(try DiskFileSystem().files(under: root.path) == expected.sorted())
    }

    @Test("a linked folder in Alerts/ is a warning, a case linked to nothing an error: neither is skipped in silence")
    func linksTold() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let alerts = root.appendingPathComponent("Alerts")
        try manager.copyItem(at: Fixtures.directory.appendingPathComponent("base"), to: alerts)
        try manager.createDirectory(at: root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: alerts.appendingPathComponent("cases/2023").path, withDestinationPath: "../../elsewhere")
        try manager.createSymbolicLink(atPath: alerts.appendingPathComponent("cases/gone.md").path, withDestinationPath: "/nonexistent/gone.md")
        let result = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: defaultClock)
        expectDiagnostics(result.diagnostics, [
            Expected(alerts.path + "/cases/2023", 0, 0, .warning, "linked-folder", message: ["`cases/2023`", "does not follow it"]),
            Expected(alerts.path + "/cases/gone.md", 0, 0, .error, "unreadable", message: ["a link to a file that does not exist"]),
        ])
    }

    /// A sixth malformed-input review (forty-second session): a case and a folder named in GBK (新案例, as
    /// a zip from Chinese Windows names them) were "The file doesn't exist" and "chmod a+rx".
    @Test("a file or folder whose name is not UTF-8 is an error naming it, and the rest is checked")
    func namesNotUTF8() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-gbk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let alerts = root.appendingPathComponent("Alerts")
        try FileManager.default.copyItem(at: Fixtures.directory.appendingPathComponent("base"), to: alerts)
        let gbk: [UInt8] = [0xD0, 0xC2, 0xB0, 0xB8, 0xC0, 0xFD]  // 新案例
        let file = Array((alerts.path + "/cases/").utf8) + gbk + Array(".md".utf8) + [0]
        let descriptor = file.withUnsafeBufferPointer { $0.baseAddress.map { open(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) } ?? -1 }
        #expect(descriptor >= 0)
        close(descriptor)
        let folder = Array((alerts.path + "/cases/").utf8) + gbk + [0]
        #expect(folder.withUnsafeBufferPointer { $0.baseAddress.map { mkdir(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), 0o755) } ?? -1 } == 0)
        let result = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: defaultClock)
        let named = result.diagnostics.filter { $0.code == "file-name-encoding" }
        #expect(named.count == 2 && named.allSatisfy { $0.severity == .error && $0.message.contains("not UTF-8") && $0.file.contains("\u{FFFD}") },
                "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.count == 2 && result.bulletin != nil, "the other files are checked: \(result.diagnostics.map(\.formatted))")
    }

    /// A malformed-input review (thirty-fifth session): two case files linked to each other were
    /// "NSCocoaErrorDomain error 256", and a folder without read permission was named as the
    /// content folder itself, with site.yml and advice.yml said missing beside it.
    @Test("links in a loop are an error in words; a folder that cannot be listed is one error, naming it")
    func loopsAndUnlistableFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-loops-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let alerts = root.appendingPathComponent("Alerts")
        try manager.copyItem(at: Fixtures.directory.appendingPathComponent("base"), to: alerts)
        try manager.createSymbolicLink(atPath: alerts.appendingPathComponent("cases/loop1.md").path, withDestinationPath: "loop2.md")
        try manager.createSymbolicLink(atPath: alerts.appendingPathComponent("cases/loop2.md").path, withDestinationPath: "loop1.md")
        let result = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: defaultClock)
        expectDiagnostics(result.diagnostics, [
            Expected(alerts.path + "/cases/loop1.md", 0, 0, .error, "unreadable", message: ["back to itself"]),
            Expected(alerts.path + "/cases/loop2.md", 0, 0, .error, "unreadable", message: ["back to itself"]),
        ])
        // Permissions do not stop root, who runs CI: a file system that cannot open one folder stands in.
        struct Unlistable: ContentFileSystem {
            var base: MemoryFileSystem
            func files(under directory: String) throws -> [String] {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: directory + "/cases/2019/private"])
            }
            func read(_ path: String) throws -> Data { try base.read(path) }
            func read(_ relativePaths: [String], under directory: String, keeping keep: [Bool], known: KnownFiles) -> [Result<LoadedFile, any Error>] {
                base.read(relativePaths, under: directory, keeping: keep, known: known)
            }
            func isDirectory(_ path: String) -> Bool { base.isDirectory(path) }
            func exists(_ path: String) -> Bool { base.exists(path) }
            func resolved(_ path: String) -> String? { base.resolved(path) }
        }
        let unlistable = ContentPipeline.check(alerts: "Alerts", fileSystem: Unlistable(base: MemoryFileSystem(Tree().files)), clock: defaultClock)
        expectDiagnostics(unlistable.diagnostics, [
            Expected("Alerts/cases/2019/private", 0, 0, .error, "unreadable-folder", message: ["cannot list the folder `Alerts/cases/2019/private`"], hint: ["chmod"]),
        ])
    }

    @Test("a case that is a device, a pipe or a huge file is an error saying so: nothing hangs or fills memory")
    func specialFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-special-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        let alerts = root.appendingPathComponent("Alerts")
        try manager.copyItem(at: Fixtures.directory.appendingPathComponent("base"), to: alerts)
        try manager.createSymbolicLink(atPath: alerts.appendingPathComponent("cases/zero.md").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(alerts.appendingPathComponent("cases/pipe.md").path, 0o644) == 0)
        let huge = alerts.appendingPathComponent("cases/huge.md")
        try Data("---\ntitle: Huge\ndate: 2024-03-01\n---\n".utf8).write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(DiskFileSystem.largestFile + 1))
        try handle.close()
        let result = ContentPipeline.check(alerts: alerts.path, fileSystem: DiskFileSystem(), clock: defaultClock)
        expectDiagnostics(result.diagnostics, [
            Expected(alerts.path + "/cases/huge.md", 0, 0, .error, "unreadable", message: ["16 MB"]),
            Expected(alerts.path + "/cases/pipe.md", 0, 0, .error, "unreadable", message: ["not a file", "pipe"]),
            Expected(alerts.path + "/cases/zero.md", 0, 0, .error, "unreadable", message: ["not a file", "device"]),
        ])
    }

    @Test("trimming removes Unicode white space at both ends only, and keeps marks, CJK and inner spaces")
    func trimming() {
        #expect(" \u{3000}诈骗\u{301} x \n\t".trimmingWhitespace() == "诈骗\u{301} x")
        #expect("\u{301}abc\u{2029}".trimmingWhitespace() == "\u{301}abc", "a leading combining mark stays")
        #expect("  ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
        #expect("a".trimmingWhitespace() == "a")
        #expect("[ 😀 ]"[...].dropFirst().dropLast().trimmingWhitespace() == "😀", "a substring")
    }

    @Test("white space told without property tables for ASCII is Unicode White_Space, for every scalar")
    func whiteSpace() {
        var count = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            if scalar.isWhiteSpace { count += 1 }
        }
        #expect(count == 25, "Unicode 15 has 25 White_Space characters")
    }

    @Test("the disk reads files of every size whole: empty, one byte, page sizes and beyond, one by one or many by folder")
    func diskReading() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-reading-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for size in [0, 1, 2, 4095, 4096, 4097, 65_536, 200_001] {
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let file = root.appendingPathComponent("\(size).md")
            try bytes.write(to: file)
            #expect(try DiskFileSystem().read(file.path) == bytes, "\(size) bytes")
        }
        #expect(throws: (any Error).self) { try DiskFileSystem().read(root.appendingPathComponent("missing.md").path) }
        #expect(throws: (any Error).self) { try DiskFileSystem().read(root.path) }

        // Many at once, by folder: the same bytes, in the order asked, and why one could not be read.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("cases/2024"), withIntermediateDirectories: true)
        var expected: [String: Data] = [:]
        for size in [0, 1, 4097, 65_535, 65_536, 65_537, 200_001] {
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 17 &+ 3) })
            let relative = size % 2 == 0 ? "cases/2024/\(size).md" : "top-\(size).md"
            try bytes.write(to: root.appendingPathComponent(relative))
            expected[relative] = bytes
        }
        let asked = expected.keys.sorted() + ["cases/2024/missing.md", "cases", "nowhere/x.md"]
        let read = DiskFileSystem().read(asked, under: root.path, keeping: asked.map { _ in true }, known: KnownFiles()).map { $0.map { $0.data } }
        #expect(read.count == asked.count)
        for (relative, result) in zip(asked, read) {
            if let bytes = expected[relative] {
                #expect((try? result.get()) == bytes, "\(relative)")
            } else {
                #expect(throws: (any Error).self, "\(relative)") { try result.get() }
            }
        }
    }
}

@Suite("Known files: case files not read again while their signature holds")
struct KnownFilesTests {
    /// A clock after every file's times: every signature is settled.
    static let later = DiskFileSystem(now: { 4_000_000_000_000_000_000 })
    /// A clock before every file's times: no signature is settled.
    static let earlier = DiskFileSystem(now: { 0 })

    static func signature(of path: String) throws -> stat {
        var info = stat()
        try #require(stat(path, &info) == 0)
        return info
    }

    @Test("a signature is settled only when both its times are older than the read by the settling time")
    func settling() {
        let read: Int64 = 1_800_000_000_000_000_000
        let old = read - FileSignature.settleTime - 1
        func signature(modified: Int64, changed: Int64) -> FileSignature {
            FileSignature(device: 1, inode: 2, size: 3, modified: modified, changed: changed)
        }
        #expect(signature(modified: old, changed: old).isSettled(at: read))
        #expect(!signature(modified: old, changed: old + 1).isSettled(at: read), "changed exactly the settling time before")
        #expect(!signature(modified: old + 1, changed: old).isSettled(at: read))
        #expect(!signature(modified: read + 1_000_000_000, changed: old).isSettled(at: read), "a modification time in the future")
        #expect(!signature(modified: old, changed: read).isSettled(at: read))
    }

    @Test("a file not kept whose signature is known is not read; any write, even of the same size with its time put back, is")
    func knownFilesAreNotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alertpress-known-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("cases"), withIntermediateDirectories: true)
        let paths = ["cases/a.md", "cases/b.md"]
        for (index, path) in paths.enumerated() { try Data("case \(index) text".utf8).write(to: root.appendingPathComponent(path)) }
        func read(_ disk: DiskFileSystem, keep: Bool, known: KnownFiles = KnownFiles()) throws -> [LoadedFile] {
            try disk.read(paths, under: root.path, keeping: paths.map { _ in keep }, known: known).map { try $0.get() }
        }
        let digests = try paths.map { path in try Data(contentsOf: root.appendingPathComponent(path)).withUnsafeBytes(Fingerprint.raw) }

        // Just written: no signature is kept. Settled: each is, as `stat` gives it.
        #expect(try read(Self.earlier, keep: true).allSatisfy { $0.signature == nil })
        let settled = try read(Self.later, keep: true)
        #expect(settled.map(\.digest) == digests)
        for (path, file) in zip(paths, settled) {
            let info = try Self.signature(of: root.appendingPathComponent(path).path)
            #expect(file.signature == FileSignature(info), "\(path)")
        }

        // Known with other fingerprints than the bytes have: only a file not kept is taken from there.
        let fake = Fingerprint { $0.add("not these bytes") }
        let known = KnownFiles(zip(paths, settled).map { path, file in
            var loaded = file
            loaded.digest = fake
            return ContentFile(role: .case, path: path, name: String(path.dropFirst(6).dropLast(3)), langSuffix: nil, loaded: loaded, relative: path)
        })
        #expect(known.count == 2)
        #expect(try read(Self.earlier, keep: false, known: known).allSatisfy { $0.digest == fake && $0.data == nil })
        #expect(try read(Self.earlier, keep: true, known: known).map(\.digest) == digests)

        // The same number of bytes, and the modification time put back: the change time differs.
        // Older kernels take it from a clock that ticks every few milliseconds, and a write in the
        // same tick as the one hashed would keep it: what `isSettled` keeps out of a build, and
        // the clock `later` lets in here. So the write waits for the next tick.
        Thread.sleep(forTimeInterval: 0.05)
        let a = root.appendingPathComponent(paths[0]).path
        let before = try Self.signature(of: a)
        try Data("case X text".utf8).write(to: URL(fileURLWithPath: a))
        var times = [before.st_atim, before.st_mtim]
        try #require(utimensat(AT_FDCWD, a, &times, 0) == 0)
        let after = try Self.signature(of: a)
        try #require(after.st_size == before.st_size && FileSignature(after).modified == FileSignature(before).modified)
        // Replaced by renaming a copy over it, with the same bytes: another inode.
        let b = root.appendingPathComponent(paths[1]).path
        try Data(contentsOf: URL(fileURLWithPath: b)).write(to: URL(fileURLWithPath: b), options: .atomic)
        let again = try read(Self.earlier, keep: false, known: known)
        #expect(again[0].digest == Data("case X text".utf8).withUnsafeBytes(Fingerprint.raw))
        #expect(again[1].digest == digests[1])

        // A known file that is gone is an error, as any file that cannot be read.
        try FileManager.default.removeItem(atPath: b)
        let gone = Self.earlier.read(paths, under: root.path, keeping: [false, false], known: known)
        #expect(throws: (any Error).self) { try gone[1].get() }
    }

    @Test("the known files read back as stored, for this program and this path of Alerts/ only; no draft's file is kept")
    func storedTable() throws {
        func file(_ relative: String, slug: String, inode: UInt64, settled: Bool = true) -> ContentFile {
            let signature = FileSignature(device: 7, inode: inode, size: 100 + Int64(inode), modified: 1_000 * Int64(inode), changed: 2_000 * Int64(inode))
            return ContentFile(role: .case, path: "Alerts/" + relative, name: slug, langSuffix: relative.hasSuffix(".zh.md") ? "zh" : nil,
                               loaded: LoadedFile(Data(relative.utf8), keep: false, signature: settled ? signature : nil), relative: relative)
        }
        let files = [file("cases/2024/a.md", slug: "a", inode: 1), file("cases/2024/a.zh.md", slug: "a", inode: 2),
                     file("cases/2024/draft.md", slug: "draft", inode: 3), file("cases/2024/new.md", slug: "new", inode: 4, settled: false),
                     ContentFile(role: .site, path: "Alerts/site.yml", name: "site", langSuffix: nil, data: Data("x".utf8), relative: "site.yml")]
        #expect(KnownFiles(files).count == 3, "settled case files only")
        let kept = KnownFiles(files).leavingOut(["draft"], of: files)
        #expect(kept.count == 2)
        #expect(kept["cases/2024/a.zh.md"]?.signature.inode == 2 && kept["cases/2024/draft.md"] == nil && kept["cases/2024/new.md"] == nil)
        #expect(kept["cases/2024/a.md"]?.digest == Data("cases/2024/a.md".utf8).withUnsafeBytes(Fingerprint.raw))

        let bytes = Data(kept.encoded(alerts: "./Alerts/", tool: "v1"))
        #expect(KnownFiles(bytes: bytes, tool: "v1", alerts: "Alerts") == kept)
        #expect(kept.encoded(alerts: "Alerts", tool: "v1") == Array(bytes), "the same files give the same bytes")
        #expect(!String(decoding: bytes, as: UTF8.self).contains("cases/"), "no file is named")
        #expect(KnownFiles(bytes: bytes, tool: "v2", alerts: "Alerts") == nil)
        #expect(KnownFiles(bytes: bytes, tool: "v1", alerts: "Other") == nil)
        #expect(KnownFiles(bytes: bytes.dropLast(), tool: "v1", alerts: "Alerts") == nil)
        #expect(KnownFiles(bytes: bytes + Data([0]), tool: "v1", alerts: "Alerts") == nil)
        #expect(KnownFiles(bytes: Data(), tool: "v1", alerts: "Alerts") == nil)
    }
}

@Suite("Site time zone and languages")
struct SiteTimeZoneTests {
    @Test("read from site.yml alone, even when a case file is broken")
    func readsSiteOnly() {
        var tree = Tree()
        tree.set("site.yml", String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
            .replacingOccurrences(of: "timezone: Asia/Shanghai", with: "timezone: Europe/Berlin"))
        tree.set("cases/broken.md", "no front matter")
        #expect(tree.check().errors > 0)
        #expect(ContentPipeline.siteBasics(alerts: "Alerts", fileSystem: MemoryFileSystem(tree.files)).timeZone?.identifier == "Europe/Berlin")
    }

    @Test("nil without a readable site.yml")
    func missingSite() {
        var tree = Tree()
        tree.remove("site.yml")
        let basics = ContentPipeline.siteBasics(alerts: "Alerts", fileSystem: MemoryFileSystem(tree.files))
        #expect(basics.timeZone == nil && basics.languages.isEmpty)
    }
}

/// Issue 6: after an edit, the case files the memo of the last build has are only hashed, and a
/// changed one is read again; what is published is always the bytes that were checked.
@Suite("Loading against a memo")
struct MemoLoadingTests {
    /// A tree that records which files the loader keeps and which are read again one by one, and
    /// can give other bytes (or none) when a file is read again: an edit during the build.
    struct Recording: ContentFileSystem {
        final class Log: Sendable {
            let kept = Mutex<[String: Bool]>([:])
            let reread = Mutex<[String]>([])
        }

        var tree: MemoryFileSystem
        var later: [String: Data] = [:]
        var gone: Set<String> = []
        let log = Log()

        func files(under directory: String) throws -> [String] { try tree.files(under: directory) }
        func isDirectory(_ path: String) -> Bool { tree.isDirectory(path) }

        func read(_ path: String) throws -> Data {
            log.reread.withLock { $0.append(path) }
            if gone.contains(path) { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
            return try later[path] ?? tree.read(path)
        }

        func read(_ relativePaths: [String], under directory: String, keeping keep: [Bool], known: KnownFiles) -> [Result<LoadedFile, any Error>] {
            log.kept.withLock { kept in for (path, flag) in zip(relativePaths, keep) { kept[path] = flag } }
            return relativePaths.indices.map { index in Result { LoadedFile(try tree.read(directory + "/" + relativePaths[index]), keep: keep[index]) } }
        }
    }

    static func tree() -> Tree {
        Tree.with([
            "cases/a.md": caseFile(["title: Alpha", "date: 2024-03-10"]),
            "cases/b.md": caseFile(["title: Beta", "date: 2024-03-11"]),
            "cases/b.zh.md": caseFile(["title: 乙"]),
        ])
    }

    static func check(_ tree: Tree, memo: CaseMemo) -> (result: CheckResult, log: Recording.Log) {
        check(Recording(tree: MemoryFileSystem(tree.files)), memo: memo)
    }

    static func check(_ files: Recording, memo: CaseMemo) -> (result: CheckResult, log: Recording.Log) {
        (ContentPipeline.check(alerts: "Alerts", fileSystem: files, clock: defaultClock, memo: memo), files.log)
    }

    static func titles(_ result: CheckResult) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (result.bulletin?.editions ?? []).flatMap { edition in
            edition.cases.map { ("\(edition.lang)/\($0.slug)", $0.entry.title) }
        })
    }

    @Test("without a memo every file is kept; with one, a case it has is only hashed and read again when it changed")
    func hashedThenReadAgain() throws {
        var tree = Self.tree()
        let first = Self.check(tree, memo: CaseMemo())
        try #require(first.result.errors == 0, "\(first.result.diagnostics)")
        #expect(first.log.kept.withLock { $0 }.values.allSatisfy { $0 })
        #expect(first.log.reread.withLock { $0 }.isEmpty)

        tree.set("cases/a.md", caseFile(["title: Alpha, corrected", "date: 2024-03-10"]))
        tree.set("cases/c.md", caseFile(["title: Gamma", "date: 2024-03-12"]))
        let edited = Self.check(tree, memo: first.result.memo)
        let kept = edited.log.kept.withLock { $0 }
        #expect(kept["cases/a.md"] == false && kept["cases/b.md"] == false && kept["cases/b.zh.md"] == false)
        #expect(kept["cases/c.md"] == true, "a new case is not in the memo")
        #expect(kept["site.yml"] == true && kept["advice.yml"] == true && kept["types/fake-courier-compensation.md"] == true)
        #expect(edited.log.reread.withLock { $0 } == ["Alerts/cases/a.md"])

        let clean = tree.check()
        #expect(edited.result.diagnostics == clean.diagnostics)
        #expect(Self.titles(edited.result) == Self.titles(clean))
        #expect(Self.titles(edited.result)["en/a"] == "Alpha, corrected")
        for slug in ["a", "b", "c"] {
            #expect(edited.result.memo[slug: slug]?.sourceKey == clean.memo[slug: slug]?.sourceKey, "\(slug)")
            #expect(edited.result.memo[slug: slug]?.key == clean.memo[slug: slug]?.key, "\(slug)")
        }
    }

    @Test("a stored loss amount reads back as the parser reads it: the same value in the same representation")
    func storedAmounts() {
        let posix = Locale(identifier: "en_US_POSIX")
        var texts = ["0", "7", "10", "120", "52000", "1000000", "999999999999999999", "123456789012345678", "000120",
                     "1234567890123456789", "99999999999999999999", "12.5", "0.30", "-40", "1e3", "", " 5", "5 ", "１２"]
        // Seeded, so that a failure comes back on the next run.
        var generator = SeededGenerator(seed: 1109)
        for _ in 0..<200 { texts.append(String(UInt64.random(in: 0...999_999_999_999_999_999, using: &generator))) }
        for text in texts {
            let stored = ByteReader.amount(text)
            let parsed = Decimal(string: text, locale: posix)
            #expect(stored == parsed, "\(text)")
            if let stored, let parsed {
                #expect(withUnsafeBytes(of: stored) { Array($0) } == withUnsafeBytes(of: parsed) { Array($0) }, "\(text)")
                #expect("\(stored)" == "\(parsed)", "\(text)")
            }
        }
    }

    @Test("a case file edited or removed between hashing and reading again fails the check; its new bytes are not published")
    func editedDuringTheBuild() throws {
        var tree = Self.tree()
        let first = Self.check(tree, memo: CaseMemo())
        try #require(first.result.errors == 0, "\(first.result.diagnostics)")
        // The advice library changes every group's environment: each group is made again from its
        // files, which are read again. `b.md` has meanwhile gained a phone number, and `a.md` is gone.
        let advice = String(decoding: tree.files["Alerts/advice.yml"] ?? Data(), as: UTF8.self)
        tree.set("advice.yml", advice + "\n")
        var files = Recording(tree: MemoryFileSystem(tree.files))
        files.later["Alerts/cases/b.md"] = Data(caseFile(["title: Beta", "date: 2024-03-11"], body: ["She was called from 13812345678 twice."]).utf8)
        files.gone = ["Alerts/cases/a.md"]
        let racing = Self.check(files, memo: first.result.memo)
        expectDiagnostics(racing.result.diagnostics, [
            Expected("Alerts/cases/a.md", 0, 0, .error, "unreadable"),
            Expected("Alerts/cases/b.md", 0, 0, .error, "changed-during-build", hint: ["build again"]),
        ])
        #expect(Set(racing.log.reread.withLock { $0 }) == ["Alerts/cases/a.md", "Alerts/cases/b.md", "Alerts/cases/b.zh.md", "Alerts/cases/base-case.md"])

        // Without a race the same edit publishes, each group made again from the same bytes.
        let calm = Self.check(tree, memo: first.result.memo)
        #expect(calm.result.diagnostics == tree.check().diagnostics)
        #expect(Self.titles(calm.result) == Self.titles(tree.check()))
    }
}
