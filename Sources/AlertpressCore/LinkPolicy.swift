import Foundation

/// Which hosts published Markdown may name and link to: indicator hosts are scam sites, and text
/// may link only to trusted hosts (`trusted_domains`, the site's own, and in a case its own sources:
/// one case citing a page does not make that site a trusted one in another case, which may call it a
/// scam). A host is in a set when it or one of its parent domains is; trust stops at a hosting
/// service's suffix (`PublicSuffixes`): trusting `amazonaws.com` does not trust `anyone.s3.amazonaws.com`.
///
/// Each question the policy answers names the host it was asked about, so that what was rendered
/// with it can be kept for as long as its verdicts on those hosts stay the same (see `verdicts`).
struct LinkPolicy: Sendable {
    /// As substrings: a parent domain is looked up without making a string of it.
    private let scamHosts: Set<Substring>
    private var trustedHosts: Set<Substring>
    /// Scam hosts in a script other than Latin (`例子.中国`): text runs into them without a space, so
    /// they are looked for as they are, not among host-like words.
    private let writtenScamHosts: [String]
    /// Scammers' e-mail addresses (`kefu@jd-refund.com`), defanged wherever text names them whole.
    private let scamAddresses: [String]
    /// The numbers a `tel:` or `sms:` link may call: the site's hotlines, as dialled (`Hotline.dialled`).
    private let hotlines: Set<String>

    init(scamHosts: Set<String>, trustedHosts: Set<String>, hotlines: Set<String> = []) {
        // A host written as a full name (`claim.example.`, with the root's dot) is the same host.
        self.scamHosts = Set(scamHosts.map { Self.withoutRootDot($0) })
        self.trustedHosts = Set(trustedHosts.map { Self.withoutRootDot($0) })
        writtenScamHosts = scamHosts.filter { $0.utf8.contains { $0 >= 0x80 } && !$0.contains("@") }.sorted()
        scamAddresses = scamHosts.filter { $0.contains("@") }.sorted()
        self.hotlines = hotlines
    }

    /// A `tel:` or `sms:` link's number as dialled, under which `isScamLink` asks about it: `tel:96110`.
    static func phoneKey(_ url: String) -> String {
        "tel:" + dialledInChina(String(url.drop { $0 != ":" }.dropFirst().prefix { $0 != "?" && $0 != ";" }))
    }

    /// A number's digits as dialled in mainland China: `+86 96110` and `0086-96110` are `96110`.
    static func dialledInChina(_ number: String) -> String {
        let dialled = number.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        for prefix in ["+86", "0086"] where dialled.hasPrefix(prefix) { return String(dialled.dropFirst(prefix.count)) }
        return dialled
    }

    /// The policy for one case's text: its own sources' hosts are trusted too.
    func trusting(_ hosts: [String]) -> LinkPolicy {
        var policy = self
        for host in hosts { policy.trustedHosts.insert(Self.withoutRootDot(host)) }
        return policy
    }

    func isScam(_ host: String) -> Bool { Self.matches(host, scamHosts) }
    func isTrusted(_ host: String) -> Bool { Self.matches(host, trustedHosts, stoppingAtPublicSuffixes: true) }

    /// Hosts where anyone publishes under one name: articles and posts (`mp.weixin.qq.com/s/…`), shared
    /// documents, short links and chat invitations. A police notice cited there as a source makes the host
    /// no trusted site, for a scam page may sit beside it (`trusted_domains` can still name one on purpose).
    static let sharedPlatforms: Set<Substring> = [
        "mp.weixin.qq.com", "weixin.qq.com", "docs.qq.com", "wj.qq.com", "url.cn", "weibo.com", "weibo.cn", "t.cn", "zhihu.com",
        "douyin.com", "kuaishou.com", "bilibili.com", "b23.tv", "xiaohongshu.com", "xhslink.com", "toutiao.com", "dwz.cn",
        "docs.google.com", "drive.google.com", "sites.google.com", "forms.gle", "t.me", "telegram.me", "wa.me", "chat.whatsapp.com",
        "facebook.com", "fb.com", "instagram.com", "x.com", "twitter.com", "youtube.com", "youtu.be", "tiktok.com", "medium.com",
        "linktr.ee", "bit.ly", "tinyurl.com", "notion.site", "line.me",
    ]

