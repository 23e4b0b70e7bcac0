import Foundation
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

    /// A diff review (thirtieth session): `trusted_domains: [amazonaws.com]` passed the check and trusted
    /// every page anyone puts under `s3.amazonaws.com`.
    @Test("trust does not cross a hosting service's suffix: a trusted parent does not trust the pages anyone can host under it")
    func trustStopsAtHostingSuffixes() {
        let policy = LinkPolicy(scamHosts: [], trustedHosts: ["amazonaws.com", "police.github.io", "gov.cn"])
        #expect(!policy.isTrusted("refund-claim.s3.amazonaws.com"))
        #expect(!policy.isTrusted("x.compute.amazonaws.com"), "a wildcard rule (*.compute.amazonaws.com)")
        #expect(policy.isTrusted("aws.amazonaws.com") && policy.isTrusted("amazonaws.com"))
        #expect(policy.isTrusted("police.github.io") && policy.isTrusted("www.police.github.io"))
        #expect(!policy.isTrusted("evil.github.io"))
        #expect(policy.isTrusted("www.mps.gov.cn"))
    }

    @Test("an address split by raw HTML or escapes is defanged as the reader sees it whole", arguments: [
        ("https://scam<!-- -->-claim.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("https:<span></span>//scam-claim.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("https://scam-claim\\.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("www.scam-claim<b></b>.example", "www[.]scam-claim[.]example"),
        // Invisible breaks inside the host, which the page would not show.
        ("https://scam-claim\u{200B}.example/pay", "hxxps://scam-claim[.]example/pay"),
        ("scam-\u{00AD}claim.example/zw", "scam-claim[.]example/zw"),
        ("https://scam\u{2060}-claim.example/pay", "hxxps://scam-claim[.]example/pay"),
    ])
    func splitAddress(_ markdown: String, _ expected: String) {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["scam-claim.example"], trustedHosts: []))
        let output = renderer.render("Visit \(markdown) now.")
        #expect(output.html == "<p>Visit \(expected) now.</p>\n", "\(output.html)")
        #expect(!output.plainText.contains("scam-claim.example"))
    }

    @Test("a scam address in a plain-text field of the taxonomy or a source's name is defanged, as in a body")
    func plainTextFieldsDefanged() throws {
        var tree = Tree()
        tree.set("cases/x.md", caseFile(["title: Claim site", "date: 2024-03-01", "indicators: [https://evil-claim.example/claim]",
                                         "sources: [{name: \"Report on evil-claim.example\", url: \"https://news.example.com/1\"}]"]))
        let campaign = String(decoding: Fixtures.base["campaigns/double-11.md"] ?? Data(), as: UTF8.self)
        tree.set("campaigns/double-11.md", campaign.replacingOccurrences(of: "headline: Nobody pays you compensation by phone.",
                                                                        with: "headline: Never open https://evil-claim.example/claim"))
        let type = String(decoding: Fixtures.base["types/fake-courier-compensation.md"] ?? Data(), as: UTF8.self)
        tree.set("types/fake-courier-compensation.md", type.replacingOccurrences(of: "for a lost parcel.", with: "at evil-claim.example."))
        let advice = String(decoding: Fixtures.base["advice.yml"] ?? Data(), as: UTF8.self)
        tree.set("advice.yml", advice.replacingOccurrences(of: "call 110 or 96110.", with: "call 110; never visit evil-claim.example."))
        let edition = try #require(tree.check().edition("en"))
        let texts = [edition.edition.campaigns.first?.headline, edition.edition.term(.scamType, "fake-courier-compensation")?.summary,
                     edition.edition.advice["call-110-96110"]?.text, edition.case("x")?.entry.sources.first?.name]
        #expect(texts.allSatisfy { $0?.contains("evil-claim[.]example") == true }, "\(texts)")
    }

    @Test("a source at www.<site> trusts the site's name in text; a server listed with its port is defanged wherever the story names it")
    func sourceSitesAndServers() throws {
        var tree = Tree()
        tree.set("cases/x.md", caseFile(["title: Claim site", "date: 2024-03-01", "indicators: [\"203.0.113.5:8080\"]",
                                         "sources: [{name: The Paper, url: \"https://www.thepaper.cn/1\"}]"],
                                        body: ["As thepaper.cn reported, she used 203.0.113.5:8080 and 203.0.113.5, then [the report](https://thepaper.cn/2)."]))
        let result = tree.check()
        let html = try #require(result.enrichedCase("x")).entry.bodyHTML
        #expect(html.contains("As thepaper.cn reported, she used 203[.]0[.]113[.]5:8080 and 203[.]0[.]113[.]5, then <a href=\"https://thepaper.cn/2\">the report</a>."), "\(html)")
        #expect(!result.diagnostics.contains { $0.code == "untrusted-link" }, "\(result.diagnostics)")
    }

    @Test("a scammer's e-mail address from the indicators is defanged where text names it, and no mailto link goes to it or to a scam site")
    func scamAddresses() {
        #expect(Defang.host(of: "Kefu@JD-Refund.example") == "kefu@jd-refund.example")
        let policy = LinkPolicy(scamHosts: ["kefu@jd-refund.example", "claim.example"], trustedHosts: ["alerts.example.org"])
        let html = MarkdownRenderer(baseURL: "https://alerts.example.org", links: policy)
            .render("Mail came from KEFU@jd-refund.example; [write](mailto:kefu@jd-refund.example), [claims](mailto:a@claim.example), [us](mailto:help@alerts.example.org).").html
        #expect(html == "<p>Mail came from KEFU[@]jd-refund[.]example; write (mailto:kefu[@]jd-refund[.]example), claims (mailto:a@claim[.]example), <a href=\"mailto:help@alerts.example.org\">us</a>.</p>\n", "\(html)")
    }

    @Test("a link target no URL parser reads is text, never a link: its host cannot be judged")
    func unreadableTarget() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["scam-claim.example"], trustedHosts: []))
        let html = renderer.render("See [the page][r].\n\n[r]: https://scam-claim.example\\\n").html
        #expect(!html.contains("<a "), "\(html)")
        #expect(!html.contains("scam-claim.example"), "\(html)")
    }

    @Test("addresses in code spans and code blocks are defanged too")
    func codeIsDefanged() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["codehost.example"], trustedHosts: []))
        let html = renderer.render("Code `https://codehost.example/x` here.\n\n    https://codehost.example/indented\n").html
        #expect(html == "<p>Code <code>hxxps://codehost[.]example/x</code> here.</p>\n<pre tabindex=\"0\"><code>hxxps://codehost[.]example/indented\n</code></pre>\n",
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
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: ["pay.cn"], trustedHosts: ["alipay.cn"]))
        let html = renderer.render("They said pay.cn was alipay.cn. Later: .pay.cn. and pay.cn.").html
        #expect(html == "<p>They said pay[.]cn was alipay.cn. Later: .pay[.]cn. and pay[.]cn.</p>\n")
    }

    @Test("a site's name in text that is neither trusted nor an indicator is defanged: readers, mails and PDF viewers link such names", arguments: [
        ("称需要登录jd-refund.com办理退款", "称需要登录jd-refund[.]com办理退款"),
        ("Go to JD.COM/refund today.", "Go to JD[.]COM/refund today."),
        ("The page claim-center.example asked", "The page claim-center[.]example asked"),
        ("官网是jd.com，也可在news.gov.cn查询", "官网是jd[.]com，也可在news.gov.cn查询"),
        // Names, file names, numbers and abbreviations end in no top-level domain, or not in lower case.
        ("Mr.Li sent report.pdf and app.apk (v2.3, 3.5%) at 9 a.m., e.g. to Ms.Wang.", "Mr.Li sent report.pdf and app.apk (v2.3, 3.5%) at 9 a.m., e.g. to Ms.Wang."),
        // An e-mail address's domain and a URL's path or query are judged with the whole address.
        ("Write to press@news.gov.cn or see https://www.gov.cn/go?u=weibo.com and https://www.gov.cn/a/b.com", "Write to press@news.gov.cn or see https://www.gov.cn/go?u=weibo.com and https://www.gov.cn/a/b.com"),
        // A review of the forty-ninth session: a sentence run on with no space, capitals, a scheme-relative address.
        ("She opened jd-refund.com.Then she paid.", "She opened jd-refund[.]com.Then she paid."),
        ("Jd-Refund.Com, JD.COM and //jd-refund.top/pay", "Jd-Refund[.]Com, JD[.]COM and //jd-refund[.]top/pay"),
        ("Stocks 600519.SH, AAPL.US and 0700.HK; readme.md; at home.it was fine, then scam.top now.", "Stocks 600519.SH, AAPL.US and 0700.HK; readme.md; at home.it was fine, then scam[.]top now."),
        ("mr.li and ms.wang met Dr.Chen", "mr.li and ms.wang met Dr.Chen"),
        // A trusted host's URL with Chinese text or a closing mark right after it is that host.
        ("请登录www.gov.cn查询，或访问“www.gov.cn”和https://www.gov.cn办理，www.gov.cn’s page", "请登录www.gov.cn查询，或访问“www.gov.cn”和https://www.gov.cn办理，www.gov.cn’s page"),
        ("登录www.jd-pay.cn查询", "登录www[.]jd-pay[.]cn查询"),
        // The fiftieth session: full-width full stops, which browsers read as dots, and labels in Chinese.
        ("网址是jd-refund．com，JD-REFUND｡COM和refund-help。com", "网址是jd-refund[.]com，JD-REFUND[.]COM和refund-help[.]com"),
        ("登录jd退款.cn办理，或访问反诈.中国查询，也叫JD退款.COM", "登录jd退款[.]cn办理，或访问反诈[.]中国查询，也叫JD退款[.]COM"),
        ("She was sent to 京东退款.com. Then to 退款.jd-refund.cc.", "She was sent to 京东退款[.]com. Then to 退款.jd-refund[.]cc."),
        ("他说ok。好的。下载了App。Then说明.md在桌面，第3.中国人民银行提醒，版本2.5", "他说ok。好的。下载了App。Then说明.md在桌面，第3.中国人民银行提醒，版本2.5"),
        ("被骗了.然后报警.公司财务说没事；官网www．gov．cn和news.gov.cn", "被骗了.然后报警.公司财务说没事；官网www．gov．cn和news.gov.cn"),
        // A server's address with a port or a path; not a version number or a time.
        ("Pay at 203.0.113.7:8080/pay or 198.51.100.2/login; v1.2.3.4 and 1.2.3.4 at 10:30, 999.1.1.1:80", "Pay at 203[.]0[.]113[.]7:8080/pay or 198[.]51[.]100[.]2/login; v1.2.3.4 and 1.2.3.4 at 10:30, 999.1.1.1:80"),
        // A scheme without its slashes, or with backslashes, which browsers read as `https://`.
        ("Open https:jd-refund.com/claim, https:/jd-refund.top or https:\\\\jd-refund.cc; 3:jd.com; https:news.gov.cn; 网址:jd-refund.com",
         "Open https:jd-refund[.]com/claim, https:/jd-refund[.]top or https:\\jd-refund[.]cc; 3:jd.com; https:news.gov.cn; 网址:jd-refund[.]com"),
    ])
    func untrustedSiteNames(_ markdown: String, _ expected: String) {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org", links: LinkPolicy(scamHosts: [], trustedHosts: ["gov.cn"]))
        let output = renderer.render(markdown)
        #expect(output.html == "<p>\(expected)</p>\n", "\(output.html)")
    }

    @Test("a host with labels in Chinese is trusted when text runs into a trusted one, and a scam host's is defanged")
    func internationalNames() {
        let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org",
                                        links: LinkPolicy(scamHosts: ["假反诈.中国"], trustedHosts: ["反诈.中国"]))
        let output = renderer.render("请访问反诈.中国查询，别信假反诈.中国，也别去退款.香港")
        #expect(output.html == "<p>请访问反诈.中国查询，别信假反诈[.]中国，也别去退款[.]香港</p>\n", "\(output.html)")
        #expect(output.askedHosts.isSuperset(of: ["反诈.中国", "假反诈.中国"]))
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
                                     "www.police.example.gov", "report.pdf", "pay.example", "alerts.example.org"])
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

