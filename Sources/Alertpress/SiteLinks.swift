import AlertpressCore
import Foundation

/// Links and images in case, scam type, tactic and campaign bodies that lead to this site's own
/// pages and files (`/cases/…`, `/zh/types/…`, `/assets/…`, or the full address under `base_url`)
/// which the build does not make: a misspelt slug, a draft case, an image missing from
/// `Templates/assets/`. Each is an error at the line that writes it (SPEC §2: dangling references are
/// errors), but a link to a draft or a case dated later, which works once that case is published: a
/// warning. `build` and `check` look at every body each time: removing or renaming one file breaks
/// links in others.
enum SiteLinks {
    /// A link found in a body, site-relative (`cases/x/index.html`), and the body's file.
    struct Target: Hashable {
        var file: String
        /// As the page has it, after the base address: `/cases/x/`.
        var written: String
        var path: String
        var isImage: Bool
        /// The language of a translation's link to a default-language page.
        var lang: String? = nil
    }

    /// The links of `bulletin`'s bodies that none of `paths` (every file the build makes) answers.
    /// `paths` is asked for only when some body links to the site. The bodies are read twice: for
    /// the paths they link to (10,000 bodies in some 10 ms), then, when some path is not made,
    /// for where each link to one is.
    static func check(_ bulletin: Bulletin, paths: () -> Set<String>, fileSystem: some ContentFileSystem) -> [Diagnostic] {
        let base = bulletin.site.baseURL
        let defaultLanguage = bulletin.site.defaultLanguage
        func eachBody(_ body: (UnsafeBufferPointer<UInt8>, String, String) -> Void) {
            for edition in bulletin.editions {
                // By position: a loop over the cases would copy each (a retain of every field).
                for index in edition.cases.indices where edition.cases[index].status.hasPage {
                    let entry = edition.cases[index].entry
                    entry.withBodyHTML { body($0, entry.file, edition.lang) }
                }
                for term in edition.edition.types + edition.edition.tactics {
                    var html = term.bodyHTML
                    html.withUTF8 { body($0, term.file, edition.lang) }
                }
                for campaign in edition.edition.campaigns {
                    var html = campaign.bodyHTML
                    html.withUTF8 { body($0, campaign.file, edition.lang) }
                }
            }
        }
        var linked: Set<String> = []
        // Links a translation writes to a page of the default language (`/cases/x/` copied from the
        // original): the reader leaves their language, though the page may exist in it.
        var crossing: Set<Target> = []
        eachBody { html, file, lang in
            let translation = lang != defaultLanguage && file.hasSuffix(".\(lang).md")
            Self.targets(in: html, base: base) { written, path, isImage in
                linked.insert(path)
                if translation, !isImage, !path.hasPrefix("assets/"), !path.hasPrefix("\(lang)/") {
                    crossing.insert(Target(file: file, written: written, path: path, isImage: false, lang: lang))
                }
            }
        }
        guard !linked.isEmpty else { return [] }
        let paths = paths()
        func made(_ path: String) -> Bool { paths.contains(path) || paths.contains(path + "/index.html") }
        var log = DiagnosticLog()
        var written = WrittenText(fileSystem: fileSystem)
        func location(_ target: Target) -> SourceLocation {
            // Where its path is written: with or without the base address, a leading slash or the trailing one.
            let trimmed = target.written.hasSuffix("/") && target.written.count > 1 ? String(target.written.dropLast()) : target.written
            return [target.written, trimmed, String(trimmed.drop { $0 == "/" })].lazy.filter { !$0.isEmpty }
                .compactMap { written.location(of: $0, in: target.file) }.first ?? SourceLocation(file: target.file, line: 1, column: 1)
        }
        for target in crossing.sorted(by: { ($0.file, $0.written) < ($1.file, $1.written) }) {
            guard let lang = target.lang, made(target.path), made("\(lang)/" + target.path) else { continue }
            log.warning("other-language-link", "this `\(lang)` text links to `\(target.written)`, the page in `\(defaultLanguage)`, though the page exists in `\(lang)`",
                        at: location(target), hint: "write `/\(lang)\(target.written.hasPrefix("/") ? "" : "/")\(target.written)` for the `\(lang)` page")
        }
        let missing = linked.filter { !made($0) }
        guard !missing.isEmpty else { return log.sorted }
        var broken: Set<Target> = []
        eachBody { html, file, _ in
            Self.targets(in: html, base: base) { written, path, isImage in
                if missing.contains(path) { broken.insert(Target(file: file, written: written, path: path, isImage: isImage)) }
            }
        }
        // Cases a link may mean: the pages of unpublished ones, by path (`zh/cases/x`), the languages each
        // case is written in, and every page for a "did you mean".
        var unpublished: [String: CaseStatus] = [:]
        var languages: [String: [String]] = [:]
        for edition in bulletin.editions {
            let prefix = edition.lang == defaultLanguage ? "" : "\(edition.lang)/"
            for item in edition.cases {
                languages[item.entry.slug, default: []].append(edition.lang)
                if !item.status.hasPage { unpublished[prefix + "cases/" + item.entry.slug] = item.status }
            }
        }
        /// A case page's path as `unpublished` has it: without `index.html` and the slash before it.
        func page(_ path: String) -> String {
            var path = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            while path.hasSuffix("/") { path.removeLast() }
            return path
        }
        let pages = paths.filter { $0.hasSuffix("/index.html") || !$0.hasSuffix(".html") }.union(unpublished.keys.map { $0 + "/index.html" })
        // Each warning finds its place in the file, and a "did you mean" measures every page: a file
        // of thousands of broken links took minutes (a malformed-input review, thirty-fifth session).
        // A file's first ones are told, the rest counted; the first ones of the build get a suggestion.
        var told: [String: Int] = [:], untold: [String: Int] = [:]
        var suggestions = 0
        for target in broken.sorted(by: { ($0.file, $0.written) < ($1.file, $1.written) }) {
            guard told[target.file, default: 0] < Self.brokenLinksTold else {
                untold[target.file, default: 0] += 1
                continue
            }
            told[target.file, default: 0] += 1
            let location = location(target)
            let shown = target.written
            if target.isImage {
                log.error("broken-link", "the image `\(shown)` is not in the site: readers would see a broken image (with its description, where the browser shows one)", at: location,
                            hint: target.path.hasPrefix("assets/") ? "put the file in Templates/assets/, or correct the name" : "images are published from Templates/assets/: write /assets/<name>")
                continue
            }
            let components = target.path.split(separator: "/")
            let slug = components.firstIndex(of: "cases").flatMap { $0 + 1 < components.count ? String(components[$0 + 1]) : nil }
            let lang = components.first.map(String.init).flatMap { first in bulletin.editions.contains { $0.lang == first && first != defaultLanguage } ? first : nil } ?? defaultLanguage
            // The page of a case not yet published, in a language it is written in: the link works once it is.
            let waiting = unpublished[page(target.path)]
            // `/cases/page/9/` past a list's last page: the list is what is meant, not the page most alike.
            let list = target.path.range(of: "page/", options: .backwards).flatMap { range -> (path: String, pages: Int)? in
                let list = String(target.path[..<range.lowerBound])
                guard list.isEmpty || list.hasSuffix("/"), made(list + "index.html"), Int(page(String(target.path[range.upperBound...]))) != nil else { return nil }
                return (list, 1 + (2...).prefix { made("\(list)page/\($0)/index.html") }.count)
            }
            let hint: String
            var nearest: String?
            if waiting == nil, list == nil, suggestions < Self.brokenLinksSuggested {
                suggestions += 1
                nearest = Suggest.nearest(target.path.hasSuffix("/index.html") ? target.path : target.path + "/index.html", in: pages)
            }
            if let status = waiting, let slug {
                hint = "case `\(slug)` is \(status == .draft ? "a draft" : "not yet published (its date is later)"): the link works once it is published"
            } else if let slug, let written = languages[slug], !written.contains(lang), page(target.path).hasSuffix("cases/" + slug) {
                let original = written.first ?? defaultLanguage
                hint = "case `\(slug)` has no `\(lang)` translation: link to `/\(original == defaultLanguage ? "" : original + "/")cases/\(slug)/`, or add `\(slug).\(lang).md`"
            } else if let list {
                hint = "the list at `/\(list.path)` has \(list.pages) page\(list.pages == 1 ? "" : "s"): link to `/\(list.path)`, its first page (what a later page shows changes with each new case)"
            } else if let nearest {
                let shown = nearest.hasSuffix("index.html") ? String(nearest.dropLast("index.html".count)) : nearest
                hint = "did you mean `/\(shown)`\(unpublished[page(nearest)] == nil ? "" : " (not yet published)")?"
            } else {
                hint = "link to a page the site has (a case is at /cases/<slug>/, a scam type at /types/<id>/), or write the full address of another site"
            }
            // A link to a case not yet published works once it is; any other is a dangling reference (SPEC §2).
            if waiting != nil {
                log.warning("broken-link", "the link to `\(shown)` leads to no page of this site yet", at: location, hint: hint)
            } else {
                log.error("broken-link", "the link to `\(shown)` leads to no page of this site", at: location, hint: hint)
            }
        }
        for (file, count) in untold.sorted(by: { $0.key < $1.key }) {
            log.error("broken-link", "\(count) more link(s) and image(s) in this file lead to no page of this site",
                        at: SourceLocation(file: file, line: 1, column: 1), hint: "correct the \(Self.brokenLinksTold) named above, then build again to see the rest")
        }
        return log.sorted
    }

