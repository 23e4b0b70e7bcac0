import Foundation

/// Stages 2–3: decodes every file, checks what files say about each other (ids, translations,
/// duplicates, personal data), renders Markdown, and assembles one complete `Edition` per language.
public enum Resolver {
    /// The content, each edition's cases enriched (in slug order, without status or related
    /// cases), the memo for the next build and the fingerprint of everything but the cases.
    struct Resolved {
        var content: Content
        var cases: [[EnrichedCase]]
        var memo: CaseMemo
        var fingerprint: Fingerprint

        /// The cases, leaving none here: `enrich` then holds the only reference to each array.
        mutating func takeCases() -> [[EnrichedCase]] {
            defer { cases = [] }
            return cases
        }
    }

    /// `memo` is of the same `alertsPath`; `reread` reads the files the loader only hashed.
    static func resolve(_ files: [ContentFile], alertsPath: String, memo: CaseMemo, reread: @escaping CaseGroup.Reread,
                        log: inout DiagnosticLog) -> Resolved? {
        // site.yml first: it sets the languages and the time zone every date is read in.
        var siteDecoder = Decoder(timeZone: TimeZone(identifier: "UTC") ?? .current)
        let siteFiles = files.filter { $0.role == .site }
        let rawSite = siteFiles.first { $0.langSuffix == nil }.flatMap { siteDecoder.site($0, translation: false) }
        if !siteFiles.contains(where: { $0.langSuffix == nil }) {
            let path = alertsPath.isEmpty ? "site.yml" : alertsPath + "/site.yml"
            siteDecoder.log.error("missing-file", "`site.yml` is missing", at: SourceLocation(file: path, line: 0, column: 0),
                                  hint: "is --alerts the folder with site.yml, advice.yml, types/ and cases/? site.yml sets the title, base_url, languages, timezone, publisher, hotlines and report_url")
        }
        let languages = rawSite?.languages?.map(\.value) ?? ["en"]
        let defaultLanguage = languages.first ?? "en"
        var decoder = Decoder(timeZone: rawSite?.timeZone ?? TimeZone(identifier: "UTC") ?? .current, log: siteDecoder.log)

        // File-name languages must be configured ones, and not the default one. When site.yml
        // cannot say which they are, its own error is the one to fix: the translations wait.
        // (A tag that is none, `English` or `zh_CN`, is that error: the files it meant wait for it too.)
        let languagesKnown = rawSite?.languages != nil && languages.allSatisfy(Decoder.isLanguageTag)
        // Files in a language site.yml does not list, by language: one error for each language.
        var unlisted: [String: [ContentFile]] = [:]
        // Files whose names carry the default language's suffix: one error each, or one at `languages`
        // for several (the list written in the wrong order, `[zh, en]` for an English-first site).
        var namingDefault: [ContentFile] = []
        func isUsable(_ file: ContentFile) -> Bool {
            guard let lang = file.langSuffix else { return true }
            guard languagesKnown else { return false }
            if lang == defaultLanguage {
                namingDefault.append(file)
                return false
            }
            guard languages.contains(lang) else {
                unlisted[lang, default: []].append(file)
                return false
            }
            return true
        }
        func reportNamingDefault() {
            guard let first = namingDefault.first else { return }
            guard namingDefault.count > 1, let listed = rawSite?.languages?.first else {
                decoder.log.error("invalid-language", "`.\(defaultLanguage).` names the default language", at: SourceLocation(file: first.path, line: 1),
                                  hint: "name the default-language file without a language suffix")
                return
            }
            let others = languages.filter { $0 != defaultLanguage }
            let reordered = others.isEmpty ? "" : "if the files without a suffix are in `\(others[0])`, list it first (`languages: [\((others + [defaultLanguage]).joined(separator: ", "))]`); "
            decoder.log.error("invalid-language", "\(namingDefault.count) files carry `.\(defaultLanguage).` in their names, but `\(defaultLanguage)` is the default language (the first in `languages`), whose files have none; the first is `\(first.relative)`",
                              at: listed.location, hint: "\(reordered)otherwise take `.\(defaultLanguage)` out of their names")
        }
        func reportUnlisted() {
            for (lang, files) in unlisted.sorted(by: { $0.key < $1.key }) {
                guard let first = files.first else { continue }
                // `x.md.md` and `x..md`, a name typed or saved twice: no language meant.
                if lang.isEmpty || ["md", "markdown", "txt", "yml", "yaml"].contains(lang.lowercased()) {
                    for file in files {
                        let written = lang.isEmpty ? "`..`" : "`.\(lang)` before `.md`"
                        decoder.log.error("invalid-slug", "the file name has \(written): it reads as a language suffix", at: SourceLocation(file: file.path, line: 1),
                                          hint: "rename it to `\(file.name).md`")
                    }
                    continue
                }
                let more = files.count > 1 ? "; \(files.count - 1) more file(s) are in `\(lang)` too" : ""
                // `zh-Hans` listed, `.zh.md` files: the suffix must be the tag as listed.
                // `zh_CN` (a locale's underscore) is `zh` too.
                let sameLanguage = languages.first { $0.split(separator: "-").first.map(String.init) == lang.split(whereSeparator: { "-_".contains($0) }).first.map(String.init) }
                // Country codes and names used for languages: `.cn.md` means Chinese (`zh`), `.uk.md` English.
                let meant = Self.languageAliases[lang.lowercased()].flatMap { alias in languages.first { $0.lowercased().hasPrefix(alias) } }
                let hint = Decoder.copyHint("\(first.name).\(lang)", lang: nil)
                    ?? meant.map { "`\(lang)` is no language code: for this language write `.\($0).md` (rename the file to `\(first.name).\($0).md`)" }
                    ?? sameLanguage.map { lang.contains("_") ? "site.yml lists `\($0)`: rename the file to `\(first.name).\($0).md`"
                                                             : "site.yml lists `\($0)`: write `\(lang)` there, or use `.\($0).` in the file names" }
                    ?? Suggest.hint(lang, in: languages.filter(Decoder.isLanguageTag))
                    // `camera.v2.md`, `notes.final.md`: no language tag at all, but a word of the name after a dot.
                    ?? (Decoder.isLanguageTag(lang) ? "add `\(lang)` to `languages` in site.yml, or rename the file"
                        : "only a language goes between the name and `.md` (`<slug>.zh.md`): rename it to `\(first.name)-\(Decoder.slugify(lang)).md`")
                decoder.log.error("invalid-language", "language `\(lang)` in the file name is not in site.yml `languages`\(more)",
                                  at: SourceLocation(file: first.path, line: 1), hint: hint)
            }
        }
        // Cases apart from the few other files, which most steps below read: a loop over all files
        // would copy every case file.
        var caseFiles: [ContentFile] = [], otherFiles: [ContentFile] = []
        for index in files.indices where isUsable(files[index]) {
            if files[index].role == .case { caseFiles.append(files[index]) } else { otherFiles.append(files[index]) }
        }
        reportNamingDefault()
        reportUnlisted()
        // A language no file is written in gets a whole edition all the same: the default
        // language's pages again, under its folder and marked as its language.
        for language in rawSite?.languages?.dropFirst() ?? [] where languagesKnown && language.value != defaultLanguage
            && !caseFiles.contains(where: { $0.langSuffix == language.value }) && !otherFiles.contains(where: { $0.langSuffix == language.value }) {
            decoder.log.warning("empty-language", "no file is written in `\(language.value)`: its pages would list no case and show the default language's text, marked as `\(language.value)`",
                                at: language.location, hint: "add translations (`site.\(language.value).yml`, `<slug>.\(language.value).md`…), or take `\(language.value)` out of `languages`")
        }
        // A language with files of its own but no site.<lang>.yml: its pages and flyers carry the
        // default language's title, description and publisher.
        for language in rawSite?.languages?.dropFirst() ?? [] where language.value != defaultLanguage
            && !otherFiles.contains(where: { $0.role == .site && $0.langSuffix == language.value })
            && (caseFiles.contains(where: { $0.langSuffix == language.value }) || otherFiles.contains(where: { $0.langSuffix == language.value })) {
            decoder.log.warning("untranslated", "there is no `site.\(language.value).yml`: pages and flyers in `\(language.value)` show site.yml's title, description and publisher",
                                at: language.location, hint: "add `site.\(language.value).yml` with `title`, `description` and `publisher` in `\(language.value)`")
        }

        // The advice library, the taxonomy and campaigns are published too. site.yml holds the
        // publisher's own contacts (its numbers and addresses), but no one's ID, bank card or account.
        // The scam types and tactics are scanned as they are decoded (`TaxonomyMemo.decode`), which an edit build skips.
        for file in otherFiles {
            guard let data = file.data else { continue } // the loader keeps every file but cases
            if case .term = file.role { continue }
            let text = Self.scannedText(data)
            scanPersonalData(in: text, file: file.path, kinds: file.role == .site ? [.residentID, .card, .nationalID, .travelDocument, .iban, .bankAccount] : Self.publishedKinds,
                             log: &decoder.log)
            guard file.role != .site else {
                // A mainland mobile among the publisher's contacts is most likely a person's own: a warning.
                var mobiles = DiagnosticLog()
                scanPersonalData(in: text, file: file.path, kinds: [.mobile], log: &mobiles)
                for found in mobiles.all {
                    let masked = found.message.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
                    decoder.log.warning("personal-mobile", "`\(file.path.split(separator: "/").last ?? "site.yml")` gives a mobile number (\(masked)), printed on every page and flyer: most likely a person's own",
                                        at: SourceLocation(file: found.file, line: found.line, column: found.column),
                                        hint: "give the desk's hotline or landline instead; keep it only if the mobile is the desk's official line")
                }
                continue
            }
            // A type's or campaign's file name is its public address: URLs, the sitemap, flyer names and QR codes.
            if file.role != .advice {
                for finding in PersonalDataScanner.scan(file.name) {
                    decoder.log.error("personal-data", "the file name holds an unmasked \(finding.kind.rawValue) (\(finding.masked)), and it becomes a public address",
                                      at: SourceLocation(file: file.path, line: 1, column: 1), hint: "rename the file without it")
                }
            }
        }

        var siteTexts: [String: SiteTexts] = [:]
        if let rawSite {
            let base = SiteTexts(title: rawSite.title?.value ?? "", description: rawSite.description ?? "",
                                 publisher: rawSite.publisher?.value ?? "", hotlines: rawSite.hotlines ?? [],
                                 titleLocation: rawSite.title?.location, hotlinesLocation: rawSite.hotlinesLocation)
            siteTexts[defaultLanguage] = base
            for file in otherFiles where file.role == .site {
                guard let lang = file.langSuffix, let translated = decoder.site(file, translation: true) else { continue }
                // A translation's hotlines replace the list: a number added to site.yml alone never
                // reaches that language's pages and flyers.
                // Numbers compared by their digits: "0571-87654321" is "0571 8765 4321".
                func dialled(_ list: [Hotline]) -> Set<String> { Set(list.map(\.dialled)) }
                // (An empty list is an error of its own, in either file: site.yml's, or one of entries that did not read.)
                if let hotlines = translated.hotlines, !hotlines.isEmpty, !base.hotlines.isEmpty, let location = translated.hotlinesLocation,
                   !rawSite.hotlinesBroken, !translated.hotlinesBroken,
                   dialled(hotlines) != dialled(base.hotlines) {
                    func numbers(_ list: [Hotline]) -> String { list.map(\.number).joined(separator: ", ") }
                    decoder.log.warning("translation-differs", "`hotlines` lists \(numbers(hotlines)), but site.yml lists \(numbers(base.hotlines)): pages and flyers in `\(lang)` show only this file's",
                                        at: location, hint: "list the same numbers in both files, or leave `hotlines` out here to take site.yml's")
                }
                siteTexts[lang] = SiteTexts(title: translated.title?.value ?? base.title,
                                            description: translated.description ?? base.description,
                                            publisher: translated.publisher?.value ?? base.publisher,
                                            hotlines: translated.hotlines ?? base.hotlines,
                                            titleLocation: translated.title?.location ?? base.titleLocation,
                                            hotlinesLocation: translated.hotlines == nil ? base.hotlinesLocation : translated.hotlinesLocation)
            }
        }

        // Advice library.
        let adviceFiles = otherFiles.filter { $0.role == .advice }
        let defaultAdvice = adviceFiles.first { $0.langSuffix == nil }.map { decoder.advice($0, translation: false) } ?? []
        if !adviceFiles.contains(where: { $0.langSuffix == nil }) {
            decoder.log.error("missing-file", "`advice.yml` is missing", at: SourceLocation(file: join(alertsPath, "advice.yml"), line: 0, column: 0))
        }
        let adviceIDs = Set(defaultAdvice.map(\.id.value))
        // An advice.yml that cannot be read whole (a YAML error, no entries) knows too few ids: its own
        // error is the one to fix, not an "unknown advice id" in every file that names one. An error
        // in one entry (a `kind` misspelt) leaves the ids known, and the other files are checked too.
        let unreadable: Set<String> = ["yaml-syntax", "invalid-utf8", "empty-file", "duplicate-key"]
        let adviceKnown = !defaultAdvice.isEmpty
            && !decoder.log.all.contains { diagnostic in
                diagnostic.severity == .error && unreadable.contains(diagnostic.code) && adviceFiles.contains { $0.langSuffix == nil && $0.path == diagnostic.file }
            }
        var adviceByLanguage: [String: [String: AdviceItem]] = [:]
        let baseAdvice = Dictionary(defaultAdvice.compactMap { raw -> (String, AdviceItem)? in
            guard let text = raw.text, let priority = raw.priority else { return nil }
            return (raw.id.value, AdviceItem(id: raw.id.value, text: text, priority: priority,
                                          kind: raw.kind ?? AdviceItem.kind(readFrom: text)))
        }, uniquingKeysWith: { first, _ in first })
        for lang in languages { adviceByLanguage[lang] = baseAdvice }
        var translatedAdvice: [String: Set<String>] = [:]
        // Told once the scam types and tactics, which name advice too, are read (see `misspeltDefinitions`).
        var unknownTranslatedAdvice: [Located<String>] = []
        for file in adviceFiles where file.langSuffix != nil {
            guard let lang = file.langSuffix else { continue }
            for raw in decoder.advice(file, translation: true) {
                guard adviceIDs.contains(raw.id.value) || !adviceKnown else {
                    unknownTranslatedAdvice.append(raw.id)
                    continue
                }
                if let text = raw.text {
                    adviceByLanguage[lang]?[raw.id.value]?.text = text
                    translatedAdvice[lang, default: []].insert(raw.id.value)
                }
            }
        }
        // Scam types and tactics.
        var rawTerms: [TermKind: [String: [String?: Decoder.RawTerm]]] = [:]
        // Each file is read apart (YAML and cue lists), in parallel, unless the memo has it;
        // diagnostics keep file order.
        let termFiles = otherFiles.compactMap { file -> (ContentFile, TermKind)? in
            guard case let .term(kind) = file.role else { return nil }
            return (file, kind)
        }
        let termTimeZone = decoder.timeZone
        let decodedTerms = Parallel.map(termFiles) { file, kind in memo.taxonomy.decode(file, kind: kind, timeZone: termTimeZone) }
        var taxonomy = TaxonomyMemo()
        taxonomy.files = Dictionary(zip(termFiles.map(\.0.path), decodedTerms)) { first, _ in first }
        for ((file, kind), decoded) in zip(termFiles, decodedTerms) {
            // A file whose name is no id is reported once, and left out: what would follow from it
            // (cases told to name `Game-Trade`, a translation asked for under that name) only misleads.
            let named = decoder.checkName(file)
            decoder.log.append(contentsOf: decoded.diagnostics)
            if named, let term = decoded.term { rawTerms[kind, default: [:]][term.id, default: [:]][term.lang] = term }
        }
        let typeIDs = Set(rawTerms[.scamType]?.keys.map { $0 } ?? [])
        let tacticIDs = Set(rawTerms[.tactic]?.keys.map { $0 } ?? [])
        // Evidence and `check --format json` name terms by id alone.
        for id in typeIDs.intersection(tacticIDs).sorted() {
            decoder.log.warning("ambiguous-id", "`\(id)` is both a scam type and a tactic: evidence and reports name it by its id alone",
                                at: SourceLocation(file: Resolver.join(alertsPath, "tactics/\(id).md"), line: 1), hint: "rename one of the two files")
        }
        // Two types (or tactics) of one name in one language: their pages, lists and the feeds' categories could not be told apart.
        for kind in TermKind.allCases {
            var named: [String: Decoder.RawTerm] = [:]
            for variants in (rawTerms[kind] ?? [:]).sorted(by: { $0.key < $1.key }).map(\.value) {
                for (lang, term) in variants.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
                    guard let name = term.name, let location = term.nameLocation else { continue }
                    let key = (lang ?? "") + "\u{0}" + name.lowercased()
                    guard let first = named[key] else { named[key] = term; continue }
                    decoder.log.warning("duplicate-name", "`\(first.id)` is named “\(name)” too: their pages, lists and feeds could not be told apart",
                                        at: location, hint: "give each \(kind == .scamType ? "type" : "tactic") a name of its own")
                }
            }
        }
        // An advice id misspelt where it is defined, and named rightly everywhere else: one error, at the definition.
        let misspeltAdvice = adviceKnown
            ? Self.misspeltDefinitions(defaultAdvice.map(\.id), references: unknownTranslatedAdvice + rawTerms.values.flatMap(\.values).flatMap(\.values).flatMap { $0.advice ?? [] },
                                       what: "advice id", definedIn: "advice.yml", log: &decoder.log)
            : [:]
        for id in unknownTranslatedAdvice where misspeltAdvice[id.value] == nil {
            decoder.log.error("unknown-id", "advice `\(id.value)` is not in advice.yml", at: id.location,
                              hint: Suggest.hint(id.value, in: adviceIDs) ?? "translations may only translate existing advice")
        }
        // Advice a translated library leaves out, or a library never translated: that language's
        // pages, feeds and flyers print it in the default language.
        if adviceKnown {
            // (A language no file is written in has its own warning above.)
            for lang in languages where lang != defaultLanguage && !adviceFiles.contains(where: { $0.langSuffix == lang })
                && (caseFiles.contains { $0.langSuffix == lang } || otherFiles.contains { $0.langSuffix == lang }) {
                decoder.log.warning("untranslated", "`advice.\(lang).yml` is missing: pages, feeds and flyers in `\(lang)` show all \(adviceIDs.count) pieces of advice in `\(defaultLanguage)`",
                                    at: SourceLocation(file: join(alertsPath, "advice.yml"), line: 0, column: 0),
                                    hint: "write advice.\(lang).yml as a list of `- {id: …, text: …}`, one for each id in advice.yml")
            }
            for lang in languages where lang != defaultLanguage {
                // Not for a file that could not be read (its own error says what to fix).
                guard let file = adviceFiles.first(where: { $0.langSuffix == lang }),
                      !decoder.log.all.contains(where: { $0.severity == .error && $0.file == file.path }) else { continue }
                let name = "advice.\(lang).yml"
                for raw in defaultAdvice where !translatedAdvice[lang, default: []].contains(raw.id.value) && !misspeltAdvice.values.contains(raw.id.value) {
                    decoder.log.warning("untranslated", "advice `\(raw.id.value)` has no translation in `\(name)`: pages in `\(lang)` show it untranslated",
                                        at: raw.id.location, hint: "add `- {id: \(raw.id.value), text: …}` to \(name)")
                }
            }
        }