    /// Whether `host` is one of `sharedPlatforms` or under one (`m.weibo.cn`, `www.facebook.com`).
    static func isSharedPlatform(_ host: String) -> Bool { matches(host, sharedPlatforms, stoppingAtPublicSuffixes: false) }

    /// Of the policy's verdicts on `hosts`: it changes exactly when one of them changes.
    func verdicts(on hosts: some Sequence<String>) -> Fingerprint {
        Fingerprint { hash in
            // Any text may name one of these, so each is a verdict on every text.
            hash.add(writtenScamHosts)
            hash.add(scamAddresses)
            for host in hosts {
                hash.add(host)
                hash.add((isScam(host) ? 1 : 0) + (isTrusted(host) ? 2 : 0) + (hotlines.contains(String(host.dropFirst(4))) ? 4 : 0))
            }
        }
    }

    private static func withoutRootDot(_ host: String) -> Substring {
        host.utf8.last == UInt8(ascii: ".") ? host.dropLast() : host[...]
    }

    private static func matches(_ host: String, _ set: Set<Substring>, stoppingAtPublicSuffixes: Bool = false) -> Bool {
        var candidate = Self.withoutRootDot(host)
        while true {
            // No name is longer than DNS's 253 characters: a text's run of dotted digits is no host,
            // and hashing each of its tails took minutes for a long one.
            if candidate.utf8.count > 253, let dot = candidate.utf8.firstIndex(of: UInt8(ascii: ".")) {
                candidate = candidate[candidate.utf8.index(after: dot)...]
                continue
            }
            if set.contains(candidate) { return true }
            if stoppingAtPublicSuffixes, PublicSuffixes.contains(String(candidate)) { return false }
            guard let dot = candidate.utf8.firstIndex(of: UInt8(ascii: ".")) else { return false }
            candidate = candidate[candidate.utf8.index(after: dot)...]
        }
    }

    /// Whether a link target points at a scam or untrusted site (then it is shown defanged, not linked).
    /// A target no URL parser reads (`https://evil.example\\`) is never linked: its host cannot be judged.
    /// A `tel:` or `sms:` link calls a number with one tap: only the site's hotlines are called so.
    func isScamLink(_ url: String, asked: inout Set<String>) -> Bool {
        guard let parsed = URL(string: url) else { return true }
        guard let scheme = parsed.scheme?.lowercased() else { return false }
        if scheme == "tel" || scheme == "sms" {
            let key = Self.phoneKey(url)
            asked.insert(key)
            return !hotlines.contains(String(key.dropFirst(4)))
        }
        if scheme == "mailto" {
            // A scammer's address, or one at a scam site: no mail is one tap away.
            let address = String(url.dropFirst(7).prefix { $0 != "?" }).lowercased()
            let domain = String(address.drop { $0 != "@" }.dropFirst())
            asked.insert(domain)
            return scamAddresses.contains(address) || isScam(domain)
        }
        guard scheme == "http" || scheme == "https" else { return true }
        guard let host = parsed.host?.lowercased() else { return true }
        asked.insert(host)
        return isScam(host) || !isTrusted(host) || forwardedHost(of: url, asked: &asked) != nil
    }

