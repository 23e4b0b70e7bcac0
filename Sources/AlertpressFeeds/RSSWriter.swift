import Foundation

/// RSS 2.0 following the RSS Advisory Board's best-practices profile, so that the W3C feed
/// validator reports neither errors nor warnings.
enum RSSWriter {
    static let docsURL = "https://www.rssboard.org/rss-specification"

    static func write(_ channel: PreparedChannel) -> String {
        var xml = XMLBuilder()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        xml.open("rss", [("version", "2.0"), ("xmlns:atom", "http://www.w3.org/2005/Atom")])
        xml.open("channel")
        xml.text("title", channel.title)
        xml.text("link", channel.homeURL)
        xml.text("description", channel.description)
        if !channel.language.isEmpty {
            xml.text("language", channel.language.lowercased())
        }
        if !channel.publisher.isEmpty {
            xml.text("copyright", "© " + channel.publisher)
        }
        if let newest = channel.contentDate {
            let stamp = FeedDate.rfc822(newest, in: channel.timeZone)
            xml.text("pubDate", stamp)
            xml.text("lastBuildDate", stamp)
        }
        xml.text("generator", FeedWriter.generator)
        xml.text("docs", docsURL)
        xml.empty("atom:link", [("href", channel.selfURL), ("rel", "self"), ("type", FeedFormat.rss.mediaType)])
        if let icon = channel.iconURL, isRSSImage(icon) {
            xml.open("image")
            xml.text("url", icon)
            xml.text("title", channel.title)
            xml.text("link", channel.homeURL)
            xml.close("image")
        }
        for entry in channel.entries {
            xml.open("item")
            if !entry.title.isEmpty {
                xml.text("title", entry.title)
            }
            xml.text("link", entry.url)
            xml.text("guid", entry.id, [("isPermaLink", "true")])
            xml.text("pubDate", FeedDate.rfc822(entry.published, in: channel.timeZone))
            if let revised = entry.revised {
                xml.text("atom:updated", FeedDate.rfc3339(revised, in: channel.timeZone))
            }
            for category in entry.categories {
                xml.text("category", category.display,
                         category.scheme.isEmpty ? [] : [("domain", category.scheme)])
            }
            let description = descriptionHTML(entry)
            if !description.isEmpty || entry.title.isEmpty {
                xml.markup("description", description)
            }
            xml.close("item")
        }
        xml.close("channel")
        xml.close("rss")
        return xml.result
    }

    /// The summary as a paragraph followed by the full case (without the summary when it is the
    /// case's own first words).
    static func descriptionHTML(_ entry: PreparedEntry) -> String {
        var html = ""
        if !entry.summary.isEmpty, !(entry.source.summaryIsExcerpt && !entry.contentHTML.isEmpty) {
            html += "<p>" + FeedText.htmlText(entry.summary) + "</p>"
        }
        if !entry.contentHTML.isEmpty {
            if !html.isEmpty { html += "\n" }
            html += entry.contentHTML
        }
        return html
    }

    /// RSS `<image>` only takes JPEG, GIF or PNG (the validator warns about anything else).
    private static func isRSSImage(_ url: String) -> Bool {
        let path = FeedURL.split(url).path.lowercased()
        return [".png", ".jpg", ".jpeg", ".gif"].contains { path.hasSuffix($0) }
    }
}
