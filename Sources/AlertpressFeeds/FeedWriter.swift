import Foundation

/// Writes a `FeedChannel` as RSS 2.0, Atom 1.0 or JSON Feed 1.1.
///
/// Pure functions: the same channel and self URL always give byte-identical output; no clock,
/// locale or environment is consulted. All three formats carry the same entries: the newest
/// `limit` by publication date (ties broken by id), with duplicate ids dropped.
public enum FeedWriter {
    /// Name written as the feeds' generator.
    public static let generator = "alertpress"

    /// RSS 2.0. `selfURL` is the absolute URL where this very document is published
    /// (`atom:link rel="self"`).
    public static func rss(_ channel: FeedChannel, selfURL: String) -> String {
        RSSWriter.write(PreparedChannel(channel, selfURL: selfURL))
    }

    /// Atom 1.0 (RFC 4287). `selfURL` is the absolute URL of this document (`link rel="self"`).
    public static func atom(_ channel: FeedChannel, selfURL: String) -> String {
        AtomWriter.write(PreparedChannel(channel, selfURL: selfURL))
    }

    /// JSON Feed 1.1. `selfURL` is the absolute URL of this document (`feed_url`).
    public static func json(_ channel: FeedChannel, selfURL: String) -> String {
        JSONFeedWriter.write(PreparedChannel(channel, selfURL: selfURL))
    }

    /// Any of the three formats.
    public static func render(_ format: FeedFormat, _ channel: FeedChannel, selfURL: String) -> String {
        write(format, PreparedChannel(channel, selfURL: selfURL))
    }

    /// The same channel in several formats, each published at its own URL; the entries are
    /// sanitised and sorted once for all of them.
    public static func render(_ channel: FeedChannel, as formats: [(format: FeedFormat, selfURL: String)]) -> [String] {
        var prepared = PreparedChannel(channel, selfURL: "")
        return formats.map { format, selfURL in
            prepared.selfURL = FeedURL.absolute(selfURL, base: prepared.homeURL)
            return write(format, prepared)
        }
    }

    private static func write(_ format: FeedFormat, _ prepared: PreparedChannel) -> String {
        switch format {
        case .rss: RSSWriter.write(prepared)
        case .atom: AtomWriter.write(prepared)
        case .json: JSONFeedWriter.write(prepared)
        }
    }

    /// The entries a feed of `channel` contains, in feed order: newest publication date first,
    /// ties broken by id, duplicate ids dropped (the first one kept), at most `limit`.
    public static func selectedEntries(_ channel: FeedChannel) -> [FeedEntry] {
        PreparedChannel.select(channel).map(\.source)
    }

    /// The date a feed of `channel` reports as its last change (RSS `lastBuildDate`, Atom
    /// `updated`): the newest publication or correction date among the selected entries, `nil`
    /// when there is none. Never the clock.
    public static func contentDate(_ channel: FeedChannel) -> Date? {
        PreparedChannel.select(channel).map(\.lastChanged).max()
    }
}

// MARK: - Normalised input shared by the three writers

struct PreparedCategory: Equatable {
    var term: String
    var label: String
    var scheme: String
    /// What readers show: the label, or the term when there is no label.
    var display: String { label.isEmpty ? term : label }
}

struct PreparedEntry {
    var source: FeedEntry
    var id: String
    var url: String
    var title: String
    var summary: String
    var contentHTML: String
    var published: Date
    /// The correction date, only when it is later than the publication date.
    var revised: Date?
    var categories: [PreparedCategory]
    var language: String?

    var lastChanged: Date { revised ?? published }
}

struct PreparedChannel {
    var title: String
    var description: String
    var language: String
    var homeURL: String
    var selfURL: String
    var publisher: String
    var iconURL: String?
    var iconIsSquare: Bool
    var timeZone: TimeZone
    var entries: [PreparedEntry]
    var fallbackUpdated: Date

    /// Newest publication or correction date among the entries.
    var contentDate: Date? { entries.map(\.lastChanged).max() }

    init(_ channel: FeedChannel, selfURL: String) {
        let home = FeedURL.absolute(channel.homeURL, base: nil)
        homeURL = home
        self.selfURL = FeedURL.absolute(selfURL, base: home)
        let title = FeedText.line(channel.title)
        self.title = title.isEmpty ? home : title
        let description = FeedText.line(channel.description)
        self.description = description.isEmpty ? self.title : description
        language = FeedText.line(channel.language).replacingOccurrences(of: " ", with: "")
        publisher = FeedText.line(channel.publisher)
        iconURL = channel.iconURL.map { FeedURL.absolute($0, base: home) }.flatMap { $0.isEmpty ? nil : $0 }
        iconIsSquare = channel.iconIsSquare
        timeZone = channel.timeZone
        fallbackUpdated = channel.fallbackUpdated
        entries = Self.select(channel)
    }

    static func select(_ channel: FeedChannel) -> [PreparedEntry] {
        let home = FeedURL.absolute(channel.homeURL, base: nil)
        let prepared = channel.entries.map { prepare($0, home: home) }
        let sorted = prepared.sorted { a, b in
            if a.published != b.published { return a.published > b.published }
            if a.id != b.id { return a.id.utf8.lexicographicallyPrecedes(b.id.utf8) }
            return a.url.utf8.lexicographicallyPrecedes(b.url.utf8)
        }
        var seen = Set<String>()
        var unique: [PreparedEntry] = []
        for entry in sorted where seen.insert(entry.id).inserted {
            unique.append(entry)
        }
        if channel.limit > 0 && unique.count > channel.limit {
            unique.removeSubrange(channel.limit...)
        }
        return unique
    }

    private static func prepare(_ entry: FeedEntry, home: String) -> PreparedEntry {
        let url = FeedURL.absolute(entry.url, base: home)
        let rawID = FeedText.line(entry.id)
        let id = rawID.isEmpty ? url : FeedURL.absolute(rawID, base: home)
        var categories: [PreparedCategory] = []
        for category in entry.categories {
            let term = FeedText.line(category.term)
            guard !term.isEmpty else { continue }
            let scheme = FeedText.line(category.scheme).isEmpty
                ? "" : FeedURL.absolute(category.scheme, base: home)
            let prepared = PreparedCategory(term: term, label: FeedText.line(category.label), scheme: scheme)
            if !categories.contains(where: { $0.term == prepared.term && $0.scheme == prepared.scheme }) {
                categories.append(prepared)
            }
        }
        let language = entry.language.map { FeedText.line($0).replacingOccurrences(of: " ", with: "") }
        return PreparedEntry(
            source: entry,
            id: id,
            url: url,
            title: FeedText.line(entry.title),
            summary: FeedText.line(entry.summary),
            contentHTML: FeedText.block(entry.contentHTML),
            published: entry.published,
            revised: entry.updated.flatMap { $0 > entry.published ? $0 : nil },
            categories: categories,
            language: language.flatMap { $0.isEmpty ? nil : $0 }
        )
    }
}
