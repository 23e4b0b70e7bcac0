import AlertpressCore
import Foundation

/// Interface texts of the bulletin in each supported language. Content comes from `Alerts/`;
/// these are only the words around it. Unknown languages fall back to English.
struct Strings: Sendable {
    let lang: String
    private let table: [String: String]

    init(_ lang: String) {
        self.lang = lang
        table = lang.hasPrefix("zh") ? Strings.zh : Strings.en
    }

    subscript(_ key: String) -> String { table[key] ?? Strings.en[key] ?? key }

    var isChinese: Bool { lang.hasPrefix("zh") }

    /// The language's own name, for the language switcher.
    static func languageName(_ lang: String) -> String {
        switch lang {
        case "en": return "English"
        // A script or region named: Traditional and Simplified told apart, as a switch between the two needs.
        case _ where lang.hasPrefix("zh-Hant") || ["zh-tw", "zh-hk", "zh-mo"].contains(lang.lowercased()): return "繁體中文"
        case _ where lang.hasPrefix("zh-Hans") || ["zh-cn", "zh-sg"].contains(lang.lowercased()): return "简体中文"
        case _ where lang.hasPrefix("zh"): return "中文"
        default: return Locale(identifier: lang).localizedString(forLanguageCode: lang)?.capitalized ?? lang
        }
    }

    /// A language's name in this page's language, for a sentence: "Chinese", "英文".
    func name(of other: String) -> String {
        let identifier = other.hasPrefix("zh") ? "zh" : other
        return Locale(identifier: isChinese ? "zh-Hans" : "en").localizedString(forLanguageCode: identifier) ?? Strings.languageName(other)
    }

    func date(_ day: LocalDay) -> String {
        isChinese ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(Strings.months[day.month - 1]) \(day.year)"
    }

    /// Cases only another language publishes: "5 more cases are published only in Chinese", "另有 9 起案例仅以英语发布".
    func elsewhere(_ count: Int, language: String) -> String {
        isChinese ? "另有 \(count) 起案例仅以\(language)发布"
            : count == 1 ? "1 more case is published only in \(language)" : "\(count) more cases are published only in \(language)"
    }

    /// "1 case", "12 cases", "12 起案例".
    func caseCount(_ count: Int) -> String {
        isChinese ? (count == 0 ? "暂无案例" : "\(count) 起案例") : (count == 1 ? "1 case" : "\(count) cases")
    }

    func monthLabel(year: Int, month: Int) -> String {
        isChinese ? "\(year)年\(month)月" : "\(Strings.months[month - 1].prefix(3)) \(year)"
    }

    /// An amount as the reader's language writes money: 4000 CNY → "¥4,000" / "4,000 元";
    /// 1250.5 USD → "USD 1,250.50" / "1,250.50 美元". Cents are shown in full when there are any.
    func money(_ amount: Decimal, _ currency: String) -> String {
        if isChinese {
            let number = Strings.chineseAmount(amount)
            return Strings.chineseUnit(currency).map { number + $0 } ?? "\(number) \(currency)"
        }
        let number = Strings.withCents(amount)
        return currency == "CNY" ? "¥\(number)" : "\(currency) \(number)"
    }

    /// `grouped(amount)`, with a second decimal where it has one: 1,250.5 → "1,250.50".
    static func withCents(_ amount: Decimal) -> String {
        let number = grouped(amount)
        guard let point = number.firstIndex(of: "."), number.distance(from: point, to: number.endIndex) == 2 else { return number }
        return number + "0"
    }

