import Foundation

/// A printable paper size. Sizes are in PDF points (1/72 inch).
public enum Paper: String, Sendable, CaseIterable {
    case a4, a5, letter

    /// Page width in points.
    public var width: Double {
        switch self {
        case .a4: 595.276
        case .a5: 419.528
        case .letter: 612
        }
    }

    /// Page height in points.
    public var height: Double {
        switch self {
        case .a4: 841.89
        case .a5: 595.276
        case .letter: 792
        }
    }
}

/// Localized headings the caller supplies; the renderer holds no strings of its own.
public struct FlyerLabels: Sendable, Equatable {
    public var howItWorks: String
    public var redFlags: String
    public var doTitle: String
    public var dontTitle: String
    public var recentCase: String
    public var loss: String
    public var callHotline: String
    public var scanForMore: String
    /// What the QR code is, for screen readers ("QR code"): its alternative text is this and the URL.
    public var qrCode: String
    public var issued: String

    public init(
        howItWorks: String, redFlags: String, doTitle: String, dontTitle: String,
        recentCase: String, loss: String, callHotline: String, scanForMore: String, qrCode: String, issued: String
    ) {
        self.howItWorks = howItWorks
        self.redFlags = redFlags
        self.doTitle = doTitle
        self.dontTitle = dontTitle
        self.recentCase = recentCase
        self.loss = loss
        self.callHotline = callHotline
        self.scanForMore = scanForMore
        self.qrCode = qrCode
        self.issued = issued
    }
}

public struct FlyerHotline: Sendable, Equatable {
    public var label: String
    public var number: String

    public init(label: String, number: String) {
        self.label = label
        self.number = number
    }
}

public struct FlyerCase: Sendable, Equatable {
    public var title: String
    public var text: String
    /// Already formatted for the flyer's language, e.g. "4,000 yuan".
    public var loss: String?
    /// When it happened, formatted for the flyer's language; printed after the box's label, so a
    /// reader knows how old the story is.
    public var date: String?

    public init(title: String, text: String, loss: String? = nil, date: String? = nil) {
        self.title = title
        self.text = text
        self.loss = loss
        self.date = date
    }
}

/// Everything one flyer page shows, already localized and formatted.
public struct FlyerDocument: Sendable, Equatable {
    public var paper: Paper
    public var largePrint: Bool
    /// BCP 47 tag ("en", "zh"); drives line breaking, font choice and label punctuation.
    public var language: String
    public var publisher: String
    /// Printed in the publisher's band; PNG or JPEG.
    public var logo: RasterImage?
    public var title: String
    /// The PDF's title metadata, when the printed title does not say what the flyer is about.
    public var documentTitle: String?
    public var headline: String
    /// Printed under the title: a campaign's dates.
    public var season: String
    /// Printed under the headline: what a type flyer's headline (the type's name) means.
    public var lede: String
    public var steps: [String]
    public var redFlags: [String]
    public var dos: [String]
    public var donts: [String]
    public var recentCase: FlyerCase?
    public var hotlines: [FlyerHotline]
    /// Absolute URL encoded in the QR code.
    public var qrURL: String
    /// The URL printed beneath the QR code: `qrURL`, or its host and path in their own script
    /// where `qrURL` writes them as ASCII.
    public var printedURL: String
    public var issued: String
    /// Written as the PDF CreationDate and ModDate, so the same input gives the same bytes.
    public var creationDate: Date
    public var labels: FlyerLabels

    public init(
        paper: Paper, largePrint: Bool, language: String, publisher: String, title: String,
        headline: String, season: String, steps: [String], redFlags: [String], dos: [String],
        donts: [String], recentCase: FlyerCase?, hotlines: [FlyerHotline], qrURL: String, printedURL: String? = nil,
        issued: String, creationDate: Date, labels: FlyerLabels, documentTitle: String? = nil, logo: RasterImage? = nil, lede: String = ""
    ) {
        self.paper = paper
        self.largePrint = largePrint
        self.language = language
        self.publisher = publisher
        self.logo = logo
        self.title = title
        self.documentTitle = documentTitle
        self.headline = headline
        self.season = season
        self.lede = lede
        self.steps = steps
        self.redFlags = redFlags
        self.dos = dos
        self.donts = donts
        self.recentCase = recentCase
        self.hotlines = hotlines
        self.qrURL = qrURL
        self.printedURL = printedURL ?? qrURL
        self.issued = issued
        self.creationDate = creationDate
        self.labels = labels
    }
}

public enum FlyerError: Error, Equatable, Sendable {
    /// `qrURL` is not an absolute http(s) URL.
    case invalidQRURL(String)
    /// libqrencode refused the URL (for example longer than a QR code holds at level M).
    case qrEncodingFailed(url: String, reason: String)
    /// Cairo reported an error while producing the PDF.
    case pdf(String)
    /// Even the smallest layout the fitting rule allows does not fit the page.
    case contentDoesNotFit(Paper, largePrint: Bool)
}
