import AlertpressCore
import AlertpressFeeds
import Foundation

/// Stage 5 for HTML: turns one enriched language edition into pages, through the templates.
/// A class: each of the thousands of jobs holds it, and a reference is cheaper to hold than its fields.
final class SiteRenderer: Sendable {
    let bulletin: Bulletin
    let edition: EnrichedEdition
    let templates: TemplateLibrary
    let strings: Strings
    let routes: Routes
    let flyers: FlyerContent
    /// QR code of a URL as inline SVG, for the HTML flyer.
    let qrSVG: @Sendable (_ url: String, _ label: String) -> String
    /// Of what every page of this language reads: the program, templates, site settings and
    /// taxonomy (`inputs`), the language and the campaigns in season (the layout's banner).
    let base: Fingerprint
    /// `base` and what lists show of every listed case: for pages that show statistics or all cases.
    let listedInputs: Fingerprint
    /// For each listed case, which of its title, summary and region a translation takes unchanged
    /// from the original (`Original.marks`), and which other languages have its page (bit 3 on,
    /// one for each of `others`): lists mark those fields in the original's language and link
    /// those pages, so their keys hold them too. Empty in a bulletin of one language.
    let listedMarks: [UInt32]
    /// The same, by slug, for the cases that have any (related cases on case pages).
    let marksBySlug: [String: UInt32]
    /// The other languages' editions, in the bulletin's order, their routes and what a link to a page there says.
    let others: [(edition: EnrichedEdition, routes: Routes, link: String)]
    /// The default language's edition, which translations take fields from.
    let defaultEdition: EnrichedEdition?
    /// The site's logo; `inputs` holds its fingerprint.
    let logo: LogoFile?
    /// The language Chinese words are marked with on this edition's pages: the site's Chinese
    /// language ("zh" if it has none); nil when the edition is written in Chinese, Japanese or Korean.
    let hanLanguage: String?

    init(bulletin: Bulletin, edition: EnrichedEdition, templates: TemplateLibrary, inputs: Fingerprint, logo: LogoFile? = nil,
         qrSVG: @escaping @Sendable (_ url: String, _ label: String) -> String) {
        self.bulletin = bulletin
        self.logo = logo
        self.edition = edition
        self.templates = templates
        self.strings = Strings(edition.lang)
        self.routes = Routes(bulletin.site, lang: edition.lang)
        self.flyers = FlyerContent(bulletin: bulletin, edition: edition, strings: strings, routes: routes, logo: logo?.image)
        self.qrSVG = qrSVG
        func primary(_ tag: String) -> Substring { tag.prefix { $0 != "-" }.lowercased()[...] }
        hanLanguage = ["zh", "ja", "ko"].contains(primary(edition.lang)) ? nil
            : bulletin.site.languages.first { primary($0) == "zh" } ?? "zh"
        let base = Fingerprint { hash in
            hash.add(inputs)
            hash.add(edition.lang)
            hash.add(edition.activeCampaigns)
        }
        self.base = base
        let defaultEdition = bulletin.editions.first { $0.lang == bulletin.site.defaultLanguage }
        self.defaultEdition = defaultEdition
        // By position: a map over the cases would copy each.
        let listed = edition.listedCases
        let others = bulletin.editions.filter { $0.lang != edition.lang }.map {
            (edition: $0, routes: Routes(bulletin.site, lang: $0.lang), link: Strings($0.lang).readInLanguage)
        }
        self.others = others
        let marks: [UInt32] = others.isEmpty ? [] : listed.indices.map { position in
            var mark = UInt32(Self.marks(listed, at: position, in: defaultEdition, lang: bulletin.site.defaultLanguage))
            for (index, other) in others.enumerated() where other.edition.hasPage(listed[position].slug) { mark |= 8 << index }
            return mark
        }
        self.listedMarks = marks
        var marksBySlug: [String: UInt32] = [:]
        // By position: pairing the cases with their marks would copy each case.
        for (position, mark) in marks.enumerated() where mark != 0 && marksBySlug[edition.listedCases[position].slug] == nil {
            marksBySlug[edition.listedCases[position].slug] = mark
        }
        self.marksBySlug = marksBySlug
        self.listedInputs = Self.inputs(base, edition.listedCases, at: edition.listedCases.indices, marks: marks)
    }

    var site: SiteSettings { bulletin.site }
    var texts: SiteTexts { edition.edition.texts }

    /// `base` and what lists show of the cases at `positions`, in order.
    static func inputs(_ base: Fingerprint, _ cases: [EnrichedCase], at positions: some Collection<Int>, marks: [UInt32]) -> Fingerprint {
        Fingerprint { hash in
            hash.add(base)
            hash.add(positions.count)
            for position in positions {
                hash.add(cases[position].listing)
                if !marks.isEmpty { hash.add(Int(marks[position])) }
            }
        }
    }

    /// `base` and everything of the given cases, in order: for feeds and search, which show their text.
    static func inputs(_ base: Fingerprint, whole cases: [EnrichedCase]) -> Fingerprint {
        Fingerprint { hash in
            hash.add(base)
            hash.add(cases.count)
            for item in cases { hash.add(item.fingerprint) }
        }
    }

    // MARK: Pages

