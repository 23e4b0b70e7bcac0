import Foundation
import Testing
@testable import Alertpress

@Suite("Money text")
struct StringsTests {
    /// Foundation's NumberFormatter, configured as the pages' amounts are meant to read, is the oracle.
    static func reference(_ amount: Decimal) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        formatter.maximumFractionDigits = 2
        return formatter.string(from: amount as NSDecimalNumber) ?? ""
    }

    @Test("grouping and rounding agree with NumberFormatter", arguments: [
        "0", "7", "999", "1000", "4000", "12345", "123456", "1234567", "1234567.891", "0.5", "10.125", "10.135", "99999.999", "2.1",
        "1000000000",
    ])
    func agreesWithNumberFormatter(_ text: String) throws {
        let amount = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(Strings.grouped(amount) == Self.reference(amount))
    }

    @Test("amounts read in the reader's language")
    func currencies() {
        #expect(Strings("en").money(4000, "CNY") == "4,000 yuan")
        #expect(Strings("zh").money(4000, "CNY") == "4,000元")
        #expect(Strings("en").money(Decimal(string: "1250.5") ?? 0, "USD") == "USD 1,250.50")
        #expect(Strings("zh").money(Decimal(string: "1250.5") ?? 0, "USD") == "1,250.50美元")
        #expect(Strings("en").money(Decimal(string: "0.05") ?? 0, "CNY") == "0.05 yuan")
        #expect(Strings("zh").money(38000, "HKD") == "3.8万港元")
        #expect(Strings("zh").money(700, "ZAR") == "700 ZAR")
        // A Chinese reviewer (thirty-first session): large sums in 万 and 亿, as Chinese bulletins write
        // them, when that is exact; in full when it is not.
        #expect(Strings("zh").money(97000, "CNY") == "9.7万元")
        #expect(Strings("zh").money(1_458_300, "CNY") == "145.83万元")
        #expect(Strings("zh").money(350_000_000, "CNY") == "3.5亿元")
        #expect(Strings("zh").money(123_456_700, "CNY") == "12,345.67万元")
        #expect(Strings("zh").money(12345, "CNY") == "12,345元")
        #expect(Strings("zh").money(Decimal(string: "10000.5") ?? 0, "CNY") == "10,000.50元")
        #expect(Strings("zh").money(0, "CNY") == "0元")
        #expect(Strings("en").money(Decimal(string: "12.5") ?? 0, "CNY") == "12.50 yuan")
    }

    @Test("case counts agree in number")
    func caseCounts() {
        #expect([0, 1, 2].map { Strings("en").caseCount($0) } == ["0 cases", "1 case", "2 cases"])
        #expect(Strings("zh").caseCount(1) == "1 起案例")
        // A type with no case yet: "0 起案例" reads as a statistic, not as "none yet" (Chinese review, thirty-first session).
        #expect(Strings("zh").caseCount(0) == "暂无案例")
        // None here, some in other languages (a browser review, forty-fourth session): "0 cases" read as a scam that does not happen.
        #expect(Strings("en").caseCount(0, elsewhere: [("Chinese", 2)]) == "No cases yet\u{00A0}· 2 in Chinese")
        #expect(Strings("zh").caseCount(0, elsewhere: [("英语", 1), ("日语", 3)]) == "暂无案例\u{00A0}· 英语版 1 起，日语版 3 起")
        #expect(Strings("en").caseCount(1, elsewhere: [("Chinese", 2)]) == "1 case")
    }
}

/// A Traditional-Chinese editor's review (thirty-fourth session): `[zh-HK, zh-CN, en]` offered
/// "中文 | 中文 | English".
@Test("the language switch tells Traditional and Simplified Chinese apart when the tag names them", arguments: [
    ("zh", "中文"), ("zh-Hant", "繁體中文"), ("zh-Hant-TW", "繁體中文"), ("zh-TW", "繁體中文"), ("zh-HK", "繁體中文"),
    ("zh-Hans", "简体中文"), ("zh-CN", "简体中文"), ("en", "English"),
])
func languageNames(_ lang: String, _ name: String) {
    #expect(Strings.languageName(lang) == name)
}

