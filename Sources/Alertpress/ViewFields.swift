// Templates read views through `child(named:)`: a `switch` on the field name, each field handed
// over as a `TemplateValue`. Nil optionals read as missing, as Mustache treats them. The
// `Template views` tests check every field against `Mirror`.

extension ChartView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "svg": .of(self.svg)
        default: nil
        }
    }
}

extension LinkView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "href": .of(self.href)
        case "current": .of(self.current)
        case "labelLang": .of(self.labelLang)
        case "section": .of(self.section)
        default: nil
        }
    }
}

extension TranslationView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "lang": .of(self.lang)
        case "href": .of(self.href)
        default: nil
        }
    }
}

extension AlternateView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "lang": .of(self.lang)
        case "label": .of(self.label)
        case "href": .of(self.href)
        case "absolute": .of(self.absolute)
        case "current": .of(self.current)
        case "exists": .of(self.exists)
        case "note": .of(self.note)
        default: nil
        }
    }
}

extension FeedLinkView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "type": .of(self.type)
        case "title": .of(self.title)
        case "href": .of(self.href)
        case "absolute": .of(self.absolute)
        default: nil
        }
    }
}

extension HotlineView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "number": .of(self.number)
        case "tel": .of(self.tel)
        case "size": .of(self.size)
        default: nil
        }
    }
}

extension LayoutView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "page": .of(self.page)
        case "lang": .of(self.lang)
        case "title": .of(self.title)
        case "shareTitle": .of(self.shareTitle)
        case "siteTitle": .of(self.siteTitle)
        case "description": .of(self.description)
        case "canonical": .of(self.canonical)
        case "homeHref": .of(self.homeHref)
        case "stylesheet": .of(self.stylesheet)
        case "script": .of(self.script)
        case "logo": .of(self.logo)
        case "alternates": .of(self.alternates)
        case "languageSwitch": .of(self.languageSwitch)
        case "feeds": .of(self.feeds)
        case "nav": .of(self.nav)
        case "skip": .of(self.skip)
        case "navLabel": .of(self.navLabel)
        case "languageLabel": .of(self.languageLabel)
        case "publisherLabel": .of(self.publisherLabel)
        case "publisher": .of(self.publisher)
        case "hotlinesLabel": .of(self.hotlinesLabel)
        case "hotlines": .of(self.hotlines)
        case "reportLabel": .of(self.reportLabel)
        case "reportURL": .of(self.reportURL)
        case "feedsLabel": .of(self.feedsLabel)
        case "banners": .of(self.banners)
        case "bannerLabel": .of(self.bannerLabel)
        case "content": .of(self.content)
        case "published": .of(self.published)
        case "modified": .of(self.modified)
        default: nil
        }
    }
}

extension LogoView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "src": .of(self.src)
        case "absolute": .of(self.absolute)
        case "width": .of(self.width)
        case "height": .of(self.height)
        case "icon": .of(self.icon)
        default: nil
        }
    }
}

extension BannerView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "title": .of(self.title)
        case "headline": .of(self.headline)
        case "href": .of(self.href)
        case "linkLabel": .of(self.linkLabel)
        case "titleLang": .of(self.titleLang)
        case "headlineLang": .of(self.headlineLang)
        default: nil
        }
    }
}

extension CaseSummaryView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "href": .of(self.href)
        case "date": .of(self.date)
        case "datetime": .of(self.datetime)
        case "summary": .of(self.summary)
        case "region": .of(self.region)
        case "loss": .of(self.loss)
        case "types": .of(self.types)
        case "titleLanguage": .of(self.titleLanguage)
        case "summaryLanguage": .of(self.summaryLanguage)
        case "regionLanguage": .of(self.regionLanguage)
        case "translations": .of(self.translations)
        default: nil
        }
    }
}

extension TermSummaryView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "href": .of(self.href)
        case "summary": .of(self.summary)
        case "count": .of(self.count)
        case "nameLang": .of(self.nameLang)
        case "summaryLang": .of(self.summaryLang)
        default: nil
        }
    }
}

extension HomeView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "intro": .of(self.intro)
        case "latestLabel": .of(self.latestLabel)
        case "cases": .of(self.cases)
        case "empty": .of(self.empty)
        case "allCasesLabel": .of(self.allCasesLabel)
        case "allCasesHref": .of(self.allCasesHref)
        case "topTypesLabel": .of(self.topTypesLabel)
        case "topTypes": .of(self.topTypes)
        case "totals": .of(self.totals)
        case "elsewhere": .of(self.elsewhere)
        case "chartsLabel": .of(self.chartsLabel)
        case "chartByType": .of(self.chartByType)
        case "chartByMonth": .of(self.chartByMonth)
        case "noChart": .of(self.noChart)
        case "regionsLabel": .of(self.regionsLabel)
        case "regionLabel": .of(self.regionLabel)
        case "regionCasesLabel": .of(self.regionCasesLabel)
        case "regionLossLabel": .of(self.regionLossLabel)
        case "regions": .of(self.regions)
        default: nil
        }
    }
}

extension ElsewhereView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": .of(self.text)
        case "href": .of(self.href)
        case "lang": .of(self.lang)
        default: nil
        }
    }
}

