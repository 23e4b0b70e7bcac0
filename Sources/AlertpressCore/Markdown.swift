import CCmark
import Foundation

/// CommonMark through cmark in its safe mode: raw HTML is omitted and `javascript:`-style
/// URLs are dropped by cmark itself. On top of that this wrapper
/// - renders links to known scam addresses as defanged text, never as links,
/// - makes relative link targets absolute (feeds need them),
/// - makes the levels of headings used h2, h3, … in order, so the page title stays the only `h1`
///   and no level is skipped.
/// This is the only file that imports cmark.
struct MarkdownRenderer: Sendable {
    /// The levels a story's quotations, lists and marks may nest: a page's template holds a few more.
    static let deepestNesting = 100
    /// Site base URL without trailing slash, for relative links.
    var baseURL: String
    /// Which hosts text may name and link to; without one, every link stays and no text is defanged.
    var links: LinkPolicy?

    struct Output: Sendable, Equatable {
        var html: String
        /// Text content, paragraphs separated by blank lines.
        var plainText: String
        /// Text of paragraphs and list items only (no headings or code), for derived summaries.
        var proseText: String
        /// The hosts `links` was asked about: the output holds while its verdicts on them do.
        var askedHosts: Set<String> = []
        /// Link and image targets written relative to the page (`shot.png`, `../x`), with the
        /// Markdown line their paragraph starts on: they are read from the site root.
        var relativeTargets: [RelativeTarget] = []
        /// Link and image targets kept that are %-encoded: they may hide what the file's lines do not show.
        var encodedTargets: [String] = []
        /// Titles of links and images kept (`[x](/y "title")`), entities decoded: tooltips the page shows.
        var linkTitles: [String] = []
        /// Raw HTML tags left out whose words pages show (`<b>`, `<div>`, `<details>`; not comments or
        /// closing tags), with the Markdown line their block starts on, so that the editor hears of them.
        var droppedHTML: [Noted] = []
        /// Raw HTML left out with what it holds (`<script>`, `<style>`, `<?php`, `<!DOCTYPE`, a block with a
        /// `javascript:` in it): the tag and its block's line.
        var removedHTML: [Noted] = []
        /// A comment or a raw block opened and never closed (`<!--`, `<pre>`, `<script>`), which hides the
        /// lines after it to the end of the body or of its list item or quotation: the opening, its line
        /// and the last line hidden.
        var unclosedHTML: [Noted] = []
        /// Words after a comment's `-->` on its line, which Markdown leaves out with the comment: the words
        /// and the line.
        var commentTails: [Noted] = []
        /// Sentences a line of `---` under them made headings (`…对方称包裹丢失。` then `---`, meant as a
        /// rule): the heading's text, its line and its underline's.
        var underlinedSentences: [Noted] = []
        /// Prose indented by four spaces or a tab (pasted from a word processor), which Markdown shows as
        /// code, unformatted: its first line's words and its line.
        var indentedProse: [Noted] = []
        /// Hosts of Markdown links shown as text because the site does not trust them (and they are
        /// no scam hosts), with their lines: the editor meant a link.
        var untrustedLinks: [Noted] = []
        /// Links and images whose address is no web, e-mail or phone address (`javascript:`,
        /// `data:`, `file:`), shown as their text: the scheme and the line.
        var unsafeLinks: [Noted] = []
        /// Quotations, lists and marks nested deeper than `deepestNesting` (5,000 `>`): the line where they
        /// are deepest, and the levels there (as `lastLine`). HTML checkers fail a page more than 513 deep.
        var tooDeep: Noted? = nil
        /// Lines of headings with no text (`##` alone), left out: an empty heading is no heading.
        var emptyHeadings: [Int] = []
        /// Links with no text (`[](https://…)`), which read as nothing: their address is shown as
        /// their text. The address and the line.
        var emptyLinks: [Noted] = []
        /// Reference links whose label has no definition (`[the notice][police]` without `[police]: https://…`):
        /// pages print them as written, brackets and all. The link as written and the line.
        var undefinedReferences: [Noted] = []
    }

    /// Something the renderer left out or changed that the editor hears of: a tag or a host, and
    /// the Markdown line its block starts on.
    struct Noted: Sendable, Equatable {
        var text: String
        var line: Int
        /// The last line it spans, when that matters (`unclosedHTML`).
        var lastLine = 0
        /// The trusted host a link goes through to `text` (a redirector), for `untrustedLinks`.
        var via: String? = nil
        /// An image's, not a link's: for `untrustedLinks`, the picture is not shown.
        var isImage = false
        /// Written `https:host/…` or `https//host/…`, not `https://`: for `untrustedLinks`, the address to write.
        var slashless: String? = nil
        /// The line of `---` or `===` that makes a sentence a heading, for `underlinedSentences`.
        var underline = "---"
    }

    struct RelativeTarget: Sendable, Equatable {
        var url: String
        var isImage: Bool
        var line: Int
    }