/// Personal data as a red-team review wrote it in the twenty-fifth session: spellings the line
/// scanner passed, and values whose published form only shows once YAML or Markdown is read.
@Suite("Personal data however it is written")
struct PersonalDataSpellingTests {
    @Test("numbers in any grouping, with any separator or invisible character, and digits of any script", arguments: [
        ("Call 1380 0138 000 now", PersonalDataScanner.Finding.Kind.mobile, 6),
        ("Call 138 001 38000 now", .mobile, 6),
        ("Call 139/0013/9000 now", .mobile, 6),
        ("Call (138) 0013 8000 now", .mobile, 7),
        ("Call 138·0013·8000 now", .mobile, 6),
        ("Call 138 - 0013 - 8000 now", .mobile, 6),
        ("Call +86 138 0013 8000 now", .mobile, 6),
        ("Call 138\u{200E}0013\u{200E}8000 now", .mobile, 6),
        ("Call 138\u{2062}0013\u{2066}8000\u{2069} now", .mobile, 6),
        ("Call 1\u{FE0F}38\u{034F}00138000 now", .mobile, 6),
        ("Call 𝟏𝟑𝟖𝟎𝟎𝟏𝟑𝟖𝟎𝟎𝟎 now", .mobile, 6),
        ("Call 13800138000＊ now", .mobile, 6),
        ("Tel13800138000 now", .mobile, 4),
        ("ID11010519491231002X here", .residentID, 3),
        ("card6222021234567894 here", .card, 5),
        ("卡6222\u{3000}0212\u{3000}3456\u{3000}7894", .card, 2),
        ("卡 6222  0212  3456  7894", .card, 3),
        ("卡 6222.0212.3456.7894", .card, 3),
        ("卡 622848 0012345678903", .card, 3),
        ("Mail *zhangwei@163.com* now", .email, 7),
        ("Mail _lixia@163.com_ now", .email, 7),
        ("See https://claim.example/form?mail=zhangwei@163.com now", .email, 37),
        ("骗子网站https://pay.example，受害人邮箱victim@example.org被泄露", .email, 30),
        ("Site https://pay.example,victim@example.org leaked", .email, 26),
        ("电话 008613800138000", .mobile, 4),
        ("vx13800138000 加好友", .mobile, 3),
        ("微信号 wxid_13912345678", .mobile, 10),
        ("Mail zhangwei88 @ qq.com now", .email, 6),
        // A fourth privacy review (thirty-fourth session): 、, ｜ and ． between groups.
        ("Call 139｜1234｜5678 now", .mobile, 6), ("卡 6222．0212．3456．7894", .card, 3),
        // Labels as an ID card prints them, a bank account's, a possessive or a comma before the number, with a digit mistyped.
        ("公民身份号码：420106199003071230", .residentID, 8), ("身份号码 420106199003071230", .residentID, 6),
        ("her debit card, 6222 0212 3456 7890 127", .card, 17), ("银行账号 6222021234567890127", .card, 6),
        ("her landline, 027-8765-4321", .landline, 15), ("她的电话 027-87654321", .landline, 6),
        ("ID A440304199003071248 given", .residentID, 5),
        ("ID 440304199003071248B given", .residentID, 4),
        ("①13800138000", .mobile, 2),
        // An outside review's ways past the scanner (twenty-seventh session).
        ("Victim phone 139    1234    5678 noted", .mobile, 14),
        ("Card 6228\t\t\t\t4800    1234    5671", .card, 6),
        ("Phone 139\u{3164}1234\u{3164}5678", .mobile, 7),
        ("Phone 139\u{2800}1234\u{FFA0}5678", .mobile, 7),
        ("Phone 1\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}12345678", .mobile, 7),
        ("Phone 1\u{303}3912345678", .mobile, 7),
        ("Phone ①③⑨①②③④⑤⑥⑦⑧ now", .mobile, 7),
        ("Phone ¹³⁹¹²³⁴⁵⁶⁷⁸ now", .mobile, 7),
        ("电话一三九一二三四五六七八。", .mobile, 3),
        ("电话一三九〇〇一三八〇〇〇。", .mobile, 3),
        ("电话幺三九幺二三四五六七八。", .mobile, 3),
        // Short groups, as a whole chain (a review, thirty-second session: all were published).
        ("Phone 1 3 8 0 0 1 3 8 0 0 0 now", .mobile, 7),
        ("Phone 13 800 138 000 now", .mobile, 7),
        ("Phone 138 00 13 80 00 now", .mobile, 7),
        ("Phone 1-3-8-0-0-1-3-8-0-0-0 now", .mobile, 7),
        ("Phone +86 13 800 138 000 now", .mobile, 7),
        ("Card 6228 48 0012 3456 7890 3 now", .card, 6),
        ("ID 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X now", .residentID, 4),
        ("她的手机号是1 3 8 0 0 1 3 8 0 0 0。", .mobile, 7),
        ("Mail zhang.wei[@]qq[.]com here", .email, 6),
        ("Mail zhang.wei@qq[.]com here", .email, 6),
        ("Mail zhang.wei(@)qq(.)com here", .email, 6),
        // A second privacy review (thirty-second session): all of these were published.
        ("她的身份证号32010219780512345 X。", .residentID, 7),
        ("ID 11010519491231002-X now", .residentID, 4),
        ("ID 11010519491231002 (X) now", .residentID, 4),
        ("ID 11010519491231002\u{0425} now", .residentID, 4),
        ("Phone 138,0013,8029 now", .mobile, 7),
        ("电话138：0013：8000。", .mobile, 3),
        ("ID 110105;19491231;002X now", .residentID, 4),
        ("Card 6228|4800|1234|5671 now", .card, 6),
        ("电话138零零13八000。", .mobile, 3),
        ("Phone ⑴⑶⑻00138000 now", .mobile, 7),
        ("Her WeChat ID is zhong13800138419.", .mobile, 23),
        ("Mail zhongli at qq.com here", .email, 6),
        ("Mail zhongli艾特qq点com here", .email, 6),
        ("Mail zhongli@163 here", .email, 6),
        ("Mail zhongli@qq,com here", .email, 6),
        ("Mail zhongli {at} gmail {dot} com here", .email, 6),
        ("Mail \"zhong li\"@qq.com here", .email, 6),
        ("電話壹參玖壹貳參肆伍陸柒捌。", .mobile, 3),
        ("Phone 139•1234•5678", .mobile, 7),
        ("Phone [139]1234[5678]", .mobile, 8),
        ("受害人的案件编号440304199003071248已登记。", .residentID, 9),
        // A third privacy review (thirty-third session): all of these were published.
        ("收件人 钟女士 13800138000 圆通速递", .mobile, 9),
        ("报案人钟某 13900139000 元月5日来所报案", .mobile, 7),
        ("Witness list: 13700137000 Yuan Mei (neighbour).", .mobile, 15),
        ("电话幺三八 零零幺三 八零零零。", .mobile, 3),
        ("电话一三九-〇〇一三-九〇〇〇。", .mobile, 3),
        ("身份证一一〇一〇五 一九四九一二三一 〇〇二X。", .residentID, 4),
        ("卡号六二二二 〇二一二 三四五六 七八九四", .card, 3),
        ("电话一三五○○一三五○○○。", .mobile, 3),
        ("电话133〇〇133〇〇〇。", .mobile, 3),
        ("联系电话幺三八洞洞幺三八洞洞洞。", .mobile, 5),
        ("回拨电话幺三九两两三四五六拐八。", .mobile, 5),
        ("电话①③⑥ ⓪⓪①③ ⑥⓪⓪⓪", .mobile, 3),
        ("事主邮箱：zhongli88#qq.com（#换成@）。", .email, 6),
        ("旧邮箱 lihua2008＃126.com 停用", .email, 5),
        ("备用邮箱 lihua_2008★sina.com 停用", .email, 6),
        ("Her address: zhong.li(a)163.com here", .email, 14),
        ("另一个 lihua[a]qq.com。", .email, 5),
        ("工作邮箱 li.hua【at】whu.edu.cn。", .email, 6),
        ("工作邮箱 li.hua#whu.edu.cn（#换成@）。", .email, 6),
        // Named by its label, with a digit mistyped (an editor's walk through the guide, thirty-third session).
        ("Write to mailto://zhongli88@qq.com now", .email, 19),
        ("通话记录：013800138000 呼入", .mobile, 6),
        ("通话记录：17951 13900139000 呼出", .mobile, 6),
        ("The caller knew the contact number on her order: 13800138000.", .mobile, 50),
        ("会员编号13800138000", .mobile, 5),
        ("身份证号440301199001011235，", .residentID, 5),
        ("银行卡号6228480012345678901。", .card, 5),
        ("家中电话027-85551234。", .landline, 5),
        ("ID number 440301199001011235 given", .residentID, 11),
        ("bank card 6228 4800 1234 5678 901 given", .card, 11),
        ("home phone 027-8555 1234 given", .landline, 12),
        ("Mail \"zhangwei88\"@qq.com here", .email, 6),
        ("Mail zhangwei88 (at) qq.com here", .email, 6),
        ("Mail zhangwei88[at]qq[dot]com here", .email, 6),
        ("Mail zhangwei88@qq。com here", .email, 6),
        ("Mail zhangwei88\u{FE6B}qq.com here", .email, 6),
        ("Mail +zhangwei88@qq.com here", .email, 7),
        ("See [x](https://unknown.example/?email=zhangwei88%40qq.com)", .email, 40),
        ("See [x](https://unknown.example/?m=%31%33%39%31%32%33%34%35%36%37%38)", .mobile, 36),
        // Where the byte-level pre-check read differently from the scan (a review of the change).
        ("邮箱：zhang（at）qq.com", .email, 4),
        ("Call 138%2E0013%2E8000", .mobile, 6),
        ("Call 138<!-- a>b -->0013 8000", .mobile, 6),
        ("Call ①\u{FE0E}③\u{FE0E}⑨\u{FE0E}①②③④⑤⑥⑦⑧", .mobile, 6),
        ("Call 🄂🄄🄉🄂🄃🄄🄅🄆🄇🄈🄉", .mobile, 6),
        // A privacy review (forty-seventh session): signs, pictographs and lines between groups, look-alike letters of
        // other scripts, a weak separator with spaces around it, and other signs for an address's "@".
        ("Call 139📞7185📞2406 now", .mobile, 6), ("Call 139★7185★2406", .mobile, 6), ("Call 139→7185→2406", .mobile, 6),
        ("Call 139│7185│2406", .mobile, 6), ("Call 139 | 7185 | 2406", .mobile, 6), ("| 139 | 7185 | 2406 |", .mobile, 3),
        ("Card 622202★1234567890128", .card, 6), ("ID 420106→198503121233", .residentID, 4),
        ("Call 139718524\u{041E}6", .mobile, 6), ("Call 139718524\u{039F}6", .mobile, 6), ("Call 1\u{0417}971852406", .mobile, 6),
        ("Mail zhangwei1985ⓐqq.com", .email, 6), ("Mail zhangwei1985📧qq.com", .email, 6), ("Mail zhangwei1985*@*qq.com", .email, 6),
        ("Mail zhangwei*@*qq.com", .email, 6),
    ])
    func spellings(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ column: Int) {
        #expect(luhnChecksumIsValid("6228480012345678903"), "the 6+13 card of the test is Luhn-valid")
        #expect(PersonalDataScanner.mayFind(in: line), "\(line)")
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind], "\(line)")
        #expect(findings.first?.column == column, "\(line)")
    }

    @Test("an introduction exempts an order number, not a number it calls a person's own", arguments: [
        ("受害人身份证编号：11010519491231002X。", true),
        ("The victim's mobile number in this case: 13800138000.", true),
        ("For reference: 13800138000", true),
        ("Her card used in the transaction 6222 0212 3456 7894", true),
        ("订单编号：13800138000", false),
        ("Order no. 13800138000 was refunded.", false),
        ("运单号 13800138000", false),
    ])
    func introductions(_ line: String, _ isPersonal: Bool) {
        #expect(PersonalDataScanner.scan(line).isEmpty != isPersonal, "\(line)")
    }

    @Test("personal data inside an HTML comment or tag is found: never printed, but kept in the file and the build's memo", arguments: [
        ("<!-- editor note: victim 13800138000 -->", PersonalDataScanner.Finding.Kind.mobile, 26),
        ("The <span data-phone=\"13800138000\">victim</span> called.", .mobile, 23),
        ("Note <!-- zhangwei@163.com --> here.", .email, 11),
    ])
    func insideMarkup(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind], "\(line)")
        #expect(findings.first?.column == column, "\(line)")
    }

    /// A privacy review (thirty-first session): a word that introduces an order or case number
    /// no longer exempts one named as a victim's, a phone's or an account's, or "in order".
    @Test("an order, case or hotline number named as the victim's, a phone's or an account's is personal data", arguments: [
        "受害人热线13900000017", "Her phone, order no. 13900000008", "She used her phone in order 13900000011",
        "The victim's case number 13900000012", "她的账户编号13900000004", "她的储蓄卡编号13900000005",
    ])
    func exemptionNamedAsPersonal(_ line: String) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [.mobile], "\(line)")
    }

    /// The seventh privacy review (forty-fourth session): "the victim's case number" is the police's; an ID card is not.
    @Test("an ID card named beside a case number's label makes an ID's number no case number")
    func idCardBesideCaseNumber() {
        #expect(PersonalDataScanner.scan("Her ID card, case number 420106202611111402.").map(\.kind) == [.residentID])
        #expect(PersonalDataScanner.scan("The victim's case number is 420106202611111402.").isEmpty)
    }

    @Test("small numbers in a row, numbers inside codes, hotline lists, IP addresses, URL paths, the user part of a URL and long transaction numbers are no personal data", arguments: [
        "Steps 1, 3, 8, 0, 0, 1, 3, 8, 0, 0, 0 in order.", "Code SF13800138000 on the box.", "Amounts 138 13 800 yuan.", "138****8000",
        "如遇可疑情况请拨打 110 / 12381 / 96110 / 12321 咨询举报", "微信支付交易单据 4200001234202305151234567890",
        "https://www.example.gov.cn/2024/0315/12345672.html", "The caller told her to open 192.168.100.10", "IP 139.155.123.45",
        "她在手机淘宝上查到订单号 1234567890123452",
        "The link https://www.icbc.com.cn@login-verify.example/account only looked like the bank's.",
        "短信链接 http://admin:pass@claim.example/ 是假的",
        // Numbers no card starts with: years, amounts, order and article numbers.
        "then 2023 2024 2025 2026 passed", "transfers: 1980 1280 3260 4002 yuan", "Pinduoduo order 2023110912345671234 done",
        "https://www.toutiao.com/article/7299123456789012348/",
        // Masked addresses; order numbers introduced by "order" alone.
        "Her e-mail z***@qq.com, zh****88@qq.com, z**g@qq.com.", "Her Taobao order 3041234567890123455 was lost.", "Order: 3041234567890123455.",
        // Lists and sums of amounts: commas, 、, colons and plus signs join no number.
        "转账150、2000、3000元", "Transfers: 1500, 2000, 300 yuan", "先后转账3000、1000、5000、5000元", "共计150+2000+3000元",
        // Numerals in Chinese prose, list markers, times.
        "二〇二三年十一月，他损失了三万元。", "转账人民币壹拾贰万叁仟肆佰伍拾陆元整。",
        // Short groups that make no number as a whole: a growing list, a version, a date and time.
        "面额 1 5 10 20 50 100 元", "version 1.3.8.0.0.1.3.8.0.0.0", "on 2024 03 01 13 45 he called",
        // Amounts with their currency, labels that introduce no personal data, times, thousands, a street.
        "She paid 1500 / 3000 / 280 yuan", "共转账1500/3000/280元", "Totals ¥1500 3000 280 so far", "Police report no. 13800138000 was filed",
        "发票号码13800138000", "At 13:45:30 on 2024-03-01 he called", "损失 1500 3000 280 元钱", "共 1,500 2,000 元整",
        "Topic #qq.com is trending", "Police station 027-85551234", "身份证后四位1235", "card ending 8901, home phone ending 1234", "Issue 12 #qq group", "星级 ★★★ 5 stars", "Totals 1500 3000 280 yuan.", "RMB 1500 3000 280", "Population 138,001,380 in all", "We met at 163 Main Street.",
        "A defanged disguise: hxxps://www[.]bank[.]com[@]evil[.]example/ only looked like the bank's.", "①②③ are the steps.", "At 13:45 on 2024-03-01 he lost 13,800 yuan.",
        // A fourth privacy review (thirty-fourth session): round amounts written whole, words before an
        // "@" set apart, an organisation's role address, an order number in a sentence after a phone's.
        "警方冻结涉案资金15000000000元。", "Assets of 15000000000 yuan were frozen.", "RMB 13800000000 in all",
        "Mails from addresses ending in @icbc.com.cn are real.", "It came from a @163.com address.", "举报邮箱 jubao@12321.cn",
        "李女士接到冒充网店客服的电话，对方称可以退款。订单号：4123456789012345677。",
        // A second red team (same session): 、 lists amounts and counts, a company's credit code is no card.
        "她先后转账150、2000、3000，共计5150元。", "共破获此类案件135、1288、2046起", "统一社会信用代码为913301005868344978",
        "Unified social credit code 913301005868344978.",
        // Signs between numbers that are no number's groups, a masked address, an envelope beside an address of an office.
        "评分★5★4，价格1390→1400→1500元", "📅2024-03-01 📞110、96110", "9:30 | 1390 | 7185", "转账139 , 7185 , 2406元", "邮箱 zh***@qq.com",
        "Version 1.2.3 Обзор 2024",
    ])
    func lookalikes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line)")
    }

    /// The scanner reads each line of the file; most of these only show once the YAML is decoded or
    /// the Markdown rendered (a number inside a tag or comment it finds itself, at its column).
    @Test("personal data that only the decoded value or the rendered page shows is an error at that value", arguments: [
        (["title: \"Ms. Zhang \\x31\\x33800138000 lost 3,000 yuan\"", "date: 2024-03-01"], [String](), 2, 8),
        (["{date: 2024-03-01, indicators: [\"x\"], title: \"Ms. Zhang 13800138000\"}"], [], 2, 46),
        (["title: Alias", "date: 2024-03-01", "indicators: [&v \"Caller 13800138000\"]", "summary: *v"], [], 5, 1),
        (["title: Folded", "date: 2024-03-01", "summary: \"Ms. Zhang, 138 0013", "", "  8000, lost 3,000 yuan\""], [], 4, 10),
        (["title: \"Victim <Ms Zhang 13800138000> lost 3,000 yuan\"", "date: 2024-03-01"], [], 2, 26),
        // A %-escaped digit is read in the line itself, where the number starts.
        (["title: Percent", "date: 2024-03-01", "sources: [{name: Police, url: \"https://police.example/a?t=1380013%38000\"}]"], [], 4, 59),
        (["title: Code", "date: 2024-03-01"], ["The caller typed `<!-- 13800138000 -->` into the chat."], 5, 24),
        (["title: Link", "date: 2024-03-01"], ["[Call the victim](tel:1380013%38000) was the text."], 5, 23),
        (["title: Break", "date: 2024-03-01"], ["Her phone 138 0013", "**8000** rang twice."], 5, 11),
        // Columns are scalars: 👨‍👩‍👧 is one character of five.
        (["title: Family", "date: 2024-03-01"], ["联系👨‍👩‍👧 138", "0013 8000 now."], 5, 9),
        // A privacy review (thirty-first session): split by a paragraph break, whole in the summary
        // made from the body (and in every list, feed and flyer that shows it); and a link's title,
        // whose character references only the tooltip decodes.
        (["title: Split", "date: 2024-03-01"], ["Ms. Zhong, whose phone is 138 0013", "", "8000 according to the police, was called."], 5, 27),
        (["title: Split", "date: 2024-03-01"], ["钟女士的手机号一三八〇〇", "", "一三八〇〇〇被骗了。"], 5, 1),
        (["title: Tooltip", "date: 2024-03-01"], ["See [our page](/cases/ \"Ms. Zhong: 139&ensp;0000&ensp;0001\")."], 5, 36),
    ])
    func decodedAndRendered(_ frontMatter: [String], _ body: [String], _ line: Int, _ column: Int) {
        let result = Tree.with(["cases/x.md": caseFile(frontMatter, body: body.isEmpty ? ["Nothing else."] : body)]).check()
        let errors = result.diagnostics.filter { $0.code == "personal-data" }
        #expect(errors.count == 1, "\(result.diagnostics.map(\.formatted))")
        #expect(errors.first?.line == line && errors.first?.column == column, "\(errors.map(\.formatted))")
    }

    /// An error review (fiftieth session): a number in a comment was said to be "published".
    @Test("personal data in a comment is said to be kept in the file, not published; in a code span it is published")
    func commentWording() {
        let result = Tree.with(["cases/x.md": caseFile(["title: Note", "date: 2024-03-01"], body: [
            "<!-- victim: 13800138000", "ID 110101199003078515 -->", "", "The caller typed `<!-- 13900139000 -->` into the chat.",
        ])]).check()
        let errors = result.diagnostics.filter { $0.code == "personal-data" }.map { ($0.line, $0.message.contains("even in a comment"), $0.message.contains("must not be published")) }
        #expect(errors.map(\.0) == [5, 6, 8] && errors.map(\.1) == [true, true, false] && errors.map(\.2) == [false, false, true],
                "\(result.diagnostics.map(\.formatted))")
    }

    @Test("a type's, campaign's or advice item's published text is checked as decoded and rendered")
    func taxonomyValues() {
        let advice = Tree.with(["advice.yml": "- id: hang-up\n  kind: do\n  priority: 1\n  text: \"Ms. Zhang (\\u0031\\u00338 0013 8000) says: hang up.\"\n"])
        #expect(advice.check().diagnostics.contains { $0.code == "personal-data" && $0.file.hasSuffix("advice.yml") && $0.line == 4 },
                "\(advice.check().diagnostics.map(\.formatted))")
        // A campaign's file name is in its URLs, flyer names and QR codes.
        let campaign = "---\ntitle: Warning\nwindow: {start: \"11-01\", end: \"11-11\"}\nfocus: [fake-courier-compensation]\nheadline: Nobody pays.\n---\nBody.\n"
        let named = Tree.with(["campaigns/victim-13912345678.md": campaign]).check()
        #expect(named.diagnostics.filter { $0.code == "personal-data" }.map(\.file) == ["Alerts/campaigns/victim-13912345678.md"],
                "\(named.diagnostics.map(\.formatted))")
    }
}

