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
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sanitised multi-line text (HTML fragments), trimmed at both ends.
    static func block(_ text: String) -> String {
        sanitize(text).trimmingCharacters(in: .whitespacesAndNewlines)
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

    private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let rep = replacement(scalar) {
                out += rep
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
