import AlertpressCore
import AlertpressFlyers
import Foundation

/// What a printed flyer says, taken from the model: the campaign (or scam type), its focus
/// types' steps and red flags, do/don't advice from the library, one recent case, the hotlines.
struct FlyerContent {
    let bulletin: Bulletin
    let edition: EnrichedEdition
    let strings: Strings
    let routes: Routes
    let logo: RasterImage?
    /// How often each tactic goes with each set of scam types, over the listed cases: what red flags are ranked by.
    private let tacticsByTypes: [(types: [String], counts: [String: Int])]

    init(bulletin: Bulletin, edition: EnrichedEdition, strings: Strings, routes: Routes, logo: RasterImage? = nil) {
        self.bulletin = bulletin
        self.logo = logo
        self.edition = edition
        self.strings = strings
        self.routes = routes
        var counts: [[String]: [String: Int]] = [:]
        for item in edition.listedCases where !item.tactics.isEmpty {
            counts[item.scamTypes, default: [:]].merge(item.tactics.lazy.map { ($0, 1) }, uniquingKeysWith: +)
        }
        self.tacticsByTypes = counts.map { (types: $0.key, counts: $0.value) }
    }

    var texts: SiteTexts { edition.edition.texts }

    var labels: FlyerLabels {
        FlyerLabels(howItWorks: strings["how.it.works"], redFlags: strings["nav.tactics"], doTitle: strings["do"],
                    dontTitle: strings["dont"], recentCase: strings["recent.case"], loss: strings["case.loss"],
                    callHotline: strings["hotlines"], scanForMore: strings["scan"], qrCode: strings["qr.code"], issued: strings["issued"])
    }

    /// The issue day: the build day in the site time zone.
    var issueDay: LocalDay { LocalDay(bulletin.now, in: bulletin.site.timeZone) }

    /// The issue date, as printed.
    var issued: String { strings.date(issueDay) }

    /// The flyers' creation time: the last second of their issue day, as `--now DAY` gives, so that
    /// a day's builds make the same flyers and a sync copies them once a day, not every build.
    var issuedAt: Date {
        BuildClock.day(issueDay).resolve(in: bulletin.site.timeZone)
    }

    func campaign(_ campaign: Campaign, paper: Paper = .a4, largePrint: Bool = false) -> FlyerDocument {
        document(title: campaign.title, headline: campaign.headline, season: seasonText(campaign.window), types: focus(campaign),
                 named: campaign.namedTactics, recent: recent(campaign), path: routes.campaign(campaign.id),
                 paper: paper, largePrint: largePrint)
    }

    func type(_ term: Term) -> FlyerDocument {
        // The bulletin's name, the type's in large print, then what it is.
        document(title: texts.title, headline: term.name, season: "", lede: term.summary, types: [term], recent: recent(term),
                 path: routes.term(.scamType, term.id), paper: .a4, largePrint: false,
                 documentTitle: "\(term.name) · \(texts.title)")
    }

    func focus(_ campaign: Campaign) -> [Term] {
        campaign.focus.compactMap { edition.edition.term(.scamType, $0) }
    }

    /// The campaign's newest case; none when the campaign has none yet (its page says so too:
    /// a case from another season would not be the campaign's).
    func recent(_ campaign: Campaign) -> EnrichedCase? {
        edition.listedCases.first { $0.campaigns.contains(campaign.id) }
    }

    func recent(_ type: Term) -> EnrichedCase? {
        edition.listedCases.first { $0.scamTypes.contains(type.id) }
    }

    /// Of what a campaign's flyer reads besides the site settings and taxonomy: the build clock
    /// (issue and creation dates), the red flags it shows and its recent case.
    func inputs(_ campaign: Campaign) -> Fingerprint { inputs(types: focus(campaign), named: campaign.namedTactics, recent: recent(campaign)) }

    func inputs(_ type: Term) -> Fingerprint { inputs(types: [type], recent: recent(type)) }

    private func inputs(types: [Term], named: [String] = [], recent: EnrichedCase?) -> Fingerprint {
        Fingerprint { hash in
            // The issue day, not the build's instant: a day's builds keep the flyers they made.
            hash.add(issueDay.description)
            hash.add(redFlags(types, named: named).prefix(Self.redFlagCount).map(\.id))
            hash.add(recent?.listing ?? Fingerprint())
        }
    }

    /// How many red flags a flyer shows; the advice of the first `redFlagCount - 1` goes with them.
    static let redFlagCount = 5

    /// The tactics `named` (a campaign's headline's), then the others of `ranked(types)`: a flyer's red
    /// flags say what its headline says, in every language and on every paper.
    func redFlags(_ types: [Term], named: [String] = []) -> [Term] {
        let first = named.compactMap { id in edition.edition.tactics.first { $0.id == id } }
        return first + ranked(types).filter { !named.contains($0.id) }
    }

