import Foundation

// The typed content of `Alerts/`, as decoded and validated. Every value here is complete:
// translations have already inherited what they do not repeat.

public struct Hotline: Sendable, Equatable, Codable {
    public var label: String
    public var number: String

    /// The number as it is dialled: "0571-87654321" and "0571 8765 4321" are one number.
    public var dialled: String { number.filter { $0.isASCII && ($0.isNumber || $0 == "+") } }
}

/// `site.yml`, with the per-language texts of `site.<lang>.yml` resolved into `localized`.
public struct SiteSettings: Sendable {
    public var baseURL: String            // absolute https URL, no trailing slash
    public var languages: [String]        // first = default
    public var timeZone: TimeZone
    public var reportURL: String
    public var logo: SiteLogo?
    public var feedLimit: Int
    public var localized: [String: SiteTexts]
    /// `baseURL` as site.yml writes it, where that is not ASCII (`https://反诈.example.cn/公告`):
    /// printed on flyers, while links, feeds, the sitemap and QR codes carry `baseURL`
    /// (`https://xn--kors61k.example.cn/%E5%85%AC%E5%91%8A`).
    public var printedBaseURL: String? = nil

    public var defaultLanguage: String { languages.first ?? "en" }
}

/// `logo` in site.yml: an image in `Templates/assets/`, published with the other assets.
public struct SiteLogo: Sendable, Equatable {
    /// The file's path under `Templates/assets/` (and under `assets/` in the site), e.g. `logo.png`.
    public var asset: String
    /// Where site.yml names it, for the diagnostics about the file itself.
    public var location: SourceLocation

    /// What flyers and RSS readers can show: PNG and JPEG.
    public static let extensions: Set<String> = ["png", "jpg", "jpeg"]

    /// The lowercased extension of a file name; empty when it has none.
    public static func fileExtension(_ name: String) -> String {
        let parts = name.split(separator: ".")
        return parts.count > 1 ? parts.last.map { $0.lowercased() } ?? "" : ""
    }
}

public struct SiteTexts: Sendable {
    public var title: String
    public var description: String
    public var publisher: String
    public var hotlines: [Hotline]
    /// Where `title` and `hotlines` are written (site.yml, or the language's own file), for messages about them.
    public var titleLocation: SourceLocation? = nil
    public var hotlinesLocation: SourceLocation? = nil
}

/// What a BCP 47 language tag says about how a page is written.
public enum LanguageTag {
    /// Chinese in Traditional characters: a script (`zh-Hant…`) or a region that writes them (Taiwan, Hong Kong, Macau).
    public static func isTraditionalChinese(_ tag: String) -> Bool {
        let parts = tag.lowercased().split(separator: "-")
        guard parts.first == "zh", parts.count > 1 else { return false }
        return parts[1] == "hant" || ["tw", "hk", "mo"].contains(parts[1])
    }
}

public enum AdviceKind: String, Sendable, Codable { case `do`, dont }

public struct AdviceItem: Sendable, Equatable {
    public var id: String
    public var text: String
    public var priority: Int
    public var kind: AdviceKind

    /// Whether the text opens with the words of its own kind ("Never…", "Don't…", "不要…", "要…"),
    /// so that a "Don't" or "Do" label before it would only repeat them.
    public var saysItsKind: Bool { AdviceItem.opens(text, as: kind) }

    /// The kind a text without `kind` reads as: a don't when it opens with "Never", "Don't", "不要"
    /// and the like, else a do.
    static func kind(readFrom text: String) -> AdviceKind { opens(text, as: .dont) ? .dont : .do }

    private static func opens(_ text: String, as kind: AdviceKind) -> Bool {
        let opening = text.drop { $0.isWhitespace || $0.isPunctuation }.prefix(8).lowercased()
        let (openers, exceptions) = kind == .dont ? dontOpeners : doOpeners
        return openers.contains { opening.hasPrefix($0) } && !exceptions.contains { opening.hasPrefix($0) }
    }