        // Default-language files there are, read or not: one that is broken has its own error, and
        // its translations are no orphans.
        let written = Set(otherFiles.filter { $0.langSuffix == nil }.map { "\($0.role)/\($0.name)" })
        for (_, variants) in rawTerms.values.flatMap({ $0 }).sorted(by: { $0.key < $1.key }) {
            for term in variants.values {
                if adviceKnown { checkIDs(term.advice?.filter { misspeltAdvice[$0.value] == nil }, in: adviceIDs, what: "advice id", log: &decoder.log) }
                checkIDs(term.related, in: typeIDs, what: "scam type", elsewhere: (tacticIDs, "tactic", ""), log: &decoder.log)
                for related in term.related ?? [] where related.value == term.id && term.kind == .scamType {
                    decoder.log.error("self-reference", "`\(term.id)` lists itself in `related`", at: related.location,
                                      hint: "`related` names other scam types a reader should also know")
                }
                if term.lang != nil, variants[nil] == nil, !written.contains("\(FileRole.term(term.kind))/\(term.id)") {
                    decoder.log.error("orphan-translation", "translation of `\(term.id)` has no default-language file", at: term.location,
                                      hint: "add `\(term.kind.folder)/\(term.id).md`")
                }
                // A translation without cues takes its original's, in another language: a case written in
                // this one would hardly ever be tagged with the term.
                if let lang = term.lang, term.cues == nil, variants[nil]?.cues?.isEmpty == false {
                    decoder.log.warning("untranslated-cues", "this translation has no `cues`: cases in `\(lang)` are looked for with the original's, and are hardly ever tagged as `\(term.id)`",
                                        at: term.location, hint: "add `cues:` with the phrases a case written in `\(lang)` uses for it")
                }
                // Chinese cases are tagged by Chinese cues: a Chinese file's cues all in Latin letters (the
                // original's, copied) would hardly ever tag one.
                if let lang = term.lang, lang.lowercased().hasPrefix("zh"), let cues = term.cues, !cues.isEmpty,
                   !cues.contains(where: { $0.phrase.unicodeScalars.contains { $0.properties.isIdeographic } }) {
                    decoder.log.warning("untranslated-cues", "every cue of this `\(lang)` file is in Latin letters: cases written in Chinese are hardly ever tagged as `\(term.id)`",
                                        at: term.location, hint: "list the Chinese phrases a case uses for it, one a line: - {phrase: …, weight: 3}")
                }
                // Needs go with the cues they are in the language of: a translation with cues of its own and no `needs`
                // tags its language's cases with none (a "三倍赔偿" call about face masks as a courier scam).
                if let lang = term.lang, term.cues?.isEmpty == false, term.needs == nil, let needs = variants[nil]?.needs, !needs.isEmpty {
                    decoder.log.warning("untranslated-needs", "`\(term.kind.folder)/\(term.id).md` lists `needs`, but this translation has cues of its own and none: cases in `\(lang)` are tagged as `\(term.id)` without naming any of them",
                                        at: term.location, hint: "add `needs:` with the words in `\(lang)` a case must name, as the original's \(needs.prefix(3).map { "`\($0)`" }.joined(separator: ", "))")
                }
                // A translation's own cues against the threshold it takes, its own or its original's.
                if term.lang != nil, let cues = term.cues, !cues.isEmpty,
                   case let threshold = term.threshold ?? variants[nil]?.threshold ?? Decoder.defaultThreshold,
                   case let total = cues.reduce(0, { $0 + $1.weight }), total < threshold {
                    decoder.log.warning("unreachable-threshold", Decoder.unreachable(threshold, total, term.kind), at: term.location,
                                        hint: "add cues, or a lower `threshold` to this file")
                }
                // Advice and related types are facts about the scam, the same in every language; cues are not.
                if term.lang != nil, let base = variants[nil] {
                    for (key, mine, theirs) in [("advice", term.advice, base.advice), ("related", term.related, base.related)] {
                        guard let mine, let first = mine.first, Set(mine.map(\.value)) != Set((theirs ?? []).map(\.value)) else { continue }
                        decoder.log.warning("translation-differs", "`\(key)` differs from the default-language file's",
                                            at: SourceLocation(file: term.file, line: first.location.line, column: 1),
                                            hint: "a translation states the same facts: leave `\(key)` out to take the original's")
                    }
                }
            }
        }

        // Each language's terms but their bodies, which need the link policy: what tagging reads.
        // Their cues are laid out on another core while the cases are grouped and their hosts
        // gathered (see `Prepared`), with the Traditional forms of their Chinese cues from
        // the memo when the cues are the same.
        let termLists = languages.map { lang in
            let suffix: String? = lang == defaultLanguage ? nil : lang
            return TermKind.allCases.map { kind in
                (rawTerms[kind] ?? [:]).keys.sorted().compactMap { id -> Term? in
                    guard let variants = rawTerms[kind]?[id], let base = variants[nil] else { return nil }
                    return makeTerm(base: base, translation: suffix.flatMap { variants[$0] }, lang: lang, isTranslated: suffix != nil)
                }
            }
        }
        let lists = termLists.flatMap { $0 }
        let traditional = Tagger.TraditionalForms(of: lists, known: memo.taxonomy.traditional)
        // The same lists as the memo's: their layout is read back rather than made again.
        let cuesKey = Tagger.Cues.key(lists, traditional: traditional)
        let storedCues = memo.taxonomy.cues.flatMap { $0.key == cuesKey ? $0.bytes : nil }
        let laidOutLists = Prepared<[Tagger.Cues]> {
            storedCues.flatMap(Tagger.Cues.decoded).flatMap { $0.count == lists.count ? $0 : nil }
                ?? Tagger.Cues.of(lists, traditional: traditional)
        }
        let cues = Prepared<[String: [TermKind: Tagger.Cues]]> {
            var laidOut = laidOutLists.value.makeIterator()
            var cues: [String: [TermKind: Tagger.Cues]] = [:]
            for lang in languages {
                for kind in TermKind.allCases {
                    if let next = laidOut.next(), cues[lang]?[kind] == nil { cues[lang, default: [:]][kind] = next }
                }
            }
            return cues
        }
        cues.start()

        // Campaigns.
        var rawCampaigns: [String: [String?: Decoder.RawCampaign]] = [:]
        for file in otherFiles where file.role == .campaign {
            // The id is the page's address (`campaigns/<id>/`) and the flyers' file names.
            if decoder.checkName(file), let campaign = decoder.campaign(file) { rawCampaigns[campaign.id, default: [:]][campaign.lang] = campaign }
        }
        for variants in rawCampaigns.values {
            for campaign in variants.values {
                checkIDs(campaign.focus, in: typeIDs, what: "scam type", elsewhere: (tacticIDs, "tactic", ""), log: &decoder.log)
                if campaign.lang != nil, variants[nil] == nil, !written.contains("\(FileRole.campaign)/\(campaign.id)") {
                    decoder.log.error("orphan-translation", "translation of campaign `\(campaign.id)` has no default-language file",
                                      at: SourceLocation(file: campaign.file, line: 1), hint: "add `campaigns/\(campaign.id).md`")
                }
                // When and on what a campaign runs, and its papers, are the same in every language.
                if campaign.lang != nil, let base = variants[nil] {
                    let facts: [(key: String, differs: Bool)] = [
                        ("window", campaign.window != nil && campaign.window != base.window),
                        ("focus", campaign.focus.map { Set($0.map(\.value)) != Set((base.focus ?? []).map(\.value)) } ?? false),
                        ("flyer", (campaign.papers != nil && campaign.papers != base.papers)
                            || (campaign.largePrint != nil && campaign.largePrint != base.largePrint)),
                    ]
                    for fact in facts where fact.differs {
                        decoder.log.warning("translation-differs", "`\(fact.key)` differs from the default-language file's",
                                            at: SourceLocation(file: campaign.file, line: campaign.keyLines[fact.key] ?? 1, column: 1),
                                            hint: "a translation states the same facts: leave `\(fact.key)` out to take the original's")
                    }
                }
            }
        }
        // A type, tactic or campaign left out of a language the others of its kind are translated
        // into: its pages, lists and flyers in that language show the default language's text (and
        // that language's cases are tagged by their own language's cues only).
        for lang in languages where lang != defaultLanguage {
            // None of them translated, while cases are: every page in that language names its scam
            // types and tactics, and its flyers print their advice, in the default language.
            let translated = TermKind.allCases.contains { kind in (rawTerms[kind] ?? [:]).values.contains { $0[lang] != nil } }
                || rawCampaigns.values.contains { $0[lang] != nil }
            if !translated, caseFiles.contains(where: { $0.langSuffix == lang }),
               let location = rawSite?.languages?.first(where: { $0.value == lang })?.location {
                let count = TermKind.allCases.reduce(0) { $0 + (rawTerms[$1]?.count ?? 0) } + rawCampaigns.count
                if count > 0 {
                    decoder.log.warning("untranslated", "no scam type, tactic or campaign is translated into `\(lang)`: pages, lists and flyers in `\(lang)` show all \(count) of them in `\(defaultLanguage)`",
                                        at: location, hint: "add `types/<id>.\(lang).md` (and tactics, campaigns) with `name`, `summary` and `cues` in `\(lang)`")
                }
            }
            var missing: [(file: String, name: String)] = []
            func untranslated<Raw>(_ folder: String, _ all: [String: [String?: Raw]]) {
                guard all.values.contains(where: { $0[lang] != nil }) else { return }
                for (id, variants) in all where variants[nil] != nil && variants[lang] == nil {
                    missing.append(("\(folder)/\(id).md", "\(folder)/\(id).\(lang).md"))
                }
            }
            for kind in TermKind.allCases { untranslated(kind.folder, rawTerms[kind] ?? [:]) }
            untranslated("campaigns", rawCampaigns)
            for item in missing.sorted(by: { $0.file < $1.file }) {
                decoder.log.warning("untranslated", "there is no `\(item.name)`: pages, lists and flyers in `\(lang)` show this file's text",
                                    at: SourceLocation(file: Resolver.join(alertsPath, item.file), line: 1), hint: "add `\(item.name)` in `\(lang)`")
            }
            // A translation without the words every page and flyer shows: they come from the original, untranslated.
            var incomplete: [(file: String, keys: [String])] = []
            for kind in TermKind.allCases {
                for variants in (rawTerms[kind] ?? [:]).values {
                    guard let own = variants[lang], variants[nil] != nil else { continue }
                    let keys = [("name", own.name == nil), ("summary", own.summary == nil)].filter(\.1).map(\.0)
                    if !keys.isEmpty { incomplete.append((own.file, keys)) }
                }
            }
            for variants in rawCampaigns.values {
                guard let own = variants[lang], variants[nil] != nil else { continue }
                let keys = [("title", own.title == nil), ("headline", own.headline == nil)].filter(\.1).map(\.0)
                if !keys.isEmpty { incomplete.append((own.file, keys)) }
            }
            for item in incomplete.sorted(by: { $0.file < $1.file }) {
                let keys = item.keys.map { "`\($0)`" }.joined(separator: " or ")
                decoder.log.warning("untranslated", "the translation has no \(keys): pages, lists and flyers in `\(lang)` show the original's",
                                    at: SourceLocation(file: item.file, line: 1), hint: "translate \(keys) into `\(lang)`")
            }
        }

