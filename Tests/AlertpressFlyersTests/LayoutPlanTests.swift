import Foundation
import Testing

@testable import AlertpressFlyers

@Suite struct LayoutPlanTests {
    @Test func theSampleFitsAtTheDesignSizeWithNothingDropped() throws {
        for (language, size) in [("en", 10.0), ("zh", 11.0)] {
            let plan = try FlyerRenderer.plan(sample(.a4, language, largePrint: false))
            #expect(plan.bodySize == size, "\(language)")
            #expect(plan.scale == size / 11)
            #expect(plan.kept == .init(steps: 3, redFlags: 4, dos: 3, donts: 3, hotlines: 2, recentCase: true))
            #expect(plan.shortened == [])
            #expect(plan.lineLimits == .normal)
            #expect(plan.doDontColumns == 2)
        }
    }

    @Test func theCaseLabelCarriesTheCaseDate() throws {
        var document = sample(.a4, "en", largePrint: false)
        document.recentCase?.date = "6 November 2024"
        let label = try FlyerRenderer.plan(document).texts.map(\.text).first { $0.hasPrefix(document.labels.recentCase) }
        #expect(label == document.labels.recentCase + " · 6 November 2024")
        document.recentCase?.date = nil
        let undated = try FlyerRenderer.plan(document).texts.map(\.text).first { $0.hasPrefix(document.labels.recentCase) }
        #expect(undated == document.labels.recentCase)
    }

    @Test func aLongItemIsPrintedWholeWhenThePageHasRoom() throws {
        var document = sample(.a4, "en", largePrint: false)
        let long = "Hang up, then call your bank on the number printed on the back of your card, ask them to freeze "
            + "the card and every linked account, and report the call to 110."
        document.dos = [long]
        document.donts = Array(document.donts.prefix(1))
        let plan = try FlyerRenderer.plan(document)
        let printed = try #require(plan.texts.first { $0.text.hasPrefix("Hang up") })
        #expect(printed.lineCount > LineLimits.normal.item, "long enough to need more than the usual three lines")
        #expect(!printed.shortened && printed.text == long)
        #expect(plan.shortened == [])
        #expect(plan.bodySize >= plan.baseBodySize - 1, "at most a point below the design size")
    }

    /// A reader acts on advice as printed: "call your bank at once to freeze the card, then…" drops what
    /// comes after. An item is printed in whole sentences, or left out; the headline too.
    @Test(arguments: allVariants)
    func adviceIsNeverCutInsideASentence(paper: Paper, language: String, largePrint: Bool) throws {
        var document = sample(paper, language, largePrint: largePrint)
        let long = language == "zh"
            ? "如果已经转账，请立即拨打银行客服电话冻结银行卡和所有关联账户，保留聊天记录、转账凭证和对方的联系方式，然后马上拨打110或96110报警，并在国家反诈中心App上举报。"
            : "If you have already paid, call your bank at once on the number printed on the back of your card to freeze the card and "
                + "every linked account, keep the chat records and transfer slips, and then report the call to 110 or 96110."
        document.dos[0] = long
        let plan = try FlyerRenderer.plan(document)
        let items = [document.headline] + document.steps + document.redFlags + document.dos + document.donts
        var printedItems = 0
        for element in plan.elements {
            guard case .text(let text, _) = element.shape else { continue }
            switch element.role {
            case .listBody, .paragraph(id: "headline"):
                printedItems += 1
                #expect(!text.text.hasSuffix("…"), "\(text.text)")
                let source = items.first { $0.hasPrefix(text.text) }
                #expect(source != nil, "printed text is the start of an item: \(text.text)")
                if let source, source != text.text {
                    let rest = source.dropFirst(text.text.count)
                    #expect(rest.first == " " || text.text.last.map { "。！？".contains($0) } == true, "cut at a sentence's end: \(text.text)")
                }
            default:
                break
            }
        }
        #expect(printedItems >= 1)
        if plan.kept.dos > 0 { #expect(plan.texts.contains { $0.text == long }, "the long item, when kept, is whole") }
    }

    @Test(arguments: allVariants)
    func everythingStaysInsideTheMargins(paper: Paper, language: String, largePrint: Bool) throws {
        for document in [sample(paper, language, largePrint: largePrint),
                         SampleFlyers.absurd(sample(paper, language, largePrint: largePrint))] {
            let plan = try FlyerRenderer.plan(document)
            #expect(plan.contentRect.x >= 12 * FlyerDesign.millimetre - 0.01)
            #expect(plan.contentRect.y >= 12 * FlyerDesign.millimetre - 0.01)
            for element in plan.elements {
                #expect(plan.contentRect.contains(element.bounds), "\(element.bounds) outside \(plan.contentRect)")
            }
            for text in plan.texts {
                #expect(text.lineCount <= text.maxLines)
            }
        }
    }

    @Test(arguments: allVariants)
    func absurdContentStillMakesOnePage(paper: Paper, language: String, largePrint: Bool) throws {
        let document = SampleFlyers.absurd(sample(paper, language, largePrint: largePrint))
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.bodySize == plan.minimumBodySize)
        #expect(plan.kept.redFlags < document.redFlags.count)
        #expect(plan.kept.recentCase == false)
        #expect(plan.kept.hotlines >= 1)
        #expect(plan.shortened.contains("headline"))
        let pdf = PDFBytes(try FlyerRenderer.render(document))
        #expect(pdf.pageCount == 1)
        #expect(pdf.mediaBoxes == [[0, 0, paper.width, paper.height]])
    }

