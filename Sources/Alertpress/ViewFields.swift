import Mustache

// Templates read views through `child(named:)`: a `switch` on the field name instead of `Mirror`,
// which reflected every struct at every tag (12 % of a build). Nil optionals read as missing, as
// Mustache treats them. The `Template views` tests check every field against `Mirror`.

/// A value a template renders.
protocol TemplateView: MustacheParent, Sendable {}

extension ChartView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "svg": self.svg
        default: nil
        }
    }
}

extension LinkView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "href": self.href
        case "current": self.current
        default: nil
        }
    }
}

extension AlternateView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "label": self.label
        case "href": self.href
        case "absolute": self.absolute
        case "current": self.current
        case "exists": self.exists
        case "note": self.note
        default: nil
        }
    }
}

extension FeedLinkView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "type": self.type
        case "title": self.title
        case "href": self.href
        case "absolute": self.absolute
        default: nil
        }
    }
}

extension HotlineView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "number": self.number
        case "tel": self.tel
        default: nil
        }
    }
}

extension LayoutView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "title": self.title
        case "siteTitle": self.siteTitle
        case "description": self.description
        case "canonical": self.canonical
        case "homeHref": self.homeHref
        case "stylesheet": self.stylesheet
        case "script": self.script
        case "logo": self.logo
        case "alternates": self.alternates
        case "feeds": self.feeds
        case "nav": self.nav
        case "skip": self.skip
        case "navLabel": self.navLabel
        case "languageLabel": self.languageLabel
        case "publisherLabel": self.publisherLabel
        case "publisher": self.publisher
        case "hotlinesLabel": self.hotlinesLabel
        case "hotlines": self.hotlines
        case "reportLabel": self.reportLabel
        case "reportURL": self.reportURL
        case "feedsLabel": self.feedsLabel
        case "banner": self.banner
        case "content": self.content
        default: nil
        }
    }
}

extension LogoView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "src": self.src
        case "width": self.width
        case "height": self.height
        default: nil
        }
    }
}

extension BannerView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "title": self.title
        case "headline": self.headline
        case "href": self.href
        case "linkLabel": self.linkLabel
        default: nil
        }
    }
}

extension CaseSummaryView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "href": self.href
        case "date": self.date
        case "datetime": self.datetime
        case "summary": self.summary
        case "region": self.region
        case "loss": self.loss
        case "types": self.types
        case "titleLanguage": self.titleLanguage
        case "summaryLanguage": self.summaryLanguage
        case "regionLanguage": self.regionLanguage
        default: nil
        }
    }
}

extension TermSummaryView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "summary": self.summary
        case "count": self.count
        default: nil
        }
    }
}

extension HomeView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "intro": self.intro
        case "latestLabel": self.latestLabel
        case "cases": self.cases
        case "empty": self.empty
        case "allCasesLabel": self.allCasesLabel
        case "allCasesHref": self.allCasesHref
        case "topTypesLabel": self.topTypesLabel
        case "topTypes": self.topTypes
        case "totals": self.totals
        case "chartByType": self.chartByType
        case "chartByMonth": self.chartByMonth
        case "noChart": self.noChart
        default: nil
        }
    }
}

extension ListView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "intro": self.intro
        case "cases": self.cases
        case "empty": self.empty
        case "feeds": self.feeds
        case "subscribeLabel": self.subscribeLabel
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension PaginationView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "status": self.status
        case "newer": self.newer
        case "older": self.older
        default: nil
        }
    }
}

extension EvidenceGroupView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "href": self.href
        case "kind": self.kind
        case "phrases": self.phrases
        default: nil
        }
    }
}

extension AdviceView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "kindLabel": self.kindLabel
        case "kind": self.kind
        default: nil
        }
    }
}

extension FactView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "value": self.value
        case "datetime": self.datetime
        case "lang": self.lang
        default: nil
        }
    }
}