    /// The first host a link's query or fragment forwards to that is a scam or untrusted one: a trusted
    /// site's redirector (`https://www.gov.cn/redirect?url=https%3A%2F%2Fclaim-center.example`), as
    /// links copied from a chat app, a search result or a mail often are, leads where its query says.
    func forwardedHost(of url: String, asked: inout Set<String>) -> String? {
        guard let start = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return nil }
        var rest = String(url[start...])
        // Encoded once or twice (`https%253A%252F%252F…`).
        for _ in 0..<2 where rest.contains("%") { rest = rest.removingPercentEncoding ?? rest }
        // Browsers read `\` as `/`.
        rest = rest.replacingOccurrences(of: "\\", with: "/")
        for match in rest.matches(of: /(?i)(?:https?:)?\/\/([^\/?#&=\s:@]+)/) {
            let host = match.output.1.lowercased()
            guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".") else { continue }
            asked.insert(host)
            if isScam(host) || !isTrusted(host) { return host }
        }
        // A value that is a host without its scheme (`?url=claim-center.example/pay`) forwards there too; only a
        // scam host is taken for one (`?from=weibo.com` is where the reader came from).
        for match in rest.matches(of: /[?#&=]([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?=[\/?#&]|$)/) {
            let host = match.output.1.lowercased()
            asked.insert(host)
            if isScam(host) { return host }
        }
        return nil
    }

    /// A plain-text field (a title, a headline, advice), printed as it is, defanged: without the
    /// invisible breaks that could hide a host in it (`MarkdownRenderer.withoutZeroWidthSpaces`).
    func defangPlainText(_ text: String, asked: inout Set<String>) -> String {
        defang(MarkdownRenderer.withoutZeroWidthSpaces(text, allBreaks: true), asked: &asked)
    }

    /// `text` with URLs of untrusted hosts, host names of scam sites and other sites' names that are not
    /// trusted (`登录jd-refund.com办理`: a feed reader, a mail or a PDF viewer links such a name) defanged.
    func defang(_ text: String, asked: inout Set<String>) -> String {
        var result = text
        if !scamAddresses.isEmpty, text.utf8.contains(UInt8(ascii: "@")) {
            for address in scamAddresses {
                var rebuilt = ""
                var searched = result.startIndex
                // As written (`KEFU@…`).
                while let found = result.range(of: address, options: .caseInsensitive, range: searched..<result.endIndex) {
                    rebuilt += result[searched..<found.lowerBound] + Defang.indicator(String(result[found]))
                    searched = found.upperBound
                }
                result = rebuilt + result[searched...]
            }
        }
        var bytes = Array(result.utf8)
        if Self.contains(bytes, caseInsensitive: "http") || Self.contains(bytes, caseInsensitive: "www.") || Self.contains(bytes, caseInsensitive: "ftp:") {
            result = Defang.urlsInText(result) { host in
                asked.insert(host)
                return isTrusted(host) && !isScam(host)
            }
            bytes = Array(result.utf8)
        }
        // Host-like words (letters, digits, hyphens and dots) that name a scam site, rebuilt in one
        // pass so that only whole words change (`pay.cn` never touches `alipay.cn`).
        var output: [UInt8] = []
        var copied = 0
        for whole in Self.hostLikeWords(bytes) {
            // `jd-refund.com.Then she paid`: a sentence's next word after its full stop, with no space, is no label.
            let range = Self.withoutNextSentence(bytes, whole)
            let word = String(decoding: bytes[range], as: UTF8.self)
            let host = word.lowercased()
            asked.insert(host)
            guard isScam(host) || ((Self.namesSite(bytes, range) || Self.namesServer(bytes, range)) && !isTrusted(host)) else { continue }
            output += bytes[copied..<range.lowerBound]
            output += Defang.indicator(word).utf8
            copied = range.upperBound
        }
        if copied > 0 { result = String(decoding: output + bytes[copied...], as: UTF8.self) }
        // A host written with full stops of Chinese text between its labels (`points-mall-gift。example`,
        // `jd-refund．com`): a scam site's, or a site's name as above, and with "。", which mostly ends a
        // sentence, one under an ending sites are commonly under.
        if Self.hasWideDotInHost(bytes) {
            result = Self.withWideDotHostsDefanged(result) { host, ideographic in
                let lowered = host.lowercased()
                asked.insert(lowered)
                guard !isScam(lowered) else { return true }
                guard let dot = host.lastIndex(of: "."), case let ending = host[host.index(after: dot)...], Self.isSiteEnding(ending),
                      !ideographic || Self.commonEndings.contains(ending.lowercased()) else { return false }
                return !isTrusted(lowered)
            }
        }
        // A host with labels in Chinese (`jd退款.cn`, `反诈.中国`); text runs into it with no space, so the
        // host is trusted when one of its endings is (`登录反诈.中国` for `反诈.中国`).
        if Self.hasDotBesideOtherScript(bytes) {
            result = Self.withInternationalHostsDefanged(result) { label, ending in
                guard let start = label.indices.first(where: { index in
                    let host = (label[index...] + "." + ending).lowercased()
                    asked.insert(host)
                    return isScam(host) || isTrusted(host)
                }) else { return true }
                return isScam((label[start...] + "." + ending).lowercased())
            }
        }
        // With an ideographic full stop (`例子。中国`), which browsers read as a dot in a host too.
        guard !writtenScamHosts.isEmpty, bytes.contains(where: { $0 >= 0x80 }) else { return result }
        for host in writtenScamHosts {
            for written in [host, host.replacingOccurrences(of: ".", with: "。")] {
                result = result.replacingOccurrences(of: written, with: Defang.indicator(host), options: .caseInsensitive)
            }
        }
        return result
    }

    /// Whether a "。" (E3 80 82), "．" (EF BC 8E) or "｡" (EF BD A1) stands between ASCII letters or digits.
    static func hasWideDotInHost(_ bytes: [UInt8]) -> Bool {
        func isLabelByte(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte & 0xDF) || byte == UInt8(ascii: "-") }
        var index = 1
        while index + 3 < bytes.count {
            let (lead, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
            if (lead == 0xE3 && second == 0x80 && third == 0x82) || (lead == 0xEF && ((second == 0xBC && third == 0x8E) || (second == 0xBD && third == 0xA1))),
               isLabelByte(bytes[index - 1]), isLabelByte(bytes[index + 3]) {
                return true
            }
            index += 1
        }
        return false
    }

    /// `text` with each word of ASCII host labels joined by "。", "．" or "｡" (written with dots, and whether
    /// its only wide dots are "。") that `defangs` defanged.
    static func withWideDotHostsDefanged(_ text: String, defangs: (_ host: String, _ ideographic: Bool) -> Bool) -> String {
        func isLabelCharacter(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character.isNumber || character == "-") }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            guard isLabelCharacter(characters[index]) || characters[index] == "." else {
                result.append(characters[index])
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isLabelCharacter(characters[end]) || characters[end] == "."
                    || (Defang.wideDots.contains(characters[end]) && end > index && end + 1 < characters.count
                        && isLabelCharacter(characters[end - 1]) && isLabelCharacter(characters[end + 1])) {
                end += 1
            }
            let word = String(characters[index..<end])
            let wide = word.filter(Defang.wideDots.contains)
            let host = String(word.map { Defang.wideDots.contains($0) ? "." : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            result += !wide.isEmpty && defangs(host, wide.allSatisfy { $0 == "。" }) ? Defang.indicator(host) : word
            index = end
        }
        return result
    }

    /// Whether an ASCII "." stands between a letter of another script and a letter or digit (`退款.cn`,
    /// `jd.中国`).
    static func hasDotBesideOtherScript(_ bytes: [UInt8]) -> Bool {
        func isLabelByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte & 0xDF) }
        guard bytes.count > 2 else { return false }
        return (1..<(bytes.count - 1)).contains { index in
            bytes[index] == UInt8(ascii: ".") && (bytes[index - 1] >= 0x80 || bytes[index + 1] >= 0x80)
                && isLabelByte(bytes[index - 1]) && isLabelByte(bytes[index + 1])
        }
    }