/// A Traditional-Chinese editor's review (thirty-fourth session): a Hong Kong bulletin's pages said
/// 首页, 搜索 and 万 around its Traditional text.
@Suite("Traditional Chinese")
struct TraditionalStringsTests {
    @Test("Traditional pages take the Traditional table; Simplified ones and other languages do not", arguments: [
        ("zh-Hant", true), ("zh-Hant-CN", true), ("zh-TW", true), ("zh-HK", true), ("zh-MO", true), ("zh-hk", true),
        ("zh", false), ("zh-CN", false), ("zh-SG", false), ("zh-Hans", false), ("zh-Hans-HK", false), ("en", false), ("en-HK", false),
    ])
    func whichLanguages(_ lang: String, _ traditional: Bool) {
        #expect(Strings(lang).isTraditional == traditional)
        #expect((Strings(lang)["nav.home"] == "首頁") == traditional)
    }

    @Test("the Traditional table says everything the Simplified one says")
    func sameKeys() {
        #expect(Set(Strings.zhHant.keys) == Set(Strings.zh.keys))
        #expect(Set(Strings.zh.keys).subtracting(["no.cases.short"]).isSubset(of: Set(Strings.en.keys)))
    }

    /// ICU's Simplified-to-Traditional transform is the oracle: a text it would change has a Simplified character.
    @Test("no Traditional text has a Simplified character, and each differs from its Simplified text where that has one")
    func noSimplifiedCharacters() {
        let toTraditional = StringTransform(rawValue: "Hans-Hant")
        for (key, value) in Strings.zhHant {
            #expect(value.applyingTransform(toTraditional, reverse: false) == value, "\(key): \(value)")
            let simplified = Strings.zh[key] ?? ""
            if simplified.applyingTransform(toTraditional, reverse: false) != simplified { #expect(value != simplified, "\(key)") }
        }
        for name in Strings.traditionalCurrencyNames.values { #expect(name.applyingTransform(toTraditional, reverse: false) == name, "\(name)") }
    }

    @Test("amounts in 萬 and 億; the yuan named, as 元 alone is Taiwan's or Hong Kong's dollar")
    func amounts() {
        let hk = Strings("zh-HK")
        #expect(hk.money(97000, "CNY") == "9.7萬元人民幣")
        #expect(hk.money(350_000_000, "HKD") == "3.5億港元")
        #expect(hk.money(4000, "TWD") == "4,000新台幣")
        #expect(hk.money(700, "ZAR") == "700 ZAR")
        #expect(hk.currencyLabel("CNY") == "（人民幣）")
        #expect(Strings("zh").currencyLabel("CNY") == "（元）")
        #expect(Strings("en").currencyLabel("CNY") == " (CNY)")
        #expect(hk.caseCount(0) == "暫無案例")
        #expect(hk.elsewhere(3, language: hk.name(of: "en")) == "另有 3 起案例僅以英文發布")
        // On a page that lists none of its own, no "more" (a browser review, thirty-sixth session).
        #expect(hk.elsewhere(1, language: hk.name(of: "en"), more: false) == "有 1 起案例僅以英文發布")
        let english = Strings("en")
        #expect(english.elsewhere(1, language: "Chinese", more: false) == "1 case is published only in Chinese")
        #expect(english.elsewhere(2, language: "Chinese") == "2 more cases are published only in Chinese")
    }
}

/// A Traditional-Chinese editor's review (thirty-fourth session): "HKD 2,350,000" was cut to
/// "HKD 2,350,0" at the end of the longest bar of the English type chart.
@Test("the longest bar leaves room for its whole value", arguments: ["1,060,000 yuan", "HKD 2,350,000", "2,350,000港元"])
func longestValueFits(_ value: String) throws {
    let svg = BarChart.horizontal(id: "c", title: "t", bars: [BarChart.Bar(label: "A type", value: 2_350_000, valueText: value),
                                                          BarChart.Bar(label: "Another", value: 1000, valueText: "1,000")])
    let x = try #require(svg.firstMatch(of: #/<text x="([0-9.]+)" y="[0-9.]+" class="chart-value">/#).flatMap { Double($0.1) })
    let width = value.unicodeScalars.reduce(0.0) { $0 + ($1.properties.isIdeographic ? 13 : 8) }
    #expect(x + width <= 360, "\(x) + \(width)")
}