    /// Stars prepared for cmark. CommonMark does not close `**警方提醒：**接到` or open `接**“双倍赔偿”**`: a delimiter next to
    /// punctuation must have space on its other side, and Chinese uses none. A zero-width space
    /// between the delimiter and the punctuation lets cmark see the emphasis; it is removed from the HTML.
    /// A mask's stars between a number's or an address's characters (`138****8000`, `zh****88`,
    /// `z***@qq.com`), and one star between Chinese characters (`张*与李*华`), are text, escaped for
    /// cmark: two masks in one paragraph would otherwise be read as emphasis, and the page would show
    /// `1388000 and 1399000`, numbers the case never gave, or `张与李华`.
    /// Works on the UTF-8 bytes that go to cmark.
    static func cjkEmphasis(_ bytes: [UInt8]) -> [UInt8] {
        func isAlphanumeric(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20) }
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        var output: [UInt8] = []
        var copied = 0
        var star = 0
        while star < bytes.count {
            guard bytes[star] == UInt8(ascii: "*") else { star += 1; continue }
            var end = star
            while end < bytes.count, bytes[end] == UInt8(ascii: "*") { end += 1 }
            // The stars as text: `\*` for each.
            func escapeStars() {
                output += bytes[copied..<star]
                for _ in star..<end { output += [UInt8(ascii: "\\"), UInt8(ascii: "*")] }
                copied = end
                star = end
            }
            if end - star >= 2, star > 0, end < bytes.count, case let before = bytes[star - 1], case let after = bytes[end],
               isAlphanumeric(before), isAlphanumeric(after) || after == UInt8(ascii: "@"),
               isDigit(before) || isDigit(after) || after == UInt8(ascii: "@") {
                escapeStars()
                continue
            }
            // A number's mask beside a hyphen or at its end (`400-***-8866`, `95***的短信`: bold takes two stars),
            // and one star between digits (`7*24小时`): a sign, not emphasis (`损失*5000*元` is italics).
            func digit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && isDigit(bytes[index]) }
            func hyphen(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] == UInt8(ascii: "-") }
            let digitBefore = digit(star - 1) || (hyphen(star - 1) && digit(star - 2))
            let digitAfter = digit(end) || (hyphen(end) && digit(end + 1))
            if end - star >= 2 ? digitBefore && (digitAfter || end - star >= 3) : digit(star - 1) && digit(end) {
                escapeStars()
                continue
            }
            let before = star > 0 ? scalar(in: bytes, endingAt: star) : " "
            let after = end < bytes.count ? scalar(in: bytes, startingAt: end) : " "
            // One star between Chinese characters masks one (`张*与李*华`): Chinese is not set in italics.
            // More mask a given name when a title or 化名 follows (`王**先生`, `刘**（化名）`) or a word for the
            // person comes before the surname (`受害人张**在`): `王**先生和刘**女士` is no bold `先生和刘`.
            if Self.isHan(before), Self.isHan(after) || after == "（" || after == "(",
               end - star == 1 ? Self.isHan(after) : Self.masksName(before: bytes[..<star], after: bytes[end...]) {
                escapeStars()
                continue
            }
            // ASCII punctuation beside Chinese as well: `**警方提醒:**接到`, `**注意!**不要`, `接**"双倍赔偿"**`.
            // Punctuation on both sides (`。**(重要)**`) lets the stars open or close as they are.
            // Stars after an opening mark (`“**`) do not close, nor do stars before a closing one (`刘**。`) open.
            let closing = !after.properties.isWhitespace && !Summary.isCJKPunctuation(after) && !Self.isASCIIPunctuation(after)
                && !Self.opens(before)
                && (Summary.isCJKPunctuation(before) || (Self.isASCIIPunctuation(before) && Tagger.isCJK(after)))  // after 。：”
            let opening = !closing && !before.properties.isWhitespace && !Summary.isCJKPunctuation(before) && !Self.closes(after)
                && (Summary.isCJKPunctuation(after) || (Self.isASCIIPunctuation(after) && Tagger.isCJK(before)))  // before “
            if closing || opening {
                output += bytes[copied..<star]
                if closing { output += zeroWidthSpace }
                output += bytes[star..<end]
                if opening { output += zeroWidthSpace }
                copied = end
            }
            star = end
        }
        guard copied > 0 else { return bytes }
        output += bytes[copied...]
        return output
    }

    /// A Chinese character (CJK Unified Ideographs and Extension A).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Marks that open a quotation or an aside: `“`, `「`, `【`, `（`, `(`.
    private static func opens(_ scalar: Unicode.Scalar) -> Bool {
        "“‘「『【《〈（〔〖［｛([".unicodeScalars.contains(scalar)
    }

    /// Marks that end a sentence, a clause, a quotation or an aside: `。`, `，`, `”`, `）`, `.`.
    private static func closes(_ scalar: Unicode.Scalar) -> Bool {
        "。，、；：？！…”’」』】》〉）〕〗］｝．，：；？！.,:;?!)]".unicodeScalars.contains(scalar)
    }

    /// Titles and words that follow a masked given name (`王**先生`, `刘**（化名）`), and words for a person
    /// that come before a surname (`受害人张**`).
    private static let nameTitles = ["先生", "女士", "小姐", "某", "同学", "老师", "阿姨", "叔叔", "大爷", "大妈", "大娘",
                                     "奶奶", "爷爷", "老人", "师傅", "经理", "夫妇", "一家", "（化名", "(化名"]
    private static let personWords = ["受害人", "被害人", "事主", "当事人", "报案人", "嫌疑人", "市民", "居民", "村民",
                                      "网友", "网民", "学生", "老人", "男子", "女子"]

    /// Whether stars between `before` and `after` (UTF-8) mask a given name: a title follows them, or one
    /// or two characters of a surname come right after a word for the person.
    static func masksName(before: ArraySlice<UInt8>, after: ArraySlice<UInt8>) -> Bool {
        let following = String(decoding: after.prefix(12), as: UTF8.self)
        if nameTitles.contains(where: following.hasPrefix) { return true }
        let preceding = String(decoding: before.suffix(24), as: UTF8.self).unicodeScalars
        return (1...2).contains { surname in
            let person = String(String.UnicodeScalarView(preceding.dropLast(surname)))
            return preceding.suffix(surname).allSatisfy(isHan) && personWords.contains(where: person.hasSuffix)
        }
    }

    /// The ASCII punctuation Chinese text is typed with beside its words.
    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "!\"'(),.:;?[]".unicodeScalars.contains(scalar)
    }

    /// Code's text with the stars `cjkEmphasis` escaped (`138\\*\\*\\*\\*5678`) as written (`138****5678`): in code a
    /// backslash is printed.
    static func unescapedMasks(_ text: String) -> String {
        text.replacingOccurrences(of: "\\*", with: "*")
    }

    /// The text with lines that read as link reference definitions but define no address made text:
    /// a chat log's `[客服]: 您好，您的包裹…` (Chinese needs no space, so the whole message is one "address")
    /// or `[Agent]: Hello` would vanish from the page. An address is one with a scheme (`https:`,
    /// `mailto:`), a path (`/…`, `#…`, `<…>`) or an ASCII name with a dot or a slash inside it
    /// (`www.example.com`, `notice.html`; not "Hi."). Their `[` is escaped, which changes no line, in
    /// quotations and list items too; fenced code and raw HTML blocks (which Markdown does not read) are left as they are.
    static func textDefinitions(_ markdown: String) -> String {
        let utf8 = markdown.utf8
        guard zip(utf8, utf8.dropFirst()).contains(where: { $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: ":") }) else { return markdown }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: (mark: Character, count: Int)?
        /// In a raw HTML block: the mark that ends it (`-->`, `</pre>`), or "" for one that ends at a blank line.
        var html: String?
        var changed = false
        for (index, line) in lines.enumerated() {
            let content = line.drop { $0 == " " || $0 == ">" }
            if let end = html {
                if end.isEmpty ? content.trimmingWhitespace().isEmpty : line.lowercased().contains(end) { html = nil }
                continue
            }
            if let mark = content.first, mark == "`" || mark == "~", case let count = content.prefix(while: { $0 == mark }).count, count >= 3 {
                if let open = fence {
                    if open.mark == mark, count >= open.count, content.dropFirst(count).trimmingWhitespace().isEmpty { fence = nil }
                } else if mark == "~" || !content.dropFirst(count).contains("`") {
                    fence = (mark, count)
                }
                continue
            }
            if fence == nil, content.first == "<", let opening = content.firstMatch(of: /^<(!--|\/?[A-Za-z][A-Za-z0-9-]*|[?!])/) {
                let name = opening.output.1.lowercased()
                let end = name == "!--" ? "-->" : ["pre", "script", "style", "textarea"].contains(name) ? "</\(name)>" : name == "?" ? "?>" : name == "!" ? ">" : ""
                if end.isEmpty || !line.lowercased().dropFirst(opening.output.0.count).contains(end) { html = end }
                continue
            }
            guard fence == nil, let match = line.wholeMatch(of: /( {0,3}(?:(?:>[ ]?|[-*+][ ]+|\d{1,9}[.)][ ]+)[ ]{0,3})*)\[([^\[\]]+)\]:[ \t]*(\S+).*/) else { continue }
            let address = match.output.3
            let isAddress = address.first.map { "</#?.".contains($0) } == true
                || address.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.-]*:/) != nil
                || (address.allSatisfy(\.isASCII) && address.firstMatch(of: /[.\/][A-Za-z0-9]/) != nil)
            guard !isAddress else { continue }
            lines[index] = match.output.1 + "\\[" + line[match.output.1.endIndex...].dropFirst()
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : markdown
    }

    /// U+200B ZERO WIDTH SPACE in UTF-8.
    static let zeroWidthSpace: [UInt8] = [0xE2, 0x80, 0x8B]

    /// The scalar whose UTF-8 starts at `index` (a lead byte) or ends just before `index`.
    private static func scalar(in bytes: [UInt8], startingAt index: Int) -> Unicode.Scalar {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? " "
    }

    private static func scalar(in bytes: [UInt8], endingAt index: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).unicodeScalars.first ?? " "
    }

    /// The text without U+200B (see `cjkEmphasis`), removed as bytes. With `allBreaks`, without
    /// the other invisible break opportunities too (soft hyphen U+00AD, word joiner U+2060, U+FEFF):
    /// inside a scam host (`evil\u{200B}.example`) they would hide it from defanging.
    static func withoutZeroWidthSpaces(_ text: String, allBreaks: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Where the first lead byte of one of them is (memchr): most texts have none.
            guard let base = bytes.baseAddress else { return nil }
            let leads: [UInt8] = allBreaks ? [0xE2, 0xC2, 0xEF] : [0xE2]
            guard let first = leads.compactMap({ memchr(base, Int32($0), bytes.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } }).min()
            else { return nil }
            var output: [UInt8] = []
            var copied = 0
            var index = first
            while index + 1 < bytes.count {
                let length: Int
                if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {
                    length = 3
                } else if allBreaks, bytes[index] == 0xC2, bytes[index + 1] == 0xAD {
                    length = 2
                } else if allBreaks, index + 2 < bytes.count,
                          (bytes[index] == 0xE2 && bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0) || (bytes[index] == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) {
                    length = 3
                } else {
                    index += 1
                    continue
                }
                output += bytes[copied..<index]
                index += length
                copied = index
            }
            guard copied > 0 else { return nil }
            output += bytes[copied...]
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }

    /// The host of `https:host/path`, which has no `//` and so no host to a URL parser, but which browsers
    /// open as `https://host/path`; nil for any other address.
    /// The address `https//host/…` (or `http//`) meant, its colon left out; nil for any other.
    static func colonLeftOut(_ url: String) -> String? {
        guard let scheme = ["https//", "http//"].first(where: url.lowercased().hasPrefix) else { return nil }
        return scheme.dropLast(2) + "://" + url.dropFirst(scheme.count)
    }

    static func hostWithoutSlashes(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard let scheme = ["https:", "http:"].first(where: lowered.hasPrefix) else { return nil }
        let authority = lowered.dropFirst(scheme.count).drop { $0 == "/" || $0 == "\\" }.prefix { !"/\\?#".contains($0) }
        let host = authority.split(separator: "@").last.map { $0.prefix { $0 != ":" } } ?? ""
        return host.isEmpty ? nil : String(host)
    }

    /// Relative links and http(s), mailto and tel targets; everything else (javascript:, data:, file:…) is dropped.
    static func isWebOrContact(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":"), url[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
              !url[..<colon].contains("/") else { return true }
        return ["http", "https", "mailto", "tel"].contains(url[..<colon].lowercased())
    }

    func render(_ markdown: String) -> Output {
        let document = CmarkDocument(Self.cjkEmphasis(Array(Self.textDefinitions(Self.withoutZeroWidthSpaces(markdown, allBreaks: true)).utf8)))
        var output = Output(html: "", plainText: "", proseText: "")
        document.transform(self, noting: &output)
        let lines = output.indentedProse.isEmpty && output.underlinedSentences.isEmpty ? [] : markdown.splitLines()
        // A sentence underlined by dashes or equals signs: a rule meant, not a heading, which a
        // sentence's full stop tells. (cmark may count the line after the underline as the heading's last.)
        output.underlinedSentences = output.underlinedSentences.compactMap { noted in
            guard "。！？.!?；;".contains(noted.text.last ?? " ") else { return nil }
            let underline = (noted.line + 1...max(noted.line + 1, noted.lastLine)).first { number in
                guard number <= lines.count else { return false }
                let written = lines[number - 1].trimmingWhitespace()
                return !written.isEmpty && (written.allSatisfy { $0 == "-" } || written.allSatisfy { $0 == "=" })
            }
            // Keys after it (`draft: true`) make it a second front matter's first line, which `check` tells of.
            guard let underline, underline >= lines.count || lines[underline].firstMatch(of: /^[A-Za-z_][A-Za-z0-9_-]*\s*:/) == nil else { return nil }
            // `===` is a heading's underline only: a heading's own full stop or "!" ("It was a scam!") is
            // not reason enough; a paragraph of sentences, or of lines, under it is.
            // ("How Mr. Chen lost his savings!" is one sentence.)
            if lines[underline - 1].contains("="), underline == noted.line + 1, Summary.sentences(noted.text).count < 2 { return nil }
            var underlined = Noted(text: noted.text, line: noted.line, lastLine: underline)
            underlined.underline = String(lines[underline - 1].trimmingWhitespace())
            return underlined
        }
        // Code blocks fenced with ``` or ~~~ are code by the editor's choice.
        if !output.indentedProse.isEmpty {
            output.indentedProse.removeAll { noted in
                guard noted.line >= 1, noted.line <= lines.count else { return true }
                let written = lines[noted.line - 1].trimmingWhitespace()
                return written.hasPrefix("```") || written.hasPrefix("~~~")
            }
        }
        // A code block wider than the page scrolls: it takes the keyboard's focus too (WCAG 2.1.1).
        // A character reference to a control character or a bidi override (`&#7;`, `&#x202E;`) is decoded by
        // cmark: it is left out, as the character typed as it is (HTML and XML cannot hold it).
        output.html = Self.withoutZeroWidthSpaces(document.html()).removingInvalidCharacters.replacingBytes("<pre>", with: "<pre tabindex=\"0\">")
        output.plainText = Self.withoutZeroWidthSpaces(CmarkDocument.plainText(of: document.root)).removingInvalidCharacters
        // A summary opens with the story, not with a message it quotes (`> 您的快递已丢失…`): quotations
        // are left out, unless the body is nothing else.
        let prose = CmarkDocument.plainText(of: document.root, proseOnly: true, skipping: document.imageTexts, quotations: false)
        output.proseText = Self.withoutZeroWidthSpaces(prose.isEmpty ? CmarkDocument.plainText(of: document.root, proseOnly: true, skipping: document.imageTexts) : prose)
            .removingInvalidCharacters
        return output
    }
}

