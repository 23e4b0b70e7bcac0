import Foundation

/// What checking `Alerts/` produced: every diagnostic, and the enriched bulletin when there were no errors.
public struct CheckResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// The enriched bulletin; present whenever the content could be assembled, even with errors
    /// (so `check --format json` can still describe the cases), but a build publishes only when `errors == 0`.
    public var bulletin: Bulletin?
    /// What the next check or build can reuse.
    public var memo = CaseMemo()
    /// The files of published cases, hashed, by signature: what the next build need not read again.
    public var known = KnownFiles()
    /// The slugs of cases without a page in any language (drafts, future cases): a build keeps
    /// them out of the output folder, build state included.
    public var unpublished: Set<String> = []

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// The content stages, in order: load → validate and parse → enrich.
public enum ContentPipeline {
    /// `memo` is what an earlier run returned: cases whose inputs are unchanged are taken from it.
    public static func check(alerts: String, fileSystem: some ContentFileSystem, clock: BuildClock, memo: CaseMemo = CaseMemo()) -> CheckResult {
        var log = DiagnosticLog()
        let memo = usable(memo, alerts: alerts)
        let files = Loader.load(alerts: alerts, fileSystem: fileSystem, isMemoized: { memo[slug: $0] != nil }, log: &log) // load
        return check(files, alerts: alerts, fileSystem: fileSystem, clock: clock, memo: memo, log: log)
    }

    /// A build's check: the memo a build stored is decoded (`memo`) while `Alerts/` is read.
    /// `memoized`: whether the stored memo is of this program and this `Alerts/` path. Then each
    /// case file is only hashed, as it is for a case the memo has: those of new cases are read again.
    /// `known`: the case files the last build hashed; those that kept their signature are not read.
    public static func check(alerts: String, fileSystem: some ContentFileSystem, clock: BuildClock, memoized: Bool, known: KnownFiles,
                             memo: () async -> CaseMemo) async -> CheckResult {
        var log = DiagnosticLog()
        let files = Loader.load(alerts: alerts, fileSystem: fileSystem, isMemoized: { _ in memoized }, known: known, log: &log) // load
        return check(files, alerts: alerts, fileSystem: fileSystem, clock: clock, memo: usable(await memo(), alerts: alerts), log: log)
    }

    /// Cached diagnostics and cases name their files by the path given for `Alerts/`: a memo of another is not used.
    private static func usable(_ memo: CaseMemo, alerts: String) -> CaseMemo {
        memo.root == Loader.displayPath(alerts) ? memo : CaseMemo()
    }

    private static func check(_ files: [ContentFile], alerts: String, fileSystem: some ContentFileSystem, clock: BuildClock,
                              memo: CaseMemo, log: DiagnosticLog) -> CheckResult {
        var log = log
        // Without the folder, its missing site.yml and advice.yml would only repeat that.
        if log.all.contains(where: { $0.code == "no-content" || $0.code == "unreadable-folder" }) { return CheckResult(diagnostics: log.sorted, bulletin: nil) }
        let reread: @Sendable (String) -> Result<Data, any Error> = { relative in Result { try fileSystem.read(Resolver.join(alerts, relative)) } }
        // The table of known files is made on another core meanwhile; only the files of cases
        // without a page, known once the cases are enriched, are then left out.
        let known = Prepared { KnownFiles(files) }
        known.start()
        let resolved = Resolver.resolve(files, alertsPath: Loader.displayPath(alerts), memo: memo, reread: reread, log: &log) // validate + parse + tag
        var bulletin: Bulletin?, newMemo = CaseMemo()
        if var resolved = consume resolved { // enrich: the cases move in, and are changed in place rather than copied
            let enriched = Enricher.enrich(resolved.content, cases: resolved.takeCases(), fingerprint: resolved.fingerprint,
                                           now: clock.resolve(in: resolved.content.site.timeZone), relations: memo.relations)
            newMemo = resolved.memo
            newMemo.relations = Dictionary(enriched.editions.map { ($0.lang, $0.relations) }) { first, _ in first }
            newMemo.storedRelations = memo.storedRelations
            bulletin = enriched
        }
        if let bulletin {
            checkUpdates(bulletin, log: &log)
            checkCopies(bulletin, log: &log)
            checkSameTitles(bulletin, log: &log)
        }
        var unpublished: Set<String> = []
        for edition in bulletin?.editions ?? [] { // by position: a filter would copy every case
            for position in edition.cases.indices where !edition.cases[position].status.hasPage { unpublished.insert(edition.cases[position].slug) }
        }
        return CheckResult(diagnostics: log.sorted, bulletin: bulletin, memo: newMemo,
                           known: known.value.leavingOut(unpublished, of: files), unpublished: unpublished)
    }

