import Foundation
import Testing

/// The shipped stylesheet's colours, light and dark, against WCAG 2.1's contrast ratios: text 4.5:1
/// (AA), and 3:1 for what is not text but must be seen (chart bars, the focus outline).
@Suite("stylesheet colours")
struct StylesheetTests {
    /// Custom properties `--name: #rrggbb;` of the first block that opens with `opening`.
    static func palette(after opening: String, in css: String) throws -> [String: String] {
        let start = try #require(css.range(of: opening), "no `\(opening)` in style.css")
        let block = try #require(css[start.upperBound...].range(of: "}")).lowerBound
        var colours: [String: String] = [:]
        for match in css[start.upperBound..<block].matches(of: #/--([a-z-]+):\s*#([0-9a-fA-F]{6});/#) {
            colours[String(match.1)] = String(match.2)
        }
        return colours
    }

    /// Relative luminance of `rrggbb` (WCAG 2.1).
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16) ?? 0
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Text on the background it is set on, as the stylesheet pairs them.
    static let textPairs: [(String, String)] = [
        ("ink", "paper"), ("ink", "tint"), ("ink", "banner-bg"), ("ink", "warn-bg"),
        ("muted", "paper"), ("muted", "tint"), ("link", "paper"), ("link", "tint"),
        ("link-visited", "paper"), ("link-visited", "tint"), ("link-hover", "paper"),
        ("warn-ink", "warn-bg"), ("warn-note", "warn-bg"), ("do", "paper"), ("dont", "paper"),
        ("kind-ink", "paper"), ("on-navy", "navy"), ("on-navy", "navy-dark"), ("paper", "ink"),
        ("focus-ink", "focus"),
    ]
    static let shapePairs: [(String, String)] = [("chart", "paper"), ("outline", "paper"), ("banner-edge", "banner-bg"), ("control-edge", "paper"), ("accent-line", "paper"), ("accent-line", "tint")]

    @Test("every text colour has 4.5:1 on its background, and bars, outlines and button edges 3:1, in light and in dark")
    func contrastRatios() throws {
        let css = try String(contentsOf: Paths.templates.appendingPathComponent("assets/style.css"), encoding: .utf8)
        let light = try Self.palette(after: ":root {", in: css)
        let dark = light.merging(try Self.palette(after: "@media screen and (prefers-color-scheme: dark) {\n  :root {", in: css)) { $1 }
        #expect(dark != light, "the dark block sets no colour")
        // The charts' scroll shadows are written out in the dark paper's colour (no variable in a gradient).
        let shadows = try #require(css.range(of: "@media screen and (prefers-color-scheme: dark)")).upperBound
        let figure = try #require(css[shadows...].range(of: ".charts figure {"))
        let paper = try #require(dark["paper"])
        #expect(css[figure.upperBound...].prefix(600).components(separatedBy: "#" + paper).count >= 4, "the dark charts' background is not #\(paper)")
        for (name, palette) in [("light", light), ("dark", dark)] {
            for (pairs, minimum) in [(Self.textPairs, 4.5), (Self.shapePairs, 3.0)] {
                for (fore, back) in pairs {
                    let (f, b) = (try #require(palette[fore], "--\(fore)"), try #require(palette[back], "--\(back)"))
                    let ratio = Self.contrast(f, b)
                    #expect(ratio >= minimum, "\(name): --\(fore) #\(f) on --\(back) #\(b) is \(ratio):1")
                }
            }
        }
    }

    @Test("the contrast sum is WCAG's: black on white 21:1, the same colour 1:1, #767676 on white just over 4.5:1")
    func contrastFormula() {
        #expect(abs(Self.contrast("000000", "ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("5b2a86", "5b2a86") - 1) < 0.0001)
        let grey = Self.contrast("767676", "ffffff")
        #expect(grey > 4.5 && grey < 4.6)
    }
}
