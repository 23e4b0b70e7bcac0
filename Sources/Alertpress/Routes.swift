import AlertpressCore
import Foundation

/// Where every page of one language lives, and how pages link to each other.
/// Pages are folders (`cases/<slug>/` → `cases/<slug>/index.html`); links between pages are
/// relative, so the site works under any base path; feeds and sitemaps use absolute URLs.
struct Routes: Sendable {
    let baseURL: String
    /// `baseURL` as site.yml writes it, for print.
    let printedBaseURL: String
    let lang: String
    let defaultLanguage: String

    /// The routes of one language of `site`.
    init(_ site: SiteSettings, lang: String) {
        baseURL = site.baseURL
        printedBaseURL = site.printedBaseURL ?? site.baseURL
        self.lang = lang
        defaultLanguage = site.defaultLanguage
    }

    /// `""` for the default language, `"zh/"` for the others.
    var prefix: String { lang == defaultLanguage ? "" : lang + "/" }

    func home() -> String { prefix }
    func cases() -> String { prefix + "cases/" }
    func `case`(_ slug: String) -> String { prefix + "cases/\(slug)/" }
    func terms(_ kind: TermKind) -> String { prefix + kind.folder + "/" }
    func term(_ kind: TermKind, _ id: String) -> String { prefix + kind.folder + "/\(id)/" }
    func campaigns() -> String { prefix + "campaigns/" }
    func campaign(_ id: String) -> String { prefix + "campaigns/\(id)/" }
    func flyerPage(_ id: String) -> String { prefix + "campaigns/\(id)/flyer/" }
    func search() -> String { prefix + "search/" }
    func file(_ name: String) -> String { prefix + name }
    /// Page `number` of a paginated list whose first page is `folder`.
    func page(_ folder: String, _ number: Int) -> String { number <= 1 ? folder : folder + "page/\(number)/" }

    /// Output file of a page folder.
    static func indexFile(_ folder: String) -> String { folder + "index.html" }

    func absolute(_ path: String) -> String { baseURL + "/" + path }
    /// The address as a reader would type it from paper: in the script site.yml writes it in.
    func printed(_ path: String) -> String { printedBaseURL + "/" + path }

    /// Link from the page in folder `from` to `to` (a folder or a file path), both site-relative.
    static func relative(from: String, to: String) -> String {
        // The folders of `from` (its parts between slashes), counted on its bytes: every list entry links this way.
        var depth = 0
        var previous = UInt8(ascii: "/")
        for byte in from.utf8 {
            if previous == UInt8(ascii: "/"), byte != UInt8(ascii: "/") { depth += 1 }
            previous = byte
        }
        let up = String(repeating: "../", count: depth)
        let target = up + to
        return target.isEmpty ? "./" : target
    }
}
