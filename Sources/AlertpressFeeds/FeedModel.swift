import Foundation

/// One taxonomy term attached to an entry: a scam type or a red-flag tactic.
public struct FeedCategory: Sendable, Equatable, Hashable {
    /// Stable identifier, e.g. `fake-shopping`. Atom `term`.
    public var term: String
    /// Display name in the feed's language. RSS `<category>` text, Atom `label`, JSON Feed tag.
    public var label: String
    /// Absolute URL of the taxonomy page, e.g. `https://example.org/types/`.
    /// RSS `domain`, Atom `scheme`.
    public var scheme: String

    public init(term: String, label: String, scheme: String) {
        self.term = term
        self.label = label
        self.scheme = scheme
    }
}

/// One case as it appears in a feed.
public struct FeedEntry: Sendable, Equatable {
    /// Stable absolute URL (the case permalink, derived from the slug). RSS `guid isPermaLink="true"`,
    /// Atom `id`, JSON Feed `id`. It must not change when the title or text is corrected.
    public var id: String
    /// Absolute permalink of the case page.
    public var url: String
    public var title: String
    /// Plain text, one or two sentences.
    public var summary: String
    /// HTML fragment of the full case (red flags and advice included) with absolute URLs only.
    /// It is escaped by the writer, never altered.
    public var contentHTML: String
    public var published: Date
    /// Date of the last substantive correction; `nil` when the case was never corrected.
    public var updated: Date?
    public var categories: [FeedCategory]
    /// BCP 47 language of the entry; JSON Feed item `language`, Atom entry `xml:lang` when it
    /// differs from the channel's language.
    public var language: String?
    /// The summary is taken from the content's first words: RSS's description, which holds both,
    /// then leaves it out rather than say it twice.
    public var summaryIsExcerpt: Bool

    public init(
        id: String,
        url: String,
        title: String,
        summary: String,
        contentHTML: String,
        published: Date,
        updated: Date? = nil,
        categories: [FeedCategory] = [],
        language: String? = nil,
        summaryIsExcerpt: Bool = false
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.published = published
        self.updated = updated
        self.categories = categories
        self.language = language
        self.summaryIsExcerpt = summaryIsExcerpt
    }
}

/// Everything one feed document needs. The same channel can be written as RSS, Atom or JSON Feed.
public struct FeedChannel: Sendable, Equatable {
    public static let defaultLimit = 50
    /// 2000-01-01T00:00:00Z, used for Atom `<updated>` of a feed without entries unless the caller
    /// supplies its own `fallbackUpdated`.
    public static let defaultFallbackUpdated = Date(timeIntervalSince1970: 946_684_800)

    public var title: String
    public var description: String
    /// BCP 47, e.g. `en`, `zh`, `zh-Hans`. RSS `<language>` uses it lowercased.
    public var language: String
    /// Absolute URL of the HTML page this feed belongs to. RSS `<link>`, Atom `id` and alternate
    /// link, JSON Feed `home_page_url`.
    public var homeURL: String
    /// The issuing agency. RSS `<copyright>`, Atom `<author><name>` and `<rights>`, JSON Feed `authors`.
    public var publisher: String
    /// Absolute URL of the publisher's logo, optional: RSS `<image>`; when square, Atom `<icon>` and
    /// JSON Feed `icon`, which ask for a square image; else Atom `<logo>`.
    public var iconURL: String?
    /// Whether `iconURL` is a square image.
    public var iconIsSquare: Bool
    /// The site time zone; every date is written with this zone's offset at that instant.
    public var timeZone: TimeZone
    /// In any order; the writer sorts them newest first.
    public var entries: [FeedEntry]
    /// At most this many entries are written (the newest by publication date, ties broken by id).
    /// Values below 1 mean "no limit".
    public var limit: Int
    /// Atom `<updated>` when there is no entry (Atom requires one). Never taken from the clock.
    public var fallbackUpdated: Date

    public init(
        title: String,
        description: String,
        language: String,
        homeURL: String,
        publisher: String,
        iconURL: String? = nil,
        iconIsSquare: Bool = true,
        timeZone: TimeZone,
        entries: [FeedEntry],
        limit: Int = FeedChannel.defaultLimit,
        fallbackUpdated: Date = FeedChannel.defaultFallbackUpdated
    ) {
        self.title = title
        self.description = description
        self.language = language
        self.homeURL = homeURL
        self.publisher = publisher
        self.iconURL = iconURL
        self.iconIsSquare = iconIsSquare
        self.timeZone = timeZone
        self.entries = entries
        self.limit = limit
        self.fallbackUpdated = fallbackUpdated
    }
}

public enum FeedFormat: String, Sendable, CaseIterable {
    case rss, atom, json

    /// The media type to serve the document with.
    public var mediaType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }

    /// The conventional file name in the site (`feed.xml`, `atom.xml`, `feed.json`).
    public var fileName: String {
        switch self {
        case .rss: "feed.xml"
        case .atom: "atom.xml"
        case .json: "feed.json"
        }
    }
}
