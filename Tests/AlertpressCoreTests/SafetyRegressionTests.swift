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

    @Test("a number split by what is never published (HTML, escapes, marks between digits) is found at its column", arguments: [
        ("S1 phone 138<!-- -->12345678 end.", PersonalDataScanner.Finding.Kind.mobile),
        ("S2 phone 1381234**5678** end.", .mobile),
        ("S3 phone 138`1234`5678 end.", .mobile),
        ("S4 phone 138\\-1234\\-5678 end.", .mobile),
        ("S5 phone 138<span>1234</span>5678 end.", .mobile),
        ("S6 id 1101011990<b></b>03078515 end.", .residentID),
        ("S7 mail victim<i></i>@example.com end.", .email),
        ("S8 phone 138_1234_5678 end.", .mobile),
        ("S9 phone **13812345678** end.", .mobile),
    ])
    func splitByMarkup(_ line: String, kind: PersonalDataScanner.Finding.Kind) {
        #expect(PersonalDataScanner.mayFind(in: line), "\(line)")
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind], "\(line)")
        #expect(findings.first?.column == (kind == .residentID ? 7 : kind == .email ? 9 : line.hasPrefix("S9") ? 12 : 10), "\(line)")
    }

    @Test("masks, autolinks and a less-than sign are read as written", arguments: [
        "Call 138****5678 or 138\\*\\*\\*\\*5678.", "Write to <https://police.example/report>.", "Loss < 5000 and > 12345678901.",
        "尾号**5678**的手机", "ID 110101********0785 (masked)",
    ])
    func notSplit(_ line: String) {
        #expect(PersonalDataScanner.scan(line).filter { $0.kind != .mobile || !line.contains("12345678901") }.isEmpty, "\(line)")
    }

    @Test("an address split by raw HTML or escapes is defanged as the reader sees it whole", arguments: [
        ("https://scam<!-- -->-claim.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("https:<span></span>//scam-claim.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("https://scam-claim\\.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("www.scam-claim<b></b>.example", "www[.]scam-claim[.]example"),
    ])
    func splitAddress(_ markdown: String, _ expected: String) {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["scam-claim.example"], trustedHosts: []))
        let output = renderer.render("Visit \(markdown) now.")
        #expect(output.html == "<p>Visit \(expected) now.</p>\n", "\(output.html)")
        #expect(!output.plainText.contains("scam-claim.example"))
    }

    @Test("addresses in code spans and code blocks are defanged too")
    func codeIsDefanged() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["codehost.example"], trustedHosts: []))
        let html = renderer.render("Code `https://codehost.example/x` here.\n\n    https://codehost.example/indented\n").html
        #expect(html == "<p>Code <code>hxxps://codehost[.]example/x</code> here.</p>\n<pre><code>hxxps://codehost[.]example/indented\n</code></pre>\n",
                "\(html)")
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
