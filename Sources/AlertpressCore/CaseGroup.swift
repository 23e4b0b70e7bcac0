import Foundation

/// A case's default-language file and its translations: decoded, assembled in every language and
/// tagged together, apart from every other case, so groups run in parallel and an unchanged group
/// is taken from the memo of the previous build.
enum CaseGroup {
    /// Stage 2 for one group: what its files say, and the hosts they add to the link policy.
    struct Decoded: Sendable {
        var sourceKey: Fingerprint
        var diagnostics: [Diagnostic]
        var scamHosts: [String]
        var trustedHosts: [String]
        /// Nil when taken from the memo: decoded again only if the group must be assembled again.
        var raws: [Decoder.RawCase]?
        /// The memo's group of the slug, which `assemble` reads too: looked up once.
        var memo: CaseMemo.Group?
    }

    /// What every group is assembled with.
    struct Settings: Sendable {
        var editions: [Edition]
        var defaultLanguage: String
        var timeZone: TimeZone
        var typeIDs: Set<String>
        var tacticIDs: Set<String>
        var campaignIDs: Set<String>
        /// Each campaign's titles in every language, by its id: `campaigns: [双11]` is told the id it meant.
        var campaignTitles: [String: [String]]
        /// So for each scam type's and tactic's names: `scam_types: [Fake online shopping]`.
        var typeNames: [String: [String]]
        var tacticNames: [String: [String]]
        var baseURL: String
        var links: LinkPolicy
        /// Each edition's terms prepared for tagging, by language: laid out on another core, or by the first group that asks.
        var cues: Prepared<[String: [TermKind: Tagger.Cues]]>
        /// Several files carry the default language's suffix: `languages` in the wrong order is the
        /// one error told, and a text in the other language is not told again in each file.
        var languagesMisordered: Bool
        /// Of everything above but `links`, whose verdicts each group's key holds for the hosts it names.
        var environment: Fingerprint
    }

    /// Reads a file of `Alerts/` again, by its path relative to it.
    typealias Reread = @Sendable (String) -> Result<Data, any Error>

    static func sourceKey(_ files: [ContentFile], timeZone: TimeZone) -> Fingerprint {
        Fingerprint { hash in
            hash.add(timeZone.identifier)
            for file in files {
                hash.add(file.relative)
                hash.add(file.digest)
            }
        }
    }

    /// The group's files with their bytes: those the loader only hashed are read again, with an
    /// error for each that cannot be. `changed`: the paths of those that are no longer what was
    /// hashed (edited during the build).
    static func withBytes(_ files: [ContentFile], reread: Reread, log: inout DiagnosticLog) -> (files: [ContentFile], changed: [String]) {
        var files = files
        var changed: [String] = []
        for index in files.indices where files[index].data == nil {
            switch reread(files[index].relative) {
            case .success(let data):
                let loaded = LoadedFile(data, keep: true)
                if loaded.digest != files[index].digest { changed.append(files[index].path) }
                files[index] = files[index].with(loaded)
            case .failure(let error):
                log.error("unreadable", "cannot read file: \(error.localizedDescription)", at: SourceLocation(file: files[index].path, line: 0, column: 0))
            }
        }
        return (files, changed)
    }

