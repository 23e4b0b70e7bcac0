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

    /// A malformed-input review (forty-seventh session): `**警方提醒:**接到…` was published with its stars.
    @Test("bold that ends in ASCII punctuation before Chinese closes, and bold that starts with an ASCII quote after Chinese opens")
    func asciiPunctuationBesideChinese() {
        #expect(renderer.render("**警方提醒:**接到陌生电话要挂断。").html == "<p><strong>警方提醒:</strong>接到陌生电话要挂断。</p>\n")
        #expect(renderer.render("**注意!**不要共享屏幕。**(重要)**提醒").html == "<p><strong>注意!</strong>不要共享屏幕。<strong>(重要)</strong>提醒</p>\n")
        #expect(renderer.render("骗子以**\"双倍赔偿\"**为诱饵。").html == "<p>骗子以<strong>&quot;双倍赔偿&quot;</strong>为诱饵。</p>\n")
        // Latin text beside ASCII punctuation is read as CommonMark reads it.
        #expect(renderer.render("Note:**bold**word and a**\"quote\"**b").html == "<p>Note:<strong>bold</strong>word and a**&quot;quote&quot;**b</p>\n")
    }

    /// A malformed-input review (forty-seventh session): `受害人张*与李*华` was published as `张<em>与李</em>华`.
    @Test("one star between Chinese characters is a mask, in text and in code; two are bold as before")
    func maskedNames() {
        let output = renderer.render("受害人张*与李*华报警，`张*三`。\n\n这是**非常**重要的。")
        #expect(output.html == "<p>受害人张*与李*华报警，<code>张*三</code>。</p>\n<p>这是<strong>非常</strong>重要的。</p>\n", "\(output.html)")
        #expect(output.plainText.contains("受害人张*与李*华报警，张*三。"), "\(output.plainText)")
    }

    /// `王**先生和刘**女士` was published as `王<strong>先生和刘</strong>女士`, and `刘**。**警方提醒**` as
    /// `刘<strong>。</strong>警方提醒**`: two masks read as bold, and stars before a full stop read as opening.
    @Test("stars masking a given name are text; stars before a closing mark do not open bold", arguments: [
        ("受害人王**先生和刘**女士报警。", "<p>受害人王**先生和刘**女士报警。</p>\n"),
        ("王**（化名）接到**客服**电话。", "<p>王**（化名）接到<strong>客服</strong>电话。</p>\n"),
        ("受害人张**在**客服**的诱导下转账，`欧阳**先生`。", "<p>受害人张**在<strong>客服</strong>的诱导下转账，<code>欧阳**先生</code>。</p>\n"),
        ("受害人刘**。**警方提醒**不要转账。", "<p>受害人刘**。<strong>警方提醒</strong>不要转账。</p>\n"),
        ("“**重要**”的是，这是**非常**重要的。", "<p>“<strong>重要</strong>”的是，这是<strong>非常</strong>重要的。</p>\n"),
    ])
    func maskedGivenNames(markdown: String, html: String) {
        #expect(renderer.render(markdown).html == html)
    }

    /// A malformed-input review (forty-eighth session): `400-***-8866和95***` was published as
    /// `400-<em><strong>-8866和95</strong></em>`, and `7*24小时…本金*3倍` as `7<em>24小时…本金</em>3倍`.
    @Test("a number's mask beside a hyphen or at its end, and one star between digits, are text; emphasised amounts stay so", arguments: [
        ("号码为400-***-8866和95***的短信。", "<p>号码为400-***-8866和95***的短信。</p>\n"),
        ("7*24小时服务，本金*3倍返还。", "<p>7*24小时服务，本金*3倍返还。</p>\n"),
        ("损失*5000*元，按*3*倍赔偿。", "<p>损失<em>5000</em>元，按<em>3</em>倍赔偿。</p>\n"),
        ("From 400-***-8866 and from 95***.", "<p>From 400-***-8866 and from 95***.</p>\n"),
        ("被骗**5000**元，a *5000* yuan loss, `95***`.", "<p>被骗<strong>5000</strong>元，a <em>5000</em> yuan loss, <code>95***</code>.</p>\n"),
    ])
    func maskedNumbers(markdown: String, html: String) {
        #expect(renderer.render(markdown).html == html)
    }

    /// A malformed-input review (forty-eighth session): a paragraph wrapped between Chinese characters showed
    /// a space mid-word (`丢 失`) in Chrome, Safari and WeChat; lines written as a list without Markdown's
    /// marks (`1、…`, `•…`, `（3）…`) or as a form (`Date: …`) ran together as one line.
    @Test("a line break between Chinese characters is no space; lines of a list or a form keep their breaks", arguments: [
        ("快递客服称包裹丢\n失，要求共\n享屏幕。**重点**\n内容 and\nwords，共\n5000元", "<p>快递客服称包裹丢失，要求共享屏幕。<strong>重点</strong>内容 and\nwords，共\n5000元</p>\n"),
        ("诈骗手法有：\n1、冒充客服\n（2）诱导共享屏幕\n• 要求转账", "<p>诈骗手法有：<br />\n1、冒充客服<br />\n（2）诱导共享屏幕<br />\n• 要求转账</p>\n"),
        ("Date: 3 May\nVictim: a retiree\nLoss: 5,000 yuan", "<p>Date: 3 May<br />\nVictim: a retiree<br />\nLoss: 5,000 yuan</p>\n"),
        ("He lost money in\n2019. The police said: call\n110 now.", "<p>He lost money in\n2019. The police said: call\n110 now.</p>\n"),
        // A review of those (same session): a form's first line after the words that introduce it, prose that
        // starts a line with `一、二线` or one `（1）`, and Chinese lines inside bold.
        ("案情如下：\n时间：11月3日\n地点：武汉", "<p>案情如下：<br />\n时间：11月3日<br />\n地点：武汉</p>\n"),
        ("尤其在\n一、二线城市，请牢记\n①不轻信。\n\n分为\n（1）话务组。", "<p>尤其在一、二线城市，请牢记①不轻信。</p>\n<p>分为（1）话务组。</p>\n"),
        ("**凡是自称客服\n要求转账的**都是骗子", "<p><strong>凡是自称客服要求转账的</strong>都是骗子</p>\n"),
    ])
    func lineBreaks(markdown: String, html: String) {
        #expect(renderer.render(markdown).html == html)
    }
    @Test("Latin emphasis and literal asterisks are unchanged, and no zero-width space is left")
    func latinUnchanged() {
        #expect(renderer.render("A **bold** word and 138****5678.").html == "<p>A <strong>bold</strong> word and 138****5678.</p>\n")
        #expect(!renderer.render("**提醒：**注意").html.contains("\u{200B}"))
    }

    /// A malformed-input review (forty-first session): a scam text quoted in a code block showed `138\*\*\*\*5678`.
    @Test("masks in code spans and code blocks are printed as written, in the page and in its plain text; in text two masks stay masks")
    func masksInCode() {
        let output = renderer.render("Call `170****1234` now.\n\n```\nCall 138****5678 or mail z***@qq.com\n```\n\nBoth 138****5678 and 139****5678 called.")
        #expect(output.html.contains("<code>170****1234</code>"), "\(output.html)")
        #expect(output.html.contains("Call 138****5678 or mail z***@qq.com"), "\(output.html)")
        #expect(output.html.contains("<p>Both 138****5678 and 139****5678 called.</p>"), "\(output.html)")
        #expect(!output.html.contains("\\*") && !output.plainText.contains("\\*"), "\(output.plainText)")
        #expect(output.plainText.contains("Call 138****5678"))
    }
}

