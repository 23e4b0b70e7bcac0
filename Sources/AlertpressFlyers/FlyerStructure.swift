/// The flyer's PDF structure tree, from the roles of its elements: what a screen reader reads,
/// in which order, as headings, paragraphs, lists and a link. Elements come in reading order;
/// consecutive elements that share a structure element are drawn inside the same one.
///
/// Document
///   P (publisher), H1 (title), P (season), P (headline)
///   H2 (how it works), L > LI > Lbl (number) + LBody (step) …
///   H2 (red flags), L > LI …; H2 (do), L …; H2 (don't), L …
///   H2 (a real case · date), P (title), P (text), P (loss)
///   H2 (call a hotline), P (label and number) …, P (scan for more), Figure (QR code), P > Link (URL and
///   QR code), P (issued)
enum FlyerStructure {
    struct Node: Sendable, Equatable {
        /// A PDF standard structure type.
        var name: String
        /// Tells apart neighbours of the same type (two paragraphs in a row).
        var key: String
        /// Cairo's tag attributes (a link's target and areas).
        var attributes = ""
    }

    /// The structure elements `element`, the plan's `index`th, is drawn inside (below the Document),
    /// outermost first; none for decoration.
    static func path(of element: PageElement, at index: Int) -> [Node] {
        switch element.role {
        case .artifact:
            return []
        case .figure:
            return [Node(name: "Figure", key: "\(index)")]
        case .heading(let level):
            return [Node(name: "H\(level)", key: "\(index)")]
        case .paragraph(let id):
            return [Node(name: "P", key: id)]
        case .listLabel(let list, let item):
            return [Node(name: "L", key: list), Node(name: "LI", key: "\(item)"), Node(name: "Lbl", key: "")]
        case .listBody(let list, let item):
            return [Node(name: "L", key: list), Node(name: "LI", key: "\(item)"), Node(name: "LBody", key: "")]
        case .link(let uri, let areas):
            let own = textArea(element).map { [$0] } ?? []
            return [Node(name: "P", key: "\(index)"),
                    Node(name: "Link", key: "\(index)", attributes: linkAttributes(uri: uri, areas: own + areas))]
        }
    }

    /// Cairo's attributes for a link to `uri` over `areas` (page coordinates, y down): `rect`
    /// lists the areas, `uri` is quoted, with `'` and `\` escaped.
    static func linkAttributes(uri: String, areas: [Rect]) -> String {
        func number(_ value: Double) -> String { String(format: "%.2f", value) }
        let rects = areas.map { [$0.x, $0.y, $0.width, $0.height].map(number).joined(separator: " ") }
        var quoted = ""
        for character in uri {
            if character == "'" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        let target = "uri='\(quoted)'"
        return rects.isEmpty ? target : "rect=[\(rects.joined(separator: " "))] \(target)"
    }

    /// The box a text's lines take, aligned in its wrap width.
    private static func textArea(_ element: PageElement) -> Rect? {
        guard case .text(let text, let origin) = element.shape else { return nil }
        let spare = max(0, text.width - text.usedWidth)
        let x: Double =
            switch text.style.alignment {
            case .left: origin.x
            case .center: origin.x + spare / 2
            case .right: origin.x + spare
            }
        return Rect(x: x, y: origin.y, width: min(text.usedWidth, text.width), height: text.height)
    }
}
