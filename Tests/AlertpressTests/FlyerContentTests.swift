import Foundation
import Testing
@testable import Alertpress
@testable import AlertpressCore

@Suite("Flyer content")
struct FlyerContentTests {
    /// A language's flyer content, with its strings and routes.
    static func content(_ bulletin: Bulletin, _ edition: EnrichedEdition) -> FlyerContent {
        FlyerContent(bulletin: bulletin, edition: edition, strings: Strings(edition.lang), routes: Routes(bulletin.site, lang: edition.lang))
    }

    @Test("red flags rank the tactics of the cases of any of the flyer's types, each case counted once")
    func redFlagRanking() throws {
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let edition = try #require(bulletin.editions.first)
        let template = try #require(edition.listedCases.first)
        // More types and tactics than the fixture has: copies of its first ones under other ids.
        var taxonomy = edition.edition
        let type = try #require(taxonomy.types.first)
        let tactic = try #require(taxonomy.tactics.first)
        taxonomy.types = (1...4).map { number in var term = type; term.id = "type-\(number)"; return term }
        taxonomy.tactics = (1...7).map { number in var term = tactic; term.id = "tactic-\(number)"; return term }
        let types = taxonomy.types.map(\.id)
        let tactics = taxonomy.tactics.map(\.id)
        // Cases with one, two or no types and tactics, in a fixed pattern that gives ties and repeats.
        let cases = (0..<60).map { index -> EnrichedCase in
            var item = template
            item.status = .published
            item.scamTypes = index % 7 == 0 ? [] : [types[index % types.count]] + (index % 3 == 0 ? [types[(index + 1) % types.count]] : [])
            item.tactics = (0..<(index % 4)).map { tactics[(index * 5 + $0 * 3) % tactics.count] }
            return item
        }
        let synthetic = EnrichedEdition(edition: taxonomy, cases: cases, activeCampaigns: [])
        let content = Self.content(bulletin, synthetic)
        let terms = taxonomy.types
        var selections = terms.map { [$0] }
        for first in terms.indices { for second in terms.indices where second > first { selections.append([terms[first], terms[second]]) } }
        for selection in selections {
            let ids = Set(selection.map(\.id))
            var counts: [String: Int] = [:]
            for item in cases where !ids.isDisjoint(with: item.scamTypes) { for tactic in item.tactics { counts[tactic, default: 0] += 1 } }
            var expected = counts.keys.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
            if expected.isEmpty { expected = tactics }
            #expect(content.redFlags(selection).map(\.id) == expected, "\(ids.sorted())")
        }
        #expect(content.redFlags([]).map(\.id) == tactics, "no cases: every tactic")
    }
}

extension FlyerContentTests {
    @Test("a type flyer's PDF title names its type and the bulletin; a campaign flyer's is the campaign's")
    func documentTitles() throws {
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        for edition in bulletin.editions {
            let content = Self.content(bulletin, edition)
            let siteTitle = edition.edition.texts.title
            let type = try #require(edition.edition.types.first)
            let typeFlyer = content.type(type)
            #expect(typeFlyer.title == siteTitle, "the printed title stays the bulletin's")
            #expect(typeFlyer.documentTitle == "\(type.name) · \(siteTitle)")
            let campaign = try #require(edition.edition.campaigns.first)
            #expect(content.campaign(campaign).documentTitle == nil)
            #expect(content.campaign(campaign).title == campaign.title)
        }
    }
}

extension FlyerContentTests {
    @Test("a type with no case in a language takes its red flags from the other languages' cases, and prints its own advice first")
    func typeWithoutCasesInItsLanguage() throws {
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let english = try #require(bulletin.editions.first { $0.lang == "en" })
        let chinese = try #require(bulletin.editions.first { $0.lang == "zh" })
        func content(_ edition: EnrichedEdition) -> FlyerContent {
            Self.content(bulletin, edition)
        }
        let type = try #require(english.edition.types.first { type in english.listedCases.contains { $0.scamTypes.contains(type.id) && !$0.tactics.isEmpty } })
        let expected = content(english).redFlags([type]).map(\.id)
        // The Chinese edition without any case.
        let empty = EnrichedEdition(edition: chinese.edition, cases: [], activeCampaigns: [])
        let chineseType = try #require(chinese.edition.term(.scamType, type.id))
        #expect(content(empty).redFlags([chineseType]).map(\.id) == expected)
        #expect(expected != chinese.edition.tactics.map(\.id), "the test needs a type whose cases rank tactics")

        // Its own advice comes before its red flags' advice, by priority.
        let flyer = content(empty).type(chineseType)
        let own = chineseType.advice.compactMap { chinese.edition.advice[$0] }.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
        let ownDos = own.filter { $0.kind == .do }.prefix(4).map(\.text)
        let ownDonts = own.filter { $0.kind == .dont }.prefix(4).map(\.text)
        #expect(Array(flyer.dos.prefix(ownDos.count)) == ownDos)
        #expect(Array(flyer.donts.prefix(ownDonts.count)) == ownDonts)
        #expect(!ownDos.isEmpty || !ownDonts.isEmpty)
    }
}