/// The byte-level `cjkEmphasis` and zero-width-space removal against a scalar-by-scalar reference
/// (the first implementation), on seeded random Markdown.
@Suite("Chinese emphasis on bytes")
struct CJKEmphasisBytesTests {
    static func reference(_ markdown: String) -> String {
        let scalars = markdown.unicodeScalars
        var output = String.UnicodeScalarView()
        var copied = scalars.startIndex
        var searchFrom = scalars.startIndex
        while let star = scalars[searchFrom...].firstIndex(of: "*") {
            var end = star
            while end < scalars.endIndex, scalars[end] == "*" { end = scalars.index(after: end) }
            let before: Unicode.Scalar = star > scalars.startIndex ? scalars[scalars.index(before: star)] : " "
            let after: Unicode.Scalar = end < scalars.endIndex ? scalars[end] : " "
            let ascii = "!\"'(),.:;?[]".unicodeScalars
            func han(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isIdeographic && scalar.value < 0xF900 && scalar.value >= 0x3400 }
            let following = String(scalars[end...])
            let preceding = String(scalars[..<star])
            let titled = ["先生", "女士", "小姐", "某", "同学", "老师", "阿姨", "叔叔", "大爷", "大妈", "大娘", "奶奶", "爷爷",
                          "老人", "师傅", "经理", "夫妇", "一家", "（化名", "(化名"].contains(where: following.hasPrefix)
            let named = ["受害人", "被害人", "事主", "当事人", "报案人", "嫌疑人", "市民", "居民", "村民", "网友", "网民", "学生",
                         "老人", "男子", "女子"].contains { person in
                [1, 2].contains { surname in
                    preceding.unicodeScalars.suffix(surname).allSatisfy(han)
                        && String(String.UnicodeScalarView(preceding.unicodeScalars.dropLast(surname))).hasSuffix(person)
                }
            }
            let count = scalars.distance(from: star, to: end)
            func digit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
            func alphanumeric(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && (scalar.properties.isAlphabetic || digit(scalar)) }
            let twoBefore = preceding.unicodeScalars.dropLast().last ?? " ", twoAfter = following.unicodeScalars.dropFirst().first ?? " "
            let digitBefore = digit(before) || (before == "-" && digit(twoBefore)), digitAfter = digit(after) || (after == "-" && digit(twoAfter))
            let masksNumber = count >= 2 && alphanumeric(before) && (alphanumeric(after) || after == "@") && (digit(before) || digit(after) || after == "@")
            let sign = count >= 2 ? digitBefore && (digitAfter || count >= 3) : digit(before) && digit(after)
            if masksNumber || sign || han(before) && (count == 1 ? han(after) : (han(after) || after == "（" || after == "(") && (titled || named)) {
                output.append(contentsOf: scalars[copied..<star])
                output.append(contentsOf: String(repeating: "\\*", count: count).unicodeScalars)
                copied = end
                searchFrom = end
                continue
            }
            let opens = "“‘「『【《〈（〔〖［｛([".unicodeScalars
            let closes = "。，、；：？！…”’」』】》〉）〕〗］｝．，：；？！.,:;?!)]".unicodeScalars
            let closing = !after.properties.isWhitespace && !Summary.isCJKPunctuation(after) && !ascii.contains(after) && !opens.contains(before)
                && (Summary.isCJKPunctuation(before) || (ascii.contains(before) && Tagger.isCJK(after)))
            let opening = !closing && !before.properties.isWhitespace && !Summary.isCJKPunctuation(before) && !closes.contains(after)
                && (Summary.isCJKPunctuation(after) || (ascii.contains(after) && Tagger.isCJK(before)))
            if closing || opening {
                output.append(contentsOf: scalars[copied..<star])
                if closing { output.append("\u{200B}") }
                output.append(contentsOf: scalars[star..<end])
                if opening { output.append("\u{200B}") }
                copied = end
            }
            searchFrom = end
        }
        output.append(contentsOf: scalars[copied...])
        return String(output)
    }

    @Test("same output as the scalar reference, and removal undoes insertion")
    func matchesReference() {
        let pieces = ["*", "**", "警方", "提醒：", "“", "双倍赔偿", "”", "。", " ", "a", "b", "\n", "é", "😀", "\u{200B}", "１", ":", "!", "\"", "先生", "受害人", "王", "（", "(", "7", "-", "24", "@"]
        var changed = 0
        for text in seededTexts(3000, of: 14, from: pieces, seed: 42) {
            let result = String(decoding: MarkdownRenderer.cjkEmphasis(Array(text.utf8)), as: UTF8.self)
            #expect(result == Self.reference(text), "\(text.debugDescription)")
            if result != text { changed += 1 }
            // A masking star between Chinese characters is escaped: `unescapedMasks` gives it back.
            let removed = MarkdownRenderer.unescapedMasks(MarkdownRenderer.withoutZeroWidthSpaces(result))
            #expect(removed == text.replacingOccurrences(of: "\u{200B}", with: ""), "\(text.debugDescription)")
        }
        #expect(changed > 100)
    }
}
