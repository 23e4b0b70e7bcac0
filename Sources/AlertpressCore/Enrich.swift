import Foundation

/// Whether a case is shown, and where.
public enum CaseStatus: String, Sendable, Codable {
    /// Listed everywhere: lists, feeds, sitemap, search, flyers.
    case published
    /// `draft: true`: no page, in no list.
    case draft
    /// Dated after the build clock: no page yet, in no list.
    case scheduled
    /// Past `expires`: the page stays, the case leaves lists and feeds.
    case expired

    public var isListed: Bool { self == .published }
    public var hasPage: Bool { self == .published || self == .expired }
}

public struct EnrichedCase: Sendable {
    public var entry: CaseEntry
    public var status: CaseStatus
    public var scamTypes: [String]
    public var tactics: [String]
    /// Whether either list was inferred from the text rather than declared.
    public var inferred: Bool
    /// Cue matches for the case's types and tactics, in reading order.
    public var evidence: [Evidence] { details.evidence }
    /// Advice of its types and tactics, de-duplicated, most important first.
    public var advice: [AdviceItem] { details.advice }
    var details: CaseDetails
    public var campaigns: [String]
    /// Of everything the case was made from (its files, the taxonomy, the link policy) and its
    /// status: equal fingerprints mean equal cases. Related cases are the edition's (`EnrichedEdition.related(at:)`).
    public var fingerprint: Fingerprint
    /// Of what lists, statistics and summaries show of the case: its slug, title, dates, summary,
    /// region, loss, tags, campaigns and status. A body edit leaves it as it is.
    public var listing = Fingerprint()

    public var slug: String { entry.slug }
}

/// The related cases of one language's cases, as positions in its `EnrichedEdition.cases`:
/// `Enricher.relatedLimit` slots a case, most related first, -1 for an empty slot. They depend
/// only on what lists show of the cases and their order, which `key` fingerprints: the memo keeps
/// them, and a build after an edit that changes no listing (a body, a source) takes them from there.
public struct Relations: Sendable, Equatable {
    /// Of the listing of every case, in order.
    let key: Fingerprint
    let positions: [Int32]

    /// No case has related cases.
    static let none = Relations(key: Fingerprint(), positions: [])

    /// The related cases of the case at `position`.
    func of(_ position: Int) -> [Int] {
        let start = position * Enricher.relatedLimit
        guard position >= 0, start + Enricher.relatedLimit <= positions.count else { return [] }
        return positions[start..<(start + Enricher.relatedLimit)].prefix { $0 >= 0 }.map(Int.init)
    }

    /// `cases` sorted as `Enricher.enrich` sorts them, their status set.
    static func key(_ cases: [EnrichedCase]) -> Fingerprint {
        Fingerprint { hash in
            hash.add(Enricher.relatedCandidates)
            hash.add(Enricher.relatedLimit)
            hash.add(cases.count)
            for position in cases.indices { hash.add(cases[position].listing) }
        }
    }
}

/// The evidence and advice of a case. Only its page, its feed entry and `check --format json`
/// show them, so a case read back from the memo keeps them as the bytes they were stored as
/// (a third of a stored case's strings) and reads them when they are asked for.
struct CaseDetails: Sendable {
    private enum Storage: Sendable {
        case values(evidence: [Evidence], advice: [AdviceItem])
        /// What `ByteWriter.details` wrote after the length, read when the values are asked for.
        case stored(Data)
    }

    private let storage: Storage

    init(evidence: [Evidence], advice: [AdviceItem]) {
        storage = .values(evidence: evidence, advice: advice)
    }

    init(stored: Data) {
        storage = .stored(stored)
    }

    var evidence: [Evidence] { values.evidence }
    var advice: [AdviceItem] { values.advice }

    /// The stored bytes, if the details were read back from the memo.
    var stored: Data? {
        if case .stored(let bytes) = storage { bytes } else { nil }
    }

