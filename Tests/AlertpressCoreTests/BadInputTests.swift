import Foundation
import Testing
@testable import AlertpressCore

/// One small broken content tree per kind of bad input: the base of `Fixtures/base/` (which checks
/// clean) plus one bad file, each with the exact diagnostics it must produce — no more, no fewer.
@Suite("Bad input")
struct BadInputTests {
    static let file = "Alerts/cases/x.md"

    func check(_ text: String, at path: String = "cases/x.md") -> CheckResult {
        Tree.with([path: text]).check()
    }

    // MARK: Found in the twenty-sixth session

    @Test("a YAML tag other than text, number, yes/no or nothing is an error at the tag; `!!str` and `!!int` are read as they say")
    func yamlTags() {
        expectDiagnostics(check(caseFile(["title: !!binary aGVsbG8=", "date: 2024-03-01", "region: !city Wuhan",
                                          "summary: !!str Text on purpose.", "loss: {amount: !!int 300, currency: CNY}"])).diagnostics, [
            Expected(Self.file, 2, 8, .error, "yaml-tag", message: ["`!!binary`"], hint: ["remove `!!binary`"]),
            Expected(Self.file, 4, 9, .error, "yaml-tag", message: ["`!city`"], hint: ["put the whole value in quotes: \"!city Wuhan\""]),
        ])
        // The fiftieth session's review: `!Important:` told to be removed, where it is words to quote.
        expectDiagnostics(check(caseFile(["title: !Important: fake recall refund", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 8, .error, "yaml-tag", message: ["`!Important:`"], hint: ["put the whole value in quotes: \"!Important: fake recall refund\""]),
        ])
        let result = check(caseFile(["title: !!str 2024", "date: 2024-03-01", "loss: {amount: !!int 300, currency: CNY}"]))
        expectClean(result)
        #expect(result.enrichedCase("x")?.entry.title == "2024")
    }

    /// The same review: a 2024 case saved in `cases/2023/` passed without a word.
    @Test("a case dated in another year than its year folder is a warning at the date")
    func folderYear() {
        expectDiagnostics(check(caseFile(["title: Late", "date: 2024-01-03"]), at: "cases/2023/late.md").diagnostics, [
            Expected("Alerts/cases/2023/late.md", 3, 7, .warning, "folder-year", message: ["dated 2024", "`2023/`"], hint: ["cases/2024/"]),
        ])
        expectClean(check(caseFile(["title: Right", "date: 2023-12-31"]), at: "cases/2023/right.md"))
        expectClean(check(caseFile(["title: Elsewhere", "date: 2023-12-31"]), at: "cases/beijing/elsewhere.md"))
    }

    /// The fiftieth session's review: a scam type's file copied into `cases/` was eight errors, one a key.
    @Test("a scam type's file in cases/ and a case's file in campaigns/ are one error each that says where they go")
    func misplacedFiles() {
        let type = "---\nname: Game trade\nsummary: Fake sellers.\nsteps:\n  - A buyer.\nadvice: [keep-evidence]\nrelated: [fake-shopping]\nthreshold: 3\ncues:\n  - {phrase: skins, weight: 3}\n---\nBody.\n"
        expectDiagnostics(check(type, at: "cases/2024/game-trade.md").diagnostics, [
            Expected("Alerts/cases/2024/game-trade.md", 4, 1, .error, "misplaced-file", message: ["a scam type's file", "`steps`", "`types/`"]),
        ])
        let campaign = caseFile(["title: Recall call", "date: 2024-03-01", "region: Tianjin", "loss: {amount: 300, currency: CNY}"])
        expectDiagnostics(check(campaign, at: "campaigns/2024-recall.md").diagnostics, [
            Expected("Alerts/campaigns/2024-recall.md", 3, 1, .error, "misplaced-file", message: ["a case's file", "`date`", "`region`", "`cases/<year>/`"]),
        ])
        // A case with one key misspelt is still a case, told key by key.
        expectDiagnostics(check(caseFile(["title: Typo", "date: 2024-03-01", "steps: [one]"])).diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`steps`"]),
        ])
    }

    /// A malformed-input review (fiftieth session): `title: &more than a dozen…` was published as “than a dozen…”.
    @Test("a value that starts with `&` and a word is an error at the `&`, unless an alias repeats the anchor")
    func anchorsLeftOut() {
        expectDiagnostics(check(caseFile(["title: &more than a dozen lost money", "date: 2024-03-01", "region: &Beijing", "indicators:", "  - &site jd-refund.example"])).diagnostics, [
            Expected(Self.file, 2, 8, .error, "yaml-anchor", message: ["`&more`"], hint: ["title: \"&more than a dozen lost money\""]),
            Expected(Self.file, 4, 9, .error, "yaml-anchor", message: ["`&Beijing`"], hint: ["region: \"&Beijing\""]),
            Expected(Self.file, 6, 5, .error, "yaml-anchor", message: ["`&site`"], hint: ["- \"&site jd-refund.example\""]),
        ])
        expectClean(check(caseFile(["title: Fake calls", "date: 2024-03-01", "region: &city Wuhan", "summary: \"&more in quotes.\"", "indicators: [*city]"])))
    }

