import Foundation
import Testing
@testable import AlertpressCore

/// How the tagger reads a case as people write it: advice to readers, full-width letters,
/// quotation marks, Traditional characters, and cues that overlap in the text.
@Suite("Tagger text handling")
struct TaggerTextTests {
    static let code = term("verification-code", [("verification code", 3), ("code", 1), ("验证码", 3), ("安全账户", 3)], kind: .tactic)
    static let app = term("remote-app", [("APP", 1), ("QQ群", 3), ("download", 2)], kind: .tactic)

    static func score(_ lines: [String], _ term: Term) -> Int? {
        Tagger(numbered(lines)).scores(Tagger.Cues([term]), tactics: term.kind == .tactic).first?.score
    }

    @Test("advice to readers tags nothing by itself", arguments: [
        ["The bank will never ask you for a verification code."],
        ["Never give anyone a verification code."],
        ["Police advice: keep every verification code to yourself."],
        ["A neighbour lost nothing.", "", "## What police say", "", "A verification code is yours alone."],
        ["公安机关不会通过电话索要验证码。"],
        ["警方提醒广大市民：任何人索要验证码都不要给。"],
        ["切勿向他人透露验证码。"],
    ])
    func adviceAlone(lines: [String]) {
        #expect(Self.score(lines, Self.code) == nil, "\(lines)")
    }