    private var values: (evidence: [Evidence], advice: [AdviceItem]) {
        switch storage {
        case .values(let evidence, let advice): (evidence, advice)
        case .stored(let bytes): ByteReader.read(bytes) { $0.details() } ?? ([], [])
        }
    }
}

/// The listed cases of one language that each scam type, tactic and campaign has: their
/// positions in `listedCases`, newest first. A case names an id once (the decoder drops repeats).
public struct TagPositions: Sendable {
    public var byType: [String: [Int]] = [:]
    public var byTactic: [String: [Int]] = [:]
    public var byCampaign: [String: [Int]] = [:]

    public func positions(_ kind: TermKind, _ id: String) -> [Int] { (kind == .scamType ? byType : byTactic)[id] ?? [] }
    public func count(_ kind: TermKind, _ id: String) -> Int { positions(kind, id).count }
}

/// Counts and loss totals over the listed cases of one language.
public struct Statistics: Sendable {
    public var caseCount = 0
    public var casesByMonth: [String: Int] = [:]
    public var casesByRegion: [String: Int] = [:]
    /// Loss totals per currency, and per type / month / region per currency.
    public var totalLoss: [String: Decimal] = [:]
    public var lossByType: [String: [String: Decimal]] = [:]
    public var lossByMonth: [String: [String: Decimal]] = [:]
    public var lossByRegion: [String: [String: Decimal]] = [:]
}

/// One language of the bulletin, its cases enriched. A class, never changed once made: the page
/// jobs read every edition for each case, and a reference is one retain where a copy was a dozen.
public final class EnrichedEdition: Sendable {
    public let edition: Edition
    /// Every case of this language, newest first (whatever its status).
    public let cases: [EnrichedCase]
    /// The cases in lists, feeds, sitemap and search: published, newest first.
    public let listedCases: [EnrichedCase]
    /// Campaign ids whose window contains the build day.
    public let activeCampaigns: [String]
    /// The related cases of `cases`, by position.
    let relations: Relations
    private let indexBySlug: [String: Int]
    private let preparedStatistics: Prepared<Statistics>
    private let preparedTagPositions: Prepared<TagPositions>

    init(edition: Edition, cases: [EnrichedCase], relations: Relations = .none, activeCampaigns: [String]) {
        self.edition = edition
        self.cases = cases
        self.relations = relations
        let listed = cases.filter { $0.status.isListed }
        listedCases = listed
        preparedStatistics = Prepared { Enricher.statistics(listed) }
        preparedTagPositions = Prepared { Enricher.tagPositions(listed) }
        self.activeCampaigns = activeCampaigns
        // By position: a pair of each case with its position would copy the case.
        var indexBySlug: [String: Int] = [:]
        indexBySlug.reserveCapacity(cases.count)
        for index in cases.indices where indexBySlug[cases[index].slug] == nil { indexBySlug[cases[index].slug] = index }
        self.indexBySlug = indexBySlug
    }

    /// Worked out the first time a page asks: after most edits no page that shows it is made again.
    public var statistics: Statistics {
        preparedStatistics.value
    }

    /// Worked out the first time a page asks, once for this language's term and campaign pages and
    /// the others' (every list page asks how long its list is in the other languages).
    public var tagPositions: TagPositions {
        preparedTagPositions.value
    }

    public var lang: String { edition.lang }
    public func `case`(_ slug: String) -> EnrichedCase? { indexBySlug[slug].map { cases[$0] } }
    /// Whether the case is in this language's lists, without copying it.
    public func lists(_ slug: String) -> Bool { indexBySlug[slug].map { cases[$0].status.isListed } ?? false }
    /// `body` of the case, in place (a copy of a case retains each of its strings and arrays).
    public func withCase<Result>(_ slug: String, _ body: (borrowing EnrichedCase) -> Result) -> Result? {
        indexBySlug[slug].map { body(cases[$0]) }
    }
    /// Whether the case has a page in this language (without copying the case).
    public func hasPage(_ slug: String) -> Bool { indexBySlug[slug].map { cases[$0].status.hasPage } ?? false }
    /// The positions in `cases` of the related cases of the case at `position`, most related first.
    public func related(at position: Int) -> [Int] { relations.of(position) }
}