    /// `text` with each host that has labels in another script than Latin defanged when `defangs` says so,
    /// given the letters, digits, hyphens and dots before its last dot (`登录jd退款`: where the host starts is
    /// not written) and its ending: an ASCII top-level domain (`cn`, `JD退款.COM`) or, after a letter, a
    /// country's in Chinese (`中国`, `香港`: one text may run into, `反诈.中国查询`).
    static func withInternationalHostsDefanged(_ text: String, defangs: (_ label: String, _ ending: String) -> Bool) -> String {
        func isHostCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "-" }
        let characters = Array(text)
        var result = ""
        var copied = 0
        var index = 1
        while index + 1 < characters.count {
            defer { index += 1 }
            guard characters[index] == ".", isHostCharacter(characters[index - 1]), isHostCharacter(characters[index + 1]) else { continue }
            var start = index
            while start > copied, isHostCharacter(characters[start - 1]) || (characters[start - 1] == "." && start - 1 > copied) { start -= 1 }
            while characters[start] == "." { start += 1 }
            var end = index + 1
            while end < characters.count, characters[end].isASCII, characters[end].isLetter { end += 1 }
            var ending = String(characters[(index + 1)..<end])
            if ending.isEmpty {
                // After a letter: `第3.中国人民银行` numbers a point.
                guard characters[index - 1].isLetter,
                      let country = countryEndings.first(where: { characters[(index + 1)...].starts(with: $0) }) else { continue }
                ending = country
                end = index + 1 + country.count
            } else if end < characters.count && (characters[end].isASCII && isHostCharacter(characters[end])
                        || (characters[end] == "." && end + 1 < characters.count && characters[end + 1].isASCII && isHostCharacter(characters[end + 1]))) {
                // Not the last label (`退款.jd-refund.com`: the rest is read from its own dot; not a full stop, `退款.cn.`).
                continue
            } else if !isSiteEnding(Substring(ending)) {
                continue
            }
            let label = String(characters[start..<index])
            guard label.contains(where: { $0.isLetter }), label.contains(where: { !$0.isASCII }) || ending.contains(where: { !$0.isASCII }),
                  defangs(label, ending) else { continue }
            result += String(characters[copied..<start]) + Defang.indicator(label + "." + ending)
            copied = end
            index = end - 1
        }
        return copied == 0 ? text : result + String(characters[copied...])
    }

    /// Top-level domains of countries written in Chinese.
    private static let countryEndings = ["中国", "中國", "香港", "澳門", "澳门", "新加坡", "台灣", "台湾", "臺灣"]

    /// UTF-8 patterns (their ASCII letters in lower case) looked for together, in one pass over a text's bytes,
    /// ignoring ASCII case: each byte is compared only with the patterns that start with it.
    struct Patterns: Sendable {
        let patterns: [[UInt8]]
        private let startingWith: [[Int]]

        init(_ words: [String]) {
            patterns = words.map { Array($0.utf8) }
            var startingWith = [[Int]](repeating: [], count: 256)
            for (index, pattern) in patterns.enumerated() {
                guard let first = pattern.first else { continue }
                startingWith[Int(first)].append(index)
                if (0x61...0x7A).contains(first) { startingWith[Int(first & 0xDF)].append(index) }
            }
            self.startingWith = startingWith
        }

        /// Calls `found` with where each pattern is in `bytes`, in order, and which it is, while it returns true.
        func forEach(in bytes: [UInt8], _ found: (_ at: Int, _ pattern: Int) -> Bool) {
            func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            for index in bytes.indices {
                for candidate in startingWith[Int(bytes[index])] {
                    let pattern = patterns[candidate]
                    guard index + pattern.count <= bytes.count,
                          (1..<pattern.count).allSatisfy({ lower(bytes[index + $0]) == pattern[$0] }) else { continue }
                    if !found(index, candidate) { return }
                }
            }
        }
    }

    /// Whether `bytes` contain the ASCII `needle` (given in lower case), ignoring ASCII case.
    static func contains(_ bytes: [UInt8], caseInsensitive needle: String) -> Bool {
        contains(bytes, caseInsensitive: Array(needle.utf8))
    }

    /// Whether `bytes` contain `pattern` (UTF-8, its ASCII letters in lower case), ignoring ASCII case.
    static func contains(_ bytes: [UInt8], caseInsensitive pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty else { return true }
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { starts(pattern, in: bytes, at: $0) }
    }

    /// Where `pattern` (as for `contains`) starts in `bytes`, ignoring ASCII case.
    static func offsets<Bytes: RandomAccessCollection<UInt8>>(of pattern: [UInt8], in bytes: Bytes) -> [Int] where Bytes.Index == Int {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return [] }
        return (0...(bytes.count - pattern.count)).filter { starts(pattern, in: bytes, at: $0) }
    }

    /// Whether `pattern` (its ASCII letters in lower case) is at `start` of `bytes`, ignoring ASCII case.
    private static func starts<Bytes: RandomAccessCollection<UInt8>>(_ pattern: [UInt8], in bytes: Bytes, at start: Int) -> Bool where Bytes.Index == Int {
        func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        return pattern.indices.allSatisfy { lower(bytes[start + $0]) == pattern[$0] }
    }

    /// Whether the host-like word at `range` of `bytes` is written as a site's name: it ends in a top-level
    /// domain, in lower case (`home.it`, `jd-refund.top`), or in capitals or title case when the ending is one
    /// sites are commonly under (`JD.COM`, `Jd-Refund.Com`; `Mr.Li`, `600519.SH` and `AAPL.US` are a name and
    /// stock codes). It is no part of a URL's path or query (`t.cn/a.html`, `?from=weibo.com`), which are
    /// judged whole, and no file name (`readme.md`, `photos.zip`). An e-mail address's domain is a site's name
    /// (`service@jd-refund.com`: a mail program links the address); the part before the `@` is not.
    static func namesSite(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        // After a colon only as an address after its scheme or a label in Chinese (`网址:jd-refund.com`), not `3:jd.com`.
        if range.lowerBound > 0, "\\:=?&#%".utf8.contains(bytes[range.lowerBound - 1]), !followsScheme(bytes, range.lowerBound),
           !(bytes[range.lowerBound - 1] == UInt8(ascii: ":") && range.lowerBound >= 2 && bytes[range.lowerBound - 2] >= 0x80) {
            return false
        }
        // After "/" only as a scheme-relative address (`//jd-refund.com/pay`), not in a path.
        if range.lowerBound > 0, bytes[range.lowerBound - 1] == UInt8(ascii: "/"), !followsScheme(bytes, range.lowerBound),
           !(range.lowerBound >= 2 && bytes[range.lowerBound - 2] == UInt8(ascii: "/") && (range.lowerBound == 2 || !isWordByte(bytes[range.lowerBound - 3]))) {
            return false
        }
        if range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: "@") { return false }
        guard let dot = bytes[range].lastIndex(of: UInt8(ascii: ".")) else { return false }
        // `mr.li`, `ms.wang`: a title before a name, in whatever case.
        if let first = bytes[range].firstIndex(of: UInt8(ascii: ".")), first == dot,
           honorifics.contains(String(decoding: bytes[range.lowerBound..<first], as: UTF8.self).lowercased()) {
            return false
        }
        let ending = String(decoding: bytes[(dot + 1)..<range.upperBound], as: UTF8.self)
        guard isSiteEnding(Substring(ending)) else { return false }
        // `at home.it was`: a full stop with no space before a short English word, not a site's name.
        let lowered = ending.lowercased()
        return !(ending == lowered && wordEndings.contains(lowered) && range.upperBound + 1 < bytes.count
                 && bytes[range.upperBound] == UInt8(ascii: " ") && (0x61...0x7A).contains(bytes[range.upperBound + 1]))
    }

    /// Whether the word at `range` is a server's address, as scam servers are given: four numbers up to 255
    /// with a port or a path after them (`203.0.113.7:8080`, `203.0.113.7/pay`; not a version, `1.2.3.4`).
    static func namesServer(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let labels = bytes[range].split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count == 4, labels.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { (0x30...0x39).contains($0) } && Int(String(decoding: $0, as: UTF8.self)) ?? 256 <= 255 }),
              range.upperBound + 1 < bytes.count else { return false }
        let next = bytes[range.upperBound], after = bytes[range.upperBound + 1]
        return (next == UInt8(ascii: ":") && (0x30...0x39).contains(after)) || (next == UInt8(ascii: "/") && isWordByte(after))
    }

    /// Whether a host's last label is a top-level domain as a site's name is written: in lower case but for
    /// file name endings (`readme.md`), or in capitals or title case when sites are commonly under it (`JD.COM`).
    static func isSiteEnding(_ ending: Substring) -> Bool {
        guard ending.utf8.count >= 2, ending.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        let lowered = ending.lowercased()
        guard ending == lowered ? !fileEndings.contains(lowered) : commonEndings.contains(lowered) else { return false }
        return PublicSuffixes.isTopLevelDomain(Substring(lowered))
    }

    /// Whether a scheme with a colon, and backslashes or slashes, if any, stands right before `start`: browsers read
    /// `https:jd-refund.com/claim` and `https:\\jd-refund.com` as `https://jd-refund.com`.
    static func followsScheme(_ bytes: [UInt8], _ start: Int) -> Bool {
        var end = start
        while end > 0, bytes[end - 1] == UInt8(ascii: "\\") || bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard end > 0, bytes[end - 1] == UInt8(ascii: ":") else { return false }
        return ["http", "https", "ftp"].contains { scheme in
            end - 1 >= scheme.utf8.count && contains(Array(bytes[(end - 1 - scheme.utf8.count)..<(end - 1)]), caseInsensitive: scheme)
                && (end - 1 == scheme.utf8.count || !isWordByte(bytes[end - 2 - scheme.utf8.count]))
        }
    }

    /// `range` without a last label that starts a sentence (`jd-refund.com.Then`): one in title
    /// case that is no common ending of sites.
    static func withoutNextSentence(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        guard let dot = bytes[range].lastIndex(of: UInt8(ascii: ".")), dot > range.lowerBound, dot + 2 < range.upperBound,
              (0x41...0x5A).contains(bytes[dot + 1]), bytes[(dot + 2)..<range.upperBound].contains(where: { (0x61...0x7A).contains($0) }),
              !commonEndings.contains(String(decoding: bytes[(dot + 1)..<range.upperBound], as: UTF8.self).lowercased()),
              bytes[range.lowerBound..<dot].contains(UInt8(ascii: ".")) else { return range }
        return range.lowerBound..<dot
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Endings sites are commonly under, which a name written in capitals or title case is read with.
    /// (No word or name a sentence starts with or a title ends in: not `wang`, `xin`, `ltd`, `online`, `store`.)
    private static let commonEndings: Set<String> = ["com", "net", "org", "cn", "top", "xyz", "vip", "info", "cc", "io", "biz", "icu"]
    private static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "sgt", "st", "mx", "sir"]
    /// Top-level domains that are also file name endings: `readme.md`, `app.py`, `photos.zip`.
    private static let fileEndings: Set<String> = ["md", "py", "zip", "mov", "sh", "pl", "rs", "ps"]
    /// Top-level domains that are also short English words.
    private static let wordEndings: Set<String> = ["it", "so", "in", "me", "be", "to", "at", "us", "is", "no", "am", "as", "by", "do", "go",
                                                   "my", "on", "or", "we", "an"]

    /// Runs of ASCII letters, digits, hyphens and dots that hold an inner dot, without leading or
    /// trailing dots: the words that may name a host, as byte ranges of `bytes`.
    static func hostLikeWords(_ bytes: [UInt8]) -> [Range<Int>] {
        func isHostByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."):
                return true
            default:
                return false
            }
        }
        var words: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard isHostByte(bytes[index]) else { index += 1; continue }
            var start = index
            while index < bytes.count, isHostByte(bytes[index]) { index += 1 }
            var end = index
            while start < end, bytes[start] == UInt8(ascii: ".") { start += 1 }
            while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            if bytes[start..<end].contains(UInt8(ascii: ".")) { words.append(start..<end) }
        }
        return words
    }
}