    /// Every page of this language, as jobs that render in parallel.
    func pageJobs() -> [RenderJob] {
        var jobs: [RenderJob] = []
        let listed = edition.listedCases
        // Cases only other languages publish: the home page says how many, so its inputs hold the counts.
        let elsewhere = onlyElsewhere { $0.listedCases }
        let homeInputs = Fingerprint { hash in
            hash.add(listedInputs)
            Self.add(elsewhere, to: &hash)
        }
        jobs.append(job(routes.home(), inputs: homeInputs) { [self] in
            page(routes.home(), title: texts.title, template: "home", view: homeView(listed, elsewhere: elsewhere), isHome: true)
        })
        jobs += listJobs(routes.cases(), Array(listed.indices), otherCount: { $0.listedCases.count }) { [self] folder, positions, list in
            let nav = pagination(routes.cases(), list, from: folder)
            return page(folder, title: pageTitle(strings["cases.title"], nav), template: "list", view: ListView(
                title: strings["cases.title"], intro: strings["cases.intro"].replacingOccurrences(of: "{language}", with: strings.name(of: edition.lang)), cases: positions.map { summary(listed[$0], from: folder) },
                empty: listed.isEmpty ? strings["no.cases"] : nil, feeds: feedLinks(folder: routes.home(), from: folder, atom: true),
                subscribeLabel: strings["subscribe"], pagination: nav),
                        alternates: pageAlternates(routes.cases(), list, from: folder))
        }
        var casePages: [RenderJob] = []
        // Cases are read in place by position: a job holds no copy of its case or of the related ones.
        // Editions too: copying one for each case was a tenth of this stage.
        let cases = edition.cases
        let editions = bulletin.editions
        for position in cases.indices where cases[position].status.hasPage {
            let slug = cases[position].slug
            let folder = routes.case(slug)
            let inputs = Fingerprint { hash in
                hash.add(cases[position].fingerprint)
                // The related cases by position, not looked up by slug.
                let related = edition.related(at: position)
                hash.add(related.count)
                for other in related {
                    hash.add(cases[other].listing)
                    hash.add(marksBySlug.isEmpty ? 0 : Int(marksBySlug[cases[other].slug] ?? 0))
                }
                // This edition has it (the loop's condition): only the others are looked up.
                for other in editions { hash.add(other === edition || other.hasPage(slug) ? 1 : 0) }
            }
            let dates = (updated: cases[position].entry.updated, published: cases[position].entry.date)
            casePages.append(job(folder, inputs: inputs, inSitemap: cases[position].status.isListed, lastmod: (dates.updated ?? dates.published).day.description) { [self] in
                let item = cases[position]
                let related = edition.related(at: position).map { cases[$0] }
                return page(folder, title: item.entry.title, template: "case", view: caseView(item, related: related, from: folder),
                            description: item.entry.summary, alternates: alternates(from: folder) { $0.hasPage(slug) ? $1.case(slug) : nil },
                            dates: (item.entry.date.day.description, item.entry.updated?.day.description))
            })
        }
        // The positions of each term's cases and each campaign's (positions, not copies of the
        // cases: most of these jobs are not run after an edit). The other languages read the same
        // lists for their lengths.
        let tagged = edition.tagPositions
        for kind in TermKind.allCases {
            let index = routes.terms(kind)
            let title = strings[kind == .scamType ? "types.title" : "tactics.title"]
            jobs.append(job(index, inputs: termListInputs([kind])) { [self] in
                page(index, title: title, template: "terms", view: TermIndexView(
                    title: title, intro: strings[kind == .scamType ? "types.intro" : "tactics.intro"],
                    terms: Self.byName(edition.edition.terms(kind), lang: edition.lang).map { termSummary($0, from: index) }))
            })
            for term in edition.edition.terms(kind) {
                let first = routes.term(kind, term.id)
                let positions = tagged.positions(kind, term.id)
                // How long the term's list is in another language.
                let otherCount: @Sendable (EnrichedEdition) -> Int = { $0.tagPositions.count(kind, term.id) }
                // Its cases that only another language publishes: the page says how many, so its inputs hold the counts.
                let elsewhere = onlyElsewhere { other in other.tagPositions.positions(kind, term.id).map { other.listedCases[$0] } }
                let counts = Fingerprint { Self.add(elsewhere, to: &$0) }
                jobs += listJobs(first, positions, also: counts, otherCount: otherCount) { [self] folder, positions, list in
                    let nav = pagination(first, list, from: folder)
                    var view = termView(term, cases: positions.map { listed[$0] }, pagination: nav, from: folder)
                    view.elsewhere = elsewhereViews(elsewhere, more: !positions.isEmpty, from: folder) { $0.term(kind, term.id) }
                    if !view.elsewhere.isEmpty { view.empty = nil }
                    return page(folder, title: pageTitle(term.name, nav), template: "term",
                                view: view,
                                description: term.summary, feeds: kind == .scamType ? feedLinks(folder: first, from: folder, atom: false, name: term.name) : nil,
                                alternates: pageAlternates(first, list, from: folder))
                }
            }
        }
        let campaignsFolder = routes.campaigns()
        jobs.append(job(campaignsFolder, inputs: base) { [self] in
            page(campaignsFolder, title: strings["campaigns.title"], template: "campaigns", view: CampaignIndexView(
                title: strings["campaigns.title"], intro: strings["campaigns.intro"],
                campaigns: Self.inSeasonOrder(edition.edition.campaigns, active: edition.activeCampaigns).map { campaign in
                    CampaignItemView(title: campaign.title, headline: campaign.headline, window: windowText(campaign.window),
                                     href: Routes.relative(from: campaignsFolder, to: routes.campaign(campaign.id)),
                                     active: edition.activeCampaigns.contains(campaign.id), activeLabel: strings["season.now"],
                                     titleLang: inOriginal(campaign.untranslated, .title), headlineLang: inOriginal(campaign.untranslated, .headline))
                }))
        })
        for campaign in edition.edition.campaigns {
            let first = routes.campaign(campaign.id)
            let positions = tagged.byCampaign[campaign.id] ?? []
            // Besides its own cases, a campaign page shows how many cases each of its focus types has.
            let focusCounts = Fingerprint { hash in
                for id in campaign.focus {
                    hash.add(tagged.count(.scamType, id))
                    if tagged.count(.scamType, id) == 0 { Self.add(termElsewhere(.scamType, id), to: &hash) }
                }
            }
            let otherCount: @Sendable (EnrichedEdition) -> Int = { $0.tagPositions.byCampaign[campaign.id]?.count ?? 0 }
            let elsewhere = onlyElsewhere { other in (other.tagPositions.byCampaign[campaign.id] ?? []).map { other.listedCases[$0] } }
            let counts = Fingerprint { hash in
                hash.add(focusCounts)
                Self.add(elsewhere, to: &hash)
            }
            jobs += listJobs(first, positions, also: counts, otherCount: otherCount) { [self] folder, positions, list in
                let nav = pagination(first, list, from: folder)
                var view = campaignView(campaign, cases: positions.map { listed[$0] }, pagination: nav, from: folder)
                view.elsewhere = elsewhereViews(elsewhere, more: !positions.isEmpty, from: folder) { $0.campaign(campaign.id) }
                // "No cases reported yet." above "2 cases are published only in Chinese" said two things: the second says it.
                if !view.elsewhere.isEmpty { view.empty = nil }
                return page(folder, title: pageTitle(campaign.title, nav), template: "campaign",
                            view: view,
                            description: campaign.headline, feeds: feedLinks(folder: first, from: folder, atom: false, name: campaign.title),
                            alternates: pageAlternates(first, list, from: folder))
            }
            let flyerFolder = routes.flyerPage(campaign.id)
            jobs.append(job(flyerFolder, inputs: flyers.inputs(campaign)) { [self] in flyerPage(campaign, folder: flyerFolder) })
        }
        let searchFolder = routes.search()
        jobs.append(job(searchFolder, inputs: termListInputs(TermKind.allCases)) { [self] in
            let terms = TermKind.allCases.flatMap { kind in
                Self.byName(edition.edition.terms(kind), lang: edition.lang).map { term in
                    let summary = termSummary(term, from: searchFolder)
                    return SearchTermView(kind: strings[kind == .scamType ? "search.type" : "search.tactic"], name: summary.name,
                                          href: summary.href, count: summary.count, nameLang: summary.nameLang)
                }
            }
            return page(searchFolder, title: strings["search.title"], template: "search", view: SearchView(
                title: strings["search.title"], label: strings["search.label"], button: strings["search.button"],
                noJS: strings["search.nojs"], hint: strings["search.hint"],
                index: Routes.relative(from: searchFolder, to: routes.file("search-index.json")),
                casesLabel: strings["search.cases"], casesHref: Routes.relative(from: searchFolder, to: routes.cases()),
                browseLabel: strings["search.browse"], browseHref: Routes.relative(from: searchFolder, to: routes.terms(.scamType)),
                termsLabel: strings["search.terms"], terms: terms),
                script: Routes.relative(from: searchFolder, to: "assets/search.js"))
        })
        // The long list pages first, the many small case pages after: parallel chunks stay even.
        return jobs + casePages
    }