    /// A review (thirty-second session): only the first of a file's was told, and the editor found the
    /// next one a build later.
    @Test("a control character is left out of what is published, with a warning at each one")
    func controlCharacters() {
        let result = check(caseFile(["ti\u{1}tle: Hel\u{1B}lo", "date: 2024-03-01"]) + "Body\u{7}.\n")
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 3, .warning, "control-character", message: ["`\\u{1}`"]),
            Expected(Self.file, 2, 12, .warning, "control-character", message: ["`\\u{1B}`"]),
            Expected(Self.file, 6, 5, .warning, "control-character", message: ["`\\u{7}`"]),
        ])
        // Ten are told one by one; the tenth counts the rest.
        let many = check(caseFile(["title: Many", "date: 2024-03-01"]) + String(repeating: "a\u{7}", count: 25) + "\n").diagnostics
        #expect(many.count == 10 && many.last?.message.hasSuffix("(and 15 more in this file)") == true, "\(many.map(\.formatted))")
        #expect(result.enrichedCase("x")?.entry.title == "Hello")
        // A NUL byte is no text at all: an error where it is; every other byte NUL is UTF-16.
        expectDiagnostics(check(caseFile(["title: Hel\u{0}lo", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 11, .error, "invalid-utf8", message: ["NUL"]),
        ])
        var utf16 = Tree()
        utf16.set("cases/x.md", bytes: Array(caseFile(["title: Hello", "date: 2024-03-01"]).utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        expectDiagnostics(utf16.check().diagnostics, [Expected(Self.file, 1, 1, .error, "invalid-utf8", message: ["UTF-16"])])
        // U+2028 ends a line for YAML, not to the eye: a space, with a warning where it is.
        let separated = check(caseFile(["title: Hello", "date: 2024-03-01", "region: Chengdu,\u{2028}Sichuan"]))
        expectDiagnostics(separated.diagnostics, [
            Expected(Self.file, 4, 17, .warning, "control-character", message: ["`\\u{2028}`", "space"]),
        ])
        #expect(separated.enrichedCase("x")?.entry.region == "Chengdu, Sichuan")
        // A malformed-input review (forty-second session): a bidi isolate went into the headline and
        // showed a number's groups backwards; it is left out like an override.
        let isolated = check(caseFile(["title: \u{2067}Call 400 123 4567", "date: 2024-03-01"]) + "Call \u{2067}400 123 4567\u{2069}\u{200F}.\n")
        #expect(isolated.diagnostics.map(\.code) == Array(repeating: "control-character", count: 4), "\(isolated.diagnostics.map(\.formatted))")
        #expect(isolated.enrichedCase("x")?.entry.title == "Call 400 123 4567")
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        #expect(advice.hasSuffix("\n"))
        expectDiagnostics(Tree.with(["advice.yml": advice + "# \u{1F}\n"]).check().diagnostics, [
            Expected("Alerts/advice.yml", advice.filter { $0 == "\n" }.count + 1, 3, .warning, "control-character", message: ["`\\u{1F}`"]),
        ])
    }

    @Test("a plain value with \": \" in it is an error that says to quote it, with the quoted value")
    func colonInValue() {
        expectDiagnostics(check(caseFile(["title: Warning: fake ETC refund texts", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 15, .error, "yaml-syntax", message: ["`title`", "colon"], hint: ["title: \"Warning: fake ETC refund texts\""]),
        ])
        expectDiagnostics(check(caseFile(["title: ok", "date: 2024-03-01", "sources:", "  - name: Police: \"notice\"", "    url: https://p.example.gov/"])).diagnostics, [
            Expected(Self.file, 5, 17, .error, "yaml-syntax", message: ["`name`"], hint: ["name: 'Police: \"notice\"'"]),
        ])
        // A backslash would start an escape inside double quotes: single quotes keep it.
        expectDiagnostics(check(caseFile(["title: ok", "date: 2024-03-01", "region: C:\\Users: path"])).diagnostics, [
            Expected(Self.file, 4, 17, .error, "yaml-syntax", hint: ["region: 'C:\\Users: path'"]),
        ])
    }

    @Test("a loss written as a number, or with a thousands separator inside braces, says how to write it")
    func lossForms() {
        expectDiagnostics(check(caseFile(["title: Loss", "date: 2024-03-01", "loss: 3000"])).diagnostics, [
            Expected(Self.file, 4, 7, .error, "wrong-type", message: ["`loss`"], hint: ["loss: {amount: 4000, currency: CNY}"]),
        ])
        expectDiagnostics(check(caseFile(["title: Loss", "date: 2024-03-01", "loss: {amount: 3,000, currency: CNY}"])).diagnostics, [
            // `amount: 3` alone would be a valid loss: the cut is the error, told once at the amount as written.
            Expected(Self.file, 4, 16, .error, "wrong-type", message: ["`3,000`", "comma"], hint: ["amount: 3000"]),
        ])
        // An error review (fiftieth session): a sign and a unit around it were two errors, one of them "unknown key `000元`".
        expectDiagnostics(check(caseFile(["title: Loss", "date: 2024-03-01", "loss: {amount: ￥1,248,000元, currency: CNY}"])).diagnostics, [
            Expected(Self.file, 4, 16, .error, "wrong-type", message: ["`￥1,248,000元`", "comma"], hint: ["amount: 1248000"]),
        ])
    }

    @Test("aliases that multiply a file (nested lists, or one long value repeated) are one error at the first alias, found before any work on the copies")
    func aliasAmplification() {
        let nested = ["title: Laughs", "date: 2024-03-01", "region: &a0 x"] + (1...6).map { "x\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ",") + "]" }
        expectDiagnostics(check(caseFile(nested)).diagnostics, [
            Expected(Self.file, 5, 10, .error, "too-many-values", message: ["20000 values"], hint: ["no anchors or aliases"]),
        ])
        let long = ["title: Long", "date: 2024-03-01", "indicators:", "  - &big \"" + String(repeating: "x", count: 20_000) + "\""]
            + Array(repeating: "  - *big", count: 10)
        expectDiagnostics(check(caseFile(long)).diagnostics, [
            Expected(Self.file, 6, 5, .error, "too-many-values", message: ["KiB of text"]),
        ])
        // A `*word*` of text before the first alias is no alias.
        let emphasis = ["title: Laughs", "date: 2024-03-01", "summary: A *fake* refund", "region: &a0 x"]
            + (1...6).map { "x\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 9).joined(separator: ",") + "]" }
        expectDiagnostics(check(caseFile(emphasis)).diagnostics, [
            Expected(Self.file, 6, 10, .error, "too-many-values"),
        ])
        // An alias or two that repeat a short value are fine.
        expectClean(check(caseFile(["title: &t Short", "date: 2024-03-01", "summary: *t"])))
    }

    @Test("a broken default-language type or campaign is one error: its translation is no orphan")
    func brokenDefaultNoOrphan() throws {
        var tree = Tree()
        let type = try #require(tree.files.keys.first { $0.hasPrefix("Alerts/types/") && !$0.hasSuffix(".zh.md") })
        let name = String(type.dropFirst("Alerts/types/".count).dropLast(3))
        tree.set("types/\(name).zh.md", "---\nname: 中文\nsummary: 中文。\ncues: [中文]\n---\n正文。\n")
        tree.set("types/\(name).md", "---\nname: [unclosed\n---\nBody.\n")
        let errors = tree.check().diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.file) == ["Alerts/types/\(name).md"], "\(errors.map(\.formatted))")
    }

    @Test("raw HTML left out of a case is a warning at its line; comments and closing tags are not")
    func rawHTML() {
        let file = caseFile(["title: HTML", "date: 2024-03-01"], body: ["Text <span>inline</span> here.", "", "<!-- an editor's note -->", "",
                                                                      "<img src=\"/assets/x.png\" alt=\"x\">", "", "<script>alert(1)</script>"])
        expectDiagnostics(check(file).diagnostics, [
            Expected(Self.file, 5, 6, .warning, "raw-html", message: ["`<span>`"], hint: ["Markdown"]),
            Expected(Self.file, 9, 1, .warning, "raw-html", message: ["`<img>`"]),
            Expected(Self.file, 11, 1, .warning, "raw-html", message: ["`<script>`"]),
        ])
    }

    /// The seventh malformed-input review (forty-fifth session): `&#0;` was published as "�" without a word.
    @Test("a lost character (U+FFFD), a reference to no character and one to a control character are warnings at their columns; code-free references to real characters are not")
    func lostCharacters() {
        let file = caseFile(["title: \"Lost \u{FFFD} text\"", "date: 2024-03-01"],
                            body: ["Her SMS&#0; had a link, and she typed the code&#x7;.", "", "Text &#xD800; and &#127; and &#1234567890; and &#x4E2D; and &#9; here. &#xFFFE; &#xFDD0;"])
        expectDiagnostics(check(file).diagnostics, [
            Expected(Self.file, 2, 14, .warning, "lost-character", message: ["U+FFFD"], hint: ["encoding"]),
            Expected(Self.file, 5, 8, .warning, "lost-character", message: ["`&#0;`", "no character"]),
            Expected(Self.file, 5, 47, .warning, "lost-character", message: ["`&#x7;`", "control"]),
            Expected(Self.file, 7, 6, .warning, "lost-character", message: ["`&#xD800;`", "no character"]),
            Expected(Self.file, 7, 19, .warning, "lost-character", message: ["`&#127;`", "control"]),
            // cmark prints U+FFFE and U+FFFF as "�", other noncharacters not at all (a malformed-input review, fifty-fifth session).
            Expected(Self.file, 7, 72, .warning, "lost-character", message: ["`&#xFFFE;`", "no character", "\u{FFFD}"]),
            Expected(Self.file, 7, 81, .warning, "lost-character", message: ["`&#xFDD0;`", "leave out"]),
        ])
    }

    /// A malformed-input review (forty-fourth session): an unclosed `<!--` or `<pre>` hid the rest of the story, words after `-->` on
    /// its line were lost, both without a word; `<pre>`, `<details>` and `<Agent>` lost their words though the warning said they were shown.
    @Test("an unclosed comment or raw block is an error naming the lines it hides; words after `-->` a warning; `<pre>` is code, `<Agent>` text")
    func unclosedAndKeptHTML() throws {
        let open = check(caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "A caller offered compensation.", "", "<!-- checked 11-02 --> She paid 4,000 yuan.", "", "<!-- TODO: confirm the amount", "",
            "She typed three SMS codes.", "", "Call 110."]))
        expectDiagnostics(open.diagnostics, [
            Expected(Self.file, 7, 24, .warning, "comment-tail", message: ["She paid 4,000 yuan.", "`-->`"]),
            Expected(Self.file, 9, 1, .error, "unclosed-html", message: ["comment `<!--` on line 9", "lines 9–13"], hint: ["-->"]),
        ])
        // A malformed-input review (forty-sixth session): words between two comments on a line were lost without a word.
        let between = check(caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "A caller offered compensation.", "", "<!-- checked --> She paid 4,000 yuan. <!-- confirm -->", "", "<!-- a --> <!-- b --> Call 110.", "",
            "<!-- a --> <!-- b -->", "", "Police said so."]))
        expectDiagnostics(between.diagnostics, [
            Expected(Self.file, 7, 18, .warning, "comment-tail", message: ["She paid 4,000 yuan.", "`-->`"]),
            Expected(Self.file, 9, 23, .warning, "comment-tail", message: ["Call 110."]),
        ])
        // A malformed-input review (forty-seventh session): a tag on a paragraph's later line was told at the paragraph's first, column 1.
        let later = check(caseFile(["title: HTML", "date: 2024-03-01"], body: ["She called. <!-- a note", "over two lines -->", "then <b>x</b> and [here](javascript:alert(1))."]))
        expectDiagnostics(later.diagnostics, [
            Expected(Self.file, 7, 6, .warning, "raw-html", message: ["`<b>`"]),
            Expected(Self.file, 7, 26, .warning, "unsafe-link", message: ["`javascript:`"]),
        ])
        // A malformed-input review (fifty-fifth session): a closing tag of nothing opened and a CDATA section went without a word.
        let stray = check(caseFile(["title: HTML", "date: 2024-03-01"], body: ["Paste </script> and <![CDATA[ x ]]> here, <b>x</b> and <?php echo 1; ?>."]))
        expectDiagnostics(stray.diagnostics, [
            Expected(Self.file, 5, 7, .warning, "raw-html", message: ["`</script>`"]),
            Expected(Self.file, 5, 21, .warning, "raw-html", message: ["`<![CDATA[`", "nothing it holds"]),
            Expected(Self.file, 5, 43, .warning, "raw-html", message: ["`<b>`"]),
            Expected(Self.file, 5, 56, .warning, "raw-html", message: ["`<?php`", "nothing it holds"]),
        ])
        // A malformed-input review (forty-seventh session): a sentence with a line of `---` right under it became a heading, without a word.
        let underlined = check(caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "She got a call about a lost parcel.", "---", "She paid twice.", "", "What happened", "---", "", "Police said so.", "", "It was a scam!", "===", "", "Text.",
            "", "She paid. Then she called the police.", "===", "", "她付了钱。随后报警了。", "=====", "", "A paragraph of two", "lines, underlined.", "===",
            "", "How Mr. Chen lost his savings!", "==="]))
        expectDiagnostics(underlined.diagnostics, [
            Expected(Self.file, 5, 1, .warning, "underlined-text", message: ["She got a call about a lost parcel.", "`---`", "line 6"], hint: ["`---` after a blank line", "## "]),
            // A malformed-input review (fifty-fifth session): a paragraph of sentences under `===`, a heading without a word.
            Expected(Self.file, 19, 1, .warning, "underlined-text", message: ["She paid. Then she called the police.", "`===`", "line 20"]),
            Expected(Self.file, 22, 1, .warning, "underlined-text", message: ["她付了钱。随后报警了。", "`===`", "line 23"]),
            Expected(Self.file, 25, 1, .warning, "underlined-text", message: ["A paragraph of two", "`===`", "line 27"]),
        ])
        // A malformed-input review (forty-seventh session): a story pasted with its paragraphs indented was published as code, without a word.
        let indented = check(caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "    Ms. Wang got a call from someone posing as customer service.", "", "    **Police advice:** never share your screen.", "", "\tThe caller told her to share her screen at once.", "",
            "```", "    Her code, as she wrote it down for the police.", "```", "", "    if (x) { return 1; }", "", "- An item", "", "      Indented under the item, the woman paid twice."]))
        expectDiagnostics(indented.diagnostics, [
            Expected(Self.file, 5, 5, .warning, "indented-text", message: ["Ms. Wang got a call", "code"], hint: ["remove the indentation", "```"]),
            Expected(Self.file, 19, 7, .warning, "indented-text", message: ["Indented under the item"]),
        ])
        for (tag, shown) in [("pre", "unformatted"), ("script", "left out"), ("style", "left out"), ("textarea", "unformatted")] {
            let block = check(caseFile(["title: HTML", "date: 2024-03-01"], body: ["Text.", "", "<\(tag)>", "x", "", "More text."]))
            expectDiagnostics(block.diagnostics, [Expected(Self.file, 7, 1, .error, "unclosed-html", message: ["`<\(tag)>` on line 7", "lines 7–10", shown], hint: ["</\(tag)>"])])
        }
        // A note left open on the body's last line hides nothing.
        expectClean(check(caseFile(["title: HTML", "date: 2024-03-01"], body: ["Text.", "", "<!-- TODO"])))
        let kept = check(caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "<pre>", "Agent: scan the code &amp; pay", "Victim: ok", "</pre>", "", "<details>", "<summary>Chat log</summary>", "Three SMS codes.", "</details>", "",
            "<Agent>", "Your parcel was lost.", "", "<Agent> please scan the QR code now", "", "<?php echo 1; ?>"]))
        let body = try #require(kept.enrichedCase("x")?.entry.bodyHTML)
        #expect(body.contains("<pre tabindex=\"0\"><code>Agent: scan the code &amp; pay\nVictim: ok\n</code></pre>"), "\(body)")
        #expect(body.contains("<p>Chat log Three SMS codes.</p>") && body.contains("<p>&lt;Agent&gt; Your parcel was lost.</p>")
                && body.contains("<p>&lt;Agent&gt; please scan the QR code now</p>") && !body.contains("echo"), "\(body)")
        expectDiagnostics(kept.diagnostics, [
            Expected(Self.file, 5, 1, .warning, "raw-html", message: ["`<pre>`", "its words"]),
            Expected(Self.file, 10, 1, .warning, "raw-html", message: ["`<details>`", "its words"]),
            Expected(Self.file, 20, 1, .warning, "raw-html", message: ["`<?php`", "nothing it holds"]),
        ])
    }

    /// A malformed-input review (forty-fourth session): a chat log's `[客服]: 您好…` lines were link definitions, and vanished.
    @Test("a line that reads as a link definition but defines no address is text; a definition with one is still used")
    func chatLinesAreText() throws {
        let result = check(caseFile(["title: Chat", "date: 2024-03-01"], body: [
            "聊天记录：", "", "[客服]: 您好，您的包裹丢失了，我们将双倍赔偿。", "", "[Agent]: Hello", "", "> [钟女士]: 好的", "",
            "```", "[客服]: 代码里的一行", "```", "", "See [the notice][n].", "", "[n]: https://alerts.example.org/notice/"]))
        let body = try #require(result.enrichedCase("x")?.entry.bodyHTML)
        #expect(body.contains("<p>[客服]: 您好，您的包裹丢失了，我们将双倍赔偿。</p>") && body.contains("<p>[Agent]: Hello</p>")
                && body.contains("<p>[钟女士]: 好的</p>") && body.contains("<code>[客服]: 代码里的一行\n</code>")
                && body.contains(">the notice</a>"), "\(body)")
        // A review of the change: in list items, a message ending in a full stop, and no backslash inside raw HTML.
        let more = check(caseFile(["title: Chat", "date: 2024-03-01"], body: [
            "- [客服]: 您好，您的包裹丢失了", "- [钟女士]: 好的", "", "1. [Agent]: Hi.", "2. [Victim]: OK.", "", "<details>", "<summary>Chat log</summary>",
            "[Agent]: Your parcel was lost", "</details>", "", "<pre>", "[客服]: 请扫码", "</pre>"]))
        let listed = try #require(more.enrichedCase("x")?.entry.bodyHTML)
        #expect(listed.contains("<li>[客服]: 您好，您的包裹丢失了</li>") && listed.contains("<li>[Agent]: Hi.</li>") && listed.contains("<li>[Victim]: OK.</li>")
                && listed.contains("Chat log [Agent]: Your parcel was lost") && listed.contains("<code>[客服]: 请扫码") && !listed.contains("\\["), "\(listed)")
    }

    /// A malformed-input review (thirty-eighth session): a pasted `<p>…</p>` paragraph went missing from the page.
    @Test("a raw HTML block keeps its words as text, without its tags, scripts or comments; `<br>` is a line break")
    func rawHTMLKeepsItsWords() throws {
        let file = caseFile(["title: HTML", "date: 2024-03-01"], body: [
            "<p>The victim later recovered 600 yuan after the bank &amp; police froze the account.</p>", "",
            "<div>Click <b>here</b><!-- note --></div>", "", "<div>Kept out <script>alert(1)</script></div>", "",
            "<script>alert(2)</script> [click me](javascript:alert(3))", "", "Line one<br>line two", "",
            // An outside reader (fifty-seventh session): a script in a sentence left its code on the page.
            "A sentence <script>alert(4) *x* <b>y</b></script> goes on <STYLE>p{}</STYLE>here; <script>a lone tag stays.", "",
            "Nested <script>*a <script>b</script> c*</script> too."])
        let result = check(file)
        let body = try #require(result.enrichedCase("x")?.entry.bodyHTML)
        #expect(body.contains("<p>The victim later recovered 600 yuan after the bank &amp; police froze the account.</p>"), "\(body)")
        #expect(body.contains("<p>Click here</p>") && !body.contains("alert") && !body.contains("note") && !body.contains("<b>")
                && !body.contains("Kept out") && !body.contains("javascript"), "\(body)")
        #expect(body.contains("Line one<br />\nline two"), "\(body)")
        #expect(body.contains("<p>A sentence  goes on here; a lone tag stays.</p>"), "\(body)")
        #expect(body.contains("<p>Nested  too.</p>"), "\(body)")
        #expect(result.diagnostics.map(\.code) == Array(repeating: "raw-html", count: 8), "\(result.diagnostics.map(\.formatted))")
        // One warning for each tag a line has: the lone `<script>` is told of with the first.
        let inSentence = result.diagnostics.filter { $0.line == 15 }.map(\.message)
        #expect(inSentence.count == 2 && inSentence.allSatisfy { $0.contains("nothing it holds is") }, "\(inSentence)")
        // A malformed-input review (forty-seventh session): the `<br>` warning said its words were shown as plain text.
        let lineBreak = result.diagnostics.filter { $0.message.contains("`<br>`") }
        #expect(lineBreak.count == 1 && lineBreak.allSatisfy { $0.message.contains("line break") && ($0.hint ?? "").contains("backslash") },
                "\(lineBreak.map(\.formatted))")
    }

    @Test("a type without advice, a tactic in a type's `related` or a campaign's `focus`, a bare `focus`, and an id that is both a type and a tactic")
    func taxonomyReferences() throws {
        let type = String(decoding: try #require(Fixtures.base["types/fake-courier-compensation.md"]), as: UTF8.self)
        let noAdvice = type.replacing(#/\nadvice: \[[^\]]*\]/#, with: "\nadvice: []")
        let line = (noAdvice.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("advice:") } ?? 0) + 1
        expectDiagnostics(check(noAdvice, at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", line, 9, .warning, "missing-value", message: ["`advice` is empty"]),
        ])
        let related = type.replacingOccurrences(of: "\nadvice:", with: "\nrelated: [verification-code]\nadvice:")
        let relatedLine = (related.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("related:") } ?? 0) + 1
        expectDiagnostics(check(related, at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", relatedLine, 11, .error, "unknown-id",
                     message: ["`verification-code` is a tactic, not a scam type"], hint: ["only scam types go here"]),
        ])
        let campaign = "---\ntitle: Double 11 warning\nwindow: {start: \"11-01\", end: \"11-11\"}\nfocus: fake-courier-compensation\nheadline: Nobody pays.\n---\nBody.\n"
        #expect(check(campaign, at: "campaigns/double-11.md").diagnostics.map(\.code) == ["wrong-type"])
        let tactic = String(decoding: try #require(Fixtures.base["tactics/verification-code.md"]), as: UTF8.self)
        expectDiagnostics(check(tactic, at: "types/verification-code.md").diagnostics, [
            Expected("Alerts/tactics/verification-code.md", 1, nil, .warning, "ambiguous-id", message: ["both a scam type and a tactic"]),
            Expected("Alerts/types/verification-code.md", 1, 1, .warning, "untranslated", message: ["no `types/verification-code.zh.md`"]),
        ])
    }

    @Test("a link or image that is no web, e-mail or phone address, and a heading with no text, are warnings at their line")
    func unsafeLinksAndEmptyHeadings() throws {
        let file = caseFile(["title: Links", "date: 2024-03-01"], body: ["Click [here](javascript:alert(1)) now.", "", "##", "",
                                                                        "![shot](data:image/png;base64,AAAA)", "", "[ref][r]", "", "[r]: VBScript:x", "", "## [](javascript:x)",
                                                                        "", "Entity [ent](&#106;avascript:x)"])
        let result = check(file)
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 14, .warning, "unsafe-link", message: ["`javascript:`"], hint: ["https://"]),
            Expected(Self.file, 7, 1, .warning, "empty-heading", message: ["no text"]),
            Expected(Self.file, 9, 9, .warning, "unsafe-link", message: ["`data:`"]),
            Expected(Self.file, 11, 1, .warning, "unsafe-link", message: ["`vbscript:`"]),
            Expected(Self.file, 15, 7, .warning, "unsafe-link", message: ["`javascript:`"]),
            Expected(Self.file, 15, 1, .warning, "empty-heading", message: ["no text"]),
            // Written with an entity, the scheme is not on the line as it reads: the link's `](` is where it is.
            Expected(Self.file, 17, 12, .warning, "unsafe-link", message: ["`javascript:`"]),
        ])
        let html = try #require(result.enrichedCase("x")).entry.bodyHTML
        #expect(!html.contains("<h3></h3>") && !html.contains("<h3>") && !html.contains("javascript"), "\(html)")
    }

    /// An error review (fiftieth session): the second of two dropped links on a line had no warning.
    @Test("two links of one unsafe scheme on a line are a warning each, at each link")
    func twoUnsafeLinksOnALine() {
        let file = caseFile(["title: Links", "date: 2024-03-01"], body: ["Open [the page](jav&#97;script:alert(1)) and [this](&#106;avascript:alert(2))."])
        expectDiagnostics(check(file).diagnostics, [
            Expected(Self.file, 5, 15, .warning, "unsafe-link", message: ["`javascript:`"], hint: ["https://"]),
            Expected(Self.file, 5, 51, .warning, "unsafe-link", message: ["`javascript:`"]),
        ])
    }

    @Test("`scam_types:` or `tactics:` with no value is an error, not a silent \"work them out\"", arguments: [("scam_types", 4), ("tactics", 4)])
    func emptyTagKey(_ key: String, _ line: Int) {
        expectDiagnostics(check(caseFile(["title: Empty", "date: 2024-03-01", "\(key):"])).diagnostics, [
            Expected(Self.file, line, 1, .error, "missing-value", message: ["`\(key)` has no value"], hint: ["\(key): []"]),
        ])
    }

    /// A malformed-input review (fifty-ninth session): `loss:` uncommented from the scaffold without its
    /// value, and any other key left empty, passed with nothing said, and the page had no loss.
    @Test("any other case key left with no value is an error, with how the value is written", arguments: [
        ("summary", "sentences"), ("region", "region: Chengdu"), ("channels", "channels: [phone"), ("loss", "loss: {amount: 4000, currency: CNY}"),
        ("indicators", "list item"), ("sources", "{name: …, url:"), ("campaigns", "campaigns: [double-11]"), ("updated", "YYYY-MM-DD"),
        ("expires", "YYYY-MM-DD"),
    ])
    func emptyOptionalKey(_ key: String, _ hint: String) {
        expectDiagnostics(check(caseFile(["title: Empty", "date: 2024-03-01", "\(key): ~"])).diagnostics, [
            Expected(Self.file, 4, 1, .error, "missing-value", message: ["`\(key)` has no value"], hint: [hint, "delete the line"]),
        ])
    }

    /// A malformed-input review (sixty-first session): an empty `-` item was told at a column past its line's end.
    @Test("a list item with nothing after its dash is told at the dash")
    func emptyListItem() {
        let file = caseFile(["title: Empty", "date: 2024-03-01", "indicators:", "  - \"13800138000\"", "  -", "channels:", "- phone", "-   "])
        expectDiagnostics(check(file).diagnostics, [
            Expected(Self.file, 6, 3, .error, "missing-value", message: ["an item of `indicators` is empty"], hint: ["delete the line"]),
            Expected(Self.file, 9, 1, .error, "missing-value", message: ["an item of `channels` is empty"], hint: ["delete the line"]),
        ])
    }

    @Test("a translation's `summary:` left empty is told to be left out, to keep the original's")
    func emptyTranslatedSummary() {
        var tree = Tree()
        tree.set("cases/2024/empty.md", "---\ntitle: Call\ndate: 2024-03-01\nscam_types: []\n---\nA call.\n")
        tree.set("cases/2024/empty.zh.md", "---\ntitle: 电话\nsummary:\n---\n一通电话。\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/cases/2024/empty.zh.md", 3, 1, .error, "missing-value", message: ["`summary` has no value"], hint: ["leave the key out"]),
        ])
    }

    /// The same review: the keys of `loss` under it without their indentation were "unknown keys".
    @Test("a key's own keys written under it without indentation are told as its keys, in one error", arguments: [
        (["loss:", "amount: 4000", "currency: CNY"], "`amount` and `currency` are keys of `loss`", "loss: {amount: 4000"),
        (["sources:", "name: Xinhua", "url: https://news.example.com/a"], "`name` and `url` are keys of `sources`", "list item"),
        (["loss:", "amount: 4000", "region: Wuhan"], "`amount` is a key of `loss`", "indent it by two spaces"),
        // A second review (same session): one of them indented, the other not, was "missing `currency`" and "unknown key `currency`".
        (["loss:", "  amount: 4000", "currency: CNY"], "`currency` is a key of `loss`", "indent it by two spaces"),
        (["sources:", "- name: Xinhua", "url: https://news.example.com/a"], "`url` is a key of `sources`", "`  - name: …` then `    url: …`"),
    ])
    func unindentedNestedKeys(_ lines: [String], _ message: String, _ hint: String) {
        expectDiagnostics(check(caseFile(["title: Nested", "date: 2024-03-01"] + lines)).diagnostics, [
            Expected(Self.file, lines[1].hasPrefix(" ") || lines[1].hasPrefix("-") ? 6 : 5, 1, .error, "indentation", message: [message], hint: [hint]),
        ])
    }

    @Test("an empty hotlines list, and a scam type related to itself, are errors")
    func emptyHotlinesAndSelfRelated() throws {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        let hotlines = try #require(site.firstRange(of: /hotlines:\n(  - .*\n)+/))
        tree.set("site.yml", site.replacingCharacters(in: hotlines, with: "hotlines: []\n"))
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        tree.set("types/fake-courier-compensation.md", type.replacingOccurrences(of: "\nadvice:", with: "\nrelated: [fake-courier-compensation]\nadvice:"))
        tree.set("site.zh.yml", "hotlines: []\n")
        let codes = tree.check().diagnostics.filter { $0.severity == .error }.map { "\($0.file) \($0.code)" }
        #expect(codes.sorted() == ["Alerts/site.yml missing-value", "Alerts/site.zh.yml missing-value",
                                   "Alerts/types/fake-courier-compensation.md self-reference"], "\(codes)")
        // The empty translated list is its error, not also a list that differs from site.yml's ("lists , but…").
        var translated = Tree()
        translated.set("site.zh.yml", "hotlines: []\n")
        #expect(translated.check().diagnostics.map(\.code) == ["missing-value"], "\(translated.check().diagnostics.map(\.formatted))")
        // Nor site.yml's list of numbers written as text (a black-box review, fifty-second session: "but site.yml lists :").
        var unread = Tree()
        unread.set("site.yml", String(decoding: unread.files["Alerts/site.yml"] ?? Data(), as: UTF8.self)
            .replacingOccurrences(of: "{label: Police, number: \"110\"}", with: "\"110\"")
            .replacingOccurrences(of: "{label: Anti-fraud hotline, number: \"96110\"}", with: "\"96110\""))
        unread.set("site.zh.yml", "hotlines:\n  - {label: 报警, number: \"110\"}\n")
        #expect(!unread.check().diagnostics.contains { $0.code == "translation-differs" }, "\(unread.check().diagnostics.map(\.formatted))")
    }

    @Test("a Markdown link to a site the bulletin does not trust is a warning at its line; a scam host's link is not")
    func untrustedLink() {
        let file = caseFile(["title: Links", "date: 2024-03-01", "indicators: [https://claim-center.example/]"],
                            body: ["Read [the notice](https://www.gov.cn/notice).", "", "Never open [the fake page](https://claim-center.example/x)."])
        expectDiagnostics(check(file).diagnostics, [
            Expected(Self.file, 6, 27, .warning, "untrusted-link", message: ["`www.gov.cn`"], hint: ["add `gov.cn` to `trusted_domains`"]),
        ])
        // The link's host, not the same name in the prose before it (a review, thirty-second session).
        let named = caseFile(["title: Links", "date: 2024-03-01"], body: ["See www.gov.cn and [the site](https://www.gov.cn/)."])
        expectDiagnostics(check(named).diagnostics, [
            Expected(Self.file, 5, 39, .warning, "untrusted-link", message: ["`www.gov.cn`"]),
        ])
        // An image is said to be one, and not shown (a black-box review, fifty-second session).
        let image = caseFile(["title: Links", "date: 2024-03-01"], body: ["![Screenshot of the SMS](https://img.example.net/sms.png)"])
        expectDiagnostics(check(image).diagnostics, [
            Expected(Self.file, 5, 34, .warning, "untrusted-link", message: ["image from `img.example.net`", "not shown"], hint: ["Templates/assets/"]),
        ])
        // A malformed-input review (fifty-ninth session): `https:host` without its slashes, which a browser opens, was dropped unsaid.
        let slashless = caseFile(["title: Links", "date: 2024-03-01"], body: ["The refund page was [here](https:jd-refund.example/claim)."])
        expectDiagnostics(check(slashless).diagnostics, [
            Expected(Self.file, 5, 34, .warning, "untrusted-link", message: ["`jd-refund.example`", "not written `https://…`"],
                     hint: ["write `https://jd-refund.example/claim`"]),
        ])
        // …and so is `https//host` (a second review, same session: an error at 1:1 for a page of this site, and a warning).
        let colonless = caseFile(["title: Links", "date: 2024-03-01"], body: ["See [x](https//www.gov.cn/a) now."])
        expectDiagnostics(check(colonless).diagnostics, [
            Expected(Self.file, 5, 16, .warning, "untrusted-link", message: ["`www.gov.cn`", "not written `https://…`"], hint: ["write `https://www.gov.cn/a`"]),
        ])
        #expect(MarkdownRenderer.hostWithoutSlashes("HTTPS:\\\\user@Host.example:8080/x") == "host.example")
        #expect(MarkdownRenderer.hostWithoutSlashes("mailto:a@b.example") == nil)
        // A malformed-input review (forty-fourth session): a host written %-encoded was told at column 1.
        let encoded = caseFile(["title: Links", "date: 2024-03-01"], body: ["The other page was [the portal](https://www.gov.cn%2eevil-pct.example/) she opened."])
        expectDiagnostics(check(encoded).diagnostics, [
            Expected(Self.file, 5, 41, .warning, "untrusted-link", message: ["`www.gov.cn.evil-pct.example`"]),
        ])
        // A malformed-input review (thirty-fourth session): a host written with the root's dot is the
        // same host, a scam one's link disarmed, a trusted one's kept.
        let rooted = caseFile(["title: Links", "date: 2024-03-01", "indicators: [https://claim-center.example/]"],
                              body: ["Never open [the fake page](https://claim-center.example./x) nor [the other](https://www.claim-center.example./x)."])
        let result = check(rooted)
        expectClean(result)
        #expect(result.enrichedCase("x")?.entry.bodyHTML.contains("href") == false, "\(result.enrichedCase("x")?.entry.bodyHTML ?? "")")
        var trusting = Tree()
        let site = String(decoding: trusting.files["Alerts/site.yml"] ?? Data(), as: UTF8.self)
        trusting.set("site.yml", site + "trusted_domains: [gov.cn.]\n")
        trusting.set("cases/x.md", caseFile(["title: Links", "date: 2024-03-01"], body: ["Read [the notice](https://www.gov.cn/notice)."]))
        #expect(!trusting.check().diagnostics.contains { $0.code == "untrusted-link" })
        // A malformed-input review (forty-fourth session): a trusted site's redirector to a listed scam site stayed a live link.
        trusting.set("cases/x.md", caseFile(["title: Links", "date: 2024-03-01", "indicators: [https://claim-center.example/]"], body: [
            "The notice is [here](https://www.gov.cn/redirect?url=https://claim-center.example/pay), the other [there](https://www.gov.cn/r?u=https%3A%2F%2Fnews.example.com%2Fa).",
            "", "And [the notice](https://www.gov.cn/n?back=https://www.gov.cn/)."]))
        let forwarded = trusting.check()
        let html = forwarded.enrichedCase("x")?.entry.bodyHTML ?? ""
        #expect(!html.contains("href=\"https://www.gov.cn/redirect?") && html.contains("claim-center[.]example") && !html.contains("href=\"https://www.gov.cn/r?") && html.contains("href=\"https://www.gov.cn/n?back="), "\(html)")
        expectDiagnostics(forwarded.diagnostics, [Expected(Self.file, 6, 144, .warning, "untrusted-link", message: ["`news.example.com`", "through `www.gov.cn`"])])
        // Written without its scheme, or with backslashes, as a review of the change found.
        trusting.set("cases/x.md", caseFile(["title: Links", "date: 2024-03-01", "indicators: [https://claim-center.example/]"], body: [
            "See [one](https://www.gov.cn/redirect?url=claim-center.example/pay) and [two](https://www.gov.cn/r?u=https:%5C%5Cclaim-center.example%2Fa),",
            "but [the notice](https://www.gov.cn/n?from=weibo.com) is one."]))
        let schemeless = trusting.check()
        let links = schemeless.enrichedCase("x")?.entry.bodyHTML ?? ""
        #expect(!links.contains("href=\"https://www.gov.cn/r") && links.contains("href=\"https://www.gov.cn/n?from=weibo.com\""), "\(links)")
    }

    /// A review (thirty-second session): `[](…)` was published as an empty `<a>`, which reads as nothing (WCAG 2.4.4).
    /// A black-box review (fifty-second session): a police article on mp.weixin.qq.com cited in one case made a
    /// scam article on the same platform a live link in another.
    @Test("a source on a platform where anyone publishes trusts no other page there; the source itself stays a link")
    func sourceOnASharedPlatform() throws {
        var tree = Tree()
        tree.set("cases/a.md", caseFile(["title: Cited", "date: 2024-03-01", "sources: [{name: Police WeChat account, url: \"https://mp.weixin.qq.com/s/police\"}]"]))
        tree.set("cases/x.md", caseFile(["title: Fake notice", "date: 2024-03-01"], body: ["She was sent [a fake claims notice](https://mp.weixin.qq.com/s/fake)."]))
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 45, .warning, "untrusted-link", message: ["`mp.weixin.qq.com`"], hint: ["anyone publishes", "`sources`"]),
        ])
        let html = try #require(result.enrichedCase("x")).entry.bodyHTML
        #expect(!html.contains("href") && html.contains("mp[.]weixin[.]qq[.]com"), "\(html)")
        #expect(try #require(result.enrichedCase("a")).entry.sources.map(\.url) == ["https://mp.weixin.qq.com/s/police"])
    }

    /// A black-box review (fifty-second session): a site cited as a source in one case was trusted in every
    /// other, where a link to it, or its name in the text, was published live though that case called it a fake page.
    @Test("a case's sources are trusted in its own text only; a campaign is told only of trusted_domains")
    func sourcesTrustedInTheirOwnCase() throws {
        var tree = Tree()
        tree.set("cases/a.md", caseFile(["title: Cited", "date: 2024-03-01", "sources: [{name: Refund notice, url: \"https://refund-centre.example/notice\"}]"],
                                        body: ["See [the notice](https://refund-centre.example/notice)."]))
        tree.set("cases/x.md", caseFile(["title: Fake page", "date: 2024-03-01"],
                                        body: ["She opened [a fake refund page](https://refund-centre.example/claim), then refund-centre.example/pay."]))
        let campaign = String(decoding: Fixtures.base["campaigns/double-11.md"] ?? Data(), as: UTF8.self)
        tree.set("campaigns/double-11.md", campaign + "\nRead [the notice](https://refund-centre.example/notice).\n")
        let result = tree.check()
        let campaignLine = campaign.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/campaigns/double-11.md", campaignLine, 27, .warning, "untrusted-link", message: ["`refund-centre.example`"], hint: ["`trusted_domains`"]),
            Expected(Self.file, 5, 41, .warning, "untrusted-link", message: ["`refund-centre.example`"], hint: ["`trusted_domains`", "this case's `sources`"]),
        ])
        #expect(result.diagnostics.first?.hint?.contains("sources") == false, "\(result.diagnostics.map(\.formatted))")
        let fake = try #require(result.enrichedCase("x")).entry.bodyHTML
        #expect(!fake.contains("href") && fake.contains("refund-centre[.]example/pay"), "\(fake)")
        #expect(try #require(result.enrichedCase("a")).entry.bodyHTML.contains("<a href=\"https://refund-centre.example/notice\">"))
    }

    @Test("a link with no text is a warning, and the page shows its address as its text")
    func emptyLink() throws {
        let result = check(caseFile(["title: Empty link", "date: 2024-03-01"], body: ["See [](/types/fake-courier-compensation/) now."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 5, .warning, "empty-link", message: ["no text"], hint: ["between the brackets"]),
        ])
        let item = try #require(result.enrichedCase("x"))
        #expect(item.entry.bodyHTML.contains("\">/types/fake-courier-compensation/</a>"), "\(item.entry.bodyHTML)")
    }

    /// A malformed-input review (fortieth session): with ": " in its value, `title：` was "missing required key
    /// `title`" and "unknown key `title： Fake courier SMS`".
    @Test("a key with a full-width colon and a value holding ': ' is told of the colon, once")
    func fullWidthColonBeforeColonInValue() {
        let errors = check(caseFile(["title： Fake courier SMS: 2-yuan fee", "date: 2024-03-01"])).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["yaml-syntax"], "\(errors.map(\.formatted))")
        #expect(errors.first?.message.contains("`title` is followed by a full-width colon") == true, "\(errors.map(\.formatted))")
    }

    /// A malformed-input review (fortieth session): `amount: "3260"` was told to write digits only, which it did.
    @Test("a number or a yes/no value written in quotes is told to lose its quotes", arguments: [
        ("loss: {amount: \"3260\", currency: CNY}", "remove the quotes: write `3260` alone"),
        ("draft: \"true\"", "remove the quotes: write `true` alone"),
        ("loss: {amount: \"3,260\", currency: CNY}", "write digits only"),
    ])
    func quotedValues(_ line: String, _ hint: String) {
        let errors = check(caseFile(["title: Quoted", "date: 2024-03-01", line])).diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["wrong-type"] && errors.first?.hint?.contains(hint) == true, "\(errors.map(\.formatted))")
    }

    /// A malformed-input review (thirty-ninth session): `[the notice][police]` with no `[police]: …` line was
    /// printed as written, brackets and all, without a word to the editor.
    @Test("a reference link with no definition is a warning at its place; a defined one, code and plain brackets are not")
    func undefinedReference() throws {
        let result = check(caseFile(["title: References", "date: 2024-03-01"], body: [
            "Read [the notice][police] and [the types][] and [the advice][advice] or `[code][x]` and [图片].",
            "",
            "[advice]: /advice/",
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 6, .warning, "undefined-reference", message: ["`[the notice][police]`", "`[police]: …`"], hint: ["[police]: https://"]),
            Expected(Self.file, 5, 31, .warning, "undefined-reference", message: ["`[the types][]`", "`[the types]: …`"]),
        ])
        let item = try #require(result.enrichedCase("x"))
        #expect(item.entry.bodyHTML.contains("<a href=\"https://alerts.example.org/advice/\">the advice</a>"), "\(item.entry.bodyHTML)")
    }

    @Test("columns count Unicode scalars in every diagnostic; a link repeated on a line is one warning")
    func columnsAndRepeats() {
        // 👨‍👩‍👧 is five scalars (three people, two joiners), one character.
        let family = "👨‍👩‍👧"
        let file = caseFile(["title: Columns", "date: 2024-03-01"], body: [
            "\(family) 电话13800138000",                                                    // 5
            "",
            "\(family) [a](https://www.gov.cn/1) [b](https://www.gov.cn/1) [c](https://www.gov.cn/1)", // 7
        ])
        let diagnostics = check(file).diagnostics
        let personal = diagnostics.first { $0.code == "personal-data" }
        #expect(personal.map { [$0.line, $0.column] } == [5, 9], "\(diagnostics.map(\.formatted))")
        let links = diagnostics.filter { $0.code == "untrusted-link" }
        #expect(links.map { [$0.line, $0.column] } == [[7, 19]], "\(diagnostics.map(\.formatted))")
    }

    @Test("a campaign's focus and papers are not empty, papers not repeated, its headline one line", arguments: [
        ("focus: []", "flyer: {papers: [a4]}", 4, 8, "missing-value", "`focus` is empty"),
        ("focus: [fake-courier-compensation]", "flyer: {papers: []}", 6, 17, "missing-value", "`papers` is empty"),
        ("focus: [fake-courier-compensation]", "flyer: {papers: [a4, a5, a4]}", 6, 26, "duplicate-id", "`a4` is listed twice"),
        ("focus: [fake-courier-compensation]\nheadline: |\n  Line one\n  Line two", "flyer: {papers: [a4]}", 5, 11, "invalid-value", "one line"),
    ])
    func campaignValues(_ focus: String, _ flyer: String, line: Int, column: Int, code: String, message: String) {
        let headline = focus.contains("headline") ? "" : "\nheadline: Nobody pays."
        let campaign = "---\ntitle: Double 11 warning\nwindow: {start: \"11-01\", end: \"11-11\"}\n\(focus)\(headline)\n\(flyer)\n---\nBody.\n"
        let result = Tree.with(["campaigns/double-11.md": campaign]).check()
        expectDiagnostics(result.diagnostics, [Expected("Alerts/campaigns/double-11.md", line, column, .error, code, message: [message])])
    }

    @Test("personal data split by control characters that are never published is found: YAML escapes in a value, character references in the body", arguments: [
        (["title: \"Call 139\\x001234\\x005678\"", "date: 2024-03-01"], ["Body."], 2, 8),
        (["title: \"Call 139\\e1234\\a5678\"", "date: 2024-03-01"], ["Body."], 2, 8),
        (["title: Entities", "date: 2024-03-01"], ["Call 139&#127;1234&#127;5678 now."], 5, 6),
        (["title: Entities", "date: 2024-03-01"], ["Call 139&#0;1234&#0;5678 now."], 5, 6),
    ])
    func personalDataSplitByControls(_ front: [String], _ body: [String], line: Int, column: Int) {
        // A malformed-input review (forty-fourth session): an escaped control character was left out without a word, as a typed one is not.
        let escaped = front[0].contains("\\") ? [Expected(Self.file, line, column, .warning, "control-character", message: ["`title`", "escape"])] : []
        // The forty-sixth session: each reference to no character or to a control character is a warning of its own.
        let references = body[0].ranges(of: /&#\d+;/).map { range in
            Expected(Self.file, line, body[0].unicodeScalars.distance(from: body[0].startIndex, to: range.lowerBound) + 1, .warning, "lost-character",
                     message: ["`\(body[0][range])`"])
        }
        expectDiagnostics(check(caseFile(front, body: body)).diagnostics, [
            Expected(Self.file, line, column, .error, "personal-data", message: ["139****5678"]),
        ] + escaped + references)
    }

    @Test("an empty quoted date is an error, not a date left out: the case would silently go unpublished", arguments: [
        ("date: \"\"", 3, "`date` is empty"), ("date: '  '", 3, "`date` is empty"),
        ("date: 2024-03-01\nupdated: \"\"", 4, "`updated` is empty"), ("date: 2024-03-01\nexpires: ''", 4, "`expires` is empty"),
    ])
    func emptyQuotedDate(_ lines: String, line: Int, message: String) {
        let result = check(caseFile(["title: Empty"] + lines.split(separator: "\n").map(String.init)))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, line, lines.hasPrefix("date: \"") || lines.hasPrefix("date: '") ? 7 : 10,
                                                        .error, "missing-value", message: [message])])
    }

    @Test("an empty quoted campaign window day, or hotline number, is an error", arguments: [
        ("window: {start: \"\", end: \"11-11\"}", 3, 17, "`start` is empty"),
        ("window: {from: \" \", to: 2026-11-11}", 3, 16, "`from` is empty"),
    ])
    func emptyWindowDay(_ window: String, line: Int, column: Int, message: String) {
        let campaign = "---\ntitle: Double 11 warning\n\(window)\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"
        let result = Tree.with(["campaigns/double-11.md": campaign]).check()
        expectDiagnostics(result.diagnostics, [Expected("Alerts/campaigns/double-11.md", line, column, .error, "missing-value", message: [message])])
    }

    @Test("a case with neither body nor summary is a warning: its page would show its title alone")
    func emptyCase() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01"], body: [""])).diagnostics, [
            Expected(Self.file, 5, 1, .warning, "empty-case", message: ["no text"]),
        ])
        // Ending on the closing line, without a line break: said on that line, the file's last (was 5 of 4).
        expectDiagnostics(check("---\ntitle: T\ndate: 2024-03-01\n---").diagnostics, [
            Expected(Self.file, 4, 1, .warning, "empty-case", message: ["no text"]),
        ])
        expectClean(check(caseFile(["title: T", "date: 2024-03-01", "summary: A caller posed as a courier."], body: [""])))
    }

    @Test("a code fence never closed is a warning at its opening line; closed ones, and fences in quotes and lists, are not")
    func unclosedFence() {
        let open = check(caseFile(["title: T", "date: 2024-03-01"], body: ["Before.", "", "```text", "scam text", "", "The rest."]))
        expectDiagnostics(open.diagnostics, [Expected(Self.file, 7, 1, .warning, "unclosed-fence", message: ["a line of three backticks", "line 7"],
                                                      hint: ["a line of three backticks"])])
        let longer = check(caseFile(["title: T", "date: 2024-03-01"], body: ["~~~~", "~~~", "code", "`````"]))
        expectDiagnostics(longer.diagnostics, [Expected(Self.file, 5, 1, .warning, "unclosed-fence", message: ["four tildes"])])
        // A malformed-input review (fifty-ninth session): a fence of 20,000 backticks was a warning of 40 KB.
        let huge = check(caseFile(["title: T", "date: 2024-03-01"], body: [String(repeating: "`", count: 20_000)])).diagnostics
        expectDiagnostics(huge, [Expected(Self.file, 5, 1, .warning, "unclosed-fence", message: ["20000 backticks"], hint: ["as many backticks"])])
        #expect(huge.allSatisfy { $0.formatted.count < 300 })
        expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: ["```", "code", "```", "", "~~~", "```", "~~~~", "", "Inline ``` code ``` here."])))
        // A list item's fence is closed by the item's end (a review, sixty-first session: it was told never closed).
        expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: ["- item", "", "  ```", "  code", "- next item", "", "After."])))
    }

    @Test("a cue that is only a gap is an error")
    func gapOnlyCue() throws {
        var tree = Tree()
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        let cues = try #require(type.range(of: "cues:\n"))
        tree.set("types/fake-courier-compensation.md", type.replacingCharacters(in: cues, with: "cues:\n  - \"…\"\n"))
        let line = type[..<cues.upperBound].split(separator: "\n", omittingEmptySubsequences: false).count
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", line, 5, .error, "invalid-cue", message: ["only a gap"]),
        ])
    }

    @Test("a campaign window's day that its month lacks, or a month past 12, is named as such", arguments: [
        ("\"02-30\"", "month 2 has no day 30", "29 days"), ("\"13-01\"", "no month 13", "month first"), ("11/01", "\"MM-DD\"", "start: \"11-01\""),
        // An editor's review (thirty-fourth session): `"1-10"`, quoted, was told to quote it.
        ("\"1-10\"", "\"MM-DD\"", "two digits each: start: \"01-10\""), ("1月5日", "\"MM-DD\"", "start: \"01-05\""),
        ("\"soon\"", "\"MM-DD\"", "quoted: start: \"11-01\""),
    ])
    func windowDays(_ value: String, _ message: String, _ hint: String) {
        let campaign = "---\ntitle: Double 11 warning\nwindow: {start: \(value), end: \"11-11\"}\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"
        let result = Tree.with(["campaigns/double-11.md": campaign]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/campaigns/double-11.md", 3, 17, .error, "invalid-date", message: [message], hint: [hint]),
        ])
    }

    /// A malformed-input review (thirty-fourth session): raw HTML and unsafe or untrusted links in a
    /// scam type's or a campaign's body were left out without the warnings a case's get.
    @Test("raw HTML and unsafe or untrusted links in a type's or a campaign's body are warnings at their lines")
    func termBodiesWarnLikeCases() throws {
        let type = String(decoding: try #require(Fixtures.base["types/fake-courier-compensation.md"]), as: UTF8.self)
            + "\n<div>Boxed</div>\n\nSee [this](javascript:alert(1)) and [that](https://unknown.example/x).\n"
        let lines = type.split(separator: "\n", omittingEmptySubsequences: false)
        let html = (lines.firstIndex { $0.hasPrefix("<div>") } ?? 0) + 1
        let result = Tree.with(["types/fake-courier-compensation.md": type]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", html, 1, .warning, "raw-html", message: ["`<div>`"]),
            Expected("Alerts/types/fake-courier-compensation.md", html + 2, 12, .warning, "unsafe-link", message: ["`javascript:"]),
            Expected("Alerts/types/fake-courier-compensation.md", html + 2, 52, .warning, "untrusted-link", message: ["`unknown.example`"]),
        ])
        let campaign = String(decoding: try #require(Fixtures.base["campaigns/double-11.md"]), as: UTF8.self) + "\n<b>Now</b>\n"
        let campaignLine = campaign.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("<b>") }.map { $0 + 1 } ?? 0
        expectDiagnostics(Tree.with(["campaigns/double-11.md": campaign]).check().diagnostics, [
            Expected("Alerts/campaigns/double-11.md", campaignLine, 1, .warning, "raw-html", message: ["`<b>`"]),
        ])
    }

    /// A malformed-input review (thirty-fourth session): `x.md.md` was told to add `md` to `languages`.
    @Test("a file name with `.md` twice or two dots is told its name, not a language", arguments: ["cases/x.md.md", "cases/x..md"])
    func doubledExtension(_ path: String) {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01"]), at: path).diagnostics, [
            Expected("Alerts/" + path, 1, nil, .error, "invalid-slug", message: ["reads as a language suffix"], hint: ["rename it to `x.md`"]),
        ])
    }

    /// Tagging reviewers (thirty-fourth session) wrote `channels: [web, social]`, as many would.
    @Test("a channel written in other words is pointed at the one meant")
    func channelAliases() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "channels: [web, text, 微信, social]"])).diagnostics, [
            Expected(Self.file, 4, 12, .error, "unknown-id", message: ["`web`"], hint: ["did you mean `website`?"]),
            Expected(Self.file, 4, 17, .error, "unknown-id", message: ["`text`"], hint: ["did you mean `sms`?"]),
            Expected(Self.file, 4, 23, .error, "unknown-id", message: ["`微信`"], hint: ["did you mean `wechat`?"]),
            Expected(Self.file, 4, 27, .error, "unknown-id", message: ["`social`"], hint: ["`wechat`, `qq`"]),
        ])
    }

    /// A malformed-input review (thirty-fourth session): `[a，b]` was "unknown tactic `a，b`".
    @Test("ids separated by Chinese commas are told to use a comma typed in English")
    func chineseCommasInList() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "tactics: [verification-code，screen-sharing]"])).diagnostics, [
            Expected(Self.file, 4, 11, .error, "unknown-id", message: ["Chinese comma"], hint: ["verification-code, screen-sharing"]),
        ])
    }

    @Test("a tactic listed under scam_types is told where it goes")
    func tacticAsType() {
        expectDiagnostics(check(caseFile(["title: Mixed", "date: 2024-03-01", "scam_types: [verification-code]"])).diagnostics, [
            Expected(Self.file, 4, 14, .error, "unknown-id", message: ["`verification-code` is a tactic, not a scam type"], hint: ["move it to `tactics`"]),
        ])
    }

    @Test("a cue with two gaps is an error, a Chinese ellipsis is one gap; a threshold no cues can reach is a warning")
    func cueGapsAndThreshold() {
        let type = """
            ---
            name: Fake courier compensation
            summary: A caller offers compensation for a lost parcel.
            advice: [call-110-96110]
            threshold: 20
            cues: [lost parcel, "parcel … lost … again", {phrase: courier, weight: 3}]
            ---
            Body.
            """
        // A translation's cues are checked against the threshold it takes from its original.
        let translated = Tree.with(["types/fake-courier-compensation.zh.md": "---\nname: 冒充快递理赔\nsummary: 假理赔。\ncues: [包裹]\n---\n正文。\n"]).check()
        expectDiagnostics(translated.diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "unreachable-threshold", message: ["threshold is 3", "weigh 1"]),
        ])
        expectDiagnostics(check(type, at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", 6, 21, .error, "invalid-cue", message: ["more than one gap"]),
            Expected("Alerts/types/fake-courier-compensation.md", 5, 12, .warning, "unreachable-threshold", message: ["threshold is 20", "weigh 4"]),
            // Its translation takes the threshold too.
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "unreachable-threshold", message: ["threshold is 20", "weigh 11"]),
        ])
    }

    @Test("`needs` is a list of words: a gap or an empty item is an error, an empty list a warning; a translation with cues of its own has its own needs")
    func neededWords() throws {
        let type = { (needs: String) in
            "---\nname: Fake courier compensation\nsummary: A caller offers compensation for a lost parcel.\nadvice: [call-110-96110]\n"
                + "cues: [{phrase: double compensation, weight: 3}]\n\(needs)\n---\nBody.\n"
        }
        expectDiagnostics(check(type("needs: [courier, \"parcel … lost\", \" \", …]"), at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", 6, 18, .error, "invalid-cue", message: ["parcel … lost"]),
            Expected("Alerts/types/fake-courier-compensation.md", 6, 35, .error, "missing-value"),
            Expected("Alerts/types/fake-courier-compensation.md", 6, 40, .error, "invalid-cue", message: ["“…”"]),
            // The fixtures' Chinese file has cues of its own and no `needs`.
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated-needs", hint: ["`courier`"]),
        ])
        expectDiagnostics(check(type("needs: []"), at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", 6, 8, .warning, "missing-value", message: ["`needs` is empty"]),
        ])
        expectDiagnostics(check(type("needs: courier"), at: "types/fake-courier-compensation.md").diagnostics.filter { $0.severity == .error }, [
            Expected("Alerts/types/fake-courier-compensation.md", 6, 8, .error, "wrong-type"),
        ])
        // A product's compensation is no courier scam; a parcel's is. The Chinese file has cues and needs of its own.
        var tree = Tree.with([
            "types/fake-courier-compensation.md": type("needs: [courier, parcel]"),
            "types/fake-courier-compensation.zh.md": "---\nname: 冒充快递理赔\nsummary: 假理赔。\ncues: [{phrase: 双倍赔偿, weight: 3}]\nneeds: [快递, 包裹]\n---\n正文。\n",
        ])
        tree.set("cases/heater.md", caseFile(["title: Heater", "date: 2024-03-01"], body: ["The agent offered double compensation for a faulty heater."]))
        tree.set("cases/parcel.md", caseFile(["title: Parcel", "date: 2024-03-01"], body: ["The agent offered double compensation for a lost parcel."]))
        tree.set("cases/mask.zh.md", caseFile(["title: 面膜", "date: 2024-03-01"], body: ["自称客服的人说面膜不合格，给予双倍赔偿。"]))
        tree.set("cases/box.zh.md", caseFile(["title: 包裹", "date: 2024-03-01"], body: ["自称客服的人说包裹压坏了，给予双倍赔偿。"]))
        let result = tree.check()
        #expect(try #require(result.enrichedCase("heater")).scamTypes.contains("fake-courier-compensation") == false)
        #expect(try #require(result.enrichedCase("parcel")).scamTypes.contains("fake-courier-compensation"))
        #expect(try #require(result.enrichedCase("mask", lang: "zh")).scamTypes.contains("fake-courier-compensation") == false)
        #expect(try #require(result.enrichedCase("box", lang: "zh")).scamTypes.contains("fake-courier-compensation"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        // (Sixty-second session) a translation with cues and no `needs` tagged the face mask's call as a courier scam, silently.
        tree.set("types/fake-courier-compensation.zh.md", "---\nname: 冒充快递理赔\nsummary: 假理赔。\ncues: [{phrase: 双倍赔偿, weight: 3}]\n---\n正文。\n")
        let unneeded = tree.check()
        #expect(try #require(unneeded.enrichedCase("mask", lang: "zh")).scamTypes.contains("fake-courier-compensation"))
        expectDiagnostics(unneeded.diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated-needs",
                     message: ["lists `needs`", "cues of its own and none"], hint: ["add `needs:`", "`courier`, `parcel`"]),
        ])
    }

    /// A review (thirty-second session): a Chinese cue-less translation took the English cues, and
    /// a clearly Chinese case was never tagged with the type, without a word.
    @Test("a translation of a scam type without cues is a warning: its language's cases would hardly ever be tagged with it")
    func translationWithoutCues() {
        let translated = Tree.with(["types/fake-courier-compensation.zh.md": "---\nname: 冒充快递理赔\nsummary: 假理赔。\n---\n正文。\n"]).check()
        expectDiagnostics(translated.diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated-cues",
                     message: ["no `cues`", "cases in `zh`"], hint: ["add `cues:`"]),
        ])
    }

    /// A malformed-input review (forty-first session): `title:Fake…` on the first line was told at the next, in the parser's words.
    @Test("a key without a space after its colon is told at its own line, with the fix")
    func keyWithoutSpace() {
        expectDiagnostics(check("---\ntitle:Fake police call\ndate: 2024-03-01\n---\nStory.\n").diagnostics, [
            Expected(Self.file, 2, 7, .error, "yaml-syntax", message: ["`title:` needs a space"], hint: ["title: Fake police call"]),
        ])
        let url = check(caseFile(["title: Call", "date: 2024-03-01", "sources:", "  - url:https://police.example/notice", "    name: Notice"])).diagnostics
        #expect(url.contains { $0.line == 5 && $0.message.contains("`url:` needs a space") }, "\(url.map(\.formatted))")
    }

    /// A malformed-input review (forty-first session): cues of a gap at an end, two gaps, stop words and
    /// repeats were taken without a word, and the warnings that followed were at case files.
    @Test("a cue with its gap at an end or two gaps is an error; a stop word and a cue listed twice are warnings")
    func nonsenseCues() {
        let type = """
            ---
            name: Fake courier compensation
            summary: A caller offers compensation for a lost parcel.
            advice: [call-110-96110]
            cues:
              - {phrase: double compensation, weight: 3}
              - {phrase: "… refund", weight: 3}
              - {phrase: "seller … … blocked", weight: 3}
              - {phrase: the, weight: 3}
              - {phrase: Double Compensation, weight: 1}
            ---
            Body.
            """
        expectDiagnostics(check(type, at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", 7, 5, .error, "invalid-cue", message: ["at an end"]),
            Expected("Alerts/types/fake-courier-compensation.md", 8, 5, .error, "invalid-cue", message: ["more than one gap"]),
            Expected("Alerts/types/fake-courier-compensation.md", 9, 5, .warning, "weak-cue", message: ["“the”"]),
            Expected("Alerts/types/fake-courier-compensation.md", 10, 5, .warning, "duplicate-cue", message: ["“Double Compensation”", "twice"]),
        ])
    }

    /// A malformed-input review (forty-first session): "Never share your screen…" printed under Do, with a tick.
    @Test("advice of `kind: do` whose text opens as a don't is a warning at its kind; the right kind, or none, is not")
    func adviceKindContradicted() {
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let wrong = advice.replacingOccurrences(of: "- id: never-share-sms-code\n  kind: dont", with: "- id: never-share-sms-code\n  kind: do")
        expectDiagnostics(Tree.with(["advice.yml": wrong]).check().diagnostics, [
            Expected("Alerts/advice.yml", 2, 9, .warning, "advice-kind", message: ["`kind: do`", "Never tell anyone"], hint: ["`kind: dont`"]),
        ])
        expectClean(Tree.with(["advice.yml": advice.replacingOccurrences(of: "  kind: dont\n", with: "")]).check())
    }

    /// A sixth malformed-input review (forty-second session): an id misspelt in advice.yml gave an error in
    /// every file that named it rightly, and none where the typo was.
    @Test("an advice id misspelt where it is defined, and named rightly in two places or more, is one error at the definition")
    func misspeltAdviceDefinition() {
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let misspelt = advice.replacingOccurrences(of: "- id: never-share-sms-code\n", with: "- id: never-share-sms-cod\n")
        expectDiagnostics(Tree.with(["advice.yml": misspelt]).check().diagnostics, [
            Expected("Alerts/advice.yml", 1, 7, .error, "unknown-id", message: ["`never-share-sms-cod` is named nowhere", "`never-share-sms-code`", "2 places"],
                     hint: ["rename it `never-share-sms-code`"]),
        ])
        // Named in one place only, the reference is the one told: it may be the typo.
        let tactic = "tactics/verification-code.md"
        let text = String(decoding: Fixtures.base[tactic] ?? Data(), as: UTF8.self).replacingOccurrences(of: "never-share-sms-code", with: "never-share-sms-kode")
        let once = Tree.with([tactic: text]).check().diagnostics.filter { $0.severity == .error }
        expectDiagnostics(once, [Expected("Alerts/" + tactic, 4, 10, .error, "unknown-id", message: ["`never-share-sms-kode`"], hint: ["`never-share-sms-code`"])])
        // (Sixty-second session) an id written as words (`Never Share SMS Code`) is its own error, with the id it makes; the
        // files that name that id were errors each, with the list of every id.
        let words = advice.replacingOccurrences(of: "- id: never-share-sms-code\n", with: "- id: Never Share SMS Code\n")
        expectDiagnostics(Tree.with(["advice.yml": words]).check().diagnostics, [
            Expected("Alerts/advice.yml", 1, 7, .error, "invalid-id", message: ["`Never Share SMS Code` must be lowercase"], hint: ["write `never-share-sms-code`"]),
        ])
    }

    /// A malformed-input review (forty-first session): the English cues copied into a Chinese file passed without a word.
    @Test("a Chinese translation whose cues are all in Latin letters is a warning; one cue in Chinese is enough")
    func latinCuesInChinese() {
        let file = "types/fake-courier-compensation.zh.md"
        let latin = Tree.with([file: "---\nname: 冒充快递理赔\nsummary: 假理赔。\ncues: [{phrase: double compensation, weight: 3}, lost parcel]\n---\n正文。\n"]).check()
        expectDiagnostics(latin.diagnostics, [
            Expected("Alerts/" + file, 1, 1, .warning, "untranslated-cues", message: ["Latin letters"], hint: ["Chinese phrases", "{phrase: …, weight: 3}"]),
        ])
        expectClean(Tree.with([file: "---\nname: 冒充快递理赔\nsummary: 假理赔。\ncues: [{phrase: 双倍赔偿, weight: 3}, QQ群]\n---\n正文。\n"]).check())
    }

    /// A review (thirty-second session): the errors pointed at the anchor, where the list was right.
    @Test("a value given through an alias is told at the key that uses it, not at the anchor")
    func aliasedValue() {
        let result = check(caseFile(["title: Alias", "date: 2024-03-01", "scam_types: &picked [fake-courier-compensation]", "tactics: *picked"]))
        let wrong = result.diagnostics.filter { $0.severity == .error }
        #expect(!wrong.isEmpty && wrong.allSatisfy { $0.line == 5 && $0.message.contains("fake-courier-compensation") }, "\(result.diagnostics.map(\.formatted))")
    }

    /// A review (thirty-second session): the error was a missing comma on the next line.
    @Test("a `#` after a space inside `[…]` or `{…}` starts a comment that leaves the bracket open: the error is at the `#`", arguments: [
        ("channels: [phone, sms #and qq]", 23), ("loss: {amount: 4000, currency: CNY #yuan}", 36),
    ])
    func commentInFlow(_ line: String, _ column: Int) {
        expectDiagnostics(check(caseFile(["title: Comment", "date: 2024-03-01", line, "region: Wuhan"])).diagnostics, [
            Expected(Self.file, 4, column, .error, "yaml-syntax", message: ["starts a comment"], hint: ["in quotes"]),
        ])
    }

    @Test("an unclosed `[` or `{` is reported where it opens, not where YAML notices", arguments: [
        ("scam_types: [fake-courier-compensation", "["), ("loss: {amount: 4000, currency: CNY", "{"),
    ])
    func unclosedBracket(_ line: String, _ bracket: String) {
        let result = check(caseFile(["title: Open", "date: 2024-03-01", line, "region: Wuhan"]))
        let column = line.distance(from: line.startIndex, to: line.firstIndex { String($0) == bracket } ?? line.startIndex) + 1
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, column, .error, "yaml-syntax", message: ["`\(bracket)` here is never closed"]),
        ])
    }

    /// A malformed-input review (fifty-ninth session): a bracket left open inside another was "a missing comma", on
    /// the next line or at the outer bracket's close.
    @Test("a bracket left open inside another, or closed with the other sign, is reported where it opens", arguments: [
        ("channels: [phone, [sms]", 11, "`[` here is never closed with `]`", "after its last item"),
        ("loss: {amount: [5, currency: CNY}", 16, "`[` here is closed with `}`, not `]`", "before the `}`"),
        ("channels: [phone, {sms]", 19, "`{` here is closed with `]`, not `}`", "before the `]`"),
        ("channels: ['a [b', {sms]", 20, "`{` here is closed with `]`", "before the `]`"),
    ])
    func nestedUnclosedBracket(_ line: String, _ column: Int, _ message: String, _ hint: String) {
        expectDiagnostics(check(caseFile(["title: Open", "date: 2024-03-01", line, "region: Wuhan"])).diagnostics, [
            Expected(Self.file, 4, column, .error, "yaml-syntax", message: [message], hint: [hint]),
        ])
    }

    @Test("text after a value's closing quote or bracket is told as such, with the value quoted whole", arguments: [
        ("title: \"Lost parcel\" costs shopper", 22, "closing “\"”", "title: '\"Lost parcel\" costs shopper'"),
        ("title: [Alert] fake courier", 16, "closing “]”", "title: '[Alert] fake courier'"),
        ("title: 'Lost' parcel", 15, "closing “'”", "title: \"'Lost' parcel\""),
        // An apostrophe inside single quotes: the quotes were meant, the apostrophe ended them.
        ("title: 'It's a scam'", 12, "closing “'”", "title: \"It's a scam\""),
        ("title: 'It's \"free\"'", 12, "closing “'”", "title: 'It''s \"free\"'"),
        // …and so when no quote closes the value (a malformed-input review, fifty-ninth session: the hint kept the opening quote).
        ("title: 'It's a scam", 12, "closing “'”", "title: \"It's a scam\""),
        // Single quotes keep a backslash as written: the hint writes the quotes `\"` stood for.
        ("title: \"a \\\"b\\\" c\" d", 20, "reads only \"a \\\"b\\\" c\"", "title: '\"a \"b\" c\" d'"),
    ])
    func textAfterClosingQuote(_ line: String, column: Int, message: String, hint: String) {
        expectDiagnostics(check(caseFile([line, "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, column, .error, "yaml-syntax", message: ["`title` goes on after", message], hint: [hint]),
        ])
    }

    /// A malformed-input review (fifty-seventh session): quoted, two losses would be text, which `loss` is not.
    @Test("a mapping or a list with more after it is told what its key holds, not to be quoted", arguments: [
        ("loss: {amount: 7900, currency: CNY}, {amount: 100, currency: USD}", "`loss` holds one `{…}`"),
        ("tactics: [verification-code], [screen-sharing]", "`tactics` holds one list"),
    ])
    func structureAfterClosingBracket(_ line: String, hint: String) {
        let errors = check(caseFile(["title: T", "date: 2024-03-01", line])).diagnostics.filter { $0.code == "yaml-syntax" }
        #expect(errors.count == 1 && errors.first?.hint?.hasPrefix(hint) == true && errors.first?.hint?.contains("quotes") == false,
                "\(errors.map(\.formatted))")
    }

    @Test("a value that starts with a YAML sign (@, `, *, %, !) is told to be quoted", arguments: [
        ("title: @courier calls", "“@”", "title: \"@courier calls\""), ("region: *city", "“*”", "region: \"*city\""),
        ("region: `Wuhan`", "“`”", "region: \"`Wuhan`\""),
        // An editor's walk through the guide (thirty-third session): libyaml's own words before.
        ("title: *Urgent* fake courier calls", "“*”", "title: \"*Urgent* fake courier calls\""),
        ("title: & fake courier calls", "“&”", "title: \"& fake courier calls\""),
        ("title: - fake courier calls", "“-”", "title: \"- fake courier calls\""),
        ("title: > fake courier calls", "“>”", "title: \"> fake courier calls\""),
        ("title: | fake courier calls", "“|”", "title: \"| fake courier calls\""),
        // libyaml's "did not find expected whitespace or line break (while scanning a tag)" before.
        ("title: !!!紧急!!! 冒充客服", "“!”", "title: \"!!!紧急!!! 冒充客服\""),
    ])
    func valueStartsWithSign(_ line: String, sign: String, hint: String) {
        let lines = line.hasPrefix("title") ? [line, "date: 2024-03-01"] : ["title: Sign", "date: 2024-03-01", line]
        expectDiagnostics(check(caseFile(lines)).diagnostics, [
            Expected(Self.file, lines.count == 2 ? 2 : 4, line.hasPrefix("title") ? 8 : 9, .error, "yaml-syntax",
                     message: ["cannot start with \(sign) unquoted"], hint: [hint]),
        ])
    }

    /// A malformed-input review (fifty-seventh session): libyaml's own words for a list item.
    @Test("a list item that starts with a YAML sign is told to be quoted too", arguments: [
        ("  - @jd_refund_bot", "“@”", "- \"@jd_refund_bot\""), ("  - **** 5530", "“*”", "- \"**** 5530\""),
        ("  - `jd-refund.com`", "“`”", "- \"`jd-refund.com`\""), ("  - %E5%AE%A2", "“%”", "- \"%E5%AE%A2\""),
    ])
    func listItemStartsWithSign(_ line: String, sign: String, hint: String) {
        let lines = ["title: Sign", "date: 2024-03-01", "indicators:", line]
        expectDiagnostics(check(caseFile(lines)).diagnostics, [
            Expected(Self.file, 5, 5, .error, "yaml-syntax", message: ["list item cannot start with \(sign) unquoted"], hint: [hint]),
        ])
    }

    @Test("a value wrapped in typographic quotes is a warning with straight quotes to write; quotations inside a value are not", arguments: [
        ("region: “Riverside, Hubei”", 4, "region: \"Riverside, Hubei\""), ("region: 「江滨市江北区」", 4, "region: \"江滨市江北区\""),
        ("summary: ‘A fake call’", 4, "summary: \"A fake call\""),
    ])
    func typographicQuotes(_ line: String, _ number: Int, _ hint: String) {
        expectDiagnostics(check(caseFile(["title: Quotes", "date: 2024-03-01", line])).diagnostics, [
            Expected(Self.file, number, line.distance(from: line.startIndex, to: line.firstIndex(of: " ") ?? line.startIndex) + 2, .warning,
                     "typographic-quotes", message: ["typographic quotes"], hint: [hint]),
        ])
        expectClean(check(caseFile(["title: “双11”冒充“客服”来电", "date: 2024-03-01", "summary: \"“Riverside, Hubei”\""])))
    }

    /// A malformed-input review (sixty-second session): site.yml and its translations were not read for them.
    @Test("a site file's value wrapped in typographic quotes is a warning too")
    func typographicQuotesInSite() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "publisher: Test City Anti-Fraud Centre", with: "publisher: “Test City PSB”"))
        tree.set("site.zh.yml", "title: “测试城市反诈公告”\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", 5, 12, .warning, "typographic-quotes", hint: ["publisher: \"Test City PSB\""]),
            Expected("Alerts/site.zh.yml", 1, 8, .warning, "typographic-quotes", hint: ["title: \"测试城市反诈公告\""]),
        ])
    }

    /// A malformed-input review (fiftieth session): an item's hint took it out of its list, and a key's spoke of a value.
    @Test("an item in typographic quotes keeps its list in the hint; a key in them is told as a key")
    func typographicQuotesOnItemsAndKeys() {
        expectDiagnostics(check(caseFile(["title: Quotes", "date: 2024-03-01", "scam_types: [‘fake-courier-compensation’]", "“region”: Wuhan"])).diagnostics, [
            Expected(Self.file, 4, 14, .warning, "typographic-quotes", message: ["the value is wrapped in ‘…’"], hint: ["the item \"fake-courier-compensation\" (in its list)"]),
            Expected(Self.file, 4, 14, .error, "unknown-id", message: ["`‘fake-courier-compensation’`"]),
            Expected(Self.file, 5, 1, .warning, "typographic-quotes", message: ["the key is wrapped in “…”"], hint: ["write the key without them: region:"]),
            Expected(Self.file, 5, 1, .error, "unknown-key", message: ["`“region”`"]),
        ])
    }

    @Test("a colon in a value pasted with typographic quotes: the hint writes straight ones")
    func colonInTypographicQuotes() {
        expectDiagnostics(check(caseFile(["title: “Police warning: fake courier calls”", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, nil, .error, "yaml-syntax", message: ["typographic quotes"], hint: ["title: \"Police warning: fake courier calls\""]),
        ])
    }

    @Test("a closed `{` with a comma missing inside is reported at the gap, not at the bracket")
    func missingComma() {
        expectDiagnostics(check(caseFile(["title: Comma", "date: 2024-03-01", "loss: {amount: \"4000\" currency: CNY}"])).diagnostics, [
            Expected(Self.file, 4, 23, .error, "yaml-syntax", message: ["commas", "missing"]),
        ])
        expectDiagnostics(check(caseFile(["title: Comma", "date: 2024-03-01", "sources:", "  - {name: A B url: \"https://news.example.com/x\"}"])).diagnostics, [
            Expected(Self.file, 5, 19, .error, "yaml-syntax", message: ["commas", "missing"]),
        ])
    }

    /// A malformed-input review (sixty-second session): `{phrase: Note: deposit, weight: 2}` was "a comma missing".
    @Test("a value with a colon and a space inside `{…}` is told so, with the value quoted")
    func colonInFlowValue() {
        expectDiagnostics(check(caseFile(["title: Colon", "date: 2024-03-01", "sources:", "  - {name: Police: Chengdu, url: \"https://news.example.com/x\"}"])).diagnostics, [
            Expected(Self.file, 5, 12, .error, "yaml-syntax", message: ["value of `name` holds a colon and a space"], hint: ["name: \"Police: Chengdu\""]),
        ])
    }

    @Test("YAML merge keys, a second document, deep nesting and an empty YAML file are told in an editor's words")
    func yamlInWords() {
        expectDiagnostics(check(caseFile(["title: Merge", "date: 2024-03-01", "loss:", "  <<: {amount: 5}", "  currency: CNY"])).diagnostics, [
            Expected(Self.file, 5, 3, .error, "unknown-key", message: ["`<<`"], hint: ["amount, currency"]),
        ])
        expectDiagnostics(check(caseFile(["title: Deep", "date: 2024-03-01", "region: " + String(repeating: "[", count: 2000)])).diagnostics, [
            Expected(Self.file, 4, nil, .error, "yaml-syntax", message: ["nested too deep"]),
        ])
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let lines = advice.filter { $0 == "\n" }.count
        expectDiagnostics(Tree.with(["advice.yml": advice + "---\n- id: extra\n"]).check().diagnostics, [
            Expected("Alerts/advice.yml", lines + 1, 1, .error, "yaml-syntax", message: ["second `---`"], hint: ["remove the extra"]),
        ])
        expectDiagnostics(Tree.with(["advice.zh.yml": "\n"]).check().diagnostics, [
            Expected("Alerts/advice.zh.yml", 1, 1, .error, "empty-file", hint: ["delete it, or write its entries"]),
        ])
        // A review (thirty-second session): "delete it" for advice.yml led to "`advice.yml` is missing".
        let empty = Tree.with(["advice.yml": "\n"]).check().diagnostics.filter { $0.code == "empty-file" }
        #expect(empty.count == 1 && empty.allSatisfy { !($0.hint ?? "").contains("delete") && ($0.hint ?? "").contains("- {id:") }, "\(empty.map(\.formatted))")
    }

    // MARK: Found by a review of malformed input (twenty-fifth session)

    /// A malformed-input review (thirty-eighth session): "#1 takes money" was a warning, and the title published cut.
    @Test("` #` right before a word in a plain value is a YAML comment that cuts it: an error at the `#`")
    func hashCutsValue() throws {
        let result = check(caseFile(["title: Fake courier call #2 in Wuhan", "date: 2024-03-01", "region: Wuhan  # the city, a real comment"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 26, .error, "cut-by-comment", message: ["`#2 in Wuhan`", "“Fake courier call”"],
                     hint: ["title: \"Fake courier call #2 in Wuhan\""]),
        ])
        expectClean(check(caseFile(["title: \"Fake courier call #2 in Wuhan\"", "date: 2024-03-01"])))
        // A malformed-input review (thirty-fourth session): a list item is quoted after its dash.
        let item = check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "  - QQ group #58231"]))
        expectDiagnostics(item.diagnostics, [
            Expected(Self.file, 5, 14, .error, "cut-by-comment", message: ["`#58231`"], hint: ["the whole item in quotes: - \"QQ group #58231\""]),
        ])
    }

    /// A malformed-input review (forty-fourth session): `title: Fake recall call # 2 costs…` published "Fake recall call".
    @Test("` # ` right after a published text value cuts it too: a warning; after two spaces or a tab, a setting, a list or on a line of its own it is a note")
    func spacedCommentCutsText() {
        let result = check(caseFile(["title: Fake recall call # 2 costs 48,000 yuan", "date: 2024-03-01", "region: Beijing # Chaoyang", "indicators:", "  - Caller 0755-1234 # mobile"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 25, .warning, "cut-by-comment", message: ["`# 2 costs 48,000 yuan`", "“Fake recall call”"],
                     hint: ["title: \"Fake recall call # 2 costs 48,000 yuan\"", "two spaces before the `#`"]),
            Expected(Self.file, 4, 17, .warning, "cut-by-comment", message: ["`# Chaoyang`", "“Beijing”"]),
            Expected(Self.file, 6, 22, .warning, "cut-by-comment", message: ["`# mobile`"], hint: ["- \"Caller 0755-1234 # mobile\""]),
        ])
        expectClean(check(caseFile(["title: Fake recall call  # two spaces: a note", "# a note on a line of its own", "date: 2024-03-01 # the day we publish",
                                    "channels: [phone, sms] # both", "draft: false # not yet", "region: Beijing #", "summary: Calls\t# a tab: a note"])))
    }

    /// A malformed-input review (fifty-ninth session): "found text `true`" for `true` with a zero-width space after it.
    @Test("an invisible character or a look-alike hyphen that spoils a value is shown as its code point in the message")
    func invisibleInValues() {
        let found = check(caseFile(["title: Invisible", "date: 2024-03-01", "draft: true\u{200B}", "loss: {amount: 5000\u{200B}, currency: CN\u{200B}Y}",
                                    "campaigns: [double\u{2011}11]"])).diagnostics
        for shown in ["`true\\u{200B}`", "`5000\\u{200B}`", "`CN\\u{200B}Y`", "`double\\u{2011}11`"] {
            #expect(found.contains { $0.message.contains(shown) }, "\(shown): \(found.map(\.formatted))")
        }
        // A dash in Chinese text is the text's own.
        #expect(YAMLReader.visible("冒充——诈骗") == "冒充——诈骗")
    }

    /// A malformed-input review (fifty-ninth session): ids without a comma between them, and a type's name, were "unknown" with a list of all.
    @Test("ids written without commas, and a scam type or tactic written by its name, are told what to write", arguments: [
        ("scam_types: [fake-courier-compensation verification-code]", "2 ids without a comma", "[fake-courier-compensation, verification-code]"),
        ("channels: [phone sms]", "unknown channel", "separate the channels with commas, [phone, sms], or write one `- ` line for each"),
        ("scam_types: [Fake courier compensation]", "unknown scam type", "did you mean `fake-courier-compensation`?"),
        ("tactics: [Asking for a verification code]", "unknown tactic", "did you mean `verification-code`?"),
    ])
    func idsWrittenOtherwise(_ line: String, _ message: String, _ hint: String) {
        let found = check(caseFile(["title: Ids", "date: 2024-03-01", line])).diagnostics
        #expect(found.count == 1 && found.first?.message.contains(message) == true && found.first?.hint?.contains(hint) == true, "\(found.map(\.formatted))")
    }

    /// The same review: keys lined up with no mapping above them were libyaml's words, "did not find expected key".
    @Test("a key lined up with an item's dash, or between two mappings' columns, is told which column to start it at", arguments: [
        (["sources:", "  - name: City Police", "  url: \"https://police.example.gov/notice/123\""], 6, 3, "`url` starts under the `-`", "under `name:` (column 5)"),
        (["loss:", "    amount: 4000", "  currency: CNY"], 6, 3, "`currency` is indented 2 spaces, and `amount` above it 4", "indent `currency` by 4 spaces"),
    ])
    func misalignedKeys(_ lines: [String], _ line: Int, _ column: Int, _ message: String, _ hint: String) {
        expectDiagnostics(check(caseFile(["title: Keys", "date: 2024-03-01"] + lines)).diagnostics, [
            Expected(Self.file, line, column, .error, "yaml-syntax", message: [message], hint: [hint]),
        ])
    }

    /// The same review: digits past what a whole number holds were "not written in digits".
    @Test("a whole number too large to read is told so, with the numbers the key takes; an amount is echoed as written")
    func numbersTooLarge() {
        var tree = Tree()
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        tree.set("types/fake-courier-compensation.md", type.replacingOccurrences(of: "{phrase: lost parcel, weight: 3}", with: "{phrase: lost parcel, weight: 99999999999999999999}"))
        let weight = tree.check().diagnostics.filter { $0.code == "out-of-range" }
        #expect(weight.count == 1 && weight.first?.message.contains("`weight` has too many digits") == true && weight.first?.hint == "write a number between 1 and 10",
                "\(weight.map(\.formatted))")
        let amount = check(caseFile(["title: T", "date: 2024-03-01", "loss: {amount: 123456789012345678901234567890123456789012, currency: CNY}"])).diagnostics
        #expect(amount.count == 1 && amount.first?.message.contains("(123456789012345678901234567890123456789012)") == true, "\(amount.map(\.formatted))")
        // (Sixty-second session) past what a decimal holds, an amount was "not a plain number".
        let huge = check(caseFile(["title: T", "date: 2024-03-01", "loss: {amount: 1\(String(repeating: "0", count: 198)), currency: CNY}"])).diagnostics
        #expect(huge.count == 1 && huge.first?.code == "out-of-range" && huge.first?.message.contains("too many digits to be read as a number (199 digits") == true,
                "\(huge.map(\.formatted))")
    }

    /// A malformed-input review (fifty-ninth session): each hint kept the wrong sign or told the wrong fix.
    @Test("a dash that is not YAML's, a full-width space before a dash and a list item on its key's line are told as they are", arguments: [
        (["channels:", "  - phone", "  \u{2013} sms"], 6, 3, "`–` (U+2013) is not a list's dash", "write `- sms`"),
        // (Sixty-second session) before a mapping or a list, which YAML then reads as a value of its own and fails inside.
        (["sources:", "  \u{2013} {name: A, url: x}"], 5, 3, "`–` (U+2013) is not a list's dash", "write `- {name: A, url: x}`"),
        (["sources:", "  \u{2013} name: A", "    url: https://news.example.com/x"], 5, 3, "`–` (U+2013) is not a list's dash", "write `- name: A`"),
        (["channels:", "  - phone", "  \u{2014} [sms]"], 6, 3, "`—` (U+2014) is not a list's dash", "write `- [sms]`"),
        (["channels:", "- phone", "\u{3000}- sms"], 6, 1, "starts with a full-width space (U+3000)", "ASCII spaces"),
        (["channels:", "  \u{FF0D}phone"], 5, 3, "must be a list", "channels: [phone]"),
        (["channels: - phone"], 4, 11, "cannot start with “-”", "channels: [phone]"),
        (["channels: - phone - sms"], 4, 11, "cannot start with “-”", "channels: [phone, sms]"),
    ])
    func listDashes(_ lines: [String], _ line: Int, _ column: Int, _ message: String, _ hint: String) {
        let found = check(caseFile(["title: Dashes", "date: 2024-03-01"] + lines)).diagnostics
        #expect(found.count == 1 && found.first.map { "\($0.line):\($0.column ?? 0)" } == "\(line):\(column)"
                    && found.first?.message.contains(message) == true && found.first?.hint?.contains(hint) == true
                    && found.first?.hint?.contains("\"") == false, "\(found.map(\.formatted))")
    }

    /// A malformed-input review (fifty-ninth session): a byte order mark took a column on line 1 of a `.yml` file, and a
    /// lone CR was a line break to YAML's errors but not to the body's, in a file whose front matter does not read.
    @Test("a byte order mark takes no column, and a lone CR is one line break, in every error of a file, and a warning among other line ends")
    func byteOrderMarkAndLoneCR() {
        var tree = Tree()
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        tree.set("advice.yml", bytes: [0xEF, 0xBB, 0xBF] + Array(("- {id: call-first, kind: do, priority: 9, text: \"Call 13812345678 first.\"}\n" + advice).utf8))
        #expect(tree.check().diagnostics.filter { $0.code == "personal-data" }.map { "\($0.line):\($0.column ?? 0)" } == ["1:55"])
        tree = Tree()
        tree.set("cases/x.md", "---\ntitle: Test case # note\rmore note\ndate: 2024-03-01\n---\nShe called 13812345678 back.\n")
        let found = tree.check().diagnostics
        #expect(found.contains { $0.code == "yaml-syntax" && $0.line == 3 }, "\(found.map(\.formatted))")
        #expect(found.filter { $0.code == "personal-data" }.map { "\($0.line):\($0.column ?? 0)" } == ["6:12"], "\(found.map(\.formatted))")
        // The lone CR is told, where it is; a file of CRLF lines, or of CR lines alone, has no such warning.
        #expect(found.filter { $0.code == "line-ending" }.map { "\($0.line):\($0.column ?? 0)" } == ["2:24"], "\(found.map(\.formatted))")
        for ending in ["\r\n", "\r"] {
            tree.set("cases/x.md", ["---", "title: Test case", "date: 2024-03-01", "---", "A call."].joined(separator: ending) + ending)
            #expect(!tree.check().diagnostics.contains { $0.code == "line-ending" })
        }
    }

    /// A malformed-input review (fifty-ninth session): `[a, b] #both?` was an error per item that said the value was only
    /// its last item, with a hint to quote the list; `Wuhan  #TODO` after two spaces was an error too.
    @Test("a comment after a closed `[…]` or `{…}`, or after two spaces, cuts nothing: no diagnostic")
    func commentAfterFlowOrTwoSpaces() {
        expectClean(check(caseFile(["title: Notes", "date: 2024-03-01", "scam_types: [fake-courier-compensation] #sure?", "channels: [phone, sms] #both?", "tactics: []  #note",
                                    "loss: {amount: 5000, currency: CNY} #approx", "region: Wuhan  #TODO district", "summary: Calls\t#a tab"])))
        // A `#` right after an item inside the brackets still leaves the bracket open.
        expectDiagnostics(check(caseFile(["title: Notes", "date: 2024-03-01", "channels: [phone #1, sms]"])).diagnostics, [
            Expected(Self.file, 4, 18, .error, "yaml-syntax", message: ["starts a comment"]),
        ])
    }

    /// A second review (sixty-first session): `region: 武汉　#区不详` published the note, a full-width space before its `#`.
    @Test("a `#` after a full-width or no-break space is text to YAML: a warning at the space that the note is published")
    func hashAfterFullWidthSpace() {
        expectDiagnostics(check(caseFile(["title: Notes", "date: 2024-03-01", "region: 武汉\u{3000}#区不详", "summary: A call\u{A0}#1."])).diagnostics, [
            Expected(Self.file, 4, 11, .warning, "comment-as-text", message: ["full-width space (U+3000)", "`region` is published with it"]),
            Expected(Self.file, 5, 16, .warning, "comment-as-text", message: ["no-break space (U+00A0)", "`summary`"]),
        ])
    }

    /// A malformed-input review (forty-sixth session): a summary wrapped onto a second line published only
    /// the words before a ` # ` there, without a word.
    @Test("a comment on a later line of a wrapped value cuts it there too: told at that line's `#`; a note after two spaces is not")
    func commentOnWrappedLine() {
        let result = check(caseFile(["title: Fake courier call", "  about parcel #2 in Wuhan", "date: 2024-03-01",
                                     "summary: A caller posing as support,", "", "  said the order failed # twice over", "region: Beijing",
                                     "indicators:", "  - Caller from", "    0755-1234 # mobile"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 3, 16, .error, "cut-by-comment", message: ["`#2 in Wuhan`", "“Fake courier call about parcel”"],
                     hint: ["title: \"Fake courier call about parcel #2 in Wuhan\""]),
            Expected(Self.file, 7, 25, .warning, "cut-by-comment", message: ["`# twice over`", "said the order failed”"], hint: ["two spaces before the `#`"]),
            Expected(Self.file, 11, 15, .warning, "cut-by-comment", message: ["`# mobile`"], hint: ["- \"Caller from 0755-1234 # mobile\""]),
        ])
        expectClean(check(caseFile(["title: Fake courier call", "  about parcel  # a note after two spaces", "date: 2024-03-01",
                                    "summary: Wrapped over", "  three lines, with C# and", "  a#b in it", "region: Beijing"])))
    }

    /// A malformed-input review (forty-seventh session): a Chinese summary wrapped onto a second line was published
    /// with a space where the line broke (`以包裹压坏为由 拉进QQ群`).
    @Test("a Chinese value wrapped over lines is joined without the space YAML reads a line break as; Latin words keep theirs")
    func chineseWrappedValue() throws {
        let result = check(caseFile(["title: >", "  冒充快递客服", "  骗走4000元", "date: 2024-03-01",
                                     "summary: 一名市民接到冒充快递客服的电话，对方以包裹压坏为由", "  拉进QQ群，随后", "  QQ group scam 被骗。",
                                     "region: 湖北 武汉"], body: ["快递理赔诈骗。"]), at: "cases/x.zh.md")
        let entry = try #require(result.enrichedCase("x", lang: "zh")?.entry, "\(result.diagnostics.map(\.formatted))")
        #expect(entry.title == "冒充快递客服骗走4000元")
        #expect(entry.summary == "一名市民接到冒充快递客服的电话，对方以包裹压坏为由拉进QQ群，随后 QQ group scam 被骗。")
        #expect(entry.region == "湖北 武汉", "a space typed inside a line stays")
    }

    /// A review of the session's changes (forty-eighth session): `summary: |` published `声音⏎给` in the page's lead
    /// (a space in browsers) and `声音 给` in the feed.
    @Test("a title or summary in a literal block (`|`) is one run of words: its lines joined, without a space between Chinese characters")
    func literalBlockSummary() throws {
        let result = check(caseFile(["title: |", "  冒充快递客服", "  骗走4000元", "date: 2024-03-01",
                                     "summary: |", "  骗子用AI模仿孙子的声音", "  给老人打电话。", "  Then she paid."], body: ["快递理赔诈骗。"]), at: "cases/x.zh.md")
        let entry = try #require(result.enrichedCase("x", lang: "zh")?.entry, "\(result.diagnostics.map(\.formatted))")
        #expect(entry.title == "冒充快递客服骗走4000元")
        #expect(entry.summary == "骗子用AI模仿孙子的声音给老人打电话。 Then she paid.")
    }

    /// A malformed-input review (forty-fourth session): `**Always**` in advice and `<b>half</b>` in a title were printed as written, without a word.
    @Test("Markdown or HTML in a plain-text value is a warning; stars, brackets and angle brackets that are no markup are not")
    func markupInPlainText() {
        let result = check(caseFile(["title: \"Camera at <b>half</b> the price\"", "date: 2024-03-01", "summary: \"**Always** call the bank\"",
                                     "region: \"See [the map](https://map.example/x)\""]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 8, .warning, "markdown-in-text", message: ["`title`", "`<b>`", "HTML"]),
            Expected(Self.file, 4, 10, .warning, "markdown-in-text", message: ["`summary`", "`**`", "Markdown"]),
            Expected(Self.file, 5, 9, .warning, "markdown-in-text", message: ["`region`", "`](`"]),
        ])
        expectClean(check(caseFile(["title: \"Refund of 1 < 2 yuan, <Agent> calls, 3*4 codes, Don`t pay\"", "date: 2024-03-01",
                                    "summary: \"[Update] a *new* wave: 尾号****8988的收款卡，验证码______处\"",
                                    "indicators: [\"WeChat lucky__88__\"]"])))
    }

    /// A malformed-input review (forty-seventh session): `&amp;` in a title and `"D:\new"` were published as written, and as a line break.
    @Test("a character reference in a plain-text value, and a line break or tab a backslash wrote in double quotes, are warnings")
    func referencesAndEscapesInText() {
        let result = check(caseFile(["title: Fake refund &amp; compensation&nbsp;call", "date: 2024-03-01", "summary: \"The trojan sat in D:\\new and C:\\temp\"",
                                     "region: \"Wuhan\\tHubei\""]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 8, .warning, "markdown-in-text", message: ["`&amp;`", "not HTML"], hint: ["the character itself"]),
            Expected(Self.file, 4, 10, .warning, "escaped-break", message: ["`summary`", "line break", "`\\n`"], hint: ["twice", "single quotes"]),
            Expected(Self.file, 5, 9, .warning, "escaped-break", message: ["`region`", "tab"]),
        ])
        expectClean(check(caseFile(["title: 'The trojan in D:\\new'", "date: 2024-03-01", "summary: \"Paths like D:\\\\new, AT&T and R&D; &c\"",
                                    "region: \"Line one\\u0020and more\""])))
    }

    /// A malformed-input review (forty-fourth session): `%YAML 1.2` was told as a missing document start, a line late.
    @Test("a YAML directive in front matter is an error at its own line")
    func yamlDirective() {
        expectDiagnostics(check("---\n%YAML 1.2\ntitle: T\ndate: 2024-03-01\n---\nBody.\n").diagnostics, [
            Expected(Self.file, 2, 1, .error, "yaml-syntax", message: ["`%YAML 1.2`", "directive"], hint: ["delete the line"]),
        ])
    }

    @Test("`draft:` with nothing after it is an error, not a published case")
    func emptyDraft() {
        expectDiagnostics(check(caseFile(["title: Empty draft", "date: 2024-03-01", "draft:"])).diagnostics, [
            Expected(Self.file, 4, 1, .error, "missing-value", message: ["`draft` has no value"]),
        ])
    }

    @Test("a year before 1900 is a typing error", arguments: ["0224-03-01", "1582-10-10", "0000-01-01", "1899-12-31"])
    func implausibleYear(_ date: String) {
        expectDiagnostics(check(caseFile(["title: Old", "date: \(date)"])).diagnostics, [
            Expected(Self.file, 3, 7, .error, "invalid-date", message: ["typing error"]),
        ])
    }

    @Test("a date more than a year after the clock is a warning: the case would stay hidden without a word; a nearer one is not")
    func farFutureDate() {
        expectDiagnostics(check(caseFile(["title: Typo", "date: 2205-03-01"])).diagnostics, [
            Expected(Self.file, 3, 7, .warning, "far-future", message: ["2205-03-01", "more than a year"]),
        ])
        // The clock is 2024-11-20: a case scheduled for the next new year is no typo.
        expectClean(check(caseFile(["title: Scheduled", "date: 2025-01-01"])))
    }

    /// A malformed-input review (fortieth session): SOURCE_DATE_EPOCH left at 1980 by a build environment gave one
    /// "more than a year after the build clock" warning per case, and the build published nothing.
    @Test("a clock more than a year before every case is one warning that names the clock, not one per case")
    func clockBehindEveryCase() {
        var tree = Tree()
        tree.set("cases/second.md", caseFile(["title: Second", "date: 2024-05-01"]))
        tree.set("cases/third.md", caseFile(["title: Third", "date: 2024-06-01"]))
        let stale = tree.check(clock: .day(LocalDay(year: 1980, month: 1, day: 1))).diagnostics.filter { $0.code == "far-future" }
        #expect(stale.count == 1, "\(stale.map(\.formatted))")
        #expect(stale.first?.message.contains("the build clock (1980-01-01) is more than a year before the date of every case") == true
                && stale.first?.hint?.contains("SOURCE_DATE_EPOCH") == true, "\(stale.map(\.formatted))")
    }

    @Test("a quote left open is reported where it opens, not where the front matter ends")
    func unclosedQuote() {
        expectDiagnostics(check(caseFile(["title: \"Unclosed quote", "date: 2024-03-01", "region: Wuhan"])).diagnostics, [
            Expected(Self.file, 2, 8, .error, "yaml-syntax", message: ["never closed"]),
        ])
    }

    @Test("a broken site.yml or advice.yml is one error, not one for every file that names a language or an advice id")
    func noCascade() {
        #expect(Tree.with(["advice.yml": "[]\n"]).check().diagnostics.map(\.code) == ["missing-value"])
        // (Sixty-second session) one line an item, `id: text`, was told to be "a list: `[a, b]`", which gave four errors an item.
        expectDiagnostics(Tree.with(["advice.yml": "never-share-sms-code: Never tell anyone an SMS code.\nkeep-evidence: Keep the evidence.\n"]).check().diagnostics, [
            Expected("Alerts/advice.yml", 1, 1, .error, "wrong-type", message: ["`advice.yml` is a list of items", "found `never-share-sms-code: Never tell anyone an SMS…`"],
                     hint: ["`- id: never-share-sms-code` then `  priority: 1` and `  text: …`"]),
        ])
        expectDiagnostics(Tree.with(["advice.yml": "id: keep-evidence\npriority: 1\ntext: Keep the evidence.\n"]).check().diagnostics, [
            Expected("Alerts/advice.yml", 1, 1, .error, "wrong-type", message: ["even of one"], hint: ["write `- id: …`"]),
        ])
        var site = Tree()
        site.set("site.yml", String(decoding: site.files["Alerts/site.yml"] ?? Data(), as: UTF8.self) + "title: Twice\n")
        site.set("cases/base-case.zh.md", caseFile(["title: 译文", "date: 2024-03-01"]))
        #expect(site.check().diagnostics.map(\.code) == ["duplicate-key"], "\(site.check().diagnostics.map(\.formatted))")
        var advice = Tree()
        advice.set("advice.yml", "- id: never-share-sms-code\n  text: \"open\n  priority: 1\n")
        #expect(advice.check().diagnostics.map(\.code) == ["yaml-syntax"], "\(advice.check().diagnostics.map(\.formatted))")
        // A review (thirty-second session): an error in one entry hid the translation's errors until it was fixed.
        var entry = Tree()
        let library = String(decoding: entry.files["Alerts/advice.yml"] ?? Data(), as: UTF8.self)
        entry.set("advice.yml", library + "- {id: extra-advice, kind: maybe, priority: 9, text: Extra.}\n")
        entry.set("advice.zh.yml", String(decoding: entry.files["Alerts/advice.zh.yml"] ?? Data(), as: UTF8.self) + "- {id: no-such-advice, text: 不存在}\n")
        let codes = entry.check().diagnostics.filter { $0.severity == .error }.map { "\($0.file) \($0.code)" }
        #expect(codes == ["Alerts/advice.yml invalid-value", "Alerts/advice.zh.yml unknown-id"], "\(entry.check().diagnostics.map(\.formatted))")
    }

    @Test("a translation of a type or campaign that restates its advice, window, focus or flyer differently gets a warning")
    func taxonomyTranslationsDiffer() {
        let result = Tree.with([
            "types/fake-courier-compensation.zh.md": "---\nname: 冒充快递理赔\nadvice: [never-share-sms-code]\nsummary: 骗子冒充快递客服。\n---\n",
            "campaigns/double-11.zh.md": "---\ntitle: 双11预警\nwindow: {start: \"01-01\", end: \"12-31\"}\nfocus: [fake-courier-compensation]\nflyer: {papers: [a5]}\nheadline: 不要点链接\n---\n",
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/campaigns/double-11.zh.md", 3, 1, .warning, "translation-differs", message: ["`window`"]),
            Expected("Alerts/campaigns/double-11.zh.md", 5, 1, .warning, "translation-differs", message: ["`flyer`"]),
            Expected("Alerts/types/fake-courier-compensation.zh.md", 3, 1, .warning, "translation-differs", message: ["`advice`"]),
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated-cues", message: ["no `cues`"]),
        ])
    }

    /// A review (thirtieth session): a type translation without `name`, a campaign's without
    /// `headline`, and no site.zh.yml at all printed English on Chinese pages and flyers, unwarned.
    @Test("a translation without the words pages and flyers show, or a language without its site file, is an untranslated warning")
    func untranslatedWords() throws {
        var tree = Tree()
        tree.set("types/fake-courier-compensation.zh.md", "---\nsummary: 骗子冒充快递客服。\n---\n")
        tree.set("campaigns/double-11.zh.md", "---\ntitle: 双11预警\n---\n")
        tree.remove("site.zh.yml")
        tree.remove("advice.zh.yml")
        let siteLines = String(decoding: tree.files["Alerts/site.yml"] ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let languagesLine = (siteLines.firstIndex { $0.hasPrefix("languages:") } ?? 0) + 1
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/advice.yml", 0, 0, .warning, "untranslated", message: ["`advice.zh.yml` is missing", "all 3 pieces of advice in `en`"], hint: ["- {id: …, text: …}"]),
            Expected("Alerts/campaigns/double-11.zh.md", 1, 1, .warning, "untranslated", message: ["no `headline`", "show the original's"]),
            Expected("Alerts/site.yml", languagesLine, nil, .warning, "untranslated", message: ["no `site.zh.yml`"]),
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated", message: ["no `name`"]),
            Expected("Alerts/types/fake-courier-compensation.zh.md", 1, 1, .warning, "untranslated-cues", message: ["no `cues`"]),
        ])
        // What is left out is shown in the default language, and known as such (pages mark it with `lang`).
        let editions = try #require(result.bulletin?.editions)
        let zh = try #require(editions.first { $0.lang == "zh" }).edition
        let en = try #require(editions.first { $0.lang == "en" }).edition
        let type = try #require(zh.term(.scamType, "fake-courier-compensation"))
        #expect(type.untranslated.contains(.name) && !type.untranslated.contains(.summary))
        let campaign = try #require(zh.campaigns.first { $0.id == "double-11" })
        #expect(campaign.untranslated.contains(.headline) && !campaign.untranslated.contains(.title))
        #expect(en.term(.scamType, "fake-courier-compensation")?.untranslated == [] && en.campaigns.allSatisfy { $0.untranslated == [] })
    }

    /// An editor's review (thirty-fourth session): a Chinese bulletin that added English cases got
    /// English pages and flyers whose types, tactics, campaigns and advice were all Chinese, without a word.
    @Test("a language with cases but no scam type, tactic or campaign translated into it is one warning at its place in `languages`")
    func nothingTranslated() throws {
        var tree = Tree()
        tree.remove("types/fake-courier-compensation.zh.md")
        let siteLines = String(decoding: tree.files["Alerts/site.yml"] ?? Data(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let languagesLine = (siteLines.firstIndex { $0.hasPrefix("languages:") } ?? 0) + 1
        // No case in Chinese: the Chinese pages list none, and nothing to warn of.
        expectClean(tree.check())
        tree.set("cases/zh-case.zh.md", caseFile(["title: 中文案例", "date: 2024-03-01", "region: 成都"], body: ["对方冒充快递客服。"]))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", languagesLine, nil, .warning, "untranslated",
                     message: ["no scam type, tactic or campaign is translated into `zh`", "all 3 of them in `en`"], hint: ["types/<id>.zh.md"]),
        ])
        // One translated file is a start: the others are then named one by one.
        tree.set("campaigns/double-11.zh.md", "---\ntitle: 双11预警\nheadline: 没有人会打电话给你赔钱。\n---\n正文。\n")
        #expect(!tree.check().diagnostics.contains { $0.message.contains("no scam type, tactic or campaign") })
    }

    @Test("the base fixture itself checks clean")
    func baseIsClean() {
        let result = Tree().check()
        expectClean(result)
        #expect(result.bulletin?.editions.map(\.lang) == ["en", "zh"])
        #expect(result.enrichedCase("base-case")?.status == .published)
    }

    // MARK: Unknown keys

    @Test("unknown case key, with a did-you-mean hint")
    func unknownKey() {
        let result = check(caseFile([
            "title: Phone call about a parcel",   // 2
            "date: 2024-03-01",                    // 3
            "scam_type: [fake-courier-compensation]", // 4
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`scam_type`"], hint: ["did you mean `scam_types`?"]),
        ])
    }

    @Test("unknown key inside a nested mapping: one error, whose hint names the required key it was meant to be")
    func unknownNestedKey() {
        let result = check(caseFile([
            "title: Loss typo",    // 2
            "date: 2024-03-01",    // 3
            "loss:",               // 4
            "  amount: 100",       // 5
            "  currencyy: CNY",    // 6
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 6, 3, .error, "unknown-key", message: ["`currencyy`"], hint: ["did you mean `currency`?"]),
        ])
    }

    @Test("a misspelt title in a case is one error, with the hint, not also a missing title")
    func misspeltCaseTitle() {
        expectDiagnostics(check(caseFile(["titel: A call", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 1, .error, "unknown-key", message: ["`titel`"], hint: ["did you mean `title`?"]),
        ])
    }

    @Test("unknown key in a scam type file: one error for a misspelt required key")
    func unknownKeyInType() {
        let result = check("""
            ---
            name: Fake courier compensation
            summary: A caller offers compensation for a lost parcel.
            advice: [call-110-96110]
            cue: [lost parcel]
            ---
            Body.
            """, at: "types/fake-courier-compensation.md")
        let file = "Alerts/types/fake-courier-compensation.md"
        expectDiagnostics(result.diagnostics, [
            Expected(file, 5, 1, .error, "unknown-key", message: ["`cue`"], hint: ["did you mean `cues`?"]),
        ])
    }

    // MARK: Missing required keys

    @Test("missing title")
    func missingTitle() {
        let result = check(caseFile(["date: 2024-03-01"]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, 1, .error, "missing-key", message: ["`title`"])])
    }

    @Test("missing date")
    func missingDate() {
        let result = check(caseFile(["title: No date"]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, 1, .error, "missing-key", message: ["`date`"])])
    }

    @Test("a translation that says `draft: false` of an original that is a draft is warned of; a draft translation of a published original is not")
    func translationOfDraft() {
        let published = Tree.with(["cases/x.md": caseFile(["title: Draft", "date: 2024-03-01", "draft: true"]),
                                   "cases/x.zh.md": caseFile(["title: 草稿", "draft: false"], body: ["警方正在调查。"])]).check()
        expectDiagnostics(published.diagnostics, [
            Expected("Alerts/cases/x.zh.md", 3, 1, .warning, "translation-differs", message: ["`draft: false`", "draft"]),
        ])
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Out", "date: 2024-03-01"]),
                               "cases/x.zh.md": caseFile(["title: 草稿", "draft: true"], body: ["警方正在调查。"])]).check())
    }

    @Test("an original without a date has the error; its translation, which inherits the date, has none of its own")
    func missingDateInOriginalOnly() {
        let result = Tree.with(["cases/x.md": caseFile(["title: No date"]), "cases/x.zh.md": caseFile(["title: 没有日期"], body: ["警方正在调查。"])]).check()
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, 1, .error, "missing-key", message: ["`date`"])])
    }

    @Test("missing title and date: both reported")
    func missingTitleAndDate() {
        let result = check(caseFile(["region: Wuhan"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 1, 1, .error, "missing-key", message: ["`title`"]),
            Expected(Self.file, 1, 1, .error, "missing-key", message: ["`date`"]),
        ])
    }

    @Test("missing required key in site.yml")
    func missingSiteKey() {
        var tree = Tree()
        tree.set("site.yml", """
            title: Test City Anti-Fraud Bulletin
            base_url: https://alerts.example.org
            languages: [en, zh]
            publisher: Test City Anti-Fraud Centre
            hotlines:
              - {label: Police, number: "110"}
            report_url: https://alerts.example.org/report/
            """)
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/site.yml", 1, 1, .error, "missing-key", message: ["`timezone`"], hint: ["add a line such as `timezone: Asia/Shanghai`"]),
        ])
        #expect(result.bulletin == nil, "without a time zone there is nothing to build")
    }

    // MARK: Wrong value types

    @Test("title: 123 is a number, not text — one diagnostic, at the value")
    func titleIsNumber() {
        let result = check(caseFile(["title: 123", "date: 2024-03-01"]))
        // The key is present, so a second "missing required key `title`" would be false.
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 2, 8, .error, "wrong-type", message: ["`title`", "a number"], hint: ["quotes"]),
        ])
    }

    @Test("draft: \"yes\" is text, not a boolean")
    func draftIsText() {
        let result = check(caseFile(["title: Draft", "date: 2024-03-01", "draft: \"yes\""]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 8, .error, "wrong-type", message: ["`draft`", "true or false", "`yes`"]),
        ])
    }

    @Test("loss.amount written as text")
    func amountIsText() {
        let result = check(caseFile(["title: Amount", "date: 2024-03-01", "loss: {amount: 4000 yuan, currency: CNY}"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 16, .error, "wrong-type", message: ["`amount`", "number", "`4000 yuan`"], hint: ["digits"]),
        ])
    }

    @Test("scam_types as a scalar instead of a list")
    func tagsAsScalar() {
        let result = check(caseFile(["title: Tags", "date: 2024-03-01", "scam_types: fake-courier-compensation"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 13, .error, "wrong-type", message: ["`scam_types`", "must be a list"],
                     hint: ["scam_types: [fake-courier-compensation]"]),
        ])
    }

    /// `[phone、wechat]` was "unknown channel" with the list of channels, and `tactics: a，b` "must be a list" with `[a, b]`.
    @Test("channels joined by Chinese commas, and ids on one line where a list belongs, get the list to write", arguments: [
        ("channels: [phone、wechat]", 12, "unknown-id", "separate the channels with `,` (a comma typed in English): phone, wechat"),
        ("tactics: screen-sharing，verification-code", 10, "wrong-type", "tactics: [screen-sharing, verification-code]"),
        ("campaigns: 618", 12, "wrong-type", "campaigns: [618]"),
    ])
    func joinedIDs(line: String, column: Int, code: String, hint: String) {
        let result = check(caseFile(["title: Tags", "date: 2024-03-01", line]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 4, column, .error, code, message: [], hint: [hint])])
    }

    /// A malformed-input review (forty-eighth session): `[400-812-3456](tel:4008123456)`, a scammer's number,
    /// was a link a reader could call with one tap.
    @Test("a tel: link is a link only to one of the site's hotlines; another shows its words, with a warning")
    func phoneLinks() throws {
        let result = check(caseFile(["title: Calls", "date: 2024-03-01"],
                                    body: ["The scammer called from [400-812-3456](tel:4008123456); call [the hotline](tel:96110), not [](tel:+86-400-812-3456).",
                                           "", "[Police](tel:+86-110) and [hotline](tel:008696110) are the site's too."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 40, .warning, "untrusted-link", message: ["`tel:4008123456`", "hotlines"]),
            Expected(Self.file, 5, 95, .warning, "untrusted-link", message: ["`tel:+86-400-812-3456`"]),
        ])
        let html = try #require(result.enrichedCase("x")?.entry.bodyHTML)
        #expect(html.contains("called from 400-812-3456; call <a href=\"tel:96110\">the hotline</a>, not 4008123456."), "\(html)")
        #expect(html.contains("<a href=\"tel:+86-110\">Police</a> and <a href=\"tel:008696110\">hotline</a>"), "\(html)")
    }

    /// A malformed-input review (forty-eighth session): `标题:` and `日期:` were unknown keys with the list of keys,
    /// `campaigns: [双11]` was "did you mean `618`?" and a source's `date` "did you mean `name`?".
    @Test("a key written in Chinese is told its English name; a short word is offered no word two letters away")
    func keyNamesAndShortWords() {
        let chinese = check(caseFile(["标题: 冒充客服", "date: 2024-03-01", "title: T", "来源: []"]))
        expectDiagnostics(chinese.diagnostics, [
            Expected(Self.file, 2, 1, .error, "unknown-key", message: ["`标题`"], hint: ["did you mean `title`?"]),
            Expected(Self.file, 5, 1, .error, "unknown-key", message: ["`来源`"], hint: ["did you mean `sources`?"]),
        ])
        #expect(Suggest.nearest("date", in: ["name", "url"]) == nil && Suggest.nearest("双11", in: ["618", "double-11"]) == nil)
        #expect(Suggest.nearest("titel", in: ["title"]) == "title" && Suggest.nearest("urk", in: ["url", "name"]) == "url")
    }

    /// A malformed-input review (forty-eighth session): a full-width space after `title:` was "mapping values are
    /// not allowed" on the next line; keys indented with them were "unknown key `\u{3000}\u{3000}amount`"; a date
    /// with a zero-width space after it was shown as a valid one.
    @Test("full-width spaces after a colon or as indentation, and an invisible character in a date, are named where they are")
    func fullWidthSpacesAndInvisibleCharacters() {
        expectDiagnostics(check(caseFile(["title:\u{3000}冒充客服", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 7, .error, "yaml-syntax", message: ["full-width space (U+3000)"], hint: ["ordinary space"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "\u{3000}\u{3000}region: Wuhan"])).diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`region` is indented with full-width spaces"], hint: ["ASCII spaces"]),
        ])
        // No-break spaces, pasted from a web page, are named as such (fifty-seventh session).
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "\u{00A0}\u{00A0}region: Wuhan"])).diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`region` is indented with no-break spaces (U+00A0)"], hint: ["ASCII spaces"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01\u{200B}"])).diagnostics, [
            Expected(Self.file, 3, 7, .error, "invalid-date", message: ["`2024-03-01\\u{200B}`"], hint: ["invisible character"]),
        ])
        // (Sixty-second session) after a key below a plain value, it was "goes on with the value above, but is not
        // indented", whose hint, followed, published the key in that value; before the dash of a list item, the next
        // item was "indented more than the one above it".
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "summary: A call.", "region:\u{3000}广东深圳"])).diagnostics, [
            Expected(Self.file, 5, 8, .error, "yaml-syntax", message: ["line 5 holds a full-width space (U+3000)"], hint: ["ordinary space"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "\u{00A0}\u{00A0}- \"a.example.com\"", "  - \"b.example.com\""])).diagnostics, [
            Expected(Self.file, 5, 1, .error, "yaml-syntax", message: ["line 5 holds a no-break space (U+00A0)"], hint: ["ordinary space"]),
        ])
    }

    /// A malformed-input review (forty-eighth session): with front matter that did not read, a mobile in the body
    /// was told only once the front matter was fixed.
    @Test("personal data in the body is told with front matter that does not read")
    func personalDataBesideBrokenFrontMatter() {
        expectDiagnostics(check("---\ntitle: \"Unclosed\ndate: 2024-03-01\n---\nHer mobile 13912345678.\n").diagnostics, [
            Expected(Self.file, 2, 8, .error, "yaml-syntax", message: ["never closed"]),
            Expected(Self.file, 5, 12, .error, "personal-data", message: ["139****5678"]),
        ])
    }

    /// A malformed-input review (forty-seventh session): a translation that kept its original's English title went
    /// out as the Chinese page's title without a word.
    @Test("a translation's title, summary or body copied word for word from the original is a warning at its line")
    func copiedTranslation() {
        let result = Tree.with([
            "cases/x.md": caseFile(["title: Fake refund call", "date: 2024-03-01", "summary: A caller posing as a shop took her codes."], body: ["She lost money."]),
            "cases/x.zh.md": caseFile(["title: Fake refund call", "summary: 骗子冒充客服骗取验证码。"], body: ["她被骗了。"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/x.zh.md", 2, 1, .warning, "untranslated", message: ["`title`", "word for word"], hint: ["leave `title` out"]),
        ])
        let numbers = Tree.with([
            "cases/x.md": caseFile(["title: '618'", "date: 2024-03-01"], body: ["She lost money."]),
            "cases/x.zh.md": caseFile(["title: '618'"], body: ["她被骗了。"]),
        ]).check()
        expectClean(numbers)
    }

    // MARK: Invalid dates

    @Test("invalid dates are reported once, at the value", arguments: ["2023-02-30", "2023-13-01", "yesterday", "2023-1-05", "2024-11-06T09:30:00"])
    func invalidDate(_ value: String) {
        let result = check(caseFile(["title: Bad date", "date: \(value)"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 3, 7, .error, "invalid-date", message: ["`date`", "`\(value)`"],
                     hint: [value.hasSuffix("00") ? "date: 2024-11-06T09:30:00+08:00" : value.count == 10 ? "check the month and the day" : "YYYY-MM-DD"]),
        ])
    }

    @Test("an invalid `updated` does not hide a missing `date`")
    func invalidUpdatedAndMissingDate() {
        let result = check(caseFile(["title: Two problems", "updated: 2023-02-30"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 3, 10, .error, "invalid-date", message: ["`updated`", "`2023-02-30`"]),
            Expected(Self.file, 1, 1, .error, "missing-key", message: ["`date`"]),
        ])
    }

    @Test("`updated` after the build clock, on the file that says it; a scheduled case is not checked yet")
    func updatedInTheFuture() {
        let tree = Tree.with([
            "cases/x.md": caseFile(["title: Typo", "date: 2024-03-10", "updated:   9999-12-31"]),
            "cases/x.zh.md": caseFile(["title: 笔误"], body: ["警方正在调查。"]),
            "cases/later.md": caseFile(["title: Later", "date: 2025-01-10", "updated: 2025-02-01"]),
            "cases/fine.md": caseFile(["title: Fine", "date: 2024-03-10", "updated: 2024-11-20"]),
        ])
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 12, .error, "invalid-date", message: ["`updated`", "9999-12-31", "2024-11-20"]),
        ])
        // Cases read back from the stored memo keep where `updated` is written.
        let shards = (0..<CaseMemo.shardCount).compactMap { index in
            CaseMemo(bytes: Data(result.memo.encodedShard(index, tool: "")), tool: "").map { (index, $0) }
        }
        #expect(shards.count == CaseMemo.shardCount)
        let again = ContentPipeline.check(alerts: "Alerts", fileSystem: MemoryFileSystem(tree.files), clock: defaultClock,
                                          memo: CaseMemo(shards: shards))
        #expect(again.diagnostics == result.diagnostics)
    }

    /// The site's zone is Asia/Shanghai (+08:00), so every day below is the same in the site zone.
    @Test("`updated` before `date`: a plain day covers the whole day, two times of day are compared as instants",
          arguments: [
              ("2024-03-10T20:40:00+08:00", "2024-03-10", nil),
              ("2024-03-10", "2024-03-10T01:00:00+08:00", nil),
              ("2024-03-10T08:00:00+08:00", "2024-03-10T20:40:00+08:00", nil),
              ("2024-03-10T20:40:00+08:00", "2024-03-10T08:00:00+08:00", "is earlier in the day than"),
              ("2024-03-10T20:40:00+08:00", "2024-03-09", "(2024-03-09) is before"),
              ("2024-03-10", "2024-03-09T23:59:00+08:00", "(2024-03-09) is before"),
          ] as [(String, String, String?)])
    func updatedBeforeDate(_ date: String, _ updated: String, _ problem: String?) {
        let result = check(caseFile(["title: Correction", "date: \(date)", "updated: \(updated)"]))
        expectDiagnostics(result.diagnostics, problem.map { problem in
            [Expected(Self.file, 4, 10, .error, "invalid-date", message: ["`updated` \(problem) `date` (2024-03-10"])]
        } ?? [])
    }

    /// A malformed-input review (fifty-fifth session): "`updated` (2026-11-10) is before `date` (2026-11-11)" named a day the file never wrote.
    @Test("a date whose time falls on another day in the site's zone is named as that day, and said to be")
    func dateInSiteZone() {
        let result = check(caseFile(["title: Correction", "date: 2024-11-10T23:30:00-08:00", "updated: 2024-11-10"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 10, .error, "invalid-date", message: ["`updated` (2024-11-10) is before `date` (2024-11-11, the day its time falls on in the site's time zone)"]),
        ])
    }

    @Test("expires before date")
    func expiresBeforeDate() {
        let result = check(caseFile(["title: Expiry", "date: 2024-03-10", "expires: 2024-03-01"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 10, .error, "invalid-date", message: ["`expires`", "2024-03-01", "2024-03-10"]),
        ])
    }

    // MARK: Dangling references

    @Test("unknown type, tactic, campaign and channel ids, each with the nearest id")
    func unknownIDs() {
        let result = check(caseFile([
            "title: Unknown ids",                       // 2
            "date: 2024-03-01",                          // 3
            "scam_types: [fake-courier-compensaton]",    // 4
            "tactics: [verification-cod]",               // 5
            "campaigns: [double-12]",                    // 6
            "channels: [wechatt]",                       // 7
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 14, .error, "unknown-id", message: ["scam type", "`fake-courier-compensaton`"],
                     hint: ["did you mean `fake-courier-compensation`?"]),
            Expected(Self.file, 5, 11, .error, "unknown-id", message: ["tactic", "`verification-cod`"],
                     hint: ["did you mean `verification-code`?"]),
            Expected(Self.file, 6, 13, .error, "unknown-id", message: ["campaign", "`double-12`"], hint: ["did you mean `double-11`?"]),
            Expected(Self.file, 7, 12, .error, "unknown-id", message: ["channel", "`wechatt`"], hint: ["did you mean `wechat`?"]),
        ])
    }

    @Test("a misspelt type id is one error; the text matching the right type adds no warning")
    func misspeltIDNoWarning() {
        let result = check(caseFile([
            "title: Misspelt type",                      // 2
            "date: 2024-03-01",                          // 3
            "scam_types: [fake-courier-compensaton]",    // 4
        ], body: ["The courier caller promised double compensation for a lost parcel."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 14, .error, "unknown-id", message: ["scam type", "`fake-courier-compensaton`"],
                     hint: ["did you mean `fake-courier-compensation`?"]),
        ])
    }

    @Test("unknown advice id in a tactic")
    func unknownAdvice() {
        let result = check("""
            ---
            name: Asking for a verification code
            summary: The scammer asks for the one-time code.
            advice: [never-share-sms-cod]
            cues: [{phrase: verification code, weight: 3}]
            ---
            Body.
            """, at: "tactics/verification-code.md")
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/tactics/verification-code.md", 4, 10, .error, "unknown-id", message: ["advice", "`never-share-sms-cod`"],
                     hint: ["did you mean `never-share-sms-code`?"]),
        ])
    }

    @Test("unknown campaign focus with no near id lists the known ids")
    func unknownFocus() {
        let result = check("""
            ---
            title: Double 11 warning
            window: {start: "11-01", end: "11-11"}
            focus: [romance]
            headline: Nobody pays you compensation by phone.
            ---
            Body.
            """, at: "campaigns/double-11.md")
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/campaigns/double-11.md", 4, 9, .error, "unknown-id", message: ["scam type", "`romance`"],
                     hint: ["fake-courier-compensation"]),
        ])
    }

    // MARK: Money

    @Test("currency not ISO 4217: a name or sign is told its code", arguments: [
        ("RMB", "CNY"), ("cny", "CNY"), ("人民币", "CNY"), ("元", "CNY"), ("¥", "CNY"), ("港币", "HKD"), ("美元", "USD"), ("新台幣", "TWD"), ("£", "GBP"),
    ])
    func badCurrency(_ code: String, _ meant: String) {
        let result = check(caseFile(["title: Currency", "date: 2024-03-01", "loss:", "  amount: 4000", "  currency: \(code)"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 6, 13, .error, "invalid-currency", message: ["`\(code)`", "ISO 4217"], hint: ["did you mean `\(meant)`?"]),
        ])
    }

    @Test("negative amount")
    func negativeAmount() {
        let result = check(caseFile(["title: Negative", "date: 2024-03-01", "loss:", "  amount: -50", "  currency: CNY"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 11, .error, "negative-amount", message: ["`amount`", "negative"]),
        ])
    }

    @Test("an amount of a trillion or more, or of fractions of a cent, is a typing error", arguments: [
        ("12345678901234567890", "a trillion"), ("1000000000000", "a trillion"), ("0.001", "two decimals"), ("3000.505", "two decimals"),
    ])
    func implausibleAmount(_ amount: String, _ message: String) {
        let result = check(caseFile(["title: Amount", "date: 2024-03-01", "loss:", "  amount: \(amount)", "  currency: CNY"]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 5, 11, .error, "out-of-range", message: [message])])
        expectClean(check(caseFile(["title: Amount", "date: 2024-03-01", "loss:", "  amount: 999999999999.99", "  currency: CNY"])))
    }

    @Test("a key with an invisible character in it is shown with the character's code point")
    func invisibleInKey() {
        let result = check(caseFile(["title: Zero width", "date: 2024-03-01", "reg\u{200B}ion: Wuhan"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`reg\\u{200B}ion`"], hint: ["did you mean `region`?"]),
        ])
    }

    @Test("XTS (for testing) and XXX (no currency) are not a loss's currency", arguments: ["XTS", "XXX"])
    func placeholderCurrency(_ code: String) {
        let result = check(caseFile(["title: Currency", "date: 2024-03-01", "loss:", "  amount: 4000", "  currency: \(code)"]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 6, 13, .error, "invalid-currency", message: ["`\(code)`"])])
    }

    @Test("negative amount and a bad currency are two problems, both reported")
    func negativeAmountAndBadCurrency() {
        let result = check(caseFile(["title: Two money problems", "date: 2024-03-01", "loss:", "  amount: -50", "  currency: RMB"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 11, .error, "negative-amount", message: ["`amount`"]),
            Expected(Self.file, 6, 13, .error, "invalid-currency", message: ["`RMB`"], hint: ["`CNY`"]),
        ])
    }

    // MARK: URLs

    @Test("source url that is not an absolute URL", arguments: ["police.example.gov/notice/1", "javascript:alert(1)", "see the police notice"])
    func badSourceURL(_ url: String) {
        let result = check(caseFile(["title: Sources", "date: 2024-03-01", "sources:", "  - name: City police", "    url: \(url)"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 6, 10, .error, "invalid-url", message: ["`url`", "`\(url)`"]),
        ])
    }

    /// A review (thirtieth session): a window of 29 February alone was accepted, and in season only in leap years.
    @Test("a campaign window of 29 February alone is a warning; one that merely starts or ends on it is not")
    func leapDayWindow() {
        func tree(_ window: String) -> Tree {
            Tree.with(["campaigns/leap.md": "---\ntitle: Leap warning\nwindow: \(window)\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"])
        }
        expectDiagnostics(tree("{start: \"02-29\", end: \"02-29\"}").check().diagnostics, [
            Expected("Alerts/campaigns/leap.md", 3, 9, .warning, "leap-day", message: ["29 February alone"]),
        ])
        expectClean(tree("{start: \"02-29\", end: \"03-10\"}").check())
    }

    /// A review (thirtieth session): a hotline listed twice was printed twice on every page and flyer.
    @Test("a hotline number listed twice, however it is spaced, is a warning at the second")
    func duplicateHotline() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "  - {label: Anti-fraud hotline, number: \"96110\"}\n",
                                                       with: "  - {label: Anti-fraud hotline, number: \"96110\"}\n  - {label: Fraud desk, number: \"96 110\"}\n"))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", 9, 33, .warning, "duplicate-value", message: ["`96 110`", "listed twice"]),
        ])
    }

    @Test("trusted_domains holds bare domain names: a URL, a pattern, an IP address or an open suffix (cn, com.cn, github.io) is an error", arguments: [
        ("cn", "anyone can register under", "gov.cn"), ("com.cn", "anyone can register under", "gov.cn"), ("\"10.0.0.1\"", "IP address", "12321.cn"),
        // Hosting services anyone can put a page under (the Public Suffix List's private section), and a wildcard rule.
        ("github.io", "anyone can register under", "gov.cn"), ("blogspot.com", "anyone can register under", "gov.cn"),
        ("s3.amazonaws.com", "anyone can register under", "gov.cn"), ("x.on-acorn.io", "anyone can register under", "gov.cn"),
        ("\"*.gov.cn\"", "not a bare domain name", "`gov.cn`"),
        ("\"https://x.cn/path\"", "not a bare domain name", "`x.cn`"), ("\"not a domain!!\"", "not a domain name", "gov.cn"),
    ])
    func trustedDomains(_ entry: String, message: String, hint: String) {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site + "trusted_domains: [12321.cn, \(entry)]\n")
        let line = site.split(separator: "\n", omittingEmptySubsequences: false).count
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", line, 29, .error, "invalid-domain", message: [message], hint: [hint]),
        ])
        tree.set("site.yml", site + "trusted_domains: [12321.cn, GOV.cn., www.police.example.gov, police.github.io, on-acorn.io]\n")
        expectClean(tree.check())
        // A malformed-input review (forty-fourth session): a domain listed twice passed, though twice in `languages` is told.
        tree.set("site.yml", site + "trusted_domains: [gov.cn, 12321.cn, GOV.cn.]\n")
        expectDiagnostics(tree.check().diagnostics, [Expected("Alerts/site.yml", line, 37, .warning, "duplicate-id", message: ["`gov.cn`", "twice"])])
    }

    @Test("base_url must be https")
    func baseURLNotHTTPS() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "base_url: https://", with: "base_url: http://"))
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/site.yml", 2, 11, .error, "invalid-url", message: ["`base_url`", "https", "`http://alerts.example.org`"]),
        ])
    }

    @Test("a user name or password in base_url or a source's url is an error: every link, feed and QR code would carry it")
    func credentialsInURLs() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "base_url: https://", with: "base_url: https://editor:secret@"))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", 2, 11, .error, "invalid-url", message: ["`base_url`", "password"]),
        ])
        expectDiagnostics(check(caseFile(["title: Source", "date: 2024-03-01", "sources:", "  - {name: Police, url: \"https://admin:pw@police.example.gov/n/1\"}"])).diagnostics, [
            Expected(Self.file, 5, 25, .error, "invalid-url", message: ["`url`"]),
        ])
    }

    /// A malformed-input review (forty-third session): a source is a live link, and its host was a look-alike.
    @Test("a source whose host mixes Latin with Cyrillic or Greek, or is all Cyrillic letters that read as Latin, is an error", arguments: [
        ("https://news.ex\u{430}mple.com/a", "`ex\u{430}mple`", "Latin and Cyrillic"),
        ("https://www.p\u{3BF}lice.example.gov/", "`p\u{3BF}lice`", "Latin and Greek"),
        ("https://\u{430}\u{440}\u{440}\u{4CF}\u{435}.com/support", "`\u{430}\u{440}\u{440}\u{4CF}\u{435}`", "Cyrillic letters that read as Latin"),
        // The fifty-ninth session's review: the same hosts pasted in Punycode, as an address bar shows them.
        ("https://xn--80ak6aa92e.com/newsroom", "`\u{430}\u{440}\u{440}\u{4CF}\u{435}`", "Cyrillic letters that read as Latin"),
        ("https://news.xn--exmple-4nf.com/a", "`ex\u{430}mple`", "Latin and Cyrillic"),
    ])
    func lookalikeSourceHost(_ url: String, label: String, scripts: String) {
        expectDiagnostics(check(caseFile(["title: Source", "date: 2024-03-01", "sources:", "  - {name: Police, url: \"\(url)\"}"])).diagnostics, [
            Expected(Self.file, 5, 25, .error, "lookalike-host", message: ["`url`", label, scripts, "xn--"]),
        ])
    }

    @Test("Punycode is read as RFC 3492 writes it; a host in Punycode of one script, and a broken label, pass as sources")
    func punycode() {
        #expect(Punycode.decodedLabel("xn--80ak6aa92e") == "\u{430}\u{440}\u{440}\u{4CF}\u{435}")
        #expect(Punycode.decodedLabel("xn--bcher-kva") == "b\u{FC}cher")
        #expect(Punycode.decodedLabel("XN--80AK6AA92E") == "\u{430}\u{440}\u{440}\u{4CF}\u{435}")
        #expect(Punycode.decodedLabel("xn--fiqs8s") == "\u{4E2D}\u{56FD}")
        #expect(Punycode.decodedLabel("example") == nil)
        #expect(Punycode.decodedLabel("xn--!!") == nil)
        for url in ["https://xn--bcher-kva.example/a", "https://xn--fiqs8s.example/a", "https://xn--zzzzzzzzzzzzzz.example/a"] {
            expectClean(check(caseFile(["title: Source", "date: 2024-03-01", "sources:", "  - {name: Police, url: \"\(url)\"}"])))
        }
    }

    /// The fifty-ninth session's review: a quotation closed on a later key's line, invisible characters alone and `!!null`
    /// before words each dropped a value with no word.
    @Test("keys read into a quoted value, a value of invisible characters alone and `!!null` before words are errors")
    func swallowedValues() {
        expectDiagnostics(check(caseFile(["title: Test case", "date: 2024-03-01", "summary: \"A fake seller took a deposit", "region: Wuhan",
                                          "scam_types: [fake-shopping]\""])).diagnostics, [
            Expected(Self.file, 4, 10, .error, "yaml-syntax", message: ["`region:`", "`scam_types:`", "`summary`"], hint: ["line 6"]),
        ])
        expectClean(check(caseFile(["title: Test case", "date: 2024-03-01", "summary: \"A fake seller took a deposit:", "  all of it, and left.\"", "region: Wuhan"])))
        expectDiagnostics(check(caseFile(["title: \"\u{200B}\u{AD}\"", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 8, .error, "missing-value", message: ["`title` is empty", "\\u{200B}"]),
        ])
        expectDiagnostics(check(caseFile(["title: Test case", "date: 2024-03-01", "summary: !!null A seller took a deposit.", "region: !!null"])).diagnostics, [
            Expected(Self.file, 4, 10, .error, "yaml-tag", message: ["`!!null`", "A seller took a deposit."]),
            Expected(Self.file, 5, 1, .error, "missing-value", message: ["`region` has no value"]),
        ])
    }

    /// A malformed-input review (forty-fourth session): an intranet case file and a local preview were published as live sources.
    @Test("a source on a private, loopback or link-local address, or a local name, is an error; a plain http one a warning", arguments: [
        ("https://10.12.0.8/cases/2026/1123", "10.12.0.8"), ("http://localhost:8080/cases/draft/", "localhost"), ("http://192.168.1.20/report.pdf", "192.168.1.20"),
        ("https://172.20.0.1/", "172.20.0.1"), ("https://127.0.0.1/", "127.0.0.1"), ("https://169.254.1.1/", "169.254.1.1"),
        ("https://files.police.local/x", "files.police.local"), ("https://preview.localhost/", "preview.localhost"),
        // Forms browsers read as private addresses too (a review of the change).
        ("http://127.1/case", "127.1"), ("http://0x7f.0.0.1/case", "0x7f.0.0.1"), ("http://files.police.localdomain/case", "files.police.localdomain"),
    ])
    func privateSourceHost(_ url: String, host: String) {
        // An IPv6 address or a name of one label is no source address at all (`invalid-url`); the rule knows them too.
        for (address, host) in [("https://[::1]/x", "::1"), ("https://[fd12:3456::1]/x", "fd12:3456::1"), ("https://intranet/x", "intranet"),
                                ("http://[::ffff:192.168.1.1]/x", "::ffff:192.168.1.1")] {
            #expect(Decoder.privateHost(of: address) == host)
        }
        expectDiagnostics(check(caseFile(["title: Source", "date: 2024-03-01", "sources:", "  - {name: Police, url: \"\(url)\"}"])).diagnostics, [
            Expected(Self.file, 5, 25, .error, "private-url", message: ["`url`", "`\(host)`"]),
        ])
    }

    @Test("public addresses are no private ones; a plain http source is a warning", arguments: [
        "https://172.32.0.1/", "https://8.8.8.8/", "https://www.gov.cn/x", "https://192.169.0.1/",
    ])
    func publicSourceHost(_ url: String) {
        #expect(Decoder.privateHost(of: url) == nil && Decoder.privateHost(of: "https://[2001:db8::1]/") == nil, "\(url)")
        expectDiagnostics(check(caseFile(["title: Source", "date: 2024-03-01", "sources:", "  - {name: Police, url: \"\(url.replacingOccurrences(of: "https:", with: "http:"))\"}"])).diagnostics, [
            Expected(Self.file, 5, 25, .warning, "plain-http", message: ["`url`", "http"]),
        ])
    }

    @Test("hosts in one script, Latin beside Chinese, and all-Cyrillic hosts under a Cyrillic domain are not look-alikes", arguments: [
        "https://\u{43F}\u{440}\u{435}\u{437}\u{438}\u{434}\u{435}\u{43D}\u{442}.\u{440}\u{444}/news", "https://www.\u{43A}\u{43E}\u{43F}.com/a",
        "https://qq\u{90AE}\u{7BB1}.example.cn/", "https://caf\u{E9}-news.example.fr/", "https://\u{3B5}\u{3BB}\u{3BB}\u{3AC}\u{3B4}\u{3B1}.gr/",
    ])
    func notLookalikeSourceHost(_ url: String) {
        #expect(Decoder.mixedScriptLabel(inHostOf: url) == nil, "\(url)")
    }

    @Test("base_url with a query, a fragment or a file name", arguments: [
        "https://alerts.example.org/#main", "https://alerts.example.org/?x=1", "https://alerts.example.org/index.html",
    ])
    func baseURLNotAFolder(_ url: String) {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "base_url: https://alerts.example.org", with: "base_url: \(url)"))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", 2, 11, .error, "invalid-url", message: ["`base_url`", "folder"]),
        ])
    }

    @Test("a language listed twice in site.yml")
    func duplicateLanguage() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, zh, en]"))
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/site.yml", 3, 21, .error, "duplicate-id", message: ["`en`", "twice"]),
        ])
        #expect(result.bulletin?.editions.map(\.lang) == ["en", "zh"], "each language makes one edition")
    }

    @Test("`title:` or `date:` with no value is an error, not a case left out", arguments: [("title", 2), ("date", 3)])
    func emptyRequiredKey(_ key: String, _ line: Int) {
        let lines = ["title: A call", "date: 2024-03-01"].map { $0.hasPrefix(key + ":") ? key + ":" : $0 }
        let result = check(caseFile(lines))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, line, 1, .error, "missing-value", message: ["`\(key)` has no value"],
                     hint: [key == "title" ? "headline" : "YYYY-MM-DD"]),
        ])
    }

    // MARK: Files and slugs

    @Test("duplicate slug in two year folders")
    func duplicateSlugAcrossFolders() {
        let result = Tree.with([
            "cases/2019/a.md": caseFile(["title: First", "date: 2019-05-01"]),
            "cases/2020/a.md": caseFile(["title: Second", "date: 2020-05-01"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/2020/a.md", 1, nil, .error, "duplicate-slug", message: ["`a`", "Alerts/cases/2019/a.md"]),
        ])
    }

    @Test("duplicate slug across languages in different folders")
    func duplicateSlugAcrossLanguages() {
        let result = Tree.with([
            "cases/2019/b.md": caseFile(["title: English", "date: 2019-05-01"]),
            "cases/2020/b.zh.md": caseFile(["title: 中文", "date: 2020-05-01"], body: ["警方正在调查。"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/2020/b.zh.md", 1, nil, .error, "misplaced-translation", message: ["Alerts/cases/2019/b.md"], hint: ["choose another file name"]),
        ])
    }

    @Test("file name that is not a slug")
    func invalidSlug() {
        let result = check(caseFile(["title: Spaces", "date: 2024-03-01"]), at: "cases/My Case.md")
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/My Case.md", 1, nil, .error, "invalid-slug", message: ["`My Case`"], hint: ["`my-case.md`"]),
        ])
        // A translation keeps its language in the name suggested.
        let translation = check(caseFile(["title: 空格", "date: 2024-03-01"]), at: "cases/My Case.zh.md")
        expectDiagnostics(translation.diagnostics, [
            Expected("Alerts/cases/My Case.zh.md", 1, nil, .error, "invalid-slug", message: ["`My Case`"], hint: ["`my-case.zh.md`"]),
        ])
        // A malformed-input review (forty-seventh session): a file manager's copy `x.zh (1).md` was told to become `x-zh-1.md`, a case of the default language.
        for (name, original, suggested) in [("x.zh (1)", "`x.zh.md`", "`x-2.zh.md`"), ("call - 副本", "`call.md`", "`call-2.md`"), ("call copy 2", "`call.md`", "`call-2.md`")] {
            let copy = check(caseFile(["title: 空格", "date: 2024-03-01"]), at: "cases/\(name).md").diagnostics.filter { $0.code == "invalid-slug" || $0.code == "invalid-language" }
            #expect(copy.count == 1 && copy.allSatisfy { ($0.hint ?? "").contains("copy of \(original)") && ($0.hint ?? "").contains(suggested) },
                    "\(copy.map(\.formatted))")
        }
        // A malformed-input review (fiftieth session): a backup was told to add `bak` to the languages, and notes to become `readme.md`.
        for (name, hint) in [("call.bak", "a backup of `call.md`"), ("call.OLD", "a backup of `call.md`"), ("README", "notes for editors"), ("Notes", "notes for editors")] {
            let found = check(caseFile(["title: T", "date: 2024-03-01"]), at: "cases/\(name).md").diagnostics.filter { $0.code == "invalid-slug" || $0.code == "invalid-language" }
            #expect(found.count == 1 && found.allSatisfy { ($0.hint ?? "").contains(hint) && ($0.hint ?? "").contains("out of `Alerts/`") }, "\(found.map(\.formatted))")
        }
    }

    @Test("a campaign or scam type file whose name is no id: its address would be `campaigns/Mid-Autumn/`")
    func invalidTermAndCampaignNames() {
        let campaign = "---\ntitle: Mid-Autumn\nwindow: {start: \"09-01\", end: \"09-30\"}\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"
        expectDiagnostics(check(campaign, at: "campaigns/Mid-Autumn.md").diagnostics, [
            Expected("Alerts/campaigns/Mid-Autumn.md", 1, nil, .error, "invalid-slug", message: ["`Mid-Autumn`", "valid id"], hint: ["`mid-autumn.md`"]),
        ])
        let type = "---\nname: Phishing\nsummary: Fake pages.\ncues: [{phrase: phishing, weight: 3}]\nadvice: [call-110-96110]\n---\nBody.\n"
        expectDiagnostics(check(type, at: "types/Fake_Phishing.md").diagnostics, [
            // Left out once reported (forty-first session): no translation is asked for under the name, no case told to use it.
            Expected("Alerts/types/Fake_Phishing.md", 1, nil, .error, "invalid-slug", message: ["`Fake_Phishing`"], hint: ["`fake-phishing.md`"]),
        ])
    }

    @Test("empty file", arguments: ["", "   \n\n  \n"])
    func emptyFile(_ text: String) {
        let result = check(text)
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, nil, .error, "empty-file", message: ["empty"])])
    }

    @Test("empty site.yml")
    func emptySite() {
        var tree = Tree()
        tree.set("site.yml", "")
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [Expected("Alerts/site.yml", 1, nil, .error, "empty-file", hint: ["the site's settings"])])
        #expect(result.diagnostics.allSatisfy { !($0.hint ?? "").contains("delete") })
    }

    @Test("missing front matter")
    func missingFrontMatter() {
        let result = check("title: No fences\ndate: 2024-03-01\n\nBody.\n")
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, nil, .error, "missing-front-matter")])
    }

    /// A blank line above `---` was reported as front matter missing, with nothing said of the line.
    @Test("blank lines above the first `---` are named")
    func blankLinesAboveFrontMatter() {
        let result = check("\n\n---\ntitle: T\ndate: 2024-03-01\n---\nBody.\n")
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 1, 1, .error, "missing-front-matter", message: ["`---` is on line 3", "first line"], hint: ["delete the blank lines"]),
        ])
    }

    @Test("an invisible character in the first `---` is named", arguments: ["\u{FEFF}\u{FEFF}---", "\u{200B}---", "--\u{200B}-"])
    func hiddenInFence(_ first: String) {
        let result = check(first + "\ntitle: T\ndate: 2024-03-01\n---\nBody.\n")
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, nil, .error, "missing-front-matter", message: ["invisible character"])])
    }

    @Test("unterminated front matter")
    func unterminatedFrontMatter() {
        let result = check("---\ntitle: Never closed\ndate: 2024-03-01\n\nBody.\n")
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 1, nil, .error, "unterminated-front-matter")])
    }

    @Test("a fence a word processor turned into a dash, or written with four hyphens, is named at its line", arguments: ["—", "——", "----", "–-–", "－－－"])
    func dashedFence(_ fence: String) {
        let closing = check("---\ntitle: T\ndate: 2024-03-01\n\(fence)\nBody.\n")
        expectDiagnostics(closing.diagnostics, [Expected(Self.file, 4, 1, .error, "unterminated-front-matter", message: ["`\(fence)`, not `---`"], hint: ["three hyphens"])])
        let opening = check("\(fence)\ntitle: T\ndate: 2024-03-01\n---\nBody.\n")
        expectDiagnostics(opening.diagnostics, [Expected(Self.file, 1, 1, .error, "missing-front-matter", message: ["`\(fence)`, not `---`"])])
    }

    /// The fifty-ninth session's review: a closing `---` after spaces or an invisible character was said to be missing, at line 1.
    @Test("a closing `---` after spaces, a tab or an invisible character is named at its line", arguments: [
        ("  ---", "`  ---`"), ("\t---", "`\\u{9}---`"), ("\u{200B}---", "`\\u{200B}---`"), ("\u{3000}---", "`\\u{3000}---`"),
    ])
    func hiddenClosingFence(_ fence: String, _ shown: String) {
        let closing = check("---\ntitle: T\ndate: 2024-03-01\n\(fence)\nBody.\n")
        expectDiagnostics(closing.diagnostics, [Expected(Self.file, 4, 1, .error, "unterminated-front-matter", message: ["line 4 is \(shown), not `---`"])])
    }

    @Test("only a line `---` or `...` from its first column closes the front matter; a key that opens the body is an error", arguments: [
        (["title: T", "date: 2024-03-01", "...", "draft: true"], 5, "front-matter-ended"),
        // An indented `---` or `...` inside a block value is the value's text.
        (["title: T", "date: 2024-03-01", "summary: |", "  He kept talking", "  ---", "  ...", "  and hung up.", "draft: true"], 0, ""),
        // A stray `---` between keys closes it, and `draft: true` would be body text.
        (["title: T", "date: 2024-03-01", "---", "", "draft: true"], 6, "front-matter-ended"),
        // Closed by `...`, then a second block opened by `---`; and a full-width colon.
        (["title: T", "date: 2024-03-01", "...", "---", "draft: true"], 6, "front-matter-ended"),
        (["title: T", "date: 2024-03-01", "...", "draft：true"], 5, "front-matter-ended"),
        // A malformed-input review (thirty-fourth session): a stray `---` before the comments `new case`
        // writes published the draft, its keys as headings.
        (["title: T", "date: 2024-03-01", "---", "", "# A draft is never published.", "draft: true"], 7, "front-matter-ended"),
    ])
    func frontMatterEnd(_ lines: [String], line: Int, code: String) throws {
        let result = check(caseFile(lines))
        if code.isEmpty {
            expectClean(result)
            let item = try #require(result.bulletin?.editions.first?.case("x"))
            #expect(item.entry.draft && item.entry.summary.contains("---") && item.entry.summary.contains("..."))
        } else {
            expectDiagnostics(result.diagnostics, [Expected(Self.file, line, 1, .error, code, message: ["`draft:`", "(line 4)"])])
        }
        // Body text that only looks like a key, or a key further down, is the body's.
        expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: ["Region: the call came from Wuhan."])))
        // A key in another case with one word after it is a key (a malformed-input review, fifty-fifth session):
        // `Draft: true` there published the case its editor held back.
        let capital = check(caseFile(["title: T", "date: 2024-03-01", "---", "Draft: true"]))
        expectDiagnostics(capital.diagnostics, [Expected(Self.file, 5, 1, .error, "front-matter-ended", message: ["`Draft:`"], hint: ["`draft:` (keys are lower case)"])])
        expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: ["The caller said:", "", "draft: true", "", "She hung up."])))
    }

    /// A malformed-input review (forty-second session): `draft: true` added as the file's last lines was
    /// published as a paragraph, and the case went out.
    @Test("keys of the front matter as the body's last paragraph are an error; a story's last line that only starts like one is not")
    func keysAtTheEnd() {
        let end = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "draft: true", "expires: 2025-01-01"]))
        expectDiagnostics(end.diagnostics, [Expected(Self.file, 7, 1, .error, "front-matter-ended", message: ["`draft:`, `expires:`", "end of the body"])])
        let one = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "draft：true", ""]))
        expectDiagnostics(one.diagnostics, [Expected(Self.file, 7, 1, .error, "front-matter-ended", message: ["`draft:`"])])
        let capital = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "Draft: true"]))
        expectDiagnostics(capital.diagnostics, [Expected(Self.file, 7, 1, .error, "front-matter-ended", message: ["`Draft:`"], hint: ["as `draft:` (keys are lower case)"])])
        expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "Region: the call came from Wuhan."])))
        // Only the body's end is read; the line is still counted from the top.
        let long = check(caseFile(["title: T", "date: 2024-03-01"], body: Array(repeating: "A caller asked for a code, then for another one.", count: 30) + ["", "draft: true"]))
        expectDiagnostics(long.diagnostics, [Expected(Self.file, 36, 1, .error, "front-matter-ended", message: ["`draft:`"])])
        for body in [["A caller asked for a code.", "", "Summary: never share a code."], ["A caller asked for a code.", "", "Hotline: 96110"],
                     ["A caller asked for a code.", "", "She said draft: true"], ["A caller asked for a code.", "summary: she did not give it."]] {
            expectClean(check(caseFile(["title: T", "date: 2024-03-01"], body: body)))
        }
        // A malformed-input review (forty-fourth session): `draft: true` added with no blank line before it joined the story's
        // last paragraph, and the case went out; `title:` or `region:` as the last paragraph passed.
        let joined = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "She gave it.", "draft: true"]))
        expectDiagnostics(joined.diagnostics, [Expected(Self.file, 7, 1, .error, "front-matter-ended", message: ["`draft:`", "the story's last paragraph"])])
        let region = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "region: Wuhan"]))
        expectDiagnostics(region.diagnostics, [Expected(Self.file, 7, 1, .error, "front-matter-ended", message: ["`region:`"])])
        let title = check(caseFile(["title: T", "date: 2024-03-01"], body: ["A caller asked for a code.", "", "title: Corrected headline the editor meant"]))
        expectDiagnostics(title.diagnostics, [Expected(Self.file, 7, 1, .warning, "front-matter-ended", message: ["`title:`"])])
    }

    /// A malformed-input review (thirty-seventh session): valid Markdown opening with "summary: …" was an error.
    @Test("a body opening with a key's name and prose after it is a warning; a key's value ('region: Wuhan') an error")
    func keyNameOpensProse() {
        let prose = check(caseFile(["title: T", "date: 2024-03-01"], body: ["summary: the police said the scam was common.", "", "More text."]))
        expectDiagnostics(prose.diagnostics, [Expected(Self.file, 5, 1, .warning, "front-matter-ended", message: ["`summary:`"])])
        // A diff review (thirty-eighth session): values with spaces in them were warnings too.
        for (line, key) in [("region: Wuhan", "region"), ("region: Hong Kong", "region"), ("scam_types: [fake-investment, task-rebate]", "scam_types"),
                            ("loss: 5000 CNY", "loss"), ("summary: \"Fake refund calls\"", "summary")] {
            let value = check(caseFile(["title: T", "date: 2024-03-01"], body: [line, "", "More text."]))
            expectDiagnostics(value.diagnostics, [Expected(Self.file, 5, 1, .error, "front-matter-ended", message: ["`\(key):`"])])
        }
    }

    @Test("a translation's empty front matter keeps all of the original's keys; a case's is an error")
    func emptyTranslationFrontMatter() {
        var tree = Tree()
        tree.set("cases/x.md", caseFile(["title: T", "date: 2024-03-01", "summary: S"], body: ["A caller asked for a code."]))
        tree.set("cases/x.zh.md", "---\n---\n一名男子接到电话，对方索要验证码。\n")
        let result = tree.check()
        #expect(!result.diagnostics.contains { $0.file == "Alerts/cases/x.zh.md" && $0.severity == .error }, "\(describe(result.diagnostics))")
        #expect(result.bulletin?.editions.first { $0.lang == "zh" }?.case("x") != nil)
        // A malformed-input review (thirty-eighth session): front matter YAML cannot read was taken for an
        // empty one, and a case written only in Chinese was told its original is missing.
        var only = Tree()
        only.set("cases/y.zh.md", "---\ntitle: 标题\ndate: 2024-03-01\nregion： 浙江宁波\n---\n正文。\n")
        let errors = only.check().diagnostics.filter { $0.file == "Alerts/cases/y.zh.md" && $0.severity == .error }
        #expect(errors.map(\.code) == ["yaml-syntax"], "\(describe(errors))")
    }

    @Test("empty front matter")
    func emptyFrontMatter() {
        let result = check("---\n---\nBody.\n")
        #expect(result.diagnostics(in: Self.file).count == 1, "\(describe(result.diagnostics))")
        #expect(result.diagnostics(in: Self.file).allSatisfy { $0.severity == .error && $0.line == 1 })
    }

    // MARK: YAML

    @Test("YAML syntax error at its line (bad indentation on line 5)")
    func yamlSyntaxError() {
        let result = check(caseFile([
            "title: Bad indentation", // 2
            "date: 2024-03-01",       // 3
            "region: Chengdu",        // 4
            "  channels: [phone]",    // 5: YAML notices at the `:` on column 11; the indentation is the place to fix
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 3, .error, "yaml-syntax", message: ["`channels` is indented more"]),
        ])
    }

    /// A malformed-input review (thirty-eighth session): a case renamed `.MD` took its page down with a warning only.
    @Test("a content file with another ending is ignored, and says what to do with it: an error for a case's ending miswritten or a case's front matter under another ending, a warning for others",
          arguments: [("cases/x.MD", "end in `.md`", Severity.error), ("cases/x.markdown", "end in `.md`", .error), ("cases/x.md.txt", "end in `.md`", .error),
                      ("cases/x.md.bak", "backup copy", .warning), ("cases/x.md~", "backup copy", .warning), ("advice.yaml", "rename it `advice.yml`", .warning),
                      ("notes/readme.txt", "cases go in cases/", .warning),
                      // A sixth malformed-input review (forty-second session): a case saved as `.txt`, without an
                      // ending or with a space after `.md` took its page down with a warning only.
                      ("cases/x.txt", "end in `.md`", .error), ("cases/2024/x", "end in `.md`", .error), ("cases/x.md ", "space after `.md`", .error),
                      // A seventh (forty-fourth session): Emacs's autosave of a case open in it stopped every build.
                      ("cases/2024/#x.md#", "backup copy", .warning),
                      // And a case in `Cases/` was a warning only, and its page went.
                      ("Cases/2024/x.md", "move it into `cases/2024/x.md`", .error), ("case/x.md", "move it into `cases/x.md`", .error),
                      // The fiftieth session's review: `case/` was told to be lower case, which it is; a case at
                      // the top of `Alerts/` was a warning only.
                      ("case/2024/x.md", "the folder is `cases/`, not `case/`", .error), ("Cases/x.md", "named in lower case", .error),
                      ("x.md", "move it into `cases/<year>/`", .error),
                      // The fifty-fifth session's review: a space before or after `cases`, or a year after it, a warning only.
                      ("cases /2024/x.md", "move it into `cases/2024/x.md`", .error), (" cases/x.md", "the folder is `cases/`, not ` cases/`", .error),
                      ("cases-2026/x.md", "move it into `cases/2026/x.md`", .error), ("case_notes/x.md", "cases go in cases/", .warning),
                      ("cases2026/x.md", "move it into `cases/2026/x.md`", .error), ("cases (2026)/x.md", "move it into `cases/2026/x.md`", .error)])
    func ignoredFiles(_ path: String, _ hint: String, _ severity: Severity) {
        let result = Tree.with([path: caseFile(["title: Ignored", "date: 2024-03-01"])]).check()
        expectDiagnostics(result.diagnostics, [Expected("Alerts/" + path, 0, 0, severity, "unknown-file", hint: [hint])])
        // Notes beside the cases, without front matter, are only ignored.
        if ["cases/x.txt", "cases/2024/x", "x.md"].contains(path) {
            let notes = Tree.with([path: "Notes for the next case.\n"]).check()
            expectDiagnostics(notes.diagnostics, [Expected("Alerts/" + path, 0, 0, .warning, "unknown-file")])
        }
    }

    /// A malformed-input review (thirty-ninth session): a 250-character type id passed `check`, and the
    /// build failed writing its flyer ("File name too long") with no file to fix named.
    @Test("an id or slug longer than 200 characters is an error at its file")
    func longIDs() {
        let long = String(repeating: "b", count: 201)
        let result = Tree.with(["cases/\(long).md": caseFile(["title: Long", "date: 2024-03-01"])]).check()
        expectDiagnostics(result.diagnostics, [Expected("Alerts/cases/\(long).md", 1, nil, .error, "invalid-slug", message: ["201 characters long", "200 at most"])])
        let fine = String(repeating: "b", count: 200)
        #expect(Tree.with(["cases/\(fine).md": caseFile(["title: Long", "date: 2024-03-01"])]).check().diagnostics.isEmpty)
    }

    /// The same review: four misleading messages.
    @Test("a story left in the front matter, a hint's quotes, a type's name for its id, a dot in a name, a date a century back")
    func misleadingMessages() {
        // The closing `---` left out; a rule further down closes instead.
        let story = check("---\ntitle: Camera scam\ndate: 2024-03-01\n\nA buyer paid a deposit to a seller.\n\n---\n\nMore.\n")
        expectDiagnostics(story.diagnostics, [Expected(Self.file, 5, 1, .error, "unterminated-front-matter", message: ["line 5 reads as the story"])])
        // Quotes around the whole were meant: the hint keeps the inner ones as text, inside single quotes.
        let quoted = check(caseFile(["title: \"Camera scam: seller \"vanishes\" with 5,400 yuan\"", "date: 2024-03-01"]))
        #expect(quoted.diagnostics.first?.hint == "put the whole value in quotes: title: 'Camera scam: seller \"vanishes\" with 5,400 yuan'",
                "\(quoted.diagnostics.map(\.formatted))")
        // A malformed-input review (fifty-fifth session): `\"` in the hint's single quotes would be published as written.
        let escaped = check(caseFile([#"title: Fake site strikes again: "618 \"recall\" call""#, "date: 2024-03-01"]))
        #expect(escaped.diagnostics.first?.hint == #"put the whole value in quotes: title: 'Fake site strikes again: "618 "recall" call"'"#,
                "\(escaped.diagnostics.map(\.formatted))")
        // A Chinese name written for an id: its 、 are the name's, not separators.
        let named = check(caseFile(["title: Call", "date: 2024-03-01", "scam_types: [冒充领导、熟人、亲友诈骗]"]))
        #expect(named.diagnostics.map(\.code) == ["unknown-id"] && named.diagnostics.first?.message.contains("not as names") == true,
                "\(named.diagnostics.map(\.formatted))")
        // An invisible character in an id is shown, and the id meant offered.
        let invisible = check(caseFile(["title: Call", "date: 2024-03-01", "scam_types: [fake-refund\u{200B}-customer-service]"]))
        #expect(invisible.diagnostics.first?.message.contains("fake-refund\\u{200B}-customer-service") == true, "\(invisible.diagnostics.map(\.formatted))")
        // `camera.v2.md`: no language.
        let dotted = Tree.with(["cases/camera.v2.md": caseFile(["title: T", "date: 2024-03-01"])]).check()
        #expect(dotted.diagnostics.first?.hint?.contains("rename it to `camera-v2.md`") == true, "\(dotted.diagnostics.map(\.formatted))")
        // 1925 for 2025.
        let old = check(caseFile(["title: T", "date: 1925-03-14"]))
        expectDiagnostics(old.diagnostics, [Expected(Self.file, 3, nil, .warning, "far-past", message: ["more than thirty years before"])])
    }

    /// A malformed-input review (thirty-eighth session): a hidden case file and a missing `cases/` passed without a word.
    @Test("a hidden `.md` file is named, not published; a bulletin with no case file at all is warned")
    func hiddenAndNoCases() {
        let hidden = Tree.with(["cases/2024/.draft.md": caseFile(["title: Hidden", "date: 2024-03-01"])]).check()
        expectDiagnostics(hidden.diagnostics, [Expected("Alerts/cases/2024/.draft.md", 0, 0, .warning, "hidden-file", hint: ["without the leading dot"])])
        // (Sixty-second session) macOS's `._` files and an editor's `.#` lock were told to be renamed: to the case's own name.
        let made = Tree.with(["cases/2024/._x.md": "\u{0}\u{5}\u{16}\u{7}Mac OS X", "cases/2024/.#x.md": caseFile(["title: Lock", "date: 2024-03-01"])]).check()
        expectDiagnostics(made.diagnostics, [
            Expected("Alerts/cases/2024/.#x.md", 0, 0, .warning, "hidden-file", hint: ["a file an editor made beside `x.md`, not a case: delete it"]),
            Expected("Alerts/cases/2024/._x.md", 0, 0, .warning, "hidden-file", hint: ["a file macOS made beside `x.md`, not a case: delete it"]),
        ])
        var empty = Tree.with([:])
        for path in empty.files.keys where path.hasPrefix("Alerts/cases/") { empty.files[path] = nil }
        expectDiagnostics(empty.check().diagnostics, [Expected("Alerts", 0, 0, .warning, "no-case-files", message: ["no case file under `Alerts/cases/`"])])
    }

    @Test("YAML's own words for an indented key, a list item without its dash and a leading % are put in an editor's", arguments: [
        (["title: T", "  date: 2024-03-01"], 3, 3, "`date` is indented more", "same column"),
        (["title: T", "date: 2024-03-01", "indicators:", "  - https://a.example", "  https://b.example"], 6, 3, "does not start with `- `",
         "`- https://b.example`"),
        // A malformed-input review (forty-seventh session): `-wechat` was told to be written `- -wechat`.
        (["title: T", "date: 2024-03-01", "channels:", "  - phone", "  -wechat"], 6, 3, "does not start with `- `", "space after the dash: `- wechat`"),
        (["title: T", "date: 2024-03-01", "%summary: x"], 4, 1, "starts with `%`", "remove the `%`"),
        // An open quote is closed by the next one, lines below, where YAML then fails.
        (["title: \"Test case", "date: 2024-03-01", "region: Wuhan", "summary: He said \"hello\" twice"], 2, 8, "not closed on its line",
         "same quotation mark"),
        // A quoted value may go on over lines: a later error is the later line's.
        (["title: T", "summary: \"line one", "  line two\"", "date: 2024-03-01", "region: a: b"], 6, 10, "holds a colon", "quotes"),
        (["summary: 'Victims are told", "  to pay a fee'", "channels: [phone, sms", "region: Xi'an", "title: T", "date: 2024-03-01"], 4, 11,
         "never closed", "`]`"),
        // Two words after a list are a key without its colon, not an item without its dash.
        (["title: T", "date: 2024-03-01", "channels:", "- phone", "region Chengdu"], 6, 1, "could not find expected ':'", "colon"),
        // A malformed-input review (fiftieth session): a value's second line not indented was told to be a key with a colon.
        (["title: T", "date: 2024-03-01", "summary: A fake agent told a shopper", "that her purifier had failed an inspection."], 5, 1,
         "goes on with the value of `summary`", "indent it by two spaces"),
        (["title: T", "date: 2024-03-01", "summary: 快递客服称包裹丢失", "要求借款理赔"], 5, 1, "goes on with the value of `summary`", "join it"),
    ])
    func yamlInEditorsWords(_ lines: [String], line: Int, column: Int, message: String, hint: String) {
        expectDiagnostics(check(caseFile(lines)).diagnostics, [Expected(Self.file, line, column, .error, "yaml-syntax", message: [message], hint: [hint])])
    }

    @Test("an original that does not parse: its translation adds no error of its own")
    func brokenOriginalQuietTranslation() {
        let result = Tree.with([
            "cases/x.md": caseFile(["title: Broken", "date: 2024-03-01", "region Chengdu", "channels: [phone]"]),
            "cases/x.zh.md": caseFile(["title: 译文"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 1, .error, "yaml-syntax"),
        ])
    }

    @Test("a key without its colon is reported on its own line, not the next")
    func missingColon() {
        let result = check(caseFile([
            "title: Missing colon", // 2
            "date: 2024-03-01",     // 3
            "region Chengdu",       // 4: no colon
            "channels: [phone]",    // 5: where the scanner notices
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 1, .error, "yaml-syntax", message: ["YAML syntax error"], hint: ["colon"]),
        ])
    }

    @Test("a key typed with a full-width colon is reported at that colon, not where YAML notices", arguments: [
        ["title：Full-width", "date: 2024-03-01"], ["title: Full-width", "date ： 2024-03-01"],
    ])
    func fullWidthColon(_ frontMatter: [String]) {
        let line = frontMatter.firstIndex { $0.contains("：") } ?? 0
        let column = Array(frontMatter[line]).firstIndex(of: "：") ?? 0
        let key = frontMatter[line].prefix { $0 != " " && $0 != "：" }
        let result = check(caseFile(frontMatter))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, line + 2, column + 1, .error, "yaml-syntax", message: ["`\(key)`", "full-width colon"], hint: ["`\(key): …`"]),
        ])
    }

    @Test("a list inside a list of ids says that one list is enough")
    func nestedList() {
        let result = check(caseFile(["title: Nested", "date: 2024-03-01", "scam_types: [[fake-courier-compensation]]"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 14, .error, "wrong-type", message: ["each item of `scam_types`", "a list"], hint: ["scam_types: [a, b]"]),
        ])
    }

    /// Since the sixty-second session a tag that is none in `languages` is the one error: the files in the language it meant wait.
    @Test("with a tag in site.yml that is none, a file-name language is not told; the tags are, with the ones meant")
    func languageSuggestion() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [EN, zh_CN]"))
        tree.set("cases/x.zh.md", caseFile(["title: 中文", "date: 2024-03-01"]))
        tree.remove("advice.zh.yml")
        let result = tree.check()
        #expect(!result.diagnostics.contains { $0.file == "Alerts/cases/x.zh.md" }, "\(result.diagnostics.map(\.formatted))")
        #expect(result.diagnostics.filter { $0.code == "invalid-language" }.map(\.message) == ["write the language of `EN` in lower case: `en`", "`zh_CN` is not a BCP 47 language tag"],
                "\(result.diagnostics.map(\.formatted))")
    }

    @Test("a translation without a body is a warning: its page shows the original's story")
    func translationWithoutBody() {
        var tree = Tree()
        tree.set("cases/x.md", caseFile(["title: A call", "date: 2024-03-01", "summary: A call."]))
        tree.set("cases/x.zh.md", "---\ntitle: 一个电话\nsummary: 一个电话。\n---\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/cases/x.zh.md", 5, nil, .warning, "untranslated", message: ["no body"], hint: ["translate the story"]),
        ])
    }

    @Test("a second front matter block in the body (two cases in one file, `---`/`draft: true`/`---` at the end) is an error at its `---`; a rule is not")
    func secondFrontMatter() {
        expectDiagnostics(check(caseFile(["title: One", "date: 2024-03-01"]) + "First story.\n\n---\ntitle: Two\ndate: 2024-03-02\n---\nSecond story.\n").diagnostics, [
            Expected(Self.file, 8, 1, .error, "second-front-matter", message: ["line 8", "`title:`"]),
        ])
        expectDiagnostics(check(caseFile(["title: One", "date: 2024-03-01"]) + "Story.\n---\ndraft: true\n---\n").diagnostics, [
            Expected(Self.file, 7, 1, .error, "second-front-matter", message: ["`draft:`"]),
        ])
        expectClean(check(caseFile(["title: One", "date: 2024-03-01"]) + "Story.\n\n---\n\nNote: the police said more.\n\n---\n"))
        // A malformed-input review (forty-first session): keys alertpress does not know went out as a heading, without a word.
        expectDiagnostics(check(caseFile(["title: One", "date: 2024-03-01"]) + "---\nRegion: Beijing\nauthor: Wang Fang (desk editor)\n---\nStory.\n").diagnostics, [
            Expected(Self.file, 6, 1, .warning, "second-front-matter", message: ["lines 6–9", "`Region`, `author`"], hint: ["`region`"]),
        ])
        // A malformed-input review (fifty-fifth session): right after the front matter's own `---`, the block went out as a heading.
        for block in ["tags: [x]", "extra: 1\nauthor: Wang"] {
            expectDiagnostics(check("---\ntitle: One\ndate: 2024-03-01\n---\n\(block)\n---\nStory.\n").diagnostics, [
                Expected(Self.file, 4, 1, .warning, "second-front-matter", message: ["lines 4–\(block.contains("\n") ? 7 : 6)", "`\(block.prefix { $0 != ":" })`"]),
            ])
        }
        expectClean(check("---\ntitle: One\ndate: 2024-03-01\n---\nUpdate: police have arrested two men.\n\nStory.\n\n---\n\nMore.\n"))
        expectClean(check("---\ntitle: One\ndate: 2024-03-01\n---\nNote: names and some details have been changed.\n\n---\n\nStory.\n"))
    }

    /// A malformed-input review (forty-first session): a body of only a comment published an empty story, without a word.
    @Test("a story of only a comment, or only headings, is a warning; a story of a code block or an image is not", arguments: [
        ("<!-- TODO: write the story here -->", "comments or markup"), ("## What happened\n\n### Advice", "headings"),
        ("```\n【顺丰】您的快递丢失\n```", nil), ("![The fake page](/assets/logo.png)", nil),
    ])
    func placeholderBody(_ body: String, _ shows: String?) {
        let warnings = check(caseFile(["title: One", "date: 2024-03-01", "summary: A call."]) .replacingOccurrences(of: "Police are investigating the matter.\n", with: body + "\n"))
            .diagnostics.filter { $0.code == "empty-case" }
        #expect(warnings.map(\.line) == (shows == nil ? [] : [6]) && warnings.allSatisfy { $0.message.contains(shows ?? "") }, "\(warnings.map(\.formatted))")
    }

    @Test("a yearly window of more than half a year is a warning (start and end swapped); a winter season across the new year is not")
    func swappedWindow() {
        let campaign = String(decoding: Fixtures.base["campaigns/double-11.md"] ?? Data(), as: UTF8.self)
        let swapped = Tree.with(["campaigns/double-11.md": campaign.replacingOccurrences(of: "{start: \"11-01\", end: \"11-11\"}", with: "{start: \"11-11\", end: \"11-01\"}")]).check()
        expectDiagnostics(swapped.diagnostics, [
            Expected("Alerts/campaigns/double-11.md", 3, 31, .warning, "long-window", message: ["from 11-11 to 11-01 of the next year"], hint: ["start: \"11-01\", end: \"11-11\""]),
        ])
        expectClean(Tree.with(["campaigns/double-11.md": campaign.replacingOccurrences(of: "{start: \"11-01\", end: \"11-11\"}", with: "{start: \"12-20\", end: \"01-10\"}")]).check())
    }

    @Test("Markdown marks in a title or summary are a warning: they are printed as written")
    func markdownInTitle() {
        expectDiagnostics(check(caseFile(["title: \"**Urgent** fake courier calls\"", "date: 2024-03-01", "summary: \"See [the police](https://police.example) notice.\""])).diagnostics, [
            Expected(Self.file, 2, 8, .warning, "markdown-in-text", message: ["`**`"]),
            Expected(Self.file, 4, 10, .warning, "markdown-in-text", message: ["`](`"]),
        ])
    }

    @Test("a title longer than about 60 Chinese or 120 Latin characters is a warning at the title")
    func longTitle() {
        let chinese = String(repeating: "春运期间返乡务工人员接到冒充铁路客服电话", count: 4)
        let long = Tree.with(["cases/x.zh.md": caseFile(["title: \(chinese)", "date: 2024-03-01"])]).check()
        expectDiagnostics(long.diagnostics, [
            Expected("Alerts/cases/x.zh.md", 2, 8, .warning, "long-title", message: ["\(chinese.count) characters"], hint: ["summary"]),
        ])
        expectClean(Tree.with(["cases/x.zh.md": caseFile(["title: \(chinese.prefix(60))", "date: 2024-03-01"])]).check())
        expectClean(check(caseFile(["title: \(String(repeating: "Fake refund call ", count: 7))", "date: 2024-03-01"])))
    }

    /// A malformed-input review (fifty-fifth session): 5,000 nested `>` built a page HTML checkers reject (more than 513 levels deep).
    @Test("quotations or lists nested more than 100 levels deep are an error at their deepest line; 99 quotations are not")
    func deepNesting() {
        let quotes = check(caseFile(["title: Deep", "date: 2024-03-01"], body: ["Text.", "", String(repeating: "> ", count: 5000) + "deep"]))
        expectDiagnostics(quotes.diagnostics, [Expected(Self.file, 7, 1, .error, "deep-nesting", message: ["5001 levels", "100 at most"])])
        let list = (0..<60).map { String(repeating: "  ", count: $0) + "- x" }
        expectDiagnostics(check(caseFile(["title: Deep", "date: 2024-03-01"], body: list)).diagnostics,
                          [Expected(Self.file, 64, 1, .error, "deep-nesting", message: ["121 levels", "line 64"])])
        expectClean(check(caseFile(["title: Deep", "date: 2024-03-01"], body: ["Text.", "", String(repeating: "> ", count: 99) + "deep"])))
    }

    /// A malformed-input review (fifty-fifth session): a megabyte's summary was published whole on the home page and in every feed.
    @Test("a summary longer than about 240 Chinese or 480 Latin characters is a warning at the summary")
    func longSummary() {
        let sentence = "A caller posing as courier customer service offered compensation for a lost parcel and watched her codes. "
        let long = check(caseFile(["title: Lost parcel", "date: 2024-03-01", "summary: \(String(repeating: sentence, count: 5))"]))
        expectDiagnostics(long.diagnostics, [Expected(Self.file, 4, 10, .warning, "long-summary", message: ["characters long"], hint: ["one or two sentences"])])
        expectClean(check(caseFile(["title: Lost parcel", "date: 2024-03-01", "summary: \(String(repeating: sentence, count: 4))"])))
        let chinese = String(repeating: "冒充快递客服以丢件理赔为由诱导共享屏幕，", count: 13)
        expectDiagnostics(Tree.with(["cases/x.zh.md": caseFile(["title: 丢件理赔", "date: 2024-03-01", "summary: \(chinese)"])]).check().diagnostics,
                          [Expected("Alerts/cases/x.zh.md", 4, 10, .warning, "long-summary")])
        expectClean(Tree.with(["cases/x.zh.md": caseFile(["title: 丢件理赔", "date: 2024-03-01", "summary: \(chinese.prefix(230))"])]).check())
    }

    @Test("an advice entry that lost its `- ` is a duplicate key whose hint says to write the dash")
    func adviceEntryWithoutDash() {
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let lines = advice.filter { $0 == "\n" }.count
        let result = Tree.with(["advice.yml": advice + "  id: tickets-only-in-12306\n  kind: do\n  priority: 27\n  text: Buy tickets in the 12306 app only.\n"]).check()
        expectDiagnostics(result.diagnostics.filter { $0.code == "duplicate-key" }, [
            Expected("Alerts/advice.yml", lines + 1, 3, .error, "duplicate-key", message: ["`id`", "`text`"], hint: ["write `- ` before its first key (`- id: …`)"]),
        ])
        // A key written twice in one entry is still just that.
        let twice = Tree.with(["advice.yml": advice + "- id: extra\n  kind: do\n  priority: 27\n  priority: 28\n  text: T.\n"]).check()
        #expect(twice.diagnostics.first { $0.code == "duplicate-key" }?.hint == "each key may appear once")
    }

    @Test("a folder without site.yml (a wrong --alerts) gets the one error, not a warning for each of its files")
    func wrongContentFolder() {
        var tree = Tree()
        tree.remove("site.yml")
        tree.set("notes.txt", "minutes\n")
        tree.set("cases/x.markdown", "text\n")
        let diagnostics = tree.check().diagnostics
        #expect(!diagnostics.contains { $0.code == "unknown-file" }, "\(diagnostics.map(\.formatted))")
        #expect(diagnostics.contains { $0.code == "missing-file" && ($0.hint ?? "").contains("is --alerts the folder") })
        var named = Tree()
        named.set("notes.txt", "minutes\n")
        #expect(named.check().diagnostics.map(\.code) == ["unknown-file"])
    }

    @Test("a country code or a language's name in a file name points at the language code meant", arguments: [("cn", "zh"), ("chinese", "zh"), ("uk", "en")])
    func languageAlias(_ written: String, _ meant: String) {
        var tree = Tree()
        tree.set("cases/x.\(written).md", caseFile(["title: T", "date: 2024-03-01"]))
        let diagnostic = tree.check().diagnostics.first { $0.file == "Alerts/cases/x.\(written).md" }
        #expect(diagnostic?.code == "invalid-language")
        #expect(diagnostic?.hint == "`\(written)` is no language code: for this language write `.\(meant).md` (rename the file to `x.\(meant).md`)", "\(diagnostic?.formatted ?? "")")
    }

    @Test("a language written in capitals in site.yml is told to be written in lower case, at its place", arguments: [("EN", "en"), ("Zh-Hant", "zh-Hant")])
    func capitalLanguage(_ written: String, _ meant: String) {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, \(written)]"))
        let diagnostic = tree.check().diagnostics.first { $0.code == "invalid-language" && $0.file == "Alerts/site.yml" }
        #expect(diagnostic?.message == "write the language of `\(written)` in lower case: `\(meant)`", "\(diagnostic?.formatted ?? "")")
        let line = site.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("languages:") }.map { $0 + 1 }
        #expect(diagnostic?.file == "Alerts/site.yml" && diagnostic?.line == line && diagnostic?.column == 17, "\(diagnostic?.formatted ?? "")")
    }

    /// A malformed-input review (sixty-second session): a list written with Chinese marks had the generic hint; a duplicate
    /// advice id did not say where the first one is.
    @Test("a list run together with 、 is shown as a list; an advice id defined twice names the first one's line")
    func listMarksAndDuplicateAdvice() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "indicators: 来电尾号0417、账号尾号6652"])).diagnostics, [
            Expected(Self.file, 4, 13, .error, "wrong-type", message: ["`indicators` must be a list"], hint: ["`indicators: [来电尾号0417, 账号尾号6652]`"]),
        ])
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        let twice = advice + "- id: never-share-sms-code\n  priority: 9\n  text: Never share it.\n"
        let line = twice.split(separator: "\n", omittingEmptySubsequences: false).count - 3
        expectDiagnostics(Tree.with(["advice.yml": twice]).check().diagnostics, [
            Expected("Alerts/advice.yml", line, 7, .error, "duplicate-id", message: ["defined twice, first on line 1"], hint: ["keep one of the two"]),
        ])
    }

    /// A malformed-input review (sixty-second session): a hotline number that cannot be dialled had no hint, and a translation's
    /// hotlines were "different" from site.yml's while one of site.yml's did not read.
    @Test("a hotline number that cannot be dialled is told what to write", arguments: [
        ("11O", "did you mean `110`"), ("１１０", "half-width: `110`"), ("110 / 120", "list `110` and `120` as hotlines of their own"),
        ("110（24小时）", "in the label, and write `number: \"110\"`"), ("+86 (10) 6520-1234 ext. 5", "write `number: \"+86 (10) 6520-1234\"`"),
        ("call 110", "digits, spaces, brackets"),
    ])
    func undiallableHotline(_ number: String, _ hint: String) {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "number: \"110\"", with: "number: \"\(number)\""))
        tree.set("site.zh.yml", "title: 测试城市反诈公告\nhotlines:\n  - {label: 报警, number: \"110\"}\n  - {label: 反诈专线, number: \"96110\"}\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", 7, 29, .error, "invalid-phone", message: ["`\(number)` has characters that cannot be dialled"], hint: [hint]),
        ])
    }

    /// A malformed-input review (sixty-second session): a language's name or a locale's underscore in `languages` had no hint,
    /// and each file in the language it meant was told it is not listed, with a warning that nothing is written in `Chinese`.
    @Test("a language's name or a locale in site.yml is told with the tag meant, and is the one error")
    func languageNamesInSite() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        let line = site.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("languages:") }.map { $0 + 1 } ?? 0
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [English, Chinese]"))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", line, 13, .error, "invalid-language", message: ["`English` is not a BCP 47 language tag"], hint: ["write `en`"]),
            Expected("Alerts/site.yml", line, 22, .error, "invalid-language", message: ["`Chinese`"], hint: ["write `zh`"]),
        ])
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, zh_CN]"))
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/site.yml", line, 17, .error, "invalid-language", message: ["`zh_CN`"], hint: ["write `zh-CN`: a tag's parts are joined by a hyphen"]),
        ])
    }

    @Test("files in a language site.yml does not list are one error, which names the listed tag of the same language")
    func unlistedLanguageOnce() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, zh-Hans]"))
        tree.set("cases/x.zh.md", caseFile(["title: 中文", "date: 2024-03-01"]))
        tree.set("cases/y.zh.md", caseFile(["title: 中文", "date: 2024-03-01"]))
        let errors = tree.check().diagnostics.filter { $0.code == "invalid-language" }
        #expect(errors.count == 1, "\(errors.map(\.formatted))")
        #expect(errors.first?.message.contains("more file(s) are in `zh` too") == true)
        #expect(errors.first?.hint == "site.yml lists `zh-Hans`: write `zh` there, or use `.zh-Hans.` in the file names")
        // A locale's underscore (`.zh_CN.md`): renamed to the listed tag, not to a case of its own (fifty-seventh session).
        var locale = Tree()
        locale.set("cases/x.zh_CN.md", caseFile(["title: 中文", "date: 2024-03-01"]))
        let renamed = locale.check().diagnostics.filter { $0.code == "invalid-language" }
        #expect(renamed.map(\.hint) == ["site.yml lists `zh`: rename the file to `x.zh.md`"], "\(renamed.map(\.formatted))")
    }

    /// A review (fifty-third session): `languages: [zh, en]` on an English-first site gave an error for each of 35 `.zh.` files
    /// and a rename hint for each English file.
    @Test("files named with the default language's suffix are one error at `languages` when several, naming the order meant; one file is its own error")
    func defaultLanguageSuffixes() {
        var tree = Tree()
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("cases/x.zh.md", caseFile(["title: 中文", "date: 2024-03-01"], body: ["王女士接到自称快递客服的电话，对方说她的包裹丢失了。"]))
        tree.set("site.yml", site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [zh, en]"))
        let line = site.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("languages:") }.map { $0 + 1 } ?? 0
        let swapped = tree.check().diagnostics
        expectDiagnostics(swapped.filter { $0.code == "invalid-language" || $0.code == "wrong-language" }, [
            Expected("Alerts/site.yml", line, 13, .error, "invalid-language", message: ["files carry `.zh.`", "default language"],
                     hint: ["list it first (`languages: [en, zh]`)", "take `.zh` out of their names"]),
        ])
        tree.set("site.yml", site)
        tree.set("cases/y.en.md", caseFile(["title: T", "date: 2024-03-01"]))
        expectDiagnostics(tree.check().diagnostics.filter { $0.code == "invalid-language" }, [
            Expected("Alerts/cases/y.en.md", 1, nil, .error, "invalid-language", message: ["`.en.` names the default language"], hint: ["without a language suffix"]),
        ])
    }

    @Test("a tab used for indentation: reported at the tab, with a hint about tabs")
    func tabIndentation() {
        let result = check(caseFile([
            "title: Tabs",        // 2
            "date: 2024-03-01",   // 3
            "loss:",              // 4
            "\tamount: 100",      // 5
            "\tcurrency: CNY",    // 6
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 1, .error, "yaml-syntax", message: ["line 5 holds a tab"], hint: ["tab"]),
        ])
        // (Sixty-second session: it was libyaml's "found character that cannot start any token".)
        expectDiagnostics(check(caseFile(["title: Tabs", "date: 2024-03-01", "region:\tWuhan", "\tchannels: [sms]"])).diagnostics, [
            Expected(Self.file, 5, 1, .error, "yaml-syntax", message: ["line 5 holds a tab"], hint: ["indent with spaces, not tabs"]),
        ])
    }

    @Test("duplicate YAML key: reported at the repeated key, in the mapping that repeats it", arguments: [
        (["title: First title", "date: 2024-03-01", "title: Second title"], 4, 1, "title"),
        // The second source repeats `name`; the first source's `name` is another mapping's.
        (["title: T", "date: 2024-03-01", "sources:", "  - name: A", "    url: https://a.example/x", "  - name: B",
          "    url: https://b.example/y", "    name: C"], 9, 5, "name"),
        (["title: T", "date: 2024-03-01", "loss: {amount: 4000, currency: CNY, amount: 5}"], 4, 37, "amount"),
        // A space before the colon (a malformed-input review, thirty-sixth session: reported at the first).
        (["title: T", "region: A", "date: 2024-03-01", "region : B"], 5, 1, "region"),
    ])
    func duplicateKey(_ lines: [String], line: Int, column: Int, key: String) {
        expectDiagnostics(check(caseFile(lines)).diagnostics, [Expected(Self.file, line, column, .error, "duplicate-key", message: ["`\(key)`"])])
    }

    @Test("a full-width colon in a value further up is not blamed for a later error")
    func fullWidthColonInValue() {
        let result = check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "  - WeChat：fake_cs_001", "region: Wuhan", "\tchannels: [sms]"]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 7, 1, .error, "yaml-syntax", hint: ["tabs"])])
    }

    @Test("a bad escape in double quotes is reported at its backslash, with single quotes as the way out")
    func badEscape() {
        let result = check(caseFile(["title: T", "date: 2024-03-01", #"summary: "Saved in C:\Users\zhong""#]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 4, 22, .error, "yaml-syntax", message: ["backslash"], hint: ["single quotes"])])
        // A malformed-input review (fifty-fifth session): with a valid escape before it, the valid one was named.
        for (value, column) in [(#""a\tb\new\Wuhan""#, 18), (#""D:\new\Wuhan""#, 16), (#""\\server\\\x4g""#, 20)] {
            expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "region: \(value)"])).diagnostics,
                              [Expected(Self.file, 4, column, .error, "yaml-syntax", message: ["backslash"])])
        }
    }

    @Test("a value millions of characters long is quoted by its start, and looked up fast")
    func longValue() throws {
        let id = String(repeating: "a", count: 2_000_000)
        let result = check(caseFile(["title: T", "date: 2024-03-01", "scam_types: [\(id)]"]))
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.code == "unknown-id" && error.formatted.utf8.count < 1_000, "\(error.formatted.prefix(300))")
        #expect(error.message.contains(String(repeating: "a", count: 60) + "…"))
    }

    // MARK: Encoding

    @Test("invalid UTF-8 in the body, at its line and column")
    func invalidUTF8InBody() {
        var tree = Tree()
        let bytes = Array("---\ntitle: Bytes\ndate: 2024-03-01\n---\nFirst line.\nbad ".utf8) + [0xFF, 0xFE] + Array(" here\n".utf8)
        tree.set("cases/x.md", bytes: bytes)
        expectDiagnostics(tree.check().diagnostics, [
            Expected(Self.file, 6, 5, .error, "invalid-utf8", hint: ["UTF-8"]),
        ])
    }

    @Test("invalid UTF-8 after CJK text counts characters, not bytes")
    func invalidUTF8AfterCJK() {
        var tree = Tree()
        // Latin-1 "é" (0xE9) followed by ASCII is not valid UTF-8.
        let bytes = Array("---\ntitle: 咖啡".utf8) + [0xE9] + Array("\ndate: 2024-03-01\n---\nBody.\n".utf8)
        tree.set("cases/x.md", bytes: bytes)
        expectDiagnostics(tree.check().diagnostics, [Expected(Self.file, 2, 10, .error, "invalid-utf8")])
    }

    @Test("a Chinese file saved as UTF-16 (Notepad's \"Unicode\") is named as UTF-16 at 1:1, with or without its byte-order mark")
    func utf16Chinese() {
        let text = "---\r\ntitle: 冒充快递理赔\r\ndate: 2024-03-01\r\n---\r\n正文。\r\n"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            var tree = Tree()
            tree.set("cases/x.zh.md", bytes: bytes)
            expectDiagnostics(tree.check().diagnostics, [Expected("Alerts/cases/x.zh.md", 1, 1, .error, "invalid-utf8", message: ["UTF-16"])])
        }
    }

    @Test("a file saved as GBK (Windows' \"ANSI\") is named as GBK, at the column of its first Chinese character")
    func gbkFile() {
        var tree = Tree()
        // 冒充快递 in GBK: C3 B0 B3 E4 BF EC B5 DD (C3 B0 alone would read as UTF-8 "ð").
        let bytes = Array("---\ntitle: ".utf8) + [0xC3, 0xB0, 0xB3, 0xE4, 0xBF, 0xEC, 0xB5, 0xDD] + Array("\ndate: 2024-03-01\n---\nBody.\n".utf8)
        tree.set("cases/x.zh.md", bytes: bytes)
        expectDiagnostics(tree.check().diagnostics, [Expected("Alerts/cases/x.zh.md", 2, 8, .error, "invalid-utf8", message: ["GBK"], hint: ["Encoding: UTF-8"])])
    }

    // MARK: Personal data

    static let validResidentID: String = {
        let first17 = "11010519900307123"
        return first17 + String(residentIDCheckCharacter(first17))
    }()

    static let card = "6222 0212 3456 7894"

    @Test("the test's own reference data is what it claims to be")
    func referenceData() {
        #expect(residentIDCheckCharacter("11010519491231002") == "X", "GB 11643 sample 11010519491231002X")
        #expect(Self.validResidentID.count == 18)
        #expect(luhnChecksumIsValid(Self.card.filter(\.isNumber)))
        #expect(!luhnChecksumIsValid("6222021234567895"))
    }

    @Test("unmasked mobile numbers, at their line and column", arguments: [
        ("She was called from 13812345678 twice.", 21, "138****5678"),
        ("The caller used +86 138 1234 5678 today.", 17, "138****5678"),
        ("Number: 138-1234-5678.", 9, "138****5678"),
        ("电话：13912345678，请回电。", 4, "139****5678"),
    ])
    func mobile(_ line: String, _ column: Int, _ masked: String) {
        let result = check(caseFile(["title: Phone", "date: 2024-03-01"], body: ["First paragraph.", "", line]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, column, .error, "personal-data", message: ["mobile number", masked]),
        ])
        #expect(result.diagnostics.allSatisfy { !$0.message.contains("12345678") && !$0.message.contains("1234 5678") },
                "a diagnostic must not repeat the personal data it reports")
    }

    @Test("18-digit resident ID with a valid GB 11643 check digit")
    func residentID() {
        let id = Self.validResidentID
        let result = check(caseFile(["title: ID", "date: 2024-03-01"], body: ["Her ID \(id) was photographed."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 8, .error, "personal-data", message: ["resident ID number"]),
        ])
        #expect(!(result.diagnostics.first?.message.contains(id) ?? true))
    }

    @Test("18 digits with a wrong check digit are not a resident ID")
    func residentIDWrongCheckDigit() {
        let first17 = String(Self.validResidentID.prefix(17))
        let correct = residentIDCheckCharacter(first17)
        // A wrong check digit that also does not happen to make a Luhn-valid card number.
        let wrong = "0123456789".first { $0 != correct && !luhnChecksumIsValid(first17 + String($0)) } ?? "0"
        let result = check(caseFile(["title: ID", "date: 2024-03-01"], body: ["Digits \(first17)\(wrong) on file."]))
        expectClean(result)
    }

    @Test("Luhn-valid 16-digit bank card, with and without spaces", arguments: ["6222 0212 3456 7894", "6222021234567894", "6222-0212-3456-7894"])
    func bankCard(_ card: String) {
        let result = check(caseFile(["title: Card", "date: 2024-03-01"], body: ["She read out card \(card) to him."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 19, .error, "personal-data", message: ["bank card number", "7894"]),
        ])
    }

    @Test("personal data in the forms people type it: next to Chinese text, full-width, grouped, with a country code",
          arguments: [
            ("受害人身份证号11010519491231002X被冒用。", 8, "resident ID number"),
            ("ID １１０１０５１９４９１２３１００２Ｘ was used.", 4, "resident ID number"),
            ("ID 110105 19491231 002X was used.", 4, "resident ID number"),
            ("ID 110105-19491231-002X was used.", 4, "resident ID number"),
            ("Card 6217 0012 3456 7890 122 was used.", 6, "bank card number"),
            ("Call 8613812345678 now.", 6, "mobile number"),
            ("Call 138.1234.5678 now.", 6, "mobile number"),
            ("Write to zhangsan＠qq.com now.", 10, "e-mail address"),
            ("Phone &#49;3812345678 now.", 7, "mobile number"),
            ("Phone &#x31;38&#45;1234-5678 now.", 7, "mobile number"),
            ("Write to victim&#64;example.com or &commat; now.", 10, "e-mail address"),
            ("Phone 138\u{200B}1234\u{2060}5678 now.", 7, "mobile number"),
            ("Phone １３８－１２３４－５６７８ now.", 7, "mobile number"),
            ("Phone 138–1234–5678 now.", 7, "mobile number"),
            ("Write to jane&commat;example.com now.", 10, "e-mail address"),
            ("Phone 138&nbsp;1234&nbsp;5678 now.", 7, "mobile number"),
          ])
    func typedForms(_ line: String, _ column: Int, _ kind: String) {
        #expect(luhnChecksumIsValid("6217001234567890122"), "the card of the test is Luhn-valid")
        let result = check(caseFile(["title: Forms", "date: 2024-03-01"], body: [line]))
        expectDiagnostics(result.diagnostics, [Expected(Self.file, 5, column, .error, "personal-data", message: [kind])])
    }

    @Test("a number that markup splits in the file but the page shows whole is an error on its line")
    func splitOnlyInTheFile() {
        // A link around part of a number, and a comment over two lines: the page prints 13812345678.
        let result = check(caseFile(["title: Split", "date: 2024-03-01"], body: [
            "Nothing here.", "", "Her phone 138[1234](#)5678 was used.", "", "And 139<!--", "-->12345678 too.",
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, 11, .error, "personal-data", message: ["mobile number", "138****5678", "splits it"]),
            Expected(Self.file, 9, 5, .error, "personal-data", message: ["mobile number", "139****5678", "splits it"]),
        ])
    }

    /// A malformed-input review (fifty-seventh session): a name, a chat account or a date of birth that markup splits was
    /// told at the body's first line.
    @Test("a name, a chat account or a date of birth that markup splits is told on its line, at what its mask shows")
    func identitySplitOnItsLine() {
        let result = check(caseFile(["title: Split", "date: 2024-03-01"], body: [
            "Nothing here.", "", "受害人**陈桂芳**（72岁）接到电话。", "", "Her WeChat ID was **lihua_1980** then.", "", "The victim, Chen", "Guifang, 72, answered.",
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, 6, .error, "personal-data", message: ["full name", "陈**", "splits it"]),
            Expected(Self.file, 9, 21, .error, "personal-data", message: ["chat account", "li****", "splits it"]),
            Expected(Self.file, 11, 13, .error, "personal-data", message: ["full name", "Chen G******", "splits it"]),
        ])
    }

    /// A black-box review (fifty-second session): an address written out (`[at]`, `＠`) was told twice, once at the
    /// body's first line; one broken after its sign, only there.
    @Test("an e-mail address the page shows whole is told once, at its name in the file")
    func emailToldOnce() {
        let result = check(caseFile(["title: Mail", "date: 2024-03-01"], body: [
            "Nothing here.", "", "She wrote from wang.li [at] qq [dot] com and from", "zhao.min@", "qq.com too.",
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, 16, .error, "personal-data", message: ["e-mail address", "w***@qq.com"], hint: ["indicators"]),
            Expected(Self.file, 8, 1, .error, "personal-data", message: ["e-mail address", "z***@qq.com", "splits it"]),
        ])
    }

    @Test("a number broken over two lines is found where it starts")
    func numberOverLineBreak() {
        let result = check(caseFile(["title: Broken", "date: 2024-03-01"], body: [
            "Her phone was 138", "1234 5678 all along.", "ID 1101051949", "1231002X too.", "Or 139-1234- ", "5678 then.",
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 15, .error, "personal-data", message: ["mobile number"]),
            Expected(Self.file, 7, 4, .error, "personal-data", message: ["resident ID number"]),
            Expected(Self.file, 9, 4, .error, "personal-data", message: ["mobile number"]),
        ])
    }

    @Test("numbers that only look like personal data pass", arguments: [
        "Loss: 1,234,567.89 yuan on 2024-03-01, 13:45.",
        "Tracking no. 8613812345678 was shown.",
        "Dates 2019 2020 2021 2022 2023 2024 in a row.",
        "The order 110105 19491231 0020 cost 40 yuan.",
    ])
    func lookalikes(_ line: String) {
        expectClean(check(caseFile(["title: Lookalikes", "date: 2024-03-01"], body: [line])))
    }

    @Test("a phone or ID number in the file name, which becomes the case's public address", arguments: [
        ("cases/victim-13912345678.md", "mobile number"), ("cases/440304198511205033.md", "resident ID number"),
        ("cases/2024/li-139-1234-5678.zh.md", "mobile number"),
    ])
    func personalDataInTheFileName(_ path: String, _ kind: String) {
        let result = check(caseFile(["title: Masked", "date: 2024-03-01"], body: ["Nothing personal here."]), at: path)
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/" + path, 1, 1, .error, "personal-data", message: [kind, "file name", "public address"]),
        ])
    }

    @Test("e-mail address")
    func email() {
        let result = check(caseFile(["title: Mail", "date: 2024-03-01"], body: ["Write to victim.li@example.com for details."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 10, .error, "personal-data", message: ["e-mail address"]),
        ])
    }

    /// A black-box review (fifty-second session): a personal mobile given as a hotline was printed on every page and flyer in silence.
    @Test("personal data in the advice library, a scam type or a campaign is an error there too; in site.yml's contacts a mobile is a warning")
    func personalDataOutsideCases() {
        var tree = Tree()
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        tree.set("advice.yml", advice.replacingOccurrences(of: "call 110 or 96110.", with: "call 110, as 13912345678 did."))
        let campaign = String(decoding: Fixtures.base["campaigns/double-11.md"] ?? Data(), as: UTF8.self)
        tree.set("campaigns/double-11.md", campaign + "Write to li.victim@163.com.\n")
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        tree.set("types/fake-courier-compensation.md", type + "Ms Li (ID 110101199003078515) lost money.\n")
        let site = String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self)
        tree.set("site.yml", site.replacingOccurrences(of: "\"96110\"}", with: "\"13812345678\"}")
                 + "description: Write to desk@alerts.example.org.\n")
        let result = tree.check()
        expectDiagnostics(result.diagnostics, [
            // "  text: If in doubt, hang up and call 110, as " is 46 characters; each file ends in a line break.
            Expected("Alerts/advice.yml", 8, 47, .error, "personal-data", message: ["mobile number", "139****5678"]),
            Expected("Alerts/campaigns/double-11.md", 8, 10, .error, "personal-data", message: ["e-mail address"]),
            Expected("Alerts/types/fake-courier-compensation.md", 14, 11, .error, "personal-data", message: ["resident ID number"]),
            Expected("Alerts/site.yml", 8, 42, .warning, "personal-mobile", message: ["`site.yml`", "138****5678", "every page and flyer"], hint: ["hotline or landline"]),
        ])
    }

    @Test("a chat account in a case is an error unless the indicators list it; a campaign may give the publisher's own")
    func chatAccounts() {
        var tree = Tree.with([
            "cases/a.zh.md": caseFile(["title: 甲", "date: 2024-03-01", "indicators: [\"骗子微信 kefu_jd2024\"]"],
                                      body: ["骗子的微信号是kefu_jd2024，她的微信号是li_hua1990。"]),
            "cases/a.md": caseFile(["title: A", "date: 2024-03-01"]),
        ])
        let campaign = String(decoding: Fixtures.base["campaigns/double-11.md"] ?? Data(), as: UTF8.self)
        tree.set("campaigns/double-11.md", campaign + "Follow our WeChat ID: szfzzx_110 for alerts.\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/cases/a.zh.md", 6, 26, .error, "personal-data", message: ["chat account", "li****"]),
        ])
    }

    @Test("a source on a scam site, named in this or another case's indicators, is an error at its url")
    func sourceOnScamSite() {
        let result = Tree.with([
            "cases/a.md": caseFile(["title: A", "date: 2024-03-01", "indicators: [\"hxxps://pay.evil-shop[.]example/x\"]"]),
            "cases/b.md": caseFile(["title: B", "date: 2024-03-01", "sources:",
                                    "  - {name: Paper, url: \"https://news.example.org/story\"}",
                                    "  - {name: Shop, url: \"https://PAY.evil-shop.example/\"}",
                                    "  - {name: Other, url: \"https://pay.evil-shop.example.org/\"}"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/b.md", 6, 32, .error, "scam-source", message: ["`pay.evil-shop.example`", "of Alerts/cases/a.md", "live link"]),
        ])
    }

    /// A malformed-input review (fiftieth session): the scam site cited as a source, named only in
    /// the case's text, was published as a live link.
    @Test("a source on a site the case's own text calls a scam page is an error at its url; one whose name says so, a warning")
    func sourceTheTextCallsAScamPage() {
        let sources = ["sources:", "  - {name: City Police, url: \"https://police.example.gov/notice/1\"}",
                       "  - {name: Refund page, url: \"https://www.JD-Refund.com/claim\"}"]
        let result = Tree.with([
            "cases/a.md": caseFile(["title: A", "date: 2024-03-01"] + sources,
                                   body: ["Police are investigating.", "", "The fake refund page was at jd-refund.com/claim. Call 96110."]),
            "cases/b.zh.md": caseFile(["title: 乙", "date: 2024-03-01", "sources:", "  - {name: 页面, url: \"https://jd-tuikuan.cn/a\"}"],
                                      body: ["骗子发来钓鱼链接 jd-tuikuan.cn/a，让她填写银行卡信息。"]),
            "cases/b.md": caseFile(["title: B", "date: 2024-03-01"]),
            "cases/c.md": caseFile(["title: C", "date: 2024-03-01", "sources:", "  - {name: Screenshot of the fake refund page, url: \"https://refund-help.example/x\"}"]),
            // Not the scam page: the official site named after "the fake page" and "the real"; a
            // report on a police site; a host only inside a longer one; a source's name that is a report.
            "cases/d.md": caseFile(["title: D", "date: 2024-03-01", "sources:", "  - {name: JD notice, url: \"https://jd.com/notice\"}",
                                    "  - {name: Police warning, url: \"https://police.example.gov/w\"}",
                                    "  - {name: Shop, url: \"https://shop.example\"}"],
                                   body: ["The fake page copied the real jd.com. A warning about fake refund sites is at police.example.gov/w.",
                                          "", "The phishing link went to my-shop.example and shop.example.net."]),
            "cases/e.md": caseFile(["title: E", "date: 2024-03-01", "sources:", "  - {name: News report on the scam site, url: \"https://news.example.org/1\"}"]),
            // The words after the host, saying what it is (a black-box review, fifty-second session); not after "the real".
            "cases/f.md": caseFile(["title: F", "date: 2024-03-01", "sources:", "  - {name: Notice, url: \"https://refund-centre.top/notice\"}"],
                                   body: ["The text message linked to refund-centre.top/claim, a fake refund page."]),
            "cases/g.zh.md": caseFile(["title: 庚", "date: 2024-03-01", "sources:", "  - {name: 页面, url: \"https://tuikuan.example/a\"}"],
                                      body: ["短信里的 tuikuan.example/a 是一个钓鱼网站。"]),
            "cases/g.md": caseFile(["title: G", "date: 2024-03-01"]),
            "cases/h.md": caseFile(["title: H", "date: 2024-03-01", "sources:", "  - {name: JD, url: \"https://jd.example/notice\"}"],
                                   body: ["The real site is jd.example, not the fake page she saw."]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/a.md", 6, 39, .error, "scam-source",
                     message: ["`www.jd-refund.com`", "“The fake refund page was at jd-refund.com/claim.”", "live link"]),
            Expected("Alerts/cases/b.zh.md", 5, 30, .error, "scam-source", message: ["`jd-tuikuan.cn`", "钓鱼链接"]),
            Expected("Alerts/cases/c.md", 5, 62, .warning, "scam-source-name", message: ["“Screenshot of the fake refund page”", "`refund-help.example`"]),
            Expected("Alerts/cases/f.md", 5, 34, .error, "scam-source", message: ["`refund-centre.top`", "a fake refund page.”"]),
            Expected("Alerts/cases/g.zh.md", 5, 30, .error, "scam-source", message: ["`tuikuan.example`", "钓鱼网站"]),
        ])
    }

    /// A malformed-input review (forty-first session): a scam account on a trusted platform, listed in
    /// `indicators`, disarmed every link to the platform and to the report page, without a word.
    @Test("an indicator on a site the bulletin trusts (trusted_domains, its own, its report page) is a warning at its line")
    func indicatorOnTrustedSite() {
        var tree = Tree.with([
            "cases/a.md": caseFile(["title: A", "date: 2024-03-01", "indicators:", "  - \"hxxps://weibo[.]com/u/7712345\"",
                                    "  - \"https://alerts.example.org/report/\"", "  - \"https://claim-center.example/\""]),
        ])
        tree.set("site.yml", String(decoding: Fixtures.base["site.yml"] ?? Data(), as: UTF8.self) + "trusted_domains: [weibo.com]\n")
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/cases/a.md", 5, 1, .warning, "trusted-indicator", message: ["`weibo.com`", "disarmed"]),
            Expected("Alerts/cases/a.md", 6, 1, .warning, "trusted-indicator", message: ["`alerts.example.org`"]),
        ])
    }

    @Test("an image or link written relative to the case file is a warning at its paragraph; root paths and anchors are not")
    func relativeTargets() {
        let result = check(caseFile(["title: Screens", "date: 2024-03-01"], body: [
            "The fake page:",                    // 5
            "",                                  // 6
            "Look ![fake page](shot.png) here.", // 7
            "",
            "See [the notice](notices/1.html), [types](/types/) and [below](#advice).", // 9
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, 19, .warning, "relative-link", message: ["image `shot.png`"], hint: ["Templates/assets/", "/assets/shot.png"]),
            Expected(Self.file, 9, 18, .warning, "relative-link", message: ["link `notices/1.html`", "https://alerts.example.org/notices/1.html"]),
        ])
    }

    /// A standards review (thirtieth session): `../types/x/` was published as `https://host/../types/x/`,
    /// which leads above the site when `base_url` has a path.
    @Test("a link's `.` and `..` are resolved at the site's root, under a base URL's path too")
    func dotSegments() {
        let base = "https://www.example.gov.cn/anti-fraud/bulletin"
        #expect(MarkdownRenderer.absolute("../types/fake-shopping/", base: base) == base + "/types/fake-shopping/")
        #expect(MarkdownRenderer.absolute("/cases/./a/../b?q=../x#../y", base: base) == base + "/cases/b?q=../x#../y")
        #expect(MarkdownRenderer.absolute("../../..", base: base) == base + "/")
        #expect(MarkdownRenderer.absolute("assets/..", base: base) == base + "/")
        #expect(MarkdownRenderer.absolute("/types/..", base: base) == base + "/")
        #expect(MarkdownRenderer.absolute("x/%2e%2E/%2e%2e/%2E/y", base: base) == base + "/y", "browsers read %2e as a dot")
        #expect(MarkdownRenderer.absolute("/assets/a.png", base: base) == base + "/assets/a.png")
        #expect(MarkdownRenderer.absolute("https://other.example/../x", base: base) == "https://other.example/../x")
        let result = check(caseFile(["title: Up", "date: 2024-03-01"], body: ["See [shopping](../types/fake-shopping/)."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 16, .warning, "relative-link", message: ["link `../types/fake-shopping/`", "(https://alerts.example.org/types/fake-shopping/)"]),
        ])
    }

    /// A review (fifty-third session): a translation's other date or loss was only a warning, and published.
    @Test("a translation that repeats the date or loss with another value is an error at that key; other tags, or a fact the original does not state, a warning")
    func translationDiffers() {
        let result = Tree.with([
            "cases/a.md": caseFile(["title: Original", "date: 2024-03-01", "channels: [phone, sms]", "loss: {amount: 5000, currency: CNY}"]),
            "cases/a.zh.md": caseFile(["title: 译文", "date: 2024-03-05", "channels: [sms, phone]", "loss: {amount: 9000, currency: CNY}"], body: ["警方正在调查。"]),
            "cases/c.md": caseFile(["title: Tagged", "date: 2024-03-01", "scam_types: [fake-courier-compensation]",
                                    "tactics: [verification-code]", "campaigns: [double-11]"]),
            "cases/c.zh.md": caseFile(["title: 标签", "scam_types: []", "tactics: [verification-code]",
                                       "campaigns: []"], body: ["警方正在调查。"]),
            "cases/b.md": caseFile(["title: Same", "date: 2024-03-01T09:30:00+08:00", "loss: {amount: 50, currency: CNY}"]),
            "cases/b.zh.md": caseFile(["title: 相同", "date: 2024-03-01", "loss: {amount: 50.00, currency: CNY}"], body: ["警方正在调查。"]),
            // A malformed-input review (forty-second session): facts only the translation states went out in one language.
            "cases/d.md": caseFile(["title: Bare", "date: 2024-03-01"]),
            "cases/d.zh.md": caseFile(["title: 多", "campaigns: [double-11]", "loss: {amount: 50, currency: CNY}", "expires: 2030-01-01"], body: ["警方正在调查。"]),
            "cases/e.md": caseFile(["title: Ends", "date: 2024-03-01", "expires: 2030-01-01"]),
            "cases/e.zh.md": caseFile(["title: 结束", "expires: 2031-01-01"], body: ["警方正在调查。"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/a.zh.md", 3, 1, .error, "translation-differs", message: ["`date` (2024-03-05)", "(2024-03-01)", "different facts"]),
            Expected("Alerts/cases/a.zh.md", 5, 1, .error, "translation-differs", message: ["`loss` (9000 CNY)", "(5000 CNY)"]),
            Expected("Alerts/cases/c.zh.md", 3, 1, .warning, "translation-differs", message: ["`scam_types` (none)", "(fake-courier-compensation)"]),
            Expected("Alerts/cases/c.zh.md", 5, 1, .warning, "translation-differs", message: ["`campaigns` (none)", "(double-11)"]),
            Expected("Alerts/cases/d.zh.md", 3, 1, .warning, "translation-differs", message: ["`campaigns` (double-11)", "not in the default-language file"]),
            Expected("Alerts/cases/d.zh.md", 4, 1, .warning, "translation-differs", message: ["`loss` (50 CNY)", "not in the default-language file"]),
            Expected("Alerts/cases/d.zh.md", 5, 1, .warning, "translation-differs", message: ["`expires` (2030-01-01)", "not in the default-language file"]),
            Expected("Alerts/cases/e.zh.md", 3, 1, .error, "translation-differs", message: ["`expires` (2031-01-01)", "(2030-01-01)"]),
        ])
    }

    @Test("personal data in a front-matter field is found at its line and column")
    func personalDataInFrontMatter() {
        let result = check(caseFile(["title: Front matter", "date: 2024-03-01", "summary: Her number 13812345678 leaked."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 21, .error, "personal-data", message: ["mobile number"]),
        ])
    }

    @Test("a word like `refund` before a number does not make personal data exempt")
    func refundContextIsNotExempt() {
        // "order/tracking number" exemptions must not swallow ordinary words that merely contain
        // "ref" or "order": a refund scam narrative is exactly where victims' numbers turn up.
        let result = check(caseFile(["title: Refund", "date: 2024-03-01"], body: [
            "The refund went to 13812345678.",       // 5
            "Her refund card 6222 0212 3456 7894.",  // 6
            "A border guard, 13912345678, called.",  // 7
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 20, .error, "personal-data", message: ["mobile number"]),
            Expected(Self.file, 6, 17, .error, "personal-data", message: ["bank card number"]),
            Expected(Self.file, 7, 17, .error, "personal-data", message: ["mobile number"]),
        ])
    }

    @Test("every kind of personal data in one file: one diagnostic each")
    func allPersonalData() {
        let result = check(caseFile(["title: Everything", "date: 2024-03-01"], body: [
            "Call 13812345678 now.",                     // 5
            "Or +86 138 1234 5678.",                     // 6
            "Or 138-1234-5678.",                         // 7
            "ID \(Self.validResidentID).",               // 8
            "Card \(Self.card).",                        // 9
            "Mail victim.li@example.com.",               // 10
        ]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 6, .error, "personal-data", message: ["mobile number"]),
            Expected(Self.file, 6, 4, .error, "personal-data", message: ["mobile number"]),
            Expected(Self.file, 7, 4, .error, "personal-data", message: ["mobile number"]),
            Expected(Self.file, 8, 4, .error, "personal-data", message: ["resident ID number"]),
            Expected(Self.file, 9, 6, .error, "personal-data", message: ["bank card number"]),
            Expected(Self.file, 10, 6, .error, "personal-data", message: ["e-mail address"]),
        ])
    }

    // MARK: Everything is collected

    @Test("a file with three problems gives three diagnostics")
    func threeProblems() {
        let result = check(caseFile([
            "title: Three problems",  // 2
            "date: 2024-03-01",       // 3
            "regoin: Wuhan",          // 4 unknown key
            "loss:",                  // 5
            "  amount: 200",          // 6
            "  currency: RMB",        // 7 not ISO 4217
        ], body: ["Call 13812345678."]))  // 9 personal data
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 4, 1, .error, "unknown-key", message: ["`regoin`"], hint: ["`region`"]),
            Expected(Self.file, 7, 13, .error, "invalid-currency"),
            Expected(Self.file, 9, 6, .error, "personal-data"),
        ])
        #expect(result.errors == 3)
    }

    @Test("problems in several files are all collected, in reading order")
    func problemsAcrossFiles() {
        let result = Tree.with([
            "cases/a.md": caseFile(["title: A", "date: 2024-02-30"]),
            "cases/b.md": caseFile(["date: 2024-03-01"]),
            "cases/c.md": "",
        ]).check()
        #expect(result.diagnostics.map(\.file) == ["Alerts/cases/a.md", "Alerts/cases/b.md", "Alerts/cases/c.md"])
        #expect(result.diagnostics.map(\.code) == ["invalid-date", "missing-key", "empty-file"])
        #expect(result.errors == 3)
        #expect(result.bulletin != nil, "the bulletin is still assembled so `check --format json` can describe the cases")
    }

    // MARK: Robustness

    @Test("malformed files never crash the pipeline")
    func mutationsNeverCrash() {
        let original = Array(caseFile([
            "title: \"快递丢了给你理赔\" — a refund call",
            "date: 2024-11-06T09:30:00+08:00",
            "scam_types: [fake-courier-compensation]",
            "loss: {amount: 97000, currency: CNY}",
            "indicators:",
            "  - https://claim-center.example/x",
            "sources:",
            "  - {name: Police, url: \"https://police.example.gov/1\"}",
        ], body: ["# 经过", "", "对方称包裹丢失，要求提供验证码 and a [link](https://claim-center.example).", "", "<b>raw</b>"]).utf8)
        var inputs: [[UInt8]] = []
        // Every truncation (cuts through multi-byte characters too).
        for length in stride(from: 0, through: original.count, by: 7) { inputs.append(Array(original.prefix(length))) }
        // Seeded pseudo-random edits: byte replacements, insertions of YAML and Markdown syntax, deletions.
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(bound, 1)))
        }
        let insertions: [[UInt8]] = ["\t", ":", "---\n", "\n...\n", "[", "{", "\"", "&a ", "*a", "\u{0}", "\r", "- ", "#", "|\n", "\u{FEFF}"]
            .map { Array($0.utf8) } + [[0xFF], [0xE4, 0xB8], [0xC0, 0x80]]
        for _ in 0..<60 {
            var bytes = original
            for _ in 0..<(1 + next(3)) {
                let position = next(bytes.count)
                switch next(3) {
                case 0: bytes[position] = UInt8(next(256))
                case 1: bytes.insert(contentsOf: insertions[next(insertions.count)], at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + 1 + next(8)))
                }
            }
            inputs.append(bytes)
        }
        var base = Tree()
        for bytes in inputs {
            base.set("cases/x.md", bytes: bytes)
            let result = base.check()
            // Whatever went wrong is reported against the broken file, never against the valid base.
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                #expect(diagnostic.file == Self.file, "\(diagnostic) for input \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                #expect(diagnostic.line >= 0 && diagnostic.column >= 0)
            }
        }
    }
}

