import Foundation

/// Atom 1.0 (RFC 4287).
enum AtomWriter {
    static func write(_ channel: PreparedChannel) -> String {
        let updated = distinctUpdated(channel)
        let feedUpdated = updated.max() ?? channel.fallbackUpdated
        let zone = channel.timeZone

        var xml = XMLBuilder()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        var rootAttributes: XMLBuilder.Attributes = [("xmlns", "http://www.w3.org/2005/Atom")]
        if !channel.language.isEmpty { rootAttributes.append(("xml:lang", channel.language)) }
        xml.open("feed", rootAttributes)
        xml.text("id", channel.homeURL)
        xml.text("title", channel.title)
        if !channel.description.isEmpty {
            xml.text("subtitle", channel.description)
        }
        xml.text("updated", FeedDate.rfc3339(feedUpdated, in: zone))
        xml.empty("link", [("rel", "self"), ("type", FeedFormat.atom.mediaType), ("href", channel.selfURL)])
        xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", channel.homeURL)])
        xml.open("author")
        xml.text("name", channel.publisher.isEmpty ? channel.title : channel.publisher)
        xml.close("author")
        xml.text("generator", FeedWriter.generator)
        if let icon = channel.iconURL {
            // RFC 4287: an icon is square, a logo twice as wide as high.
            xml.text(channel.iconIsSquare ? "icon" : "logo", icon)
        }
        if !channel.publisher.isEmpty {
            xml.text("rights", "© " + channel.publisher)
        }
        for (entry, entryUpdated) in zip(channel.entries, updated) {
            var entryAttributes: XMLBuilder.Attributes = []
            if let language = entry.language, language.lowercased() != channel.language.lowercased() {
                entryAttributes.append(("xml:lang", language))
            }
            xml.open("entry", entryAttributes)
            xml.text("id", entry.id)
            xml.text("title", entry.title.isEmpty ? entry.url : entry.title)
            xml.empty("link", [("rel", "alternate"), ("type", "text/html"), ("href", entry.url)])
            xml.text("published", FeedDate.rfc3339(entry.published, in: zone))
            xml.text("updated", FeedDate.rfc3339(entryUpdated, in: zone))
            for category in entry.categories {
                var attributes: XMLBuilder.Attributes = [("term", category.term)]
                if !category.scheme.isEmpty { attributes.append(("scheme", category.scheme)) }
                if !category.label.isEmpty { attributes.append(("label", category.label)) }
                xml.empty("category", attributes)
            }
            if !entry.summary.isEmpty {
                xml.text("summary", entry.summary, [("type", "text")])
            }
            if !entry.contentHTML.isEmpty {
                xml.markup("content", entry.contentHTML, [("type", "html")])
            }
            xml.close("entry")
        }
        xml.close("feed")
        return xml.result
    }

    /// `atom:updated` per entry, in entry order: the correction date, or the publication date.
    ///
    /// Cases dated by day share a midnight timestamp, and the W3C validator warns when two entries
    /// of one feed carry the same `updated` value ("DuplicateUpdated"). Colliding values are
    /// therefore moved later by whole seconds (never earlier than the real date, so `updated` stays
    /// at or after `published`); the oldest entry keeps the exact time and the one listed above it
    /// gets the later stamp, so the stamps keep the feed's order. Deterministic for a given input.
    static func distinctUpdated(_ channel: PreparedChannel) -> [Date] {
        var result = [Date](repeating: channel.fallbackUpdated, count: channel.entries.count)
        // Distinct whole seconds give distinct stamps: the offset is a function of the instant.
        var used = Set<Int64>()
        for index in channel.entries.indices.reversed() {
            let date = channel.entries[index].lastChanged
            var second = FeedDate.epochSeconds(date)
            if used.contains(second) {
                while used.contains(second) { second += 1 }
                result[index] = Date(timeIntervalSince1970: TimeInterval(second))
            } else {
                result[index] = date
            }
            used.insert(second)
        }
        return result
    }
}
