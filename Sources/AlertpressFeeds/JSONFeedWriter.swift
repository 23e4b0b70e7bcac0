import Foundation

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
enum JSONFeedWriter {
    static let version = "https://jsonfeed.org/version/1.1"

    struct Author: Encodable, Equatable {
        var name: String
    }

    struct Item: Encodable, Equatable {
        var id: String
        var url: String
        var title: String?
        var summary: String?
        var contentHTML: String?
        var contentText: String?
        var datePublished: String
        var dateModified: String?
        var tags: [String]?
        var language: String?

        enum CodingKeys: String, CodingKey {
            case id, url, title, summary, tags, language
            case contentHTML = "content_html"
            case contentText = "content_text"
            case datePublished = "date_published"
            case dateModified = "date_modified"
        }
    }

    struct Document: Encodable, Equatable {
        var version: String
        var title: String
        var homePageURL: String
        var feedURL: String
        var description: String?
        var icon: String?
        var language: String?
        var authors: [Author]?
        var items: [Item]

        enum CodingKeys: String, CodingKey {
            case version, title, description, icon, language, authors, items
            case homePageURL = "home_page_url"
            case feedURL = "feed_url"
        }
    }

    static func document(_ channel: PreparedChannel) -> Document {
        let zone = channel.timeZone
        let items = channel.entries.map { entry -> Item in
            var tags: [String] = []
            for category in entry.categories where !tags.contains(category.display) {
                tags.append(category.display)
            }
            // JSON Feed requires content_html or content_text on every item.
            let hasHTML = !entry.contentHTML.isEmpty
            return Item(
                id: entry.id,
                url: entry.url,
                title: entry.title.isEmpty ? nil : entry.title,
                summary: entry.summary.isEmpty ? nil : entry.summary,
                contentHTML: hasHTML ? entry.contentHTML : nil,
                contentText: hasHTML ? nil : entry.summary,
                datePublished: FeedDate.rfc3339(entry.published, in: zone),
                dateModified: entry.revised.map { FeedDate.rfc3339($0, in: zone) },
                tags: tags.isEmpty ? nil : tags,
                language: entry.language
            )
        }
        return Document(
            version: version,
            title: channel.title,
            homePageURL: channel.homeURL,
            feedURL: channel.selfURL,
            description: channel.description.isEmpty ? nil : channel.description,
            icon: channel.iconIsSquare ? channel.iconURL : nil,
            language: channel.language.isEmpty ? nil : channel.language,
            authors: channel.publisher.isEmpty ? nil : [Author(name: channel.publisher)],
            items: items
        )
    }

    static func write(_ channel: PreparedChannel) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding strings and arrays of strings cannot fail; the fallback only satisfies the type.
        guard let data = try? encoder.encode(document(channel)) else {
            return "{\"version\":\"\(version)\",\"title\":\"\",\"items\":[]}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