    static func decode(_ files: [ContentFile], timeZone: TimeZone, memo: CaseMemo.Group?, reread: Reread) -> Decoded {
        let key = sourceKey(files, timeZone: timeZone)
        if let memo, memo.sourceKey == key {
            return Decoded(sourceKey: key, diagnostics: memo.decodeDiagnostics, scamHosts: memo.scamHosts,
                           trustedHosts: memo.trustedHosts, raws: nil, memo: memo)
        }
        var log = DiagnosticLog()
        let files = withBytes(files, reread: reread, log: &log).files
        var diagnostics = log.all
        var decoded: [(file: ContentFile, item: Decoder.RawCase?, diagnostics: [Diagnostic])] = []
        let raws = rawCases(files, timeZone: timeZone) { file, item, log in decoded.append((file, item, log.all)) }
        // A translation may name the numbers and addresses its original lists in `indicators`: it
        // inherits the list, and the case is one story told in two languages.
        let indicators = raws.flatMap { $0.indicators ?? [] }
        for (file, item, logged) in decoded {
            var log = DiagnosticLog()
            if let item {
                Resolver.scanPersonalData(item, indicators: indicators, log: &log)
                Resolver.scamPageSources(item, log: &log)
            } else if let data = file.data, case let text = Resolver.scannedText(data), let close = Self.frontMatterEnd(text) {
                // Front matter that does not read: the body's personal data is told with its errors, not a build later.
                Resolver.scanPersonalData(in: text, file: file.path, skipping: 1...close, log: &log)
            }
            diagnostics += logged + log.all
        }
        let scamHosts = Set(indicators.flatMap(Defang.hosts(of:)))
        // A source at `www.news.cn` is the site `news.cn` too, as text names it. One on a platform where
        // anyone publishes (`mp.weixin.qq.com`) trusts no other page there.
        let trustedHosts = Set(raws.flatMap { $0.sources ?? [] }.compactMap { URL(string: $0.url)?.host?.lowercased() }
            .filter { !LinkPolicy.isSharedPlatform($0) }
            .flatMap { host in
                let site = String(host.dropFirst(4))
                // Never a suffix anyone registers under (`www.com.cn`).
                return host.hasPrefix("www.") && site.contains(".") && !Decoder.isOpenSuffix(site) ? [host, site] : [host]
            })
        // The key of the bytes decoded, which differ from those hashed if a file was saved since.
        return Decoded(sourceKey: sourceKey(files, timeZone: timeZone), diagnostics: diagnostics, scamHosts: scamHosts.sorted(),
                       trustedHosts: trustedHosts.sorted(), raws: raws, memo: memo)
    }

    /// The group's files as decoded (those with bytes); `each` sees every file's decoder log and the case, if any.
    private static func rawCases(_ files: [ContentFile], timeZone: TimeZone,
                                 each: (ContentFile, Decoder.RawCase?, inout DiagnosticLog) -> Void = { _, _, _ in }) -> [Decoder.RawCase] {
        files.compactMap { file in
            guard file.data != nil else { return nil }
            var decoder = Decoder(timeZone: timeZone)
            let item = decoder.case(file)
            each(file, item, &decoder.log)
            return item
        }
    }

    /// The line number of the `---` that closes a file's front matter, when its first line opens one.
    static func frontMatterEnd(_ text: String) -> Int? {
        let lines = text.splitLines()
        guard lines.first?.trimmingWhitespace() == "---" else { return nil }
        return lines.dropFirst().firstIndex { $0.trimmingWhitespace() == "---" }.map { $0 + 1 }
    }