    /// The page of `folder`; `inputs` is everything it reads besides `base`.
    private func job(_ folder: String, inputs: Fingerprint, inSitemap: Bool = true, lastmod: String? = nil,
                     render: @escaping @Sendable () -> String) -> RenderJob {
        let path = Routes.indexFile(folder)
        return RenderJob(paths: [path], inputs: Fingerprint { $0.add(base); $0.add(path); $0.add(inputs) },
                         sitemap: inSitemap ? Sitemap.Entry(path: folder, lastmod: lastmod) : nil) { [OutputFile(path: path, text: render())] }
    }

    /// Rendered Markdown with its Chinese words marked, on a page in another language.
    private func marked(_ html: String) -> String { hanLanguage.map { HTML.markingHan(html, as: $0) } ?? html }

    /// A body's links and images into the site (written `/assets/…`, `/cases/…`), which the
    /// Markdown stage makes absolute for the feeds, relative to the page in `folder`: like the
    /// pages' own links, they then work wherever the site is served (a preview, a copy on disk).
    private func relativeToPage(_ html: String, from folder: String) -> String {
        let site = routes.absolute("")
        let up = Routes.relative(from: folder, to: "")
        return html.replacingBytes("href=\"\(site)", with: "href=\"\(up)").replacingBytes("src=\"\(site)", with: "src=\"\(up)")
    }

    /// Wraps a page body in the layout.
    private func page(_ folder: String, title: String, template: String, view: any TemplateView, description: String? = nil,
                      isHome: Bool = false, feeds: [FeedLinkView]? = nil, script: String? = nil,
                      alternates: [AlternateView]? = nil, dates: (published: String, modified: String?)? = nil) -> String {
        let content = templates.render(view, template, hanLanguage: hanLanguage)
        var layout = layoutView(folder: folder, title: isHome ? title : "\(title) · \(texts.title)", shareTitle: title, description: description ?? texts.description,
                                page: template, content: content, feeds: feeds ?? feedLinks(folder: routes.home(), from: folder, atom: true),
                                script: script, alternates: alternates ?? self.alternates(from: folder) { _, other in other.pathLike(folder, from: routes) })
        layout.published = dates?.published
        layout.modified = dates?.modified
        return templates.render(layout, "layout", hanLanguage: hanLanguage)
    }

    private func layoutView(folder: String, title: String, shareTitle: String, description: String, page: String, content: String, feeds: [FeedLinkView],
                            script: String?, alternates: [AlternateView]) -> LayoutView {
        let navTargets: [(String, String)] = [
            ("nav.home", routes.home()), ("nav.cases", routes.cases()), ("nav.types", routes.terms(.scamType)),
            ("nav.tactics", routes.terms(.tactic)), ("nav.campaigns", routes.campaigns()), ("nav.search", routes.search()),
        ]
        let active = edition.activeCampaigns.compactMap { id in edition.edition.campaigns.first { $0.id == id } }
        return LayoutView(
            lang: edition.lang, title: title, shareTitle: shareTitle, siteTitle: texts.title, description: description,
            canonical: routes.absolute(folder), homeHref: Routes.relative(from: folder, to: routes.home()),
            stylesheet: Routes.relative(from: folder, to: "assets/style.css"), script: script, logo: logoView(from: folder),
            alternates: alternates, languageSwitch: alternates.count > 1, feeds: feeds,
            nav: navTargets.map { key, target in
                LinkView(label: strings[key], href: Routes.relative(from: folder, to: target), current: target == folder,
                         section: target != folder && target != routes.home() && folder.hasPrefix(target))
            },
            skip: strings["skip"], navLabel: strings["nav.main"], languageLabel: strings["language"],
            publisherLabel: strings["footer.published.by"], publisher: texts.publisher,
            hotlinesLabel: strings["hotlines"], hotlines: hotlines(), reportLabel: strings["report"], reportURL: site.reportURL,
            feedsLabel: strings["footer.feeds"],
            banners: active.compactMap { campaign in
                folder.hasPrefix(routes.campaign(campaign.id)) ? nil : BannerView(
                    label: strings["season.now"], title: campaign.title, headline: campaign.headline,
                    href: Routes.relative(from: folder, to: routes.campaign(campaign.id)), linkLabel: strings["read.warning"],
                    titleLang: inOriginal(campaign.untranslated, .title), headlineLang: inOriginal(campaign.untranslated, .headline))
            },
            bannerLabel: strings["season.now"],
            content: content, page: page)
    }

    func logoView(from folder: String) -> LogoView? {
        logo.map { LogoView($0, src: Routes.relative(from: folder, to: $0.href), routes: routes) }
    }

    /// The same page in every language; `target` returns nil where a language lacks it (then its home page is used).
    private func alternates(from folder: String, _ target: (EnrichedEdition, Routes) -> String?) -> [AlternateView] {
        bulletin.editions.map { other in
            let otherRoutes = Routes(site, lang: other.lang)
            let found = target(other, otherRoutes)
            let path = found ?? otherRoutes.home()
            return AlternateView(lang: other.lang, label: Strings.languageName(other.lang), href: Routes.relative(from: folder, to: path),
                                 absolute: otherRoutes.absolute(path), current: other.lang == edition.lang, exists: found != nil,
                                 note: found == nil ? Strings(other.lang)["language.home"] : nil)
        }
    }

    // MARK: Pages of long lists

    /// Cases per page of a long list: all cases, each scam type's and tactic's, and each campaign's.
    static let pageSize = 50

    /// How many pages a list of `count` cases takes; an empty list is one page that says so.
    static func pageCount(_ count: Int) -> Int { max(1, (count + pageSize - 1) / pageSize) }

    /// A list's positions, page by page.
    static func pages(_ positions: [Int]) -> [ArraySlice<Int>] {
        guard !positions.isEmpty else { return [[]] }
        return stride(from: 0, to: positions.count, by: pageSize).map { positions[$0..<min($0 + pageSize, positions.count)] }
    }