    @Test(arguments: allVariants.filter(\.2))
    func largePrintNeverGoesBelowSixteenPoints(paper: Paper, language: String, largePrint: Bool) throws {
        for document in [sample(paper, language, largePrint: true),
                         SampleFlyers.absurd(sample(paper, language, largePrint: true))] {
            let plan = try FlyerRenderer.plan(document)
            #expect(plan.bodySize >= 16)
            #expect(plan.minimumTextSize >= 16)
        }
    }

    @Test(arguments: allVariants.filter { !$0.2 })
    func normalPrintNeverGoesBelowTenPointsOrNineOnA5(paper: Paper, language: String, largePrint: Bool) throws {
        let plan = try FlyerRenderer.plan(SampleFlyers.absurd(sample(paper, language, largePrint: false)))
        #expect(plan.minimumTextSize >= (paper == .a5 ? 9 : 10))
    }

    @Test func fontShrinksBeforeAnythingIsDropped() throws {
        var document = SampleFlyers.english()
        document.redFlags = Array(document.redFlags.prefix(1))
        let base = try FlyerRenderer.plan(document)
        #expect(base.bodySize > 10, "room to shrink")
        document.redFlags += [
            "Someone hurries you to act before you can think", "A stranger knows your order number",
            "The caller's number looks like the platform's but is not",
        ]
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.bodySize < base.bodySize)
        #expect(plan.bodySize >= 10)
        #expect(plan.kept.redFlags == 4)
        #expect(plan.kept.recentCase)
    }

    @Test func listsLoseItemsFromTheEndAndTheCaseGoesNext() throws {
        var document = SampleFlyers.english()
        document.redFlags = (1...40).map { "Red flag number \($0): a stranger asks for something unusual" }
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.bodySize == 10)
        #expect(plan.kept.redFlags >= 2 && plan.kept.redFlags < 40)
        // The first items stay, in order.
        let printed = plan.texts.map(\.text)
        let kept = printed.filter { $0.hasPrefix("Red flag number") }
        #expect(kept == Array(document.redFlags.prefix(plan.kept.redFlags)))
        // Do and don't were never longer than two items' worth of trouble: untouched.
        #expect(plan.kept.dos == 3 && plan.kept.donts == 3)
    }

    @Test func theCaseIsDroppedBeforeListsGoBelowTwo() throws {
        var document = SampleFlyers.english(.a5)
        let long = "A caller knew the order number, the parcel and the shop, and talked for an hour about compensation."
        document.redFlags = Array(repeating: long, count: 12)
        document.dos = Array(repeating: long, count: 12)
        document.donts = Array(repeating: long, count: 12)
        let plan = try FlyerRenderer.plan(document)
        if plan.kept.recentCase {
            #expect(plan.kept.redFlags >= 2 && plan.kept.dos >= 2 && plan.kept.donts >= 2)
        }
        #expect(plan.kept.redFlags < 12)
    }

    /// A browser review (thirty-eighth session): the English Double 11 flyer on A4 dropped the bulletin's
    /// real case to print a third red flag, do and don't. The case is shortened before it goes.
    @Test func theCaseIsShortenedBeforeItIsDropped() throws {
        var document = SampleFlyers.english(.a4)
        document.recentCase?.text += " She called the police the next morning, after her bank said the money had gone to an account in another province."
        let plan = try #require(try Self.planWithTheCaseShortened(document), "no length of items printed the case shortened")
        let story = plan.texts.filter { document.recentCase?.text.hasPrefix($0.text.prefix(20)) == true }
        #expect(story.count == 1 && story.first?.maxLines == 2 && story.first?.lineCount ?? 3 <= 2)
        #expect(plan.kept.redFlags >= 2 && plan.kept.dos >= 2 && plan.kept.donts >= 2)
    }

    /// A browser review (forty-second session): the English Double 11 A4 flyer printed the case's story
    /// as "…then watched her codes through screen…". Shortened, a story keeps whole sentences; when not
    /// even its first fits, the case keeps its title, which tells it too.
    @Test func theCaseStoryIsNeverCutInsideASentence() throws {
        var document = SampleFlyers.english(.a4)
        document.recentCase?.text = "Two days before Double 11, a caller posing as logistics customer service told a Wuhan shopper that her "
            + "parcel was lost in transit and offered triple compensation, then watched her codes through screen sharing and took 7,900 yuan. "
            + "She called the police the next morning."
        let plan = try #require(try Self.planWithTheCaseShortened(document), "no length of items printed the case shortened")
        let story = plan.texts.filter { $0.text.hasPrefix("Two days before") }
        #expect(story.allSatisfy { !$0.text.hasSuffix("…") }, "\(story.map(\.text))")
        #expect(plan.texts.contains { $0.text == document.recentCase?.title })
    }

    /// The plan of `document` with its items grown a few words at a time, until its case is printed
    /// shortened (its title on one line, or its story cut) beside two of each: nil if never.
    static func planWithTheCaseShortened(_ document: FlyerDocument) throws -> FlyerLayoutPlan? {
        var document = document
        let sentence = "A caller knew the order number, the parcel and the shop."
        for words in stride(from: 0, through: 40, by: 2) {
            let item = sentence + String(repeating: " more", count: words)
            document.redFlags = Array(repeating: item, count: 3)
            document.dos = Array(repeating: item, count: 3)
            document.donts = Array(repeating: item, count: 3)
            let plan = try FlyerRenderer.plan(document)
            let story = document.recentCase?.text ?? ""
            let shortened = plan.texts.first(where: { $0.text == document.recentCase?.title })?.maxLines == 1
                || plan.texts.contains { !story.isEmpty && story.hasPrefix($0.text.prefix(20)) && $0.shortened }
            if plan.kept.recentCase, shortened { return plan }
        }
        return nil
    }

    @Test func largePrintDropsContentInsteadOfShrinking() throws {
        let normal = try FlyerRenderer.plan(SampleFlyers.english(.a4))
        let large = try FlyerRenderer.plan(SampleFlyers.english(.a4, largePrint: true))
        #expect(large.bodySize == 16)
        #expect(large.kept.recentCase == false)
        #expect(large.kept.redFlags + large.kept.dos + large.kept.donts + large.kept.steps
                < normal.kept.redFlags + normal.kept.dos + normal.kept.donts + normal.kept.steps)
    }

    /// Reviews of the built flyers (thirty-third and thirty-fourth sessions): the A5 large-print flyer
    /// printed no advice at all above a blank band, its first don't being too long for the room left.
    @Test func aSmallLargePrintPageWithRoomForNoAdviceInOrderPrintsTheFirstDontThatFits() throws {
        var document = SampleFlyers.english(.a5, largePrint: true)
        document.headline = "Real customer service never asks for your SMS code, your screen or a transfer"
        // The first in priority whose first sentence (which alone need fit) does: not the shortest whole.
        document.donts = ["Never tell anyone the verification code from a text message, not even someone who says they are the bank, the police or the platform.",
                          "Never share your screen. Not in a meeting app, not in any other app. Not with anyone who calls you, whatever they say they are.",
                          "Never pay a fee to get a refund or a prize, whoever asks."]
        document.dos = ["Hang up and call the official number printed on the back of your bank card, or the platform's customer service inside its own app."]
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.kept.donts == 1 && plan.kept.dos == 0, "\(plan.kept)")
        #expect(plan.texts.contains { $0.text == "Never share your screen." }, "\(plan.texts.map(\.text))")
        #expect(try !FlyerRenderer.layout(document).noAdvice)
        // Of those that fit alone, the first in priority, not the shortest (a reader's review, fifty-seventh session).
        document.donts = [document.donts[0], "Never share your screen with a stranger.", "Never pay fees."]
        let first = try FlyerRenderer.plan(document)
        #expect(first.texts.contains { $0.text == "Never share your screen with a stranger." }, "\(first.texts.map(\.text))")
        // With no sentence short enough, the flyer says it prints no advice (the build warns).
        document.donts = [document.donts[0]]
        document.dos = []
        let none = try FlyerRenderer.layout(document)
        #expect(none.noAdvice)
    }

    @Test func narrowPaperInLargePrintStacksDoAndDont() throws {
        var document = SampleFlyers.english(.a5, largePrint: true)
        document.headline = "Never share SMS codes"
        document.steps = []
        document.redFlags = []
        document.dos = ["Hang up"]
        document.donts = ["Don't click links"]
        document.recentCase = nil
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.doDontColumns == 1)
        #expect(try FlyerRenderer.plan(SampleFlyers.english(.a4)).doDontColumns == 2)
    }

    @Test("four short hotlines fit every paper and print size, in rows of up to three, with smaller numbers if need be", arguments: [
        (Paper.a4, false), (.a4, true), (.a5, false), (.a5, true), (.letter, false), (.letter, true),
    ])
    func fourHotlinesFit(_ paper: Paper, _ largePrint: Bool) throws {
        for var document in [SampleFlyers.english(paper, largePrint: largePrint), SampleFlyers.chinese(paper, largePrint: largePrint)] {
            document.hotlines = [("Police", "110"), ("Anti-fraud", "96110"), ("Consumers", "12315"), ("Spam SMS", "12321")]
                .map { FlyerHotline(label: $0.0, number: $0.1) }
            let flyer = try FlyerRenderer.make(document)
            #expect(flyer.hotlinesLeftOut == [], "\(paper) large print \(largePrint) \(document.language)")
            #expect(try FlyerRenderer.plan(document).kept.hotlines == 4)
        }
    }

    @Test func tooManyHotlinesAreDroppedFromTheEnd() throws {
        var document = SampleFlyers.english(.a5, largePrint: true)
        document.hotlines = (1...12).map { FlyerHotline(label: "Line \($0)", number: "9611\($0)") }
        let plan = try FlyerRenderer.plan(document)
        #expect(plan.kept.hotlines >= 1 && plan.kept.hotlines < 12)
        let numbers = plan.texts.map(\.text).filter { $0.hasPrefix("9611") }
        #expect(numbers == document.hotlines.prefix(plan.kept.hotlines).map(\.number))
        #expect(plan.hotlinesLeftOut == document.hotlines.dropFirst(plan.kept.hotlines).map(\.number))
        #expect(try FlyerRenderer.make(document).hotlinesLeftOut == plan.hotlinesLeftOut, "the build warns about the numbers left out")
    }

    @Test("a long hotline number is printed whole or left out with a warning, never cut, on every paper and print size", arguments: [
        (Paper.a4, false), (.a4, true), (.a5, false), (.a5, true), (.letter, false), (.letter, true),
    ])
    func longNumbersAreNeverCut(_ paper: Paper, _ largePrint: Bool) throws {
        for var document in [SampleFlyers.english(paper, largePrint: largePrint), SampleFlyers.chinese(paper, largePrint: largePrint)] {
            document.hotlines += [FlyerHotline(label: "Riverside Anti-Fraud Centre (24 h)", number: "0571-8765 4321"),
                                  FlyerHotline(label: "Bank", number: "+86 400 820 8888 ext. 3")]
            let plan = try FlyerRenderer.plan(document)
            let numbers = plan.texts.map(\.text).filter { text in document.hotlines.contains { $0.number == text } }
            #expect(numbers == document.hotlines.map(\.number).filter { !plan.hotlinesLeftOut.contains($0) },
                    "\(paper) large print \(largePrint) \(document.language): printed \(numbers)")
            #expect(numbers.count == plan.kept.hotlines)
            #expect(!plan.shortened.contains { $0.hasSuffix(".number") }, "\(plan.shortened)")
            #expect(try FlyerRenderer.make(document).hotlinesLeftOut == plan.hotlinesLeftOut)
            if paper != .a5 || !largePrint { #expect(plan.kept.hotlines >= 3, "\(paper) large print \(largePrint)") }
        }
    }

    /// A standards review (thirtieth session): emoji and rare Han characters (𠀀) printed as blank
    /// gaps, and nothing said so.
    @Test("characters no installed font has are named, once each; a flyer of ordinary text has none")
    func unprintableCharacters() throws {
        for var document in [SampleFlyers.english(.a4), SampleFlyers.chinese(.a4)] {
            #expect(try FlyerRenderer.plan(document).unprintable == [], "\(document.language)")
            document.headline = "🚨 " + document.headline + " 𠀀 🚨"
            document.title += " 💸"
            let plan = try FlyerRenderer.plan(document)
            #expect(Set(plan.unprintable) == ["🚨", "𠀀", "💸"], "\(plan.unprintable)")
            #expect(plan.unprintable.count == 3)
            #expect(try FlyerRenderer.make(document).unprintable == plan.unprintable)
            #expect(try FlyerRenderer.layout(document).unprintable == plan.unprintable, "check says what a build says")
        }
    }

    /// A review (thirtieth session): a 760-character headline was printed cut short with "…", unwarned.
    @Test("a title, headline or hotline label printed cut short is named (for the build's warning); a flyer of ordinary length cuts none")
    func cutWords() throws {
        for document in [SampleFlyers.english(.a5, largePrint: true), SampleFlyers.chinese(.a4)] {
            #expect(try FlyerRenderer.plan(document).cutWords == [], "\(document.language)")
            let plan = try FlyerRenderer.plan(SampleFlyers.absurd(document))
            // The absurd flyer's thirty hotlines have labels of a paragraph each.
            #expect(plan.cutWords == ["title", "headline", "hotline labels"], "\(plan.shortened)")
            #expect(try FlyerRenderer.layout(SampleFlyers.absurd(document)).cut == ["title", "headline", "hotline labels"])
        }
    }

    @Test("a number too long for any line is left out alone: the hotlines after it are still printed", arguments: [
        (Paper.a4, false), (.a5, false), (.a5, true), (.letter, true),
    ])
    func anUnprintableNumberTakesNoOtherWithIt(_ paper: Paper, _ largePrint: Bool) throws {
        for var document in [SampleFlyers.english(paper, largePrint: largePrint), SampleFlyers.chinese(paper, largePrint: largePrint)] {
            let long = "+86 571 8765 4321 then press 1, then 2, then 3 for the duty officer"
            document.hotlines = [FlyerHotline(label: "Police", number: "110"),
                                 FlyerHotline(label: "Desk", number: long),
                                 FlyerHotline(label: "Anti-fraud", number: "96110")]
            let plan = try FlyerRenderer.plan(document)
            let printed = plan.texts.map(\.text).filter { text in document.hotlines.contains { $0.number == text } }
            #expect(printed == ["110", "96110"], "\(paper) large print \(largePrint) \(document.language)")
            #expect(plan.hotlinesLeftOut == [long])
            #expect(try FlyerRenderer.make(document).hotlinesLeftOut == [long])
        }
    }
}