/// The whole checked and enriched bulletin.
public struct Bulletin: Sendable {
    public var site: SiteSettings
    public var editions: [EnrichedEdition]
    /// The build clock.
    public var now: Date
    /// Of the site settings, taxonomy, advice, campaigns and link policy: everything but the cases.
    public var fingerprint: Fingerprint
}

extension Bulletin {
    /// Cases dated after the build clock, with the day a build publishes them: their files, once
    /// each (a translation shares its original's day, or waits for it), in date order.
    public var scheduledCases: [(file: String, day: String)] {
        var seen: Set<String> = []
        var found: [(file: String, day: String, instant: Date)] = []
        var originals: [String: CaseDate] = [:]
        for edition in editions {
            for position in edition.cases.indices where edition.cases[position].status == .scheduled {
                let entry = edition.cases[position].entry
                // A translation dated before its scheduled original is published with it (`Enricher.enrich`).
                let date = entry.isTranslation && entry.date.instant <= now ? originals[entry.slug] ?? entry.date : entry.date
                if !entry.isTranslation { originals[entry.slug] = entry.date }
                if seen.insert(entry.file).inserted { found.append((entry.file, "\(date.day)", date.instant)) }
            }
        }
        return found.sorted { ($0.instant, $0.file) < ($1.instant, $1.file) }.map { ($0.file, $0.day) }
    }

    /// Published cases of no scam type, neither declared nor found in their text: on no type's page,
    /// feed or flyer, and in no campaign by type. Their files, once each (the default language's
    /// first); a case that declares `scam_types: []` means it and is not named.
    public var untypedCases: [String] {
        var seen: Set<String> = []
        var files: [String] = []
        for edition in editions {
            for position in edition.cases.indices where edition.cases[position].status == .published && edition.cases[position].scamTypes.isEmpty {
                let entry = edition.cases[position].entry
                if entry.declaredScamTypes == nil, seen.insert(entry.slug).inserted { files.append(entry.file) }
            }
        }
        return files.sorted()
    }
}

/// Stage 4: tagging, advice, campaigns, related cases and statistics.
enum Enricher {
    /// Types scoring below this share of the best type are not tagged. 0.5 since the forty-fourth
    /// session (0.4 before): F1 rose on every part of the labelled narratives, blind batches included.
    static let relativeCut = 0.5

    /// Status, order, related cases and statistics of every edition; `cases` holds each edition's
    /// tagged cases (from `CaseGroup`), `fingerprint` that of everything but the cases.
    /// `relations`: those of an earlier build, by language; each is used where it was worked out
    /// from the same listings, in the same order.
    static func enrich(_ content: Content, cases: consuming [[EnrichedCase]], fingerprint: Fingerprint, now: Date,
                       relations known: [String: Relations] = [:]) -> Bulletin {
        let today = LocalDay(now, in: content.site.timeZone)
        // A translation with a day of its own before its original's, which is scheduled, waits for it
        // (a malformed-input review, fiftieth session): it would be out first, its original not.
        let defaultIndex = content.editions.firstIndex { $0.lang == content.site.defaultLanguage }
        let scheduledOriginals = defaultIndex.map { index in
            Set((index < cases.count ? cases[index] : []).lazy.filter { status($0.entry, now: now, today: today) == .scheduled }.map(\.slug))
        } ?? []
        // Each language's cases are handed over, not shared, so that setting their status changes
        // them in place (a shared array is copied whole by the first change).
        let handed = content.editions.indices.map { index in
            Handed(index < cases.count ? cases[index] : [])
        }
        cases = []
        // Languages are independent of each other: one per core.
        let editions = Parallel.map(Array(content.editions.enumerated())) { index, edition in
            var cases = handed[index].take() ?? []
            for position in cases.indices {
                var status = status(cases[position].entry, now: now, today: today)
                if status.hasPage, index != defaultIndex, cases[position].entry.isTranslation, scheduledOriginals.contains(cases[position].slug) {
                    status = .scheduled
                }
                cases[position].status = status
                cases[position].fingerprint.add(status.rawValue)
                cases[position].listing.add(status.rawValue)
            }
            cases.sort { ($0.entry.date.instant, $0.slug) > ($1.entry.date.instant, $1.slug) }
            let key = Relations.key(cases)
            let relations = known[edition.lang].flatMap { $0.key == key && $0.positions.count == cases.count * relatedLimit ? $0 : nil }
                ?? Relations(key: key, positions: relate(cases))
            return EnrichedEdition(edition: edition, cases: cases, relations: relations,
                                   activeCampaigns: edition.campaigns.filter { $0.window.contains(today) }.map(\.id))
        }
        return Bulletin(site: content.site, editions: editions, now: now, fingerprint: fingerprint)
    }