extension BadInputTests {
    /// Found by an editor's walk through the guide (twenty-ninth session): a new advice sentence
    /// left out of advice.zh.yml was printed in English on the Chinese pages, without a word.
    @Test("advice a translated library leaves out is a warning at its id in advice.yml")
    func untranslatedAdvice() throws {
        let zh = "- {id: call-110-96110, text: 如有疑问，请挂断电话并拨打110或96110。}\n- {id: check-parcel-in-official-app, text: 快递问题请在官方App中查询。}\n"
        let result = Tree.with(["advice.zh.yml": zh]).check()
        let untranslated = result.diagnostics.filter { $0.code == "untranslated" }
        #expect(untranslated.count == 1, "\(untranslated.map(\.formatted))")
        let warning = try #require(untranslated.first)
        #expect(warning.severity == .warning && warning.file == "Alerts/advice.yml" && warning.line == 1)
        #expect(warning.message.contains("`never-share-sms-code`") && warning.message.contains("advice.zh.yml"))
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): an ID number in site.yml went out on
    /// every page, feed and flyer. Its numbers and addresses are the publisher's own, and stay allowed.
    @Test("a resident ID or bank card number in site.yml is an error; the publisher's own phone and e-mail are not")
    func personalDataInSiteSettings() {
        let site = """
        title: Test City Anti-Fraud Bulletin 11010519491231002X
        description: Donations to 6222 0212 3456 7894 are not collected. Write to desk@alerts.example.org or call 13800138000.
        base_url: https://alerts.example.org
        languages: [en, zh]
        timezone: Asia/Shanghai
        publisher: Test City Anti-Fraud Centre
        hotlines:
          - {label: Police, number: "110"}
        report_url: https://alerts.example.org/report/

        """
        expectDiagnostics(Tree.with(["site.yml": site]).check().diagnostics.filter { $0.code == "personal-data" }, [
            Expected("Alerts/site.yml", 1, 38, .error, "personal-data", message: ["resident ID number", "110105********002X"]),
            Expected("Alerts/site.yml", 2, 27, .error, "personal-data", message: ["bank card number"]),
        ])
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): indicators are exempt from the
    /// personal-data rules, so a victim's ID and phone number written there went out whole.
    @Test("an ID number, or an indicator labelled as the victim's, is personal data; the scammer's numbers and accounts are not")
    func victimDataInIndicators() {
        let result = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:",
                                     "  - 11010519491231002X",
                                     "  - \"Victim Ms. Zhong, tel 13800138000\"",
                                     "  - 受害人银行卡6222 0212 3456 7894",
                                     "  - Caller 13912345678",
                                     "  - Payee card 6222 0212 3456 7894",
                                     "  - https://claim-center.example/refund",
                                     // Victims named, but not as the item's owner: the scammer's data.
                                     "  - \"Number that called victims: 13912345678\"",
                                     "  - Victims were called from 13912345678",
                                     "  - 骗子要求受害人转账的账户：6222 0212 3456 7894"]))
        expectDiagnostics(result.diagnostics.filter { $0.code == "personal-data" }, [
            Expected(Self.file, 5, 5, .error, "personal-data", message: ["resident ID number", "110105********002X"]),
            Expected(Self.file, 6, 5, .error, "personal-data", message: ["victim's mobile number"]),
            Expected(Self.file, 7, 5, .error, "personal-data", message: ["victim's bank card number"]),
        ])
    }

    /// A third privacy review (thirty-third session): labels after the number, in brackets or
    /// mid-item, and a scam link made for the victim, all went out whole.
    @Test("a victim's label anywhere in an indicator, and a number or address in a link's query, are personal data")
    func victimDataAnywhereInIndicators() {
        let result = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:",
                                     "  - \"https://express-claim.example/r?phone=13800138000&mail=zhongli88%40qq.com\"",
                                     "  - \"Scam SMS from 10690000 sent to the victim's phone 13900139000\"",
                                     "  - \"失主手机：13700137000\"",
                                     "  - \"被骗者手机 13600136000\"",
                                     "  - \"（受害人）13500135000\"",
                                     "  - \"13300133000（受害人本人）\"",
                                     // The scammer's: a number in a link's path.
                                     "  - \"https://express-claim.example/r/13800138000?ref=sms\""]))
        expectDiagnostics(result.diagnostics.filter { $0.code == "personal-data" }, [
            Expected(Self.file, 5, 5, .error, "personal-data", message: ["query", "138****8000"]),
            Expected(Self.file, 5, 5, .error, "personal-data", message: ["query", "z***@qq.com"]),
            Expected(Self.file, 6, 5, .error, "personal-data", message: ["victim's mobile number"]),
            Expected(Self.file, 7, 5, .error, "personal-data", message: ["victim's mobile number"]),
            Expected(Self.file, 8, 5, .error, "personal-data", message: ["victim's mobile number"]),
            Expected(Self.file, 9, 5, .error, "personal-data", message: ["victim's mobile number"]),
            Expected(Self.file, 10, 5, .error, "personal-data", message: ["victim's mobile number"]),
        ])
    }

    /// A fourth privacy review (thirty-fourth session): a scam text pasted whole with the number it was
    /// sent to, and items labelled by a person's name, went out whole; a scammer's number listed in
    /// `indicators` and named in the story was refused.
    @Test("an indicator that names its number as a person's or as where a message went is the victim's; the story may name an indicator's number")
    func indicatorsNamingPeople() {
        let result = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:",
                                     "  - \"短信：【顺丰】尊敬的13912345678用户，您的快递丢失，点击 https://claim-center.example 理赔\"",
                                     "  - \"SMS text: Dear customer 13712345678, your parcel is lost\"",
                                     "  - \"李女士手机13612345678\"",
                                     "  - \"Ms. Li's phone 13512345678\"",
                                     "  - \"Caller 17012345678, claimed to be customer service\"",
                                     // A second red team (same session): the scammer's persona, and where money or codes went, are the scammer's.
                                     "  - \"骗子王先生手机17012340009\"",
                                     "  - \"Fake officer Mr. Wang's phone: 17012340019\"",
                                     "  - \"将验证码发送至17012340029\"",
                                     "  - \"Payment sent to 17012340039\"",
                                     "  - \"受害人转入的账户：6228480012345678903\"",
                                     "  - \"Victim paid into 6228480012345678903\""],
                                    body: ["The caller used 170 1234 5678 throughout."]))
        expectDiagnostics(result.diagnostics.filter { $0.code == "personal-data" }, [
            Expected(Self.file, 5, 5, .error, "personal-data", message: ["victim's mobile number", "139****5678"]),
            Expected(Self.file, 6, 5, .error, "personal-data", message: ["victim's mobile number", "137****5678"]),
            Expected(Self.file, 7, 5, .error, "personal-data", message: ["victim's mobile number", "136****5678"]),
            Expected(Self.file, 8, 5, .error, "personal-data", message: ["victim's mobile number", "135****5678"]),
        ])
        // Not listed, the same number in the story is an error; so is another number of the same masked
        // form, and the listed one where the story names it as the victim's.
        // A fourth red team (fortieth session): the listed number as the one that called or wrote to the victim.
        let callers = ["11月5日，李女士的手机接到17012345678的来电。", "A text from 17012345678 arrived on Ms. Li's phone.",
                       "李女士手机上显示的来电号码为17012345678。", "Ms. Li's phone showed the caller as 17012345678."]
        for line in ["The caller used 170 1234 5678 throughout.", "Her own number, 170 0000 5678, was never called.",
                     "受害人李女士的手机号17012345678也被泄露。", "李女士的手机号码为17012345678。"] + callers {
            let named = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"17012345678\"]"], body: [line]))
            let listed = line.hasPrefix("The caller") || callers.contains(line)
            #expect(named.diagnostics.map(\.code) == (listed ? [] : ["personal-data"]), "\(line)")
            let unlisted = check(caseFile(["title: Call", "date: 2024-03-01"], body: [line]))
            #expect(unlisted.diagnostics.map(\.code) == ["personal-data"], "\(line)")
        }
    }

    /// A privacy red team (thirty-eighth session): items that describe the victim in other words went out whole.
    @Test("an indicator that says its number is the victim's in other words ('rang the victim at', 'who was scammed', 'the grandmother's own phone') is the victim's")
    func indicatorsDescribingTheVictim() {
        let items = ["Scam caller rang the victim at 13912345678", "SMS sent to 13812345678 (the woman who was defrauded)",
                     "Caller rang 13712345678, the grandmother's own phone", "陈奶奶的手机号13612345678",
                     "Card 6222021234567890128 belonging to the student who was scammed", "Targeted number: 13512345678",
                     "Number the scammers called: 13412345678", "SMS received on 13312345678", "Own number 13212345678",
                     "Fake refund mail went to chen.li@163.com"]
        let result = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + items.map { "  - \"\($0)\"" }
                                    + ["  - \"Caller 17012345678, claimed to be the grandson\"", "  - \"Scammer's own phone 17012345679\""]))
        #expect(result.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == Array(5..<(5 + items.count)),
                "\(result.diagnostics.map(\.formatted))")
    }

    /// A third red team (thirty-ninth session): police wording that names the victim beside the scammer's
    /// number was refused; a number labelled the victim's after it, in brackets, was let through.
    @Test("an indicator that names the victim beside the scammer's number or address is the scammer's; one labelled the victim's after it is not")
    func indicatorsNamingTheVictimBesideTheScammer() {
        let scammers = ["骗子手机17012345678，多次拨打受害人电话", "受害人向骗子账户6222020200112230转账7900元", "事主接到的诈骗来电号码17012345678",
                        "Victim was told to call back on 17012345678", "The victim received mail from refunds@claim-center.example"]
        let passing = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + scammers.map { "  - \"\($0)\"" }))
        #expect(!passing.diagnostics.contains { $0.code == "personal-data" }, "\(passing.diagnostics.map(\.formatted))")
        let victims = ["诈骗短信发送至13812345678（机主为受害人）", "Victim mailbox used to receive the fake notice: zhang.wei88@qq.com",
                       "受害人的手机号13812345678被骗子用于注册网贷"]
        let refused = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + victims.map { "  - \"\($0)\"" }))
        #expect(refused.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == [5, 6, 7], "\(refused.diagnostics.map(\.formatted))")
    }

    /// A fifth privacy red team (forty-first session): a person's title, or where a text or mail went,
    /// before a number let it out whole; a listed number named as the victim's in its own sentence
    /// (after one naming it the caller's) too.
    @Test("an indicator with a person's title or a recipient before its number is the victim's; a listed number is read in its own sentence")
    func indicatorsNamingRecipients() {
        let victims = ["张女士 19951238807", "Ms. Li 18672039415", "Text sent to 13852417796 from a 1069 number", "收到诈骗短信的号码：15927384610",
                       "被叫号码18672039415", "Recipient: 19951238807", "Card used on the fake page: 6228480012345671",
                       "Phishing mail delivered to lihua1990@qq.com",
                       // A malformed-input review (fifty-seventh session): where a text or a code went, in Chinese.
                       "短信发送至13912345678", "银行预留手机号13912345678", "接收验证码的手机13912345678",
                       "密码重置邮件发至lihua1980@qq.com"]
        let refused = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + victims.map { "  - \"\($0)\"" }))
        #expect(refused.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == Array(5..<(5 + victims.count)),
                "\(refused.diagnostics.map(\.formatted))")
        // The scammer's persona and contact keep theirs.
        let scammers = ["联系人王先生13912345678", "冒充客服的张先生17012345678", "Fake officer Mr. Wang 17012340019", "Recipient account for the payments: 6228480012345678903"]
        let passing = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + scammers.map { "  - \"\($0)\"" }))
        #expect(!passing.diagnostics.contains { $0.code == "personal-data" }, "\(passing.diagnostics.map(\.formatted))")
        for line in ["民警核实，受害人李女士的手机号就是17012345678，骗子利用改号软件让来电显示成她自己的号码。",
                     "所谓“来电号码”17012345678其实就是受害人自己的手机号。",
                     "The caller rang from 17012345678. The victim's phone number, she told police, is also 17012345678."] {
            let named = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"来电号码17012345678\"]"], body: [line]))
            #expect(named.diagnostics.map(\.code).contains("personal-data"), "\(line)")
        }
        // Written another way in the story than in the list, an address is the same address.
        let spelt = check(caseFile(["title: Mail", "date: 2024-03-01", "indicators: [\"kefu_lipei88@qq.com\"]"],
                                   body: ["Residents who got mail from kefu_lipei88 at qq dot com should delete it. 骗子用kefu_lipei88#qq.com发来协议。"]))
        #expect(!spelt.diagnostics.contains { $0.code == "personal-data" }, "\(spelt.diagnostics.map(\.formatted))")
    }

    /// A sixth privacy red team (forty-second session): other words for the victim, their family and
    /// the card the money left went out whole; police wording where the listed number calls the victim
    /// was refused; English stories naming the listed number as Ms. Li's own were cut at "Ms.".
    @Test("an indicator naming a 苦主, a 报警人, a victim's family, the debited card or the greeted number is the victim's; one calling the victim's phone is not")
    func indicatorsInOtherWords() {
        let victims = ["苦主手機 13971852406", "被骗号码：13971852406", "报警人王某 13971852406", "家属电话 18627364915", "王女士丈夫手机 18627364915",
                       "Ms Wang's husband, 18627364915", "Reported by 13971852406", "Called number: 13971852406", "转出卡号 6222021234567890128",
                       "付款卡号 6222021234567890128", "Debited card: 6222021234567890128", "Paid from card: 6222021234567890128",
                       "被盗刷的银行卡 6222021234567890128", "Card charged: 6222021234567890128", "收件邮箱：wangli1986@163.com",
                       "诈骗短信：【ETC】尊敬的车主13971852406，您的ETC已失效", "Scam text: Dear 13971852406, your parcel is held.",
                       "https://refund-center.example/u/wangli1986@163.com"]
        let refused = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + victims.map { "  - \"\($0)\"" }))
        #expect(refused.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == Array(5..<(5 + victims.count)),
                "\(refused.diagnostics.map(\.formatted))")
        let scammers = ["转入卡号 6222021234567890128", "Calling number: 17052418836", "https://wa.me/8617052418836"]
        let passing = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + scammers.map { "  - \"\($0)\"" }))
        #expect(!passing.diagnostics.contains { $0.code == "personal-data" }, "\(passing.diagnostics.map(\.formatted))")
        for line in ["It later turned out that 17052418836 was Ms. Li's own number, spoofed by the gang.", "The number shown, 17052418836, belonged to Ms. Li herself.",
                     "Ms. Li's phone, 17052418836, rang at 9 a.m. on Monday.",
                     // The seventh privacy review (forty-fourth session): a relative's number, and the phone a person called back from.
                     "骗子用改号软件冒用了她女儿的手机号17052418836给她打电话。", "她女儿的手机号17052418836被骗子冒用。",
                     "事后查明，宝妈小陈的手机号就是17052418836，骗子用改号软件冒用了它。", "她用自己的手机17052418836回拨了“客服”。",
                     "大学生小刘用本人手机17052418836回拨了“客服”。"] {
            let named = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"17052418836\"]"], body: [line]))
            #expect(named.diagnostics.map(\.code).contains("personal-data"), "\(line)")
        }
        for line in ["17052418836给受害人的手机打了14次电话。", "通话记录显示，17052418836在一小时内向事主号码139****2406拨打了14次。",
                     "Call records show 17052418836 calling the victim's phone 14 times.", "17052418836 called the victim's number, 139****2406, 14 times.",
                     "Dr. Wang said 17052418836 was the gang's number.", "17052418836 sent the code request to Ms. Wang's phone.",
                     // The seventh privacy review (forty-fourth session): the number a person's phone showed is the caller's.
                     "Ms. Wang's phone showed 17052418836 as the caller.", "On Ms. Wang's phone, the caller ID read 17052418836.",
                     "The victim's phone showed 17052418836.", "The student's phone rang: 17052418836 was calling again.",
                     "骗子用自己的手机17052418836联系了她。", "骗子冒充她女儿，用17052418836打来电话。"] {
            let listed = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"17052418836\"]"], body: [line]))
            #expect(!listed.diagnostics.contains { $0.code == "personal-data" }, "\(line): \(listed.diagnostics.map(\.formatted))")
        }
    }

    /// The seventh privacy review (forty-fourth session): the victim named by role, the card the money
    /// left named by its use, a greeting other than "Dear" or 尊敬的, and where a phishing mail arrived.
    @Test("an indicator naming a 宝妈, a 男子, a student by name, the card paid with, a greeted number or the mailbox reached is the victim's")
    func indicatorsByRoleAndUse() {
        let victims = ["宝妈手机 13971852406", "被骗男子的手机：13971852406", "大学生小刘手机 13971852406", "扣款卡 6222021234567890128",
                       "Card she paid with: 6222021234567890128", "Card used to pay: 6222021234567890128", "Compromised card: 6222021234567890128",
                       "Account she transferred from: 6222021234567890128", "王女士的支付宝账号 wangli1986@163.com", "付款支付宝 wangli1986@163.com",
                       "诈骗短信：13971852406您好，您的快递异常", "Scam text: Hi 13971852406, your parcel is held", "Dear wangli1986@163.com, your account is locked",
                       "Mailbox the phishing mail reached: wangli1986@163.com"]
        let refused = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + victims.map { "  - \"\($0)\"" }))
        #expect(refused.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == Array(5..<(5 + victims.count)),
                "\(refused.diagnostics.map(\.formatted))")
        let scammers = ["冒充客服的男子手机 17052418836", "Account the money was paid into: 6222021234567890128", "Hotline: 95588", "收款账户 6222021234567890128",
                        "Hello Kitty shop: shop-hellokitty.example"]
        let passing = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + scammers.map { "  - \"\($0)\"" }))
        #expect(!passing.diagnostics.contains { $0.code == "personal-data" }, "\(passing.diagnostics.map(\.formatted))")
    }

    /// The seventh privacy review's last leaks (forty-sixth session): a number given in parts over a
    /// list's items or a table's rows, one the next sentence names as the victim's, and an indicator
    /// naming the person whose number the scammer spoofed.
    @Test("a number given over list items or table rows, named as the victim's in the next sentence, or spoofed from a named person is refused")
    func numbersAcrossLinesAndSentences() {
        for body in [["王女士的手机号：", "", "- 前3位：139", "- 中间4位：7185", "- 末4位：2406"],
                     ["| 项目 | 内容 |", "|---|---|", "| 王女士手机前3位 | 139 |", "| 后8位 | 71852406 |"],
                     ["Her number:", "", "1. The first three digits are 139", "2. the middle four 7185", "3. and it ends in 2406"]] {
            let result = check(caseFile(["title: Call", "date: 2024-03-01"], body: body))
            let found = result.diagnostics.filter { $0.code == "personal-data" }
            #expect(found.count == 1 && found.first?.message.contains("139****2406") == true, "\(body): \(result.diagnostics.map(\.formatted))")
        }
        // A privacy review (forty-seventh session): a number's groups as items or rows of digits alone, without words.
        for (body, masked, at) in [(["Her number:", "", "- 139", "- 7185", "- 2406"], "139****2406", [7, 3]),
                                   (["| 号码 |", "|---|", "| 139 |", "| 7185 |", "| 2406 |"], "139****2406", [7, 3]),
                                   (["1. 420106", "2. 19850312", "3. 1233"], "420106********1233", [5, 4])] {
            let result = check(caseFile(["title: Call", "date: 2024-03-01"], body: body))
            let found = result.diagnostics.filter { $0.code == "personal-data" }
            #expect(found.count == 1 && found.first?.message.contains(masked) == true && found.map { [$0.line, $0.column] } == [at],
                    "\(body): \(result.diagnostics.map(\.formatted))")
        }
        for body in [["- 2019", "- 2020", "- 2021"], ["- 1390", "- 7185", "- 2406"], ["- 139", "- 7185"]] {
            let result = check(caseFile(["title: Call", "date: 2024-03-01"], body: body))
            #expect(!result.diagnostics.contains { $0.code == "personal-data" }, "\(body): \(result.diagnostics.map(\.formatted))")
        }
        // Reported where the number starts: the item with its first digits, at their column.
        let located = check(caseFile(["title: Call", "date: 2024-03-01"], body: ["- 前三位139", "- 尾号71852406"]))
        #expect(located.diagnostics.filter { $0.code == "personal-data" }.map { [$0.line, $0.column] } == [[5, 6]], "\(located.diagnostics.map(\.formatted))")
        // Items that give no whole number, or a list of sums, pass.
        for body in [["- 前三位139的号段属于移动", "- 尾号5678的卡是她的"], ["- 1390元", "- 7185元", "- 2406元"]] {
            let result = check(caseFile(["title: Call", "date: 2024-03-01"], body: body))
            #expect(!result.diagnostics.contains { $0.code == "personal-data" }, "\(body): \(result.diagnostics.map(\.formatted))")
        }
        for line in ["骗子用17052418836打来电话。这个号码其实是王女士本人的手机号。", "The scammer called from 17052418836. It was in fact Ms. Wang's own number."] {
            let named = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"17052418836\"]"], body: [line]))
            #expect(named.diagnostics.map(\.code).contains("personal-data"), "\(line)")
        }
        for line in ["骗子用17052418836打来电话。这个号码是用改号软件伪造的。", "The scammer called from 17052418836. It was a spoofed number."] {
            let listed = check(caseFile(["title: Call", "date: 2024-03-01", "indicators: [\"17052418836\"]"], body: [line]))
            #expect(!listed.diagnostics.contains { $0.code == "personal-data" }, "\(line): \(listed.diagnostics.map(\.formatted))")
        }
        let spoofed = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:", "  - 骗子冒用的王女士手机号17052418836", "  - Fake caller spoofed Ms. Wang's number 17052418836"]))
        #expect(spoofed.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == [5, 6], "\(spoofed.diagnostics.map(\.formatted))")
        let scammers = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:", "  - 骗子王先生手机17052418836", "  - Fake officer Mr. Wang's phone 17052418836",
                                              "  - 来电人（假王女士）17052418836"]))
        #expect(!scammers.diagnostics.contains { $0.code == "personal-data" }, "\(scammers.diagnostics.map(\.formatted))")
        // A link whose host holds a mobile number: the scammer's unless the indicator says it is the victim's; so is
        // a number the words after a comma only rename ("…, the victim's own number").
        let linked = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:", "  - \"链接 http://wang13971852406.refund-shop.top ，域名里是王女士本人的手机号\"",
                                     "  - \"Link http://13971852406.refund-shop.top/pay, the victim's own mobile in its name\"",
                                     "  - \"骗子发来的链接 http://13971852406.refund-shop.top/pay\"", "  - \"Call from 17052418836, the victim's own number (spoofed)\"",
                                     "  - \"来电17052418836，即受害人手机号\"", "  - \"骗子手机17052418836，多次拨打受害人电话\"", "  - \"Scammer 17052418836. Then, the victim's phone rang\""]))
        #expect(linked.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == [5, 6, 8, 9], "\(linked.diagnostics.map(\.formatted))")
    }

    /// A malformed-input review (forty-fourth session): the person who reported the scam, named in other words, passed.
    @Test("an indicator labelled as the complainant's, the injured party's, the claimant's or 举报人/求助人's is the victim's")
    func indicatorsOfTheReportingPerson() {
        let victims = ["Complainant 13971852406", "Injured party 13971852406", "Person cheated 13971852406", "Claimant: 13971852406",
                       "Reporting party: 13971852406", "Informant 13971852406", "Target's phone 13971852406", "举报人手机13971852406", "求助人电话13971852406",
                       "報警人電話 13971852406"]
        let refused = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + victims.map { "  - \"\($0)\"" }))
        #expect(refused.diagnostics.filter { $0.code == "personal-data" }.map(\.line) == Array(5..<(5 + victims.count)),
                "\(refused.diagnostics.map(\.formatted))")
        let scammers = ["Target site: claim-center.example", "Caller ID: 17052418836", "Informants' hotline: 96110", "举报电话 96110",
                        // The seventh privacy review (forty-fourth session): the scammer's number, passed off as a relative's.
                        "冒充受害人儿子的号码 17052418836", "冒充受害人儿子的微信 17052418836", "冒充受害人家属的号码 17052418836",
                        "Number posing as the victim's son: 17052418836"]
        let passing = check(caseFile(["title: Call", "date: 2024-03-01", "indicators:"] + scammers.map { "  - \"\($0)\"" }))
        #expect(!passing.diagnostics.contains { $0.code == "personal-data" }, "\(passing.diagnostics.map(\.formatted))")
    }

    @Test("a Luhn-valid order, refund or tracking number after its label and a comma or dash is no card", arguments: [
        "The order number, 6222021234567890128, was real.", "The refund number – 6222021234567890128 – came by text.", "The tracking number, 6222021234567890128.",
    ])
    func labelledNumberAfterComma(_ line: String) {
        let result = check(caseFile(["title: Order", "date: 2024-03-01"], body: [line]))
        #expect(!result.diagnostics.contains { $0.code == "personal-data" }, "\(line): \(result.diagnostics.map(\.formatted))")
    }

    @Test("letters typed for digits in a mobile are read as its digits; an ordinary word beside a number is not", arguments: [
        ("She typed her number as l3852417796 into the chat.", true), ("受害人把手机号写成1592738461O发给了对方。", true),
        ("Her number, 1592 7384 61O, was on the label.", true), ("She wrote it as I3852417796.", true),
        ("Model O 1592738461 is sold out.", false), ("Version l.3852417796 was installed.", false), ("hello 1592738461 world", false),
    ])
    func lookalikeDigits(_ line: String, _ refused: Bool) {
        #expect(check(caseFile(["title: Call", "date: 2024-03-01"], body: [line])).diagnostics.map(\.code).contains("personal-data") == refused)
    }

    @Test("official mailboxes named by a service number or a role, meeting IDs from 852 and sums after linking words are no one's data", arguments: [
        "工商银行客服邮箱95588@icbc.com.cn回复称，银行从未发送过此类短信。", "Reports can also be sent to 12321@12321.cn.",
        "Card holders can write to creditcard@cmbchina.com.", "The courier's address, cs@sf-express.com, said it never pays by link.",
        "对方让她进入腾讯会议，会议号852 4177 9612，随后要求她共享屏幕。", "He asked her to join meeting 852 9123 4567 and share her screen.",
        "全国此类案件损失累计达15823467890元。", "该团伙涉案资金流水达13547862310元。", "经审计，涉案资金达13547862310元人民币。",
        "专案组共冻结涉案资金13547862310余元。", "The gang's accounts had a turnover of 13547862310 yuan.",
    ])
    func officialOrNoOnes(_ line: String) {
        expectClean(check(caseFile(["title: Call", "date: 2024-03-01"], body: [line])))
    }
}

