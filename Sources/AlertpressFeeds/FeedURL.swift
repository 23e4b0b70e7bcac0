import Foundation

/// URL hygiene for feeds: every URL the writers emit goes through `absolute(_:base:)`.
///
/// - A reference without a scheme is resolved against the channel's home URL (RFC 3986 §5.2), so a
///   relative URL never reaches a feed.
/// - The result is put in the canonical form the W3C feed validator compares Atom ids against
///   (RFC 3986 normalisation: lower-case scheme and host, no default port, `/` for an empty path,
///   dot segments removed, percent-encoding with upper-case hex, unreserved characters decoded,
///   non-ASCII characters NFC-normalised and percent-encoded as UTF-8). The function is
///   deterministic and idempotent, so ids stay stable.
enum FeedURL {
    struct Parts: Equatable {
        var scheme: String?
        var authority: String?
        var path: String
        var query: String?
        var fragment: String?
    }

    private static let subDelims: Set<UInt8> = Set("!$&'()*+,;=".utf8)
    private static let genDelims: Set<UInt8> = Set(":/?#[]@".utf8)
    private static let reserved: Set<UInt8> = subDelims.union(genDelims)
    private static let alwaysSafe: Set<UInt8> =
        Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~".utf8)
    /// Characters left literal in a path segment.
    private static let pchar: Set<UInt8> = Set("-._~".utf8).union(subDelims).union(Set(":@".utf8))
    /// Characters left literal in a query or fragment.
    private static let queryChars: Set<UInt8> = pchar.union(Set("/?".utf8))
    private static let defaultPorts: [String: Int] = [
        "ftp": 21, "telnet": 23, "http": 80, "gopher": 70, "news": 119, "nntp": 119,
        "prospero": 191, "https": 443, "snews": 563, "snntp": 563,
    ]
    private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)

    /// The absolute, canonical form of `raw`, resolved against `base` when `raw` has no scheme.
    static func absolute(_ raw: String, base: String?) -> String {
        let cleaned = clean(raw)
        var parts = split(cleaned)
        if parts.scheme == nil, let base {
            let baseParts = split(clean(base))
            if baseParts.scheme != nil {
                parts = resolve(parts, against: baseParts)
            }
        }
        return canonical(parts)
    }

    /// Whether `text` is an absolute `http:` or `https:` URL with a host.
    static func isAbsoluteHTTP(_ text: String) -> Bool {
        let parts = split(text)
        guard let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let authority = parts.authority, !authority.isEmpty else { return false }
        return true
    }

    /// Removes characters that can never be part of a URL (controls, tabs, line breaks) and
    /// surrounding spaces, as browsers do.
    private static func clean(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in FeedText.sanitize(raw).unicodeScalars where scalar != "\t" && scalar != "\n" {
            out.append(scalar)
        }
        return String(out).trimmingCharacters(in: .whitespaces)
    }

    /// RFC 3986 appendix B.
    static func split(_ text: String) -> Parts {
        let s = Array(text.unicodeScalars)
        var i = 0
        var scheme: String?
        if let colon = s.firstIndex(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" }),
           s[colon] == ":", colon > 0 {
            scheme = string(s[0..<colon])
            i = colon + 1
        }
        var authority: String?
        if i + 1 < s.count, s[i] == "/", s[i + 1] == "/" {
            let start = i + 2
            var end = start
            while end < s.count, s[end] != "/", s[end] != "?", s[end] != "#" { end += 1 }
            authority = string(s[start..<end])
            i = end
        }
        var end = i
        while end < s.count, s[end] != "?", s[end] != "#" { end += 1 }
        let path = string(s[i..<end])
        i = end
        var query: String?
        if i < s.count, s[i] == "?" {
            var qEnd = i + 1
            while qEnd < s.count, s[qEnd] != "#" { qEnd += 1 }
            query = string(s[(i + 1)..<qEnd])
            i = qEnd
        }
        var fragment: String?
        if i < s.count, s[i] == "#" {
            fragment = string(s[(i + 1)...])
        }
        return Parts(scheme: scheme, authority: authority, path: path, query: query, fragment: fragment)
    }

    /// RFC 3986 §5.2.2 (dot segments are removed later by `canonical`).
    private static func resolve(_ r: Parts, against b: Parts) -> Parts {
        var t = Parts(scheme: b.scheme, authority: b.authority, path: "", query: nil, fragment: r.fragment)
        if r.authority != nil {
            t.authority = r.authority
            t.path = r.path
            t.query = r.query
        } else if r.path.isEmpty {
            t.path = b.path
            t.query = r.query ?? b.query
        } else if r.path.hasPrefix("/") {
            t.path = r.path
            t.query = r.query
        } else {
            if b.authority != nil, b.path.isEmpty {
                t.path = "/" + r.path
            } else if let slash = b.path.lastIndex(of: "/") {
                t.path = String(b.path[...slash]) + r.path
            } else {
                t.path = r.path
            }
            t.query = r.query
        }
        return t
    }


    private static func canonical(_ parts: Parts) -> String {
        let scheme = parts.scheme?.lowercased()
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority = parts.authority {
            out += "//" + normaliseAuthority(authority, defaultPort: scheme.flatMap { defaultPorts[$0] })
            out += normalisePath(parts.path)
        } else if parts.path.hasPrefix("/") {
            out += normalisePath(parts.path)
        } else {
            out += quoteKeepingReserved(parts.path, safe: pchar.union(Set("/".utf8)))
        }
        if let query = parts.query { out += "?" + quoteKeepingReserved(query, safe: queryChars) }
        if let fragment = parts.fragment { out += "#" + quoteKeepingReserved(fragment, safe: queryChars) }
        return out
    }

    private static func normaliseAuthority(_ authority: String, defaultPort: Int?) -> String {
        var userinfo: Substring?
        var host = Substring(authority)
        if let at = authority.lastIndex(of: "@") {
            userinfo = authority[..<at]
            host = authority[authority.index(after: at)...]
            if userinfo == ":" { userinfo = "" }
        }
        var name = host.lowercased()
        var port = defaultPort
        if let colon = name.lastIndex(of: ":") {
            let digits = name[name.index(after: colon)...]
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
                if !digits.isEmpty { port = Int(digits) ?? port }
                name = String(name[..<colon])
            }
        }
        if name.hasSuffix("."), name.dropLast(2).contains(".") {
            name.removeLast()
        }
        if let port, port != defaultPort { name += ":" + String(port) }
        if let userinfo, !userinfo.isEmpty { return userinfo + "@" + name }
        return name
    }

    private static func normalisePath(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var i = (segments.first.map { !$0.isEmpty } ?? false) ? segments.count : 0
        while i < segments.count {
            let segment = segments[i]
            if segment == "." || segment == ".." {
                if i < segments.count - 1 { segments.remove(at: i) } else { segments[i] = "" }
                if segment == "..", i > 1 || (i > 0 && !segments[0].isEmpty) {
                    i -= 1
                    segments.remove(at: i)
                }
            } else {
                i += 1
            }
        }
        if segments == [""] { segments = ["", ""] }
        return segments.map { quoteKeepingReserved($0, safe: pchar) }.joined(separator: "/")
    }

    /// Percent-normalises one component: reserved characters that are allowed literally keep their
    /// form (literal or encoded); everything else is decoded, NFC-normalised and re-encoded.
    private static func quoteKeepingReserved(_ component: String, safe: Set<UInt8>) -> String {
        let s = Array(component.unicodeScalars)
        var out = ""
        var pending: [UInt8] = []
        var i = 0
        while i < s.count {
            let scalar = s[i]
            if scalar == "%", i + 2 < s.count, let hi = hexValue(s[i + 1]), let lo = hexValue(s[i + 2]) {
                let byte = UInt8(hi * 16 + lo)
                if reserved.contains(byte) && safe.contains(byte) {
                    out += flush(&pending, safe: safe)
                    out += "%" + String(hexDigits[Int(hi)]) + String(hexDigits[Int(lo)])
                } else {
                    pending.append(byte)
                }
                i += 3
            } else if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if reserved.contains(byte) && safe.contains(byte) {
                    out += flush(&pending, safe: safe)
                    out.unicodeScalars.append(scalar)
                } else {
                    pending.append(byte)
                }
                i += 1
            } else {
                pending.append(contentsOf: String(scalar).utf8)
                i += 1
            }
        }
        out += flush(&pending, safe: safe)
        return out
    }

    private static func flush(_ pending: inout [UInt8], safe: Set<UInt8>) -> String {
        guard !pending.isEmpty else { return "" }
        var bytes = pending
        pending.removeAll()
        if let decoded = String(validating: bytes, as: UTF8.self) {
            bytes = Array(decoded.precomposedStringWithCanonicalMapping.utf8)
        }
        var out = ""
        for byte in bytes {
            if alwaysSafe.contains(byte) || safe.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return out
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30
        case 0x41...0x46: scalar.value - 0x41 + 10
        case 0x61...0x66: scalar.value - 0x61 + 10
        default: nil
        }
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