/// Owns a cmark syntax tree and frees it.
private final class CmarkDocument {
    let root: OpaquePointer
    /// Text nodes that stand for images not shown: no prose, like the images themselves.
    private(set) var imageTexts: Set<OpaquePointer> = []

    init(_ bytes: [UInt8]) {
        root = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)
                }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
    }

    deinit { cmark_node_free(root) }

    private func nodes() -> [(OpaquePointer, cmark_event_type)] {
        var result: [(OpaquePointer, cmark_event_type)] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if let node = cmark_iter_get_node(iterator) { result.append((node, event)) }
        }
        return result
    }

    /// What a raw HTML block becomes: its words as a paragraph (a pasted `<p>`, `<div>`, `<details>`, a
    /// table), its text as a code block (`<pre>`, `<textarea>`), or nothing (a comment, a script, a
    /// style, `<?php`, `<!DOCTYPE`, anything with a `javascript:` in it).
    enum HTMLBlock: Equatable {
        case words(String)
        case code(String)
        case removed
        case comment
    }

    /// Whether a raw HTML block of CommonMark's first five kinds (a comment, `<pre>`/`<script>`/`<style>`/
    /// `<textarea>`, `<?…?>`, `<!…>`, `<![CDATA[…]]>`) holds its closing mark: without it the block runs to
    /// the end of the body (or of its list item or quotation), and every line after it is gone.
    static func isClosed(_ html: String) -> Bool {
        let lowered = html.lowercased()
        if lowered.hasPrefix("<!--") { return lowered.dropFirst(4).contains("-->") }
        if lowered.hasPrefix("<![cdata[") { return lowered.contains("]]>") }
        if lowered.hasPrefix("<?") { return lowered.dropFirst(2).contains("?>") }
        if lowered.hasPrefix("<!") { return lowered.dropFirst(2).contains(">") }
        if let name = MarkdownRenderer.tagName(lowered[...]), ["pre", "script", "style", "textarea"].contains(name),
           lowered.firstMatch(of: /^<[a-z]+(?:[\s>]|$)/) != nil {
            return lowered.contains("</\(name)>")
        }
        return true
    }

    /// The words of `text` outside HTML comments, each run trimmed, in order; a comment left open runs to the end.
    static func outsideComments(_ text: Substring) -> [String] {
        var runs: [String] = []
        var rest = text
        while let open = rest.range(of: "<!--") {
            runs.append(rest[..<open.lowerBound].trimmingWhitespace())
            guard let close = rest[open.upperBound...].range(of: "-->") else { return runs }
            rest = rest[close.upperBound...]
        }
        runs.append(rest.trimmingWhitespace())
        return runs
    }

    /// A raw HTML block as a reader would see its words: comments left out, tags removed (but for words
    /// in angle brackets that are no tag: `<Agent>`), a `<br>` or a block's end read as a space (a line
    /// break in a `<pre>`), the commonest character references decoded, white space collapsed but in a `<pre>`.
    static func read(htmlBlock html: String) -> HTMLBlock {
        let lowered = html.lowercased()
        if lowered.hasPrefix("<!--") { return .comment }
        let name = MarkdownRenderer.tagName(lowered[...])
        guard !lowered.contains("javascript:"), !lowered.contains("<script"), !lowered.contains("<style"), let name,
              !["script", "style"].contains(name) else { return .removed }
        var text = html.replacing(/(?s)<!--.*?-->/, with: " ").replacing(/<\/?[A-Za-z][^>]*>?/) { tag in
            MarkdownRenderer.tagName(tag.output).map(MarkdownRenderer.isElement) == false ? String(tag.output) : " "
        }
        for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        if ["pre", "textarea", "listing", "xmp", "plaintext"].contains(name) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace().isEmpty ? "" : String($0) }
            let code = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
            return code.isEmpty ? .removed : .code(code)
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.isEmpty ? .removed : .words(words)
    }

    /// Applies the renderer's rules to the tree; notes in `output` the hosts its link policy was
    /// asked about, the targets written relative to the page, those %-encoded, the raw HTML left
    /// out, the untrusted and unsafe links shown as text and the empty headings left out.
    func transform(_ renderer: MarkdownRenderer, noting output: inout MarkdownRenderer.Output) {
        var asked: Set<String> = []
        var links: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        // A paragraph's line breaks. Lines written as a list without Markdown's marks (`1、…`, `•…`, `（1）…`) or
        // as a form (`时间：…`, `Date: …` line after line) keep theirs: read as one paragraph, they ran together.
        // One between Chinese characters is no space (`包裹丢⏎失`), which browsers would show there.
        // (The paragraphs are listed before any break is freed: the list of every node would hold freed ones.)
        let all = nodes()
        let paragraphs = all.filter { $0.1 == CMARK_EVENT_ENTER && cmark_node_get_type($0.0) == CMARK_NODE_PARAGRAPH }.map(\.0)
        // Each node that holds others is an element of the page, inside those that hold it (leaves have no exit event).
        var depth = 0
        for (node, event) in all {
            if event == CMARK_EVENT_EXIT { depth -= 1; continue }
            guard event == CMARK_EVENT_ENTER, !Self.isLeaf(cmark_node_get_type(node)) else { continue }
            depth += 1
            // The document is no element of the page.
            if depth - 1 > MarkdownRenderer.deepestNesting, depth - 1 > output.tooDeep?.lastLine ?? 0 {
                output.tooDeep = .init(text: "", line: Self.startLine(of: node), lastLine: depth - 1)
            }
        }
        for paragraph in paragraphs {
            var breaks: [OpaquePointer] = [], inner: [OpaquePointer] = []
            if let iterator = cmark_iter_new(paragraph) {
                while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                    guard let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK else { continue }
                    if cmark_node_parent(node) == paragraph { breaks.append(node) } else { inner.append(node) }
                }
                cmark_iter_free(iterator)
            }
            // Inside bold or a link's words (`**凡是自称客服⏎要求…**`), only Chinese characters are joined.
            for softbreak in inner where Self.edgeText(cmark_node_previous(softbreak), last: true).unicodeScalars.last.map(Self.setSolid) == true
                && Self.edgeText(cmark_node_next(softbreak), last: false).unicodeScalars.first.map(Self.setSolid) == true {
                cmark_node_unlink(softbreak)
                cmark_node_free(softbreak)
            }
            guard !breaks.isEmpty else { continue }
            let starts = [Self.edgeText(cmark_node_first_child(paragraph), last: false)] + breaks.map { Self.edgeText(cmark_node_next($0), last: false) }
            // A list has two items at least, and a form two lines (`尤其在⏎一、二线城市` and `分为⏎（1）话务组…` are prose).
            var items = starts.map { start in Self.listedLine.with { start.prefixMatch(of: $0) != nil } }
            var labels = starts.map { start in Self.labelledLine.with { start.prefixMatch(of: $0) != nil } }
            if items.count(where: { $0 }) < 2 { items = items.map { _ in false } }
            if labels.count(where: { $0 }) < 2 { labels = labels.map { _ in false } }
            for (index, softbreak) in breaks.enumerated() {
                // A form's first line keeps its break from the words that introduce it (`案情如下：⏎时间：…`).
                let kept = items[index + 1] || (labels[index + 1] && (labels[index] || items[index] || (index + 2 < labels.count && labels[index + 2])))
                if kept, let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) {
                    cmark_node_insert_before(softbreak, lineBreak)
                } else if kept || !(Self.edgeText(cmark_node_previous(softbreak), last: true).unicodeScalars.last.map(Self.setSolid) == true
                                    && starts[index + 1].unicodeScalars.first.map(Self.setSolid) == true) {
                    continue
                }
                cmark_node_unlink(softbreak)
                cmark_node_free(softbreak)
            }
        }
        // Raw HTML is never published: it is removed, not rendered as a comment. The text around
        // it then reads as one ("https:<span></span>//host" is the address a reader sees), so
        // neighbouring text nodes are joined below before the link policy reads them.
        // The elements opened so far: a closing tag of one is told of with its opening; one of none alone.
        var opened: Set<String> = []
        // What a script or style in a sentence holds, up to its closing tag: left out with it, once the loop is done.
        var held: [OpaquePointer] = []
        for (node, event) in nodes() where event == CMARK_EVENT_ENTER {
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE, !held.contains(node) else { continue }
            let html = Self.string(cmark_node_get_literal(node)).trimmingWhitespace()
            let line = Self.startLine(of: node)
            let name = MarkdownRenderer.tagName(html[...])
            defer { if let name, !html.hasPrefix("</") { opened.insert(name) } }
            // The opening as the editor wrote it (`<Pre>`, `<!--`, `<?php`), for what they are told; a closing tag tells nothing.
            let opening = html.hasPrefix("<!--") ? "<!--" : name.map { "<\(html.dropFirst().prefix($0.count))>" } ?? String(html.prefix { !$0.isWhitespace }.prefix(12))
            let opens = !html.hasPrefix("</")
            if type == CMARK_NODE_HTML_INLINE {
                // Words in angle brackets that are no tag (`<Agent> please scan…`) are the editor's text.
                if let name, !MarkdownRenderer.isElement(name) {
                    insertText(html, before: node)
                } else if html.lowercased().wholeMatch(of: /<br\s*\/?>/) != nil, let lineBreak = cmark_node_new(CMARK_NODE_LINEBREAK) {
                    // `<br>` is a line break.
                    cmark_node_insert_before(node, lineBreak)
                    output.droppedHTML.append(.init(text: "<br>", line: line))
                } else if let name, opens, ["script", "style"].contains(name), let holds = Self.held(after: node, upTo: "</\(name)") {
                    // `<script>…</script>` in a sentence goes with what it holds, as a block of one does.
                    held += holds
                    output.removedHTML.append(.init(text: opening, line: line))
                } else if name != nil, opens {
                    output.droppedHTML.append(.init(text: opening, line: line))
                } else if let name, !opened.contains(name) {
                    output.droppedHTML.append(.init(text: String(html.prefix { $0 != ">" }) + ">", line: line))
                } else if name == nil, !html.hasPrefix("<!--") {
                    // `<![CDATA[…]]>`, `<?…?>`, `<!DOCTYPE…>` in a sentence: gone with what they hold.
                    output.removedHTML.append(.init(text: opening, line: line))
                }
            } else {
                let spanned = html.utf8.count { $0 == UInt8(ascii: "\n") }
                if spanned > 0, !Self.isClosed(html) {
                    output.unclosedHTML.append(.init(text: opening, line: line, lastLine: line + spanned))
                }
                switch Self.read(htmlBlock: html) {
                case .comment:
                    // Markdown ends a comment's block with the line its `-->` is on, words after it and all,
                    // also words between it and another comment there (`<!-- a --> words <!-- b -->`).
                    if let close = html.range(of: "-->"),
                       let tail = Self.outsideComments(html[close.upperBound...]).first(where: { !$0.isEmpty }), !tail.contains("\n") {
                        output.commentTails.append(.init(text: tail, line: line + html[..<close.lowerBound].utf8.count { $0 == UInt8(ascii: "\n") }))
                    }
                case .removed:
                    if opens { output.removedHTML.append(.init(text: opening, line: line)) }
                case .words(let words):
                    if let name, MarkdownRenderer.isElement(name), opens {
                        output.droppedHTML.append(.init(text: opening, line: line))
                    }
                    // A pasted block (`<p>The bank froze…</p>`) keeps its words, as a paragraph of text. The tags go.
                    if let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let literal = cmark_node_new(CMARK_NODE_TEXT) {
                        cmark_node_set_literal(literal, words)
                        cmark_node_append_child(paragraph, literal)
                        cmark_node_insert_before(node, paragraph)
                    }
                case .code(let code):
                    output.droppedHTML.append(.init(text: opening, line: line))
                    if let block = cmark_node_new(CMARK_NODE_CODE_BLOCK) {
                        cmark_node_set_literal(block, code + "\n")
                        cmark_node_insert_before(node, block)
                    }
                }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        // The last first: one held inside another held node (`<script>*a <script>b</script>*</script>`) goes before it.
        for node in held.reversed() {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        var joinedAway: Set<OpaquePointer> = []
        for (node, event) in nodes() where event == CMARK_EVENT_ENTER {
            // Nodes joined into a neighbour are freed: skipped without being looked at.
            if joinedAway.contains(node) { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
                // Underlined (a setext heading): its text and the line of its underline.
                if cmark_node_get_end_line(node) > cmark_node_get_start_line(node) {
                    output.underlinedSentences.append(.init(text: Self.plainText(of: node).trimmingWhitespace(), line: Self.startLine(of: node),
                                                            lastLine: Int(cmark_node_get_end_line(node))))
                }
            // Code is text a reader can copy, and feed readers and chat apps turn addresses in it into links.
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                let written = Self.string(cmark_node_get_literal(node))
                var literal = written
                while cmark_node_get_type(node) == CMARK_NODE_TEXT, let next = cmark_node_next(node), cmark_node_get_type(next) == CMARK_NODE_TEXT {
                    literal += Self.string(cmark_node_get_literal(next))
                    joinedAway.insert(next)
                    cmark_node_unlink(next)
                    cmark_node_free(next)
                }
                // cmark leaves a reference with no definition as text: `[words][label]` or `[words][]`.
                if cmark_node_get_type(node) == CMARK_NODE_TEXT, literal.utf8.contains(UInt8(ascii: "]")) {
                    for reference in literal.matches(of: /\[[^\[\]\n]+\]\[[^\[\]\n]*\]/) {
                        output.undefinedReferences.append(.init(text: String(reference.output), line: Self.startLine(of: node)))
                    }
                }
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, Self.isProse(written),
                   let first = written.splitLines().first(where: { !$0.trimmingWhitespace().isEmpty }) {
                    output.indentedProse.append(.init(text: first.trimmingWhitespace(), line: Self.startLine(of: node)))
                }
                // In code a backslash is printed: a mask's stars, escaped for cmark (`cjkEmphasis`), are stars again.
                if cmark_node_get_type(node) != CMARK_NODE_TEXT, literal.utf8.contains(UInt8(ascii: "\\")) {
                    literal = MarkdownRenderer.unescapedMasks(literal)
                }
                let defanged = renderer.links.map { $0.defang(literal, asked: &asked) } ?? literal
                if defanged != written { cmark_node_set_literal(node, defanged) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                links.append(node)
            default:
                break
            }
        }
        for node in links {
            var url = Self.string(cmark_node_get_url(node))
            // `//host/…` (and `///host`, `/\host`, which browsers read the same way) names a host: it
            // is judged, and written, as the https address it is.
            if url.count >= 2, url.prefix(2).allSatisfy({ $0 == "/" || $0 == "\\" }) {
                url = "https://" + url.drop { $0 == "/" || $0 == "\\" }
                cmark_node_set_url(node, url)
            }
            // `https//host/…`: the colon left out makes it a path on this site to a browser; told with the address meant.
            if let meant = MarkdownRenderer.colonLeftOut(url), let host = URL(string: meant)?.host?.lowercased() {
                output.untrustedLinks.append(.init(text: host, line: Self.startLine(of: node), isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE, slashless: meant))
                replaceWithText(node, nil)
                continue
            }
            // Images follow the link rules too: no image is loaded from a scam or untrusted host.
            if !MarkdownRenderer.isWebOrContact(url) {
                output.unsafeLinks.append(.init(text: String(url.prefix { $0 != ":" }).lowercased() + ":", line: Self.startLine(of: node)))
                replaceWithText(node, nil)
            } else if let policy = renderer.links, policy.isScamLink(url, asked: &asked) {
                // A number not the site's own is no link to call with one tap (`[400-812-3456](tel:4008123456)`): its words stay.
                if url.lowercased().hasPrefix("tel:") {
                    output.untrustedLinks.append(.init(text: url, line: Self.startLine(of: node)))
                    let number = String(LinkPolicy.phoneKey(url).dropFirst(4))
                    replaceWithText(node, Self.plainText(of: node).filter(\.isNumber).isEmpty ? number : nil)
                    continue
                }
                // A trusted site's redirector is judged by where it forwards to.
                // (`https:jd-refund.example/claim`, without its slashes, is that host's to a browser: told with the address to write.)
                let slashless = URL(string: url)?.host == nil ? MarkdownRenderer.hostWithoutSlashes(url) : nil
                let outer = URL(string: url)?.host?.lowercased() ?? slashless
                let forwarded = slashless == nil && outer.map { policy.isTrusted($0) && !policy.isScam($0) } == true ? policy.forwardedHost(of: url, asked: &asked) : nil
                if let host = forwarded ?? outer, !policy.isScam(host) {
                    output.untrustedLinks.append(.init(text: host, line: Self.startLine(of: node), via: forwarded == nil ? nil : outer,
                                                       isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                                                       slashless: slashless.map { _ in url.prefix { $0 != ":" } + "://" + url.drop { $0 != ":" }.dropFirst().drop { $0 == "/" || $0 == "\\" } }))
                }
                replaceWithText(node, policy.defang(url, asked: &asked))
            } else {
                if cmark_node_get_type(node) == CMARK_NODE_LINK, Self.plainText(of: node).trimmingWhitespace().isEmpty,
                   let text = cmark_node_new(CMARK_NODE_TEXT) {
                    output.emptyLinks.append(.init(text: url, line: Self.startLine(of: node)))
                    cmark_node_set_literal(text, url)
                    cmark_node_append_child(node, text)
                }
                if url.utf8.contains(UInt8(ascii: "%")) { output.encodedTargets.append(url) }
                let title = Self.string(cmark_node_get_title(node))
                if !title.isEmpty { output.linkTitles.append(title) }
                if let absolute = MarkdownRenderer.absolute(url, base: renderer.baseURL), absolute != url {
                    if !url.hasPrefix("/") {
                        output.relativeTargets.append(.init(url: url, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE, line: Self.startLine(of: node)))
                    }
                    cmark_node_set_url(node, absolute)
                }
            }
        }
        // The levels used become h2, h3, … in order, none skipped: the page title is the only h1, and
        // a body that starts at `##` or jumps from `#` to `###` still reads as one outline.
        let levels = Set(headings.map { cmark_node_get_heading_level($0) }).sorted()
        for heading in headings {
            let rank = levels.firstIndex(of: cmark_node_get_heading_level(heading)) ?? 0
            cmark_node_set_heading_level(heading, Int32(min(6, rank + 2)))
        }
        // A heading with no text, or none once its links and images are text (`## ![](javascript:x)`), is left out.
        for heading in headings where Self.plainText(of: heading).trimmingWhitespace().isEmpty {
            output.emptyHeadings.append(Self.startLine(of: heading))
            cmark_node_unlink(heading)
            cmark_node_free(heading)
        }
        output.askedHosts = asked
    }

    /// Whether a code block's text reads as prose: Chinese words, or a sentence of six words or more.
    static func isProse(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: MarkdownRenderer.isHan)
            || text.splitLines().contains { line in
                let words = line.split(whereSeparator: \.isWhitespace)
                return words.count >= 6 && words.count(where: { $0.first?.isLetter == true }) * 4 >= words.count * 3
                    && ".!?".contains(line.trimmingWhitespace().last ?? " ")
            }
    }

    /// The line the block holding `node` starts on (cmark keeps positions of blocks only).
    /// Whether a node holds no others: cmark's iterator enters it without leaving.
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK,
             CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: true
        default: false
        }
    }

    private static func startLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let block = current {
            let line = Int(cmark_node_get_start_line(block))
            if line > 0 { return line }
            current = cmark_node_parent(block)
        }
        return 1
    }

    /// The nodes after `node` in its parent, up to the raw HTML that opens with `closing` (`</script`,
    /// any case), not included; nil if none does.
    private static func held(after node: OpaquePointer, upTo closing: String) -> [OpaquePointer]? {
        var result: [OpaquePointer] = []
        var next = cmark_node_next(node)
        while let sibling = next {
            if cmark_node_get_type(sibling) == CMARK_NODE_HTML_INLINE, string(cmark_node_get_literal(sibling)).lowercased().hasPrefix(closing) {
                return result
            }
            result.append(sibling)
            next = cmark_node_next(sibling)
        }
        return nil
    }

    private func insertText(_ text: String, before node: OpaquePointer) {
        guard let literal = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(literal, text)
        cmark_node_insert_before(node, literal)
    }

    /// Replaces a link by its text, followed by the defanged address when there is one, all as plain text.
    private func replaceWithText(_ link: OpaquePointer, _ defanged: String?) {
        let label = Self.plainText(of: link).trimmingWhitespace()
        let text: String
        if let defanged { text = label.isEmpty || label == defanged ? defanged : "\(label) (\(defanged))" } else { text = label }
        guard let replacement = cmark_node_new(CMARK_NODE_TEXT) else { return }
        if cmark_node_get_type(link) == CMARK_NODE_IMAGE { imageTexts.insert(replacement) }
        cmark_node_set_literal(replacement, text)
        cmark_node_insert_before(link, replacement)
        cmark_node_unlink(link)
        cmark_node_free(link)
    }

    /// The text at the end (`last`) or start of an inline node: its own, or that of its last or first child (`**重点**`).
    private static func edgeText(_ node: OpaquePointer?, last: Bool) -> String {
        var node = node
        while let current = node {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { return string(cmark_node_get_literal(current)) }
            node = last ? cmark_node_last_child(current) : cmark_node_first_child(current)
        }
        return ""
    }

    /// The start of a line written as a list's item without Markdown's marks: a bullet sign, `1、`, `2.`, `（3）`, `④`, `五、`, `第六步`.
    private static let listedLine = SharedRegex {
        /[•·●○◆◇■□▪►▶★☆✓✔√※→]|[0-9]{1,2}[、.．)）](?![0-9])|[（(][0-9]{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十两])|第[一二三四五六七八九十0-9]{1,3}[，、,:：步条]/
    }
    /// The start of a line of a form: a label of a few words and a colon (`时间：`, `Date:`, `Amount lost:`).
    private static let labelledLine = SharedRegex { /(?:\p{Han}{1,6}|[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*){0,2}) ?[:：]/ }

    /// Characters set without spaces between words: Chinese (and Japanese kana), their punctuation and full-width forms.
    private static func setSolid(_ scalar: Unicode.Scalar) -> Bool {
        MarkdownRenderer.isHan(scalar) || (0x3000...0x30FF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0x2460...0x24FF).contains(scalar.value)  // ① ⑴ ⒈
            || (0x20000...0x3134F).contains(scalar.value) || (0x2018...0x201D).contains(scalar.value)
    }

    func html() -> String {
        guard let pointer = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Text of the tree under `top`; prose only: without headings, code blocks, images and the nodes `skipping` names,
    /// and without block quotations unless `quotations`.
    static func plainText(of top: OpaquePointer, proseOnly: Bool = false, skipping: Set<OpaquePointer> = [], quotations: Bool = true) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(top) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if proseOnly, type == CMARK_NODE_HEADING || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_IMAGE || (!quotations && type == CMARK_NODE_BLOCK_QUOTE) {
                // Skip the whole block: jump to its exit.
                if event == CMARK_EVENT_ENTER { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
                continue
            }
            if proseOnly, skipping.contains(node) { continue }
            switch (type, event) {
            case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _), (CMARK_NODE_CODE_BLOCK, _):
                text += string(cmark_node_get_literal(node))
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                text += "\n"
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_HEADING, CMARK_EVENT_EXIT), (CMARK_NODE_ITEM, CMARK_EVENT_EXIT):
                text += "\n\n"
            default:
                break
            }
        }
        return text.trimmingWhitespace()
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

