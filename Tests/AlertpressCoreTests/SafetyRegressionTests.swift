import Testing
@testable import AlertpressCore

@Suite("Safety regressions")
struct SafetyRegressionTests {
    @Test("a mobile number split by a tab, an ideographic space or a no-break space is still found",
          arguments: ["138\t1234\t5678", "138\u{3000}1234\u{3000}5678", "138\u{00A0}1234\u{00A0}5678"])
    func mobileWithOtherSpaces(_ line: String) {
        let findings = PersonalDataScanner.scan("Call " + line + " now")
        #expect(findings.map(\.kind) == [.mobile])
        #expect(findings.first?.column == 6)
    }

    @Test("an image from an untrusted host becomes its alt text and is never loaded")
    func untrustedImage() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", isScamLink: { $0.contains("scam-site.example") },
                                        defangText: { Defang.indicator($0) })
        let html = renderer.render("![prize banner](https://scam-site.example/win.png)").html
        #expect(html == "<p>prize banner (hxxps://scam-site[.]example/win[.]png)</p>\n")
    }

    @Test("zero-width spaces used for Chinese emphasis stay out of the plain text")
    func noZeroWidthSpaceInText() {
        let output = MarkdownRenderer(baseURL: "https://alerts.example.org").render("**警方提醒：**接到陌生电话要警惕。")
        #expect(output.plainText == "警方提醒：接到陌生电话要警惕。")
        #expect(output.proseText == output.plainText)
    }

    @Test("defanging a scam host leaves a longer host that merely ends with it alone")
    func defangWholeHostsOnly() {
        let renderer = Resolver.renderer(baseURL: "https://alerts.example.org", scamHosts: ["pay.cn"], trustedHosts: [])
        let html = renderer.render("They said pay.cn was alipay.cn. Later: .pay.cn. and pay.cn.").html
        #expect(html == "<p>They said pay[.]cn was alipay.cn. Later: .pay[.]cn. and pay[.]cn.</p>\n")
    }
}