@Suite struct ShorteningTests {
    let metadata = PDFMetadata(title: "t", author: "a", creator: "alertpress", date: "2024-11-06T00:00:00Z")
    let style = TextStyle(size: 10, bold: false, color: Palette.ink)

    func page(_ language: String) throws -> PDFPage {
        try PDFPage(
            width: 300, height: 300, language: language, fontFamily: "Noto Sans CJK SC",
            fontFeatures: FlyerContent.isCJK(language) ? nil : "pwid,palt", metadata: metadata)
    }

    @Test func latinIsCutAtAWordBoundary() throws {
        try FlyerRenderer.exclusively {
            let text = String(repeating: "Scammers impersonate couriers and customer service representatives, ", count: 20)
            let set = try page("en").typeset(text, style: style, width: 200, maxLines: 2)
            #expect(set.shortened)
            #expect(set.lineCount <= 2)
            #expect(set.text.hasSuffix("…"))
            let kept = String(set.text.dropLast())
            #expect(text.hasPrefix(kept))
            // The next character of the original is a space or punctuation: no word was cut.
            let next = text[text.index(text.startIndex, offsetBy: kept.count)]
            #expect(next == " " || next == ",", "cut inside a word: \(kept)|\(next)")
        }
    }

    @Test func chineseIsCutAtACharacterBoundary() throws {
        try FlyerRenderer.exclusively {
            let text = String(repeating: "骗子冒充快递客服，以理赔为名骗取银行卡信息和短信验证码，", count: 20)
            let set = try page("zh").typeset(text, style: style, width: 200, maxLines: 2)
            #expect(set.shortened)
            #expect(set.lineCount <= 2)
            #expect(set.text.hasSuffix("…"))
            let kept = String(set.text.dropLast())
            #expect(text.hasPrefix(kept))
            #expect(kept.count > 20)
        }
    }