    /// The pages of the list of `positions` whose first page is `first`, each keyed on its own cases,
    /// the page count, `also` and which other languages have the page. `otherCount` is how long the
    /// same list is in another language.
    private func listJobs(_ first: String, _ positions: [Int], also: Fingerprint = Fingerprint(), otherCount: @escaping @Sendable (EnrichedEdition) -> Int,
                          render: @escaping @Sendable (_ folder: String, _ positions: ArraySlice<Int>, _ list: ListPage) -> String) -> [RenderJob] {
        let pages = Self.pages(positions)
        let listed = edition.listedCases
        // How many pages the list has in each other language: its pages' alternates link there, or
        // to that language's home page.
        let otherPageCounts = bulletin.editions.filter { $0.lang != edition.lang }.map { Self.pageCount(otherCount($0)) }
        return pages.enumerated().map { index, positions in
            let list = ListPage(number: index + 1, count: pages.count, otherCount: otherCount)
            let folder = routes.page(first, list.number)
            let inputs = Fingerprint { hash in
                hash.add(Self.inputs(base, listed, at: positions, marks: listedMarks))
                hash.add(pages.count)
                hash.add(also)
                for count in otherPageCounts { hash.add(list.number <= count ? 1 : 0) }
            }
            return job(folder, inputs: inputs) { render(folder, positions, list) }
        }
    }

    /// Which page of a list is being rendered, of how many.
    struct ListPage: Sendable {
        var number: Int
        var count: Int
        var otherCount: @Sendable (EnrichedEdition) -> Int
    }

    /// Where a page sits among its list's pages, with links to the pages either side; nil when the list has one page.
    private func pagination(_ first: String, _ list: ListPage, from folder: String) -> PaginationView? {
        guard list.count > 1 else { return nil }
        func link(_ key: String, to target: Int) -> LinkView? {
            (1...list.count).contains(target) ? LinkView(label: strings[key], href: Routes.relative(from: folder, to: routes.page(first, target))) : nil
        }
        let status = strings["pages.status"].replacingOccurrences(of: "{page}", with: String(list.number))
            .replacingOccurrences(of: "{count}", with: String(list.count))
        return PaginationView(label: strings["pages.label"], status: status,
                              newer: link("pages.newer", to: list.number - 1), older: link("pages.older", to: list.number + 1))
    }

    /// The same page of the same list in every language; a later page exists only where the list is as long.
    private func pageAlternates(_ first: String, _ list: ListPage, from folder: String) -> [AlternateView] {
        alternates(from: folder) { other, otherRoutes in
            list.number <= Self.pageCount(list.otherCount(other)) ? otherRoutes.page(otherRoutes.pathLike(first, from: routes), list.number) : nil
        }
    }

    /// A later page's title says which page it is.
    private func pageTitle(_ title: String, _ pagination: PaginationView?) -> String {
        guard let pagination, pagination.newer != nil else { return title }
        return "\(title) (\(pagination.status))"
    }

    /// For each other language with any, how many of its cases that `cases` picks this language
    /// does not list.
    private func onlyElsewhere(_ cases: (EnrichedEdition) -> [EnrichedCase]) -> [(lang: String, count: Int)] {
        bulletin.editions.filter { $0.lang != edition.lang }.map { other in
            (lang: other.lang, count: cases(other).reduce(0) { $0 + (edition.lists($1.slug) ? 0 : 1) })
        }.filter { $0.count > 0 }
    }

    /// What `onlyElsewhere` found, for a page's inputs: the page says the counts.
    private static func add(_ elsewhere: [(lang: String, count: Int)], to hash: inout Fingerprint) {
        for other in elsewhere { hash.add(other.lang); hash.add(other.count) }
    }

    /// A line for each other language's cases this page does not list, linking to `target` there.
    private func elsewhereViews(_ elsewhere: [(lang: String, count: Int)], more: Bool, from folder: String,
                                to target: (Routes) -> String) -> [ElsewhereView] {
        elsewhere.map { other in
            ElsewhereView(text: strings.elsewhere(other.count, language: strings.name(of: other.lang), more: more),
                          href: Routes.relative(from: folder, to: target(Routes(site, lang: other.lang))), lang: other.lang)
        }
    }

    // MARK: Views

    /// The ten regions with most cases, then by loss and name; the loss in the main currency. A
    /// name that every case there took from its original is marked with the original's language.
    /// The other regions' cases, and those that name none, make a last row: the table adds up to the totals.
    private func regionRows(_ stats: Statistics, currency: String?) -> [RegionView] {
        func loss(_ region: String) -> Decimal { currency.flatMap { stats.lossByRegion[region]?[$0] } ?? 0 }
        var inherited: [String: Bool] = [:]
        for (position, mark) in listedMarks.enumerated() {
            guard let region = edition.listedCases[position].entry.region else { continue }
            inherited[region] = inherited[region, default: true] && mark & 4 != 0
        }
        let sorted = stats.casesByRegion.sorted { ($0.value, loss($0.key), $1.key) > ($1.value, loss($1.key), $0.key) }
        // A last row for one region alone would hide its name: it gets its own row instead.
        let unnamed = stats.caseCount - sorted.reduce(0) { $0 + $1.value }
        let top = sorted.prefix(sorted.count == 11 && unnamed == 0 ? 11 : 10)
        guard !top.isEmpty else { return [] }
        var rows = top.map { region, count in
            RegionView(name: region, language: inherited[region] == true ? site.defaultLanguage : nil, count: String(count),
                       loss: loss(region) > 0 ? strings.money(loss(region), currency ?? "") : "–")
        }
        let restCount = stats.caseCount - top.reduce(0) { $0 + $1.value }
        if restCount > 0 {
            let restLoss = (currency.flatMap { stats.totalLoss[$0] } ?? 0) - top.reduce(Decimal(0)) { $0 + loss($1.key) }
            rows.append(RegionView(name: strings["region.rest"], language: nil, count: String(restCount),
                                   loss: restLoss > 0 ? strings.money(restLoss, currency ?? "") : "–"))
        }
        return rows
    }

