import Foundation

/// Small inline SVG bar charts, computed in Swift and handed to templates finished.
/// Each chart is an image named by its title and described by a list of every value, for screen readers.
enum BarChart {
    struct Bar {
        var label: String
        var value: Double
        var valueText: String
    }

    /// How the description joins a label to its value, and one bar to the next: ": " and "; ",
    /// or in Chinese "：" and "；".
    struct Punctuation {
        var colon: String
        var separator: String

        static let latin = Punctuation(colon: ": ", separator: "; ")
        static let chinese = Punctuation(colon: "：", separator: "；")
    }

    /// One bar a row, its label above it and its value after it: narrow enough for a phone
    /// (360 units, drawn at 306px or more), so that neither labels nor the largest values are cut.
    static func horizontal(id: String, title: String, bars: [Bar], punctuation: Punctuation = .latin) -> String {
        let rowHeight = 42.0
        let width = 360.0
        let height = Double(bars.count) * rowHeight + 4
        let maximum = bars.map(\.value).max() ?? 1
        var svg = opening(id: id, title: title, bars: bars, width: width, height: height, textSize: 13, punctuation: punctuation)
        // Room after the longest bar for the longest value ("1,060,000 yuan", "HKD 2,350,000"): 13px bold
        // digits are some 8 units wide, a Han character 13.
        let longest = bars.map { bar in bar.valueText.unicodeScalars.reduce(0.0) { $0 + ($1.properties.isIdeographic ? 13 : 8) } }.max() ?? 0
        let room = max(96, longest + 12)
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight
            let barWidth = max(2, (width - room) * bar.value / max(maximum, 1))
            svg += """
            <text x="0" y="\(format(y + 15))" class="chart-label">\(HTML.escape(clip(bar.label, width: width)))</text>\
            <rect x="0" y="\(format(y + 21))" width="\(format(barWidth))" height="14" class="chart-bar"/>\
            <text x="\(format(barWidth + 6))" y="\(format(y + 33))" class="chart-value">\(HTML.escape(bar.valueText))</text>
            """
        }
        return svg + "</svg>"
    }

    static func columns(id: String, title: String, bars: [Bar], punctuation: Punctuation = .latin) -> String {
        let columnWidth = 72.0
        let chartHeight = 180.0
        let width = max(320, Double(bars.count) * columnWidth + 20)
        let height = chartHeight + 48
        let maximum = bars.map(\.value).max() ?? 1
        var svg = opening(id: id, title: title, bars: bars, width: width, height: height, textSize: 11, punctuation: punctuation)
        for (index, bar) in bars.enumerated() {
            let x = 10 + Double(index) * columnWidth
            // A month with no loss has no bar (its value says 0), not a sliver that reads as a small loss.
            let barHeight = bar.value > 0 ? max(2, (chartHeight - 20) * bar.value / max(maximum, 1)) : 0
            if barHeight > 0 {
                svg += "<rect x=\"\(format(x + 8))\" y=\"\(format(chartHeight - barHeight))\" width=\"\(format(columnWidth - 16))\" height=\"\(format(barHeight))\" class=\"chart-bar\"/>"
            }
            svg += """
            <text x="\(format(x + columnWidth / 2))" y="\(format(chartHeight - barHeight - 4))" text-anchor="middle" class="chart-value">\(HTML.escape(bar.valueText))</text>\
            <text x="\(format(x + columnWidth / 2))" y="\(format(chartHeight + 18))" text-anchor="middle" class="chart-label">\(HTML.escape(bar.label))</text>
            """
        }
        return svg + "</svg>"
    }

    /// The `<svg>` start with its title and a description listing every value. It is never drawn
    /// so narrow that its smallest text (`textSize`, as the stylesheet sets it: 13px, a month's
    /// label 11px) is under 11px: a narrow screen scrolls the figure instead.
    private static func opening(id: String, title: String, bars: [Bar], width: Double, height: Double, textSize: Double,
                                punctuation: Punctuation) -> String {
        let description = bars.map { $0.label + punctuation.colon + $0.valueText }.joined(separator: punctuation.separator)
        return """
        <svg class="chart" style="min-width: \(format(width * 11 / textSize))px" viewBox="0 0 \(format(width)) \(format(height))" role="img" aria-labelledby="\(id)-title" aria-describedby="\(id)-desc" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-title">\(HTML.escape(title))</title><desc id="\(id)-desc">\(HTML.escape(description))</desc>
        """
    }

    static func format(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// The label cut with "…" where it would run past `width` units at 13px: a CJK character
    /// takes 13, any other about 7.5.
    static func clip(_ text: String, width: Double) -> String {
        func advance(_ character: Character) -> Double { character.unicodeScalars.first.map { $0.value >= 0x2E80 ? 13 : 7.5 } ?? 0 }
        guard text.reduce(0, { $0 + advance($1) }) > width else { return text }
        var kept = ""
        var used = advance("…")
        for character in text {
            used += advance(character)
            if used > width { break }
            kept.append(character)
        }
        return kept + "…"
    }

}

public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities (what Mustache's `{{name}}` escapes), working on UTF-8
    /// bytes; text without any of them is returned as it is.
    public static func escape(_ text: String) -> String {
        // The five bytes are below 0x40: a bit each of a mask, tested without a branch per byte.
        let mask: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27
        var text = text
        let plain = text.withUTF8 { bytes in
            var hits: UInt64 = 0
            for byte in bytes { hits |= byte < 0x40 ? mask >> byte & 1 : 0 }
            return hits == 0
        }
        guard !plain else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `escape(text)`, with each run of Chinese characters (and the Chinese punctuation after
    /// them) in `<span lang="…">`, so that a screen reader speaks them in Chinese on a page in
    /// another language: "Install the 国家反诈中心 App". Text with no Chinese is only escaped.
    public static func escape(_ text: String, markingHanAs language: String) -> String {
        markingHan(escape(text), as: language)
    }

    /// HTML with each run of Chinese characters in its text (not in its tags) marked as above.
    public static func markingHan(_ html: String, as language: String) -> String {
        // Chinese characters are three or four bytes, led by 0xE3 or more; most text has none.
        guard html.utf8.contains(where: { $0 >= 0xE3 }), html.unicodeScalars.contains(where: isHan) else { return html }
        var out = String.UnicodeScalarView()
        var inTag = false
        var inRun = false
        let open = "<span lang=\"\(language)\">".unicodeScalars, close = "</span>".unicodeScalars
        for scalar in html.unicodeScalars {
            if scalar == "<" { inTag = true }
            let continues = !inTag && (isHan(scalar) || (inRun && isChinesePunctuation(scalar)))
            if continues, !inRun { out.append(contentsOf: open) }
            if !continues, inRun { out.append(contentsOf: close) }
            inRun = continues
            out.append(scalar)
            if scalar == ">" { inTag = false }
        }
        if inRun { out.append(contentsOf: close) }
        return String(out)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }

    /// CJK symbols and punctuation (、。「」), and full-width forms (，！：).
    private static func isChinesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF65).contains(scalar.value)
    }
}