extension BadInputTests {
    /// Found by an editor's walk through the guide (twenty-ninth session): a hotline added to
    /// site.yml alone never reached the Chinese pages and flyers, without a word.
    @Test("a translation's hotlines with other numbers than site.yml's are a warning at its `hotlines`; the same numbers, relabelled, are not")
    func translatedHotlinesDiffer() {
        let differ = Tree.with(["site.zh.yml": "title: 测试\nhotlines:\n  - {label: 报警电话, number: \"110\"}\n"]).check()
        expectDiagnostics(differ.diagnostics, [
            Expected("Alerts/site.zh.yml", 2, 1, .warning, "translation-differs", message: ["lists 110, but site.yml lists 110, 96110"]),
        ])
        // The same numbers, relabelled, reordered and grouped otherwise.
        let same = Tree.with(["site.zh.yml": "title: 测试\nhotlines:\n  - {label: 反诈专线, number: \"96 110\"}\n  - {label: 报警电话, number: \"110\"}\n"]).check()
        expectClean(same)
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): `languages: [en, zh, fr]` with no French
    /// file built a whole /fr/ edition of English text marked as French, without a word.
    @Test("a language no file is written in is a warning at its place in `languages`")
    func languageWithoutFiles() throws {
        let site = try #require(Fixtures.base["site.yml"].map { String(decoding: $0, as: UTF8.self) })
        let result = Tree.with(["site.yml": site.replacingOccurrences(of: "languages: [en, zh]", with: "languages: [en, zh, fr]")]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/site.yml", 3, 21, .warning, "empty-language", message: ["`fr`"], hint: ["site.fr.yml"]),
        ])
    }
}