    private static let dontOpeners = (["never ", "don't ", "don’t ", "do not ", "avoid ", "不", "绝不", "决不", "切勿", "请勿", "勿", "别",
                                       "千万不", "千万别", "千万勿", "严禁", "禁止"], ["别人", "别的", "不少", "不同", "不管", "不论", "不法"])
    private static let doOpeners = (["do ", "要"], ["do not ", "要是"])
}

public enum TermKind: String, Sendable, CaseIterable {
    case scamType = "types"
    case tactic = "tactics"

    public var folder: String { rawValue }
    var singular: String { self == .scamType ? "scam type" : "tactic" }
}

public struct Cue: Sendable, Equatable {
    public let phrase: String
    public let weight: Int

    public init(phrase: String, weight: Int) {
        self.phrase = phrase
        self.weight = weight
    }
}

/// A scam type or a red-flag tactic, in one language.
public struct Term: Sendable {
    public var kind: TermKind
    public var id: String
    public var lang: String
    public var name: String
    public var summary: String
    public var steps: [String]
    public var advice: [String]
    public var related: [String]
    public var threshold: Int
    public var cues: [Cue]
    /// Words of which the story must name one for the term to be inferred (a courier for a courier
    /// scam); empty: none needed. They add nothing to the score.
    public var needs: [String] = []
    public var bodyHTML: String
    public var file: String
    /// Where `name` is written, in this language's file or the original it takes it from.
    public var nameLocation: SourceLocation? = nil
    /// The texts a translation leaves out, shown in the default language: pages mark them as such.
    public var untranslated: Untranslated = []
}

/// The texts of a scam type, tactic or campaign that a language's file leaves out: they are taken
/// from the default-language file, and pages say which language they are in (`lang`).
public struct Untranslated: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let name = Untranslated(rawValue: 1)
    public static let summary = Untranslated(rawValue: 2)
    public static let steps = Untranslated(rawValue: 4)
    public static let body = Untranslated(rawValue: 8)
    public static let title = Untranslated(rawValue: 16)
    public static let headline = Untranslated(rawValue: 32)
}

public enum CampaignWindow: Sendable, Equatable {
    case recurring(start: MonthDay, end: MonthDay)
    case fixed(from: LocalDay, to: LocalDay)

    public func contains(_ day: LocalDay) -> Bool {
        switch self {
        case let .fixed(from, to):
            return from <= day && day <= to
        case let .recurring(start, end):
            let point = day.monthDay
            return start <= end ? (start <= point && point <= end) : (point >= start || point <= end)
        }
    }
}

public struct Campaign: Sendable {
    public var id: String
    public var lang: String
    public var title: String
    public var window: CampaignWindow
    public var focus: [String]
    public var headline: String
    public var papers: [String]
    public var largePrint: Bool
    public var bodyHTML: String
    public var file: String
    /// Where `title` and `headline` are written, in this language's file or the original.
    public var titleLocation: SourceLocation? = nil
    public var headlineLocation: SourceLocation? = nil
    /// The texts a translation leaves out, shown in the default language.
    public var untranslated: Untranslated = []
    /// The tactics the headline names, in its order (`Resolver.tacticsNamed`): the flyers' red flags start with them.
    public var namedTactics: [String] = []
}

public struct Loss: Sendable, Equatable {
    public var amount: Decimal
    public var currency: String
}

public struct SourceLink: Sendable, Equatable {
    public var name: String
    public var url: String
}

/// Text read back from the memo stays the UTF-8 bytes it was stored as until it is read: an
/// incremental build shows the bodies of only the few cases it renders again, and making a
/// `String` of every body was most of reading the memo.
public struct StoredText: Sendable {
    private enum Storage: Sendable {
        case text(String)
        case utf8(Data)
    }

    private let storage: Storage

    public init(_ text: String) {
        storage = .text(text)
    }

    init(utf8: Data) {
        storage = .utf8(utf8)
    }

