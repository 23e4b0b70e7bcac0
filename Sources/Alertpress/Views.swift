import Foundation

// The values templates see. Everything is computed in Swift: templates only place finished
// text (`{{…}}`, escaped) and finished HTML (`{{{…}}}`, produced by cmark or by alertpress).

/// `labelLang`: the label's language when it is not the page's (a term a translation leaves out).
struct LinkView: Sendable {
    var label: String; var href: String; var current: Bool = false; var labelLang: String? = nil
    /// A navigation link to the section the page is in (a case page's "Cases"): `aria-current="true"`.
    var section = false
}
/// Where a page of a long list sits among its pages, with links to the pages either side.
struct PaginationView: Sendable { var label: String; var status: String; var newer: LinkView?; var older: LinkView? }
/// A language version of the page; `exists` is false when the switcher falls back to that language's home page,
/// and then `note` says so, in that language ("首页").
struct AlternateView: Sendable {
    var lang: String; var label: String; var href: String; var absolute: String; var current: Bool; var exists: Bool
    var note: String? = nil
}
struct FeedLinkView: Sendable { var type: String; var title: String; var href: String; var absolute: String }
/// `size`: the number's class, `hotline-number` or, for one too long for the big type on a phone
/// or a page (which never breaks it), also `long`.
struct HotlineView: Sendable { var label: String; var number: String; var tel: String; var size: String }

struct LayoutView: Sendable {
    var lang: String
    var title: String
    /// The page's own title, for link previews, which show `siteTitle` beside it (`title` ends with it).
    var shareTitle: String
    var siteTitle: String
    var description: String
    var canonical: String
    var homeHref: String
    var stylesheet: String
    var script: String?
    var logo: LogoView?
    var alternates: [AlternateView]
    /// More than one language: the header offers the others (a one-language site has no switch).
    var languageSwitch: Bool
    var feeds: [FeedLinkView]
    var nav: [LinkView]
    var skip: String
    var navLabel: String
    var languageLabel: String
    var publisherLabel: String
    var publisher: String
    var hotlinesLabel: String
    var hotlines: [HotlineView]
    var reportLabel: String
    var reportURL: String
    var feedsLabel: String
    /// Every campaign in season but the page's own, in the order of their ids.
    var banners: [BannerView]
    var bannerLabel: String
    var content: String
    /// The page's template ("case", "home", …), as a class of `<body>` for the stylesheet.
    var page: String
    /// A case page's date and correction date (ISO 8601): its social metadata says it is an article.
    var published: String? = nil
    var modified: String? = nil
}

/// An image beside the site title: its pixel size, so the browser reserves its place.
/// `icon`: the logo is square, and browsers show it in the tab as the site's icon.
/// `absolute` is the logo's full URL, for the Open Graph image link previews show.
struct LogoView: Sendable { var src: String; var absolute: String; var width: String; var height: String; var icon: Bool }

extension LogoView {
    /// The logo shown at `src`: its size, and whether it is square enough to be the page's icon.
    init(_ logo: LogoFile, src: String, routes: Routes) {
        self.init(src: src, absolute: routes.absolute(logo.href), width: String(logo.image.width), height: String(logo.image.height),
                  icon: logo.image.isSquare)
    }
}

struct BannerView: Sendable {
    var label: String; var title: String; var headline: String; var href: String; var linkLabel: String
    var titleLang: String? = nil; var headlineLang: String? = nil
}

struct CaseSummaryView: Sendable {
    var title: String
    var href: String
    var date: String
    var datetime: String
    var summary: String
    var region: String?
    var loss: String?
    var types: [LinkView]
    /// The language of a field a translation takes unchanged from the original. Not named like
    /// `CaseView`'s: a nil field is looked up in the enclosing view, and the case page lists
    /// related cases.
    var titleLanguage: String? = nil
    var summaryLanguage: String? = nil
    var regionLanguage: String? = nil
    /// The case's page in the other languages that have one: "阅读中文版".
    var translations: [TranslationView]
}

/// A link to a page's translation, worded in its language.
struct TranslationView: Sendable { var label: String; var lang: String; var href: String }

/// An inline SVG chart and the title shown above it.
struct ChartView: Sendable { var title: String; var svg: String }

/// Cases another language publishes and this one does not: "5 more cases are published only in 中文".
struct ElsewhereView: Sendable { var text: String; var href: String; var lang: String }