    private func homeView(_ listed: [EnrichedCase], elsewhere: [(lang: String, count: Int)]) -> HomeView {
        let home = routes.home()
        let stats = edition.statistics
        let currency = stats.totalLoss.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        let tagged = edition.tagPositions
        let topTypes = edition.edition.types
            .filter { tagged.count(.scamType, $0.id) > 0 }
            .sorted { (tagged.count(.scamType, $0.id), $1.id) > (tagged.count(.scamType, $1.id), $0.id) }
            .prefix(6).map { termSummary($0, from: home) }
        var byType: ChartView?
        var byMonth: ChartView?
        if let currency {
            func bar(_ label: String, _ amount: Decimal) -> BarChart.Bar {
                BarChart.Bar(label: label, value: NSDecimalNumber(decimal: amount).doubleValue, valueText: strings.chartMoney(amount, currency))
            }
            // The eight largest types; the rest in one bar, so that no type's loss is left out.
            let typeLosses = edition.edition.types.compactMap { type -> (name: String, amount: Decimal)? in
                guard let amount = stats.lossByType[type.id]?[currency], amount > 0 else { return nil }
                return (type.name, amount)
            }.sorted { ($0.amount, $1.name) > ($1.amount, $0.name) }
            var typeBars = typeLosses.prefix(typeLosses.count > 9 ? 8 : 9).map { bar($0.name, $0.amount) }
            if typeLosses.count > 9 { typeBars.append(bar(strings["chart.other"], typeLosses.dropFirst(8).reduce(0) { $0 + $1.amount })) }
            let punctuation: BarChart.Punctuation = strings.isChinese ? .chinese : .latin
            // "（元）" on Chinese pages, "(CNY)" on others.
            let unit = strings.currencyLabel(currency)
            var typeTitle = strings["chart.type"] + unit
            // A case of two types counts under both: say so when one with a loss in this currency has.
            if listed.contains(where: { $0.scamTypes.count > 1 && $0.entry.loss.map { $0.currency == currency && $0.amount > 0 } == true }) {
                typeTitle += " · " + strings["chart.type.overlap"]
            }
            // Twelve calendar months up to the newest case's (or a later one with a loss), empty ones
            // too, unless none of them has a loss: then up to the last month with one (twelve empty
            // bars say nothing). What is earlier is named in the title rather than drawn (years in
            // one bar would flatten the months), so the chart still adds up to the total.
            let keyed = stats.lossByMonth.compactMap { key, amounts -> (month: Int, amount: Decimal)? in
                let parts = key.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2, let amount = amounts[currency], amount > 0 else { return nil }
                return (parts[0] * 12 + parts[1] - 1, amount)
            }
            var monthBars: [BarChart.Bar] = []
            var monthTitle = strings["chart.month"] + unit
            let newest = listed.first.map { $0.entry.date.day.year * 12 + $0.entry.date.day.month - 1 }
            if let latestLoss = keyed.map(\.month).max() {
                var last = max(latestLoss, newest ?? latestLoss)
                if !keyed.contains(where: { $0.month > last - 12 }) { last = latestLoss }
                let first = last - 11
                let earlier = keyed.filter { $0.month < first }.reduce(Decimal(0)) { $0 + $1.amount }
                if earlier > 0 {
                    // "Before Dec 2025", not "Earlier": a reader sees which months the sum is of.
                    let start = strings.monthLabel(year: first / 12, month: first % 12 + 1)
                    monthTitle += strings.isChinese ? " · \(start)以前：\(strings.money(earlier, currency))" : " · Before \(start): \(strings.money(earlier, currency))"
                }
                for month in first...last {
                    let amount = keyed.filter { $0.month == month }.reduce(Decimal(0)) { $0 + $1.amount }
                    monthBars.append(bar(strings.monthLabel(year: month / 12, month: month % 12 + 1), amount))
                }
                // Ending before the newest case's month, the chart says why: a reader saw a 2023 chart on a 2026 page.
                if let newest, last < newest {
                    monthTitle += " · " + strings["chart.month.quiet"].replacingOccurrences(of: "{month}", with: strings.monthLabel(year: last / 12, month: last % 12 + 1))
                }
            }
            // Losses in other currencies are in neither chart: say how much, so that a month of them does not read as none.
            let others = stats.totalLoss.filter { $0.key != currency && $0.value > 0 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if !others.isEmpty {
                let amounts = others.map { strings.money($0.value, $0.key) }.joined(separator: strings.isChinese ? "、" : ", ")
                let note = " · \(strings["chart.others"])\(strings.isChinese ? "：" : ": ")\(amounts)"
                typeTitle += note
                monthTitle += note
            }
            byType = ChartView(title: typeTitle, svg: BarChart.horizontal(id: "chart-type", title: typeTitle, bars: typeBars, punctuation: punctuation))
            byMonth = ChartView(title: monthTitle, svg: BarChart.columns(id: "chart-month", title: monthTitle, bars: monthBars, punctuation: punctuation))
        }
        // Every currency's total, largest first: a loss in another currency is not left out.
        let losses = stats.totalLoss.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { strings.money($0.value, $0.key) }.joined(separator: strings.isChinese ? "、" : ", ")
        let totals = currency == nil ? strings.caseCount(stats.caseCount)
            : "\(strings.caseCount(stats.caseCount)) · \(strings["stat.loss"]) \(losses)"
        return HomeView(title: texts.title, intro: texts.description, latestLabel: strings["latest"],
                        cases: listed.prefix(10).map { summary($0, from: home) }, empty: listed.isEmpty && elsewhere.isEmpty ? strings["no.cases"] : nil,
                        allCasesLabel: strings["all.cases"], allCasesHref: Routes.relative(from: home, to: routes.cases()),
                        topTypesLabel: strings["top.types"], topTypes: Array(topTypes), totals: totals,
                        elsewhere: elsewhereViews(elsewhere, more: !listed.isEmpty, from: home) { $0.cases() },
                        chartsLabel: strings["charts"], chartByType: byType, chartByMonth: byMonth, noChart: currency == nil ? strings["chart.none"] : nil,
                        regionsLabel: strings["regions"], regionLabel: strings["region"], regionCasesLabel: strings["region.cases"],
                        regionLossLabel: currency.map { strings["stat.loss.column"] + strings.currencyLabel($0) }
                            ?? strings["stat.loss.column"],
                        regions: regionRows(stats, currency: currency))
    }

    func summary(_ item: EnrichedCase, from folder: String) -> CaseSummaryView {
        let original = inherited(item)
        return CaseSummaryView(title: item.entry.title, href: Routes.relative(from: folder, to: routes.case(item.slug)),
                               date: strings.date(item.entry.date.day), datetime: datetime(item.entry.date), summary: item.entry.summary,
                               region: item.entry.region, loss: item.entry.loss.map { strings.money($0.amount, $0.currency) },
                               types: termLinks(.scamType, item.scamTypes, from: folder),
                               titleLanguage: original.lang(\.title), summaryLanguage: original.lang(\.summary),
                               regionLanguage: original.lang(\.region),
                               translations: others.compactMap { other in
                                   other.edition.hasPage(item.slug) ? TranslationView(label: other.link, lang: other.edition.lang,
                                                                                      href: Routes.relative(from: folder, to: other.routes.case(item.slug))) : nil
                               })
    }

    /// What a translation takes unchanged from its original is in the original's language; the
    /// page marks it (`lang`) so that screen readers and hyphenation treat it as such.
    struct Original {
        var lang: String?
        var original: CaseEntry?
        var own: CaseEntry?

        /// The original's language when the field is the same in both, else nil.
        func lang<Value: Equatable>(_ field: KeyPath<CaseEntry, Value>) -> String? {
            guard let lang, let original, let own, own[keyPath: field] == original[keyPath: field] else { return nil }
            return lang
        }

        /// Which of title, summary and region lists mark, as bits: what their keys hold.
        static func marks(_ own: CaseEntry, _ original: CaseEntry) -> UInt8 {
            (own.title == original.title ? 1 : 0) | (own.summary == original.summary ? 2 : 0) | (own.region == original.region ? 4 : 0)
        }
    }

    /// `original(of:in:lang:).marks` of the case at `position`, without copying either case (a
    /// case passed as an argument was copied, a dozen retains): every listed translation is asked
    /// in every build.
    static func marks(_ cases: [EnrichedCase], at position: Int, in defaultEdition: EnrichedEdition?, lang: String) -> UInt8 {
        guard cases[position].entry.isTranslation, cases[position].entry.lang != lang, let defaultEdition else { return 0 }
        return defaultEdition.withCase(cases[position].slug) { Original.marks(cases[position].entry, $0.entry) } ?? 0
    }

    func inherited(_ item: EnrichedCase) -> Original {
        Self.original(of: item, in: defaultEdition, lang: site.defaultLanguage)
    }

    static func original(of item: EnrichedCase, in defaultEdition: EnrichedEdition?, lang: String) -> Original {
        guard item.entry.isTranslation, item.entry.lang != lang, let original = defaultEdition?.case(item.slug) else { return Original() }
        return Original(lang: lang, original: original.entry, own: item.entry)
    }

    private func termLinks(_ kind: TermKind, _ ids: [String], from folder: String) -> [LinkView] {
        ids.compactMap { id in
            edition.edition.term(kind, id).map {
                LinkView(label: $0.name, href: Routes.relative(from: folder, to: routes.term(kind, id)), labelLang: inOriginal($0.untranslated, .name))
            }
        }
    }

    /// Campaigns as a reader looks for them: those in season first, then by the calendar of their
    /// start (Spring Festival, 618, Double 11), by id when two start on the same day.
    static func inSeasonOrder(_ campaigns: [Campaign], active: [String]) -> [Campaign] {
        func start(_ campaign: Campaign) -> (Int, Int) {
            switch campaign.window {
            case let .recurring(start, _): (start.month, start.day)
            case let .fixed(from, _): (from.month, from.day)
            }
        }
        return campaigns.sorted {
            (active.contains($0.id) ? 0 : 1, start($0).0, start($0).1, $0.id) < (active.contains($1.id) ? 0 : 1, start($1).0, start($1).1, $1.id)
        }
    }

    /// A list of terms in the order of their names in the edition's language (pinyin for Chinese),
    /// as a reader looks one up; by id when two names are the same.
    static func byName(_ terms: [Term], lang: String) -> [Term] {
        let locale = Locale(identifier: lang)
        return terms.sorted {
            switch $0.name.compare($1.name, options: [.caseInsensitive], range: nil, locale: locale) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: $0.id < $1.id
            }
        }
    }