extension CaseView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "summary": self.summary
        case "facts": self.facts
        case "body": self.body
        case "redFlagsLabel": self.redFlagsLabel
        case "redFlags": self.redFlags
        case "redFlagsNote": self.redFlagsNote
        case "adviceLabel": self.adviceLabel
        case "advice": self.advice
        case "hotlinesLabel": self.hotlinesLabel
        case "hotlines": self.hotlines
        case "reportLabel": self.reportLabel
        case "reportURL": self.reportURL
        case "indicatorsLabel": self.indicatorsLabel
        case "indicatorsNote": self.indicatorsNote
        case "indicators": self.indicators
        case "relatedLabel": self.relatedLabel
        case "related": self.related
        case "sourcesLabel": self.sourcesLabel
        case "sources": self.sources
        case "campaignsLabel": self.campaignsLabel
        case "campaigns": self.campaigns
        case "typeLinks": self.typeLinks
        case "tacticLinks": self.tacticLinks
        case "typesLabel": self.typesLabel
        case "tacticsLabel": self.tacticsLabel
        case "titleLang": self.titleLang
        case "summaryLang": self.summaryLang
        case "indicatorsLang": self.indicatorsLang
        case "sourcesLang": self.sourcesLang
        default: nil
        }
    }
}

extension TermIndexView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "intro": self.intro
        case "terms": self.terms
        default: nil
        }
    }
}

extension TermView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "summary": self.summary
        case "howLabel": self.howLabel
        case "steps": self.steps
        case "body": self.body
        case "adviceLabel": self.adviceLabel
        case "advice": self.advice
        case "casesLabel": self.casesLabel
        case "cases": self.cases
        case "empty": self.empty
        case "related": self.related
        case "relatedLabel": self.relatedLabel
        case "feeds": self.feeds
        case "subscribeLabel": self.subscribeLabel
        case "flyer": self.flyer
        case "flyersLabel": self.flyersLabel
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension StepView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "text": self.text
        default: nil
        }
    }
}

extension CampaignView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "headline": self.headline
        case "windowLabel": self.windowLabel
        case "window": self.window
        case "body": self.body
        case "focusLabel": self.focusLabel
        case "focus": self.focus
        case "casesLabel": self.casesLabel
        case "cases": self.cases
        case "empty": self.empty
        case "flyersLabel": self.flyersLabel
        case "flyers": self.flyers
        case "feeds": self.feeds
        case "subscribeLabel": self.subscribeLabel
        case "pagination": self.pagination
        default: nil
        }
    }
}

extension CampaignIndexView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "intro": self.intro
        case "campaigns": self.campaigns
        default: nil
        }
    }
}

extension CampaignItemView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "headline": self.headline
        case "window": self.window
        case "href": self.href
        case "active": self.active
        case "activeLabel": self.activeLabel
        default: nil
        }
    }
}

extension FlyerPageView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "title": self.title
        case "stylesheet": self.stylesheet
        case "canonical": self.canonical
        case "publisher": self.publisher
        case "logo": self.logo
        case "headline": self.headline
        case "season": self.season
        case "howLabel": self.howLabel
        case "steps": self.steps
        case "redFlagsLabel": self.redFlagsLabel
        case "redFlags": self.redFlags
        case "doLabel": self.doLabel
        case "dos": self.dos
        case "dontLabel": self.dontLabel
        case "donts": self.donts
        case "recentLabel": self.recentLabel
        case "recent": self.recent
        case "callLabel": self.callLabel
        case "hotlines": self.hotlines
        case "scanLabel": self.scanLabel
        case "qrSVG": self.qrSVG
        case "url": self.url
        case "issuedLabel": self.issuedLabel
        case "issued": self.issued
        case "backHref": self.backHref
        case "backLabel": self.backLabel
        default: nil
        }
    }
}

extension FlyerCaseView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "text": self.text
        case "loss": self.loss
        case "date": self.date
        default: nil
        }
    }
}

extension SearchView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "label": self.label
        case "button": self.button
        case "noJS": self.noJS
        case "hint": self.hint
        case "index": self.index
        default: nil
        }
    }
}

extension NotFoundView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "stylesheet": self.stylesheet
        case "sections": self.sections
        default: nil
        }
    }
}

extension NotFoundSection: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": self.lang
        case "title": self.title
        case "text": self.text
        case "homeLabel": self.homeLabel
        case "homeHref": self.homeHref
        default: nil
        }
    }
}

extension FeedEntryView: TemplateView {
    func child(named name: String) -> Any? {
        switch name {
        case "colon": self.colon
        case "body": self.body
        case "redFlagsLabel": self.redFlagsLabel
        case "redFlags": self.redFlags
        case "adviceLabel": self.adviceLabel
        case "advice": self.advice
        case "hotlinesLabel": self.hotlinesLabel
        case "hotlines": self.hotlines
        case "indicatorsLabel": self.indicatorsLabel
        case "indicators": self.indicators
        case "sourcesLabel": self.sourcesLabel
        case "sources": self.sources
        default: nil
        }
    }
}
