/// The private section of the Public Suffix List (`PublicSuffixList.swift`): hosting services under
/// which anyone can put a site, such as `github.io`, `blogspot.com` or `s3.amazonaws.com`. A
/// `trusted_domains` entry that is one would make every page under it a live link. And the list's
/// top-level domains, by which a word of text is known for a site's name.
enum PublicSuffixes {
    private struct Rules {
        var names: Set<Substring> = []
        /// `*.kawasaki.jp`: every name one label below `kawasaki.jp`.
        var wildcards: Set<Substring> = []
        /// `!city.kawasaki.jp`: not a suffix, though a wildcard covers it.
        var exceptions: Set<Substring> = []
    }

    private static let rules: Rules = {
        var rules = Rules()
        for line in list.split(separator: "\n") {
            let rule = line.drop { $0 == " " }.lowercased()[...]
            if rule.hasPrefix("!") {
                rules.exceptions.insert(rule.dropFirst())
            } else if rule.hasPrefix("*.") {
                rules.wildcards.insert(rule.dropFirst(2))
            } else if !rule.isEmpty {
                rules.names.insert(rule)
            }
        }
        return rules
    }()

    /// Whether `host` (lower-cased, no final dot) is itself a public suffix.
    static func contains(_ host: String) -> Bool {
        let host = host[...]
        if rules.exceptions.contains(host) { return false }
        if rules.names.contains(host) { return true }
        guard let dot = host.firstIndex(of: ".") else { return false }
        return rules.wildcards.contains(host[host.index(after: dot)...])
    }

    /// The top-level domains, with the names RFC 2606 keeps for examples and tests (`claim-center.example`).
    private static let topLevelDomains: Set<Substring> = Set(topLevelList.split(separator: "\n").map { $0.drop { $0 == " " } })
        .union(["example", "test", "invalid"])

    /// Whether `label` (lower-cased ASCII) is a top-level domain: `com`, `cn`, `top`, `example`.
    static func isTopLevelDomain(_ label: Substring) -> Bool { topLevelDomains.contains(label) }
}