    /// Of a page listing the terms of `kinds` with their counts: every listed case, and for a term with
    /// no case here, how many other languages publish ("No English cases yet · 2 in Chinese").
    private func termListInputs(_ kinds: [TermKind]) -> Fingerprint {
        Fingerprint { hash in
            hash.add(listedInputs)
            for kind in kinds {
                for term in edition.edition.terms(kind) where edition.tagPositions.count(kind, term.id) == 0 {
                    Self.add(termElsewhere(kind, term.id), to: &hash)
                }
            }
        }
    }

    /// A term's cases that only other languages publish, by language.
    private func termElsewhere(_ kind: TermKind, _ id: String) -> [(lang: String, count: Int)] {
        onlyElsewhere { other in other.tagPositions.positions(kind, id).map { other.listedCases[$0] } }
    }

    /// With no case in this language, the count says how many other languages publish ("No English cases yet · 2 in Chinese"):
    /// "0 cases" would read as a scam that does not happen here.
    private func termSummary(_ term: Term, from folder: String) -> TermSummaryView {
        let count = edition.tagPositions.count(term.kind, term.id)
        let elsewhere = count == 0 ? termElsewhere(term.kind, term.id).map { (language: strings.name(of: $0.lang), count: $0.count) } : []
        return TermSummaryView(name: term.name, href: Routes.relative(from: folder, to: routes.term(term.kind, term.id)),
                               summary: term.summary, count: strings.caseCount(count, elsewhere: elsewhere),
                               nameLang: inOriginal(term.untranslated, .name), summaryLang: inOriginal(term.untranslated, .summary))
    }

    func evidenceGroups(_ item: EnrichedCase, from folder: String, absolute: Bool) -> [EvidenceGroupView] {
        let assigned = item.tactics.map { (TermKind.tactic, $0) } + item.scamTypes.map { (TermKind.scamType, $0) }
        return assigned.compactMap { kind, id in
            guard let term = edition.edition.term(kind, id) else { return nil }
            // The telling phrases: weak single words ("link", "页面") only when the weightier ones
            // alone do not explain the tag.
            let found = item.evidence.filter { $0.id == id }
            let strong = found.filter { $0.weight > 1 }
            let shown = strong.reduce(0) { $0 + $1.weight } >= term.threshold ? strong : found
            var phrases: [RedFlag] = []
            // A phrase joins the words it found across marks and breaks: one that would show a number
            // the file kept apart ("1380013:8702" read as "1380013 8702") is left out.
            for evidence in shown {
                let flag = RedFlag(evidence.phrase)
                if !phrases.contains(where: { $0.key == flag.key }) && !evidence.phrase.showsPersonalData { phrases.append(flag) }
            }
            // A phrase inside another one shown ("倍赔" in "双倍赔偿", "parcel" in "lost parcel"),
            // found elsewhere in the story, reads as a fragment beside it.
            let all = phrases
            phrases.removeAll { phrase in all.contains { $0.holds(phrase) } }
            let target = routes.term(kind, id)
            return EvidenceGroupView(name: term.name, href: absolute ? routes.absolute(target) : Routes.relative(from: folder, to: target),
                                     kind: kind == .scamType ? strings["case.type"] : strings["case.tactic"], phrases: phrases.map(\.text),
                                     nameLang: inOriginal(term.untranslated, .name))
        }
    }

    /// Whether `phrase` is part of `longer`: as characters in Chinese, as whole words in Latin text.
    static func holds(_ longer: String, _ phrase: String) -> Bool { RedFlag(longer).holds(RedFlag(phrase)) }

    /// A red flag's phrase, in lower case and, for Latin text, as words: read once for all the
    /// comparisons between a group's phrases.
    struct RedFlag {
        let text: String, key: [UInt8], chinese: Bool, words: [ArraySlice<UInt8>]

        init(_ text: String) {
            self.text = text
            let lowered = text.lowercased()
            key = Array(lowered.utf8)
            chinese = lowered.unicodeScalars.contains { $0.properties.isIdeographic }
            // Words split where a character is neither a letter nor a digit, found on the characters
            // and kept as bytes: a Latin phrase is looked for among a mixed one's too ("WeChat 转账").
            words = lowered.split { !$0.isLetter && !$0.isNumber }.map { ArraySlice($0.utf8) }
        }