    /// `updated` after the build clock on a case with a page is a typo (2062 for 2026): it would date
    /// the page, the feeds and the sitemap in the future. An error where it is written, once (a
    /// translation may take it from its original). A `date` more than a year ahead is a warning:
    /// such a case is scheduled, and nothing else would say it is not published.
    static func checkUpdates(_ bulletin: Bulletin, log: inout DiagnosticLog) {
        let today = LocalDay(bulletin.now, in: bulletin.site.timeZone)
        var reported: Set<SourceLocation> = []
        func farAhead(_ item: EnrichedCase) -> Bool { item.status == .scheduled && item.entry.date.instant.timeIntervalSince(bulletin.now) > 366 * 86_400 }
        // Every case a year or more ahead and none published: the clock is wrong, not the dates (SOURCE_DATE_EPOCH
        // left at 1980 or 0 by a build environment). One warning says so, not one for each case.
        let ahead = bulletin.editions.flatMap { edition in edition.cases.indices.filter { farAhead(edition.cases[$0]) }.compactMap { edition.cases[$0].entry.dateLocation } }
        let clockBehind = ahead.count > 1 && !bulletin.editions.contains { edition in edition.cases.indices.contains { edition.cases[$0].status.hasPage } }
        if clockBehind, let first = ahead.min(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            log.warning("far-future", "the build clock (\(today)) is more than a year before the date of every case (\(ahead.count) of them): a build would publish none",
                        at: first, hint: "check --now and SOURCE_DATE_EPOCH, which build environments may leave at 1980 or 0")
        }
        for edition in bulletin.editions {
            // By position: iterating the cases would copy each.
            for position in edition.cases.indices {
                let status = edition.cases[position].status
                if status.hasPage, let updated = edition.cases[position].entry.updated, updated.instant > bulletin.now,
                   let location = edition.cases[position].entry.updatedLocation, reported.insert(location).inserted {
                    log.error("invalid-date", "`updated` (\(updated.day)) is after the build clock (\(today))", at: location,
                              hint: "a correction cannot be dated in the future: fix the date, or leave `updated` out")
                }
                // A case dated more than a year ahead is most likely a typo (2205 for 2025), hidden until then.
                if !clockBehind, farAhead(edition.cases[position]), case let date = edition.cases[position].entry.date,
                   let location = edition.cases[position].entry.dateLocation, reported.insert(location).inserted {
                    log.warning("far-future", "`date` (\(date.day)) is more than a year after the build clock (\(today)): the case stays unpublished until then",
                                at: location, hint: "a typing error? A date in the future publishes the case on that day")
                }
                // Nor is a scam case reported more than thirty years ago (1925 for 2025): it would be published as one.
                if case let date = edition.cases[position].entry.date, date.day.year < today.year - 30,
                   let location = edition.cases[position].entry.dateLocation, reported.insert(location).inserted {
                    log.warning("far-past", "`date` (\(date.day)) is more than thirty years before the build clock (\(today)): the case is published with that date",
                                at: location, hint: "a typing error? Check the year")
                }
            }
        }
    }

    /// Two pages with the same story, word for word, are most likely a file copied to start a new case
    /// and left as it was, or one report added twice: a warning at each, naming the other (which is
    /// the copy is the editor's to say). Cases are grouped by the fingerprint of the search text (the
    /// story's first 2,000 characters), which the memo keeps, so an edit build reads no story unless
    /// two start alike; then their whole stories are compared. A story too short to tell a case by
    /// ("See the police notice.") is not compared.
    static func checkCopies(_ bulletin: Bulletin, log: inout DiagnosticLog) {
        for edition in bulletin.editions {
            var groups: [Fingerprint: [Int]] = [:]
            for position in edition.cases.indices where edition.cases[position].status.hasPage {
                groups[edition.cases[position].entry.searchTextKey, default: []].append(position)
            }
            for group in groups.values where group.count > 1 {
                let entries = group.map { edition.cases[$0].entry }
                guard entries[0].searchText.withUTF8({ $0.count }) >= 120 else { continue }
                // The search text is the story's start: the stories themselves are compared (few cases share one).
                let first = entries[0].withBodyHTML { Array($0) }
                let files = entries.filter { $0.withBodyHTML { $0.elementsEqual(first) } }.map(\.file).sorted()
                guard files.count > 1 else { continue }
                for file in files {
                    let others = files.filter { $0 != file }
                    log.warning("copied-case", "this case tells the same story as \(naming(others)), word for word: \(others.count > 1 ? "all" : "both") are published",
                                at: SourceLocation(file: file, line: 1),
                                hint: "a copy left behind, or a report added twice? Delete one, or write each case's own story")
                }
            }
        }
    }