    /// An amount as Chinese writes a large sum, in 亿 or 万 when that is exact to two decimals
    /// (97000 → "9.7万", 1458300 → "145.83万", 350000000 → "3.5亿"); otherwise in full ("12,345",
    /// "4,000"). The unit follows with no space.
    static func chineseAmount(_ amount: Decimal) -> String {
        for (scale, name) in [(Decimal(100_000_000), "亿"), (Decimal(10_000), "万")] where amount >= scale {
            var scaled = amount / scale
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 2, .plain)
            if rounded == scaled { return grouped(rounded) + name }
        }
        return withCents(amount)
    }

    /// The currency's name in Chinese: 元, 美元…; nil for one a Chinese reader knows by its code only.
    static func chineseUnit(_ currency: String) -> String? { currency == "CNY" ? "元" : chineseCurrencyNames[currency] }

    /// The currencies a Chinese reader knows by name (GB/T 12406 names); others keep their code.
    static let chineseCurrencyNames = [
        "USD": "美元", "HKD": "港元", "MOP": "澳门元", "TWD": "新台币", "EUR": "欧元", "GBP": "英镑", "JPY": "日元",
        "KRW": "韩元", "SGD": "新加坡元", "AUD": "澳大利亚元", "CAD": "加拿大元", "NZD": "新西兰元", "CHF": "瑞士法郎",
        "THB": "泰铢", "MYR": "马来西亚林吉特", "PHP": "菲律宾比索", "VND": "越南盾", "IDR": "印尼盾", "RUB": "俄罗斯卢布",
        "INR": "印度卢比",
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
        "language": "Language", "language.home": "home page",
        "latest": "Latest cases", "all.cases": "All cases", "top.types": "Most reported scam types",
        "chart.type": "Reported losses by scam type", "chart.month": "Reported losses by month",
        "chart.none": "No losses reported yet.", "chart.other": "Other types", "chart.earlier": "Earlier", "chart.others": "Not in this chart",
        "season.now": "Seasonal warning", "read.warning": "Read the warning",
        "case.published": "Published", "case.updated": "Updated", "case.region": "Where", "case.channels": "How they made contact",
        "case.loss": "Loss", "case.type": "Scam type", "case.types": "Scam types", "case.tactic": "Tactic", "case.tactics": "Tactics",
        "redflags": "Red flags in this case", "redflags.auto": "Found automatically in the wording of this report.",
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
        "campaign.window": "When", "campaign.focus": "Scams to watch for", "campaign.cases": "Cases this season",
        "flyers": "Printable flyers", "flyer.large": "large print", "flyer.html": "Print version (web page)",
        "paper.a4": "A4", "paper.a5": "A5", "paper.letter": "US Letter",
        "search.title": "Search the bulletin", "search.label": "Search cases", "search.button": "Search",
        "search.nojs": "Search needs JavaScript.", "search.browse": "Browse cases by scam type",
        "search.hint": "Type a word such as refund, courier or code.",
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
    ]

    static let zh: [String: String] = [
        "skip": "跳到正文",
        "nav.home": "首页", "nav.cases": "案例", "nav.types": "诈骗类型", "nav.tactics": "危险信号",
        "nav.campaigns": "季节预警", "nav.search": "搜索", "nav.main": "主导航",
        "language": "语言", "language.home": "首页",
        "latest": "最新案例", "all.cases": "全部案例", "top.types": "高发诈骗类型",
        "chart.type": "各类诈骗报告损失", "chart.month": "每月报告损失",
        "chart.none": "暂无损失报告。", "chart.other": "其他类型", "chart.earlier": "更早", "chart.others": "未计入本图",
        "season.now": "季节预警", "read.warning": "阅读预警",
        "case.published": "发布", "case.updated": "更新", "case.region": "地区", "case.channels": "接触方式",
        "case.loss": "损失", "case.type": "诈骗类型", "case.types": "诈骗类型", "case.tactic": "手法", "case.tactics": "手法",
        "redflags": "本案危险信号", "redflags.auto": "根据案情文字自动识别。",
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
        "campaign.window": "时间", "campaign.focus": "重点防范", "campaign.cases": "本季案例",
        "flyers": "可打印传单", "flyer.large": "大字版", "flyer.html": "打印版（网页）",
        "paper.a4": "A4", "paper.a5": "A5", "paper.letter": "美式信纸",
        "search.title": "搜索案例", "search.label": "搜索案例", "search.button": "搜索",
        "search.nojs": "搜索需要启用 JavaScript。", "search.browse": "按诈骗类型浏览案例",
        "search.hint": "输入关键词，例如：退款、快递、验证码。",
        "notfound.title": "页面不存在", "notfound.text": "页面不存在或已删除。",
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
    ]
}