        /// Whether `other`, a different phrase, is part of this one.
        func holds(_ other: RedFlag) -> Bool {
            guard key != other.key else { return false }
            if other.chinese {
                let (wanted, count) = (other.key, other.key.count)
                guard count > 0, count <= key.count else { return false }
                return (0...(key.count - count)).contains { key[$0..<($0 + count)].elementsEqual(wanted) }
            }
            let wanted = other.words
            guard !wanted.isEmpty, words.count > wanted.count else { return false }
            return (0...(words.count - wanted.count)).contains { words[$0..<($0 + wanted.count)].elementsEqual(wanted) }
        }
    }

    func adviceViews(_ advice: [AdviceItem]) -> [AdviceView] {
        // The label is left out where the text already opens with it ("Don't: Don't click…").
        advice.map {
            AdviceView(text: $0.text, kindLabel: $0.saysItsKind ? "" : strings[$0.kind == .do ? "do" : "dont"], kind: $0.kind.rawValue,
                       textLang: edition.edition.untranslatedAdvice.contains($0.id) ? site.defaultLanguage : nil)
        }
    }

    /// The default language, for a text of a term or campaign that this language's file leaves out.
    func inOriginal(_ untranslated: Untranslated, _ text: Untranslated) -> String? {
        untranslated.contains(text) ? site.defaultLanguage : nil
    }

    func hotlines() -> [HotlineView] { Self.hotlineViews(texts.hotlines) }

    static func hotlineViews(_ hotlines: [Hotline]) -> [HotlineView] {
        hotlines.map { hotline in
            HotlineView(label: hotline.label, number: hotline.number, tel: "tel:" + hotline.dialled,
                        size: hotline.number.count > 10 ? "hotline-number long" : "hotline-number")
        }
    }

    private func caseView(_ item: EnrichedCase, related: [EnrichedCase], from folder: String) -> CaseView {
        let entry = item.entry
        var facts = [FactView(label: strings["case.published"], value: strings.date(entry.date.day), datetime: datetime(entry.date))]
        if let updated = entry.updated { facts.append(FactView(label: strings["case.updated"], value: strings.date(updated.day), datetime: datetime(updated))) }
        let original = inherited(item)
        if let region = entry.region { facts.append(FactView(label: strings["case.region"], value: region, datetime: nil, lang: original.lang(\.region))) }
        if !entry.channels.isEmpty { facts.append(FactView(label: strings["case.channels"], value: entry.channels.map(channelName).joined(separator: strings.isChinese ? "、" : ", "), datetime: nil)) }
        if let loss = entry.loss { facts.append(FactView(label: strings["case.loss"], value: strings.money(loss.amount, loss.currency), datetime: nil)) }
        return CaseView(
            // A summary derived from the body would repeat its opening right above it.
            title: entry.title, summary: entry.summaryIsDerived ? "" : entry.summary,
            expiredNote: item.status == .expired ? entry.expires.map { strings["case.expired"].replacingOccurrences(of: "{date}", with: strings.date($0)) } : nil,
            titleLang: original.lang(\.title), summaryLang: original.lang(\.summary),
            indicatorsLang: entry.indicators.isEmpty ? nil : original.lang(\.indicators),
            sourcesLang: entry.sources.isEmpty ? nil : original.lang(\.sources),
            facts: facts, body: marked(relativeToPage(entry.bodyHTML, from: folder)), bodyLang: original.lang(\.bodyHTML),
            redFlagsLabel: strings["redflags"], redFlags: evidenceGroups(item, from: folder, absolute: false), phrasesLabel: strings["redflags.phrases"],
            redFlagsNote: item.inferred ? strings["redflags.auto"] : nil,
            adviceLabel: strings["advice"], advice: adviceViews(item.advice),
            hotlinesLabel: strings["hotlines"], hotlines: hotlines(), reportLabel: strings["report"], reportURL: site.reportURL,
            indicatorsLabel: strings["indicators"], indicatorsNote: strings["indicators.note"], indicators: entry.indicators.map(Defang.indicator),
            relatedLabel: strings["related"], related: related.map { summary($0, from: folder) },
            sourcesLabel: strings["sources"], sources: entry.sources.map { LinkView(label: $0.name, href: $0.url) },
            campaignsLabel: strings["campaigns.of.case"],
            campaigns: item.campaigns.compactMap { id in edition.edition.campaigns.first { $0.id == id } }.map {
                LinkView(label: $0.title, href: Routes.relative(from: folder, to: routes.campaign($0.id)), labelLang: inOriginal($0.untranslated, .title))
            },
            typeLinks: termLinks(.scamType, item.scamTypes, from: folder), tacticLinks: termLinks(.tactic, item.tactics, from: folder),
            typesLabel: strings[item.scamTypes.count == 1 ? "case.type" : "case.types"],
            tacticsLabel: strings[item.tactics.count == 1 ? "case.tactic" : "case.tactics"])
    }

    private func termView(_ term: Term, cases: [EnrichedCase], pagination: PaginationView?, from folder: String) -> TermView {
        let flyer = term.kind == .scamType
            ? LinkView(label: strings.isChinese ? "\(term.name)（A4 PDF）" : "\(term.name) (A4 PDF)", href: Routes.relative(from: folder, to: routes.file("flyers/types/\(term.id)-a4.pdf"))) : nil
        return TermView(
            name: term.name, summary: term.summary, howLabel: strings["how.it.works"],
            steps: term.steps.enumerated().map { StepView(number: "\($0.offset + 1)", text: $0.element) }, body: marked(relativeToPage(term.bodyHTML, from: folder)),
            adviceLabel: strings["advice"], advice: adviceViews(term.advice.compactMap { edition.edition.advice[$0] }.sorted { ($0.priority, $0.id) < ($1.priority, $1.id) }),
            casesLabel: strings["cases.of.type"], cases: cases.map { summary($0, from: folder) }, empty: cases.isEmpty ? strings["no.cases"] : nil,
            related: termLinks(.scamType, term.related, from: folder), relatedLabel: strings["related.types"],
            feeds: term.kind == .scamType ? feedLinks(folder: routes.term(term.kind, term.id), from: folder, atom: false, name: term.name) : [],
            subscribeLabel: strings["subscribe"], flyer: flyer, flyersLabel: strings["flyers"], pagination: pagination, elsewhere: [],
            nameLang: inOriginal(term.untranslated, .name), summaryLang: inOriginal(term.untranslated, .summary),
            stepsLang: inOriginal(term.untranslated, .steps), bodyLang: inOriginal(term.untranslated, .body))
    }