    /// Broken links and images named one by one in a file; the rest are counted.
    static let brokenLinksTold = 50
    /// Broken links given a "did you mean" in a build.
    static let brokenLinksSuggested = 100

    /// Every file a build makes: what its jobs, its flyers and the templates' assets name, and the 404 page.
    static func paths(jobs: some Sequence<RenderJob>, flyers: [Flyers.Job], assets: [String]) -> Set<String> {
        Set(jobs.flatMap(\.paths) + flyers.map(\.path) + ["404.html"] + assets.map { "assets/" + $0 })
    }

    /// The links and images of rendered HTML that lead under `base`, handed to `found` as written
    /// after `base`, as a site path, and whether an image.
    static func targets(in html: UnsafeBufferPointer<UInt8>, base: String, found: (_ written: String, _ path: String, _ isImage: Bool) -> Void) {
        let needle = Array("=\"\(base)".utf8)
        guard let start = html.baseAddress, html.count >= needle.count else { return }
        var offset = 0
        // `memchr` finds each `=` (a few hundred a body) far faster than a loop over every byte.
        while offset + needle.count <= html.count, let hit = memchr(start + offset, Int32(needle[0]), html.count - offset) {
            let index = start.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            offset = index + 1
            guard index + needle.count <= html.count, html[index..<(index + needle.count)].elementsEqual(needle) else { continue }
            let from = index + needle.count
            var end = from
            while end < html.count, html[end] != UInt8(ascii: "\"") { end += 1 }
            offset = end
            var written = String(decoding: html[from..<end], as: UTF8.self)
            guard written.isEmpty || written.hasPrefix("/") else { continue } // another host that starts alike
            if written.utf8.contains(UInt8(ascii: "&")) { written = written.replacingOccurrences(of: "&amp;", with: "&") }
            // `src="` or `href="`: an image or a link.
            let isImage = index >= 3 && html[(index - 3)..<index].elementsEqual("src".utf8)
            var path = String(written.dropFirst().prefix { $0 != "?" && $0 != "#" })
            if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            found(written.isEmpty ? "/" : written, path, isImage)
        }
    }
}
