import Testing
@testable import AlertpressCore

@Suite("Chinese emphasis in Markdown")
struct MarkdownCJKTests {
    let renderer = MarkdownRenderer(baseURL: "https://alerts.example.org")

    @Test("bold that ends in full-width punctuation closes before a CJK character")
    func closesAfterPunctuation() {
        let html = renderer.render("**警方提醒：**接到陌生电话要提高警惕。").html
        #expect(html == "<p><strong>警方提醒：</strong>接到陌生电话要提高警惕。</p>\n")
    }

    @Test("bold that starts with a Chinese quotation mark opens after a CJK character")
    func opensBeforeQuote() {
        let html = renderer.render("骗子以**“双倍赔偿”**为诱饵。").html
        #expect(html == "<p>骗子以<strong>“双倍赔偿”</strong>为诱饵。</p>\n")
    }

    @Test("Latin emphasis and literal asterisks are unchanged, and no zero-width space is left")
    func latinUnchanged() {
        #expect(renderer.render("A **bold** word and 138****5678.").html == "<p>A <strong>bold</strong> word and 138****5678.</p>\n")
        #expect(!renderer.render("**提醒：**注意").html.contains("\u{200B}"))
    }
}