extension RegionView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "language": .of(self.language)
        case "count": .of(self.count)
        case "loss": .of(self.loss)
        default: nil
        }
    }
}

extension ListView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "intro": .of(self.intro)
        case "cases": .of(self.cases)
        case "empty": .of(self.empty)
        case "feeds": .of(self.feeds)
        case "subscribeLabel": .of(self.subscribeLabel)
        case "pagination": .of(self.pagination)
        default: nil
        }
    }
}

extension PaginationView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "status": .of(self.status)
        case "newer": .of(self.newer)
        case "older": .of(self.older)
        default: nil
        }
    }
}

extension EvidenceGroupView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "href": .of(self.href)
        case "kind": .of(self.kind)
        case "phrases": .of(self.phrases)
        case "nameLang": .of(self.nameLang)
        default: nil
        }
    }
}

extension AdviceView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": .of(self.text)
        case "kindLabel": .of(self.kindLabel)
        case "kind": .of(self.kind)
        case "textLang": .of(self.textLang)
        default: nil
        }
    }
}

extension FactView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "label": .of(self.label)
        case "value": .of(self.value)
        case "datetime": .of(self.datetime)
        case "lang": .of(self.lang)
        default: nil
        }
    }
}

extension CaseView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "summary": .of(self.summary)
        case "expiredNote": .of(self.expiredNote)
        case "facts": .of(self.facts)
        case "body": .of(self.body)
        case "bodyLang": .of(self.bodyLang)
        case "redFlagsLabel": .of(self.redFlagsLabel)
        case "redFlags": .of(self.redFlags)
        case "phrasesLabel": .of(self.phrasesLabel)
        case "redFlagsNote": .of(self.redFlagsNote)
        case "adviceLabel": .of(self.adviceLabel)
        case "advice": .of(self.advice)
        case "hotlinesLabel": .of(self.hotlinesLabel)
        case "hotlines": .of(self.hotlines)
        case "reportLabel": .of(self.reportLabel)
        case "reportURL": .of(self.reportURL)
        case "indicatorsLabel": .of(self.indicatorsLabel)
        case "indicatorsNote": .of(self.indicatorsNote)
        case "indicators": .of(self.indicators)
        case "relatedLabel": .of(self.relatedLabel)
        case "related": .of(self.related)
        case "sourcesLabel": .of(self.sourcesLabel)
        case "sources": .of(self.sources)
        case "campaignsLabel": .of(self.campaignsLabel)
        case "campaigns": .of(self.campaigns)
        case "typeLinks": .of(self.typeLinks)
        case "tacticLinks": .of(self.tacticLinks)
        case "typesLabel": .of(self.typesLabel)
        case "tacticsLabel": .of(self.tacticsLabel)
        case "titleLang": .of(self.titleLang)
        case "summaryLang": .of(self.summaryLang)
        case "indicatorsLang": .of(self.indicatorsLang)
        case "sourcesLang": .of(self.sourcesLang)
        default: nil
        }
    }
}

extension TermIndexView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "intro": .of(self.intro)
        case "terms": .of(self.terms)
        default: nil
        }
    }
}

extension TermView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "name": .of(self.name)
        case "summary": .of(self.summary)
        case "howLabel": .of(self.howLabel)
        case "steps": .of(self.steps)
        case "body": .of(self.body)
        case "adviceLabel": .of(self.adviceLabel)
        case "advice": .of(self.advice)
        case "casesLabel": .of(self.casesLabel)
        case "cases": .of(self.cases)
        case "empty": .of(self.empty)
        case "related": .of(self.related)
        case "relatedLabel": .of(self.relatedLabel)
        case "feeds": .of(self.feeds)
        case "subscribeLabel": .of(self.subscribeLabel)
        case "flyer": .of(self.flyer)
        case "flyersLabel": .of(self.flyersLabel)
        case "pagination": .of(self.pagination)
        case "elsewhere": .of(self.elsewhere)
        case "nameLang": .of(self.nameLang)
        case "summaryLang": .of(self.summaryLang)
        case "stepsLang": .of(self.stepsLang)
        case "bodyLang": .of(self.bodyLang)
        default: nil
        }
    }
}

extension StepView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "number": .of(self.number)
        case "text": .of(self.text)
        case "textLang": .of(self.textLang)
        default: nil
        }
    }
}

extension CampaignView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "headline": .of(self.headline)
        case "windowLabel": .of(self.windowLabel)
        case "window": .of(self.window)
        case "body": .of(self.body)
        case "focusLabel": .of(self.focusLabel)
        case "focus": .of(self.focus)
        case "casesLabel": .of(self.casesLabel)
        case "cases": .of(self.cases)
        case "empty": .of(self.empty)
        case "flyersLabel": .of(self.flyersLabel)
        case "flyers": .of(self.flyers)
        case "feeds": .of(self.feeds)
        case "subscribeLabel": .of(self.subscribeLabel)
        case "elsewhere": .of(self.elsewhere)
        case "pagination": .of(self.pagination)
        case "titleLang": .of(self.titleLang)
        case "headlineLang": .of(self.headlineLang)
        case "bodyLang": .of(self.bodyLang)
        default: nil
        }
    }
}

