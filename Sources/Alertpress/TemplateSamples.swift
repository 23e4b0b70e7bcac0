/// One instance of every view type handed to a template, with every optional set and one element
/// in every list. The template field check reads their field names, so it knows every field a
/// template may use whatever the content: an empty bulletin is checked like a full one.
/// A new view field does not compile until it is added here.
enum TemplateSamples {
    static let link = LinkView(label: "", href: "", current: false)
    static let alternate = AlternateView(lang: "", label: "", href: "", absolute: "", current: false, exists: true)
    static let feed = FeedLinkView(type: "", title: "", href: "", absolute: "")
    static let hotline = HotlineView(label: "", number: "", tel: "")
    static let caseSummary = CaseSummaryView(title: "", href: "", date: "", datetime: "", summary: "", region: "", loss: "", types: [link])
    static let termSummary = TermSummaryView(name: "", href: "", summary: "", count: "")
    static let evidence = EvidenceGroupView(name: "", href: "", kind: "", phrases: [""])
    static let advice = AdviceView(text: "", kindLabel: "", kind: "")
    static let step = StepView(number: "", text: "")

    static var views: [Any] { [
        LayoutView(lang: "", title: "", siteTitle: "", description: "", canonical: "", homeHref: "", stylesheet: "", script: "",
                   alternates: [alternate], feeds: [feed], nav: [link], skip: "", navLabel: "", languageLabel: "", publisherLabel: "",
                   publisher: "", hotlinesLabel: "", hotlines: [hotline], reportLabel: "", reportURL: "", feedsLabel: "",
                   banner: BannerView(label: "", title: "", headline: "", href: "", linkLabel: ""), content: ""),
        HomeView(title: "", intro: "", latestLabel: "", cases: [caseSummary], empty: "", allCasesLabel: "", allCasesHref: "", topTypesLabel: "",
                 topTypes: [termSummary], totals: "", chartByType: "", chartByMonth: "", noChart: ""),
        ListView(title: "", intro: "", cases: [caseSummary], empty: "", feeds: [feed], subscribeLabel: ""),
        CaseView(title: "", summary: "", facts: [FactView(label: "", value: "", datetime: "")], body: "", redFlagsLabel: "",
                 redFlags: [evidence], redFlagsNote: "", adviceLabel: "", advice: [advice], hotlinesLabel: "", hotlines: [hotline],
                 reportLabel: "", reportURL: "", indicatorsLabel: "", indicatorsNote: "", indicators: [""], relatedLabel: "",
                 related: [caseSummary], sourcesLabel: "", sources: [link], campaignsLabel: "", campaigns: [link], typeLinks: [link],
                 tacticLinks: [link], typesLabel: "", tacticsLabel: ""),
        TermIndexView(title: "", intro: "", terms: [termSummary]),
        TermView(name: "", summary: "", howLabel: "", steps: [step], body: "", adviceLabel: "", advice: [advice], casesLabel: "",
                 cases: [caseSummary], empty: "", related: [link], relatedLabel: "", feeds: [feed], subscribeLabel: "", flyer: link,
                 flyersLabel: ""),
        CampaignView(title: "", headline: "", windowLabel: "", window: "", body: "", focusLabel: "", focus: [termSummary], casesLabel: "",
                     cases: [caseSummary], empty: "", flyersLabel: "", flyers: [link], feeds: [feed], subscribeLabel: ""),
        CampaignIndexView(title: "", intro: "", campaigns: [CampaignItemView(title: "", headline: "", window: "", href: "", active: true,
                                                                             activeLabel: "")]),
        FlyerPageView(lang: "", title: "", stylesheet: "", canonical: "", publisher: "", headline: "", season: "", howLabel: "",
                      steps: [step], redFlagsLabel: "", redFlags: [""], doLabel: "", dos: [""], dontLabel: "", donts: [""], recentLabel: "",
                      recent: FlyerCaseView(title: "", text: "", loss: ""), callLabel: "", hotlines: [hotline], scanLabel: "", qrSVG: "",
                      url: "", issuedLabel: "", issued: "", backHref: "", backLabel: ""),
        SearchView(title: "", label: "", button: "", noJS: "", hint: "", index: ""),
        NotFoundView(lang: "", stylesheet: "", sections: [NotFoundSection(lang: "", title: "", text: "", homeLabel: "", homeHref: "")]),
        FeedEntryView(colon: "", body: "", redFlagsLabel: "", redFlags: [evidence], adviceLabel: "", advice: [advice], hotlinesLabel: "",
                      hotlines: [hotline], indicatorsLabel: "", indicators: [""], sourcesLabel: "", sources: [link]),
    ] }
}