/// A row of the cases-by-region table: the region as written in the cases, and its loss in the chart's currency.
/// `language`: the name's, when every case there took it unchanged from an original in another language.
struct RegionView: Sendable { var name: String; var language: String?; var count: String; var loss: String }

struct TermSummaryView: Sendable {
    var name: String; var href: String; var summary: String; var count: String
    var nameLang: String? = nil; var summaryLang: String? = nil
}

struct HomeView: Sendable {
    var title: String
    var intro: String
    var latestLabel: String
    /// The latest cases (the `partial-case-list` partial lists `cases`).
    var cases: [CaseSummaryView]
    /// Shown instead of the list while there are no cases.
    var empty: String?
    var allCasesLabel: String
    var allCasesHref: String
    var topTypesLabel: String
    var topTypes: [TermSummaryView]
    var totals: String
    var elsewhere: [ElsewhereView]
    /// The charts' section heading, for screen readers.
    var chartsLabel: String
    var chartByType: ChartView?
    var chartByMonth: ChartView?
    var noChart: String?
    /// Cases by region (SPEC §4's counts by region): the regions with most cases.
    var regionsLabel: String
    var regionLabel: String
    var regionCasesLabel: String
    var regionLossLabel: String
    var regions: [RegionView]
}

struct ListView: Sendable {
    var title: String
    var intro: String
    var cases: [CaseSummaryView]
    var empty: String?
    var feeds: [FeedLinkView]
    var subscribeLabel: String
    var pagination: PaginationView?
}

struct EvidenceGroupView: Sendable { var name: String; var href: String; var kind: String; var phrases: [String]; var nameLang: String? = nil }
struct AdviceView: Sendable { var text: String; var kindLabel: String; var kind: String; var textLang: String? = nil }
/// `lang`: set when the value is in another language than the page (a translation's inherited field).
struct FactView: Sendable { var label: String; var value: String; var datetime: String?; var lang: String? = nil }

struct CaseView: Sendable {
    var title: String
    var summary: String
    /// Set on the page of a case past its `expires` day, which lists and feeds no longer show.
    var expiredNote: String?
    /// The language of the title, summary, indicators and sources when a translation takes them
    /// unchanged from the original (nil when they are in the page's language).
    var titleLang: String?
    var summaryLang: String?
    var indicatorsLang: String?
    var sourcesLang: String?
    var facts: [FactView]
    var body: String
    /// The body's language when a translation without one shows the original's.
    var bodyLang: String?
    var redFlagsLabel: String
    var redFlags: [EvidenceGroupView]
    /// Said before each red flag's phrases to screen readers ("In the report's words:"); hidden on the screen, where the quotes show it.
    var phrasesLabel: String
    var redFlagsNote: String?
    var adviceLabel: String
    var advice: [AdviceView]
    var hotlinesLabel: String
    var hotlines: [HotlineView]
    var reportLabel: String
    var reportURL: String
    var indicatorsLabel: String
    var indicatorsNote: String
    var indicators: [String]
    var relatedLabel: String
    var related: [CaseSummaryView]
    var sourcesLabel: String
    var sources: [LinkView]
    var campaignsLabel: String
    var campaigns: [LinkView]
    var typeLinks: [LinkView]
    var tacticLinks: [LinkView]
    var typesLabel: String
    var tacticsLabel: String
}

struct TermIndexView: Sendable { var title: String; var intro: String; var terms: [TermSummaryView] }

struct TermView: Sendable {
    var name: String
    var summary: String
    var howLabel: String
    var steps: [StepView]
    var body: String
    var adviceLabel: String
    var advice: [AdviceView]
    var casesLabel: String
    var cases: [CaseSummaryView]
    var empty: String?
    var related: [LinkView]
    var relatedLabel: String
    var feeds: [FeedLinkView]
    var subscribeLabel: String
    var flyer: LinkView?
    var flyersLabel: String
    var pagination: PaginationView?
    /// Its cases published only in another language: how many, with a link there.
    var elsewhere: [ElsewhereView]
    /// The languages of texts the translation leaves out (nil: the page's).
    var nameLang: String? = nil
    var summaryLang: String? = nil
    var stepsLang: String? = nil
    var bodyLang: String? = nil
}

struct StepView: Sendable { var number: String; var text: String; var textLang: String? = nil }
/// A line of a list; `textLang` is set when it is in another language than the page.
struct LineView: Sendable { var text: String; var textLang: String? = nil }