    /// Two published cases of one language with one headline and one summary written for it (whatever
    /// their case, spacing and signs) but different stories: most likely a file copied to start a new case
    /// with the old title and summary left in (a malformed-input review, fiftieth session). A warning at
    /// each, naming the other; stories that are the same as well are `checkCopies`'s. (A headline alone
    /// may well be a bulletin's for many cases: 警惕冒充客服退款诈骗.)
    static func checkSameTitles(_ bulletin: Bulletin, log: inout DiagnosticLog) {
        for edition in bulletin.editions {
            var groups: [String: [Int]] = [:]
            for position in edition.cases.indices where edition.cases[position].status.hasPage && !edition.cases[position].entry.summaryIsDerived {
                let entry = edition.cases[position].entry
                groups[titleKey(entry.title + "\n" + entry.summary), default: []].append(position)
            }
            for group in groups.values where group.count > 1 {
                let entries = group.map { edition.cases[$0].entry }
                guard Set(entries.map(\.searchTextKey)).count > 1 else { continue }
                let files = entries.map(\.file).sorted()
                for file in files {
                    log.warning("same-title", "this case has the same title and summary as \(naming(files.filter { $0 != file })), and another story: readers see two cases under one headline",
                                at: SourceLocation(file: file, line: 1),
                                hint: "a copy left behind with the old title (and summary)? Give each case its own title")
                }
            }
        }
    }

    /// A title and summary as `checkSameTitles` compares them: in lower case, their letters, digits and the line between them.
    /// ASCII and the common Chinese characters are told apart without Unicode's tables, which every edit build would
    /// otherwise ask for each character of every case.
    static func titleKey(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        // Whether the last scalar was kept as a letter's or a digit's: a mark after it goes with it (`İ` in lower case is `i`
        // and a dot above), as in a Character; a line's end takes none.
        var letter = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value == 0x0A {
                kept.append(scalar)
                letter = false
                continue
            }
            letter = switch scalar.value {
            case 0x30...0x39, 0x61...0x7A, 0x4E00...0x9FFF: true
            case ..<0x80: false
            default:
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || letter && [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
            }
            if letter { kept.append(scalar) }
        }
        return String(kept)
    }

    /// The other files of a group, as a warning names them: the first, and how many more.
    private static func naming(_ others: [String]) -> String {
        "`\(others.first ?? "")`" + (others.count > 1 ? " and \(others.count - 1) other case(s)" : "")
    }

    /// The time zone and languages of `site.yml`, read without the rest of the bulletin; nil (or
    /// no languages) when they cannot be read.
    public static func siteBasics(alerts: String, fileSystem: some ContentFileSystem) -> (timeZone: TimeZone?, languages: [String]) {
        let path = Resolver.join(alerts, "site.yml")
        guard let data = try? fileSystem.read(path) else { return (nil, []) }
        var decoder = Decoder(timeZone: TimeZone(identifier: "UTC") ?? .current)
        let file = ContentFile(role: .site, path: path, name: "site", langSuffix: nil, data: data)
        let site = decoder.site(file, translation: false)
        return (site?.timeZone, site?.languages?.map(\.value) ?? [])
    }
}

/// The `check --format json` document (SPEC §3).
public enum CheckReport {
    struct Document: Encodable {
        var errors: Int
        var warnings: Int
        var diagnostics: [Diagnostic]
        var cases: [CaseReport]
    }

    struct CaseReport: Encodable {
        var file: String
        var slug: String
        var lang: String
        var published: Bool
        var status: CaseStatus
        var scam_types: [String]
        var tactics: [String]
        var inferred: Bool
        var evidence: [Evidence]
        var advice: [String]
        var campaigns: [String]
    }

    public static func json(_ result: CheckResult) -> String {
        let cases = (result.bulletin?.editions ?? []).flatMap { edition in
            edition.cases.map { item in
                CaseReport(file: item.entry.file, slug: item.slug, lang: edition.lang, published: item.status.isListed,
                           status: item.status, scam_types: item.scamTypes, tactics: item.tactics, inferred: item.inferred,
                           evidence: item.evidence, advice: item.advice.map(\.id), campaigns: item.campaigns)
            }
        }.sorted { ($0.file, $0.lang) < ($1.file, $1.lang) }
        // Lines and columns as the text output shows them: a problem with a whole file is at 1:1.
        let diagnostics = result.diagnostics.map { diagnostic in
            var shown = diagnostic
            shown.line = max(diagnostic.line, 1)
            shown.column = max(diagnostic.column, 1)
            return shown
        }
        let document = Document(errors: result.errors, warnings: result.warnings, diagnostics: diagnostics, cases: cases)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