    /// The campaign's PDF flyers, each paper and its large print.
    private func pdfLinks(_ campaign: Campaign, from folder: String) -> [LinkView] {
        campaign.papers.flatMap { paper in
            [LinkView(label: "\(strings["paper." + paper]) PDF", href: Routes.relative(from: folder, to: routes.file("flyers/\(campaign.id)-\(paper).pdf")))]
                + (campaign.largePrint ? [LinkView(label: strings.isChinese ? "\(strings["paper." + paper]) \(strings["flyer.large"]) PDF" : "\(strings["paper." + paper]) PDF, \(strings["flyer.large"])",
                                                   href: Routes.relative(from: folder, to: routes.file("flyers/\(campaign.id)-\(paper)-large.pdf")))] : [])
        }
    }

    private func campaignView(_ campaign: Campaign, cases: [EnrichedCase], pagination: PaginationView?, from folder: String) -> CampaignView {
        let flyers = pdfLinks(campaign, from: folder) + [LinkView(label: strings["flyer.html"], href: Routes.relative(from: folder, to: routes.flyerPage(campaign.id)))]
        return CampaignView(
            title: campaign.title, headline: campaign.headline, windowLabel: strings["campaign.window"], window: windowText(campaign.window),
            body: marked(relativeToPage(campaign.bodyHTML, from: folder)), focusLabel: strings["campaign.focus"],
            focus: campaign.focus.compactMap { edition.edition.term(.scamType, $0) }.map { termSummary($0, from: folder) },
            casesLabel: strings["campaign.cases"], cases: cases.map { summary($0, from: folder) }, empty: cases.isEmpty ? strings["no.cases"] : nil,
            flyersLabel: strings["flyers"], flyers: flyers,
            feeds: feedLinks(folder: routes.campaign(campaign.id), from: folder, atom: false, name: campaign.title), subscribeLabel: strings["subscribe"],
            pagination: pagination, titleLang: inOriginal(campaign.untranslated, .title), headlineLang: inOriginal(campaign.untranslated, .headline),
            bodyLang: inOriginal(campaign.untranslated, .body))
    }

    private func flyerPage(_ campaign: Campaign, folder: String) -> String {
        let flyer = flyers.campaign(campaign)
        let lines = flyers.lines(flyers.focus(campaign), named: campaign.namedTactics)
        func views(_ lines: [FlyerContent.Line]) -> [LineView] { lines.map { LineView(text: $0.text, textLang: $0.lang) } }
        let view = FlyerPageView(
            lang: edition.lang, title: "\(campaign.title) · \(strings["flyer.html"]) · \(texts.title)", stylesheet: Routes.relative(from: folder, to: "assets/flyer.css"),
            canonical: routes.absolute(folder), publisher: flyer.publisher, logo: logoView(from: folder), headline: flyer.headline,
            headlineLang: inOriginal(campaign.untranslated, .headline), siteTitle: texts.title, description: flyer.headline, campaign: campaign.title, campaignLang: inOriginal(campaign.untranslated, .title), season: flyer.season,
            howLabel: flyer.labels.howItWorks, steps: lines.steps.enumerated().map { StepView(number: "\($0.offset + 1)", text: $0.element.text, textLang: $0.element.lang) },
            redFlagsLabel: flyer.labels.redFlags, redFlags: views(lines.redFlags), doLabel: flyer.labels.doTitle, dos: views(lines.dos),
            dontLabel: flyer.labels.dontTitle, donts: views(lines.donts), recentLabel: flyer.labels.recentCase,
            recent: flyer.recentCase.map { FlyerCaseView(title: $0.title, text: $0.text, loss: $0.loss, date: $0.date) },
            callLabel: flyer.labels.callHotline, hotlines: hotlines(), scanLabel: flyer.labels.scanForMore,
            qrSVG: qrSVG(flyer.qrURL, flyer.labels.qrCode), url: flyer.printedURL, issuedLabel: flyer.labels.issued, issued: flyer.issued,
            backHref: Routes.relative(from: folder, to: routes.campaign(campaign.id)), backLabel: campaign.title,
            pdfsLabel: strings["flyers"], pdfs: pdfLinks(campaign, from: folder),
            alternates: alternates(from: folder) { other, otherRoutes in
                other.edition.campaigns.contains { $0.id == campaign.id } ? otherRoutes.flyerPage(campaign.id) : nil
            })
        return templates.render(view, "flyer", hanLanguage: hanLanguage)
    }

    // MARK: Feeds links and text

    /// Autodiscovery links for the feeds that live in `folder`.
    func feedLinks(folder: String, from page: String, atom: Bool, name: String? = nil) -> [FeedLinkView] {
        let title = name.map { "\($0) · \(texts.title)" } ?? texts.title
        // A Chinese title takes no English dash: 江滨市反诈预警 · RSS 订阅.
        let dash = strings.isChinese ? " · " : " — "
        var links = [FeedLinkView(type: "application/rss+xml", title: "\(title)\(dash)\(strings["feed.rss"])",
                                  href: Routes.relative(from: page, to: folder + "feed.xml"), absolute: routes.absolute(folder + "feed.xml"))]
        if atom {
            links.append(FeedLinkView(type: "application/atom+xml", title: "\(title)\(dash)\(strings["feed.atom"])",
                                      href: Routes.relative(from: page, to: folder + "atom.xml"), absolute: routes.absolute(folder + "atom.xml")))
            links.append(FeedLinkView(type: "application/feed+json", title: "\(title)\(dash)\(strings["feed.json"])",
                                      href: Routes.relative(from: page, to: folder + "feed.json"), absolute: routes.absolute(folder + "feed.json")))
        }
        return links
    }

    func datetime(_ date: CaseDate) -> String {
        date.hasTime ? FeedDate.rfc3339(date.instant, in: site.timeZone) : date.day.description
    }

    func windowText(_ window: CampaignWindow) -> String {
        switch window {
        case let .recurring(start, end):
            let from = strings.isChinese ? "\(start.month)月\(start.day)日" : "\(start.day) \(Strings.months[start.month - 1])"
            // A window across the new year ends in the next one: 12月20日至次年1月10日.
            let next = strings.isChinese && (end.month, end.day) < (start.month, start.day) ? "次年" : ""
            let to = strings.isChinese ? "\(next)\(end.month)月\(end.day)日" : "\(end.day) \(Strings.months[end.month - 1])"
            return strings.isChinese ? "每年\(from)至\(to)" : "\(from) – \(to), every year"
        case let .fixed(from, to):
            return "\(strings.date(from)) – \(strings.date(to))"
        }
    }

    func channelName(_ channel: String) -> String {
        let key = "channel." + channel
        return Strings.en[key] == nil ? channel : strings[key]
    }
}

extension Routes {
    /// The same folder in another language: swap the language prefix.
    func pathLike(_ folder: String, from other: Routes) -> String {
        prefix + String(folder.dropFirst(other.prefix.count))
    }
}