extension CampaignIndexView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "intro": .of(self.intro)
        case "campaigns": .of(self.campaigns)
        default: nil
        }
    }
}

extension CampaignItemView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "headline": .of(self.headline)
        case "window": .of(self.window)
        case "href": .of(self.href)
        case "active": .of(self.active)
        case "activeLabel": .of(self.activeLabel)
        case "titleLang": .of(self.titleLang)
        case "headlineLang": .of(self.headlineLang)
        default: nil
        }
    }
}

extension FlyerPageView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "alternates": .of(self.alternates)
        case "lang": .of(self.lang)
        case "title": .of(self.title)
        case "stylesheet": .of(self.stylesheet)
        case "canonical": .of(self.canonical)
        case "publisher": .of(self.publisher)
        case "logo": .of(self.logo)
        case "headline": .of(self.headline)
        case "headlineLang": .of(self.headlineLang)
        case "siteTitle": .of(self.siteTitle)
        case "description": .of(self.description)
        case "campaign": .of(self.campaign)
        case "campaignLang": .of(self.campaignLang)
        case "season": .of(self.season)
        case "howLabel": .of(self.howLabel)
        case "steps": .of(self.steps)
        case "redFlagsLabel": .of(self.redFlagsLabel)
        case "redFlags": .of(self.redFlags)
        case "doLabel": .of(self.doLabel)
        case "dos": .of(self.dos)
        case "dontLabel": .of(self.dontLabel)
        case "donts": .of(self.donts)
        case "recentLabel": .of(self.recentLabel)
        case "recent": .of(self.recent)
        case "callLabel": .of(self.callLabel)
        case "hotlines": .of(self.hotlines)
        case "scanLabel": .of(self.scanLabel)
        case "qrSVG": .of(self.qrSVG)
        case "url": .of(self.url)
        case "issuedLabel": .of(self.issuedLabel)
        case "issued": .of(self.issued)
        case "backHref": .of(self.backHref)
        case "backLabel": .of(self.backLabel)
        case "pdfsLabel": .of(self.pdfsLabel)
        case "pdfs": .of(self.pdfs)
        default: nil
        }
    }
}

extension FlyerCaseView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "text": .of(self.text)
        case "loss": .of(self.loss)
        case "date": .of(self.date)
        default: nil
        }
    }
}

extension SearchView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "title": .of(self.title)
        case "label": .of(self.label)
        case "button": .of(self.button)
        case "noJS": .of(self.noJS)
        case "hint": .of(self.hint)
        case "index": .of(self.index)
        case "casesLabel": .of(self.casesLabel)
        case "casesHref": .of(self.casesHref)
        case "browseLabel": .of(self.browseLabel)
        case "browseHref": .of(self.browseHref)
        case "termsLabel": .of(self.termsLabel)
        case "terms": .of(self.terms)
        default: nil
        }
    }
}

extension SearchTermView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "kind": .of(self.kind)
        case "name": .of(self.name)
        case "href": .of(self.href)
        case "count": .of(self.count)
        case "nameLang": .of(self.nameLang)
        default: nil
        }
    }
}

extension NotFoundView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "lang": .of(self.lang)
        case "title": .of(self.title)
        case "stylesheet": .of(self.stylesheet)
        case "icon": .of(self.icon)
        case "siteTitle": .of(self.siteTitle)
        case "homeHref": .of(self.homeHref)
        case "logo": .of(self.logo)
        case "sections": .of(self.sections)
        default: nil
        }
    }
}

extension NotFoundSection: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "lang": .of(self.lang)
        case "title": .of(self.title)
        case "text": .of(self.text)
        case "homeLabel": .of(self.homeLabel)
        case "homeHref": .of(self.homeHref)
        case "searchLabel": .of(self.searchLabel)
        case "searchHref": .of(self.searchHref)
        case "hotlinesLabel": .of(self.hotlinesLabel)
        case "hotlines": .of(self.hotlines)
        default: nil
        }
    }
}

extension FeedEntryView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "colon": .of(self.colon)
        case "space": .of(self.space)
        case "open": .of(self.open)
        case "close": .of(self.close)
        case "openQuote": .of(self.openQuote)
        case "closeQuote": .of(self.closeQuote)
        case "body": .of(self.body)
        case "redFlagsLabel": .of(self.redFlagsLabel)
        case "redFlags": .of(self.redFlags)
        case "adviceLabel": .of(self.adviceLabel)
        case "advice": .of(self.advice)
        case "hotlinesLabel": .of(self.hotlinesLabel)
        case "hotlines": .of(self.hotlines)
        case "indicatorsLabel": .of(self.indicatorsLabel)
        case "indicators": .of(self.indicators)
        case "sourcesLabel": .of(self.sourcesLabel)
        case "sources": .of(self.sources)
        default: nil
        }
    }
}

extension LineView: TemplateView {
    func child(named name: String) -> TemplateValue? {
        switch name {
        case "text": .of(self.text)
        case "textLang": .of(self.textLang)
        default: nil
        }
    }
}