    @Test("advice adds to what the case itself tells, once that is half the evidence needed; quoted words are the case's")
    func adviceAddsToNarrative() throws {
        // The story has "code" and "phone" (1 each): 2 of the 3 needed; the closing advice has the strong cue.
        let code = term("verification-code", [("verification code", 3), ("code", 1), ("phone", 1)], kind: .tactic)
        let lines = ["He read out the code from his phone.", "", "Police advice: never share a verification code."]
        #expect(Self.score(lines, code) == 1 + 1 + 3)
        // The advice counts, but the red flags quoted for the case are the story's.
        let quoted = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([code])).first?.evidence)
        #expect(quoted.map(\.phrase) == ["code", "phone"], "\(quoted)")
        // One weak word in the story (1 of 3) does not let the advice's cues in.
        let weak = ["He scanned a QR code to pay.", "", "## How to protect yourself", "", "- Never read out a verification code."]
        #expect(Self.score(weak, Self.code) == 1)
        // A scammer's words in quotes are part of the story, even when they sound like advice.
        #expect(Self.score(["The caller said: \"Never tell your bank, just read me the verification code.\""], Self.code) == 3)
        #expect(Self.score(["对方说：“千万不要告诉家人，把验证码发给我。”"], Self.code) == 3)
        // A paragraph after the advice section's heading of the same level is the story again.
        let sections = ["## 警方提醒", "不要透露验证码。", "## 后续", "他又收到一条验证码。"]
        let evidence = try #require(Tagger(numbered(sections)).scores(Tagger.Cues([Self.code])).first?.evidence)
        #expect(evidence.map(\.line) == [4], "the story's mention, not the advice's: \(evidence)")
    }

    @Test("advice never completes a scam type: a closing list of other scams is no evidence of them")
    func adviceDoesNotCompleteTypes() {
        let courier = term("fake-courier-compensation", [("tracking number", 2), ("courier customer service", 3)])
        let story = ["The seller sent a tracking number that did not exist, then blocked her.", "",
                     "Police advice: fake courier customer service calls are common this season."]
        #expect(Self.score(story, courier) == 2, "the story's 2 of 3; the advice's cue is not added")
        let tactic = term("courier-tactic", [("tracking number", 2), ("courier customer service", 3)], kind: .tactic)
        #expect(Self.score(story, tactic) == 2 + 3, "a tactic the story half shows is completed")
    }

    @Test("a closing list of scams to look out for, an editor's note and advice for a call to come are advice", arguments: [
        ["He paid the deposit.", "", "**Also watch for:** fake customer service asking for a verification code."],
        ["He paid the deposit.", "", "Watch out for callers who want a verification code."],
        ["He paid the deposit.", "", "Other common scams this season: anyone asking for a verification code."],
        ["他交了押金。", "", "编者按：凡是索要验证码的都要警惕。"],
        ["He paid the deposit.", "If anyone calls and asks for a verification code, hang up."],
        ["He paid the deposit.", "If you are asked for a verification code, hang up."],
    ])
    func moreAdviceOpenings(lines: [String]) {
        #expect(Self.score(lines, Self.code) == nil, "\(lines)")
    }

    @Test("a label alone on its line heads the paragraphs after it as advice, up to the next heading", arguments: [
        ["他接到一个电话。", "", "**警方提醒：**", "", "1. 公安机关不会索要验证码。", "2. 不要向安全账户转账。"],
        ["He got a call.", "", "Police advice:", "", "- Never give anyone a verification code.", "- A verification code is yours alone."],
        ["他接到一个电话。", "", "【防骗提示】：", "", "验证码不要给任何人。"],
        // Set apart in bold or brackets, without a colon (a blind review, thirty-third session).
        ["他接到一个电话。", "", "【警方提示】", "", "1. 任何人索要验证码都是诈骗。", "2. 近期还有人被骗说出验证码。"],
        ["He got a call.", "", "**Police advice**", "", "Scamwatch is also receiving reports of callers asking for a verification code."],
        ["He got a call.", "", "**What the police say**", "", "Callers asking for a verification code are scammers."],
        ["他接到一个电话。", "", "【小编说两句】", "", "近期还有骗子索要验证码。"],
        ["市民来电反映收到短信。", "", "处理意见：", "已转公安局反诈中心核查验证码短信。"],
    ])
    func labelHeadsList(lines: [String]) {
        #expect(Self.score(lines, Self.code) == nil, "\(lines)")
    }

    @Test("a short line that opens advice heads a section only when set apart in bold or brackets: a plain one is a title or a sentence")
    func plainLineHeadsNothing() throws {
        let lines = ["警方提醒 谨防冒充客服", "", "她把验证码告诉了对方。"]
        let evidence = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([Self.code])).first?.evidence)
        #expect(evidence.map(\.line) == [3], "\(evidence)")
        #expect(AdviceText.isLabel("【警方提示】") && AdviceText.isLabel("**Police advice**") && !AdviceText.isLabel("警方提醒 谨防冒充客服"))
        #expect(!AdviceText.isLabel("**警方提醒广大市民，近期冒充客服的诈骗高发。**"))
    }

    /// A blind batch (thirty-ninth session): a Hong Kong release opening with its bold headline
    /// "**警方呼吁市民提防…骗案**" was all advice, and took no tag.
    @Test("a bold line that opens advice before any of the story is the case's headline, not a section's label")
    func boldHeadlineHeadsNothing() throws {
        let lines = ["**警方呼吁市民提防假冒“股票导师”骗案**", "", "她把验证码告诉了对方。"]
        let evidence = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([Self.code])).first?.evidence)
        #expect(evidence.map(\.line) == [3], "\(evidence)")
        #expect(Self.score(["**Police advice**", "", "Never give anyone a verification code."], Self.code) == nil, "a label heads advice that says so")
    }

    /// The forty-second session's blind batches: "# 消协提醒：“快递丢件理赔”扫码…竟被要求…" headed the
    /// whole story as an advice section, and the case took no tactic.
    @Test("a first-level heading that opens advice but is longer than a label is the story's headline; a label heading still heads advice")
    func headingHeadline() throws {
        let story = ["她把验证码告诉了对方。"]
        let headline = ["# 消协提醒：“快递丢件理赔”扫码填信息 竟被要求开通借呗", ""] + story
        let evidence = try #require(Tagger(numbered(headline)).scores(Tagger.Cues([Self.code])).first?.evidence)
        #expect(evidence.map(\.line) == [3], "\(evidence)")
        #expect(Self.score(["# 【警方提醒】演唱会门票“捡漏”？女大学生钱票两空", ""] + story, Self.code) != nil)
        #expect(Self.score(["# 警方提醒", ""] + story, Self.code) == nil)
        #expect(Self.score(["## 消协提醒：“快递丢件理赔”扫码填信息 竟被要求开通借呗", ""] + story, Self.code) == nil, "a lower heading is a section's")
    }

    /// The same batch: "this was not a romance scam" and 这起案件并不是刷单返利 tagged the type they deny.
    @Test("a scam type's cue right after a negation does not count; elsewhere it does")
    func negatedTypeCues() {
        let romance = term("online-romance", [("romance scam", 3), ("online relationship", 3), ("刷单返利", 3), ("冒充公检法", 3)])
        #expect(Self.score(["This was not a romance scam: there was no online relationship."], romance) == nil)
        #expect(Self.score(["这起案件并不是刷单返利，也没有人冒充公检法。"], romance) == nil)
        #expect(Self.score(["It was a romance scam that began as an online relationship."], romance) == 6)
        #expect(Self.score(["骗子冒充公检法，而不是刷单返利。"], romance) == 3, "冒充公检法 is told; the 不是 reaches only what follows it")
        // The fortieth session's batch: "had no personal or romantic relationship" (a type named beside another it was not either).
        let relationship = term("online-romance", [("romantic relationship", 3)])
        #expect(Self.score(["He had no personal or romantic relationship with the suspects."], relationship) == nil)
        #expect(Self.score(["It was not a business or romantic relationship."], relationship) == nil)
        #expect(Self.score(["She had no money, or romantic relationship to lose."], relationship) == 3, "a comma ends what the negation reaches")
        #expect(Self.score(["He had no job or hobbies, and a romantic relationship began online."], relationship) == 3)
    }

    @Test("after a label's advice, the next heading starts the story again")
    func labelEndsAtHeading() throws {
        let lines = ["警方提醒：", "", "不要透露验证码。", "", "## 案件进展", "", "他又收到一条验证码并告诉了对方。"]
        let evidence = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([Self.code])).first?.evidence)
        #expect(evidence.map(\.line) == [7], "\(evidence)")
    }

    /// A blind review (thirty-sixth session): a bank's app launch listed what it "will never" ask,
    /// and each item tagged a tactic.
    @Test("a label that states a rule heads the list after it as advice, up to the list's end")
    func ruleLabelHeadsList() throws {
        #expect(Self.score(["The bank is launching an app.", "", "**The bank will never:**", "", "- ask you for a verification code;",
                            "  or a code of any kind", "- ask you to move money."], Self.code) == nil)
        #expect(Self.score(["银行上线新版App。", "", "本行不会要求您：", "- 提供验证码；", "- 向安全账户转账。"], Self.code) == nil)
        // After the list the story goes on; a label that states no rule heads nothing.
        let lines = ["The bank will never:", "- ask for a verification code.", "", "She read out the verification code anyway.",
                     "", "The caller asked her:", "- for the verification code."]
        let evidence = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([Self.code]), tactics: true).first?.evidence)
        #expect(evidence.map(\.line) == [4, 7], "\(evidence)")
        // A heading ends the list, and so does a list of another kind after a blank line (a review of the diff).
        // A nested item of another kind does not change the list's own marker.
        #expect(Self.score(["The bank will never:", "", "1. ask for a verification code", "   - not even by text", "",
                            "2. ask you to move money"], Self.code) == nil)
        for story in [["## What happened", "- She read out the verification code."], ["", "1. She read out the verification code."]] {
            let lines = ["The bank will never:", "- ask for a code."] + story
            #expect((Self.score(lines, Self.code) ?? 0) >= 3, "\(lines)")
        }
    }

    @Test("full-width letters, quotation marks inside a cue, and Traditional characters match")
    func writtenForms() throws {
        let wide = try #require(Tagger(numbered(["她被拉进ＱＱ群，下载了ＡＰＰ。"])).scores(Tagger.Cues([Self.app])).first)
        #expect(wide.score == 3 + 1)
        #expect(wide.evidence.map(\.phrase).sorted() == ["ＡＰＰ", "ＱＱ群"], "evidence as written")
        #expect(Self.score(["Enter the ｖｅｒｉｆｉｃａｔｉｏｎ ｃｏｄｅ now."], Self.code) == 3)
        #expect(Self.score(["钱被转入“安全账户”。"], Self.code) == 3)
        #expect(Self.score(["對方要求提供驗證碼。"], Self.code) == 3)
    }

    @Test("a cue takes a quotation whole or after a leading word, never its first words alone", arguments: [
        ("An online \"loan officer\" explained the fee.", nil),
        ("An online “loan officer” explained the fee.", nil),
        ("She was told to take online \"loans\" to pay.", 2),
        ("He took online “loans” to pay.", 2),
        ("He sent a link to a \"loan application\" page.", 2),
        ("He sent a link to the company's \"loan centre\".", 2),
        ("They offered online loans.", 2),
    ] as [(String, Int?)])
    func quotations(line: String, score: Int?) {
        let loans = term("borrow", [("online loans", 2), ("link to a loan", 2), ("link to the company's loan", 2)], kind: .tactic)
        #expect(Self.score([line], loans) == score, "\(line)")
    }

    @Test("clause ends are the ASCII and full-width , . ; ! ? : and 。, no other character")
    func clauseEnds() {
        let ends = Set("，。；！？：,.;!?:".unicodeScalars)
        let wrong = (UInt32(0)...0xFFFF).compactMap(Unicode.Scalar.init).filter { Tagger.endsClause($0) != ends.contains($0) }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test("advice openings and rules are read in Traditional characters too, as ICU writes them")
    func traditionalAdvice() {
        let lists = AdviceText.chineseOpeningPhrases + AdviceText.chineseLeadPhrases + AdviceText.chineseAdviserPhrases
            + AdviceText.chineseAdviceVerbPhrases + AdviceText.chineseRulePhrases
        let icu = Tagger.traditional(lists) ?? []
        #expect(icu.count == lists.count)
        for (phrase, traditional) in zip(lists, icu) {
            #expect(AdviceText.withTraditional(phrase).last == traditional, "\(phrase)")
        }
        #expect(AdviceText.opensAdvice("反詐中心再次提醒廣大市民：接到自稱客服的電話要核實。"[...]))
        #expect(AdviceText.opensAdvice("編者按：本文當事人均為化名。"[...]))
        // Consumer councils and Taiwan's 165 line give advice too (thirty-fourth session).
        #expect(AdviceText.opensAdvice("消委會提醒市民：切勿向陌生人透露驗證碼。"[...]))
        #expect(AdviceText.opensAdvice("165提醒您：假冒客服要求解除分期付款都是詐騙。"[...]))
        #expect(AdviceText.opensAdvice("反詐騙中心呼籲民眾：接到可疑電話請撥165查證。"[...]))
        #expect(Self.score(["對此，警方提醒：凡是索要驗證碼的都是詐騙。"], Self.code) == nil)
        #expect(Self.score(["執法機關絕不會透過電話索要驗證碼。"], Self.code) == nil)
        #expect(Self.score(["對方在電話中索要驗證碼。"], Self.code) == 3)
    }

    @Test("Taiwan and Hong Kong wording matches a Simplified cue: 轉帳, 帳戶, 戶口, 簡訊")
    func regionalForms() {
        #expect(Tagger.regionalForms("安全賬戶") == ["安全賬戶", "安全帳戶", "安全戶口"])
        #expect(Tagger.regionalForms("短信驗證碼") == ["短信驗證碼", "簡訊驗證碼", "短訊驗證碼"])
        #expect(Tagger.regionalForms("驗證碼") == ["驗證碼"])
        let transfer = term("transfer", [("转账", 1), ("安全账户", 3), ("短信", 1)], kind: .tactic)
        #expect(Self.score(["要求她把存款轉帳至指定的「安全戶口」。"], transfer) == 4)
        #expect(Self.score(["實際上是把錢轉到對方指定的安全帳戶。"], transfer) == 3)
        #expect(Self.score(["他唸出了簡訊裡的數字。"], transfer) == 1)
        #expect(Self.score(["他把户口本放在家里。"], transfer) == nil, "a Simplified 户口 is household registration")
    }

    @Test("overlapping cues count once, the heaviest; the lighter one still counts elsewhere")
    func overlaps() {
        let courier = term("courier", [("parcel", 1), ("lost parcel", 3), ("borrowing", 2), ("borrowed", 1)])
        #expect(Self.score(["The lost parcel was found."], courier) == 3)
        #expect(Self.score(["The lost parcel was found.", "Another parcel came."], courier) == 3 + 1)
        // borrowing and borrowed are the same word once stemmed: one cue, the first listing's weight.
        #expect(Self.score(["She borrowed money."], courier) == 2)
    }

    @Test("plurals that are words of their own are kept whole: goods is not good, news not new")
    func keptWhole() {
        let shopping = term("fake-shopping", [("goods", 3), ("new account", 3)])
        #expect(Self.score(["The seller had good reviews."], shopping) == nil)
        #expect(Self.score(["The goods never came."], shopping) == 3)
        #expect(Self.score(["The news account said so."], shopping) == nil)
        #expect(Self.score(["She opened a new account."], shopping) == 3)
    }

    @Test("a Latin word inside a Chinese cue is not a second cue there; elsewhere it counts")
    func latinInsideChinese() throws {
        let app = term("remote-app", [("办案App", 3), ("App", 1), ("QQ", 1), ("QQ群", 3)], kind: .tactic)
        let inside = try #require(Tagger(numbered(["对方让他下载办案App，又拉他进QQ群。"])).scores(Tagger.Cues([app])).first)
        #expect(inside.score == 3 + 3, "\(inside.evidence)")
        #expect(inside.evidence.map(\.phrase) == ["QQ群", "办案App"])
        #expect(Self.score(["对方让他下载办案App。", "后来他又装了另一个App。"], app) == 3 + 1)
        #expect(Self.score(["他用QQ聊天，后来进了QQ群。"], app) == 1 + 3)
        #expect(Self.score(["The ＱＱ group and the app."], app) == 1 + 1, "full-width Latin is a word too")
    }

    @Test("a gap is a run of `…` or of three dots: the Chinese ellipsis (……) is one gap, a trailing one none, a dot in a domain no gap")
    func gapRuns() {
        #expect(Tagger.Needle.parts(of: "向……借钱") == ["向", "借钱"])
        #expect(Tagger.Needle.parts(of: "borrowed ... from") == ["borrowed", "from"])
        #expect(Tagger.Needle.parts(of: "稍等……") == ["稍等"])
        #expect(Tagger.Needle.parts(of: "taobao.com refund") == ["taobao.com refund"])
        #expect(Tagger.Needle.parts(of: "a … b … c").count == 3)
    }

    /// A browser review (thirty-eighth session): red flags read "download a", "borrow on".
    @Test("a cue that ends in an article, a pronoun or a preposition is quoted with the words it leads to, within its sentence")
    func quotedOnToItsNoun() throws {
        let app = term("app", [("download a", 3), ("borrow on", 3), ("asked for", 3), ("trading app", 3)], kind: .tactic)
        let found = try #require(Tagger(numbered(["He sent a link to download a trading app that looked real.", "Then she had to borrow on Huabei.",
                                                  "The page asked for her card details and more."]))
            .scores(Tagger.Cues([app])).first)
        // "trading app" is found inside the first quote too: the page shows the longer one only (`SiteRenderer.holds`).
        #expect(found.evidence.map(\.phrase) == ["download a trading app", "trading app", "borrow on Huabei", "asked for her card details"])
        let end = try #require(Tagger(numbered(["She was told to download a."])).scores(Tagger.Cues([app])).first)
        #expect(end.evidence.map(\.phrase) == ["download a"], "the sentence ends")
        // A quotation it leads to is quoted whole, with its noun; one a cue opens is closed.
        let quoted = (Tagger(numbered(["He had her download a \"case-handling\" app.", "He said to borrow on “Huabei” today.",
                                                   "He moved it to a \"safe account\" at once."]))
            .scores(Tagger.Cues([app, term("safe", [("to a safe account", 3)], kind: .tactic)])))
        #expect(quoted.flatMap(\.evidence).map(\.phrase) == ["download a \"case-handling\" app", "borrow on “Huabei”", "to a \"safe account\""],
                "\(quoted)")
    }

    @Test("a cue with a gap: a few words or characters between its parts, within one clause")
    func gaps() throws {
        let borrow = term("borrow", [("borrowed … from", 3), ("向…借", 3)], kind: .tactic)
        let english = try #require(Tagger(numbered(["She borrowed 200,000 yuan from her sister."])).scores(Tagger.Cues([borrow])).first)
        #expect(english.score == 3 && english.evidence.map(\.phrase) == ["borrowed 200 000 yuan from her sister"])
        #expect(Self.score(["She borrowed a great deal of money over many months from her sister."], borrow) == nil, "more than four words apart")
        #expect(Self.score(["She borrowed from her sister."], borrow) == 3, "no words between is a gap too")
        let chinese = try #require(Tagger(numbered(["她向亲戚借来的钱也转了出去。"])).scores(Tagger.Cues([borrow])).first)
        #expect(chinese.evidence.map(\.phrase) == ["向亲戚借"])
        #expect(Self.score(["她向银行咨询，没有借钱。"], borrow) == nil, "the gap does not cross a comma")
        #expect(Self.score(["她向一位多年没有联系过的老同学借钱。"], borrow) == nil, "more than eight characters apart")
    }

    @Test("evidence quotes the words as written: hyphens and apostrophes kept, markup between them dropped")
    func evidenceAsWritten() throws {
        let code = term("verification-code", [("one time passcode", 3), ("customer's account", 3), ("safe account", 3)], kind: .tactic)
        let lines = ["She read out the One-Time passcode and moved it to the customer’s account,", "then to a **safe** account."]
        let evidence = try #require(Tagger(numbered(lines)).scores(Tagger.Cues([code])).first?.evidence)
        #expect(evidence.map(\.phrase) == ["One-Time passcode", "customer’s account", "safe account"], "\(evidence)")
    }

    @Test("an apostrophe inside single quotes does not end the quotation")
    func apostropheInQuotes() {
        #expect(!AdviceText.isAdviceSentence("He said ‘the bank won’t call, it will never ask for codes’ and hung up."[...]))
        #expect(AdviceText.isAdviceSentence("The bank won’t call, and it will never ask for codes."[...]))
    }

    @Test("a cue's words are in one sentence: not across a full stop, a paragraph or a list item; a line break inside a sentence is no end")
    func cuesStayInOneSentence() throws {
        let safe = term("safe-account", [("safe account", 3), ("post office", 3), ("安全账户", 3), ("转到…账户", 3)], kind: .tactic)
        #expect(Self.score(["She asked about the safe. Account details were fine."], safe) == nil)
        #expect(Self.score(["He walked to the post.", "", "Office staff helped him."], safe) == nil, "across paragraphs")
        #expect(Self.score(["Signs of the scam:", "- a safe", "- account numbers sent by text"], safe) == nil, "across list items")
        #expect(Self.score(["他把存款放进了保险箱，说很安全", "", "账户里的钱没有动。"], safe) == nil, "across paragraphs, in Chinese")
        #expect(Self.score(["他说这笔钱很安全。账户由他保管。"], safe) == nil, "across a full stop, in Chinese")
        // A sentence wrapped over two lines of one paragraph is still one sentence.
        let wrapped = try #require(Tagger(numbered(["The caller told her to move it all to a safe", "account the same day."]))
            .scores(Tagger.Cues([safe])).first)
        #expect(wrapped.score == 3 && wrapped.evidence.map(\.line) == [1])
        #expect(Self.score(["对方要求他把存款放进所谓的安全", "账户。"], safe) == 3, "over the line break, in Chinese")
    }

    @Test("what did not happen, and advice reported in a story, are no evidence by themselves", arguments: [
        ["No one asked her for a verification code."],
        ["The airline refunded him; at no point was he asked for a verification code."],
        ["Inspector Liu said residents should never read out a verification code."],
        ["Police urged the public to keep every verification code to themselves."],
        ["没有人向他索要验证码，退款三天后到账。"],
        ["对此，反诈中心提醒广大市民：任何索要验证码的都是骗子。"],
        ["民警再次提醒，验证码不要告诉任何人。"],
    ])
    func negatedAndReportedAdvice(lines: [String]) {
        #expect(Self.score(lines, Self.code) == nil, "\(lines)")
    }

    static let screen = term("screen-sharing", [("share her screen", 3), ("共享屏幕", 3), ("screen", 1)], kind: .tactic)

    @Test("a tactic's cue right after a negation is no evidence there; elsewhere in the sentence it is", arguments: [
        (["She did not share her screen."], false),
        (["He didn’t even share his screen, and hung up."], false),
        (["They refused to share their screen."], false),
        (["没有转账，也没有共享屏幕。"], false),
        (["她没有再共享屏幕。"], false),
        (["她事先表示自己不会共享屏幕。"], false),
        (["她主動表示不會跟人共享屏幕。"], false),
        (["She did not hang up; she shared her screen."], true),
        (["She did not know why, but she shared her screen."], true),
        (["Not knowing better, she shared her screen."], true),
        (["他没多想，就共享屏幕给对方看。"], true),
        (["She was told to tell no one and to share her screen."], true),
        // A scammer's demand for secrecy, 切勿告知家人, is no advice (sixtieth session: a Hong Kong case went untagged).
        (["对方要求她共享屏幕，并叮嘱她切勿告知家人。"], true), (["對方要求她共享屏幕，並叮囑她切勿告知家人及銀行職員。"], true),
        (["警方提醒：切勿共享屏幕。"], false),
        (["Her refund would be cancelled if she did not share her screen with him."], true),
        (["自称客服的人说，如果没有共享屏幕就无法退款。"], true),
        (["对方并没有让她共享屏幕，只是一步步告诉她点哪里。"], false),
        (["整个过程不需要下载软件或共享屏幕。"], false),
        (["對方沒有要求他共享屏幕。"], false),
        // A Traditional-Chinese editor's review (thirty-fourth session): 並無 and 亦無 in Hong Kong reports.
        (["對方並無要求她共享屏幕。"], false), (["对方亦无要求她共享屏幕。"], false),
        (["没想到对方让他共享屏幕。"], true),
        (["他没有怀疑对方让他共享屏幕的用意。"], true),
        (["他没多想就共享屏幕给对方看。"], true),
        (["对方让他不要挂断电话并共享屏幕。"], true),
        (["没有多久，对方让他共享屏幕。"], true),
        (["他没有挂断电话，对方让他共享屏幕。"], true),
        (["她没有任何怀疑地共享屏幕给对方看。"], true),
        (["她未加核实共享屏幕给对方看。"], true),
        (["她没有丝毫防备共享屏幕给对方看。"], true),
        (["他没收到共享屏幕的请求。"], false),
        (["警方没收了他用来共享屏幕的手机。"], true),
    ])
    func negatedTactic(lines: [String], counts: Bool) {
        // Only "screen" (1) may count where the whole cue is negated.
        let score = Tagger(numbered(lines)).scores(Tagger.Cues([Self.screen]), tactics: true).first?.score ?? 0
        #expect(counts ? score == 3 : score < 3, "\(lines)")
    }

    /// A blind tagging batch (thirty-seventh session): "she did not share any passcodes" was a code handed over.
    @Test("what a negation says was not handed over is no evidence: a verb of handing over and its object may stand between", arguments: [
        (["She did not share any verification code."], false),
        (["She did not even share any verification code."], false),
        (["He never gave them the verification code."], false),
        (["She did not receive or share any verification code."], false),
        (["He did not read out the verification code."], false),
        (["She did not hang up and read out the verification code."], true),
        (["She did not hesitate to give the verification code."], true),
        (["She did not know it, but she shared the verification code."], true),
    ])
    func negatedHandingOver(lines: [String], counts: Bool) {
        let score = Tagger(numbered(lines)).scores(Tagger.Cues([Self.code]), tactics: true).first?.score ?? 0
        #expect(counts ? score >= 3 : score < 3, "\(lines): \(score)")
    }

    @Test("through the whole pipeline, scam types are not negated (\"never got double compensation\" is what happened), tactics are")
    func typesAreNotNegated() throws {
        let result = Tree.with(["cases/x.md": caseFile(["title: Parcel", "date: 2024-03-01"],
                                                       body: ["She never got double compensation, and no SMS code was asked for."])]).check()
        let item = try #require(result.enrichedCase("x"))
        #expect(item.scamTypes == ["fake-courier-compensation"])
        #expect(item.tactics == [], "\(item.evidence)")
    }

    @Test("personal pronouns match one another: a cue's \"her\" is the story's \"his\", \"their\" or \"my\"", arguments: [
        "He shared his screen.", "They shared their screen.", "\"I shared my screen,\" she said.", "You shared your screen.",
    ])
    func pronouns(_ line: String) {
        #expect(Tagger(numbered([line])).scores(Tagger.Cues([Self.screen])).first?.score == 3, "\(line)")
    }

    @Test("a story sentence that names an adviser stays the story's")
    func storyWithAdviser() {
        #expect(Self.score(["受害人在某平台购买无人机，卖家索要验证码后拉黑了他。"], Self.code) == 3, "无人机 is a drone, no 无人")
        #expect(Self.score(["诈骗团伙针对广大群众发送短信，索要验证码。"], Self.code) == 3)
        #expect(Self.score(["He read the verification code to the caller, though a clerk had warned him."], Self.code) == 3)
        #expect(Self.score(["银行工作人员提醒他不要转账，但他还是把验证码告诉了对方。"], Self.code) == 3)
        // The fake customer service's "staff" give instructions, not advice.
        #expect(Self.score(["随后，工作人员提示她在App内填写银行卡信息并输入验证码。"], Self.code) == 3)
        // A grid worker's talk after the story is advice.
        #expect(Self.score(["网格员随后结合近期案例讲解：验证码不能告诉任何人。"], Self.code) == nil)
    }

    /// A blind batch of the fifty-third session, and again the fifty-fourth's: posts by students abroad and from Singapore,
    /// half in English ("Seller 说直接 PayNow 比较快"), were read by the Chinese cues alone and took no type.
    @Test("a Chinese text with English running through it is mixed; a Chinese bulletin with APP, QQ and OTP, or an English text, is not")
    func mixedText() {
        let mixed = NumberedText("""
            上个月在 Carousell 看到有人卖 PS5 Slim，才 $380，market price 要 $600 多。Seller 说他要 move 去 Australia 所以急卖，
            叫我 WhatsApp 他，说 Carousell 的 payment 要等太久，直接 PayNow 比较快。我就 PayNow 了去他的 personal number。
            他 send 我一个 link，page 看起来 exactly like Carousell，要我 key in card number 和 OTP to verify。
            """, firstLine: 1)
        let bulletin = NumberedText("""
            王女士接到自称快递客服的电话，对方称她的包裹丢失，要加QQ办理理赔，又让她下载一个APP，
            在APP里填写银行卡号，并把收到的OTP验证码告诉对方。随后她发现银行卡里的3万元被转走，立即报警。
            """, firstLine: 1)
        let english = NumberedText("She was told to download an app and read out the OTP her bank sent; 国家反诈中心 was not called.", firstLine: 1)
        let languages = ["en", "zh"]
        #expect(Tagger.reading(of: mixed, in: "zh", among: languages).alsoRead == "en")
        #expect(Tagger.reading(of: mixed, in: "zh", among: languages).written == nil)
        #expect(Tagger.reading(of: bulletin, in: "zh", among: languages).alsoRead == nil)
        #expect(Tagger.reading(of: english, in: "en", among: languages).alsoRead == nil)
        // In a file of the default language, the mixed text is still Chinese: told so, and read by both.
        #expect(Tagger.reading(of: mixed, in: "en", among: languages).written?.lang == "zh")
        #expect(Tagger.reading(of: mixed, in: "en", among: languages).alsoRead == "en")
    }

    @Test("two languages' scores of a mixed text add up, a phrase both lists found on one line counted once, against the higher threshold")
    func combinedScores() {
        let chinese = [Tagger.Score(id: "t", score: 3, threshold: 3, evidence: [Evidence(id: "t", phrase: "APP", line: 2, weight: 1),
                                                                                Evidence(id: "t", phrase: "下载", line: 2, weight: 2)]),
                       Tagger.Score(id: "only-zh", score: 2, threshold: 3, evidence: [Evidence(id: "only-zh", phrase: "群", line: 1, weight: 2)])]
        let english = [Tagger.Score(id: "t", score: 4, threshold: 4, evidence: [Evidence(id: "t", phrase: "app", line: 2, weight: 1),
                                                                               Evidence(id: "t", phrase: "download", line: 3, weight: 3)])]
        let combined = Tagger.combined(chinese, english)
        #expect(combined.map(\.id) == ["t", "only-zh"])
        #expect(combined.first?.score == 6 && combined.first?.threshold == 4)
        #expect(combined.first?.evidence.map(\.phrase) == ["APP", "下载", "download"])
    }

    @Test("a title that opens with 警方提醒 leaves the summary the story's")
    func titleAndSummaryAreParagraphs() throws {
        let result = Tree.with(["cases/x.zh.md": caseFile(["title: 警方提醒：当心假客服", "date: 2024-03-01", "summary: 对方让他报出验证码。"],
                                                          body: ["事情经过见上。"])]).check()
        let item = try #require(result.enrichedCase("x", lang: "zh"))
        #expect(item.tactics.contains("verification-code"), "\(item.evidence)")
    }
}