extension BadInputTests {
    /// A reviewer of the built site (twenty-ninth session): a campaign left untranslated went out in
    /// English on the Chinese pages, without a word.
    @Test("a type, tactic or campaign left out of a language the others of its kind are in is an untranslated warning")
    func untranslatedTerms() {
        let zhType = "---\nname: 虚假快递理赔\nsummary: 冒充快递客服，以理赔为名骗钱。\ncues: [快递理赔]\n---\n正文。\n"
        let result = Tree.with(["types/fake-refund.md": "---\nname: Fake refund\nsummary: A fake refund call.\ncues: [refund]\n---\nBody.\n",
                                "types/fake-courier-compensation.zh.md": zhType]).check()
        expectDiagnostics(result.diagnostics.filter { $0.code == "untranslated" }, [
            Expected("Alerts/types/fake-refund.md", 1, nil, .warning, "untranslated", message: ["types/fake-refund.zh.md"]),
        ])
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): a footnote's text vanished and its mark
    /// became a link, and a GitHub table was printed as lines of `|` marks, without a word.
    @Test("a footnote or a table in a case body is a warning at its line; `|` and `^` in prose are not")
    func footnotesAndTables() {
        let result = check(caseFile(["title: Call", "date: 2024-03-01"],
                                    body: ["She paid twice.[^1]", "", "| Date | Amount |", "|------|-------:|", "| 3 May | 500 |", "",
                                           "[^1]: The bank confirmed both.", "", "Rates rose 2^3 times | the caller said so.", "",
                                           "```", "| a | b |", "|---|---|", "[^2]: code", "```", "", "x | y", "-|-"]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 7, 1, .warning, "table", message: ["tables are not supported"]),
            Expected(Self.file, 11, 1, .warning, "footnote", message: ["`[^1]`"]),
            Expected(Self.file, 21, 1, .warning, "table", message: ["tables are not supported"]),
        ])
        // (Sixty-second session) rows with no row of dashes were one paragraph of `|` marks, without a word; one such line is no table.
        let rows = check(caseFile(["title: Call", "date: 2024-03-01"],
                                  body: ["| Time | What happened |", "| 10:00 | The call |", "| 10:05 | Screen shared |", "", "| a lone line |"]))
        expectDiagnostics(rows.diagnostics, [
            Expected(Self.file, 5, 1, .warning, "table", message: ["written as a table's rows", "no row of dashes"], hint: ["as a list"]),
        ])
    }

    /// The same review: two scam types of one name could not be told apart on their pages, without a word.
    @Test("two scam types of one name in one language are a warning at the second's name")
    func duplicateTypeNames() {
        var tree = Tree()
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        let name = type.split(separator: "\n").first { $0.hasPrefix("name:") }.map(String.init) ?? ""
        tree.set("types/zz-courier-copy.md", type)
        let found = tree.check().diagnostics.filter { $0.code == "duplicate-name" }
        #expect(found.count == 1 && found.first?.file == "Alerts/types/zz-courier-copy.md" && found.first?.message.contains("`fake-courier-compensation` is named") == true,
                "\(name): \(found.map(\.formatted))")
    }
}