    /// Stages 3–4 for one group: checks its ids, makes the case in every language that has it and
    /// tags it (translations take the default language's tags when they infer theirs).
    static func assemble(_ decoded: Decoded, files: [ContentFile], settings: Settings, reread: Reread) -> CaseMemo.Group {
        // The group's own sources are trusted in its text, no other group's.
        let links = settings.links.trusting(decoded.trustedHosts)
        func key(linkHosts: [String]) -> Fingerprint {
            Fingerprint { hash in
                hash.add(decoded.sourceKey)
                hash.add(settings.environment)
                hash.add(links.verdicts(on: linkHosts))
            }
        }
        if let memo = decoded.memo, memo.key == key(linkHosts: memo.linkHosts) { return memo }
        var log = DiagnosticLog()
        let raws: [Decoder.RawCase]
        if let decodedRaws = decoded.raws {
            raws = decodedRaws
        } else {
            // From the memo: decoded again, without what `decode` found then (its diagnostics and hosts are kept).
            let read = withBytes(files, reread: reread, log: &log)
            raws = rawCases(read.files, timeZone: settings.timeZone)
            // Those diagnostics and hosts (the personal-data scan, the scam hosts the link policy
            // defangs) are of the bytes that were hashed: other bytes are not published.
            for path in read.changed {
                log.error("changed-during-build", "the file changed while the site was being built", at: SourceLocation(file: path, line: 0, column: 0),
                          hint: "build again")
            }
        }
        var askedHosts: Set<String> = []
        for raw in raws {
            Resolver.checkIDs(raw.scamTypes, in: settings.typeIDs, what: "scam type", elsewhere: (settings.tacticIDs, "tactic", "tactics"),
                              titles: settings.typeNames, log: &log)
            Resolver.checkIDs(raw.tactics, in: settings.tacticIDs, what: "tactic", elsewhere: (settings.typeIDs, "scam type", "scam_types"),
                              titles: settings.tacticNames, log: &log)
            Resolver.checkIDs(raw.campaigns, in: settings.campaignIDs, what: "campaign", titles: settings.campaignTitles, log: &log)
        }
        let base = raws.first { $0.lang == nil }
        // A default-language file that did not decode has its errors already; its translations
        // would only add "missing required key" for what they inherit.
        let baseFailed = base == nil && files.contains { $0.langSuffix == nil }
        var cases: [EnrichedCase] = []
        var defaultTags: (types: [String], tactics: [String])?
        let translated = settings.editions.map(\.lang).filter { $0 != settings.defaultLanguage }
        for edition in settings.editions {
            let suffix: String? = edition.lang == settings.defaultLanguage ? nil : edition.lang
            guard suffix == nil || !baseFailed, let own = raws.first(where: { $0.lang == suffix }),
                  let entry = Resolver.makeCase(base: suffix == nil ? nil : base, own: own, lang: edition.lang,
                                                translated: translated, log: &log,
                                                markdown: MarkdownRenderer(baseURL: settings.baseURL, links: links), asked: &askedHosts) else { continue }
            // A Chinese text in a file of the default language (or the other way round) is tagged by
            // the cues of the language it is written in, and the editor is told to name it as such.
            // A Chinese text with English running through it is read by the English cues too.
            let (written, alsoRead) = Tagger.reading(of: entry.searchableText, in: edition.lang, among: settings.editions.map(\.lang))
            if let written, !settings.languagesMisordered {
                let name = written.chinese ? "Chinese" : "a language written in Latin letters"
                log.warning("wrong-language", "the text is in \(name), but the file is one of `\(edition.lang)`: its pages say it is in `\(edition.lang)`",
                            at: SourceLocation(file: entry.file, line: 1),
                            hint: written.lang.map { lang in
                                let target = lang == settings.defaultLanguage ? nil : lang
                                // `x-zh.md` for `x.zh.md`: the language after a hyphen is the suffix meant.
                                let slug = target.flatMap { target in ["-", "_"].lazy.map { $0 + target }.first(where: entry.slug.hasSuffix) }
                                    .map { String(entry.slug.dropLast($0.count)) } ?? entry.slug
                                let name = "\(slug)\(target.map { "." + $0 } ?? "").md"
                                // That name taken by the group's file in that language: the two were swapped, or this one is a copy.
                                guard !files.contains(where: { $0.langSuffix == target }) else {
                                    return "`\(name)` exists already: if the two files' texts are swapped, swap their names; otherwise write this file in `\(edition.lang)`"
                                }
                                return "rename it `\(name)`: a file's name says its language (none for the default language)"
                            }
                                ?? "add the language to `languages` in site.yml and name the file `\(entry.slug).<language>.md`")
            }
            let (item, diagnostics) = Enricher.enrichCase(entry, in: edition, cues: settings.cues.value[written?.lang ?? edition.lang] ?? [:],
                                                           alsoCues: alsoRead.flatMap { settings.cues.value[$0] },
                                                           inferredByDefault: entry.isTranslation ? defaultTags : nil)
            log.append(contentsOf: diagnostics)
            if suffix == nil { defaultTags = (item.scamTypes, item.tactics) }
            cases.append(item)
        }
        let linkHosts = askedHosts.sorted()
        let groupKey = key(linkHosts: linkHosts)
        for index in cases.indices {
            cases[index].fingerprint = Fingerprint { hash in
                hash.add(groupKey)
                hash.add(cases[index].entry.lang)
            }
        }
        return CaseMemo.Group(sourceKey: decoded.sourceKey, decodeDiagnostics: decoded.diagnostics, scamHosts: decoded.scamHosts,
                              trustedHosts: decoded.trustedHosts, linkHosts: linkHosts, key: groupKey, diagnostics: log.all,
                              cases: cases, stored: nil)
    }
}