struct CampaignView: Sendable {
    var title: String
    var headline: String
    var windowLabel: String
    var window: String
    var body: String
    var focusLabel: String
    var focus: [TermSummaryView]
    var casesLabel: String
    var cases: [CaseSummaryView]
    var empty: String?
    var flyersLabel: String
    var flyers: [LinkView]
    var feeds: [FeedLinkView]
    var subscribeLabel: String
    var pagination: PaginationView?
    /// Its cases that only another language publishes, as a type's page says.
    var elsewhere: [ElsewhereView] = []
    /// The languages of texts the translation leaves out (nil: the page's).
    var titleLang: String? = nil
    var headlineLang: String? = nil
    var bodyLang: String? = nil
}

struct CampaignIndexView: Sendable { var title: String; var intro: String; var campaigns: [CampaignItemView] }
struct CampaignItemView: Sendable {
    var title: String; var headline: String; var window: String; var href: String; var active: Bool; var activeLabel: String
    var titleLang: String? = nil; var headlineLang: String? = nil
}

/// The HTML print version of a flyer (`campaigns/<id>/flyer/`).
struct FlyerPageView: Sendable {
    var lang: String
    var title: String
    var stylesheet: String
    var canonical: String
    var publisher: String
    var logo: LogoView?
    var headline: String
    var headlineLang: String?
    /// For link previews: the site's title, the flyer's headline as its description, the logo's address.
    var siteTitle: String
    var description: String
    /// The campaign's title, printed above its dates, as on the PDF flyers.
    var campaign: String
    var campaignLang: String?
    var season: String
    var howLabel: String
    var steps: [StepView]
    var redFlagsLabel: String
    var redFlags: [LineView]
    var doLabel: String
    var dos: [LineView]
    var dontLabel: String
    var donts: [LineView]
    var recentLabel: String
    var recent: FlyerCaseView?
    var callLabel: String
    var hotlines: [HotlineView]
    var scanLabel: String
    var qrSVG: String
    var url: String
    var issuedLabel: String
    var issued: String
    var backHref: String
    var backLabel: String
    /// The campaign's PDF flyers, to print from (the page is the flyer's web version).
    var pdfsLabel: String
    var pdfs: [LinkView]
    /// The same flyer page in the other languages.
    var alternates: [AlternateView]
}

struct FlyerCaseView: Sendable { var title: String; var text: String; var loss: String?; var date: String? }

/// `browseLabel` and `browseHref`: where to go without JavaScript (the scam types).
/// `terms`: every scam type and red flag, hidden until a query names one: the script shows those it finds.
struct SearchView: Sendable {
    var title: String; var label: String; var button: String; var noJS: String; var hint: String; var index: String
    var casesLabel: String; var casesHref: String; var browseLabel: String; var browseHref: String
    var termsLabel: String; var terms: [SearchTermView]
}
/// A scam type or red flag the search page can show: `kind` names which ("Scam type").
struct SearchTermView: Sendable { var kind: String; var name: String; var href: String; var count: String; var nameLang: String? = nil }
/// One page for every language: the server cannot tell which the reader wanted. `title` names it in each.
/// `icon`: the square logo's address from the server's root, for the browser's tab.
/// The 404 page: the bulletin's name and logo, as every page has, and a section for each language.
struct NotFoundView: Sendable {
    var lang: String; var title: String; var stylesheet: String; var icon: String?; var siteTitle: String; var homeHref: String; var logo: LogoView?
    var sections: [NotFoundSection]
}
struct NotFoundSection: Sendable {
    var lang: String; var title: String; var text: String; var homeLabel: String; var homeHref: String
    var searchLabel: String; var searchHref: String; var hotlinesLabel: String; var hotlines: [HotlineView]
}

/// The full case as feed readers show it.
struct FeedEntryView: Sendable {
    /// ":" or "：" after a label, by language; `space` follows it in English only, and a hotline's
    /// label is in `open` and `close`: " (" and ") ", or "（" and "）". A phrase quoted from the
    /// story stands between `openQuote` and `closeQuote`: “ ” but 「 」 in Traditional Chinese.
    var colon: String
    var space: String
    var open: String
    var close: String
    var openQuote: String
    var closeQuote: String
    var body: String
    var redFlagsLabel: String
    var redFlags: [EvidenceGroupView]
    var adviceLabel: String
    var advice: [AdviceView]
    var hotlinesLabel: String
    var hotlines: [HotlineView]
    var indicatorsLabel: String
    var indicators: [String]
    var sourcesLabel: String
    var sources: [LinkView]
}
