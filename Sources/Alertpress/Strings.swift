import AlertpressCore
import Foundation

/// Interface texts of the bulletin in each supported language. Content comes from `Alerts/`;
/// these are only the words around it. Unknown languages fall back to English.
struct Strings: Sendable {
    let lang: String
    private let table: [String: String]

    init(_ lang: String) {
        self.lang = lang
        table = LanguageTag.isTraditionalChinese(lang) ? Strings.zhHant : lang.hasPrefix("zh") ? Strings.zh : Strings.en
    }

    subscript(_ key: String) -> String { table[key] ?? Strings.en[key] ?? key }

    var isChinese: Bool { lang.hasPrefix("zh") }

    /// Chinese written in Traditional characters.
    var isTraditional: Bool { LanguageTag.isTraditionalChinese(lang) }

    /// The language's own name, for the language switcher.
    static func languageName(_ lang: String) -> String {
        switch lang {
        case "en": return "English"
        // A script or region named: Traditional and Simplified told apart, as a switch between the two needs.
        case _ where LanguageTag.isTraditionalChinese(lang): return "繁體中文"
        case _ where lang.hasPrefix("zh-Hans") || ["zh-cn", "zh-sg"].contains(lang.lowercased()): return "简体中文"
        case _ where lang.hasPrefix("zh"): return "中文"
        default: return Locale(identifier: lang).localizedString(forLanguageCode: lang)?.capitalized ?? lang
        }
    }

    /// A link to a page in this language, worded in it: "阅读中文版"; the language's own name where
    /// the interface falls back to English.
    var readInLanguage: String {
        lang.lowercased().hasPrefix("en") || isChinese ? self["case.translation"] : Strings.languageName(lang)
    }

    /// A language's name in this page's language, for a sentence: "Chinese", "英文".
    func name(of other: String) -> String {
        let identifier = other.hasPrefix("zh") ? "zh" : other
        return Locale(identifier: isTraditional ? "zh-Hant" : isChinese ? "zh-Hans" : "en").localizedString(forLanguageCode: identifier)
            ?? Strings.languageName(other)
    }

    func date(_ day: LocalDay) -> String {
        isChinese ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(Strings.months[day.month - 1]) \(day.year)"
    }

    /// Cases only another language publishes: "5 more cases are published only in Chinese", "另有 9 起案例仅以英语发布";
    /// without "more" (另) on a page that lists none of its own.
    func elsewhere(_ count: Int, language: String, more: Bool = true) -> String {
        if isChinese {
            let lead = more ? "另有" : "有"
            return isTraditional ? "\(lead) \(count) 起案例僅以\(language)發布" : "\(lead) \(count) 起案例仅以\(language)发布"
        }
        let cases = count == 1 ? "1\(more ? " more" : "") case is" : "\(count)\(more ? " more" : "") cases are"
        return "\(cases) published only in \(language)"
    }

    /// "1 case", "12 cases", "12 起案例"; none, with those other languages publish: "No cases yet · 2 in Chinese",
    /// "暂无案例 · 英语版 2 起".
    func caseCount(_ count: Int, elsewhere: [(language: String, count: Int)] = []) -> String {
        guard count == 0, !elsewhere.isEmpty else {
            return isChinese ? (count == 0 ? self["no.cases.short"] : "\(count) 起案例") : (count == 1 ? "1 case" : "\(count) cases")
        }
        let others = elsewhere.map { isChinese ? "\($0.language)版 \($0.count) 起" : "\($0.count) in \($0.language)" }.joined(separator: isChinese ? "，" : ", ")
        // The separator stays with the words before it when the badge wraps on a phone.
        return "\(isChinese ? self["no.cases.short"] : "No cases yet")\u{00A0}· \(others)"
    }

    func monthLabel(year: Int, month: Int) -> String {
        isChinese ? "\(year)年\(month)月" : "\(Strings.months[month - 1].prefix(3)) \(year)"
    }

    /// An amount as the reader's language writes money: 4000 CNY → "4,000 yuan" / "4,000 元";
    /// 1250.5 USD → "USD 1,250.50" / "1,250.50 美元". Cents are shown in full when there are any.
    /// Not "¥4,000" in English: "¥" is the yen's sign too, and screen readers say "yen".
    func money(_ amount: Decimal, _ currency: String) -> String {
        if isChinese {
            let number = Strings.chineseAmount(amount, traditional: isTraditional)
            return Strings.chineseUnit(currency, traditional: isTraditional).map { number + $0 } ?? "\(number) \(currency)"
        }
        let number = Strings.withCents(amount)
        return currency == "CNY" ? "\(number) yuan" : "\(currency) \(number)"
    }

