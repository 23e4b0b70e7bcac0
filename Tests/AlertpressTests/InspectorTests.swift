import Foundation
import Testing

/// The safety tests are only as good as their checkers: each checker must catch what it looks for.
@Suite("Test checkers catch what they look for")
struct InspectorTests {
    @Test("injectionProblems flags scripts, images, iframes, handlers and unsafe URLs, and passes escaped text")
    func htmlChecker() {
        #expect(HTMLScan.injectionProblems("<p><img src=x onerror=alert(1)></p>").count == 2)
        #expect(HTMLScan.injectionProblems("<iframe src=\"https://x.example/\"></iframe>").count == 1)
        #expect(HTMLScan.injectionProblems("<a href=\"javascript:alert(1)\">x</a>").count == 1)
        #expect(HTMLScan.injectionProblems("<a href=\" JaVaScRiPt:alert(1)\">x</a>").count == 1)
        #expect(HTMLScan.injectionProblems("<span onclick=\"alert(3)\">x</span>") == ["event handler `onclick` in <span onclick=\"alert(3)\">"])
        #expect(HTMLScan.injectionProblems("<script>alert(1)</script>") == ["injected tag <script>"])
        #expect(HTMLScan.injectionProblems("<p>&lt;img src=x onerror=alert(1)&gt; <a href=\"https://a.example/?onclick=1\" title=\"x onload=y\">ok</a></p>").isEmpty)
        #expect(HTMLScan.urls("<a href=\"a/?x=1&amp;y=2\">") == ["a/?x=1&y=2"])
    }

    @Test("the XML reader rejects ]]> in text and raw control characters, and decodes entities")
    func xmlChecker() {
        #expect(XMLDocumentReader.parse(Data("<a>x ]]> y</a>".utf8)).error != nil)
        #expect(XMLDocumentReader.parse(Data("<a>bell \u{07}</a>".utf8)).error != nil)
        #expect(XMLDocumentReader.parse(Data("<a><b>x</a>".utf8)).error != nil)
        let good = XMLDocumentReader.parse(Data("<r><t k=\"v\">a &amp; &lt;b&gt; ]]&gt;</t></r>".utf8))
        #expect(good.error == nil)
        #expect(good.all("t").map(\.text) == ["a & <b> ]]>"])
        #expect(good.all("t").map(\.path) == ["r/t"])
    }

    @Test("controlCharacters finds C0, DEL and C1 but not tab, LF or CR")
    func controlChecker() {
        #expect(controlCharacters(in: "a\tb\nc\r") == [])
        #expect(controlCharacters(in: "a\u{07}b\u{7F}\u{85}") == ["U+0007", "U+007F", "U+0085"])
    }
}