/// Genuine events told in a scam's words: the controls of every blind batch of narratives took the
/// scam's type by their vocabulary (forty-eighth session: five of six).
@Suite("Genuine events")
struct GenuineEventTests {
    @Test("a headline that says the event was genuine", arguments: [
        "快递延误并真的获得赔付：这次不是诈骗", "收到法院短信别慌：核实后确为真实送达", "接到“派出所”电话先别慌 这次是真民警",
        "接到“缺货退款”电话差点当成骗子，其实是正常退款", "收到「統一發票中頭獎20萬」通知　她以為是詐騙，查證後真的中了",
        "Recall notice: yes, this one was genuine", "My parcel really was stuck in customs", "Tax refund letter turned out to be real",
        "Out-of-stock refund that wasn’t a scam", "Is it real? What a genuine refund call looks like",
        "\"Can you lend me 3,000?\" This time it really was her friend", "老同学微信借钱，确实是本人急用",
        "Yes, I actually sold my knife skin on the Market and got paid",
        // The sixtieth session's blind batch: a company's own notice and a recall are headed as such.
        "关于受寒潮暴雪天气影响部分地区快件延误的说明", "關於網上銀行系統升級的公告", "Recall: 1.7-litre glass electric kettles over overheating risk",
        "Product recall: children's car seats with a faulty buckle",
        // The sixty-first session's: a notice that ends as one, and a service update.
        "颱風停飛航班退票及改票說明", "Service update: parcel deliveries delayed in northern regions after storm",
        // The sixty-second session's.
        "How I actually got compensated for a lost parcel (yes, it's possible)",
    ])
    func genuineHeadlines(_ title: String) {
        #expect(GenuineEvent.headlineSaysGenuine(title))
    }

