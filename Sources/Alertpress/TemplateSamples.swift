/// One instance of every view type handed to a template, with every optional set, one element
/// in every list and every text holding its own field's name. The template field check reads
/// their field names, so it knows every field a template may use whatever the content: an empty
/// bulletin is checked like a full one.
/// A new view field does not compile until it is added here.
enum TemplateSamples {
    static let link = LinkView(label: "label", href: "href", current: false, labelLang: "labelLang", section: false)
    static let alternate = AlternateView(lang: "lang", label: "label", href: "href", absolute: "absolute", current: false, exists: true,
                                         note: "note")
    static let feed = FeedLinkView(type: "type", title: "title", href: "href", absolute: "absolute")
    static let hotline = HotlineView(label: "label", number: "number", tel: "tel", size: "size")
    static let caseSummary = CaseSummaryView(title: "title", href: "href", date: "date", datetime: "datetime", summary: "summary", region: "region", loss: "loss", types: [link],
                                          titleLanguage: "titleLanguage", summaryLanguage: "summaryLanguage",
                                          regionLanguage: "regionLanguage", translations: [translation])
    static let translation = TranslationView(label: "label", lang: "lang", href: "href")
    static let termSummary = TermSummaryView(name: "name", href: "href", summary: "summary", count: "count", nameLang: "nameLang", summaryLang: "summaryLang")
    static let evidence = EvidenceGroupView(name: "name", href: "href", kind: "kind", phrases: ["phrases"], nameLang: "nameLang")
    static let advice = AdviceView(text: "text", kindLabel: "kindLabel", kind: "kind", textLang: "textLang")
    static let step = StepView(number: "number", text: "text", textLang: "textLang")
    static let line = LineView(text: "text", textLang: "textLang")
    static let logo = LogoView(src: "src", absolute: "absolute", width: "width", height: "height", icon: true)
    static let pagination = PaginationView(label: "label", status: "status", newer: link, older: link)