extension BadInputTests {
    /// Named in the thirty-fourth session's notes: a correction written `~~50,000~~ 5,000` was
    /// published with its tildes, both amounts reading as current.
    @Test("struck-out text is a warning at its line; tildes around spaces, one tilde, and code blocks are not")
    func strikethrough() {
        let result = check(caseFile(["title: Call", "date: 2024-03-01"],
                                    body: ["She lost ~~50,000~~ 5,000 yuan.", "", "About ~5,000 yuan ~ or less.", "", "a ~~ b ~~ c", "",
                                           "~~~", "~~code~~", "~~~", "", "  Then ~~the bank~~ the police called."]))
        expectDiagnostics(result.diagnostics, [
            Expected(Self.file, 5, 10, .warning, "strikethrough", message: ["`~~50,000~~`"], hint: ["corrected on"]),
            Expected(Self.file, 15, 8, .warning, "strikethrough", message: ["`~~the bank~~`"]),
        ])
    }

    /// A malformed-input review (sixty-second session): a Chinese keyboard's `＃` and link brackets were printed as text, silently.
    @Test("a full-width heading mark and a link with full-width brackets are warnings at their place; in code and as words they are not")
    func fullWidthMarkup() {
        let result = check(caseFile(["title: 通报", "date: 2024-03-01"],
                                    body: ["＃ 后续", "", "详见[警方通报]（https://www.gov.cn/notice）。", "", "［通报］(/types/fake-refund/)", "",
                                           "第＃3号通告（见附件）。", "", "```", "＃ 代码", "```"]))
        expectDiagnostics(result.diagnostics.filter { $0.code == "full-width-markup" }, [
            Expected(Self.file, 5, 1, .warning, "full-width-markup", message: ["`＃` is full-width"], hint: ["write `# 后续`"]),
            Expected(Self.file, 7, 3, .warning, "full-width-markup", message: ["full-width brackets"], hint: ["write `[警方通报](https://www.gov.cn/notice)`"]),
            Expected(Self.file, 9, 1, .warning, "full-width-markup", message: ["full-width brackets"], hint: ["write `[通报](/types/fake-refund/)`"]),
        ])
    }