    @Test("a headline of a scam, or of one that only seemed genuine, says nothing of the kind", arguments: [
        "视像通话中的「老友」原来是AI换脸", "理赔“指导”原来是在偷看验证码", "冒充快递客服诈骗，市民被骗3万元",
        "The refund site looked genuine", "Fake courier compensation scam costs pensioner £2,000", "A real-looking bank website took her savings",
        // A claim the headline quotes is the scammer's (a blind batch of the forty-ninth session).
        "“这不是诈骗，我们是正规公司”：宝妈在家做兼职", "\"This is genuine, not a scam,\" said the courier agent", "「我是真的警察」：視頻裏的「警官」出示通緝令",
        // A police warning headed as a notice names its scam; a fake recall is a scam.
        "关于谨防冒充快递客服诈骗的通知", "关于防范“退款”电话的提醒", "Recall: fake kettle recall texts ask for bank details",
        // A scammer's notice, and a note in brackets after a headline, are no notice of the bulletin's own.
        "男子收到一条退款通知", "我妈的银行流水（我整理的，带说明）", "Service update texts are the latest fake courier scam",
        // The sixty-second session's blind batch: a genuine one beside a fake, which the story tells.
        "同一天收到兩則「宅配通知」，一則是真的", "The real call came from my bank. The fake one came first.",
    ])
    func scamHeadlines(_ title: String) {
        #expect(!GenuineEvent.headlineSaysGenuine(title))
    }