    /// The tactics of the listed cases of `types`, most common first (ties by id); when this language
    /// has none, those of every language's cases; when no case has any, the tactics that share advice
    /// with the types, then every tactic.
    private func ranked(_ types: [Term]) -> [Term] {
        let ids = types.map(\.id)
        var counted: [String: Int] = [:]
        for group in tacticsByTypes where group.types.contains(where: ids.contains) {
            counted.merge(group.counts, uniquingKeysWith: +)
        }
        if counted.isEmpty {
            // No case of the types in this language: the other languages' (tactic ids are shared).
            for other in bulletin.editions {
                for item in other.listedCases where item.scamTypes.contains(where: ids.contains) {
                    for tactic in item.tactics { counted[tactic, default: 0] += 1 }
                }
            }
        }
        let tactics = edition.edition.tactics.filter { counted[$0.id] != nil }
            .sorted { (counted[$0.id] ?? 0, $1.id) > (counted[$1.id] ?? 0, $0.id) }
        if !tactics.isEmpty { return tactics }
        let advice = Set(types.flatMap(\.advice))
        let sharing = edition.edition.tactics.filter { !advice.isDisjoint(with: $0.advice) }
        return sharing + edition.edition.tactics.filter { advice.isDisjoint(with: $0.advice) }
    }

    /// A line a flyer prints, and its language when this language's files leave it out (then the
    /// default language's): the HTML flyer page marks it.
    struct Line: Sendable {
        var text: String
        var lang: String?
    }

    /// What a flyer about `types` lists: steps, red flags, do's and don'ts.
    struct Lines: Sendable {
        var steps: [Line]
        var redFlags: [Line]
        var dos: [Line]
        var donts: [Line]
    }

    func lines(_ types: [Term], named: [String] = []) -> Lines {
        let original = bulletin.site.defaultLanguage
        func stepLines(_ type: Term) -> [Line] {
            type.steps.map { Line(text: $0, lang: type.untranslated.contains(.steps) ? original : nil) }
        }
        // Steps: the first focus type's three steps, or one step from each type when several, each
        // under its type's name: numbered alone, the first steps of three scams read as one story.
        let steps: [Line]
        if types.count == 1 || types.allSatisfy({ $0.steps.isEmpty }) {
            steps = Array((types.first.map(stepLines) ?? []).prefix(3))
        } else {
            steps = Array(types.compactMap { type in
                stepLines(type).first.map { step in
                    let inOriginal = type.untranslated.contains(.name) && step.lang != nil
                    let colon = (inOriginal ? Strings(original) : strings).isChinese ? "：" : ": "
                    return Line(text: type.name + colon + step.text, lang: step.lang)
                }
            }.prefix(3))
        }
        let tactics = redFlags(types, named: named).prefix(Self.redFlagCount)
        // The types' own advice first, then their red flags' advice, each by priority.
        func library(_ ids: Set<String>) -> [AdviceItem] {
            ids.compactMap { edition.edition.advice[$0] }.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
        }
        let own = Set(types.flatMap(\.advice))
        let advice = library(own) + library(Set(tactics.prefix(Self.redFlagCount - 1).flatMap(\.advice)).subtracting(own))
        func line(_ item: AdviceItem) -> Line { Line(text: item.text, lang: edition.edition.untranslatedAdvice.contains(item.id) ? original : nil) }
        return Lines(
            steps: steps,
            // A red flag is marked when both its name and its summary are the original's.
            redFlags: tactics.map { tactic in
                let untranslated = tactic.untranslated.isSuperset(of: [.name, .summary])
                let colon = (untranslated ? Strings(original) : strings).isChinese ? "：" : ": "
                return Line(text: "\(tactic.name)\(colon)\(tactic.summary)", lang: untranslated ? original : nil)
            },
            dos: advice.filter { $0.kind == .do }.prefix(4).map(line), donts: advice.filter { $0.kind == .dont }.prefix(4).map(line))
    }

    private func document(title: String, headline: String, season: String, lede: String = "", types: [Term], named: [String] = [],
                          recent: EnrichedCase?, path: String, paper: Paper, largePrint: Bool, documentTitle: String? = nil) -> FlyerDocument {
        let lines = lines(types, named: named)
        let recentCase = recent.map { item in
            FlyerCase(title: item.entry.title, text: item.entry.summary, loss: item.entry.loss.map { strings.money($0.amount, $0.currency) },
                      date: strings.date(item.entry.date.day))
        }
        return FlyerDocument(
            paper: paper, largePrint: largePrint, language: edition.lang, publisher: texts.publisher, title: title,
            headline: headline, season: season, steps: lines.steps.map(\.text), redFlags: lines.redFlags.map(\.text),
            dos: lines.dos.map(\.text), donts: lines.donts.map(\.text),
            recentCase: recentCase, hotlines: texts.hotlines.map { FlyerHotline(label: $0.label, number: $0.number) },
            qrURL: routes.absolute(path), printedURL: routes.printed(path), issued: issued, creationDate: issuedAt, labels: labels,
            documentTitle: documentTitle, logo: logo, lede: lede)
    }

    func seasonText(_ window: CampaignWindow) -> String {
        switch window {
        case let .recurring(start, end):
            return strings.isChinese
                ? "\(start.month)月\(start.day)日至\((end.month, end.day) < (start.month, start.day) ? "次年" : "")\(end.month)月\(end.day)日"
                : "\(start.day) \(Strings.months[start.month - 1].prefix(3)) – \(end.day) \(Strings.months[end.month - 1].prefix(3))"
        case let .fixed(from, to):
            return "\(strings.date(from)) – \(strings.date(to))"
        }
    }
}