extension FlyerContentTests {
    /// The case box showed "A recent case" over a story of any age (the shipped Chinese 618 flyer's was
    /// from 2019). `refund-call`, 2024-11-06, is the newest Double 11 case in both languages.
    @Test("the case on a flyer is dated: its label says when it happened, on the flyer page and in the PDF's document")
    func datedCase() async throws {
        let built = await SharedBuilds.fixture.value
        try #require(built.result.succeeded, "\(built.result.report)")
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        for (prefix, label, date) in [("", "A real case", "6 November 2024"), ("zh/", "真实案例", "2024年11月6日")] {
            #expect(text(built.files, prefix + "campaigns/double-11/flyer/index.html").contains("<h2>\(label) · \(date)</h2>"), "\(prefix)")
            let edition = try #require(bulletin.editions.first { Routes(bulletin.site, lang: $0.lang).prefix == prefix })
            let content = Self.content(bulletin, edition)
            let campaign = try #require(edition.edition.campaigns.first { $0.id == "double-11" })
            let document = content.campaign(campaign)
            #expect(document.labels.recentCase == label)
            #expect(document.recentCase?.date == date)
        }
    }
}

extension FlyerContentTests {
    /// The Chinese 618 flyer showed the 2019 Double 11 courier case, of one of 618's focus types,
    /// while the 618 page said it had no case.
    @Test("a campaign with no case of its own prints none on its flyer, though its focus types have cases")
    func campaignWithoutCases() throws {
        let checked = ContentPipeline.check(alerts: Paths.bulletin.path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let english = try #require(bulletin.editions.first { $0.lang == "en" })
        let campaign = try #require(english.edition.campaigns.first { $0.id == "double-11" })
        let content = Self.content(bulletin, english)
        #expect(content.campaign(campaign).recentCase != nil, "the campaign's own case")

        var cases = english.cases
        for index in cases.indices { cases[index].campaigns.removeAll { $0 == campaign.id } }
        #expect(cases.contains { $0.status.isListed && !Set($0.scamTypes).isDisjoint(with: campaign.focus) },
                "the test needs a listed case of a focus type")
        let without = EnrichedEdition(edition: english.edition, cases: cases, activeCampaigns: [])
        let empty = Self.content(bulletin, without)
        #expect(empty.campaign(campaign).recentCase == nil)
    }
}

extension FlyerContentTests {
    /// A reader review (fiftieth session): Double 11's headline names the SMS code and the screen, and its
    /// flyers' red flags were the cases' most common tactics, which left the screen out, differently in each language.
    @Test("a campaign's flyers list first the tactics its headline names, in its order; a weak word alone names none")
    func headlineTacticsFirst() throws {
        let checked = ContentPipeline.check(alerts: Paths.packageRoot.appendingPathComponent("Alerts").path, fileSystem: DiskFileSystem(), clock: fixtureClock)
        let bulletin = try #require(checked.bulletin)
        let expected: [String: [String: [String]]] = [
            "en": ["double-11": ["verification-code"], "618": ["refund-link-or-qr", "chat-group-invite"]],
            "zh": ["double-11": ["verification-code", "screen-sharing"], "618": ["chat-group-invite"]],
        ]
        for edition in bulletin.editions {
            for (id, named) in expected[edition.lang] ?? [:] {
                let campaign = try #require(edition.edition.campaigns.first { $0.id == id })
                #expect(campaign.namedTactics == named, "\(edition.lang) \(id)")
                let names = named.compactMap { edition.edition.term(.tactic, $0)?.name }
                let flyer = Self.content(bulletin, edition).campaign(campaign)
                #expect(names.count == named.count && zip(flyer.redFlags, names).allSatisfy { $0.hasPrefix($1) }, "\(edition.lang) \(id): \(flyer.redFlags)")
                let large = Self.content(bulletin, edition).campaign(campaign, largePrint: true)
                #expect(large.redFlags.first.map { $0.hasPrefix(names[0]) } == true, "large print too")
            }
            #expect(Resolver.tacticsNamed(in: "Refunds happen in the app where you paid", tactics: edition.edition.tactics).isEmpty)
        }
    }
}