    /// A blind batch of the fifty-second session: two round-ups of the season's scams took every type they listed.
    @Test("a round-up's headline lists scams; one case's headline, with a number in it, does not", arguments: [
        ("165提醒：年節前常見五大詐騙手法 民眾勿大意", true), ("警方提醒：这5种常见骗局要当心", true), ("Five scams doing the rounds this season", true),
        ("Police release quarterly figures: five frauds to watch this winter", true), ("Common scams to avoid when you shop online", true),
        ("冒充快递客服诈骗，市民被骗3万元", false), ("Fake courier compensation scam costs pensioner £2,000", false),
        ("三天被骗走9千多", false), ("Two arrested over parcel scam", false),
        // The fifty-fourth session's blind batches: ways of speech (話術), a notice on telecom fraud in general, and a
        // dramatised single story (小剧场) that is no round-up.
        ("春節前詐騙出招 刑事局：這五種話術最常見", true), ("关于开学季防范电信网络诈骗的温馨提示", true),
        ("【反诈小剧场】老张的“30万收益”，一分也取不出来", false), ("谨防冒充客服诈骗：女子被骗3万", false),
        // The fifty-fifth session's: a word between "common" and "scams"; a single common scam is one case.
        ("Parish bulletin reminds parishioners of common holiday scams", true), ("Widow falls for a common romance scam", false),
        // The fifty-ninth session's: an awards ceremony for anti-fraud work tells the year's figures, not a case.
        ("市公安局召开反诈工作表彰大会 30个集体和个人受表彰", true), ("Bank staff honoured at anti-fraud awards ceremony", true),
        ("表彰会上获奖民警讲述：她差点被骗走30万", true), ("Award-winning chef loses £40,000 to fake investment app", false),
        // The sixtieth session's: commending staff, and a workshop.
        ("警方頒發「防騙之星」 表揚銀行及便利店前線員工", true), ("Seniors' anti-fraud workshop draws full house at community centre", true),
        ("Scam prevention talks planned for every library", true), ("Workshop owner loses savings to fraud", false),
        // The sixty-first session's: a class on scams, and police awards.
        ("“反诈第一课”走进高校 千余名新生上了一堂防骗课", true), ("Officers and volunteers honoured at annual community policing awards", true),
        ("Pensioner honoured by fake lottery, loses savings", false),
    ])
    func roundUps(_ title: String, _ lists: Bool) {
        #expect(GenuineEvent.headlineListsScams(title) == lists)
    }