    /// The same review: `![](/assets/x.png)` was published with an empty description.
    @Test("an image with no description is a warning at its place")
    func imageWithoutDescription() {
        let result = check(caseFile(["title: Image", "date: 2024-03-01"], body: ["The page: ![](/assets/claim-page.png)", "", "![The fake page](/assets/claim-page.png)"]))
        expectDiagnostics(result.diagnostics.filter { $0.code == "image-description" }, [
            Expected(Self.file, 5, 11, .warning, "image-description", message: ["`/assets/claim-page.png` has no description"], hint: ["![the fake claims page](/assets/claim-page.png)"]),
        ])
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): `amount: 4000.5, currency: JPY` passed.
    @Test("decimals in a currency with no smaller unit are an error at the amount; whole amounts and cents in CNY are fine")
    func wholeUnitCurrencies() {
        expectDiagnostics(check(caseFile(["title: Yen", "date: 2024-03-01", "loss: {amount: 4000.5, currency: JPY}"])).diagnostics, [
            Expected(Self.file, 4, 16, .error, "out-of-range", message: ["JPY has no smaller unit"]),
        ])
        expectClean(check(caseFile(["title: Yen", "date: 2024-03-01", "loss: {amount: 4000, currency: JPY}"])))
        expectClean(check(caseFile(["title: Yuan", "date: 2024-03-01", "loss: {amount: 4000.5, currency: CNY}"])))
    }
}

