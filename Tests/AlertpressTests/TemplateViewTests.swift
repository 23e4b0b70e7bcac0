import Testing
@testable import Alertpress

/// Templates read views through the hand-written `child(named:)` of `ViewFields.swift`; `Mirror`
/// is the oracle. The samples hold every field, and every text holds its own field's name, so a
/// field that is missing, misnamed or answered with another field's value fails here.
@Suite("Template views")
struct TemplateViewTests {
    @Test("every view field reads through child(named:) as Mirror sees it")
    func fieldsMatchMirror() {
        var reached: Set<String> = []
        for view in TemplateSamples.views {
            Self.compare(view, path: String(describing: type(of: view)), reached: &reached)
        }
        // Every view type of `Views.swift`, nested ones included.
        #expect(reached.count == 34)
    }

    /// A browser review (thirty-sixth session): a case page quoted 双倍赔偿, 倍赔偿 and 倍赔 side by side.
    @Test("a red flag's phrase inside another one shown is a fragment of it: characters in Chinese, whole words in Latin text")
    func phraseInsideAnother() {
        #expect(SiteRenderer.holds("双倍赔偿", "倍赔") && SiteRenderer.holds("被压坏", "压坏") && SiteRenderer.holds("Lost parcel", "parcel"))
        #expect(SiteRenderer.holds("share your screen now", "your screen"))
        #expect(SiteRenderer.holds("WeChat 转账", "WeChat") && SiteRenderer.holds("微信 transfer", "transfer"))
        #expect(!SiteRenderer.holds("WhatsApp", "app") && !SiteRenderer.holds("refund", "refund") && !SiteRenderer.holds("parcel", "lost parcel"))
    }

    @Test("a name that is no field reads as missing")
    func unknownName() {
        for view in TemplateSamples.views {
            #expect(view.child(named: "noSuchField") == nil)
            #expect(view.child(named: "") == nil)
        }
    }

    @Test("a nil optional reads as missing")
    func nilOptional() {
        let summary = CaseSummaryView(title: "t", href: "h", date: "d", datetime: "dt", summary: "s", region: nil, loss: "1", types: [], translations: [])
        #expect(summary.child(named: "region") == nil)
        guard case .text("1")? = summary.child(named: "loss") else {
            Issue.record("loss reads as \(String(describing: summary.child(named: "loss")))")
            return
        }
    }

    /// The texts of a list, when it is a list of texts.
    private static func texts(_ value: TemplateValue?) -> [String]? {
        guard case .list(let list)? = value else { return nil }
        var texts: [String] = []
        for index in 0..<list.count {
            guard case .text(let text) = list.element(at: index) else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// The views of a list, when it is a list of views.
    private static func views(_ value: TemplateValue?) -> [any TemplateView]? {
        guard case .list(let list)? = value else { return nil }
        var views: [any TemplateView] = []
        for index in 0..<list.count {
            guard case .view(let view) = list.element(at: index) else { return nil }
            views.append(view)
        }
        return views
    }

    private static func compare(_ view: any TemplateView, path: String, reached: inout Set<String>) {
        reached.insert(String(describing: type(of: view)))
        for child in Mirror(reflecting: view).children {
            guard let label = child.label else { continue }
            let here = path + "." + label
            let read = view.child(named: label)
            switch child.value {
            case let text as String:
                if case .text(let value)? = read { #expect(value == text, "\(here)") } else { Issue.record("\(here) is not a text") }
                #expect(text == label, "\(here): the sample should hold the field's name")
            case let flag as Bool:
                if case .flag(let value)? = read { #expect(value == flag, "\(here)") } else { Issue.record("\(here) is not a flag") }
            case let texts as [String]:
                #expect(Self.texts(read) == texts, "\(here)")
                #expect(texts == [label], "\(here): the sample should hold the field's name")
            case let views as [any TemplateView]:
                let readViews = Self.views(read)
                #expect(readViews?.count == views.count && !views.isEmpty, "\(here)")
                for element in readViews ?? [] { compare(element, path: here + "[]", reached: &reached) }
            default:
                // An optional set in the samples, or a nested view.
                guard case .view(let nested)? = read else {
                    Issue.record("\(here): \(type(of: child.value)) does not read as a text, a flag, a list or a view")
                    continue
                }
                #expect("Optional<\(type(of: nested))>" == "\(type(of: child.value))", "\(here)")
                compare(nested, path: here, reached: &reached)
            }
        }
    }
}