    /// The sixty-first session's blind batch: a lecture "结合真实案例" was read as one that tells its cases one by one.
    @Test("a text tells cases one by one when it numbers or heads them, not when it speaks of real cases", arguments: [
        ("案例一：周大爷接到电话……", true), ("【案例】王女士……", true), ("Case 1: a retired teacher…", true),
        ("民警结合真实案例，介绍了高发诈骗类型的特点。", false), ("The officer drew on real cases from the past year.", false),
    ])
    func tellsCases(_ text: String, _ tells: Bool) {
        #expect(GenuineEvent.tellsCases(text) == tells)
    }

    @Test("deception told is found; deception doubted or denied is not")
    func deception() {
        #expect(GenuineEvent.tellsDeception("王女士被骗5万元。"))
        #expect(GenuineEvent.tellsDeception("He was scammed out of £300 the next day."))
        #expect(GenuineEvent.tellsDeception("Then 6,200 yuan vanished from her account."))
        #expect(GenuineEvent.tellsDeception("女子“关闭百万保障”后3万元没了。"))
        #expect(!GenuineEvent.tellsDeception("Refund messages are a favourite opening for fraudsters, so she checked the app."))
        #expect(!GenuineEvent.tellsDeception("她以为自己被骗了，核实后才放心。"))
        #expect(!GenuineEvent.tellsDeception("整个过程没有损失。"))
        #expect(!GenuineEvent.tellsDeception("I was sure it was a scam until the bank confirmed it."))
        #expect(!GenuineEvent.tellsDeception("Scammers often copy these texts, so she checked in the app."))
        #expect(!GenuineEvent.tellsDeception("The regulator noted that scammers sometimes exploit genuine recalls."))
        #expect(GenuineEvent.tellsDeception("The scammers exploited her trust and took £4,000."))
        // A condition, and a first thought that the call was a swindle.
        #expect(!GenuineEvent.tellsDeception("民眾若不慎受騙，請立即報警。"))
        #expect(!GenuineEvent.tellsDeception("如不慎被骗，请立即拨打110。"))
        #expect(!GenuineEvent.namesSwindle("接到理赔电话时，她第一反应是：又来骗子了。"))
    }