    static var views: [any TemplateView] { [
        LayoutView(lang: "lang", title: "title", shareTitle: "shareTitle", siteTitle: "siteTitle", description: "description", canonical: "canonical", homeHref: "homeHref", stylesheet: "stylesheet", script: "script", logo: logo,
                   alternates: [alternate], languageSwitch: true, feeds: [feed], nav: [link], skip: "skip", navLabel: "navLabel", languageLabel: "languageLabel", publisherLabel: "publisherLabel",
                   publisher: "publisher", hotlinesLabel: "hotlinesLabel", hotlines: [hotline], reportLabel: "reportLabel", reportURL: "reportURL", feedsLabel: "feedsLabel",
                   banners: [BannerView(label: "label", title: "title", headline: "headline", href: "href", linkLabel: "linkLabel", titleLang: "titleLang", headlineLang: "headlineLang")], bannerLabel: "bannerLabel",
                   content: "content", page: "page", published: "published", modified: "modified"),
        HomeView(title: "title", intro: "intro", latestLabel: "latestLabel", cases: [caseSummary], empty: "empty", allCasesLabel: "allCasesLabel", allCasesHref: "allCasesHref", topTypesLabel: "topTypesLabel",
                 topTypes: [termSummary], totals: "totals", elsewhere: [ElsewhereView(text: "text", href: "href", lang: "lang")], chartsLabel: "chartsLabel", chartByType: ChartView(title: "title", svg: "svg"), chartByMonth: ChartView(title: "title", svg: "svg"), noChart: "noChart",
                 regionsLabel: "regionsLabel", regionLabel: "regionLabel", regionCasesLabel: "regionCasesLabel", regionLossLabel: "regionLossLabel",
                 regions: [RegionView(name: "name", language: "language", count: "count", loss: "loss")]),
        ListView(title: "title", intro: "intro", cases: [caseSummary], empty: "empty", feeds: [feed], subscribeLabel: "subscribeLabel", pagination: pagination),
        CaseView(title: "title", summary: "summary", expiredNote: "expiredNote", titleLang: "titleLang", summaryLang: "summaryLang", indicatorsLang: "indicatorsLang",
                 sourcesLang: "sourcesLang", facts: [FactView(label: "label", value: "value", datetime: "datetime", lang: "lang")], body: "body", bodyLang: "bodyLang", redFlagsLabel: "redFlagsLabel",
                 redFlags: [evidence], phrasesLabel: "phrasesLabel", redFlagsNote: "redFlagsNote", adviceLabel: "adviceLabel", advice: [advice], hotlinesLabel: "hotlinesLabel", hotlines: [hotline],
                 reportLabel: "reportLabel", reportURL: "reportURL", indicatorsLabel: "indicatorsLabel", indicatorsNote: "indicatorsNote", indicators: ["indicators"], relatedLabel: "relatedLabel",
                 related: [caseSummary], sourcesLabel: "sourcesLabel", sources: [link], campaignsLabel: "campaignsLabel", campaigns: [link], typeLinks: [link],
                 tacticLinks: [link], typesLabel: "typesLabel", tacticsLabel: "tacticsLabel"),
        TermIndexView(title: "title", intro: "intro", terms: [termSummary]),
        TermView(name: "name", summary: "summary", howLabel: "howLabel", steps: [step], body: "body", adviceLabel: "adviceLabel", advice: [advice], casesLabel: "casesLabel",
                 cases: [caseSummary], empty: "empty", related: [link], relatedLabel: "relatedLabel", feeds: [feed], subscribeLabel: "subscribeLabel", flyer: link,
                 flyersLabel: "flyersLabel", pagination: pagination, elsewhere: [ElsewhereView(text: "text", href: "href", lang: "lang")],
                 nameLang: "nameLang", summaryLang: "summaryLang", stepsLang: "stepsLang", bodyLang: "bodyLang"),
        CampaignView(title: "title", headline: "headline", windowLabel: "windowLabel", window: "window", body: "body", focusLabel: "focusLabel", focus: [termSummary], casesLabel: "casesLabel",
                     cases: [caseSummary], empty: "empty", flyersLabel: "flyersLabel", flyers: [link], feeds: [feed], subscribeLabel: "subscribeLabel",
                     pagination: pagination, elsewhere: [ElsewhereView(text: "text", href: "href", lang: "lang")], titleLang: "titleLang", headlineLang: "headlineLang", bodyLang: "bodyLang"),
        CampaignIndexView(title: "title", intro: "intro", campaigns: [CampaignItemView(title: "title", headline: "headline", window: "window", href: "href", active: true,
                                                                             activeLabel: "activeLabel", titleLang: "titleLang", headlineLang: "headlineLang")]),
        FlyerPageView(lang: "lang", title: "title", stylesheet: "stylesheet", canonical: "canonical", publisher: "publisher", logo: logo, headline: "headline", headlineLang: "headlineLang", siteTitle: "siteTitle", description: "description", campaign: "campaign",
                      campaignLang: "campaignLang", season: "season", howLabel: "howLabel", steps: [step], redFlagsLabel: "redFlagsLabel", redFlags: [line], doLabel: "doLabel", dos: [line], dontLabel: "dontLabel", donts: [line], recentLabel: "recentLabel",
                      recent: FlyerCaseView(title: "title", text: "text", loss: "loss", date: "date"), callLabel: "callLabel", hotlines: [hotline], scanLabel: "scanLabel", qrSVG: "qrSVG",
                      url: "url", issuedLabel: "issuedLabel", issued: "issued", backHref: "backHref", backLabel: "backLabel",
                      pdfsLabel: "pdfsLabel", pdfs: [link], alternates: [alternate]),
        SearchView(title: "title", label: "label", button: "button", noJS: "noJS", hint: "hint", index: "index", casesLabel: "casesLabel", casesHref: "casesHref", browseLabel: "browseLabel", browseHref: "browseHref",
                   termsLabel: "termsLabel", terms: [SearchTermView(kind: "kind", name: "name", href: "href", count: "count", nameLang: "nameLang")]),
        NotFoundView(lang: "lang", title: "title", stylesheet: "stylesheet", icon: "icon", siteTitle: "siteTitle", homeHref: "homeHref", logo: logo, sections: [NotFoundSection(lang: "lang", title: "title", text: "text", homeLabel: "homeLabel", homeHref: "homeHref",
                                                                                 searchLabel: "searchLabel", searchHref: "searchHref", hotlinesLabel: "hotlinesLabel", hotlines: [hotline])]),
        FeedEntryView(colon: "colon", space: "space", open: "open", close: "close", openQuote: "openQuote", closeQuote: "closeQuote", body: "body", redFlagsLabel: "redFlagsLabel", redFlags: [evidence], adviceLabel: "adviceLabel", advice: [advice], hotlinesLabel: "hotlinesLabel",
                      hotlines: [hotline], indicatorsLabel: "indicatorsLabel", indicators: ["indicators"], sourcesLabel: "sourcesLabel", sources: [link]),
    ] }
}