extension MarkdownRenderer {
    /// HTML's element names: a tag with another name (`<Agent>`, `<caller>`) is the editor's text, kept as written.
    static let elementNames: Set<String> = [
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
        "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label",
        "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter", "multicol",
        "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option", "output", "p", "param",
        "picture", "plaintext", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section",
        "select", "slot", "small", "source", "spacer", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var",
        "video", "wbr", "xmp",
    ]

    /// The name of the element an HTML tag opens or closes, in lower case (`<Pre class=x>` → `pre`).
    static func tagName(_ html: Substring) -> String? {
        html.firstMatch(of: /^<\/?([A-Za-z][A-Za-z0-9-]*)/).map { $0.output.1.lowercased() }
    }

    /// Whether the tag is one of HTML's elements (or a custom one, `<my-widget>`), not words in angle brackets.
    static func isElement(_ name: String) -> Bool { elementNames.contains(name) || name.contains("-") }

    /// A link target as an absolute URL; scheme-relative ones (`//host`) were made https before.
    /// A path is read from the site's root, its `.` and `..` segments resolved there (RFC 3986
    /// §5.2.4): a `..` left in it would lead above a `base_url` that has a path.
    static func absolute(_ url: String, base: String) -> String? {
        if url.isEmpty || url.hasPrefix("#") { return url }
        if let colon = url.firstIndex(of: ":"), url.first?.isASCII == true, url.first?.isLetter == true,
           url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) { return url }
        let end = url.firstIndex { $0 == "?" || $0 == "#" } ?? url.endIndex
        var segments: [Substring] = []
        let written = url[..<end].split(separator: "/", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        // `%2e` is a dot to a browser (WHATWG URL), so `%2e%2e` climbs as `..` does.
        func dots(_ segment: Substring) -> String { segment.lowercased().replacingOccurrences(of: "%2e", with: ".") }
        for segment in written {
            switch dots(segment) {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        // A path that ends in a folder (`/`, `.`, `..`) still does.
        let folder = url[..<end].hasSuffix("/") || written.last.map { [".", ".."].contains(dots($0)) } == true
        let path = "/" + segments.joined(separator: "/") + (folder && !segments.isEmpty ? "/" : "")
        return base + path + url[end...]
    }
}