    @Test("a story that checked a call and found it true says so; one that checked and found a swindle, or quotes the claim, does not")
    func checkedAndTrue() {
        #expect(GenuineEvent.textSaysChecked("他打给官网客服核实，确认确有此事。"))
        #expect(GenuineEvent.textSaysChecked("165值班人員查詢後，確認分局確實有這起案件。"))
        #expect(GenuineEvent.textSaysChecked("She called the bank, which confirmed the call was genuine."))
        #expect(GenuineEvent.textSaysChecked("He checked with the court, and the summons was real."))
        #expect(GenuineEvent.textSaysChecked("客服查询后确认包裹确已遗失，刚才的电话是公司工作人员打的。"))
        #expect(!GenuineEvent.textSaysChecked("对方称“已核实，确认属实”，让她转账。"))
        #expect(!GenuineEvent.textSaysChecked("她打电话核实，才知道被骗。"))
        #expect(!GenuineEvent.textSaysChecked("Always check with the bank before you pay."))
        #expect(GenuineEvent.namesSwindle("民警核实后确认，对方是骗子。"))
        #expect(GenuineEvent.namesSwindle("The fraudsters had spoofed the number."))
        #expect(!GenuineEvent.namesSwindle("她担心是骗子，核实后放心了。"))
    }

    @Test("a genuine event takes no type or tactic by inference; the same story of a loss, and declared tags, keep theirs")
    func genuineEventUntagged() throws {
        let story = ["市民周先生网购的包裹因台风延误，快递送到时水果已经腐烂。他在快递公司官方APP提交理赔申请，第二天接到快递公司客服电话核对理赔信息，",
                     "他挂断后拨打官网客服热线核实，确认确有此事。赔付款通过官方APP原路退回。"]
        let genuine = Tree.with(["cases/x.zh.md": caseFile(["title: 快递延误并真的获得赔付：这次不是诈骗", "date: 2024-03-01"], body: story)]).check()
        let item = try #require(genuine.enrichedCase("x", lang: "zh"))
        #expect(item.scamTypes.isEmpty && item.tactics.isEmpty, "\(item.scamTypes) \(item.tactics)")
        // The story itself says the call was checked and true (fiftieth session).
        let checked = Tree.with(["cases/x.zh.md": caseFile(["title: 快递延误后获得赔付", "date: 2024-03-01"], body: story)]).check()
        #expect(try #require(checked.enrichedCase("x", lang: "zh")).scamTypes.isEmpty)
        let plain = Tree.with(["cases/x.zh.md": caseFile(["title: 快递延误后获得赔付", "date: 2024-03-01"], body: [story[0], "赔付款通过官方APP原路退回。"])]).check()
        #expect(try #require(plain.enrichedCase("x", lang: "zh")).scamTypes == ["fake-courier-compensation"], "the words alone take the type")
        let lost = Tree.with(["cases/x.zh.md": caseFile(["title: 快递延误并真的获得赔付：这次不是诈骗", "date: 2024-03-01"],
                                                         body: story + ["此后又有人冒充客服，周先生被骗2000元。"])]).check()
        #expect(try #require(lost.enrichedCase("x", lang: "zh")).scamTypes == ["fake-courier-compensation"])
        let declared = Tree.with(["cases/x.zh.md": caseFile(["title: 快递延误并真的获得赔付：这次不是诈骗", "date: 2024-03-01",
                                                             "scam_types: [fake-courier-compensation]"], body: story)]).check()
        #expect(try #require(declared.enrichedCase("x", lang: "zh")).scamTypes == ["fake-courier-compensation"])
    }
}