extension SafetyRegressionTests {
    /// A pasted chat log full of "@" mentions took minutes to check (twenty-ninth session): an "@"
    /// with no letter before it or no dotted domain after it is passed over. Addresses among them are still found.
    @Test("addresses among @mentions and runs of @ are found, at their columns", arguments: [
        ("@li @wang li.si@example.org", 11),
        ("a@a@a@ zhang@qq.com", 8),
        ("@@ 张三@例子.中国", 4),
        ("@user: 联系li@[192.168.1.1]", 10),
        ("@@@ wang_99@mail.example.cn.", 5),
    ])
    func addressesAmongMentions(_ line: String, column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [.email], "\(line)")
        #expect(findings.first?.column == column, "\(line)")
    }

    @Test("mentions, handles and runs of @ are no address")
    func mentionsAreNoAddress() {
        for line in ["@li @wang @zhang", String(repeating: "a@", count: 500), "@user.name said hi", "price @ 5.50 each", "@@@@"] {
            #expect(PersonalDataScanner.scan(line).isEmpty, "\(line.prefix(40))")
        }
    }
}

/// A Traditional-Chinese editor's review (thirty-fourth session): a Hong Kong victim's mobile and
/// identity card, and a Taiwanese victim's, were published.
@Suite("Hong Kong and Taiwan numbers")
struct RegionalNumbersTests {
    @Test("Hong Kong and Taiwan identity cards (by their check digit) and mobiles are found at their columns", arguments: [
        ("香港身份證號碼是A123456(3)", PersonalDataScanner.Finding.Kind.residentID, 9),
        ("HKID: A123456(3).", .residentID, 7), ("陳太的身份證號碼：A123456(3)。", .residentID, 10), ("身份证号码：K7045212", .residentID, 7), ("ID Z6837140, lost", .residentID, 4),
        ("身分證字號A123456789", .residentID, 6), ("ID number B123456780 was stolen", .residentID, 11),
        ("手機0912-345-678", .mobile, 3), ("Call +886 912 345 678 now", .mobile, 6), ("手机０９１２３４５６７８", .mobile, 3),
        ("事主陳小姐的手機號碼是9123 4567", .mobile, 12), ("WhatsApp: 6123-4567", .mobile, 11), ("Call +852 9123 4567", .mobile, 11), ("住宅電話2345 6789", .landline, 5),
    ])
    func found(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("look-alikes pass: a wrong check digit, eight digits without a label, hotlines, amounts, a mainland ID", arguments: [
        "香港身份證號碼是A123456(4)", "身分證字號A123456788", "損失 9123 4567 港元？不，是 91,234,567", "訂單 91234567 已送出",
        "防騙易熱線 18222，報警 999，消委會 2929 2222", "Dated 2026-11-23 09:30", "ID11010519491231002X here",
        "Code SF1380013800 on the box",
    ])
    func lookalikes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).filter { $0.kind != .residentID || !line.contains("110105") }.isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    /// A privacy review (sixty-second session): mobiles in their country's own form, after a word for one, were published.
    @Test("a mobile in its country's own form after a word for one is found", arguments: [
        ("Her mobile, 07700 900456, received a text.", 13), ("The woman's mobile 0412 345 678 was used.", 20),
        ("She gave her cellphone number, 021 123 4567, to the caller.", 32), ("当地手机090-1234-5678收到来电。", 5),
        ("The victim's handphone number, 9123 4567, was used.", 32), ("The victim (HP: 9123 4567) was called.", 17),
        ("Mangsa (H/P: 012-3456789) menerima panggilan.", 14), ("The victim's mobile, 012-345 6789, was used.", 22),
        ("其行動電話 09-3312-3456 當天接到來電。", 7),
    ])
    func nationalMobiles(_ line: String, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [.mobile] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("landlines after 手机, hotlines, a mobile's app and numbers far from the word pass", arguments: [
        "她的手机010-12345678打不通。", "座机电话021-12345678。", "手机号138****5678，座机021-12345678。",
        "The bank's mobile hotline: 0800 123 4567.", "The mobile app version 0.9.12345 was released.", "Her mobile rang; the bank's line is 0345 734 5345.",
        "Call the HP printer line 8123 4567 for help.",
    ])
    func nationalLookalikes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("the pre-check hides no mobile in its country's form (4,000 random texts)")
    func nationalPrecheck() {
        expectPrecheckHidesNothing(.national, seed: 62, of: 5, pieces: [
            "mobile", "Mobile", "cell", "handphone", "HP", "H/P", "手机", "手機", "行動電話", " ", ": ", ", ", "(", "07700", "900456", "0412",
            "345", "678", "021", "123", "4567", "9123", "012-", "3456789", "090-1234-5678", "09-3312-3456", "number", " is ", "，", "a long stretch of words here "])
    }

    @Test("the pre-check hides no number after its label: a passport's, an SSN, an Aadhaar number (4,000 random texts)")
    func labelledPrecheck() {
        expectPrecheckHidesNothing(.labelled, seed: 63, of: 4, pieces: [
            "Aadhaar", "aadhaar number", "AADHAR", "SSN", "social security", "passport", "护照", " ", ": ", "(", "is ", "4732 6185 0930",
            "473261850930", "518 27 9034", "518-27-9034", "E12345678", "，", "a long stretch of words here "])
    }

    @Test("the pre-check hides no bank account after the word for one (4,000 random texts)")
    func bankAccountPrecheck() {
        expectPrecheckHidesNothing(.bankAccount, seed: 64, of: 4, pieces: [
            "account", "Account", "a/c", "acct", "户口", "戶口", " number ", " no. ", ": ", "(", "是", "41826375", "027-914385-2",
            "012-345-6-789012", "6217 0000 1234", "元", " yuan", "2024", "，", "a long stretch of words here "])
    }

    /// On random texts of `pieces`, the patterns of `forms` find no more than those the pre-check names.
    private func expectPrecheckHidesNothing(_ forms: RegionalNumbers.Forms, seed: UInt64, of count: Int, pieces: [String]) {
        var checked = 0
        for text in seededTexts(4000, of: count, from: pieces, seed: seed) {
            let (readable, columns) = PersonalDataScanner.readable(text)
            let all = RegionalNumbers.findings(in: readable, columns: columns, forms: forms).map(\.column)
            let gated = RegionalNumbers.findings(in: readable, columns: columns, forms: RegionalNumbers.forms(in: text).intersection(forms)).map(\.column)
            #expect(all == gated, "\(text)")
            if !all.isEmpty { checked += 1 }
        }
        #expect(checked > 100, "the random texts hold findings: \(checked)")
    }

    @Test("check digits: the common examples A123456(3) and A123456789, and one worked out by hand (Z683714: 324 + 280 + 144 = 748 = 68 × 11, so 0)")
    func checkDigits() {
        #expect(RegionalNumbers.validHongKongID("A", "123456", "3"))
        #expect(RegionalNumbers.validHongKongID("Z", "683714", "0"))
        #expect(!RegionalNumbers.validHongKongID("A", "123456", "4"))
        #expect(RegionalNumbers.validTaiwanID("A", "123456789"))
        #expect(!RegionalNumbers.validTaiwanID("A", "123456788"))
    }
}

/// The third privacy red team (thirty-fifth session): each of these was published by a build that succeeded.
@Suite("Weak masks and rarer forms")
struct MoreNumbersTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("found at their columns: weak masks, first-generation IDs, American Express, a number in head and tail, English words, at-dot addresses, SSN, NRIC, IBAN", arguments: [
        ("受害人身份证号42010619850317123*。", Kind.residentID, 8), ("Her ID 420106*98503171230 was used", .residentID, 8),
        ("ID 4201061985****1230", .residentID, 4), ("手机1391234567*", .mobile, 3), ("13912345*78 called", .mobile, 1),
        ("Tel 139*2345678.", .mobile, 5), ("mobile 1391234567X", .mobile, 8), ("e-mail l*ming@qq.com", .email, 8),
        ("受害人李某（身份证号420106850317123）被骗", .residentID, 11), ("ID card 420106850317123", .residentID, 9),
        ("她的身份证号是420106850317123", .residentID, 8), ("card 3782 822463 10005", .card, 6),
        ("受害人手机号前七位为1391234，尾号5678。", .mobile, 11), ("It begins 1391234 and ends in 5678.", .mobile, 11),
        ("受害人身份证号前14位为42010619850317，后四位1230。", .residentID, 13),
        ("The victim's mobile is one three eight one two three four five six seven eight.", .mobile, 24),
        ("call one three nine, one two three four, five six seven eight", .mobile, 6),
        ("one three eight double zero one three eight double zero zero", .mobile, 1),
        ("her e-mail is liming at company dot com dot cn", .email, 15), ("SSN 536-22-1234", .nationalID, 5),
        ("NRIC S1234567D", .nationalID, 6), ("IBAN GB82 WEST 1234 5698 7654 32", .iban, 6),
        // What a review of the first version found the pre-check hid (full-width digits, dashes, other stars, digits among words).
        ("SSN 536–22–1234", .nationalID, 5), ("手机１３９１２３４５６７＊", .mobile, 3), ("Tel 1391234●678", .mobile, 5),
        ("call 139 one two 345678 now", .mobile, 6), ("身份证号４２０１０６８５０３１７１２３", .residentID, 5),
        ("受害人手機前七位數字為1391234，後四位數字為5678。", .mobile, 12),
        // A privacy review (thirty-sixth session): a number's pieces in another order, an address at a
        // webmail host without its ending, numbers an amount's or a URL's rules no longer cover.
        ("Her number ends in 5678 and begins 1391234.", .mobile, 36), ("她的手机尾号4567，前七位1586123。", .mobile, 15),
        ("尾号5678，前三位139，中间四位1234", .mobile, 11), ("the first three digits 139, the middle four 1234, and it ends in 5678", .mobile, 24),
        ("zhangwei88 at gmail", .email, 1), ("write to lihua66 at qq", .email, 10), ("zhang88@139 is hers", .email, 1),
        ("邮箱zhangsan@qq.com", .email, 3), ("Her card 4800123456789019 was used", .card, 10), ("Call 13912345678 元旦", .mobile, 6),
        ("Her phone, reporting line 13912345678", .mobile, 27),
        // A fifth red team and a review of the session's diff: a caller's own number on 报警电话 / a
        // reporting line, possessives, a phishing path, a currency word before a card, name-only
        // addresses in a line about mail, and more ways of giving a number's first and last digits.
        ("举报电话：13912345678", .mobile, 6), ("Reporting phone: 13912345678", .mobile, 18),
        ("收款人：Mr.Wang/6222021234567890128，已转账。", .card, 13), ("See https://pay-verify.example/card/6222021234567890128 now", .card, 37),
        ("转出账户：人民币6222021234567890128。", .card, 9), ("She gave her payment ID 13912345678 to the caller.", .mobile, 25),
        ("联系人13912345678余元（女）", .mobile, 4), ("Her email: wangfang @ 163", .email, 12), ("her e-mail: wangfang at 163", .email, 13),
        ("前七位1391234，尾号为5678", .mobile, 4), ("手机号开头1391234，结尾5678", .mobile, 6),
        ("the first seven digits of her number are 1391234; the last four are 5678.", .mobile, 42),
        ("Her number: first three digits 139, middle four 1234, last four 5678.", .mobile, 32),
        ("她的理赔编号13912345678", .mobile, 7), ("She gave her payment reference no. 13912345678", .mobile, 36),
    ])
    func found(_ line: String, _ kind: Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("proper masks, case numbers, agency addresses and look-alikes pass", arguments: [
        "138****5678", "1391234****", "尾号5678", "420106********0127", "zh****88@qq.com", "l***@qq.com", "案件编号420106202606100127",
        "The police case number is 420106202606100127.", "Police in Hongshan (case A420106202606100127) are investigating.",
        "Tips can be sent to the Anti-Fraud Centre at fanzha@whga.gov.cn.", "交易流水号420106850317123", "IMEI 356938035643809",
        "前三位139，后面不记得了", "She met him at home dot com offices", "one or two, three times", "Dated 2026-11-23, 09:30",
        "Invoice CN12 3456 7890", "PIN S1234567A", "area 000-12-3456", "3 × 4 = 12, 5 ** 2 = 25",
        "It begins 1391234. The card ends in 5678.",
        // A privacy review (thirty-sixth session): Chinese words before a domain, prices, post IDs, amounts, references, report lines.
        "凡是以@qq.com、@163.com结尾的“官方邮件”都是假的。", "工商银行的官方邮箱后缀是@icbc.com.cn。", "骗子用一个@163.com邮箱注册了账号。",
        "She ordered 2 phone cases @ 139 yuan.", "10 shares @ 163 each", "we met at qq", "He met at 3pm at Sina",
        "See https://m.weibo.cn/status/4800123456789019 for the post.", "[post](https://t.bilibili.com/4800123456789019/)",
        "涉案金额共计人民币15234567890.50元", "The ring moved ¥13912345678 in total.", "RMB 13912345678", "1523456789余元",
        "Transaction reference 4800123456789019", "Ref. no. 4800123456789019",
        // The seventh privacy review (forty-fourth session): the victim's case number is still the police's.
        "受害人的案件编号420106202611111402。", "The victim's case number is 420106202611111402.", "Police reference 420106202611111402.",
        "Payment ID: 4800123456789019", "Policy number 4800123456789019", "交易参考号4800123456789019", "借款合同号：4800123456789019",
        "骗子冒充@icbc.com.cn的官方邮箱发信。", "凡是以@qq.com或@163.com结尾的邮件都是假的。", "发件人邮箱后缀为@qq.com的都是假的。",
        "Payment reference: 4800123456789019", "Incident number 4800123456789019", "受案回执号4800123456789019", "Her order no. 13912345678 shipped.",
        "See www.weibo.com/4800123456789019 now", "It begins 139 and ends in 5678. The middle: 1234.",
        // A second read of the diff: "mail" inside gmail, a mail word far from a street number, prices, a
        // second domain after 和, her order (the shop's number), a link's text, a count that is the number.
        "Her cousin works at Gmail.", "The e-mail told her to wait at 163 Nanjing Road.", "She ordered 2 phone cases @ 139.",
        "3 shirts @ 139 HKD each", "凡是以@qq.com和@163.com结尾的邮件都是假的。", "她的订单号13912345678", "Her order no. 13912345678 shipped.",
        "See [www.weibo.com/4800123456789019](https://www.weibo.com/4800123456789019) now", "It begins 139 and ends in 5678. The middle: 1234!",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    /// A review of the session's diff (thirty-sixth session): given names end in 向, 如, 为, 和 too.
    @Test("an all-Chinese name before a Latin domain is still an address")
    func chineseNameAddress() {
        #expect(PersonalDataScanner.scan("她的邮箱是刘向@example.cn。").map(\.kind) == [.email])
        #expect(PersonalDataScanner.scan("用户王如@qq.com发来邮件").map(\.kind) == [.email])
    }

    /// A privacy red team (thirty-seventh session): a victim's landline, bank account and mailbox
    /// under the words a police report names them with.
    @Test("a landline, a bank account and a webmail mailbox named as a person's are found", arguments: [
        ("The victim's phone number is 027 8765 4306.", PersonalDataScanner.Finding.Kind.landline, 30),
        ("她家的电话号码027-87654308被骗子查到。", .landline, 8),
        ("受害人电话027-87654321。", .landline, 6),
        ("李女士的联系电话：0755-26123456。", .landline, 10),
        ("Ms. Li's work phone, 027-87654307.", .landline, 22),
        ("Ms. Li can be reached at 027-87654303.", .landline, 26),
        ("李女士的建行账户42050110123456789012被冻结。", .card, 9),
        ("李女士的中国银行账号5678 1234 9012被骗子掌握。", .card, 11),
        ("Her bank account number: 4205 0110 1234 5678 9012.", .card, 26),
        ("她的QQ邮箱是283746591，骗子往里面发了通知。", .email, 8),
        ("骗子往她的163邮箱zhangwei1990发了假通知。", .email, 11),
        ("受害人手机号1391234****，尾号5678。", .mobile, 7),
        ("The victim's number is 139 1234 ****, ending in 5678.", .mobile, 24),
        ("受害人手机号139********，后八位12345678。", .mobile, 7),
        ("她的手机号139、1234、5678被骗子掌握。", .mobile, 6),
        ("The victim's mobile: 139, 1234, 5678.", .mobile, 22),
        // A diff review (thirty-eighth session): full-width digits, a label far before its number, "app" before 身份证.
        ("手机号１３９１２３４****，尾号５６７８", .mobile, 4),
        ("手机号１３９、１２３４、５６７８", .mobile, 4),
        ("ID number:" + String(repeating: " ", count: 70) + "110105199003071231", .residentID, 81),
        ("她在app身份证号：110105199003071231", .residentID, 11),
        // A mainland mobile grouped as one is, beside Singapore's 1800 numbers (grouped 4-3-4), which pass.
        ("Her phone: 180 0722 6688.", .mobile, 12),
    ])
    func namedAsAPersons(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ column: Int) {
        let found = PersonalDataScanner.scan(line)
        #expect(found.map(\.kind) == [kind] && found.first?.column == column, "\(found)")
    }

    @Test("a business's toll-free number, a shop's order or merchant ID, a mask of circles, and 'at qq.com' in prose are no one's data", arguments: [
        "Americans can call the FTC on 1-877-382-4357 or Apple on 1-800-275-2273.",
        "Call the bank at 1 (888) 123-4567, the number on the back of your card.",
        "In Singapore, call the Anti-Scam Helpline on 1800-722-6688 or phone 1800 722 6688.",
        "如有疑问，可拨打洪山派出所反诈专线13912345678咨询。", "反诈热线（手机）：13912345678", "社区民警24小时值班手机：13912345678。",
        "反诈民警值班电话：13912345678（24小时）",
        "Send suspicious messages to the ScamShield WhatsApp bot at 8888 6466.",
        "Order ID 202611131345123455 was marked refunded. Merchant ID 202611131345123455.",
        "受害人手机号139○○○○5678，另一号码139〇〇〇〇5679。",
        "She had an account at 163.com and another at qq.com. She looked at qq.com first, then logged in at 163.com.",
        "派出所电话027-87654399，反诈中心联系电话027-88886666。",
        "受害人手机号138****5678（尾号5678）被冒用。",
        "卡号6222 **** **** 1234，尾号1234。",
        "她先后转账150、2000、3000元给对方。",
        "He paid 139, 1234, 5678 and 90 yuan in four transfers.",
    ])
    func noOnesData(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(PersonalDataScanner.scan(line))")
    }

    /// A privacy red team (thirty-eighth session): passports, mobiles abroad, IDs and accounts in lower
    /// case or other separators, a twice-escaped "@", a card with one digit hidden, and a valid ID of
    /// someone born before 2000 after "case number" went out whole.
    @Test("numbers of other countries and forms are found", arguments: [
        ("The victim's passport number E12345678 was copied.", PersonalDataScanner.Finding.Kind.travelDocument),
        ("PASSPORT NUMBER OF THE VICTIM: E12345678", .travelDocument),
        ("Her passport no. EA1234567 expired.", .travelDocument),
        ("受害人的护照号码E12345678被骗子拿走。", .travelDocument),
        ("港澳通行证号码C12345678", .travelDocument),
        ("She showed the caller her Hong Kong permit C12345678.", .travelDocument),
        ("Her Taiwan compatriot permit 12345678 was photographed.", .travelDocument),
        ("她出示了澳門居民往來內地通行證 W12345678", .travelDocument),
        ("She is on +44 7700 900123 in London.", .mobile),
        ("Her mobile +447700900123.", .mobile),
        ("Call +60 12-345 6789.", .mobile),
        ("Call +81 90-1234-5678.", .mobile),
        ("Call +65 9123 4567.", .mobile),
        ("Call +61 412 345 678.", .mobile),
        ("Call +44 (0)7700 900123.", .mobile),
        ("IBAN gb82 west 1234 5698 7654 32", .iban),
        ("Taiwan ID a123456789", .residentID),
        ("HKID a123456(3)", .residentID),
        ("HKID A123456[3]", .residentID),
        ("Her SSN 078 05 1120 was used.", .nationalID),
        ("Social security number: 078.05.1120", .nationalID),
        ("Korean RRN 900101-1234568", .nationalID),
        ("Write to zhangwei%2540qq.com", .email),
        ("Card 6222 0212 3456 7890 1*8", .card),
        ("Case number 420106199003071238.", .residentID),
        ("The victim photographed her passport, number E12345678, for the caller.", .travelDocument),
        ("She sent a photo of her passport (E12345678).", .travelDocument),
        ("The victim's RRN 9001011234568 was read out.", .nationalID),
        ("The victim's own mobile number 07700 900123 received the code.", .landline),
        ("受害人手机号139****5678，中间四位是1234。", .mobile),
        ("Her number was 139****5678; the middle four digits were 1234.", .mobile),
        ("She wrote to zhangwei (at qq.com) for help.", .email),
        // A second red team (same session).
        ("Her mobile is 0044 7700 900123.", .mobile),
        ("Her mobile is ＋44 7700 900123.", .mobile),
        ("Her passport number, E 1234 5678, was copied.", .travelDocument),
        ("她的护照号：E1234 5678", .travelDocument),
        ("Her Home Return Permit number H1234567801 was photographed.", .travelDocument),
        ("台胞证号码12345678", .travelDocument),
        ("The victim's 주민등록번호 9001011234568 was read out.", .nationalID),
        ("Card 6222 0212 3456 789_ 128", .card),
        ("The victim's landline 027-8765 4321 was called first.", .landline),
        ("The woman's landline 027-87654321 was called first.", .landline),
        ("Her order number was 6222021234567890128.", .card),
        ("她的手机号13800138000", .mobile),
        ("家住湖北省武汉市洪山区珞喻路152号华中小区3栋2单元501室。", .address),
        ("民警赶到江汉区新华路218号1单元1102室的家中。", .address),
        ("收货地址：武汉市江岸区解放大道1688号。", .address),
        ("Mrs Hill, at 14 Acacia Avenue, Leeds LS6 2QT, took the call.", .address),
        ("He lives at 1427 Maple Street, Springfield, IL 62704.", .address),
        ("Her flat: Flat 3, 22 Baker Street, London.", .address),
        ("Room 501, Building 3, 152 Luoyu Road, Hongshan District.", .address),
        // A malformed-input review (fiftieth session): a block between flat and street, and a unit.
        ("Mrs Chen (72), of Flat 1502, Block 12, 1088 Lianhua Road, took the call.", .address),
        ("He lives in Unit 5, 12 Orchard Road.", .address),
        // A black-box review (fifty-second session): a Chinese estate's address in English.
        ("She lives in Room 501, Unit 2, Building 3, Jiangan Garden, Jianghan District.", .address),
        ("Police visited her at Apartment 1203, Jiangan Garden, Jianghan District.", .address),
        ("身份证号A123456789", .residentID),
        // A fourth red team (fortieth session): a flat as building-unit-room, 号房, 户籍地址 and 家在 with a
        // door number; Macau, Indonesian, Cambodian and Myanmar mobiles.
        ("李女士家住桂园小区3-2-501，11月5日接到电话。", .address),
        ("民警来到他住的8栋1203号房。", .address),
        ("经核实，李女士户籍地址为湖北省武汉市洪山区珞喻路152号。", .address),
        ("李女士家在珞喻路152号，离派出所不远。", .address),
        // A malformed-input review (fifty-fifth session): a flat written without 室.
        ("受害人住址：光谷花园3栋2单元501", .address), ("受害人家住光谷花园3栋2单元501。", .address), ("受害人家住光谷花园3栋501。", .address),
        ("民警来到8幢1203，敲门无人应答。", .address),
        ("She lives at 152 Luoyu Road, Flat 1803.", .address), ("22 Baker Street, Flat 3, was where he lived.", .address),
        ("Police visited 152 Luoyu Road, Room 1803 that night.", .address),
        ("Her phone +853 6612 3456 rang.", .mobile),
        ("His number +62 812-3456-7890 was on the list.", .mobile),
        ("The rescued worker's phone +855 12 345 678 was returned.", .mobile),
        ("His mother's phone +95 9 123 456 789 was called.", .mobile),
    ])
    func otherForms(_ line: String, _ kind: PersonalDataScanner.Finding.Kind) {
        #expect(PersonalDataScanner.scan(line).map(\.kind) == [kind], "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("sums after their words, order numbers of a recent date, hotlines abroad and landlines after a country's code are no one's data", arguments: [
        "The total loss was 15823467890 yuan.", "Losses nationwide came to 15823467890 yuan.", "全国涉案金额达15823467890元。",
        "He quoted her order number 420106202611051235.", "骗子报出了她的订单号420106202611051235。", "Police case number 420106202611051235.",
        "Call Action Fraud on +44 300 123 2040.", "The FTC's line is +1 877 382 4357.", "The embassy: +44 20 7946 0958.",
        "Call +86 10 12345678 for the embassy.",
        "Jianghan police station can be reached on 027-8555 1234.", "The centre's landline is 027-8555 1234.",
        "江汉区派出所座机：027-85551234。", "辖区派出所固定电话027-85551234", "The embassy's line is +1 202 495 2266.",
        "The complaint reference was 512-34-5678.", "商品编号为512-34-5678",
        // A third red team (thirty-ninth session): an amount after the words of a flow of money, China
        // Mobile's service line, a Taiwan ID's shape after an order's label.
        "涉案资金流水高达13812345678元", "They laundered 13812345678 yuan.", "中国移动官方客服10086或13800138000",
        "Order number A123456789 was shown on the fake page.",
        // Where a case happened, and the police's own address: no one's door.
        "家住湖北武汉的刘女士接到一个陌生电话。", "江汉区新华路218号派出所的民警接警后赶到。", "地址：新华路218号（江汉分局）",
        "The talk was at Wan Chai Police Station, 123 Gloucester Road, Room 3.", "该小区3栋120户居民参加了反诈宣传。", "2栋300名居民收到提醒。", "3栋2单元的邻居报了警。", "A座1203会议室举行讲座。",
        "Report it at Wan Chai Police Station, 123 Gloucester Road.", "The meeting was in Room 3 of the library.",
        "The talk was held in Room 2, Building 5 of the district office.", "The Jiangan Garden estate held a talk in Room 101.",
        "On 12 March Police said the caller used 3 Street names.",
        // A fourth red team (fortieth session): the Ministry's URLs (a path segment in a Hong Kong ID's shape),
        // a date or a metro line after where someone lives, a UK crime reference, offices' mail and
        // addresses, a WhatsApp hotline.
        "Read the notice at https://www.mps.gov.cn/n2254098/n4904352/c9654321/content.html today.",
        "家住江岸区的张女士11月5号下午接到一个陌生电话。", "住在汉口的小刘在地铁2号线上接到电话。", "家住汉阳区的陈女士于本月3号向警方报案。",
        "Contact West Yorkshire Police on 101 quoting crime reference 13240612345.", "Call 101 and give the log number 13190123456.",
        "Questions can be sent to enquiry@police.gov.hk.", "Forward it to reportphishing@apwg.org or phishing-report@us-cert.gov.",
        "Write to fraud.prevention@hsbc.com.hk.",
        "Residents can file a report at the Phoenix Police Department, 620 W Washington St, Phoenix, AZ 85003.",
        "Write to the bank's fraud team at 1 Churchill Place, London E14 5HP.",
        "Send suspicious messages to the Anti-Scam WhatsApp hotline +852 9880 1888.", "市民亦可透過WhatsApp熱線9880 1888查詢可疑訊息。",
    ])
    func otherFormsPass(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(PersonalDataScanner.scan(line))")
    }

    /// A malformed-input review (fiftieth session): a victim's chat accounts, a plate and a full
    /// date of birth were published.
    @Test("chat accounts after their names, mainland plates and full dates of birth are found at their columns", arguments: [
        ("孙子（微信号chen_xiaoming1999，QQ号 284756193）在朋友圈提醒同学。", [PersonalDataScanner.Finding.Kind.chatAccount, .chatAccount], [7, 29]),
        ("她的微信账号：li-hua88 被拉进群。", [.chatAccount], [8]),
        ("Her grandson (WeChat ID: chen_xm1999, QQ 284756193) warned his classmates.", [.chatAccount, .chatAccount], [26, 42]),
        ("His WeChat account is wang_lei_1988.", [.chatAccount], [23]),
        ("车牌号粤B·D12345的车停在楼下。", [.plate], [4]),
        ("a car with plate 京A 12345 waited", [.plate], [18]),
        ("陈奶奶出生于1954年3月7日，今年72岁。", [.birthDate], [4]),
        ("出生日期：1954-03-07", [.birthDate], [1]),
        ("She was born on 7 March 1954 in Futian.", [.birthDate], [9]),
        ("He was born March 7, 1954.", [.birthDate], [8]),
        ("DOB: 07/03/1954", [.birthDate], [1]),
        // The fifty-ninth session's privacy review: an account after 是 or 为 with no word for one, more apps, numeric dates of birth.
        ("QQ was 284756193", [.chatAccount], [8]), ("陈女士的微信是cgf_1954。", [.chatAccount], [8]),
        ("陳女士的微信號碼是cgf_1954。", [.chatAccount], [10]),
        ("陈女士的支付宝：cgf_1954", [.chatAccount], [9]),
        ("陳女士的Line是cgf1954。", [.chatAccount], [10]),
        ("陈女士的小红书号是cgf1954。", [.chatAccount], [10]),
        ("Her Instagram handle @maggie_thompson54 was cloned.", [.chatAccount], [23]),
        ("Her date of birth, 07/03/1954, was given to the caller.", [.birthDate], [5]),
        ("Her date of birth (1954-03-07) was given.", [.birthDate], [5]),
        ("The victim (DOB 07/03/54) was called.", [.birthDate], [13]),
        ("She was born on the 7th of March, 1954.", [.birthDate], [9]),
        ("Her birthday, March 7, 1954, was used.", [.birthDate], [5]),
        ("陈女士（1954.03.07出生）", [.birthDate], [5]),
        // A malformed-input review (fifty-fifth session): the date after "is", and with dots.
        ("Her date of birth is 1980-03-07.", [.birthDate], [5]), ("His DOB was 07.03.1954", [.birthDate], [5]),
        // A malformed-input review (fifty-seventh session): WeChat with no word for an account after it, and a date before its birth.
        ("受害人微信：lihua_1980", [.chatAccount], [7]), ("Her WeChat: lihua_1980.", [.chatAccount], [13]),
        ("The scammer added her on WeChat (lihua_1980).", [.chatAccount], [34]), ("受害人vx：lihua_1980", [.chatAccount], [7]),
        ("骗子添加了受害人的微信lihua_1980。", [.chatAccount], [12]), ("受害人V信lihua_1980被对方添加。", [.chatAccount], [6]),
        ("受害人1980年3月7日出生。", [.birthDate], [4]), ("受害人陈女士，1980年3月7日生。", [.birthDate], [8]),
        ("The victim (b. 7 March 1980) was called.", [.birthDate], [12]),
        // The same review: another app's account after the word for one.
        ("受害人支付宝账号 lihua_1980 被冻结。", [.chatAccount], [10]), ("受害人的支付宝账户：lihua_1980", [.chatAccount], [11]),
        ("Her Alipay account, lihua_1980, was frozen.", [.chatAccount], [21]), ("老人孙子的抖音号xiaoyu2005被骗子用于提取声音。", [.chatAccount], [9]),
        ("The victim's Douyin ID lihua1980 was messaged.", [.chatAccount], [24]), ("Her Telegram handle is @lihua1980.", [.chatAccount], [25]),
        ("The victim's Line ID is lihua1980.", [.chatAccount], [25]), ("受害人遊戲帳號 lihua1980 被盜。", [.chatAccount], [9]),
        ("受害人的企鹅号284756193被盗。", [.chatAccount], [8]),
    ])
    func identities(_ line: String, _ kinds: [PersonalDataScanner.Finding.Kind], _ columns: [Int]) {
        let found = PersonalDataScanner.scan(line)
        #expect(found.map(\.kind) == kinds && found.map(\.column) == columns, "\(line): \(found)")
    }

    @Test("a chat app named without an account, a group's or a sum's number, a year of birth, masked accounts and words that only start like a plate pass", arguments: [
        "她用微信转账 5000 元。", "骗子拉她进了QQ群 123456。", "请关注微信公众号平安深圳。", "微信号被盗后她报了警。", "通过QQ 50000元的转账记录",
        "She paid 28000 yuan over QQ 28000 yuan in all.", "Her WeChat account was frozen.", "The WeChat message said to pay.", "Scammers used WeChat group 88.",
        "微信号ch****，QQ号28****。", "车牌号粤B·D1***5的车", "京A轮融资不是车牌。", "She was born in 1954.", "她生于1954年，退休前是教师。",
        "The scam began on 7 March 2024.", "新ASUS笔记本",
        // A malformed-input review (fifty-seventh session): a case's, a scam's or a festival's date is no one's birth.
        "该案发生于2026年11月10日下午。", "此类诈骗多发生于2025年11月1日至11月11日之间。", "该骗局产生于2024年3月7日前后。",
        "“双11”诞生于2009年11月11日。", "該案發生於2026年11月10日。",
        "她用微信转账5000元。", "WeChat Pay 2023 update", "微信：对方发来链接", "Scan the WeChat QR code.", "他在2026年11月10日生产了一批货。",
        "微信2026年11月10日发布公告。", "She paid by WeChat: 5000 yuan.",
        "他用支付宝账号付了5000元。", "The game account was worth 30000 yuan.", "She called the hotline on line 2.", "她用支付宝付了2万元。",
        "抖音号被封后她报了警。", "The Telegram group had 20000 members.", "付款用支付", "游戏账号里有50000元",
        "支付宝：转账5000元", "微信是一种聊天工具。", "The Line: 12 people queued.", "双11诞生于2009.11.11", "Hotline: 96110",
    ])
    func identitiesPass(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    /// The same review: a victim's full name beside an age (`受害人陈桂芳女士，72岁`, "Mrs Chen Guifang (72)").
    @Test("a full name beside an age is found at the surname", arguments: [
        ("受害人陈桂芳女士，72岁，住福田区莲花路。", 4), ("72岁的刘建国先生接到电话。", 5), ("事主张华（男，45岁）报警。", 3),
        ("市民张华先生，45岁，报警。", 3), ("陳桂芳女士，72歲，報警。", 1), ("受害人李海龙（45岁）报警。", 4),
        ("The victim, Mrs Chen Guifang (72), lost money.", 17), ("Ms Sarah Jones, 72, of Leeds lost £500.", 4),
        ("A 72-year-old Mr Li Wei was called.", 18),
        // A black-box review (fifty-second session): a name with no title, beside an age before or after it.
        ("The victim, Zhang Wei, aged 67, took the call.", 13), ("67-year-old Zhang Wei received the call at home.", 13),
        ("The victim, Wang Fang (45), a nurse, paid.", 13), ("Wuhan, Hubei (victim Wang Fang, 45)", 22), ("45岁的王芳接到电话后十分着急。", 5),
        ("受害人王芳，身份证尾号1230，45岁。", 4), ("Zhang Wei, a 67-year-old retiree, paid.", 1), ("72歲的陳桂芳收到短信。", 5),
        ("受害人李海龙，家住城区，今年45岁。", 4), ("Anita Desrosiers, a 49-year-old nurse, paid.", 1), ("Chan Tai-man, aged 70, paid.", 1),
        // A malformed-input review (fifty-fifth session): a name with no title or victim's word beside an age.
        ("王建国（45岁）报警。", 1), ("王建国，男，45岁，报警。", 1), ("王建国今年45岁，退休在家。", 1), ("45岁男子王建国接到电话。", 6),
        ("受害人王建国今年45岁。", 4), ("陳桂芳（72歲）報警。", 1), ("Wang Jianguo, 45, paid the caller.", 1),
        ("Her neighbour Zhang Wei (67) paid.", 15), ("Chan Tai-man, 70, paid.", 1), ("Wang Jianguo (45, a teacher) paid.", 1),
        ("Wang Jianguo, 45 years old, paid.", 1), ("Li Na (38 years old) paid.", 1), ("Zhou Min, 45 years of age, paid.", 1), ("Zhang Wei, 45 yrs old, paid.", 1),
        // A surname in capitals, as passports and Hong Kong's forms write it (fifty-seventh session).
        ("WANG Jianguo (45, a teacher) paid.", 1), ("The victim, CHAN Tai-man, 70, paid.", 13), ("Mrs CHEN Guifang (72) lost money.", 5),
        ("67-year-old ZHANG Wei received the call.", 13),
        // A privacy review (fifty-seventh session): a given name that starts with 小, 大 or 阿, and a compound surname.
        ("李女士的儿子张小明（8岁）就读于洪山区第一小学。", 7), ("受害人王大伟（45岁）被骗。", 4), ("受害人李阿娟（45岁）被骗。", 4),
        ("受害人欧阳娜（45岁）被骗。", 4), ("受害人欧阳小芳（45岁）被骗。", 4), ("欧阳娜娜（45岁）被骗。", 1), ("司马光明今年45岁。", 1), ("受害人上官婉清（45岁）被骗。", 4),
        ("72岁的陳小紅收到短信。", 5),
        // The same review: a romanised name of three parts, as Singapore, Malaysia and Hong Kong write them.
        ("Victim Tan Ah Kow, 67, a retired cleaner, was targeted.", 8), ("Mrs Tan Ah Kow, 67, was targeted.", 5),
        ("Chan Tai Man, 45, a Sha Tin clerk, lost HK$80,000.", 1), ("Mr Lee Hsien Ming (58) lost S$40,000.", 4),
        // The fifty-ninth session: a given name ending in 儿, and what the person is between the age and the name.
        ("受害人上官婉儿（45岁）被骗。", 4), ("王婉儿（45岁）报警。", 1), ("72岁的退休教师陈桂芳接到电话。", 9),
        ("72岁的独居老人王建国女士报警。", 9), ("45岁的农民工张华接到电话。", 8), ("72歲的退休教師陳桂芳收到短信。", 9),
        // The same session's privacy review: an elder's word or a kinship word by the name, 时年, an age in Chinese numerals, the
        // words for a victim with 为 or a comma, a compound surname before a comma, and English names with no Chinese surname.
        ("82岁老人陈桂芳被骗。", 6), ("七旬老人陈桂芳被骗走积蓄。", 5), ("72岁的陈桂芳老人接到电话。", 5), ("陈桂芳奶奶今年72岁。", 1), ("陈桂芳大妈，58岁，在菜市场卖菜。", 1),
        ("58岁的受害人刘建华报警。", 8), ("受害人陈桂芳，时年72岁。", 4), ("陈桂芳，女，时年72岁，退休教师。", 1), ("受害人陈桂芳今年七十二岁。", 4), ("受害人为王建国，75岁。", 5),
        ("報案人陳桂芳，72歲。", 4), ("苦主陳桂芳，72歲。", 3), ("當事人陳桂芳，72歲，家住新北市。", 4), ("受害人欧阳娜，45岁。", 4), ("受害人诸葛明亮，45岁。", 4), ("72歲婦人陳桂芳遭詐騙。", 6),
        ("Margaret Thompson, 72, received a call.", 1), ("72-year-old Margaret Thompson received a call.", 13),
        ("Police named the victim as Margaret Thompson, 72.", 28), ("Madam Chen Guifang, 72, lost her savings.", 7),
        ("Her son, David Thompson, 45, called police.", 10),
    ])
    func fullNames(_ line: String, _ column: Int) {
        let found = PersonalDataScanner.scan(line).filter { $0.kind == .fullName }
        #expect(found.map(\.column) == [column], "\(line): \(found)")
    }

    /// The fifty-ninth session: a name in a form's or a table's name field, with an age or without.
    @Test("a full name after the word for a name is found at the surname", arguments: [
        ("姓名：王建国，性别：男，年龄：45岁", 4), ("姓名：上官婉儿", 4), ("| 姓名 | 王建国 |", 8), ("收款人姓名：李强", 7), ("受害人姓名为陈桂芳。", 7),
        ("Name: Wang Jianguo, age 45", 7), ("Full name: Sarah Jones", 12), ("| Name | Wang Jianguo |", 10), ("- Name: Chen Guifang", 9),
        ("Victim's name: Tan Ah Kow", 16),
    ])
    func labelledNames(_ line: String, _ column: Int) {
        let found = PersonalDataScanner.scan(line).filter { $0.kind == .labelledName }
        #expect(found.map(\.column) == [column], "\(line): \(found)")
    }

    @Test("a masked name or a title after the word for a name, the word alone, and other things' names pass", arguments: [
        "姓名：王某某，年龄：45岁", "姓名：王女士", "不要向陌生人提供姓名、身份证号。", "姓名：不详", "Account name: Zhang Wei", "name: Chengdu Daily",
        "Name: Mrs Chen", "Company name: Golden Harvest Ltd", "Never give your name: Police Scotland will not ask.",
    ])
    func labelledNamesPass(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a surname with its title, a masked or compound name, and a place or a trade before a surname pass", arguments: [
        "市民王女士，65岁，接到电话。", "欧阳女士，70岁，报警。", "江苏刘先生（42岁）被骗。", "浙江林女士（35岁）称。", "陈某芳女士，66岁，被骗。",
        "孙阿姨（66岁）接到电话。", "退休教师刘女士，65岁。", "深圳市南山区30岁的白领林女士喜欢海淘。", "事主陈生（化名，45岁）。", "受害人王女士（45岁）。",
        "受害人李某某，女，45岁。", "Mrs Chen, 72, of Leeds lost money.", "Mr Li (72) was called.", "Mr Smith Said (40) hello.", "陈桂芳女士接到电话。",
        "A 72-year-old Hong Kong woman lost HK$1m.", "A 67-year-old New Zealand grandmother paid.", "A 45-year-old Wong Tai Sin resident paid.",
        "Madam Tan, 72, lost money.", "Auntie Chen (72) paid.", "On Monday, 45 people called.", "By November, 45 of them had paid.",
        "People aged 60 and over are targets.", "Hong Kong residents aged 65 and above.", "The victim, a 67-year-old retiree, paid.",
        "30岁的白领林女士被骗。", "45岁的高中生在家。", "60岁的金融从业者。", "40岁的江西人在深圳打工。", "45岁的安徽女子在家。", "72岁的张某接到电话。",
        "受害人王女士，身份证尾号1230，45岁。", "The 67-year-old Singapore Airlines employee paid.", "67-year-old Zhang received the call.", "Xiao Chen, a 21-year-old student, paid.", "Ah Wong, 70, paid.",
        "A 34-year-old Kowloon Bay office worker paid.", "In one case passed to Action Fraud, a 15-year-old was offered items.",
        "In a case reported to the BBB's Scam Tracker, a 45-year-old teacher paid.",
        "孙子今年8岁，上小学。", "她儿子（12岁）在家。", "嫌疑人（男，45岁）已被抓获。", "张某今年45岁。", "该男子（45岁）报警。",
        "45岁男子小王接到电话。", "王女士今年65岁。", "江苏刘先生今年42岁。", "Kowloon Bay, 12, was where it began.",
        "The SMS Code (45) expired.", "He sent ATM Cash, 45, times.", "Ms ATM Card (45) is no name.", "A 45-year-old HSBC Premier client paid.",
        "Chen Nainai (72) nearly lost 50,000 yuan.", "Wang Ayi, 55, a cleaner, paid.", "Li Daye (70) went to the bank.", "Liu Shifu, 50, a taxi driver, paid.",
        "王小姐（45岁）被骗。", "王大爷（70岁）被骗。", "陈阿婆（80岁）被骗。", "刘小伙（20岁）被骗。", "王大娘（70岁）被骗。", "李阿姨今年60岁。",
        "欧阳女士（45岁）被骗。", "司马先生，70岁，报警。", "张大哥（45岁）报警。",
        "The shop at Lee Garden Road, 12, closed.", "Tan Tock Seng Hospital, 12, is busy.", "Wong Tai Sin Road, 45, was closed.",
        "她的外孙儿（5岁）在家。", "孙女儿（8岁）在家。", "72岁的退休教师马上报警。", "80岁的老太太方便时去银行。", "72岁的市民张先生报警。",
        "25岁的大学生李同学报警。", "72岁的退休教师王某接到电话。", "45岁的男子在家中接到电话。",
        "王奶奶今年72岁。", "李大爷（70岁）被骗。", "独居老人（72岁）被骗。", "82岁老人在家中被骗。", "七旬老人被骗走积蓄。", "张家老人（72岁）被骗。",
        "一名45岁的高管被骗。", "程序员（28岁）被骗。", "白领（28岁）被骗。", "董事长（55岁）被骗。", "孙子今年八岁，上小学。",
        "Victoria Park, 12, was busy.", "A 72-year-old Margaret Street resident paid.", "John Lewis, 45 stores, closed.", "Mary Street, 12.",
        "It was reported to Li Wei, 45, at the desk.", "Kowloon Bay (12, near the MTR) is busy.", "The platform, 31 years old, was closed.", "Flat Road (12) is closed.", "On Monday, 45, people called.",
    ])
    func surnamesPass(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a mainland mobile stays one in a toll-free number's grouping outside its ranges, and spelt with 〇 among other numerals")
    func tollFreeOnly() {
        #expect(PersonalDataScanner.scan("她的手机1-880-012-3456").map(\.kind) == [.mobile])
        #expect(PersonalDataScanner.scan("她的手机1-3-9-0-0-1-2-3-4-5-6").map(\.kind) == [.mobile])
        #expect(PersonalDataScanner.scan("受害人手机号一三九〇一二三四五六七").map(\.kind) == [.mobile])
        #expect(PersonalDataScanner.scan("受害人手机号139〇〇234567").map(\.kind) == [.mobile], "two circles among digits are zeros")
    }

    @Test("digits spelt out: a multiplier doubles the digit after it, written or spelt")
    func spelledDigits() {
        #expect(MoreNumbers.spelledInWords(Array("double 8 one two three four five".unicodeScalars)).map(\.1) == ["8812345"])
        #expect(MoreNumbers.spelledInWords(Array("triple nine, one two 3456".unicodeScalars)).map(\.1) == ["99912" + "3456"])
    }

    @Test("a weak mask is said as one, with the mask to write")
    func weakMaskWording() throws {
        let finding = try #require(PersonalDataScanner.scan("手机1391234567*").first)
        #expect(finding.weakMask && finding.value == "1391234567*" && finding.masked == "139****567*")
        #expect(PersonalDataScanner.scan("手机13912345678").first?.weakMask == false)
    }

    @Test("digits left off a number named as a mobile or an ID are a mask: too few gone is an error", arguments: [
        ("受害人手机号1391234567", PersonalDataScanner.Finding.Kind.mobile, "1391234567"), ("她的手机号码是 139 1234 567，", .mobile, "1391234567"),
        ("Her mobile was 1391234567 at the time.", .mobile, "1391234567"), ("电话：139123456", .mobile, "139123456"),
        ("手机号１３９１２３４５６７", .mobile, "1391234567"), ("Her ID number is 4201061980030712.", .residentID, "4201061980030712"),
        ("受害人身份证号42010619800307", .residentID, "42010619800307"), ("身份证：4201 0619 8003 0712 3", .residentID, "42010619800307123"),
        ("His telephone 1391234567 rang.", .mobile, "1391234567"), ("Tel: 1391234567.", .mobile, "1391234567"), ("手机/微信：1391234567。", .mobile, "1391234567"),
        // After a country code (fifty-seventh session).
        ("Her mobile was +86 1391234567.", .mobile, "1391234567"), ("手机号(+86)139 1234 567", .mobile, "1391234567"),
        ("Tel: 0086-1391234567", .mobile, "1391234567"), ("电话（+86）139123456", .mobile, "139123456"),
    ])
    func digitsLeftOff(_ line: String, _ kind: PersonalDataScanner.Finding.Kind, _ value: String) throws {
        let findings = PersonalDataScanner.scan(line)
        let finding = try #require(findings.first, "\(line)")
        #expect(findings.count == 1 && finding.kind == kind && finding.weakMask && finding.value == value, "\(line): \(findings)")
    }

    @Test("enough digits left off, or no label, passes", arguments: [
        "身份证号4201061980030", "电话13912345", "订单号1391234567", "The phone cost 1300000000 yuan.", "手机号139****4567",
        "Her ID number is 420106********0712.", "损失1391234567元", "Her mobile number ends in 1234567.", "电话：１３９567139 1234",
        // A review of this rule (fifty-sixth session): Australia's 1300 and 1800 numbers, and a case's or a report's ID.
        "If in doubt, phone 1300 880 123 to reach the bank.", "Call Scamwatch or phone 1800 722 476 for free advice.",
        "Case ID 20261121000123 was issued by Pudong police.", "Report ID 2026112100012345 was given to her.",
        "电话+86 13912345", "Tel: +86 10 6512 3456",
    ])
    func enoughLeftOff(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("a number named as an ID is an ID with its check digit wrong, however its digits sum")
    func idNotCard() {
        // 42010619800307123 passes Luhn: unlabelled, it reads as a card.
        #expect(PersonalDataScanner.luhnValid("42010619800307123"))
        #expect(PersonalDataScanner.scan("Her ID number is 42010619800307123X.").map(\.kind) == [.residentID])
        #expect(PersonalDataScanner.scan("身份证号42010619800307123X").map(\.masked) == ["420106********123X"])
    }

    @Test("check digits and dates: ISO 13616's example IBAN, an NRIC worked by hand (2+14+18+20+20+18+14 = 106, 106 mod 11 = 7: D), 15-digit IDs")
    func checks() {
        #expect(MoreNumbers.validIBAN("GB82WEST12345698765432"))
        #expect(!MoreNumbers.validIBAN("GB83WEST12345698765432"))
        #expect(MoreNumbers.validSingaporeID("S", "1234567", "D"))
        #expect(!MoreNumbers.validSingaporeID("S", "1234567", "A"))
        #expect(MoreNumbers.validFirstGenerationID("420106850317123"))
        #expect(!MoreNumbers.validFirstGenerationID("420106851317123"), "month 13")
        #expect(!MoreNumbers.validFirstGenerationID("990106850317123"), "no province 99")
    }

    /// The pre-check decides which patterns run: on random texts of the forms' pieces, running
    /// every pattern finds nothing more than running those the pre-check names.
    @Test("the pre-check hides no finding (6,000 random texts)")
    func precheckHidesNothing() {
        let pieces = ["1391234567*", "13912345*78", "l*ming@qq.com", "420106850317123", "3782 822463 10005", "536-22-1234", "S1234567D",
                      "GB82 WEST 1234 5698 7654 32", "liming at company dot com", "前七位为1391234", "尾号5678", "begins 1391234 ", "ends in 5678",
                      "one three eight one two three four five six seven eight", "X", " ", "，", "。", "1", "*", "@", "A", "dot",
                      "first three digits 139", "last four digits 5678", "middle four 1234", "QQ邮箱是", "283746591", "163邮箱", "zhangwei1990", "1391234****", "139 1234 ****", "手机号", "、", ", ",
                      "139123456", "1391234", "567", "Her mobile is ", "电话：", "１３９",
                      "+86 ", "(+86)", "0086-", "86", "-", "+86 139123456", "0086 1391234567",
                      // Words of a number's start or end far from its digits, or right before them (the pre-check's window).
                      "尾号为：", "后四位数字为：", "前七位数字为：", "开头是：", "首先，", "the first seven digits of her mobile number are: ", "begins with ", "the last four digits of their mobile number were: ", "ending in ", "五六七八", "1234",
                      "&#53;&#54;", "，这是一段很长很长的说明文字，一位市民说，", " and then at the very end of it all, some time later, ",
                      // The sixty-third session's: a MyKad's and a National Insurance number's shapes.
                      "540307-10-5678", "540307", "-10-", "JT 48 27 15 C", "JT", "48 27 15", " C", "SN732061B"]
        var checked = 0
        for text in seededTexts(6000, of: 4, from: pieces, seed: 35) {
            let forms = MoreNumbers.forms(in: text)
            let (readable, columns) = PersonalDataScanner.readable(text)
            let all = MoreNumbers.findings(in: readable, columns: columns, forms: MoreNumbers.Forms(rawValue: 0x3FFF)).map(\.column)
            let gated = MoreNumbers.findings(in: readable, columns: columns, forms: forms).map(\.column)
            #expect(all == gated, "\(text)")
            if !forms.contains(.masks) { #expect(MoreNumbers.weakMasks(in: text).isEmpty, "\(text)") }
            if !forms.contains(.maskAndTail) { #expect(MoreNumbers.toldMasks(in: text).isEmpty, "\(text)") }
            if !all.isEmpty { checked += 1 }
        }
        #expect(checked > 1000, "the random texts hold findings: \(checked)")
    }

    /// The same for names, accounts, plates and dates of birth: the forms the byte-level pre-check names run every pattern that finds.
    @Test("the identities' pre-check hides no finding (6,000 random texts)")
    func identitiesPrecheckHidesNothing() {
        let pieces = ["微信", "WeChat", "vx", "V信", "QQ", "号", "：", ": ", "(", "（", " ", "lihua_1980", "284756193", "粤B", "D12345", "·",
                      "1980年3月7日", "出生", "生", "于", "生于", "born ", "(b. ", "7 March 1980", "DOB ", "陈桂芳", "女士", "，", "72岁", "的",
                      "Mrs ", "Chen Guifang", " (72)", ", 45,", "Wang Jianguo", "WANG Jianguo", "受害人", "aged 67", "-year-old", "发", "。",
                      "是", "为", " is ", " was ", "abc", "_1", "欧阳", "上官", "娜", "王", "小明", "（45岁）", "今年",
                      "支付", "支付宝", "抖音号", "账户", "Telegram", " handle ", "@", "Line ID", "game", "284756",
                      "Tan Ah Kow", "Ah", "Kow", "姓名", "Name: ", "|", "退休教师", "老人", "婉儿",
                      "奶奶", "时年", "七十二岁", "七旬", "报案人", "苦主", "小红书", "Instagram", "1954.03.07", "date of birth, ", "Margaret Thompson",
                      ", 72.", "Madam ", "诸葛", "284 756 193", "284-756-193",
                      // The sixty-second session's: QQ's, WeChat's and Telegram's nicknames, and a year of birth for an age.
                      "扣扣", "Q", "wx", "薇信", "TG", "飞机", "飛機", "1947年", "出生", "年生", "（女，", "到", "称", "向", "刘淑珍", "事主",
                      // The sixty-third session's: names after 被骗 and a person, a table's bar, "victim" or before a loss; other dates of birth.
                      "被骗", "受骗", "老人", "群众", "名叫", "叫", "| ", "Victim", "victim ", "Doris Baker", " lost ", " was conned", "named ",
                      "一九五四年三月七日", "民國43年3月7日", "生於", "07-Mar-1954", "d.o.b. ", "Date of birth of complainant: ", "表示",
                      "registration ", "plate ", "车牌", "牌照", "AB12 CDE", "KT 8826", "7ABC123"]
        var checked = 0
        for text in seededTexts(6000, of: 4, from: pieces, seed: 57) {
            let (readable, columns) = PersonalDataScanner.readable(text)
            let all = Identities.findings(in: readable, columns: columns, forms: .all).map(\.column)
            let gated = Identities.findings(in: readable, columns: columns, forms: Identities.forms(in: text)).map(\.column)
            #expect(all == gated, "\(text)")
            if !all.isEmpty { checked += 1 }
        }
        #expect(checked > 100, "the random texts hold findings: \(checked)")
    }
}

@Test("a title's key for same-title is Character's letters and digits in lower case (2,000 random texts)")
func titleKeys() {
    let pieces = ["Fake", "courier", " ", "，", "。", "!", "\n", "假冒", "快递", "１２", "42", "É", "é", "ß", "Ω", "١٢", "²", "😀", "—", "«", "ｶ", "한국", "İ", "-", "e\u{301}", "\u{301}", "a\u{20DD}"]
    for text in seededTexts(2000, of: 6, from: pieces, seed: 63) {
        let expected = text.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "\n" }
        #expect(ContentPipeline.titleKey(text) == expected, "\(text.debugDescription)")
    }
}

@Test("a published body's paragraphs, each on one line, are split as Foundation splits them (2,000 random texts)")
func paragraphsOnOneLine() {
    // No "\r": a source's line ends are read as "\n", and a published text leaves control characters out
    // (Foundation would not split "\r\n\n", "\r\n" being one character).
    for text in seededTexts(2000, of: 8, from: ["\n", "\n\n", "a", "中文", " ", "1391234", "\u{2028}", "é"], seed: 55) {
        let expected = text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") }
        #expect(Resolver.paragraphsOnOneLine(text) == expected, "\(text.debugDescription)")
    }
}

/// The sixth malformed-input and privacy reviews (forty-second session): each was published by a build that succeeded.
@Suite("Lookalike separators, OCR letters and registration numbers")
struct LookalikeSeparatorTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("numbers split by a katakana bar, a ratio sign or a middle dot, letters read by OCR, a © for an @: found at their columns", arguments: [
        ("她的手机号是138ー1234ー5670", Kind.mobile, 7), ("Tel 138∶1234∶5671", .mobile, 5), ("手机137⁄1234⁄5673", .mobile, 3),
        ("ID 420106‧19900307‧1238", .residentID, 4), ("身份证420106․19900307․1238", .residentID, 4), ("手机138━1234━5670", .mobile, 3),
        ("王女士手机：13971B52406", .mobile, 7), ("手机号I397I8S2406", .mobile, 4), ("身份证号42010619900307I238", .residentID, 5),
        ("身份证号42O1O6198003071233", .residentID, 5), ("卡号6222O21234567890128", .card, 3), ("wangli1986©163.com", .email, 1), ("她的邮箱 zhangsan©qq.com。", .email, 6),
    ])
    func found(_ line: String, _ kind: Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("a refund number, a company's registration number, a copyright sign and words in capitals pass", arguments: [
        "“退款单号”6222021234567890128", "退款单号：6222021234567890128", "工商注册号420100000123456", "营业执照注册号：420106000123456",
        "Company registration no. 420106000123456", "Copyright © 2026 Foo", "如有线索，可发送至报料邮箱baoliao@cdsb.com。", "Readers can send tips to tougao@cdsb.com.", "© 2026 反诈中心", "SOS 12345678 BOX", "Model ZS-1390 B8",
        "第1380ー1234回",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }
}

/// The leaks the seventh privacy review left open (forty-sixth session): each was published by a build that succeeded.
@Suite("Numbers read in groups and pairs, and @ said in Chinese")
struct ReadAloudNumbersTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("numerals in groups joined by commas, numbers read in pairs, 小老鼠 and 圈a for @, a middle group after its length: found at their columns", arguments: [
        ("王女士把自己的手机号一三九，七一八五，二四零六告诉了对方。", Kind.mobile, 11), ("手机号一三九、七一八五、二四零六", .mobile, 4),
        ("手机号幺三九,七幺八五,二四洞六", .mobile, 4),
        ("Her number: one thirty-nine, seventy-one eighty-five, twenty-four oh six.", .mobile, 13),
        ("call one three nine, seventy one, eighty five, twenty four, zero six", .mobile, 6),
        ("受害人邮箱是wangfang小老鼠163.com", .email, 7), ("邮箱 wangfang圈a163.com", .email, 4), ("邮箱 wangfang 圈圈A qq.com", .email, 4),
        ("Write to lihua小老鼠company.com.cn", .email, 10),
        ("王女士的手机号前3位：139，中间4位：7185，末4位：2406。", .mobile, 12), ("手机 前3位 | 139 | 后8位 | 71852406", .mobile, 10),
    ])
    func found(_ line: String, _ kind: Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("a list of ordinals, codes in groups of three, times and sums in words, a pet mouse and 朋友圈 pass", arguments: [
        "第一、二、三、四、五、六、七、八、九批款项分别于一月、二月到账。", "经查，一二三，四五六，七八九是骗子让她输入的验证码。",
        "The calls came at one thirty, two forty-five, three fifteen and again at four twenty.",
        "She lost nineteen thousand, twenty-five hundred and eleven yuan over thirteen days, from ten to twenty-three May.",
        "她养了一只小老鼠，名叫wang163。", "骗子让她在朋友圈App里转发广告，链接是qq.example。", "In twenty nineteen, thirty-one people were cheated.",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }
}

/// The eighth privacy review (forty-eighth session): leaks in a build that succeeded, and false alarms.
@Suite("Numbers listed after their label, told by their ends, masked twice; and what is no one's")
struct EighthPrivacyReviewTests {
    typealias Kind = PersonalDataScanner.Finding.Kind

    @Test("groups listed with a comma, semicolon, plus, slash or 、 after a number's label, ends told in the past tense, crosses for an ID's X: found", arguments: [
        ("She said: \"My number is 159, 2738, 4610,\" to the agent.", Kind.mobile, 25), ("Her phone: 159; 2738; 4610.", .mobile, 12),
        ("Her phone: 159+2738+4610.", .mobile, 12), ("Her phone: 159、2738、4610.", .mobile, 12),
        ("Card 6228/4800/1234/5671 was used.", .card, 6), ("Her ID: 110105, 19900307, 1239.", .residentID, 9),
        ("Her number started with 1592738 and ended in 4610.", .mobile, 25),
        ("ID 42010619880512101×was used.", .residentID, 4), ("ID 42010619880512101✕ was used.", .residentID, 4),
    ])
    func found(_ line: String, _ kind: Kind, _ column: Int) {
        let findings = PersonalDataScanner.scan(line)
        #expect(findings.map(\.kind) == [kind] && findings.first?.column == column, "\(line): \(findings)")
    }

    @Test("sums listed without a label, a block of numbers and another thing's tail, a retina image's name: no one's", arguments: [
        "He paid 139, 1234, 5678 and 90 yuan in four transfers.", "She paid 150+2000+3000 yuan.", "On 2026/11/03 and 2026/11/04.",
        "骗子用1701234****号段的虚拟号码来电，她尾号8988的银行卡被转走5000元。", "The caller used 1377712**** and her card ending 0417 was charged.",
        "![chat](https://img.example.com/chat@2x.png) and refund-page@3x.webp",
    ])
    func passes(_ line: String) {
        #expect(PersonalDataScanner.scan(line).isEmpty, "\(line): \(PersonalDataScanner.scan(line))")
    }

    @Test("two masks of one number that hide different digits are an error at the second, in any field or paragraph")
    func complementaryMasks() {
        let result = Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01", "summary: The fake agent called her on 159****4610."],
                                                       body: ["Text.", "", "The app showed 1592738**** as her number."])]).check()
        expectDiagnostics(result.diagnostics, [
            Expected("Alerts/cases/x.md", 8, 16, .error, "personal-data", message: ["159****4610 + 1592738****", "first on line 4", "together"],
                     hint: ["159****4610"]),
        ])
        let cards = Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01"],
                                                      body: ["Card 6228 4800 **** **** was shown.", "", "Later **** **** 1234 5671 again."])]).check()
        #expect(cards.diagnostics.map(\.code) == ["personal-data"] && cards.diagnostics.first?.line == 7, "\(cards.diagnostics.map(\.formatted))")
        // The same mask twice, masks of two numbers, two people's masks in one sentence, and a number the indicators
        // list whole (the review of the change, same session) hide nothing together.
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01", "summary: She was called on 159****4610."],
                                                      body: ["Again 159****4610, then 139****5678 and 1381234****."])]).check())
        // A black-box review (fifty-second session): one number in two halves in one sentence, the second only its end.
        let line = "The scammers knew her number, 1381234****, and then quoted its last digits, ****5678."
        let halves = Tree.with(["cases/x.md": caseFile(["title: Halves", "date: 2024-03-01"], body: [line])]).check()
        expectDiagnostics(halves.diagnostics, [
            Expected("Alerts/cases/x.md", 5, line.distance(from: line.startIndex, to: line.range(of: "****5678")!.lowerBound) + 1, .error,
                     "personal-data", message: ["1381234**** + ****5678", "together"]),
        ])
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01"], body: ["Her number 138****5678, ****5678 for short."])]).check())
        // Masks of x or X (a malformed-input review, fifty-seventh session), and a screen's 1920x1080, which is none.
        let xs = Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01"], body: ["受害人手机号139xxxx5678。", "", "另一条短信发到1391234XXXX。"])]).check()
        #expect(xs.diagnostics.map(\.code) == ["personal-data"] && xs.diagnostics.first?.line == 7, "\(xs.diagnostics.map(\.formatted))")
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01"], body: ["A 1920x1080 screenshot, then a 1920x1200 one, then 0x1F and 139xxxx5678."])]).check())
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Masks", "date: 2024-03-01", "indicators: [\"171 0000 1111\"]"],
                                                      body: ["Ms. Wang (mobile 138****5678) and Mr. Li (mobile 1386621****) both called the police.", "", "The caller used 171****1111.",
                                                             "", "Later 1710000**** rang again."])]).check())
    }

    @Test("an indicator that says whom the scammer's number called, or who called himself what, is the scammer's", arguments: [
        "171 0000 1111 (called the victim on 3 November)", "Caller who called himself Mr. Wang: 171 0000 1111",
    ])
    func scammersIndicator(_ indicator: String) {
        expectClean(Tree.with(["cases/x.md": caseFile(["title: Caller", "date: 2024-03-01", "indicators: [\"\(indicator)\"]"])]).check())
    }

    @Test("a masked name or number in a title is no Markdown to warn about; bold is", arguments: [
        ("受害人王**先生报警", false), ("Victim number 1380013**** called", false), ("紧急**提醒**：不要转账", true),
        ("\"Calls from 400-***-8866 and 95***\"", false), ("Card **** 6652 was used", false), ("Card 6228 4800 **** **** was used", false),
        ("Fake calls **now**", true),
    ])
    func masksInTitles(_ title: String, warned: Bool) {
        let result = Tree.with(["cases/x.md": caseFile(["title: \(title)", "date: 2024-03-01"])]).check()
        #expect(result.diagnostics.map(\.code) == (warned ? ["markdown-in-text"] : []), "\(result.diagnostics.map(\.formatted))")
    }
}