    /// An amount at a chart's bar, whose title names the currency: as `money`, but in English the
    /// number alone ("97,000", not "97,000 yuan" at each of twelve bars, which ran into each other),
    /// and the yuan in Traditional characters is 元, not 元人民幣.
    func chartMoney(_ amount: Decimal, _ currency: String) -> String {
        if !isChinese { return Strings.withCents(amount) }
        return isTraditional && currency == "CNY" ? Strings.chineseAmount(amount, traditional: true) + "元" : money(amount, currency)
    }

    /// `grouped(amount)`, with a second decimal where it has one: 1,250.5 → "1,250.50".
    static func withCents(_ amount: Decimal) -> String {
        let number = grouped(amount)
        guard let point = number.firstIndex(of: "."), number.distance(from: point, to: number.endIndex) == 2 else { return number }
        return number + "0"
    }

    /// An amount as Chinese writes a large sum, in 亿 or 万 when that is exact to two decimals
    /// (97000 → "9.7万", 1458300 → "145.83万", 350000000 → "3.5亿"); otherwise in full ("12,345",
    /// "4,000"). The unit follows with no space. Traditional writes 億 and 萬.
    static func chineseAmount(_ amount: Decimal, traditional: Bool = false) -> String {
        for (scale, name) in [(Decimal(100_000_000), traditional ? "億" : "亿"), (Decimal(10_000), traditional ? "萬" : "万")] where amount >= scale {
            var scaled = amount / scale
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 2, .plain)
            if rounded == scaled { return grouped(rounded) + name }
        }
        return withCents(amount)
    }

    /// The currency's name in Chinese: 元, 美元…; nil for one a Chinese reader knows by its code only.
    /// In Traditional characters 元 alone is the reader's own dollar (Taiwan's, Hong Kong's), so the yuan is named.
    static func chineseUnit(_ currency: String, traditional: Bool = false) -> String? {
        if traditional { return currency == "CNY" ? "元人民幣" : traditionalCurrencyNames[currency] }
        return currency == "CNY" ? "元" : chineseCurrencyNames[currency]
    }

    /// A column's or chart's currency, after its label: " (CNY)", "（元）", "（人民幣）".
    func currencyLabel(_ currency: String) -> String {
        guard isChinese else { return " (\(currency))" }
        let name = isTraditional && currency == "CNY" ? "人民幣" : Strings.chineseUnit(currency, traditional: isTraditional) ?? currency
        return "（\(name)）"
    }

    /// The currencies a Chinese reader knows by name (GB/T 12406 names); others keep their code.
    static let chineseCurrencyNames = [
        "USD": "美元", "HKD": "港元", "MOP": "澳门元", "TWD": "新台币", "EUR": "欧元", "GBP": "英镑", "JPY": "日元",
        "KRW": "韩元", "SGD": "新加坡元", "AUD": "澳大利亚元", "CAD": "加拿大元", "NZD": "新西兰元", "CHF": "瑞士法郎",
        "THB": "泰铢", "MYR": "马来西亚林吉特", "PHP": "菲律宾比索", "VND": "越南盾", "IDR": "印尼盾", "RUB": "俄罗斯卢布",
        "INR": "印度卢比",
    ]

    /// The same names in Traditional characters, as Taiwan and Hong Kong write them.
    static let traditionalCurrencyNames = [
        "USD": "美元", "HKD": "港元", "MOP": "澳門元", "TWD": "新台幣", "EUR": "歐元", "GBP": "英鎊", "JPY": "日圓",
        "KRW": "韓元", "SGD": "新加坡元", "AUD": "澳洲元", "CAD": "加拿大元", "NZD": "紐西蘭元", "CHF": "瑞士法郎",
        "THB": "泰銖", "MYR": "馬來西亞令吉", "PHP": "菲律賓披索", "VND": "越南盾", "IDR": "印尼盾", "RUB": "俄羅斯盧布",
        "INR": "印度盧比",
    ]

    /// At most two decimals (rounded half to even) with comma thousands separators: 1234567.891 → "1,234,567.89".
    static func grouped(_ amount: Decimal) -> String {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .bankers)
        let text = rounded.description
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let digits = Array(parts.first ?? "0")
        var integer = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { integer.append(",") }
            integer.append(digit)
        }
        return (negative ? "-" : "") + integer + (parts.count > 1 ? "." + parts[1] : "")
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static let en: [String: String] = [
        "skip": "Skip to content",
        "nav.home": "Home", "nav.cases": "Cases", "nav.types": "Scam types", "nav.tactics": "Red flags",
        "nav.campaigns": "Seasonal warnings", "nav.search": "Search", "nav.main": "Main",
        "language": "Language", "language.home": "home page", "case.translation": "Read in English",
        "latest": "Latest cases", "all.cases": "All cases", "top.types": "Most reported scam types",
        "chart.type": "Reported losses by scam type", "chart.month": "Reported losses by month", "chart.month.quiet": "no losses reported after {month}",
        "chart.none": "No losses reported yet.", "chart.other": "Other types", "chart.others": "Not in this chart",
        "season.now": "Seasonal warning", "read.warning": "Read the warning",
        "case.published": "Published", "case.updated": "Updated", "case.region": "Where", "case.channels": "How they made contact",
        "case.loss": "Loss", "case.type": "Scam type", "case.types": "Scam types", "case.tactic": "Tactic", "case.tactics": "Tactics",
        "redflags": "Red flags in this case", "redflags.phrases": "In the report's words:", "redflags.auto": "Found automatically in the wording of this report.",
        "advice": "What to do", "do": "Do", "dont": "Don't",
        "hotlines": "If you are unsure, call", "report": "Report a scam",
        "indicators": "Numbers and addresses used by the scammers",
        "indicators.note": "Shown disarmed so they cannot be clicked. Do not call or visit them.",
        "related": "Related cases", "related.types": "Related scam types", "sources": "Sources", "campaigns.of.case": "Part of",
        "types.title": "Scam types", "types.intro": "How each kind of scam works, with the cases reported.",
        "tactics.title": "Red flags", "tactics.intro": "What scammers ask you to do. If you hear one of these, stop.",
        "campaigns.title": "Seasonal warnings", "campaigns.intro": "Warnings for the times of year when scams peak.",
        "how.it.works": "How it works", "cases.of.type": "Reported cases", "no.cases": "No cases reported yet.",
        "subscribe": "Subscribe", "feed.rss": "RSS feed", "feed.atom": "Atom feed", "feed.json": "JSON feed",
        "campaign.window": "When", "campaign.focus": "Scams to watch for", "campaign.cases": "Cases of this campaign, from every year",
        "flyers": "Printable flyers", "flyer.large": "large print", "flyer.html": "Print version (web page)",
        "paper.a4": "A4", "paper.a5": "A5", "paper.letter": "US Letter",
        "search.title": "Search the bulletin", "search.label": "Search cases", "search.button": "Search",
        "search.nojs": "Search needs JavaScript. Without it, browse:", "search.cases": "All cases, newest first", "search.browse": "Cases by scam type",
        "search.hint": "Type a word such as refund, courier or code.",
        "search.terms": "Scam types and red flags", "search.type": "Scam type", "search.tactic": "Red flag",
        "notfound.title": "Page not found", "notfound.text": "This page does not exist or has moved.",
        "notfound.home": "Go to the bulletin home page",
        "case.expired": "Kept for reference: this case expired on {date} and no longer appears in lists or feeds.",
        "footer.published.by": "Published by", "footer.feeds": "Feeds",
        "cases.title": "All cases", "cases.intro": "Every case published in {language}, newest first.",
        "pages.label": "Pages", "pages.newer": "Newer cases", "pages.older": "Older cases", "pages.status": "Page {page} of {count}",
        "issued": "Issued", "recent.case": "A real case", "scan": "Scan for more", "qr.code": "QR code",
        "stat.loss": "reported losses", "charts": "Reported losses in charts",
        "chart.type.overlap": "a case of several types counts under each",
        "regions": "Cases by region", "region": "Region", "region.cases": "Cases", "stat.loss.column": "Reported losses",
        "region.rest": "Other regions, or none given",
        "channel.phone": "phone call", "channel.sms": "text message", "channel.qq": "QQ", "channel.wechat": "WeChat",
        "channel.email": "e-mail", "channel.app": "app", "channel.website": "website", "channel.in-person": "in person",
    ]

    static let zh: [String: String] = [
        "skip": "跳到正文",
        "nav.home": "首页", "nav.cases": "案例", "nav.types": "诈骗类型", "nav.tactics": "危险信号",
        "nav.campaigns": "季节预警", "nav.search": "搜索", "nav.main": "主导航",
        "language": "语言", "language.home": "首页", "case.translation": "阅读中文版",
        "latest": "最新案例", "all.cases": "全部案例", "top.types": "高发诈骗类型",
        "chart.type": "各类诈骗报告损失", "chart.month": "每月报告损失", "chart.month.quiet": "{month}以后暂无损失报告",
        "chart.none": "暂无损失报告。", "chart.other": "其他类型", "chart.others": "未计入本图",
        "season.now": "季节预警", "read.warning": "阅读预警",
        "case.published": "发布", "case.updated": "更新", "case.region": "地区", "case.channels": "接触方式",
        "case.loss": "损失", "case.type": "诈骗类型", "case.types": "诈骗类型", "case.tactic": "手法", "case.tactics": "手法",
        "redflags": "本案危险信号", "redflags.phrases": "案情原文：", "redflags.auto": "根据案情文字自动识别。",
        "advice": "防范建议", "do": "要", "dont": "不要",
        "hotlines": "拿不准时，请拨打", "report": "举报诈骗",
        "indicators": "骗子使用的号码和网址",
        "indicators.note": "已作去链接处理，无法点击。请勿拨打或访问。",
        "related": "相关案例", "related.types": "相关诈骗类型", "sources": "来源", "campaigns.of.case": "所属预警",
        "types.title": "诈骗类型", "types.intro": "各类诈骗的手法及已报告的案例。",
        "tactics.title": "危险信号", "tactics.intro": "骗子常让你做这些事，一遇到就要停下。",
        "campaigns.title": "季节预警", "campaigns.intro": "诈骗高发时段的专项提醒。",
        "how.it.works": "作案手法", "cases.of.type": "已报告案例", "no.cases": "暂无案例。",
        "subscribe": "订阅", "feed.rss": "RSS 订阅", "feed.atom": "Atom 订阅", "feed.json": "JSON 订阅",
        "campaign.window": "时间", "campaign.focus": "重点防范", "campaign.cases": "历年相关案例",
        "flyers": "可打印传单", "flyer.large": "大字版", "flyer.html": "打印版（网页）",
        "paper.a4": "A4", "paper.a5": "A5", "paper.letter": "美式信纸",
        "search.title": "搜索案例", "search.label": "搜索案例", "search.button": "搜索",
        "search.nojs": "搜索需要启用 JavaScript。也可以浏览：", "search.cases": "全部案例（从新到旧）", "search.browse": "按诈骗类型浏览案例",
        "search.hint": "输入关键词，例如：退款、快递、验证码。",
        "search.terms": "诈骗类型和危险信号", "search.type": "诈骗类型", "search.tactic": "危险信号",
        "notfound.title": "页面不存在", "notfound.text": "页面不存在，或已移至别处。",
        "notfound.home": "返回首页",
        "case.expired": "本案例已于{date}到期，仅作存档，不再出现在列表和订阅中。",
        "footer.published.by": "发布单位", "footer.feeds": "订阅",
        "cases.title": "全部案例", "cases.intro": "所有以{language}发布的案例，按时间从新到旧排列。",
        "pages.label": "分页", "pages.newer": "较新的案例", "pages.older": "较早的案例", "pages.status": "第 {page} 页，共 {count} 页",
        "issued": "发布日期", "recent.case": "真实案例", "scan": "扫码了解更多", "qr.code": "二维码",
        "stat.loss": "报告损失", "charts": "损失图表",
        "chart.type.overlap": "涉及多种类型的案例在每种类型下都计入",
        "regions": "各地区案例", "region": "地区", "region.cases": "案例数", "stat.loss.column": "报告损失",
        "region.rest": "其他地区或未注明",
        "no.cases.short": "暂无案例",
        "channel.phone": "电话", "channel.sms": "短信", "channel.qq": "QQ", "channel.wechat": "微信",
        "channel.email": "电子邮件", "channel.app": "App", "channel.website": "网站", "channel.in-person": "当面",
    ]

    /// The Chinese texts in Traditional characters, in words Taiwan and Hong Kong both read (搜尋, 列印, 連結;
    /// 短訊 and 二維碼 as Hong Kong writes them, which Taiwan reads too).
    static let zhHant: [String: String] = [
        "skip": "跳到正文",
        "nav.home": "首頁", "nav.cases": "案例", "nav.types": "詐騙類型", "nav.tactics": "危險信號",
        "nav.campaigns": "季節預警", "nav.search": "搜尋", "nav.main": "主導覽",
        "language": "語言", "language.home": "首頁", "case.translation": "閱讀中文版",
        "latest": "最新案例", "all.cases": "全部案例", "top.types": "高發詐騙類型",
        "chart.type": "各類詐騙報告損失", "chart.month": "每月報告損失", "chart.month.quiet": "{month}以後暫無損失報告",
        "chart.none": "暫無損失報告。", "chart.other": "其他類型", "chart.others": "未計入本圖",
        "season.now": "季節預警", "read.warning": "閱讀預警",
        "case.published": "發布", "case.updated": "更新", "case.region": "地區", "case.channels": "接觸方式",
        "case.loss": "損失", "case.type": "詐騙類型", "case.types": "詐騙類型", "case.tactic": "手法", "case.tactics": "手法",
        "redflags": "本案危險信號", "redflags.phrases": "案情原文：", "redflags.auto": "根據案情文字自動識別。",
        "advice": "防範建議", "do": "要", "dont": "不要",
        "hotlines": "拿不準時，請撥打", "report": "舉報詐騙",
        "indicators": "騙徒使用的號碼和網址",
        "indicators.note": "已移除連結，無法點擊。請勿撥打或瀏覽。",
        "related": "相關案例", "related.types": "相關詐騙類型", "sources": "來源", "campaigns.of.case": "所屬預警",
        "types.title": "詐騙類型", "types.intro": "各類詐騙的手法及已報告的案例。",
        "tactics.title": "危險信號", "tactics.intro": "騙徒常叫你做這些事，一遇到就要停下。",
        "campaigns.title": "季節預警", "campaigns.intro": "詐騙高發時段的專項提醒。",
        "how.it.works": "作案手法", "cases.of.type": "已報告案例", "no.cases": "暫無案例。",
        "subscribe": "訂閱", "feed.rss": "RSS 訂閱", "feed.atom": "Atom 訂閱", "feed.json": "JSON 訂閱",
        "campaign.window": "時間", "campaign.focus": "重點防範", "campaign.cases": "歷年相關案例",
        "flyers": "可列印傳單", "flyer.large": "大字版", "flyer.html": "列印版（網頁）",
        "paper.a4": "A4", "paper.a5": "A5", "paper.letter": "美式信紙",
        "search.title": "搜尋案例", "search.label": "搜尋案例", "search.button": "搜尋",
        "search.nojs": "搜尋需要啟用 JavaScript。也可以瀏覽：", "search.cases": "全部案例（從新到舊）", "search.browse": "按詐騙類型瀏覽案例",
        "search.hint": "輸入關鍵字，例如：退款、快遞、驗證碼。",
        "search.terms": "詐騙類型和危險信號", "search.type": "詐騙類型", "search.tactic": "危險信號",
        "notfound.title": "頁面不存在", "notfound.text": "頁面不存在，或已移至別處。",
        "notfound.home": "返回首頁",
        "case.expired": "本案例已於{date}到期，僅作存檔，不再出現在列表和訂閱中。",
        "footer.published.by": "發布單位", "footer.feeds": "訂閱",
        "cases.title": "全部案例", "cases.intro": "所有以{language}發布的案例，按時間從新到舊排列。",
        "pages.label": "分頁", "pages.newer": "較新的案例", "pages.older": "較早的案例", "pages.status": "第 {page} 頁，共 {count} 頁",
        "issued": "發布日期", "recent.case": "真實案例", "scan": "掃碼查看詳情", "qr.code": "二維碼",
        "stat.loss": "報告損失", "charts": "損失圖表",
        "chart.type.overlap": "涉及多種類型的案例在每種類型下都計入",
        "regions": "各地區案例", "region": "地區", "region.cases": "案例數", "stat.loss.column": "報告損失",
        "region.rest": "其他地區或未註明",
        "no.cases.short": "暫無案例",
        "channel.phone": "電話", "channel.sms": "短訊", "channel.qq": "QQ", "channel.wechat": "微信",
        "channel.email": "電子郵件", "channel.app": "App", "channel.website": "網站", "channel.in-person": "當面",
    ]
}