extension BadInputTests {
    /// A reviewer of malformed input (twenty-ninth session): a no-break or full-width space after a
    /// key, or as indentation, gave "could not find expected ':'" at the key, without naming it.
    @Test("a no-break or full-width space where YAML wants a space is named, at its line and column", arguments: [
        ("region:\u{A0}Wuhan", 4, 8, "no-break space (U+00A0)"),
        ("region:\u{3000}Wuhan", 4, 8, "full-width space (U+3000)"),
    ])
    func invisibleSpaces(_ line: String, row: Int, column: Int, name: String) {
        expectDiagnostics(check(caseFile(["title: Call", "date: 2024-03-01", line, "channels: [phone]"])).diagnostics, [
            Expected(Self.file, row, column, .error, "yaml-syntax", message: [name], hint: ["ordinary space"]),
        ])
    }

    /// A malformed-input review (fiftieth session): a case copied to start another, its story rewritten but the
    /// old title and summary left in, went out without a word.
    @Test("two cases with one title and summary but different stories are a warning at both; one title alone, or a derived summary, is not")
    func sameTitleAndSummary() {
        let tree = Tree.with([
            "cases/a.md": caseFile(["title: Fake refund call", "date: 2024-03-10", "summary: A caller posing as a shop offered a refund."], body: ["She lost 4,000 yuan in Beijing."]),
            "cases/b.md": caseFile(["title: \"Fake refund call!\"", "date: 2024-03-11", "summary: A caller posing as a shop offered a refund."], body: ["He lost 6,000 yuan in Tianjin."]),
            "cases/c.md": caseFile(["title: Fake refund call", "date: 2024-03-12", "summary: A shop's agent called about a recall."], body: ["She lost 900 yuan."]),
            "cases/d.md": caseFile(["title: Fake refund call", "date: 2024-03-13"], body: ["He lost 300 yuan."]),
        ])
        expectDiagnostics(tree.check().diagnostics, [
            Expected("Alerts/cases/a.md", 1, 1, .warning, "same-title", message: ["`Alerts/cases/b.md`", "same title and summary"], hint: ["its own title"]),
            Expected("Alerts/cases/b.md", 1, 1, .warning, "same-title", message: ["`Alerts/cases/a.md`"]),
        ])
    }

    /// Named in two sessions' notes: a case copied to start the next one and left as it was was
    /// published twice, without a word.
    @Test("a story published twice word for word is a warning at both files, from the memo too; short stories, drafts and edited copies are not")
    func copiedCase() {
        let story = ["A caller who said he was a courier told her the parcel was lost, sent a claim link and asked for the code in her text messages; she lost 4,000 yuan."]
        var tree = Tree.with([
            "cases/a.md": caseFile(["title: Parcel claim call", "date: 2024-03-10"], body: story),
            "cases/b.md": caseFile(["title: Another parcel claim call", "date: 2024-03-11"], body: story),
            "cases/c.md": caseFile(["title: C", "date: 2024-03-12"], body: ["See the police notice."]),
            "cases/d.md": caseFile(["title: D", "date: 2024-03-13"], body: ["See the police notice."]),
            "cases/e.md": caseFile(["title: E", "date: 2024-03-14", "draft: true"], body: story),
        ])
        let first = tree.check()
        let expected = [
            Expected("Alerts/cases/a.md", 1, 1, .warning, "copied-case", message: ["`Alerts/cases/b.md`", "both are published"], hint: ["Delete one"]),
            Expected("Alerts/cases/b.md", 1, 1, .warning, "copied-case", message: ["`Alerts/cases/a.md`"]),
        ]
        expectDiagnostics(first.diagnostics, expected)
        let again = ContentPipeline.check(alerts: "Alerts", fileSystem: MemoryFileSystem(tree.files), clock: defaultClock, memo: first.memo)
        expectDiagnostics(again.diagnostics, expected)
        tree.set("cases/b.md", caseFile(["title: Another parcel claim call", "date: 2024-03-11"], body: story.map { $0 + " She reported it the next day." }))
        expectDiagnostics(ContentPipeline.check(alerts: "Alerts", fileSystem: MemoryFileSystem(tree.files), clock: defaultClock, memo: again.memo).diagnostics, [])
    }

    /// A malformed-input review (thirty-fifth session): a port of 99999 and `/../` went into every
    /// feed, sitemap and QR code; a local address passed without a word.
    @Test("base_url with a port out of range or `..` in its path is an error; localhost or an IP address a warning; a port in range is fine", arguments: [
        ("https://alerts.example.org:99999/", Severity.error, "invalid-url"), ("https://alerts.example.org/../x/", .error, "invalid-url"),
        ("https://alerts.example.org/a/./b/", .error, "invalid-url"), ("https://localhost/", .warning, "local-url"),
        ("https://192.168.0.1/", .warning, "local-url"), ("https://alerts.example.org:8443/x/", .warning, ""),
        // A malformed-input review (forty-second session): feeds wrote the host without its dot, pages with it.
        ("https://alerts.example.org./", .error, "invalid-url"), ("https://alerts..example.org/", .error, "invalid-url"),
    ])
    func baseURLAddresses(_ base: String, _ severity: Severity, _ code: String) {
        let site = "title: T\nbase_url: \(base)\nlanguages: [en, zh]\ntimezone: Asia/Shanghai\npublisher: P\nhotlines:\n  - {label: Police, number: \"110\"}\nreport_url: https://alerts.example.org/report/\n"
        let found = Tree.with(["site.yml": site]).check().diagnostics.filter { $0.file == "Alerts/site.yml" }
        if code.isEmpty {
            #expect(found.isEmpty, "\(found.map(\.formatted))")
        } else {
            expectDiagnostics(found, [Expected("Alerts/site.yml", 2, 11, severity, code, message: ["`base_url`"])])
        }
    }

    /// A black-box review (fifty-second session): `Etc/GMT+8`, meant as China's time, dated every feed item -0800.
    @Test("an Etc/GMT+N zone is a warning that says it is behind UTC; Etc/GMT-8 and Asia/Shanghai pass", arguments: [
        ("Etc/GMT+8", true), ("Etc/GMT-8", false), ("Asia/Shanghai", false), ("Etc/GMT+0", false),
    ])
    func invertedTimeZone(_ zone: String, _ warns: Bool) {
        let site = "title: T\nbase_url: https://alerts.example.org/\nlanguages: [en, zh]\ntimezone: \(zone)\npublisher: P\nhotlines:\n  - {label: Police, number: \"110\"}\nreport_url: https://alerts.example.org/report/\n"
        let found = Tree.with(["site.yml": site]).check().diagnostics.filter { $0.file == "Alerts/site.yml" }
        expectDiagnostics(found, warns ? [Expected("Alerts/site.yml", 4, 11, .warning, "inverted-timezone", message: ["UTC−8", "not UTC+8"],
                                                   hint: ["Asia/Shanghai", "Etc/GMT-8"])] : [])
    }

    /// A malformed-input review (fifty-ninth session): `PRC` was "not an IANA time zone", which it is (an old alias).
    @Test("an IANA alias or an abbreviation is told as what it is, with the zone to write", arguments: [
        ("PRC", "old alias", "timezone: Asia/Shanghai"), ("GMT", "old alias", "timezone: UTC"), ("Hongkong", "old alias", "Asia/Hong_Kong"),
        ("CST", "an abbreviation", "region/city name"), ("Asia/Nowhere", "not an IANA time zone", "Asia/Shanghai"),
        ("UTC+8", "an offset", "Asia/Shanghai for UTC+8"), ("GMT+08:00", "an offset", "Asia/Shanghai"),
    ])
    func timeZoneAliases(_ zone: String, _ message: String, _ hint: String) {
        let site = "title: T\nbase_url: https://alerts.example.org/\nlanguages: [en, zh]\ntimezone: \(zone)\npublisher: P\nhotlines:\n  - {label: Police, number: \"110\"}\nreport_url: https://alerts.example.org/report/\n"
        let found = Tree.with(["site.yml": site]).check().diagnostics.filter { $0.file == "Alerts/site.yml" }
        expectDiagnostics(found, [Expected("Alerts/site.yml", 4, 11, .error, "invalid-timezone", message: ["`\(zone)`", message], hint: [hint])])
    }
}

extension BadInputTests {
    /// A malformed-input review (forty-eighth session), what it left for this one: hints that named the wrong
    /// thing or none for what a Chinese keyboard types, and messages told more than once or at the wrong place.
    @Test("a date written with dashes, full-width digits, slashes or 年月日 is told how to write it")
    func datesWrittenOtherwise() {
        for written in ["2024–03–01", "２０２４-０３-０１", "2024/3/1", "2024年3月1日", "2024.03.01"] {
            expectDiagnostics(check(caseFile(["title: T", "date: \(written)"])).diagnostics, [
                Expected(Self.file, 3, 7, .error, "invalid-date", message: ["`\(YAMLReader.visible(written))`"], hint: ["write it `date: 2024-03-01`: YYYY-MM-DD"]),
            ])
        }
        // A malformed-input review (fifty-ninth session): a day written right that the calendar lacks was told to be written YYYY-MM-DD.
        for (written, why) in [("2024-02-30", "month 2 has 29 days"), ("2026-02-29", "2026 is not a leap year, so February has 28 days"),
                               ("2026-13-01", "there is no month 13"), ("2026-04-31T10:00:00+08:00", "month 4 has 30 days")] {
            expectDiagnostics(check(caseFile(["title: T", "date: \(written)"])).diagnostics, [
                Expected(Self.file, 3, 7, .error, "invalid-date", message: ["`\(written)`; \(why)"], hint: ["check the month and the day"]),
            ])
        }
        expectDiagnostics(check(caseFile(["title: T", "date: 2026-03-01T10:00:00"])).diagnostics, [
            Expected(Self.file, 3, 7, .error, "invalid-date", message: ["no time zone offset"], hint: ["2026-03-01T10:00:00+08:00", "date: 2026-03-01`"]),
        ])
    }

    @Test("full-width braces, brackets, commas and dashes in the front matter are named at their column with the line typed in English")
    func fullWidthFlowSigns() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "loss: ｛amount: 5000, currency: CNY｝"])).diagnostics, [
            Expected(Self.file, 4, 7, .error, "yaml-syntax", message: ["`｛` is a full-width brace"], hint: ["loss: {amount: 5000, currency: CNY}"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "indicators: [\"400 *** 8866\"，\"www.jd-refund.example\"]"])).diagnostics, [
            Expected(Self.file, 4, 28, .error, "yaml-syntax", message: ["`，` is a full-width comma"],
                     hint: ["indicators: [\"400 *** 8866\", \"www.jd-refund.example\"]"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "scam_types:", "  － fake-courier-compensation", "  — game-trade"])).diagnostics, [
            Expected(Self.file, 5, 3, .error, "wrong-type", message: ["must be a list"],
                     hint: ["not `－`", "scam_types: [fake-courier-compensation, game-trade]"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "scam_types: ［］"])).diagnostics, [
            Expected(Self.file, 4, 13, .error, "wrong-type", hint: ["scam_types: []"]),
        ])
        // The fifty-ninth session's review: before a key inside `{…}`, it was told as a comma missing at the key's colon.
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "loss: {amount: 4000，currency: CNY}"])).diagnostics, [
            Expected(Self.file, 4, 20, .error, "yaml-syntax", message: ["`，` is a full-width comma"], hint: ["loss: {amount: 4000, currency: CNY}"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "sources:", "  - {name: 新华网，url: \"https://news.example.com/a\"}"])).diagnostics, [
            Expected(Self.file, 5, 15, .error, "yaml-syntax", message: ["`，` is a full-width comma"], hint: ["- {name: 新华网, url: \"https://news.example.com/a\"}"]),
        ])
        // A full-width comma inside a quoted title is the title's own.
        expectClean(check(caseFile(["title: \"冒充客服，骗取验证码\"", "date: 2024-03-01", "indicators: [\"a，b\"]"], body: ["警方正在调查。"]), at: "cases/y.zh.md"))
        expectClean(check(caseFile(["title: \"冒充客服，来电: 假的\"", "date: 2024-03-01", "sources:", "  - {name: \"新华网，北京\", url: \"https://news.example.com/a\"}"],
                                   body: ["警方正在调查。"]), at: "cases/y.zh.md"))
    }

    /// A malformed-input review (forty-ninth session): indicators and a type's steps ran together without a word.
    @Test("an item indented under the one above is told at its dash, in indicators and steps, quoted or not")
    func itemsIndentedUnderOthers() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "  - Refund site jd-refund.example",
                                          "    - Caller 400 *** 8866", "    on WeChat", "  - Room 9** *** ***"])).diagnostics, [
            Expected(Self.file, 6, 5, .error, "run-together", message: ["`- Caller 400 *** 8866 on WeChat`", "“Refund site jd-refund.example - Caller 400 *** 8866 on WeChat”"],
                     hint: ["same column"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "  - \"Refund site jd-refund.example\"", "    - \"Caller 400 *** 8866\""])).diagnostics, [
            Expected(Self.file, 6, 5, .error, "yaml-syntax", message: ["indented more than the one above"], hint: ["same column"]),
        ])
        let type = "---\nname: Fake courier compensation\nsummary: A caller offers compensation.\nadvice: [call-110-96110]\nthreshold: 1\ncues: [parcel]\nsteps:\n  - A call\n    - A link\n---\nBody.\n"
        expectDiagnostics(check(type, at: "types/fake-courier-compensation.md").diagnostics, [
            Expected("Alerts/types/fake-courier-compensation.md", 9, 5, .error, "run-together", message: ["`- A link`", "“A call - A link”"]),
        ])
        // A dash inside an item's text, and a line that goes on with it, are its own.
        expectClean(check(caseFile(["title: T", "date: 2024-03-01", "indicators:", "  - Refund site - jd-refund.example", "    and its copy"])))
    }

    @Test("an id with an invisible character shows it; an item indented under the one above runs into it; a campaign's title names its id")
    func idsWrittenOtherwise() {
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "channels: [phone\u{200B}]"])).diagnostics, [
            Expected(Self.file, 4, 12, .error, "unknown-id", message: ["`phone\\u{200B}`"], hint: ["did you mean `phone`?"]),
        ])
        expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "channels:", " - phone", "   - sms"])).diagnostics, [
            Expected(Self.file, 6, 4, .error, "run-together", message: ["`- sms` is indented under the item above", "“phone - sms”"],
                     hint: ["same column"]),
        ])
        for written in ["Double 11", "double11"] {
            expectDiagnostics(check(caseFile(["title: T", "date: 2024-03-01", "campaigns: [\(written)]"])).diagnostics, [
                Expected(Self.file, 4, 13, .error, "unknown-id", message: ["unknown campaign"], hint: ["did you mean `double-11`?", "Double 11 warning"]),
            ])
        }
        #expect(Resolver.titledID("双十一", titles: ["double-11": ["“双11”购物节防骗预警"], "618": ["“618”年中购物节防骗预警"]])?.id == "double-11")
        #expect(Resolver.titledID("雙十一", titles: ["double-11": ["“双11”购物节防骗预警"]])?.id == "double-11", "in Traditional characters")
        #expect(Resolver.titledID("购物节", titles: ["double-11": ["“双11”购物节防骗预警"], "618": ["“618”年中购物节防骗预警"]]) == nil, "two titles hold it")
    }

    @Test("a value a YAML alias repeats is told once")
    func aliasToldOnce() {
        let result = check(caseFile(["title: T", "date: 2024-03-01", "indicators: &a [x, y]", "sources: [*a, *a, *a]"]))
        #expect(result.diagnostics.filter { $0.code == "wrong-type" }.count == 1, "\(result.diagnostics)")
        #expect(result.diagnostics.count == Set(result.diagnostics).count)
    }

    @Test("a translation in another folder than its file is told where it goes, and nothing else")
    func misplacedTranslation() {
        let result = Tree.with([
            "cases/2024/x.md": caseFile(["title: T", "date: 2024-03-01"]),
            "cases/2023/x.zh.md": caseFile(["title: 标题"], body: ["警方正在调查。"]),
        ]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/2023/x.zh.md", 1, 1, .error, "misplaced-translation", message: ["`Alerts/cases/2024/x.md`"], hint: ["move it to `Alerts/cases/2024/`"]),
        ])
    }

    @Test("a title of signs only and a story that starts with its title as a heading are warnings")
    func titleWithoutWordsOrRepeated() {
        expectDiagnostics(check(caseFile(["title: \"🚨📦💰!!\"", "date: 2024-03-01"])).diagnostics, [
            Expected(Self.file, 2, 8, .warning, "wordless-title", hint: ["headline in words"]),
        ])
        expectDiagnostics(check(caseFile(["title: Fake refund call", "date: 2024-03-01"], body: ["", "# Fake refund call!", "", "She lost money."])).diagnostics, [
            Expected(Self.file, 6, 1, .warning, "repeated-title", hint: ["delete the line"]),
        ])
        expectDiagnostics(check(caseFile(["title: Fake refund call", "date: 2024-03-01"], body: ["Fake refund call", "================", "", "She lost money."])).diagnostics, [
            Expected(Self.file, 5, 1, .warning, "repeated-title", hint: ["delete the line"]),
        ])
        // After a comment of the editor's (fiftieth session).
        expectDiagnostics(check(caseFile(["title: Fake refund call", "date: 2024-03-01"], body: ["<!-- source: police notice -->", "<!-- checked -->", "# Fake refund call", "She lost money."])).diagnostics, [
            Expected(Self.file, 7, 1, .warning, "repeated-title", hint: ["delete the line"]),
        ])
        expectClean(check(caseFile(["title: Fake refund call", "date: 2024-03-01"], body: ["## What happened", "", "She lost money."])))
        expectClean(check(caseFile(["title: Fake refund call", "date: 2024-03-01"], body: ["Fake refund call", "", "She lost money."])))
    }

    @Test("underscores around words beside Chinese are a warning at their column; `snake_case` and spaced `__bold__` are not")
    func underscoresBesideChinese() {
        // The scammer's account, which the text may name once `indicators` lists it.
        let result = check(caseFile(["title: 提醒", "date: 2024-03-01", "indicators: [\"客服微信 fake_cs_001\"]"],
                                    body: ["__警方提醒：__不要转账。", "", "这是_重点_内容。", "", "微信号fake_cs_001，注意 __这样__ 可以。", "", "`a__警方__b`", "",
                                           "客服微信号_kefu_888_，见[提醒_一](https://www.gov.cn/x_y)。"]), at: "cases/x.zh.md")
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/x.zh.md", 6, 1, .warning, "underscore-emphasis", message: ["`__警方提醒：__`"], hint: ["`**警方提醒：**`"]),
            Expected("Alerts/cases/x.zh.md", 8, 3, .warning, "underscore-emphasis", message: ["`_重点_`"], hint: ["`*重点*`"]),
            Expected("Alerts/cases/x.zh.md", 14, 33, .warning, "untrusted-link", message: ["`www.gov.cn`"]),
        ])
    }

    @Test("a file name in Chinese is offered in pinyin, as `new case` names one")
    func chineseFileName() {
        expectDiagnostics(Tree.with(["cases/2024-快递诈骗.zh.md": caseFile(["title: 标题", "date: 2024-03-01"])]).check().diagnostics, [
            Expected("Alerts/cases/2024-快递诈骗.zh.md", 1, 1, .error, "invalid-slug", hint: ["rename it to `2024-kuai-di-zha-pian.zh.md`"]),
        ])
        // A name with dots of its own keeps its language apart.
        expectDiagnostics(Tree.with(["cases/2024-王女士被骗5.5万.zh.md": caseFile(["title: 标题", "date: 2024-03-01"])]).check().diagnostics, [
            Expected("Alerts/cases/2024-王女士被骗5.5万.zh.md", 1, 1, .error, "invalid-slug", hint: ["rename it to `2024-wang-nu-shi-bei-pian-5-5-wan.zh.md`"]),
        ])
        // Words ICU reads otherwise, character by character: 银行 is no `yin-xing`, 长沙 no `zhang-sha`.
        #expect(Decoder.slugify(Scaffold.inLatinLetters("长沙银行卡还款被骗")) == "chang-sha-yin-hang-ka-huan-kuan-bei-pian")
    }
}
