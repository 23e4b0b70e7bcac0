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
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org",
                                        links: LinkPolicy(scamHosts: [], trustedHosts: ["alerts.example.org"]))
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
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["pay.cn"], trustedHosts: []))
        let html = renderer.render("They said pay.cn was alipay.cn. Later: .pay.cn. and pay.cn.").html
        #expect(html == "<p>They said pay[.]cn was alipay.cn. Later: .pay[.]cn. and pay[.]cn.</p>\n")
    }
}

@Suite("Link policy")
struct LinkPolicyTests {
    let policy = LinkPolicy(scamHosts: ["pay.example"], trustedHosts: ["police.example.gov"])

    @Test("a host is in a set when it or a parent domain is")
    func parents() {
        #expect(policy.isScam("pay.example") && policy.isScam("www.pay.example"))
        #expect(!policy.isScam("alipay.example") && !policy.isScam("example"))
        #expect(policy.isTrusted("news.police.example.gov") && !policy.isTrusted("police.example.gov.evil.example"))
    }

    @Test("rendering reports every host the policy was asked about: link targets, URLs and host names in text")
    func askedHosts() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: policy)
        let output = renderer.render("""
            See [the notice](https://News.Police.example.gov/1), not https://claims.example.net/x or www.refund.example.
            Read https://police.example.gov/2, then www.police.example.gov. Mail [us](mailto:help@alerts.example.org); the file is report.pdf and pay.example is gone.
            """)
        #expect(output.askedHosts == ["news.police.example.gov", "claims.example.net", "www.refund.example", "police.example.gov",
                                     "www.police.example.gov", "report.pdf", "pay.example"])
        #expect(output.html.contains("href=\"https://News.Police.example.gov/1\""))
        #expect(output.html.contains("pay[.]example is gone"))
        // A sentence's closing punctuation is not part of the URL before it.
        #expect(output.html.contains("or www[.]refund[.]example.\nRead https://police.example.gov/2, then www.police.example.gov. Mail"))
        #expect(MarkdownRenderer(baseURL: "https://alerts.example.org").render("pay.example").askedHosts.isEmpty)
    }

    @Test("the verdicts' fingerprint changes exactly when a verdict on one of the hosts changes")
    func verdicts() {
        let hosts = ["news.police.example.gov", "shop.example"]
        let same = LinkPolicy(scamHosts: ["pay.example", "other.example"], trustedHosts: ["police.example.gov", "example.org"])
        #expect(policy.verdicts(on: hosts) == same.verdicts(on: hosts))
        let flagged = LinkPolicy(scamHosts: ["pay.example", "shop.example"], trustedHosts: ["police.example.gov"])
        #expect(policy.verdicts(on: hosts) != flagged.verdicts(on: hosts))
        let distrusted = LinkPolicy(scamHosts: ["pay.example"], trustedHosts: [])
        #expect(policy.verdicts(on: hosts) != distrusted.verdicts(on: hosts))
        #expect(policy.verdicts(on: hosts) != policy.verdicts(on: ["shop.example"]))
    }
}
