import Foundation

/// Cleaning and escaping of text for XML and HTML contexts.
///
/// Output is UTF-8; only `&`, `<`, `>` (and `"` / whitespace in attributes) are ever written as
/// references, so CJK and every other printable character stays literal.
enum FeedText {
    /// Whether a scalar may appear in a feed. Removed: C0 controls except tab, LF and CR; DEL and the
    /// C1 controls (the W3C validator reports U+0080–U+009F as "BadCharacters"); U+FFFD (also
    /// reported: it only marks text that was already corrupted); and the Unicode noncharacters
    /// (U+FDD0–U+FDEF, U+FFFE/U+FFFF of every plane), which XML excludes or discourages.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0xFDD0...0xFDEF, 0xFFFD: return false
        default: return v & 0xFFFE != 0xFFFE
        }
    }

    /// Strips disallowed characters and normalises CR LF and lone CR to LF.
    static func sanitize(_ text: String) -> String {
        guard mayNeedSanitizing(text) else { return text }
        var out = String.UnicodeScalarView()
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                out.append("\n")
                if scalar == "\n" { continue }
            }
            if scalar == "\r" {
                pendingCR = true
            } else if isAllowed(scalar) {
                out.append(scalar)
            }
        }
        if pendingCR { out.append("\n") }
        return String(out)
    }

    /// Whether `sanitize` could change the text, judged from its UTF-8 bytes: a control byte or CR,
    /// a C1 control (C2 80–9F), anything from U+FDC0 and U+FFC0 up in the BMP (EF B7, EF BF, where
    /// the noncharacters and U+FFFD are) or beyond it. Most text has none, and is returned as it is.
    private static func mayNeedSanitizing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { return true }
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if byte >= 0xF0 || (byte == 0xC2 && next <= 0x9F) || (byte == 0xEF && (next == 0xB7 || next == 0xBF)) { return true }
            }
            return false
        }
    }

    /// Sanitised text on one line: runs of spaces, tabs and line breaks become one space; trimmed.
    /// Used for titles, labels, names and summaries.
    static func line(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in sanitize(text).unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return trimmed(String(out))
    }

    /// Sanitised multi-line text (HTML fragments), trimmed at both ends.
    static func block(_ text: String) -> String {
        trimmed(sanitize(text))
    }

    /// Without white space and line breaks at either end (Unicode White_Space: the same set as
    /// Foundation's `.whitespacesAndNewlines`, without bridging to NSString).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(decoding: text.utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }

    /// Escapes plain text for XML character data. `&` and `<` are written as hexadecimal character
    /// references, as the RSS Advisory Board's profile recommends for plain-text elements (the W3C
    /// validator otherwise warns that such text "may contain HTML"); `>` is escaped so that `]]>`
    /// never appears. Input must already be sanitised.
    static func xmlText(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&#x26;"
            case "<": "&#x3C;"
            case ">": "&gt;"
            default: nil
            }
        }
    }

    /// Escapes an HTML payload (RSS `description`, Atom `content type="html"`) for XML character data.
    static func xmlMarkup(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            default: nil
            }
        }
    }

    /// Escapes a value for a double-quoted XML attribute, keeping whitespace through normalisation.
    static func xmlAttribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&#x26;"
            case "<": "&#x3C;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "\t": "&#x9;"
            case "\n": "&#xA;"
            case "\r": "&#xD;"
            default: nil
            }
        }
    }

    /// Escapes plain text for HTML (before the HTML itself is escaped for XML).
    static func htmlText(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            default: nil
            }
        }
    }

    /// `replacement` may replace ASCII characters only, so the text is escaped on its UTF-8 bytes:
    /// runs without a replacement are copied whole, and text without any is returned as it is.
    private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            var out: [UInt8] = []
            var copied = 0
            for index in bytes.indices where bytes[index] < 0x80 {
                guard let rep = replacement(Unicode.Scalar(bytes[index])) else { continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                out.append(contentsOf: rep.utf8)
                copied = index + 1
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }
}