        // Cases, by slug: a default-language file and its translations make a group, the unit of
        // work that runs in parallel and that the memo keeps. Duplicates are found from paths alone.
        // Each file's slug is hashed once: a group's files are appended in place.
        var found: [String] = [], foundFiles: [[ContentFile]] = []
        var groupIndex: [String: Int] = [:]
        groupIndex.reserveCapacity(caseFiles.count)
        func folder(_ path: String) -> Substring { path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)] }
        for file in caseFiles {
            guard let index = groupIndex[file.name] else {
                groupIndex[file.name] = found.count
                found.append(file.name)
                foundFiles.append([file])
                continue
            }
            let existing = foundFiles[index]
            if let same = existing.first(where: { $0.langSuffix == file.langSuffix }) {
                decoder.log.error("duplicate-slug", "slug `\(file.name)` is already used by `\(same.path)`",
                                  at: SourceLocation(file: file.path, line: 1),
                                  hint: "every case needs its own file name, its permanent URL: rename the one not yet published, and keep the published one's name")
                continue
            }
            // A translation in another folder than its file's: told where it goes, and left out.
            func misplaced(_ translation: ContentFile, original: ContentFile) {
                decoder.log.error("misplaced-translation", "`\(translation.path)` is named as a translation of `\(original.path)`, which is in another folder",
                                  at: SourceLocation(file: translation.path, line: 1),
                                  hint: "a translation sits beside its file: move it to `\(folder(original.path))/`; for a case of its own, choose another file name")
            }
            if file.langSuffix != nil, let original = existing.first(where: { $0.langSuffix == nil }), folder(original.path) != folder(file.path) {
                misplaced(file, original: original)
                continue
            }
            if file.langSuffix == nil, existing.allSatisfy({ $0.langSuffix != nil }) {
                for translation in existing where folder(translation.path) != folder(file.path) { misplaced(translation, original: file) }
                foundFiles[index] = [file] + existing.filter { folder($0.path) == folder(file.path) }
                continue
            }
            if let other = existing.last, folder(other.path) != folder(file.path) {
                decoder.log.error("duplicate-slug", "slug `\(file.name)` is already used by `\(other.path)`",
                                  at: SourceLocation(file: file.path, line: 1),
                                  hint: "a translation sits beside its default-language file; otherwise choose another file name")
                continue
            }
            foundFiles[index].append(file)
        }
        // By slug. The files come sorted by path, so the slugs mostly come in order already.
        let order = zip(found, found.dropFirst()).allSatisfy { $0 < $1 } ? nil : found.indices.sorted { found[$0] < found[$1] }
        let slugs = order.map { $0.map { found[$0] } } ?? found
        let filesBySlug = order.map { $0.map { foundFiles[$0] } } ?? foundFiles
        let timeZone = decoder.timeZone
        let decoded = Parallel.map(Array(zip(slugs, filesBySlug))) { slug, files in
            CaseGroup.decode(files, timeZone: timeZone, memo: memo[slug: slug], reread: reread)
        }

        // Link policy: indicator hosts are scam sites; case bodies may link only to trusted hosts.
        // Into sets by position: no array of every group's hosts is made.
        var scamHosts: Set<String> = [], sourceHosts: Set<String> = []
        for index in decoded.indices {
            for host in decoded[index].scamHosts { scamHosts.insert(host) }
            for host in decoded[index].trustedHosts { sourceHosts.insert(host) }
        }
        // The site's own hosts and `trusted_domains`; a case adds its own sources (`CaseGroup.assemble`).
        let configured = Set(rawSite?.trustedDomains ?? []).union([rawSite?.baseURL?.value, rawSite?.reportURL?.value].compactMap { $0.flatMap { URL(string: $0)?.host?.lowercased() } })
        let baseURL = rawSite?.baseURL?.value.trimmingSuffix("/") ?? ""
        // A translation's hotlines are the site's too (`site.zh.yml` may list a local one).
        let hotlines = Set(siteTexts.values.flatMap(\.hotlines).map { LinkPolicy.dialledInChina($0.number) })
        let links = LinkPolicy(scamHosts: scamHosts, trustedHosts: configured, hotlines: hotlines)
        // Each host is judged once; the cases are searched only for a source host that is a scam site.
        let scamSources = sourceHosts.filter(links.isScam)
        // The case that lists a host, for a message to name: where the editor decides.
        func listing(_ host: String) -> String? {
            zip(filesBySlug, decoded).first { _, decode in decode.scamHosts.contains { LinkPolicy(scamHosts: [$0], trustedHosts: []).isScam(host) } }?.0.first?.path
        }
        if !scamSources.isEmpty {
            for (files, decode) in zip(filesBySlug, decoded) {
                for host in decode.trustedHosts where scamSources.contains(host) {
                    scamSource(host, listedIn: listing(host), in: files, reread: reread, log: &decoder.log)
                }
            }
        }
        // An indicator on a site the bulletin trusts (`trusted_domains`, its own or its report address)
        // disarms every link to that site, in every case: said once, at the indicator.
        let configuredPolicy = LinkPolicy(scamHosts: [], trustedHosts: configured)
        for (files, decode) in zip(filesBySlug, decoded) {
            for host in decode.scamHosts where configuredPolicy.isTrusted(host) {
                trustedIndicator(host, in: files, reread: reread, log: &decoder.log)
            }
        }
        let markdown = MarkdownRenderer(baseURL: baseURL, links: links)
        // Term and campaign texts are rendered here, with the hosts they ask the link policy about.
        var askedHosts: Set<String> = []

        // Everything but the cases, and its fingerprint: what each case is made with.
        var editions: [Edition] = []
        /// Term and campaign bodies checked for personal data as published: each file once, in whichever language renders it first.
        var checkedBodies: Set<String> = []
        // Plain-text fields are printed as they are (pages, feeds, flyers): a scam address in one is
        // defanged, as in a body.
        func defanged(_ text: String) -> String { links.defangPlainText(text, asked: &askedHosts) }
        for (languageIndex, lang) in languages.enumerated() {
            let suffix: String? = lang == defaultLanguage ? nil : lang
            var edition = Edition(lang: lang, texts: siteTexts[lang] ?? siteTexts[defaultLanguage] ?? SiteTexts(title: "", description: "", publisher: "", hotlines: []),
                                  advice: (adviceByLanguage[lang] ?? [:]).mapValues { item in
                                      var item = item
                                      item.text = defanged(item.text)
                                      return item
                                  }, types: [], tactics: [], campaigns: [])
            if suffix != nil { edition.untranslatedAdvice = Set(baseAdvice.keys).subtracting(translatedAdvice[lang] ?? []) }
            for (offset, kind) in TermKind.allCases.enumerated() {
                let terms = termLists[languageIndex][offset].map { term in
                    var term = term
                    term.name = defanged(term.name)
                    term.summary = defanged(term.summary)
                    term.steps = term.steps.map(defanged)
                    if let variants = rawTerms[kind]?[term.id], let base = variants[nil] {
                        let own = suffix.flatMap { variants[$0] }.flatMap { $0.body.isBlank ? nil : $0 } ?? base
                        if suffix != nil, own.lang == nil, !own.body.isBlank { term.untranslated.insert(.body) }
                        let rendered = markdown.render(own.body)
                        askedHosts.formUnion(rendered.askedHosts)
                        if checkedBodies.insert(own.file).inserted {
                            scanPublishedBody(rendered, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, log: &decoder.log)
                            reportRendered(rendered, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, baseURL: markdown.baseURL, log: &decoder.log)
                        }
                        term.bodyHTML = rendered.html
                    }
                    return term
                }
                if kind == .scamType { edition.types = terms } else { edition.tactics = terms }
            }
            edition.campaigns = rawCampaigns.keys.sorted().compactMap { id in
                guard let variants = rawCampaigns[id], let base = variants[nil] else { return nil }
                guard var campaign = makeCampaign(base: base, translation: suffix.flatMap { variants[$0] }, lang: lang, isTranslated: suffix != nil,
                                                  markdown: markdown, asked: &askedHosts, checked: &checkedBodies, log: &decoder.log) else { return nil }
                campaign.namedTactics = Self.tacticsNamed(in: campaign.headline, tactics: edition.tactics)
                return campaign
            }
            editions.append(edition)
        }
        let languagesMisordered = namingDefault.count > 1
        let environment = Fingerprint { hash in
            for file in otherFiles {
                hash.add(file.relative)
                hash.add(file.digest)
            }
            hash.add(languages)
            hash.add(languagesMisordered ? 1 : 0)
            // Not the whole link policy: a new scam or source host changes only what names it.
            hash.add(links.verdicts(on: askedHosts.sorted()))
        }

        taxonomy.traditional = traditional
        // Written again only when a file, a Traditional form or the cues' layout was worked out again, or a file went.
        taxonomy.changed = memo.taxonomy.changed || memo.taxonomy.files.mapValues(\.key) != taxonomy.files.mapValues(\.key)
            || memo.taxonomy.traditional?.key != traditional.key || storedCues == nil

        // Each group assembled and tagged in every language, unless the memo already has it.
        let settings = CaseGroup.Settings(editions: editions, defaultLanguage: defaultLanguage, timeZone: timeZone, typeIDs: typeIDs, tacticIDs: tacticIDs,
                                          campaignIDs: Set(rawCampaigns.keys), campaignTitles: rawCampaigns.mapValues { $0.values.compactMap(\.title).sorted() },
                                          typeNames: rawTerms[.scamType]?.mapValues { $0.values.compactMap(\.name).sorted() } ?? [:],
                                          tacticNames: rawTerms[.tactic]?.mapValues { $0.values.compactMap(\.name).sorted() } ?? [:],
                                          baseURL: baseURL, links: links,
                                          cues: cues, languagesMisordered: languagesMisordered,
                                          environment: environment)
        let groups = Parallel.map(Array(zip(slugs.indices, decoded))) { index, decode in
            CaseGroup.assemble(decode, files: filesBySlug[index], settings: settings, reread: reread)
        }
        var newMemo = CaseMemo()
        newMemo.root = alertsPath
        newMemo.storedShards = memo.storedShards
        taxonomy.cues = storedCues == nil ? TaxonomyMemo.LaidOutCues(key: cuesKey, bytes: Data(Tagger.Cues.encoded(laidOutLists.value)))
            : memo.taxonomy.cues
        newMemo.taxonomy = taxonomy
        var enriched = Array(repeating: [EnrichedCase](), count: editions.count)
        for index in enriched.indices { enriched[index].reserveCapacity(groups.count) }
        newMemo.reserveCapacity(groups.count)
        for (slug, group) in zip(slugs, groups) {
            newMemo[slug: slug] = group
            decoder.log.append(contentsOf: group.decodeDiagnostics)
            decoder.log.append(contentsOf: group.diagnostics)
            // By position: a loop over the cases would copy each twice.
            for position in group.cases.indices {
                // By language, in `editions`' order (an `Edition` is too large to pass around per case).
                guard let index = languages.firstIndex(of: group.cases[position].entry.lang) else { continue }
                enriched[index].append(group.cases[position])
            }
        }
        log.append(contentsOf: decoder.log.all)

        guard let rawSite, let base = rawSite.baseURL, let reportURL = rawSite.reportURL, let timeZone = rawSite.timeZone else { return nil }
        let site = SiteSettings(baseURL: base.value.trimmingSuffix("/"), languages: languages, timeZone: timeZone,
                                    reportURL: reportURL.value, logo: rawSite.logo, feedLimit: rawSite.feedLimit ?? 50,
                                    localized: siteTexts, printedBaseURL: rawSite.printedBaseURL?.trimmingSuffix("/"))
        return Resolved(content: Content(site: site, editions: editions), cases: enriched, memo: newMemo, fingerprint: environment)
    }

    /// A source on a scam site (one that a case lists in `indicators`) would be a live link to it:
    /// an error at each `url` line naming the host.
    static func scamSource(_ host: String, listedIn listing: String?, in files: [ContentFile], reread: CaseGroup.Reread, log: inout DiagnosticLog) {
        for file in files {
            guard let data = file.data ?? (try? reread(file.relative).get()) else { continue }
            for place in sourcePlaces(of: host, in: String(decoding: data, as: UTF8.self), file: file.path) {
                log.error("scam-source", "source on `\(host)`, a scam site named in `indicators`\(listing.map { " of \($0)" } ?? ""), would be published as a live link",
                          at: place, hint: "cite a report about the site instead, or take the host out of `indicators` if it is not a scam site")
            }
        }
    }

    /// Where a file's front matter gives a source's `url` on `host`: at the host.
    static func sourcePlaces(of host: String, in text: String, file: String) -> [SourceLocation] {
        var places: [SourceLocation] = []
        for (index, line) in text.splitLines().enumerated() {
            let lowered = line.lowercased()
            guard lowered.contains("url:"), let range = lowered.range(of: "://" + host),
                  lowered[range.upperBound...].first.map({ !$0.isLetter && !$0.isNumber && $0 != "." && $0 != "-" }) ?? true else { continue }
            places.append(SourceLocation(file: file, line: index + 1, column: lowered.unicodeScalars.distance(from: lowered.startIndex, to: range.lowerBound) + 4))
        }
        return places
    }

    /// A source that is the scam site itself, though `indicators` does not name it: the case's own
    /// title, summary or body calls its site a fake page ("The fake refund page was at
    /// jd-refund.com/claim"), an error; or its name does ("Screenshot of the fake refund page"), a
    /// warning, as a report's title may read so too. Sources are published as live links.
    static func scamPageSources(_ item: Decoder.RawCase, log: inout DiagnosticLog) {
        guard let sources = item.sources, !sources.isEmpty else { return }
        let texts = [item.title?.value, item.summary?.value, item.body].compactMap { $0 }
        for source in sources {
            guard let host = URL(string: source.url)?.host?.lowercased(), host.contains("."), !ScamPage.isPublicService(host) else { continue }
            let names = host.hasPrefix("www.") ? [host, String(host.dropFirst(4))] : [host]
            let places = { sourcePlaces(of: host, in: item.source.text, file: item.file) }
            if let sentence = texts.lazy.compactMap({ text in names.lazy.compactMap { ScamPage.sentence(calling: $0, fakeIn: text) }.first }).first {
                for place in places() {
                    log.error("scam-source", "source on `\(host)`, a site the case calls a scam page (“\(sentence)”), would be published as a live link",
                              at: place, hint: "list the scam site in `indicators`, where it is shown defanged, and cite a report about it as the source")
                }
            } else if ScamPage.describes(source.name) {
                for place in places() {
                    log.warning("scam-source-name", "source “\(source.name)” on `\(host)` reads as the scam page itself, and is published as a live link",
                                at: place, hint: "if it is the scam site, list it in `indicators` instead; if it is a report about one, give the source the report's name")
                }
            }
        }
    }

    /// An indicator on a trusted site: a warning at its line, naming what it disarms.
    static func trustedIndicator(_ host: String, in files: [ContentFile], reread: CaseGroup.Reread, log: inout DiagnosticLog) {
        for file in files {
            guard let data = file.data ?? (try? reread(file.relative).get()) else { continue }
            let lines = String(decoding: data, as: UTF8.self).splitLines()
            guard let index = lines.firstIndex(where: { line in
                let lowered = line.lowercased()
                return !lowered.contains("url:") && Defang.refanged(lowered).contains(host)
            }) else { continue }
            log.warning("trusted-indicator", "`indicators` names `\(host)`, a site the bulletin trusts: every link to it, in every case, will be shown disarmed",
                        at: SourceLocation(file: file.path, line: index + 1, column: 1),
                        hint: "list the scam page itself on a site of its own, or, for a scam account on a shared platform, describe it in the text; or take the site out of `trusted_domains`")
            return
        }
    }

    /// Ids defined but named nowhere, each a near miss of an id named in two places or more that
    /// nothing defines: the definition is misspelt (`never-share-sms-cod` in advice.yml, where nine files
    /// name `never-share-sms-code`). Told once, at the definition; the references are then no errors.
    /// Returns the misspelt definitions by the id the references name.
    static func misspeltDefinitions(_ defined: [Located<String>], references: [Located<String>], what: String, definedIn: String,
                                    log: inout DiagnosticLog) -> [String: String] {
        let known = Set(defined.map(\.value))
        let named = Set(references.map(\.value))
        var misspelt: [String: String] = [:]
        // An id not written as one (`Keep Evidence`) has its own error, with the id it makes (`keep-evidence`): the
        // files that name that id are right.
        for item in defined where !Decoder.isSlug(item.value) {
            let slug = Decoder.slugify(item.value)
            if named.contains(slug), !known.contains(slug) { misspelt[slug] = item.value }
        }
        let unnamed = defined.filter { !named.contains($0.value) && Decoder.isSlug($0.value) }
        guard !unnamed.isEmpty else { return misspelt }
        let unknown = Dictionary(grouping: references.filter { !known.contains($0.value) && misspelt[$0.value] == nil }, by: \.value).filter { $0.value.count >= 2 }
        for (id, places) in unknown.sorted(by: { $0.key < $1.key }) {
            guard let nearest = Suggest.nearest(id, in: unnamed.map(\.value)), !misspelt.values.contains(nearest),
                  let definition = unnamed.first(where: { $0.value == nearest }) else { continue }
            misspelt[id] = nearest
            let first = places.map(\.location).min { ($0.file, $0.line) < ($1.file, $1.line) }
            log.error("unknown-id", "\(what) `\(nearest)` is named nowhere, while `\(id)`, which \(definedIn) does not have, is named in \(places.count) places\(first.map { " (\($0.file):\($0.line) first)" } ?? ""): this id is most likely misspelt",
                      at: definition.location, hint: "rename it `\(id)`")
        }
        return misspelt
    }

    /// Ids that name nothing known are errors, with the nearest known id as a hint.
    /// `elsewhere`: ids of the other kind of term, what they are and the key they go under (a
    /// tactic listed in `scam_types` is told where it goes). `titles`: the terms' titles by id, for an
    /// id written as the words of one (`双11`, `双十一`).
    static func checkIDs(_ items: [Located<String>]?, in known: Set<String>, what: String,
                         elsewhere: (ids: Set<String>, what: String, key: String)? = nil, titles: [String: [String]] = [:], log: inout DiagnosticLog) {
        for item in items ?? [] where !known.contains(item.value) {
            // An invisible character pasted in (`fake-refund\u{200B}-customer-service`) is shown: the two ids would look the same.
            let shown = YAMLReader.visible(item.value)
            if let elsewhere, elsewhere.ids.contains(item.value) {
                log.error("unknown-id", "`\(item.value)` is a \(elsewhere.what), not a \(what)", at: item.location,
                          hint: elsewhere.key.isEmpty ? "only \(what)s go here" : "move it to `\(elsewhere.key)`")
                continue
            }
            // Only valid ids are offered: a file named `Game-Trade.md` has its own error.
            let valid = known.filter(Decoder.isSlug)
            if let titled = titledID(item.value, titles: titles), valid.contains(titled.id) {
                log.error("unknown-id", "unknown \(what) `\(shown)`", at: item.location, hint: "did you mean `\(titled.id)`? Its \(what == "campaign" ? "title" : "name") is \(titled.title); a \(what) is named by its id")
                continue
            }
            // `[fake-shopping game-trade]`: two ids without the comma between them are one item to YAML.
            let words = item.value.split(separator: " ").map(String.init)
            if words.count > 1, words.allSatisfy({ known.contains($0) || elsewhere?.ids.contains($0) == true }) {
                log.error("unknown-id", "unknown \(what) `\(shown)`: \(words.count) ids without a comma between them", at: item.location,
                          hint: "separate them with commas, [\(words.joined(separator: ", "))], or write one `- ` line for each")
                continue
            }
            // `[a，b]` typed with a Chinese keyboard's commas is one id to YAML.
            let parts = item.value.split { "，、；".contains($0) }.map { String($0).trimmingWhitespace() }
            // A name written for the id (冒充领导、熟人、亲友诈骗): its commas are the name's own.
            if !item.value.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                log.error("unknown-id", "unknown \(what) `\(shown)`: ids are written in lowercase English letters and hyphens, not as names",
                          at: item.location, hint: valid.isEmpty ? "the id is the file's name without `.md`" : "the id is its file's name without `.md`; known: \(valid.sorted().joined(separator: ", "))")
                continue
            }
            if parts.count > 1 {
                log.error("unknown-id", "unknown \(what) `\(shown)`: a Chinese comma (`，` or `、`) does not separate items in YAML", at: item.location,
                          hint: "separate the ids with `,` (a comma typed in English): \(parts.joined(separator: ", "))")
                continue
            }
            log.error("unknown-id", "unknown \(what) `\(shown)`", at: item.location,
                      hint: Suggest.hint(item.value, in: valid) ?? (valid.isEmpty ? nil : "known: \(valid.sorted().joined(separator: ", "))"))
        }
    }

    /// The one id whose title holds `words` (`双十一` in “双11”购物节防骗预警, `Double 11` in Double 11 shopping
    /// festival warning), compared without case, spaces, quotes or signs, in Simplified characters, with 十一/十二 as 11/12.
    static func titledID(_ words: String, titles: [String: [String]]) -> (id: String, title: String)? {
        func folded(_ text: String) -> String {
            // Traditional characters as Simplified (`雙11`).
            let simplified = text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? text
            return simplified.lowercased().replacingOccurrences(of: "十一", with: "11").replacingOccurrences(of: "十二", with: "12")
                .filter { $0.isLetter || $0.isNumber }
        }
        let wanted = folded(words)
        guard wanted.count >= 2 else { return nil }
        let found = titles.compactMap { id, names in names.first { folded($0).contains(wanted) }.map { (id: id, title: $0) } }
        return found.count == 1 ? found.first : nil
    }

    static func join(_ base: String, _ name: String) -> String { base.isEmpty ? name : base + "/" + name }

    /// A term in one language, but for its body (`bodyHTML` is empty): that needs the link policy.
    /// `isTranslated`: a language other than the default, whose texts the translation may leave out.
    private static func makeTerm(base: Decoder.RawTerm, translation: Decoder.RawTerm?, lang: String, isTranslated: Bool) -> Term? {
        guard let name = translation?.name ?? base.name else { return nil }
        var untranslated: Untranslated = []
        if isTranslated {
            if translation?.name == nil { untranslated.insert(.name) }
            if translation?.summary == nil, base.summary != nil { untranslated.insert(.summary) }
            if translation?.steps == nil, base.steps?.isEmpty == false { untranslated.insert(.steps) }
        }
        return Term(kind: base.kind, id: base.id, lang: lang, name: name,
                    summary: translation?.summary ?? base.summary ?? "",
                    steps: translation?.steps ?? base.steps ?? [],
                    advice: (translation?.advice ?? base.advice ?? []).map(\.value),
                    related: (translation?.related ?? base.related ?? []).map(\.value),
                    threshold: translation?.threshold ?? base.threshold ?? Decoder.defaultThreshold,
                    cues: translation?.cues ?? base.cues ?? [],
                    // What a term needs goes with the cues it is in the language of.
                    needs: (translation?.cues == nil ? base.needs : translation?.needs) ?? [],
                    bodyHTML: "", file: translation?.file ?? base.file,
                    nameLocation: translation?.name != nil ? translation?.nameLocation : base.nameLocation, untranslated: untranslated)
    }

    /// The tactics `headline` names, in the order it names them: those whose cues found there weigh 2 or more
    /// together, negated or not ("never asks for your SMS code", 不扫码, 不进群; not "the app where you paid").
    static func tacticsNamed(in headline: String, tactics: [Term]) -> [String] {
        let tagger = Tagger(NumberedText(headline, firstLine: 1))
        var named: [(id: String, at: Int)] = []
        for tactic in tactics {
            var weight = 0, first = Int.max
            for cue in tactic.cues {
                guard let hit = tagger.find(cue.phrase) else { continue }
                weight += cue.weight
                first = min(first, headline.range(of: hit.text).map { headline.distance(from: headline.startIndex, to: $0.lowerBound) } ?? Int.max)
            }
            if weight >= 2 { named.append((tactic.id, first)) }
        }
        return named.sorted { ($0.at, $0.id) < ($1.at, $1.id) }.map(\.id)
    }

    private static func makeCampaign(base: Decoder.RawCampaign, translation: Decoder.RawCampaign?, lang: String, isTranslated: Bool, markdown: MarkdownRenderer,
                                     asked: inout Set<String>, checked: inout Set<String>, log: inout DiagnosticLog) -> Campaign? {
        guard let title = translation?.title ?? base.title, let window = translation?.window ?? base.window,
              let headline = translation?.headline ?? base.headline else { return nil }
        let own = translation.flatMap { $0.body.isBlank ? nil : $0 } ?? base
        let rendered = markdown.render(own.body)
        asked.formUnion(rendered.askedHosts)
        if checked.insert(own.file).inserted {
            scanPublishedBody(rendered, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, log: &log)
            reportRendered(rendered, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, baseURL: markdown.baseURL, log: &log)
        }
        func defanged(_ text: String) -> String { markdown.links.map { $0.defangPlainText(text, asked: &asked) } ?? text }
        var untranslated: Untranslated = []
        if isTranslated {
            if translation?.title == nil { untranslated.insert(.title) }
            if translation?.headline == nil { untranslated.insert(.headline) }
            if own.lang == nil, !own.body.isBlank { untranslated.insert(.body) }
        }
        return Campaign(id: base.id, lang: lang, title: defanged(title), window: window,
                        focus: (translation?.focus ?? base.focus ?? []).map(\.value), headline: defanged(headline),
                        papers: translation?.papers ?? base.papers ?? ["a4"], largePrint: translation?.largePrint ?? base.largePrint ?? false,
                        bodyHTML: rendered.html, file: translation?.file ?? base.file,
                        titleLocation: translation?.title != nil ? translation?.titleLocation : base.titleLocation,
                        headlineLocation: translation?.headline != nil ? translation?.headlineLocation : base.headlineLocation,
                        untranslated: untranslated)
    }

    /// Markdown's sign in a plain-text value, if any: `**` or `__` around words (not a mask's stars
    /// between digits, `138****5678`), a link's `](`, a backtick.
    static func markdownMark(in value: String) -> String? {
        // On bytes first: most titles have none of these signs (`String.contains` goes through Foundation).
        let bytes = value.utf8
        // One backtick is an apostrophe typed on another keyboard ("Don`t"); two may open and close code.
        if bytes.count(where: { $0 == UInt8(ascii: "`") }) >= 2 { return "`" }
        if zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "]") && $1 == UInt8(ascii: "(") }) { return "](" }
        guard bytes.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else { return nil }
        let characters = Array(value)
        var index = 0
        while index < characters.count {
            let mark = characters[index]
            guard mark == "*" || mark == "_" else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end] == mark { end += 1 }
            // A mask between a number's or an address's characters (`138****5678`, `尾号****8988`, `z***@qq.com`), and a blank
            // to fill in (`验证码______`), are no emphasis.
            func isMasked(_ character: Character?) -> Bool { character.map { $0.isASCII && ($0.isLetter || $0.isNumber) || $0 == "@" } ?? false }
            let before = index > 0 ? characters[index - 1] : nil, after = end < characters.count ? characters[end] : nil
            let besideDigit = (before?.isNumber == true && after.map { $0.isLetter || $0.isNumber } == true)
                || (after?.isNumber == true && before.map { $0.isLetter || $0.isNumber } == true)
            // A mask at a word's end (`1380013****`, `王**，`), or of a given name (`王**先生`, as the body reads it).
            let ended = after.map { !$0.isLetter && !$0.isNumber } ?? true
            let han = before?.unicodeScalars.first.map(MarkdownRenderer.isHan) ?? false
            let masksEnd = mark == "*" && (isMasked(before) || han) && ended
            // A number's mask beside a space or a hyphen (`400-***-8866`, `Card **** 6652`, `6228 4800 **** ****`).
            func digit(at offset: Int) -> Bool { offset >= 0 && offset < characters.count && characters[offset].isNumber }
            func spacer(at offset: Int) -> Bool { offset >= 0 && offset < characters.count && (characters[offset] == " " || characters[offset] == "-" || characters[offset] == "*") }
            let masksNumber = mark == "*" && ((spacer(at: index - 1) && (digit(at: index - 2) || spacer(at: index - 2)))
                || (spacer(at: end) && digit(at: end + 1)))
            let masksName = mark == "*" && han && !ended
                && MarkdownRenderer.masksName(before: Array(String(characters[..<index]).utf8)[...], after: Array(String(characters[end...]).utf8)[...])
            if end - index >= 2, !(isMasked(before) && isMasked(after)), !besideDigit, !masksEnd, !masksName, !masksNumber, !(mark == "_" && end - index >= 3) {
                return String(repeating: String(mark), count: 2)
            }
            index = end
        }
        return nil
    }

    /// The display weight (`Summary.weight`: a Chinese character counts two) above which a title warns.
    static let longTitle = 120
    /// Three times the summary derived from a story (`Summary.derive`): about 240 Chinese or 480 Latin characters.
    static let longSummary = 480

    /// Country codes and language names written where a language code belongs, and the code meant.
    static let languageAliases = ["cn": "zh", "chs": "zh", "cht": "zh", "chn": "zh", "sc": "zh", "tc": "zh", "hk": "zh", "tw": "zh",
                                  "chinese": "zh", "zhongwen": "zh", "uk": "en", "us": "en", "gb": "en", "eng": "en", "english": "en"]

    private static let atxHeading = SharedRegex { /#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*/ }

    /// The words of the heading `text` opens with: `# Words` or a line over a line of `=` or `-`.
    static func openingHeading(_ text: Substring) -> Substring? {
        let first = text.prefix(while: { !$0.isNewline })
        if first.first == "#" { return atxHeading.with { first.wholeMatch(of: $0)?.output.1 } }
        guard first.endIndex < text.endIndex else { return nil }
        let next = text[text.index(after: first.endIndex)...].prefix(while: { !$0.isNewline }).trimmingWhitespace()
        return !next.isEmpty && (next.allSatisfy { $0 == "=" } || next.allSatisfy { $0 == "-" }) ? first : nil
    }

    /// Whether two texts are the same words, whatever their case, spacing and punctuation.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
        return !words(a).isEmpty && words(a) == words(b)
    }

    /// A case in one language: `own` is this language's file, `base` the default-language file it translates.
    static func makeCase(base: Decoder.RawCase?, own: Decoder.RawCase, lang: String, translated: [String] = [], log: inout DiagnosticLog,
                                 markdown: MarkdownRenderer, asked: inout Set<String>) -> CaseEntry? {
        let fileLocation = SourceLocation(file: own.file, line: 1)
        let title = own.title ?? base?.title
        let date = own.date ?? base?.date
        let written = own.writtenKeys.union(base?.writtenKeys ?? [])
        // A translation lacks a key only when its original does, which has the error.
        // A file named as a translation (`<slug>.zh.md`) without its original, and without the keys an
        // original would give it: most likely the original was renamed or deleted.
        // One named `<slug>-zh.md` (a hyphen for the dot) is a case of its own, which lacks them too.
        let hyphenated = base == nil && own.lang == nil ? translated.first { own.slug.hasSuffix("-\($0)") || own.slug.hasSuffix("_\($0)") } : nil
        let orphan = base == nil && own.lang != nil && (title == nil || date == nil)
            ? " — this file is named as a translation of `\(own.slug).md`, which does not exist: if that file was renamed, rename this one to match it (`<new slug>.\(own.lang ?? "").md`); if the case was taken down, delete this one too; a case written only in this language needs its own keys"
            : hyphenated.map { " — if this file translates `\(own.slug.dropLast($0.count + 1)).md`, name it `\(own.slug.dropLast($0.count + 1)).\($0).md` (a dot, not a hyphen, before the language): named as it is, it is a case of its own" } ?? ""
        if title == nil, !written.contains("title"), base == nil {
            log.error("missing-key", "missing required key `title`" + orphan, at: fileLocation, hint: "title: …")
        }
        if date == nil, !written.contains("date"), base == nil {
            log.error("missing-key", "missing required key `date`" + orphan, at: fileLocation, hint: "date: YYYY-MM-DD")
        }
        if let base { checkSameFacts(own, as: base, log: &log) }
        guard let title, let date else { return nil }
        // A title is a headline on lists, feeds and flyers: one of several lines there is a summary.
        if let written = own.title, Summary.weight(written.value) > Double(Self.longTitle) {
            log.warning("long-title", "the title is \(written.value.count) characters long: lists, feeds and flyers show a headline of up to about 60 Chinese or 120 Latin characters well",
                        at: written.location, hint: "shorten it, and put the details in `summary` or the body")
        }
        // A summary is shown whole under the headline on the home page, in lists and feeds: one or two
        // sentences, not the story (a megabyte was published whole with no word).
        if let written = own.summary, Summary.weight(written.value) > Double(Self.longSummary) {
            log.warning("long-summary", "the summary is \(written.value.count) characters long: the home page, lists and feeds show it whole under the headline, where one or two sentences read best",
                        at: written.location, hint: "shorten it to one or two sentences, and keep the details for the body")
        }
        // `title: "🚨📦💰"`: lists, feeds, flyers and screen readers have only signs to tell the case by.
        if let written = own.title, !written.value.contains(where: { $0.isLetter || $0.isNumber }) {
            log.warning("wordless-title", "the title has no words: lists, feeds, flyers and screen readers tell the case by its title",
                        at: written.location, hint: "write a headline in words: what happened, to whom, and the trick")
        }
        // `# <the title>` (or the title over `===`) as the body's first line, after any comments: the page shows its headline twice.
        var opening = own.body.firstIndex { !$0.isWhitespace }
        while let start = opening, own.body[start...].hasPrefix("<!--"), let close = own.body[start...].range(of: "-->") {
            opening = own.body[close.upperBound...].firstIndex { !$0.isWhitespace }
        }
        if let start = opening, let title = own.title?.value ?? base?.title?.value,
           let heading = Self.openingHeading(own.body[start...]), Self.sameWords(String(heading), title) {
            log.warning("repeated-title", "the story starts with its title as a heading: the page shows the headline twice",
                        at: SourceLocation(file: own.file, line: own.bodyFirstLine + own.body[..<start].filter(\.isNewline).count, column: 1),
                        hint: "delete the line: the page shows the title above the story")
        }
        // A time with another offset may fall on another day where the site is (`2026-11-10T23:30:00-08:00`): said so.
        let dateDay = date.value.hasTime ? "\(date.value.day), the day its time falls on in the site's time zone" : "\(date.value.day)"
        let expires = own.expires ?? base?.expires
        if let expires, expires.value < date.value.day, own.expires != nil || base == nil {
            log.error("invalid-date", "`expires` (\(expires.value)) is before `date` (\(dateDay))", at: expires.location)
        }
        let updated = own.updated ?? base?.updated
        if let updated, updated.value.isBefore(date.value), own.updated != nil || base == nil {
            let when = updated.value.day == date.value.day ? "is earlier in the day than" : "(\(updated.value.day)) is before"
            log.error("invalid-date", "`updated` \(when) `date` (\(updated.value.day == date.value.day ? "\(date.value.day)" : dateDay))", at: updated.location)
        }
        let bodySource = own.body.isBlank ? (base ?? own) : own
        if let base, own.body.isBlank, !base.body.isBlank {
            log.warning("untranslated", "the translation has no body: its page, feeds and search show the original's text, in the original's language",
                        at: SourceLocation(file: own.file, line: own.bodyFirstLine), hint: "translate the story below the front matter")
        }
        if bodySource.body.isBlank, own.summary == nil, base?.summary == nil {
            log.warning("empty-case", "the case has no text: its page, feeds and search show only its title",
                        at: SourceLocation(file: own.file, line: own.bodyFirstLine), hint: "write what happened below the front matter")
        }
        let rendered = markdown.render(bodySource.body)
        asked.formUnion(rendered.askedHosts)
        // A placeholder left in (`<!-- TODO -->`, a heading with nothing under it): an empty story is published.
        // (Headings written with `#`: a line over `---` is one too, which a second front matter makes.)
        if !bodySource.body.isBlank, bodySource.file == own.file,
           !["<p", "<ul", "<ol", "<pre", "<blockquote", "<table", "<img"].contains(where: rendered.html.contains),
           !rendered.html.contains("<h") || bodySource.body.split(separator: "\n").allSatisfy({ $0.trimmingWhitespace().isEmpty || $0.hasPrefix("#") }) {
            log.warning("empty-case", "the story shows nothing but \(rendered.html.contains("<h") ? "headings" : "comments or markup"): its page, feeds and search show an empty story",
                        at: SourceLocation(file: own.file, line: own.bodyFirstLine), hint: "write what happened under the front matter, or remove the placeholder")
        }
        let summary = own.summary ?? base?.summary
        let derivedSummary = summary == nil ? Summary.derive(from: rendered.proseText) : ""
        if bodySource.file == own.file {
            scanPublishedBody(rendered, summary: derivedSummary, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, log: &log)
            reportRendered(rendered, body: own.body, file: own.file, bodyFirstLine: own.bodyFirstLine, baseURL: markdown.baseURL, citesSources: true, log: &log)
            reportUnsupportedMarkdown(own, log: &log)
        }
        // Title, summary and body are paragraphs of their own (a blank line between them), though
        // the title's and summary's lines follow each other in the front matter.
        var lines: [(number: Int, text: String)] = []
        if let title = own.title { lines += [(title.location.line, title.value), (title.location.line, "")] }
        if let summary = own.summary { lines += [(summary.location.line, summary.value), (summary.location.line, "")] }
        if bodySource.file == own.file { lines += NumberedText(own.body, firstLine: own.bodyFirstLine).lines }
        // Plain-text fields are shown as they are, so a scam address in them is defanged here, as in
        // the body (without the invisible breaks that could hide one).
        func defanged(_ text: String) -> String { markdown.links.map { $0.defangPlainText(text, asked: &asked) } ?? text }
        return CaseEntry(
            slug: own.slug, lang: lang, file: own.file, isTranslation: base != nil,
            title: defanged(title.value), date: date.value,
            summary: summary.map { defanged($0.value) } ?? derivedSummary, summaryIsDerived: summary == nil,
            region: (own.region ?? base?.region).map { defanged(Self.normalizedRegion($0)) },
            declaredScamTypes: (own.scamTypes ?? base?.scamTypes)?.map(\.value),
            declaredTactics: (own.tactics ?? base?.tactics)?.map(\.value),
            channels: (own.channels ?? base?.channels ?? []).map(\.value),
            loss: own.loss ?? base?.loss, indicators: own.indicators ?? base?.indicators ?? [],
            sources: (own.sources ?? base?.sources ?? []).map { SourceLink(name: defanged($0.name), url: $0.url) }, campaigns: (own.campaigns ?? base?.campaigns ?? []).map(\.value),
            draft: own.draft ?? base?.draft ?? false, updated: updated?.value, updatedLocation: updated?.location, expires: expires?.value,
            bodyHTML: StoredText(rendered.html), searchableText: NumberedText(lines: lines),
            declaredLines: own.declaredLines.merging(base?.declaredLines ?? [:]) { mine, _ in mine },
            searchText: StoredText(Summary.excerpt(rendered.plainText)), dateLocation: date.location)
    }

    /// What rendering a body left out or changed (untrusted and unsafe links, raw HTML, empty links and
    /// headings, links read from the site's root), each a warning at its line: case, scam type,
    /// tactic and campaign bodies alike.
    /// `citesSources`: the body is a case's, whose `sources` it may link to.
    static func reportRendered(_ rendered: MarkdownRenderer.Output, body: String, file: String, bodyFirstLine: Int, baseURL: String,
                               citesSources: Bool = false, log: inout DiagnosticLog) {
        // Markdown knows the line of a link or a tag; the column is where its text is on that line.
        let lines = rendered.untrustedLinks.isEmpty && rendered.droppedHTML.isEmpty && rendered.removedHTML.isEmpty && rendered.commentTails.isEmpty && rendered.unclosedHTML.isEmpty && rendered.indentedProse.isEmpty
            && rendered.underlinedSentences.isEmpty
            && rendered.relativeTargets.isEmpty && rendered.unsafeLinks.isEmpty && rendered.emptyLinks.isEmpty && rendered.undefinedReferences.isEmpty
            ? [] : body.splitLines()
        /// Where `text` is on the line, after `lead` when the line has the two together (a host
        /// after "://": a link's, not the same name in the prose before it). Markdown knows the line a
        /// paragraph starts on: text not on it is looked for on the paragraph's next lines. With an
        /// `occurrence` (from 0), the place of that one of several over the paragraph's lines.
        func location(of text: String, line: Int, after lead: String = "", orElse other: String? = nil, occurrence: Int = 0) -> SourceLocation {
            var skipped = 0
            func column(on written: Substring) -> Int? {
                if occurrence > 0 {
                    var from = written.startIndex
                    while let range = written.range(of: text, options: .caseInsensitive, range: from..<written.endIndex) {
                        if skipped == occurrence { return written.unicodeScalars.distance(from: written.startIndex, to: range.lowerBound) + 1 }
                        skipped += 1
                        from = range.upperBound
                    }
                    return nil
                }
                if !lead.isEmpty, let range = written.range(of: lead + text, options: .caseInsensitive) {
                    return written.unicodeScalars.distance(from: written.startIndex, to: range.lowerBound) + lead.unicodeScalars.count + 1
                } else if let range = written.range(of: text, options: .caseInsensitive) {
                    return written.unicodeScalars.distance(from: written.startIndex, to: range.lowerBound) + 1
                } else if !lead.isEmpty, let label = text.split(separator: ".").first,
                          let range = written.range(of: lead + label, options: .caseInsensitive) {
                    // A host written %-encoded (`www.gov.cn%2eevil.example`): where its first label is.
                    return written.unicodeScalars.distance(from: written.startIndex, to: range.lowerBound) + lead.unicodeScalars.count + 1
                }
                return nil
            }
            if line >= 1, line <= lines.count {
                var number = line
                while number <= lines.count, number == line || !lines[number - 1].trimmingWhitespace().isEmpty {
                    if let found = column(on: lines[number - 1]) { return SourceLocation(file: file, line: bodyFirstLine + number - 1, column: found) }
                    number += 1
                }
            }
            // Written otherwise than it reads (`&#106;avascript:`): where the other text is.
            if let other { return location(of: other, line: line, occurrence: occurrence) }
            return SourceLocation(file: file, line: bodyFirstLine + line - 1, column: 1)
        }
        // One warning for each place, however often a line repeats it.
        var warned: Set<String> = []
        for link in rendered.untrustedLinks where warned.insert("\(link.line) \(link.text)").inserted {
            if link.text.lowercased().hasPrefix("tel:") {
                log.warning("untrusted-link", "the phone link `\(link.text)` is shown as text, not a link: only the site's hotlines are called with one tap",
                            at: location(of: link.text, line: link.line),
                            hint: "a scammer's number belongs in `indicators`; a number readers should call belongs in `hotlines` in site.yml")
                continue
            }
            if let meant = link.slashless {
                log.warning("untrusted-link", "the link to `\(link.text)` is not written `\(meant.prefix { $0 != ":" })://…`, so it is shown as text, not a link",
                            at: location(of: link.text, line: link.line), hint: "write `\(meant)`")
                continue
            }
            log.warning("untrusted-link", link.isImage
                            ? "the image from `\(link.text)` is not shown, only its address as text: images are loaded from trusted sites only"
                            : "the link to `\(link.text)`\(link.via.map { " (through `\($0)`, which forwards there)" } ?? "") is shown as text, not a link: only trusted sites are linked",
                        at: location(of: link.text, line: link.line, after: "://"),
                        // `12306.cn` trusts `www.12306.cn` and the site's other hosts too.
                        hint: link.isImage
                            ? "save the picture in Templates/assets/ and write /assets/<its name>, or, if the site is safe, add it to `trusted_domains` in site.yml"
                            : LinkPolicy.isSharedPlatform(link.text.lowercased())
                            ? "`\(link.text)` is a platform where anyone publishes, so no page there is linked from the text" + (citesSources ? "; cite the page under `sources`, where it stays a link" : "")
                            : "if the site is safe, add `\(link.text.lowercased().hasPrefix("www.") ? String(link.text.dropFirst(4)) : link.text)` to `trusted_domains` in site.yml"
                                + (citesSources ? ", or cite the page under this case's `sources`" : ""))
        }
        // A block never closed is told as that, once.
        let unclosed = Set(rendered.unclosedHTML.map(\.line))
        // What goes whole is told first: a tag a line has twice (`<script>…</script>`, a lone `<script>`) is told once.
        for html in rendered.removedHTML where !unclosed.contains(html.line) && warned.insert("\(html.line) \(html.text)").inserted {
            log.warning("raw-html", "raw HTML (`\(html.text)`) is not published, and nothing it holds is: pages leave it out whole",
                        at: location(of: String(html.text.prefix { $0 != ">" && $0 != " " }), line: html.line),
                        hint: "write what readers should see in Markdown; keep notes for yourself in a comment, <!-- … -->")
        }
        for html in rendered.droppedHTML where !unclosed.contains(html.line) && warned.insert("\(html.line) \(html.text)").inserted {
            // `<br>` is kept as a line break: told so, with Markdown's own way to write one.
            let lineBreak = html.text == "<br>"
            log.warning("raw-html", lineBreak ? "raw HTML (`<br>`) is published as a line break, not as HTML" : "raw HTML (`\(html.text)`) is not published: pages show its words as plain text",
                        at: location(of: String(html.text.prefix { $0 != ">" && $0 != " " }), line: html.line),
                        hint: lineBreak ? "in Markdown, end the line with a backslash (`\\`) for a line break, or leave a blank line for a new paragraph"
                            : "write it in Markdown: **bold**, [a link](https://…), ![an image](/assets/…)")
        }
        for block in rendered.unclosedHTML {
            let what = block.text == "<!--" ? "the comment `<!--`" : "`\(block.text)`"
            let shown = ["<pre>", "<textarea>"].contains(block.text.lowercased()) ? "show as one block of unformatted text" : "are left out of the page with it"
            log.error("unclosed-html", "\(what) on line \(bodyFirstLine + block.line - 1) is never closed, so lines \(bodyFirstLine + block.line - 1)–\(bodyFirstLine + block.lastLine - 1) \(shown)",
                      at: location(of: String(block.text.prefix { $0 != ">" }), line: block.line),
                      hint: block.text == "<!--" ? "end the comment with `-->` where your note ends"
                          : block.text.dropFirst().first?.isLetter == true ? "close it with `</\(block.text.dropFirst().dropLast())>`, or write the text in Markdown"
                          : "remove it, or end it on the line it starts on")
        }
        for sentence in rendered.underlinedSentences where warned.insert("\(sentence.line) \(sentence.text)").inserted {
            log.warning("underlined-text", "“\(sentence.text.count > 40 ? sentence.text.prefix(40) + "…" : sentence.text)” is made a heading by the line of `\(sentence.underline.prefix(3))` under it (line \(bodyFirstLine + sentence.lastLine - 1))",
                        at: location(of: sentence.text, line: sentence.line),
                        hint: "for a dividing line, write `---` after a blank line; for a heading, write `## ` before its words")
        }
        if let deep = rendered.tooDeep {
            log.error("deep-nesting", "quotations or lists are nested \(deep.lastLine) levels deep on line \(bodyFirstLine + deep.line - 1): a story may nest \(MarkdownRenderer.deepestNesting) at most (HTML checkers reject a page more than 513 levels deep)",
                      at: SourceLocation(file: file, line: bodyFirstLine + deep.line - 1, column: 1), hint: "nest fewer levels: a `>` or an indented list item opens one each")
        }
        for prose in rendered.indentedProse where warned.insert("\(prose.line) \(prose.text)").inserted {
            log.warning("indented-text", "“\(prose.text.count > 40 ? prose.text.prefix(40) + "…" : prose.text)” is indented by four spaces or a tab, which Markdown shows as code: its words are published unformatted, in a box of their own",
                        at: location(of: prose.text, line: prose.line),
                        hint: "remove the indentation; if it is code, put a line of ``` before and after it")
        }
        for tail in rendered.commentTails where warned.insert("\(tail.line) \(tail.text)").inserted {
            log.warning("comment-tail", "“\(tail.text.count > 40 ? tail.text.prefix(40) + "…" : tail.text)” follows a comment's `-->` on its line, and Markdown leaves it out with the comment",
                        at: location(of: tail.text, line: tail.line),
                        hint: "start the words on a line of their own, after the comment")
        }
        // One warning for each link, also for two of one kind in one block: the second is the second place it is written.
        var unsafeSeen: [String: Int] = [:]
        for link in rendered.unsafeLinks {
            let occurrence = unsafeSeen["\(link.line) \(link.text)", default: 0]
            unsafeSeen["\(link.line) \(link.text)"] = occurrence + 1
            log.warning("unsafe-link", "a `\(link.text)` link or image is not published: pages show its text only",
                        at: location(of: link.text, line: link.line, orElse: "](", occurrence: occurrence),
                        hint: "link to a web page (https://…) or a phone number (tel:)")
        }
        for link in rendered.emptyLinks where warned.insert("\(link.line) \(link.text)").inserted {
            log.warning("empty-link", "a link with no text reads as nothing: the page shows its address `\(link.text)` as its text",
                        at: location(of: "[](", line: link.line), hint: "write what the link leads to between the brackets: [the police notice](…)")
        }
        for reference in rendered.undefinedReferences where warned.insert("\(reference.line) \(reference.text)").inserted {
            let label = reference.text.split(separator: "[").last.map { $0.dropLast() }.flatMap { $0.isEmpty ? nil : $0 }
                ?? reference.text.dropFirst().prefix { $0 != "]" }
            log.warning("undefined-reference", "`\(reference.text)` is a link with no address: no line `[\(label)]: …` defines it, so pages print it as written",
                        at: location(of: reference.text, line: reference.line),
                        hint: "add a line `[\(label)]: https://…` below the paragraph, or write the address in the link: [words](https://…)")
        }
        for line in rendered.emptyHeadings {
            log.warning("empty-heading", "a heading with no text is left out of the page",
                        at: SourceLocation(file: file, line: bodyFirstLine + line - 1, column: 1), hint: "write the heading's words after the `#`s, or delete the line")
        }
        for target in rendered.relativeTargets where warned.insert("\(target.line) \(target.url)").inserted {
            let address = MarkdownRenderer.absolute(target.url, base: baseURL) ?? target.url
            log.warning("relative-link", "\(target.isImage ? "image" : "link") `\(target.url)` is read from the site's root (\(address)), not from beside this file",
                        at: location(of: target.url, line: target.line),
                        hint: target.isImage ? "images beside case files are not published: put it in Templates/assets/ and write /assets/\(target.url.split(separator: "/").last ?? "")"
                                             : "write the full address (https://…), or a path from the site's root (/types/…)")
        }
    }

    /// The body is CommonMark, without GitHub's extensions: a footnote (`[^1]: …`) is no footnote
    /// (its mark may become a link, a one-word note a link definition that vanishes), and a table
    /// is printed as lines of `|` marks. Each is a warning at its line, outside code blocks.
    static func reportUnsupportedMarkdown(_ own: Decoder.RawCase, log: inout DiagnosticLog) {
        let bytes = own.body.utf8
        // An underscore is read only beside a character of another script (`__警方提醒：__不要`), as `underscoredCJK` needs.
        func underscoreBesideChinese() -> Bool {
            var previous: UInt8 = 0
            var afterUnderscore = false
            for byte in bytes {
                if afterUnderscore, byte >= 0x80 { return true }
                afterUnderscore = byte == UInt8(ascii: "_")
                if afterUnderscore, previous >= 0x80 { return true }
                previous = byte
            }
            return false
        }
        // Full-width signs typed for Markdown's by a Chinese keyboard (`＃ 后续`, `[警方通报]（https://…）`), and an image
        // with no description (`![](/assets/x.png)`), which a screen reader says nothing of: found in one pass over the bytes.
        var fullWidth = false, images = false
        var (last, beforeLast, third): (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in bytes {
            if beforeLast == 0xEF, last == 0xBC, byte == 0x83 || byte == 0xBD || (byte == 0x88 && third == UInt8(ascii: "]")) { fullWidth = true } // ＃, ］, ]（
            if last == UInt8(ascii: "!"), byte == UInt8(ascii: "[") { images = true }
            (third, beforeLast, last) = (beforeLast, last, byte)
        }
        guard fullWidth || images || bytes.contains(UInt8(ascii: "^")) || bytes.contains(UInt8(ascii: "|")) || bytes.contains(UInt8(ascii: "~"))
                || (bytes.contains(UInt8(ascii: "_")) && underscoreBesideChinese()) else { return }
        var inTable = false, previousRow = false, warnedRows = false
        /// The mark (``` or ~~~) of the code block the line is in: its lines are code, shown as written.
        var fence: Character?
        let lines = own.body.splitLines()
        for (index, line) in lines.enumerated() {
            let text = line.drop { $0 == " " || $0 == "\t" }
            if let mark = text.first, mark == "`" || mark == "~", text.prefix(3).allSatisfy({ $0 == mark }), text.count >= 3 {
                fence = fence == nil ? mark : (fence == mark ? nil : fence)
                continue
            }
            guard fence == nil else { continue }
            let location = SourceLocation(file: own.file, line: own.bodyFirstLine + index, column: line.count - text.count + 1)
            if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") {
                log.warning("footnote", "footnotes are not supported: the note is not tied to its mark `\(text[...close])`, which may become a link, and a one-word note vanishes",
                            at: location, hint: "write the note into the text, or as a last paragraph (Note: …)")
            }
            if let struck = struckText(text) {
                log.warning("strikethrough", "struck-out text is not supported: `~~\(struck)~~` is printed with its tildes, and the words read as current",
                            at: SourceLocation(file: own.file, line: location.line, column: line.distance(from: line.startIndex, to: struck.startIndex) - 1),
                            hint: "leave the words out, or say what changed (\"corrected on …: …\")")
            }
            if fullWidth, text.hasPrefix("＃"), case let marks = text.prefix(while: { $0 == "＃" || $0 == "#" }), marks.count <= 6,
               let next = text.dropFirst(marks.count).first, next == " " || next == "\u{3000}" {
                log.warning("full-width-markup", "`\(marks)` is full-width, not a heading's `#`: the line is printed as text, with its sign",
                            at: location, hint: "write `\(String(repeating: "#", count: marks.count)) \(text.dropFirst(marks.count).trimmingWhitespace())` with `#` typed in English")
            }
            if fullWidth, let link = text.firstMatch(of: /[\[［]([^\]］\n]+)[\]］]\s*[（(]\s*((?:https?:\/\/|\/)[^）)\s]*)\s*[）)]/),
               link.0.contains(where: { "［］（）".contains($0) }) {
                log.warning("full-width-markup", "a link written with full-width brackets is printed as text, brackets and address, not as a link",
                            at: SourceLocation(file: own.file, line: location.line, column: line.distance(from: line.startIndex, to: link.range.lowerBound) + 1),
                            hint: "write `[\(link.1)](\(link.2))` with brackets typed in English")
            }
            if images, let image = text.firstMatch(of: /!\[\s*\]\(\s*([^)\s]+)/) {
                log.warning("image-description", "the image `\(image.1)` has no description: readers who cannot see it, and screen readers, are told nothing of it",
                            at: SourceLocation(file: own.file, line: location.line, column: line.distance(from: line.startIndex, to: image.range.lowerBound) + 1),
                            hint: "write what it shows between the brackets: `![the fake claims page](\(image.1))`")
            }
            if let (marks, inner) = underscoredCJK(text) {
                log.warning("underscore-emphasis", "`\(marks)\(inner)\(marks)` is printed with its underscores: beside Chinese, `_` and `__` make no emphasis",
                            at: SourceLocation(file: own.file, line: location.line, column: line.distance(from: line.startIndex, to: inner.startIndex) - marks.count + 1),
                            hint: "write stars: `\(marks.replacingOccurrences(of: "_", with: "*"))\(inner)\(marks.replacingOccurrences(of: "_", with: "*"))`")
            }
            // A delimiter row: cells of dashes (and alignment colons) between pipes, as `|---|:-:|` or `-|-`.
            let isRule = text.contains("|") && text.contains("-") && text.allSatisfy { " \t|:-".contains($0) }
            if isRule, !inTable {
                // At the header row above the rule, where the table starts.
                let header = index > 0 && lines[index - 1].contains("|")
                log.warning("table", "tables are not supported: its rows would be printed as lines of text with their `|` marks",
                            at: header ? SourceLocation(file: own.file, line: location.line - 1, column: 1) : location,
                            hint: "write the rows as a list (- Date: …, amount: …)")
            }
            // Rows with no row of dashes under the first (`| 10:00 | The call |` twice): one paragraph of `|` marks.
            let isRow = !isRule && text.hasPrefix("|") && text.trimmingWhitespace().hasSuffix("|") && text.count > 2
            if isRow, previousRow, !inTable, !warnedRows {
                warnedRows = true
                log.warning("table", "these lines are written as a table's rows, which is not supported: with no row of dashes they are printed as one paragraph, `|` marks and all",
                            at: SourceLocation(file: own.file, line: location.line - 1, column: 1), hint: "write the rows as a list (- 10:00: …)")
            }
            if !isRow { warnedRows = false }
            previousRow = isRow
            inTable = isRule || (inTable && text.contains("|"))
        }
    }

    /// The first `__words__` or `_words_` on a line (outside code) that CommonMark leaves as text because a
    /// Chinese character touches it outside (`__警方提醒：__不要`, `这是_重点_内容`): underscores inside a word
    /// make no emphasis, and Chinese has no spaces between words. (`snake_case_name` and `微信号_kefu_888_`
    /// are no emphasis meant.)
    static func underscoredCJK(_ line: Substring) -> (marks: String, inner: Substring)? {
        guard line.contains("_"), !line.contains("`") else { return nil }
        func isCJKLetter(_ character: Character?) -> Bool {
            guard let character, !character.isASCII else { return false }
            return character.isLetter || character.isNumber
        }
        // Only a line with Chinese beside an underscore is read with the pattern.
        guard line.contains(where: { isCJKLetter($0) }) else { return nil }
        for match in underscorePair.with({ line.matches(of: $0).map { (range: $0.range, marks: $0.output.1, inner: $0.output.2) } }) {
            let before = match.range.lowerBound > line.startIndex ? line[line.index(before: match.range.lowerBound)] : nil
            // Chinese inside, no link between (`[提醒_x](https://a.example/y_z)`) and no comma or stop first, which opens
            // nothing: `_kefu_888_` is an account's name.
            guard before != "_", before != "\\", match.inner.contains(where: { isCJKLetter($0) }), !match.inner.contains(where: { "[]".contains($0) }),
                  !match.inner.contains("://"), let first = match.inner.first, !"，、。；：,.;:".contains(first) else { continue }
            let after = match.range.upperBound < line.endIndex ? line[match.range.upperBound] : nil
            if isCJKLetter(before) || isCJKLetter(after) { return (String(match.marks), match.inner) }
        }
        return nil
    }

    private static let underscorePair = SharedRegex { /(__?)([^_\s](?:[^_]*[^_\s])?)\1(?!_)/ }

    /// The words between the first `~~` and the next on a line, as GitHub strikes them out: the
    /// first word after the opening and the last before the closing touch the tildes.
    static func struckText(_ line: Substring) -> Substring? {
        guard let open = line.firstRange(of: "~~") else { return nil }
        let rest = line[open.upperBound...]
        guard let close = rest.firstRange(of: "~~"), case let inner = rest[..<close.lowerBound],
              let first = inner.first, let last = inner.last, !first.isWhitespace, !last.isWhitespace, first != "~" else { return nil }
        return inner
    }

    /// A translation that repeats the date, loss, channels, scam types, tactics or campaigns of its
    /// default-language file with another value tells readers of one language something else than
    /// the other's: a warning.
    static func checkSameFacts(_ translation: Decoder.RawCase, as original: Decoder.RawCase, log: inout DiagnosticLog) {
        func written(_ loss: Loss) -> String { "\(loss.amount) \(loss.currency)" }
        func ids(_ list: [Located<String>]?) -> String? { list.map { $0.isEmpty ? "none" : Set($0.map(\.value)).sorted().joined(separator: ", ") } }
        let facts: [(key: String, mine: String?, theirs: String?)] = [
            ("date", translation.date.map { "\($0.value.day)" }, original.date.map { "\($0.value.day)" }),
            ("loss", translation.loss.map(written), original.loss.map(written)),
            ("channels", ids(translation.channels), ids(original.channels)),
            ("scam_types", ids(translation.scamTypes), ids(original.scamTypes)),
            ("tactics", ids(translation.tactics), ids(original.tactics)),
            ("campaigns", ids(translation.campaigns), ids(original.campaigns)),
            ("expires", translation.expires.map { "\($0.value)" }, original.expires.map { "\($0.value)" }),
        ]
        for fact in facts {
            guard let mine = fact.mine, mine != fact.theirs else { continue }
            let location = SourceLocation(file: translation.file, line: translation.keyLines[fact.key] ?? 1, column: 1)
            if let theirs = fact.theirs {
                // Two dates, losses or expiries: one language's pages, feeds and flyers state a wrong fact,
                // and the statistics count the original's. Lists of ids only tag the pages apart.
                let message = "`\(fact.key)` (\(mine)) differs from the default-language file's (\(theirs))"
                let hint = "a translation states the same facts: leave `\(fact.key)` out to take the original's"
                if ["date", "loss", "expires"].contains(fact.key) {
                    log.error("translation-differs", message + ": readers of the two languages would be told different facts", at: location, hint: hint)
                } else {
                    log.warning("translation-differs", message, at: location, hint: hint)
                }
            } else if !["scam_types", "tactics"].contains(fact.key) {
                // A fact only one language states: a campaign page, a loss total or an expiry of one language only.
                log.warning("translation-differs", "`\(fact.key)` (\(mine)) is declared here, but not in the default-language file: readers of the two languages are told different things",
                            at: location, hint: "declare `\(fact.key)` in the default-language file, and leave it out here to take it from there")
            }
        }
        // Lists the original leaves to the tagger: the translation's own would tag its language's
        // pages differently from the other's.
        for (key, mine, theirs) in [("scam_types", translation.scamTypes, original.scamTypes), ("tactics", translation.tactics, original.tactics)]
        where mine != nil && theirs == nil {
            log.warning("translation-differs", "`\(key)` is declared here, but the default-language file leaves it to be worked out from its text: the two languages may tag the case differently",
                        at: SourceLocation(file: translation.file, line: translation.keyLines[key] ?? 1, column: 1),
                        hint: "declare `\(key)` in the default-language file instead, and leave it out here")
        }
        // Without its own title or summary, the translation's pages, lists and feeds show the original's
        // (a translation still being written, a draft, is left alone).
        for (key, missing) in [("title", translation.title == nil && original.title != nil), ("summary", translation.summary == nil && original.summary != nil)]
        where missing && translation.draft != true {
            log.warning("untranslated", "the translation has no `\(key)`: its pages, lists and feeds show the default-language file's",
                        at: SourceLocation(file: translation.file, line: 1, column: 1), hint: "add `\(key):` in this file's language")
        }
        // A title, summary or body copied from the original and left untranslated: the translation's pages show the
        // other language's words as this one's (a title of numbers and names alone, `618`, may well be the same).
        if translation.draft != true {
            let copied: [(key: String, line: Int, same: Bool)] = [
                ("title", translation.title?.location.line ?? 1, translation.title.map { $0.value == original.title?.value && $0.value.contains(where: \.isLetter) } ?? false),
                ("summary", translation.summary?.location.line ?? 1, translation.summary.map { $0.value == original.summary?.value } ?? false),
                ("body", translation.bodyFirstLine, translation.body.contains(where: \.isLetter)
                    && translation.body.trimmingWhitespace() == original.body.trimmingWhitespace()),
            ]
            for (key, line, same) in copied where same {
                log.warning("untranslated", "the \(key == "body" ? "body" : "`\(key)`") is the default-language file's, word for word: readers of this language are shown it as theirs",
                            at: SourceLocation(file: translation.file, line: line, column: 1),
                            hint: key == "body" ? "translate it" : "translate it, or leave `\(key)` out to show the original's, marked as its language")
            }
        }
        // A translation kept as a draft while the original is out is usual; the other way round publishes
        // a case whose original is not ready.
        if translation.draft == false, original.draft == true {
            log.warning("translation-differs", "`draft: false` publishes this translation, but the default-language file is a draft",
                        at: SourceLocation(file: translation.file, line: translation.keyLines["draft"] ?? 1, column: 1),
                        hint: "leave `draft` out to take the original's, or publish the original too")
        }
    }

    /// A Markdown body as published, checked again: its text with markup gone, a paragraph at a time
    /// (a line break is a space on the page), and the addresses of its links and images,
    /// %-decoded. Personal data that markup splits or hides in the file in some way
    /// `scanPersonalData` does not read past is an error too, on the first line that holds its
    /// visible digits, else its first ones (else the body's first line).
    /// `summary`: one made from the body, which runs its first paragraphs on (Chinese with no space
    /// between): a number split across two is whole there, in every list, feed and flyer that shows
    /// it (a privacy review, thirty-first session).
    /// A region as the statistics count it: white space of any kind (a pasted no-break space, two
    /// spaces, a tab) is one space, none at either end, and a comma between Latin words is followed by
    /// one ("Wuhan,Hubei" is "Wuhan, Hubei"), so that one place is one row of the regions table.
    static func normalizedRegion(_ region: String) -> String {
        var result = ""
        var pendingSpace = false
        var previous: Character?
        for character in region {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if previous == ",", character.isASCII, character.isLetter { pendingSpace = true }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
            previous = character
        }
        return result
    }

    /// The text split at each "\n\n", the other line ends read as spaces, as
    /// `components(separatedBy:)` and `replacingOccurrences(of:with:)` would give it without
    /// Foundation's search (1 % of `check`, fifty-fifth session).
    static func paragraphsOnOneLine(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var paragraphs: [String] = []
            var current: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    paragraphs.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    index += 2
                    continue
                }
                current.append(byte == 0x0A ? 0x20 : byte)
                index += 1
            }
            paragraphs.append(String(decoding: current, as: UTF8.self))
            return paragraphs
        }
    }

    static func scanPublishedBody(_ rendered: MarkdownRenderer.Output, summary: String = "", body: String, file: String, bodyFirstLine: Int,
                                  log: inout DiagnosticLog) {
        var texts: [String] = []
        // As published: a character reference to a control character (`139&#127;1234`) is left out.
        let plainText = rendered.plainText.asPublished
        if PersonalDataScanner.mayFindAny(in: plainText) {
            texts = paragraphsOnOneLine(plainText)
        }
        // A target as written is in the file's lines, which are scanned; one %-encoded may hide a number.
        texts += rendered.encodedTargets.map { $0.removingPercentEncoding ?? $0 }
        // A title's character references (`139&ensp;0000`) are decoded in the tooltip, not in the file's lines.
        texts += rendered.linkTitles + [summary]
        let published = texts.filter(PersonalDataScanner.mayFindAny).flatMap { PersonalDataScanner.scan($0, markup: false) }
        guard !published.isEmpty else { return }
        let lines = body.splitLines()
        let found = personalData(in: body, skipping: nil)
        let digits = lines.map { String($0.filter(\.isNumber)) }
        var reported: Set<String> = []
        // An address the file's lines already have, read there with more of its name (`wang.li [at] qq [dot] com`
        // is `w***@qq.com` in the file, `l***@qq.com` as published): told once, where it is written.
        let written = published.contains { $0.kind == .email } ? lines.flatMap { PersonalDataScanner.scan(String($0)) }.filter { $0.kind == .email }.map(\.identity) : []
        func writtenBefore(_ finding: PersonalDataScanner.Finding) -> Bool {
            finding.kind == .email && written.contains { $0.hasSuffix(finding.identity) || finding.identity.hasSuffix($0) }
        }
        for finding in published where !found.contains(finding.masked) && !writtenBefore(finding) && reported.insert(finding.masked).inserted {
            let shown = finding.masked.split(separator: "*", omittingEmptySubsequences: true).map { $0.filter(\.isNumber) }
            // An address, which shows no digits, at the name before its sign (`wang.li@` at a line's end); a name, a chat
            // account or a date of birth, which show none either, on the line that holds its letters and digits
            // (`**lihua_1980**`), else the first that holds what its mask shows (`陈`, `Chen G`, `出生于`) or that mask's first word
            // (`Chen` of "Chen\nGuifang"), and at what the mask shows.
            let visible = finding.masked.prefix { $0 != "*" }.trimmingCharacters(in: .whitespaces)
            let identity = finding.kind != .email && shown.allSatisfy(\.isEmpty) && !visible.isEmpty
            let name = finding.kind == .email ? finding.identity.prefix { $0 != "@" }.suffix(12)
                : !identity ? ""
                : [visible, String(visible.prefix { $0 != " " })].first { form in lines.contains { $0.contains(form) } }?[...] ?? ""
            func lettersAndDigits(_ text: some StringProtocol) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
            let value = lettersAndDigits(finding.value)
            let holding = identity ? lines.firstIndex { lettersAndDigits($0).contains(value) } : nil
            let index = holding ?? (name.isEmpty ? digits.firstIndex { line in shown.allSatisfy { $0.isEmpty || line.contains($0) } }
                ?? digits.firstIndex { line in shown.first.map { !$0.isEmpty && line.contains($0) } ?? false }
                : lines.firstIndex { $0.contains(name) })
            // At the first digits it shows, where they are written together (`138&#8203;1234…`).
            let column = index.flatMap { line in (name.isEmpty ? shown.first { !$0.isEmpty } : String(name)).flatMap { lines[line].range(of: $0) }
                .map { lines[line].unicodeScalars.distance(from: lines[line].startIndex, to: $0.lowerBound) + 1 } } ?? 1
            log.error("personal-data", "unmasked \(finding.kind.rawValue) (\(finding.masked)) would be published: markup or a paragraph break in the file splits it or hides it, but the page or its summary shows it whole",
                      at: SourceLocation(file: file, line: bodyFirstLine + (index ?? 0), column: column),
                      hint: "remove it or mask it; HTML tags, comments, escapes and emphasis are not printed, code is, and a summary made from the body joins its first paragraphs")
        }
    }

    /// Victims' personal data anywhere in a case file but its `indicators` is an error; `indicators`
    /// are its case's, in any of its languages.
    static func scanPersonalData(_ item: Decoder.RawCase, indicators: [String], log: inout DiagnosticLog) {
        // The file name is the case's public address: in its URL, the sitemap, the feeds and the search index.
        for finding in PersonalDataScanner.scan(item.slug) {
            log.error("personal-data", "the file name holds an unmasked \(finding.kind.rawValue) (\(finding.masked)), and it becomes the case's public address",
                      at: SourceLocation(file: item.file, line: 1, column: 1),
                      hint: "rename the file without it, e.g. after the place and the scam")
        }
        // A scammer's number or address the case lists in `indicators` is published there: the story
        // may name it too.
        scanPersonalData(in: item.source.text, file: item.file, skipping: item.indicatorLines, indicators: indicators, log: &log)
    }

    /// A template's text, or an asset's name, is printed on every page: the numbers of a person
    /// (a mobile, an ID, a bank card) there are errors, as in a case. E-mail addresses are a
    /// template's contacts, and a hotline is not a mobile.
    public static func scanTemplate(_ text: String, file: String, log: inout DiagnosticLog) {
        scanPersonalData(in: text, file: file, kinds: [.mobile, .residentID, .card, .nationalID, .travelDocument, .iban, .bankAccount], log: &log)
    }

    /// Numbers given in parts over the items of a list or the rows of a table ("- 前3位：139",
    /// "- 末8位：71852406"), by the index of the line where each starts.
    static func numbersAcrossItems(_ lines: [Substring], skipped: (Int) -> Bool) -> [Int: [PersonalDataScanner.Finding]] {
        var found: [Int: [PersonalDataScanner.Finding]] = [:]
        var run: [(index: Int, text: Substring, column: Int)] = []
        func flush() {
            defer { run.removeAll() }
            guard run.count >= 2 else { return }
            var told = MoreNumbers.toldAcrossItems(run.map { String($0.text) })
            // Items of digits alone, one group each (`- 139` / `- 7185` / `- 2406`, a table's column): read
            // together as the scanner reads groups apart, from each item on.
            let groups = run.map { item -> String? in
                let text = item.text.trimmingCharacters(in: Self.cellEdges)
                return (3...8).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber } ? text : nil
            }
            for first in groups.indices where groups[first] != nil {
                let following = groups[first...].prefix { $0 != nil }.compactMap { $0 }.prefix(5)
                guard following.count >= 3, let finding = PersonalDataScanner.scan(following.joined(separator: " ")).first(where: { $0.column == 1 })
                else { continue }
                let lead = run[first].text.prefix { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "｜" }.count
                told.append((first, PersonalDataScanner.Finding(kind: finding.kind, column: lead + 1, masked: finding.masked, value: finding.value)))
            }
            for (item, finding) in told {
                var placed = finding
                placed.column += run[item].column
                found[run[item].index, default: []].append(placed)
            }
        }
        for (index, line) in lines.enumerated() {
            guard !skipped(index), let content = listItemContent(line) else { flush(); continue }
            run.append((index, content, line.unicodeScalars.distance(from: line.startIndex, to: content.startIndex)))
        }
        flush()
        return found
    }

    /// What stands around a list item's or a table cell's words.
    private static let cellEdges = CharacterSet(charactersIn: "|｜ \t")

    /// What follows a list item's marker (`- `, `* `, `+ `, `1. `, `1) `), or a table row's text; nil for other lines.
    static func listItemContent(_ line: Substring) -> Substring? {
        let text = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        guard let first = text.first else { return nil }
        if first == "|" || first == "｜" { return text.dropFirst() }
        if "-*+".contains(first), text.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true { return text.dropFirst(2) }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
              text.dropFirst(digits.count + 1).first.map({ $0 == " " || $0 == "\t" }) == true else { return nil }
        return text.dropFirst(digits.count + 2)
    }

    /// A file's bytes as its lines and columns are counted everywhere (`SourceText`): without a byte order
    /// mark, which takes no column, and with CRLF and a lone CR each one line break.
    static func scannedText(_ data: Data) -> String {
        SourceText.withLineFeeds(String(decoding: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...], as: UTF8.self))
    }

    /// What the files that are not cases may not give (but the site's): a number, an address, no one's chat account or name,
    /// as a campaign or the advice may give the publisher's own.
    static let publishedKinds = Set(PersonalDataScanner.Finding.Kind.allCases).subtracting(PersonalDataScanner.Finding.Kind.identities)

    /// The personal data (masked) `scanPersonalData` finds in `text`.
    static func personalData(in text: String, skipping: ClosedRange<Int>?) -> Set<String> {
        var log = DiagnosticLog()
        return scanPersonalData(in: text, file: "", skipping: skipping, log: &log)
    }

    /// Whether an indicator gives a chat account or a plate however it writes it around
    /// (`WeChat: kefu_jd88`, `粤B·D12345`); its letters and digits are compared, as emphasis in
    /// the text may have taken an account's underscores.
    static func listsIdentity(_ finding: PersonalDataScanner.Finding, _ indicators: [String]) -> Bool {
        guard finding.kind == .chatAccount || finding.kind == .plate else { return false }
        func letters(_ text: String) -> String { text.lowercased().filter { $0.isLetter || $0.isNumber } }
        let identity = letters(finding.value)
        return indicators.contains { letters($0).contains(identity) }
    }

    /// Personal data in `text`, the whole of `file`, is an error on its line, but in the lines `skipping` names.
    /// Returns what it found, masked.
    @discardableResult
    /// `kinds`: only these kinds of data, when given; `indicators`: the case's, whose numbers and
    /// addresses a line may name unless it names them as a victim's.
    static func scanPersonalData(in text: String, file: String, skipping: ClosedRange<Int>? = nil,
                                 kinds: Set<PersonalDataScanner.Finding.Kind>? = nil, indicators: [String] = [],
                                 log: inout DiagnosticLog) -> Set<String> {
        guard PersonalDataScanner.mayFindAny(in: text) else { return [] }
        var found: Set<String> = []
        var declared: Set<String>?
        // The indicators are read, and the line's words, only for a finding: most files have none.
        func listedIndicators() -> Set<String> {
            let listed = declared ?? Set(indicators.flatMap { PersonalDataScanner.scan($0, markup: false).flatMap(\.identities) }.filter { !$0.isEmpty })
            declared = listed
            return listed
        }
        let lines = text.splitLines()
        func skipped(_ index: Int) -> Bool { skipping?.contains(index + 1) ?? false }
        /// Whether the place is inside an HTML comment: a `<!--` before it, not in a code span (after an
        /// odd number of backticks on its line), with no `-->` after that.
        func inComment(line index: Int, column: Int) -> Bool {
            let before = lines[..<index].joined(separator: "\n") + "\n" + String(String.UnicodeScalarView(lines[index].unicodeScalars.prefix(column - 1)))
            guard let open = before.range(of: "<!--", options: .backwards) else { return false }
            let lineStart = before[..<open.lowerBound].lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
            return before[lineStart..<open.lowerBound].filter { $0 == "`" }.count.isMultiple(of: 2)
                && before.range(of: "-->", range: open.upperBound..<before.endIndex) == nil
        }
        let acrossItems = numbersAcrossItems(lines, skipped: skipped)
        for (index, line) in lines.enumerated() where !skipped(index) {
            let number = index + 1
            var findings = PersonalDataScanner.scan(String(line))
            for finding in acrossItems[index] ?? [] where !findings.contains(where: { $0.masked == finding.masked }) { findings.append(finding) }
            // A number broken over two lines is one number on the page (a line break is a space there).
            if index + 1 < lines.count, !skipped(index + 1),
               line.last(where: { !$0.isWhitespace && !"-–—－.".contains($0) })?.isNumber == true,
               lines[index + 1].first(where: { !$0.isWhitespace })?.isNumber == true {
                let own = findings
                let joined = String(line.reversed().drop(while: \.isWhitespace).reversed()) + " "
                    + String(lines[index + 1].drop(while: \.isWhitespace))
                for finding in PersonalDataScanner.scan(joined)
                where finding.column <= line.unicodeScalars.count && !own.contains(where: { $0.column == finding.column }) {
                    findings.append(finding)
                }
            }
            for finding in findings where kinds?.contains(finding.kind) ?? true {
                if listedIndicators().contains(finding.identity) || listsIdentity(finding, indicators) {
                    // Read in its sentence: "The caller rang from 170…. The victim's number is also 170…" names it twice.
                    let sentence = Decoder.sentence(of: String(line), atColumn: finding.column)
                    // Or in the next, when it speaks of it: "…用170…打来电话。这个号码其实是王女士本人的手机号。"
                    let next = Decoder.sentenceReferringBack(in: String(line), atColumn: finding.column)
                    if !(Decoder.namesVictimsData(sentence) && !Decoder.namesCaller(sentence)) && !(next.map(Decoder.namesVictimsData) ?? false) { continue }
                }
                found.insert(finding.masked)
                let hint = switch finding.kind {
                          case .email: "remove it; a scammer's address belongs in a case's `indicators`"
                          case .mobile: "mask it, e.g. 138****5678 or 尾号5678; a scammer's number belongs in a case's `indicators`"
                          case .landline: "mask it, e.g. 027-****1234; a scammer's number belongs in a case's `indicators`"
                          case .residentID: "remove it, or mask it: \(finding.masked)"
                          case .card: "mask it, e.g. 尾号8988 or **** 8988; a scammer's account belongs in a case's `indicators`"
                          case .nationalID, .travelDocument: "remove it, or mask it: \(finding.masked)"
                          case .iban, .bankAccount: "remove it, or mask it: \(finding.masked); a scammer's account belongs in a case's `indicators`"
                          case .address: "keep only the district or the road (where it happened), never the building, door or room"
                          case .chatAccount: "remove it, or mask it: \(finding.masked); a scammer's account belongs in a case's `indicators`"
                          case .plate: "remove it, or mask it: \(finding.masked); a scammer's vehicle belongs in a case's `indicators`"
                          case .birthDate: "give the age or the year of birth at most"
                          case .fullName, .labelledName, .victimName: "name the person by surname and title only (陈女士, Mrs Chen), or mask the given name (陈某芳)"
                          }
                let what = !finding.weakMask ? "unmasked \(finding.kind.rawValue) (\(finding.masked))"
                    : finding.value.contains("*") ? "\(finding.kind.rawValue) masked too little to hide it (\(finding.value))"
                    : "\(finding.kind.rawValue) with too few digits left off (\(finding.value))"
                log.error("personal-data", inComment(line: index, column: finding.column)
                              ? "\(what) must not be kept in the file, even in a comment that pages leave out"
                              : "\(what) must not be published",
                          at: SourceLocation(file: file, line: number, column: finding.column),
                          hint: finding.weakMask ? "hide more of it: \(finding.masked)" : hint)
            }
        }
        // A number the indicators list whole is the scammer's, however it is masked.
        for (line, column, first, finding) in MoreNumbers.complementaryMasks(in: lines) where !skipped(line - 1) && !skipped(first - 1)
            && (kinds?.contains(finding.kind) ?? true) {
            let whole = PersonalDataScanner.masked(finding.kind, finding.value)
            guard !listedIndicators().contains(finding.identity), found.insert(whole).inserted else { continue }
            log.error("personal-data", "two masks of one \(finding.kind.rawValue) (\(finding.masked), the first on line \(first)) hide different digits: together they show it whole",
                      at: SourceLocation(file: file, line: line, column: column), hint: "mask it the same way each time it is written, e.g. \(whole)")
        }
        return found
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var result = self
        while result.hasSuffix(suffix) { result.removeLast(suffix.count) }
        return result
    }
}