    public var text: String {
        switch storage {
        case .text(let text): text
        case .utf8(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The UTF-8 bytes, as stored or as the text has them.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .text(var text): return text.withUTF8(body)
        case .utf8(let bytes): return bytes.withUnsafeBytes { body($0.assumingMemoryBound(to: UInt8.self)) }
        }
    }
}

extension StoredText: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// One case in one language. A class: every list, feed and page holds the same case, and a
/// copy of a struct this size retained some thirty strings and arrays (a fifth of an edit build).
public final class CaseEntry: Sendable {
    public let slug: String
    public let lang: String
    public let file: String
    /// True when this file is a translation of a default-language file.
    public let isTranslation: Bool
    public let title: String
    public let date: CaseDate
    public let summary: String
    public let summaryIsDerived: Bool
    public let region: String?
    /// Declared ids, nil when the editor left the list out (then it is inferred).
    public let declaredScamTypes: [String]?
    public let declaredTactics: [String]?
    public let channels: [String]
    public let loss: Loss?
    public let indicators: [String]
    public let sources: [SourceLink]
    public let campaigns: [String]
    public let draft: Bool
    public let updated: CaseDate?
    /// Where `updated` is written: in this file, or in the original a translation takes it from.
    public let updatedLocation: SourceLocation?
    /// Where `date` is written, likewise.
    public let dateLocation: SourceLocation?
    public let expires: LocalDay?
    /// The rendered body; see `StoredText`.
    public var bodyHTML: String { storedBodyHTML.text }
    /// The rendered body's UTF-8 bytes, without making a string of them.
    public func withBodyHTML<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result { storedBodyHTML.withUTF8(body) }
    let storedBodyHTML: StoredText
    /// Title, summary and body as numbered lines, for cue matching and evidence.
    let searchableText: NumberedText
    /// Lines of the declared `scam_types` / `tactics` keys, for warnings about them.
    let declaredLines: [TermKind: Int]
    /// The first 2,000 characters of the body's plain text: what the search index holds.
    public let searchText: StoredText
    /// The fingerprint of `searchText`, kept in the memo: an edit build keys the search index on
    /// every case's text without reading it again.
    public let searchTextKey: Fingerprint

    init(slug: String, lang: String, file: String, isTranslation: Bool, title: String, date: CaseDate,
         summary: String, summaryIsDerived: Bool, region: String?, declaredScamTypes: [String]?,
         declaredTactics: [String]?, channels: [String], loss: Loss?, indicators: [String], sources: [SourceLink],
         campaigns: [String], draft: Bool, updated: CaseDate?, updatedLocation: SourceLocation?, expires: LocalDay?, bodyHTML: StoredText,
         searchableText: NumberedText, declaredLines: [TermKind: Int] = [:], searchText: StoredText, searchTextKey: Fingerprint? = nil,
         dateLocation: SourceLocation? = nil) {
        self.slug = slug
        self.lang = lang
        self.file = file
        self.isTranslation = isTranslation
        self.title = title
        self.date = date
        self.summary = summary
        self.summaryIsDerived = summaryIsDerived
        self.region = region
        self.declaredScamTypes = declaredScamTypes
        self.declaredTactics = declaredTactics
        self.channels = channels
        self.loss = loss
        self.indicators = indicators
        self.sources = sources
        self.campaigns = campaigns
        self.draft = draft
        self.updated = updated
        self.updatedLocation = updatedLocation
        self.dateLocation = dateLocation
        self.expires = expires
        self.storedBodyHTML = bodyHTML
        self.searchableText = searchableText
        self.declaredLines = declaredLines
        self.searchText = searchText
        self.searchTextKey = searchTextKey ?? Fingerprint { $0.add(searchText) }
    }
}

/// The validated content of one language: everything a renderer needs, nothing it must look up elsewhere.
public struct Edition: Sendable {
    public var lang: String
    public var texts: SiteTexts
    public var advice: [String: AdviceItem]
    public var types: [Term]
    public var tactics: [Term]
    public var campaigns: [Campaign]
    /// The advice this language's library leaves out, shown in the default language.
    public var untranslatedAdvice: Set<String> = []

    public func term(_ kind: TermKind, _ id: String) -> Term? {
        (kind == .scamType ? types : tactics).first { $0.id == id }
    }

    public func terms(_ kind: TermKind) -> [Term] { kind == .scamType ? types : tactics }
}

/// Everything `Alerts/` holds, validated.
public struct Content: Sendable {
    public var site: SiteSettings
    public var editions: [Edition]
}
