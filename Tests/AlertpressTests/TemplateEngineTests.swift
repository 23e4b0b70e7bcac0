import Testing
@testable import Alertpress

/// The Mustache language as the spec (github.com/mustache/spec) describes it, case by case, and
/// the errors an editor's template gets instead of an empty render.
@Suite("Template engine")
struct TemplateEngineTests {
    /// A view answering from a dictionary.
    struct Fields: TemplateView {
        let fields: [String: TemplateValue]
        func child(named name: String) -> TemplateValue? { fields[name] }
    }

    static func render(_ template: String, _ fields: [String: TemplateValue] = [:], partials: [String: String] = [:],
                       hanLanguage: String? = nil) throws -> String {
        var templates = try partials.mapValues { text throws(TemplateSyntaxError) in try TemplateParser.parse(text) }
        templates["main"] = try TemplateParser.parse(template)
        var renderer = TemplateRenderer(templates: templates, view: Fields(fields: fields), hanLanguage: hanLanguage)
        renderer.render(templates["main"] ?? [])
        return renderer.output
    }

    static func failure(_ template: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(template)
            return nil
        } catch {
            return error
        }
    }

    static let people: TemplateValue = .list([Fields(fields: ["name": .text("Li")]), Fields(fields: ["name": .text("Wang")])])

    @Test("variables are HTML-escaped; triple braces and & are not")
    func interpolation() throws {
        let fields: [String: TemplateValue] = ["x": .text(#"<a href="q">&'</a>"#)]
        #expect(try Self.render("{{x}}|{{{x}}}|{{&x}}|{{ x }}", fields)
            == #"&lt;a href=&quot;q&quot;&gt;&amp;&#39;&lt;/a&gt;|<a href="q">&'</a>|<a href="q">&'</a>|&lt;a href=&quot;q&quot;&gt;&amp;&#39;&lt;/a&gt;"#)
        #expect(try Self.render("[{{missing}}]", fields) == "[]")
        #expect(try Self.render("{{yes}} {{no}}", ["yes": .flag(true), "no": .flag(false)]) == "true false")
    }

    @Test("on a page in another language, Chinese words in an element's text are marked as Chinese; not in attributes, comments, <title>, <option> or SVG")
    func chineseWordsMarked() throws {
        let fields: [String: TemplateValue] = ["x": .text("Install the 国家反诈中心 App, then call 110。"), "plain": .text("No Chinese <here>"),
                                               "lang": .text("zh")]
        let text = "Install the 国家反诈中心 App, then call 110。"
        let marked = #"Install the <span lang="zh">国家反诈中心</span> App, then call 110。"#
        #expect(try Self.render("<li>{{x}}</li>", fields, hanLanguage: "zh") == "<li>\(marked)</li>")
        #expect(try Self.render("<p>{{#list}}{{x}}{{/list}}</p>", fields.merging(["list": .flag(true)]) { a, _ in a }, hanLanguage: "zh-Hant")
            == "<p>\(marked.replacingOccurrences(of: "\"zh\"", with: "\"zh-Hant\""))</p>")
        #expect(try Self.render("<p>{{x}}</p>", fields) == "<p>\(text)</p>", "no language given: a Chinese page")
        #expect(try Self.render(#"<meta content="{{x}}"><img alt='{{x}}' src=x>"#, fields, hanLanguage: "zh")
            == #"<meta content="\#(text)"><img alt='\#(text)' src=x>"#)
        // A ">" in an attribute's value or in a Mustache comment does not end the tag.
        #expect(try Self.render(#"<p title="a > b" data-t="{{x}}">{{! a > b }}<i data-u="{{x}}"></i></p>"#, fields, hanLanguage: "zh")
            == #"<p title="a > b" data-t="\#(text)"><i data-u="\#(text)"></i></p>"#)
        #expect(try Self.render("<title>{{x}}</title><svg><text>{{x}}</text></svg><select><option>{{x}}</option></select><!-- {{x}} -->", fields, hanLanguage: "zh")
            == "<title>\(text)</title><svg><text>\(text)</text></svg><select><option>\(text)</option></select><!-- \(text) -->")
        // Inside an element that names its language, nested ones too, nothing is added; <html> names
        // the page's, and void elements close nothing.
        #expect(try Self.render(#"<a href="z" lang="{{lang}}">{{x}} <span class="n">({{x}})</span></a><p>{{x}}</p>"#, fields, hanLanguage: "zh")
            == #"<a href="z" lang="zh">\#(text) <span class="n">(\#(text))</span></a><p>\#(marked)</p>"#)
        #expect(try Self.render(#"<html lang="{{lang}}"><body><img src=x><br/><p>{{x}}</p>"#, fields.merging(["lang": .text("en")]) { _, b in b }, hanLanguage: "zh")
            == #"<html lang="en"><body><img src=x><br/><p>\#(marked)</p>"#)
        // After those, text again; a language named only in a section does not always apply.
        #expect(try Self.render("<TITLE>t</TITLE><h1{{#lang}} lang=\"{{lang}}\"{{/lang}}>{{x}}</h1>", fields, hanLanguage: "zh")
            == "<TITLE>t</TITLE><h1 lang=\"zh\">\(marked)</h1>")
        #expect(try Self.render("<p>{{plain}}</p><p>{{{x}}}</p>", fields, hanLanguage: "zh") == "<p>No Chinese &lt;here&gt;</p><p>Install the 国家反诈中心 App, then call 110。</p>")
        #expect(HTML.escape("诈骗「退款」，<b>", markingHanAs: "zh") == #"<span lang="zh">诈骗「退款」，</span>&lt;b&gt;"#, "one run over Chinese punctuation")
        #expect(HTML.escape("「Wuhan」 诈骗", markingHanAs: "zh") == #"「Wuhan」 <span lang="zh">诈骗</span>"#, "punctuation alone starts no run")
        // Rendered Markdown: text only, never inside a tag.
        #expect(HTML.markingHan(#"<p>Call <a href="/x" title="退款">退款热线</a>。</p>"#, as: "zh")
            == #"<p>Call <a href="/x" title="退款"><span lang="zh">退款热线</span></a>。</p>"#)
    }

    @Test("sections repeat a list, show a true flag or a value, and hide false, missing and empty")
    func sections() throws {
        #expect(try Self.render("{{#people}}<{{name}}>{{/people}}", ["people": Self.people]) == "<Li><Wang>")
        #expect(try Self.render("{{#on}}a{{/on}}{{#off}}b{{/off}}{{#none}}c{{/none}}{{#empty}}d{{/empty}}",
                                ["on": .flag(true), "off": .flag(false), "empty": .list([String]())]) == "a")
        #expect(try Self.render("{{#word}}({{.}}){{/word}}", ["word": .text("w")]) == "(w)")
        #expect(try Self.render("{{#words}}{{.}},{{/words}}", ["words": .list(["a", "b"])]) == "a,b,")
        #expect(try Self.render("{{#logo}}{{src}}{{/logo}}", ["logo": .view(Fields(fields: ["src": .text("l.png")]))]) == "l.png")
    }

    @Test("inverted sections show for false, missing and empty only")
    func inverted() throws {
        let fields: [String: TemplateValue] = ["off": .flag(false), "on": .flag(true), "empty": .list([String]()), "people": Self.people, "t": .text("")]
        #expect(try Self.render("{{^off}}1{{/off}}{{^none}}2{{/none}}{{^empty}}3{{/empty}}{{^on}}4{{/on}}{{^people}}5{{/people}}{{^t}}6{{/t}}", fields)
            == "123")
    }

    @Test("a name missing in a list's element is looked up further out; a dotted name is not")
    func lookUp() throws {
        let fields: [String: TemplateValue] = ["people": Self.people, "site": .text("S"),
                                               "a": .view(Fields(fields: ["b": .view(Fields(fields: ["c": .text("deep")]))])),
                                               "c": .text("outer")]
        #expect(try Self.render("{{#people}}{{name}}@{{site}} {{/people}}", fields) == "Li@S Wang@S ")
        #expect(try Self.render("{{a.b.c}}|{{a.c}}|{{a.b.x}}|{{#a}}{{b.c}}{{c}}{{/a}}|{{#a}}{{.c}}{{/a}}", fields) == "deep|||deepouter|")
    }

    @Test("a section, comment, partial or delimiter tag alone on its line takes the line with it")
    func standaloneLines() throws {
        let fields: [String: TemplateValue] = ["people": Self.people]
        #expect(try Self.render("<ul>\n  {{#people}}\n  <li>{{name}}</li>\n  {{/people}}\n</ul>\n", fields)
            == "<ul>\n  <li>Li</li>\n  <li>Wang</li>\n</ul>\n")
        #expect(try Self.render("a\r\n{{#people}}\r\n-\r\n{{/people}}\r\nb", fields) == "a\r\n-\r\n-\r\nb")
        #expect(try Self.render("a\n\t{{! a note }}  \nb\n{{!\nover lines\n}}\nc", fields) == "a\nb\nc")
        // Not alone: other text or a variable on the line keeps the whitespace and the line break.
        #expect(try Self.render(" {{#people}}x{{/people}} \n", fields) == " xx \n")
        #expect(try Self.render("{{#people}}{{name}}\n{{/people}}", fields) == "Li\nWang\n")
        #expect(try Self.render("  {{name}}\n", ["name": .text("n")]) == "  n\n")
        #expect(try Self.render("{{name}} {{#on}}\n-{{/on}}", ["name": .text("n"), "on": .flag(true)]) == "n \n-")
        // At the end of the text, without a line break.
        #expect(try Self.render("x\n  {{! end }}", fields) == "x\n")
    }

    @Test("set delimiters change the tags until changed again")
    func delimiters() throws {
        let fields: [String: TemplateValue] = ["x": .text("1"), "people": Self.people]
        #expect(try Self.render("{{=<% %>=}}\n<%x%> {{x}}\n<%#people%><%name%><%/people%>\n<%={{ }}=%>{{x}}", fields)
            == "1 {{x}}\nLiWang\n1")
    }

    @Test("partials render with the same values; alone on a line, each of their lines is indented")
    func partials() throws {
        let fields: [String: TemplateValue] = ["people": Self.people, "body": .text("<b>\nc")]
        #expect(try Self.render("[{{>row}}]", fields, partials: ["row": "{{#people}}{{name}}{{/people}}"]) == "[LiWang]")
        #expect(try Self.render("<div>\n  {{> box}}\n</div>\n", fields, partials: ["box": "<p>\n{{{body}}}\n</p>\n"])
            == "<div>\n  <p>\n  <b>\nc\n  </p>\n</div>\n")
        #expect(try Self.render("a\n {{>outer}}\nb", fields, partials: ["outer": "o\n {{>inner}}\no\n", "inner": "i\ni\n"])
            == "a\n o\n  i\n  i\n o\nb")
        #expect(try Self.render("x\r\n  {{>p}}\r\ny", fields, partials: ["p": "a\r\nb"]) == "x\r\n  a\r\n  by")
    }

    @Test("functions: empty(), count(), reversed(), and first() … in a list")
    func functions() throws {
        let fields: [String: TemplateValue] = ["people": Self.people, "none": .list([String]()), "t": .text("ab")]
        #expect(try Self.render("{{^empty(people)}}has{{/empty(people)}}{{#empty(none)}}-none{{/empty(none)}}", fields) == "has-none")
        #expect(try Self.render("{{count(people)}} {{count(t)}} {{reversed(t)}} {{uppercased(t)}}", fields) == "2 2 ba AB")
        #expect(try Self.render("{{#people}}{{^first()}}, {{/first()}}{{index()}}{{name}}{{#last()}}.{{/last()}}{{/people}}", fields)
            == "0Li, 1Wang.")
        #expect(try Self.render("{{#reversed(people)}}{{name}}{{/reversed(people)}}", fields) == "WangLi")
    }

    @Test("a broken template is an error at its tag, in words")
    func errors() {
        #expect(Self.failure("<p>\n  {{#open}}\nx\n") == TemplateSyntaxError(line: 2, column: 3, message: "section `{{#open}}` is never closed (add `{{/open}}`)"))
        #expect(Self.failure("{{#a}}\n{{#b}}\n{{/a}}") == TemplateSyntaxError(line: 3, column: 1, message: "`{{/a}}` closes `{{#b}}` of line 2 (close `b` first)"))
        // An editor's maintenance day (thirty-fifth session): a close in the wrong case read as an order to close another first.
        #expect(Self.failure("{{#titleLang}}\nx\n{{/titlelang}}") == TemplateSyntaxError(line: 3, column: 1, message: "`{{/titlelang}}` does not close `{{#titleLang}}` of line 1: did you mean `{{/titleLang}}`?"))
        #expect(Self.failure("{{#a}}{{#b}}{{/c}}") == TemplateSyntaxError(line: 1, column: 13, message: "`{{/c}}` does not close `{{#b}}` of line 1: did you mean `{{/b}}`?"))
        #expect(Self.failure("x {{/a}}") == TemplateSyntaxError(line: 1, column: 3, message: "`{{/a}}` closes no open section"))
        // Lines a comment spans count: the error is on line 4.
        #expect(Self.failure("{{!\na\nb}}\n  {{/x}}") == TemplateSyntaxError(line: 4, column: 3, message: "`{{/x}}` closes no open section"))
        #expect(Self.failure("{{! a\nb }} {{/x}}") == TemplateSyntaxError(line: 2, column: 6, message: "`{{/x}}` closes no open section"))
        #expect(Self.failure("中文 {{title") == TemplateSyntaxError(line: 1, column: 4, message: "a tag is not finished (a `}}` is missing)"))
        // A malformed-input review (thirty-sixth session): `{{{body}}` was told a `}}` is missing.
        #expect(Self.failure("<p>\n {{{body}} {{{x}}}") == TemplateSyntaxError(line: 2, column: 2, message: "`{{{body}}` ends a `}` short: write `{{{body}}}`, as a tag opened with `{{{` closes with `}}}`"))
        #expect(Self.failure("{{{body") == TemplateSyntaxError(line: 1, column: 1, message: "a tag is not finished (a `}}}` is missing)"))
        #expect(Self.failure("{{=<% %>=}}<%{body}%><%={{ }}=%>") == nil, "with other delimiters, `}%>` closes a triple tag")
        // A malformed-input review (thirty-sixth session): delimiters changed and never changed back
        // print every `{{…}}` after as text. Legal Mustache, so a warning at the first.
        var warnings: [TemplateSyntaxError] = []
        _ = try? TemplateParser.parse("<p>\n{{=<% %>=}}<%title%>\n<b>{{#facts}}</b> {{label}}", warnings: &warnings)
        #expect(warnings == [TemplateSyntaxError(line: 3, column: 4, message: "`{{#facts}}` is printed as text: since `{{=<% %>=}}` on line 2, tags are written `<%…%>` (switch back with `<%={{ }}=%>`)")])
        warnings = []
        _ = try? TemplateParser.parse("{{=<% %>=}}<%title%><%={{ }}=%>{{title}} and a { brace {{ alone", warnings: &warnings)
        #expect(warnings.isEmpty, "\(warnings)")
        _ = try? TemplateParser.parse("{{=<% %>=}}<p>{{ title }}</p>", warnings: &warnings)
        #expect(warnings.map(\.column) == [15], "a name between spaces is a tag too")
        #expect(Self.failure("{{= <% =}}")?.message.hasPrefix("a `{{=… …=}}` delimiter tag is malformed") == true)
        // (Sixty-second session) the `=` before `}}` left out was "a `}}` is missing".
        #expect(Self.failure("{{=<% %>}}\n<%name%>")?.message == "a delimiter tag ends with `=}}`: write `{{=<% %>=}}`")
        #expect(Self.failure("{{shout(title)}}")?.message.hasPrefix("`{{shout(title)}}` uses `shout()`, which alertpress does not know") == true)
        // (Sixty-second session) the list left out the functions of a position in a list, `index()` among them.
        #expect(Self.failure("{{shout(title)}}")?.message.contains("and `even()`, `first()`, `index()`, `last()`, `odd()` alone") == true)
        #expect(Self.failure("{{<layout}}{{/layout}}")?.message.hasSuffix("use partials, `{{>name}}`") == true)
        #expect(Self.failure("{{a b}}") == TemplateSyntaxError(line: 1, column: 1, message: "`{{a b}}` is not a field name"))
        // Columns count on from the tag before on the same line, and start again on the next.
        #expect(Self.failure("中文 {{a}} 中 {{b c}}") == TemplateSyntaxError(line: 1, column: 12, message: "`{{b c}}` is not a field name"))
        #expect(Self.failure("中文 {{a}}\n{{b}} {{c d}}") == TemplateSyntaxError(line: 2, column: 7, message: "`{{c d}}` is not a field name"))
        #expect(Self.failure("{{}}") == TemplateSyntaxError(line: 1, column: 1, message: "`{{}}` names no field"))
        // A malformed-input review (thirty-seventh session): a tag or comment left unclosed ran on to the next tag's `}}`,
        // read as a name that is none, or (a comment) swallowing what was between without a word.
        #expect(Self.failure("<h1>{{title}\n<p>{{summary}}</p>") == TemplateSyntaxError(line: 1, column: 5, message: "`{{title}` is not closed: another tag opens (line 2) before its `}}`"))
        #expect(Self.failure("<p>\n{{! a note\n<h1>{{title}}</h1>") == TemplateSyntaxError(line: 2, column: 1, message: "`{{! a note` is not closed: another tag opens (line 3) before its `}}`"))
        #expect(Self.failure("{{#cases}\n{{title}}{{/cases}}")?.message == "`{{#cases}` is not closed: another tag opens (line 2) before its `}}`")
        #expect(Self.failure("{{&title}\n{{x}}")?.message == "`{{&title}` is not closed: another tag opens (line 2) before its `}}`")
    }
}