    @Test("a paragraph too long for its lines keeps its whole first sentences, with no ellipsis")
    func wholeSentencesFirst() throws {
        try FlyerRenderer.exclusively {
            let english = "Invest only through licensed banks and brokers. \"Teachers\", insider tips and guaranteed high returns in "
                + "chat groups are the hallmarks of a scam, and nobody should ever send money to a platform a stranger recommends."
            let set = try page("en").typeset(english, style: style, width: 200, maxLines: 3)
            #expect(set.shortened && set.lineCount <= 3)
            #expect(set.text == "Invest only through licensed banks and brokers.", "\(set.text)")
            let chinese = "只通过持牌机构投资。所谓“老师”荐股、内幕消息和保证高收益，都是诈骗的典型特征，陌生人推荐的任何平台都不要转账，也不要下载对方发来的软件。"
            let cut = try page("zh").typeset(chinese, style: style, width: 120, maxLines: 3)
            #expect(cut.text == "只通过持牌机构投资。", "\(cut.text)")
            // "e.g." and a closing quote: a sentence ends after the quote, not inside "e.g. a".
            #expect(PDFPage.sentenceEnds(Array("He said, e.g. a code. “Stop.” Then more".unicodeScalars), upTo: 100) == [29, 21])
            #expect(PDFPage.sentenceEnds(Array("先挂断。“别转账！”再报警".unicodeScalars), upTo: 100) == [10, 4])
        }
    }