    /// `EnrichedCase.listing` of a case, but for its status, which `enrich` adds: worked out once
    /// when the case is tagged and kept in the memo, not for every case in every build.
    static func listing(_ item: EnrichedCase) -> Fingerprint {
        let entry = item.entry
        func add(_ date: CaseDate?, to hash: inout Fingerprint) {
            hash.add(date == nil ? 0 : 1)
            guard let date else { return }
            hash.add(Int(Int64(bitPattern: date.instant.timeIntervalSinceReferenceDate.bitPattern)))
            hash.add(date.hasTime ? 1 : 0)
        }
        return Fingerprint { hash in
            hash.add(entry.slug)
            hash.add(entry.title)
            hash.add(entry.summary)
            add(entry.date, to: &hash)
            add(entry.updated, to: &hash)
            hash.add(entry.region.map { [$0] } ?? [])
            hash.add(entry.loss.map { ["\($0.amount)", $0.currency] } ?? [])
            hash.add(item.scamTypes)
            hash.add(item.tactics)
            hash.add(item.campaigns)
        }
    }

    /// Tags, evidence, advice and campaigns of one case. Each kind of term is scored once: the
    /// tags, the evidence and the `untagged-cue` warning all read the same scores.
    /// The status is left for `enrich`: it depends on the build clock, the rest only on the case and the taxonomy.
    /// `cues` are the edition's terms of each kind, prepared by `Tagger.Cues`.
    /// `alsoCues`: a second language's, for a text written in two (`Tagger.reading`).
    static func enrichCase(_ entry: CaseEntry, in edition: Edition, cues: [TermKind: Tagger.Cues], alsoCues: [TermKind: Tagger.Cues]? = nil,
                           inferredByDefault defaults: (types: [String], tactics: [String])?) -> (EnrichedCase, [Diagnostic]) {
        var log = DiagnosticLog()
        let tagger = Tagger(entry.searchableText)
        var inferred = false
        var evidence: [Evidence] = []
        // A genuine event told in a scam's words takes no type or tactic by inference.
        let genuine = (entry.declaredScamTypes == nil || entry.declaredTactics == nil) && defaults == nil
            && GenuineEvent.isTold(title: entry.title, text: entry.searchableText)
        // The headline's line: the first of the text when it is the case's own title.
        let headline = entry.searchableText.lines.first.flatMap { $0.text == entry.title ? (line: $0.number, text: entry.title) : nil }
        func assign(_ kind: TermKind, declared: [String]?, fromDefault: [String]?) -> [String] {
            var scores = cues[kind].map { tagger.scores($0, tactics: kind == .tactic) } ?? []
            if let also = alsoCues?[kind] { scores = Tagger.combined(scores, tagger.scores(also, tactics: kind == .tactic)) }
            let assigned: [String]
            if let declared {
                // A misspelt id is already an error whose hint names the right one: no warning on top.
                // An empty list says the case has none (a genuine refund, a real police call).
                if !entry.isTranslation, !declared.isEmpty, declared.allSatisfy({ edition.term(kind, $0) != nil }) {
                    warnMissing(kind, declared: declared, scores: scores, entry: entry, log: &log)
                }
                assigned = declared
            } else {
                inferred = true
                assigned = fromDefault ?? (genuine ? [] : Tagger.passing(scores, relativeCut: kind == .scamType ? relativeCut : 0, headline: headline).map(\.id))
            }
            evidence += scores.filter { assigned.contains($0.id) }.flatMap(\.evidence)
            return assigned
        }
        let types = assign(.scamType, declared: entry.declaredScamTypes, fromDefault: defaults?.types)
        let tactics = assign(.tactic, declared: entry.declaredTactics, fromDefault: defaults?.tactics)
        evidence.sort { ($0.line, $0.id, $0.phrase) < ($1.line, $1.id, $1.phrase) }

        let assigned = edition.types.filter { types.contains($0.id) } + edition.tactics.filter { tactics.contains($0.id) }
        let adviceIDs = Set(assigned.flatMap(\.advice))
        let advice = adviceIDs.compactMap { edition.advice[$0] }.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }
        var campaigns = entry.campaigns
        for campaign in edition.campaigns where !campaigns.contains(campaign.id)
            && campaign.window.contains(entry.date.day) && campaign.focus.contains(where: types.contains) {
            campaigns.append(campaign.id)
        }
        var item = EnrichedCase(entry: entry, status: .published, scamTypes: types, tactics: tactics,
                                inferred: inferred, details: CaseDetails(evidence: evidence, advice: advice),
                                campaigns: edition.campaigns.map(\.id).filter(campaigns.contains), fingerprint: Fingerprint())
        item.listing = listing(item)
        return (item, log.all)
    }

    static func status(_ entry: CaseEntry, now: Date, today: LocalDay) -> CaseStatus {
        if entry.draft { return .draft }
        if entry.date.instant > now { return .scheduled }
        if let expires = entry.expires, expires < today { return .expired }
        return .published
    }

    /// A declared list that leaves out a type whose cues clearly match is worth a second look.
    static func warnMissing(_ kind: TermKind, declared: [String], scores: [Tagger.Score], entry: CaseEntry, log: inout DiagnosticLog) {
        let line = entry.declaredLines[kind] ?? 1
        for score in Tagger.passing(scores, relativeCut: kind == .scamType ? relativeCut : 0)
        where !declared.contains(score.id) && Double(score.score) >= 1.5 * Double(score.threshold) {
            let phrases = score.evidence.prefix(3).map { "“\($0.phrase)” (line \($0.line))" }.joined(separator: ", ")
            log.warning("untagged-cue", "the text clearly matches \(kind.singular) `\(score.id)` (\(phrases)) but `\(kind == .scamType ? "scam_types" : "tactics")` does not list it",
                        at: SourceLocation(file: entry.file, line: line), hint: "add `\(score.id)`, or ignore this if it does not apply")
        }
    }

    /// How many of the newest cases of each shared type are considered for "related cases".
    static let relatedCandidates = 40
    /// How many related cases a case shows at most.
    static let relatedLimit = 3

    /// Related cases: listed cases sharing scam types (and tactics), most shared first, then newest.
    /// Candidates are the newest `relatedCandidates` cases of each of the case's types, so the work
    /// stays linear in the number of cases. `cases` must be sorted newest first. Returns positions
    /// in `cases`, `relatedLimit` a case (see `Relations`).
    static func relate(_ cases: [EnrichedCase]) -> [Int32] {
        // Tags as small numbers and fields read through indices: copying whole cases, or comparing
        // tag strings, was most of this stage in an incremental build.
        var numbers: [String: Int] = [:]
        func number(_ id: String) -> Int {
            if let known = numbers[id] { return known }
            numbers[id] = numbers.count
            return numbers.count - 1
        }
        let types = cases.map { $0.scamTypes.map(number) }
        let tactics = cases.map { $0.tactics.map(number) }  // only ever compared with tactics
        // Each case's tags also as bits, `words` words a case: shared tags are counted with `&`.
        // (A list holds an id once: the decoder drops repeats.)
        let words = max(1, (numbers.count + 63) / 64)
        func masks(_ tags: [[Int]]) -> [UInt64] {
            var masks = [UInt64](repeating: 0, count: tags.count * words)
            for (index, numbers) in tags.enumerated() {
                for number in numbers { masks[index * words + number / 64] |= 1 << UInt64(number % 64) }
            }
            return masks
        }
        let typeMasks = masks(types), tacticMasks = masks(tactics)
        func shared(_ masks: [UInt64], _ a: Int, _ b: Int) -> Int {
            (0..<words).reduce(0) { $0 + (masks[a * words + $1] & masks[b * words + $1]).nonzeroBitCount }
        }
        let instants = cases.map(\.entry.date.instant)
        let slugs = cases.map(\.slug)
        var newestByType: [Int: [Int]] = [:]
        for index in cases.indices where cases[index].status.isListed {
            for type in types[index] where newestByType[type, default: []].count <= relatedCandidates {
                newestByType[type, default: []].append(index)
            }
        }
        // The three best candidates of each case, kept in order as they are found (a full sort of
        // up to 40 candidates per type per case was most of this stage in an incremental build).
        var lastSeenBy = [Int](repeating: -1, count: cases.count)
        /// More shared tags first, then newer, then by slug.
        func precedes(_ a: (score: Int, index: Int), _ b: (score: Int, index: Int)) -> Bool {
            if a.score != b.score { return a.score > b.score }
            if instants[a.index] != instants[b.index] { return instants[a.index] > instants[b.index] }
            return slugs[a.index] < slugs[b.index]
        }
        var positions = [Int32](repeating: -1, count: cases.count * relatedLimit)
        for index in cases.indices {
            var best: [(score: Int, index: Int)] = []
            for type in types[index] {
                for other in newestByType[type] ?? [] where other != index && lastSeenBy[other] != index {
                    lastSeenBy[other] = index
                    let candidate = (score: shared(typeMasks, index, other) * 3 + shared(tacticMasks, index, other), index: other)
                    guard best.count < relatedLimit || precedes(candidate, best[relatedLimit - 1]) else { continue }
                    best.insert(candidate, at: best.firstIndex { precedes(candidate, $0) } ?? best.count)
                    if best.count > relatedLimit { best.removeLast() }
                }
            }
            for (slot, found) in best.enumerated() { positions[index * relatedLimit + slot] = Int32(found.index) }
        }
        return positions
    }

    static func statistics(_ cases: [EnrichedCase]) -> Statistics {
        var stats = Statistics()
        // By position, reading fields in place: copying each case cost more than counting it.
        for index in cases.indices where cases[index].status.isListed {
            stats.caseCount += 1
            let entry = (month: cases[index].entry.date.day.monthKey, region: cases[index].entry.region, loss: cases[index].entry.loss)
            stats.casesByMonth[entry.month, default: 0] += 1
            if let region = entry.region { stats.casesByRegion[region, default: 0] += 1 }
            guard let loss = entry.loss else { continue }
            stats.totalLoss[loss.currency, default: 0] += loss.amount
            stats.lossByMonth[entry.month, default: [:]][loss.currency, default: 0] += loss.amount
            if let region = entry.region { stats.lossByRegion[region, default: [:]][loss.currency, default: 0] += loss.amount }
            for type in cases[index].scamTypes { stats.lossByType[type, default: [:]][loss.currency, default: 0] += loss.amount }
        }
        return stats
    }

    /// `listed` read in place by position: a loop over the cases would copy each.
    static func tagPositions(_ listed: [EnrichedCase]) -> TagPositions {
        var tagged = TagPositions()
        for position in listed.indices {
            for type in listed[position].scamTypes { tagged.byType[type, default: []].append(position) }
            for tactic in listed[position].tactics { tagged.byTactic[tactic, default: []].append(position) }
            for campaign in listed[position].campaigns { tagged.byCampaign[campaign, default: []].append(position) }
        }
        return tagged
    }
}