    /// A review of the Chinese flyers (forty-first session): "信。" and "金。" stood alone under full lines.
    @Test("a Chinese paragraph's last line is never one character alone, when an em narrower keeps its line count")
    func noOrphanCharacter() throws {
        try FlyerRenderer.exclusively {
            // Ten characters a line at 10 pt in 100.5 pt: 21 characters and "。" end on "骗。" alone.
            let text = String(repeating: "防", count: 20) + "骗。"
            let page = try page("zh")
            let plain = try #require(PDFPage.isOrphan(text, lineStart: 60) ? text : nil, "the fixture is no orphan")
            let set = page.typeset(plain, style: style, width: 100.5, maxLines: 5)
            #expect(set.lineCount == 3 && !set.shortened && set.text == text)
            #expect(set.width < 100.5, "wrapped at the full width: the last line is \"骗。\" alone")
            // Latin text, and a last line of two characters or of digits, are left as they are.
            #expect(page.typeset(String(repeating: "防", count: 20) + "骗子。", style: style, width: 100.5, maxLines: 5).width == 100.5)
            #expect(!PDFPage.isOrphan("拨打110", lineStart: 6) && !PDFPage.isOrphan("a\nb", lineStart: 2))
            #expect(PDFPage.isOrphan("可信。", lineStart: 3) && PDFPage.isOrphan("可“信”。", lineStart: 3))
            #expect(!PDFPage.isOrphan("可信。", lineStart: 0) && !PDFPage.isOrphan("可信。", lineStart: nil))
        }
    }

    @Test func textThatFitsIsLeftAlone() throws {
        try FlyerRenderer.exclusively {
            let set = try page("en").typeset("Hang up and call 110.", style: style, width: 200, maxLines: 1)
            #expect(!set.shortened)
            #expect(set.text == "Hang up and call 110.")
            #expect(set.lineCount == 1)
        }
    }

    @Test func oneUnbreakableRunFallsBackToPangosEllipsis() throws {
        try FlyerRenderer.exclusively {
            let text = String(repeating: "x", count: 500)
            let set = try page("en").typeset(text, style: style, width: 100, maxLines: 2)
            #expect(set.shortened)
            #expect(set.lineCount <= 2)
        }
    }
}
