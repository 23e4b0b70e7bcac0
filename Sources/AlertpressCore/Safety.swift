import Foundation

/// Finds victims' personal data in text: unmasked mainland mobile numbers, resident ID numbers
/// with a valid check digit, Luhn-valid card numbers and e-mail addresses. Masked forms
/// (`138****5678`, `尾号8988`) pass, and so do mobile and card numbers introduced as order or
/// tracking numbers or as a hotline (a valid resident ID is one whatever introduces it).
extension String {
    /// Whether the text, printed as it is, shows a victim's personal data: for what is made from a
    /// case after its checks (a red flag's telling phrase, which can join words the file keeps apart).
    public var showsPersonalData: Bool { PersonalDataScanner.mayFindAny(in: self) && !PersonalDataScanner.scan(self, markup: false).isEmpty }
}

enum PersonalDataScanner {
    struct Finding: Equatable {
        enum Kind: String, CaseIterable {
            case mobile = "mobile number", residentID = "resident ID number", card = "bank card number", email = "e-mail address"
            case landline = "home phone number"
            case nationalID = "national identity number", iban = "bank account number (IBAN)", bankAccount = "bank account number"
            case travelDocument = "passport or permit number"
            case address = "home address"
            case chatAccount = "chat account", plate = "licence plate number", birthDate = "date of birth"
            case fullName = "full name beside an age"
            case labelledName = "full name after the word for a name"
            case victimName = "victim's full name"

            /// What tells who someone is but is no number or address: looked for in cases only, as a
            /// campaign or the advice may give the publisher's own chat account.
            static let identities: Set<Kind> = [.chatAccount, .plate, .birthDate, .fullName, .labelledName, .victimName]
        }
        var kind: Kind
        var column: Int
        var masked: String
        /// The number's digits, or the address in lower case: what it is, however written.
        var value: String = ""
        /// Written masked, but hiding too little to keep it apart (`1391234567*`).
        var weakMask = false

        /// What it is however written: a mobile's own 11 digits (`+86 139…` is `139…`), an address
        /// with its "@" and dots plain (`li[@]qq[.]com`, as indicators are published, is `li@qq.com`).
        var identity: String {
            switch kind {
            case .mobile: return String(value.suffix(11))
            case .email:
                var address = value
                for (spelt, plain) in [("at", "@"), ("@", "@"), ("dot", "."), (".", ".")] {
                    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("【", "】")] { address = address.replacingOccurrences(of: open + spelt + close, with: plain) }
                }
                address = address.replacingOccurrences(of: "＠", with: "@")
                // However the sign is written ("#", " at ") and however much of the host is ("qq dot com", "qq"):
                // the local part and the host's first label.
                let sign = address.firstIndex { "@#＃★☆".contains($0) }.map { $0..<address.index(after: $0) }
                    ?? (address.contains(" ") ? address.range(of: " at ", options: .caseInsensitive) : nil)
                guard let sign else { return address }
                let local = address[..<sign.lowerBound].trimmingCharacters(in: .whitespaces)
                let host = address[sign.upperBound...].drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
                return local + "@" + host
            default: return value
            }
        }

        /// The identities it has written out in words too: an address's as "name at qq dot com" reads
        /// with its spaces left out (`nameatqqdotcom`).
        var identities: [String] {
            guard kind == .email, let sign = value.firstIndex(of: "@") else { return [identity] }
            return [identity, value[..<sign] + "at" + value[value.index(after: sign)...].replacingOccurrences(of: ".", with: "dot")]
        }
    }

    // Static: a regex literal is parsed and compiled each time it is evaluated.
    /// An address in any script (`张三@例子.中国`, `user@mail.例子.cn`, punycode), or at an IP literal
    /// (`li@[192.168.1.1]`). The top-level domain is Latin letters, a punycode label or letters of one
    /// script run; an ASCII address right after Chinese text is cut from it by `scan`.
    private static let email = SharedRegex {
        /[\p{L}\p{N}][\p{L}\p{N}._%+-]*@(?:\[(?:IPv6:)?[0-9A-Fa-f.:]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:xn--[A-Za-z0-9-]+|[A-Za-z]{2,}|\p{L}{2,}))/
    }


    /// An address with its local part in quotes, with spaces around its "@", or with "@" or "."
    /// spelt out or put in brackets (`li[at]qq[dot]com`, `li[@]qq[.]com`, `li@qq(.)com`): the
    /// form of a defanged scam address, which a victim's must not take.
    private static let spelledEmail = SharedRegex {
        /(?:"([^"@\n]{1,64})"@|([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(\s*[\(\[【](?i:at|@)[\)\]】]\s*|\s*(?:艾特|小老鼠|圈圈?[aA]|[ⓐⒶ📧✉]\x{FE0F}?)\s*|[*_~]*@[*_~]+|\s+@\s*|\s*@\s+|@))([A-Za-z0-9-]+(?:(?:\s*[\(\[【](?i:dot|\.)[\)\]】]\s*|\.)[A-Za-z0-9-]+)*(?:\s*[\(\[【](?i:dot|\.)[\)\]】]\s*|\.)[A-Za-z]{2,})/
    }

    /// An address at a webmail host (`webmailHosts`) however its "@" and "." are written or left out:
    /// `li at qq.com`, `li{at}qq{dot}com`, `li艾特qq点com`, `li@163`, `li@qq,com`, `li@@qq..com`.
    /// The "@" (2), the host (3) and the ending (4); a plain " at " counts with an ending only.
    /// Numbers named as a person's ID, bank card or home phone by the words right before them.
    /// An ID's 18 characters or a first-generation one's 15 digits, or 14 to 17 of them: one with
    /// digits left off ("4201061980030712") shows as much as a mask that hides four or fewer.
    private static let labelledID = SharedRegex {
        /(?i)(?:身份证|身份證|公民身份|身份|证件|證件|\bID(?:\s+card)?|\bidentity\s+card)\s*(?:号码|號碼|号|號|no\.?|number|#)?\s*(?:是|为|is)?\s*[:：,，]?\s*((?:\d[ -]?){13,17}[\dXx])(?![0-9A-Za-z])/
    }
    private static let labelledCard = SharedRegex {
        /(?i)(?:(?:银行|储蓄|信用|借记|銀行|儲蓄|借記|建行|工行|农行|農行|中行|交行|招行|邮储|郵儲|工资|工資)卡|卡号|卡號|(?:银行|銀行)?(?:账号|帳號|账户|帳戶)|\bbank\s+card|\b(?:debit|credit)\s+card|\bcard\s+(?:number|no\.?)|\b(?:bank\s+)?account)\s*(?:号码|號碼|号|號|no\.?|number|#)?\s*(?:是|为|is)?\s*[:：,，]?\s*((?:\d[ -]?){15,18}\d)(?![0-9A-Za-z])/
    }
    /// A bank account, of any length banks give one (12 to 22 digits): only where its words name it.
    private static let labelledAccount = SharedRegex {
        /(?i)(?:(?:银行|銀行|储蓄|儲蓄|建行|工行|农行|農行|中行)?(?:账号|帳號|账户|帳戶)|\bbank\s+account(?:\s+(?:number|no\.?))?|\baccount\s+(?:number|no\.?))\s*(?:号码|號碼|号|號|#)?\s*(?:是|为|為|is)?\s*[:：,，]?\s*((?:\d[ -]?){11,21}\d)(?![0-9A-Za-z])/
    }
    private static let labelledLandline = SharedRegex {
        /(?i)(?:(?:家中|家里|家裡|家裏|家庭|住宅|家|她家|他家)的?(?:电话|電話|座机|座機|固话|固話)|(?:她|他)的?(?:电话|電話|座机|座機)|座机|座機|固话|固話|固定电话|固定電話|(?:受害人|被害人|事主|报警人|報案人|报案人|当事人|當事人|女士|先生|小姐|太太|阿姨|大爷|大爺|老人)的?(?:电话|電話|联系电话|聯絡電話|联系方式|聯絡方式|联系号码|聯絡號碼)|\b(?:victim|caller|complainant|woman|man)'s\s+(?:(?:own|home|work|office|contact|mobile|cell)\s+){0,2}(?:phone|tel\.?|telephone|number|mobile|cell)(?:\s+number)?|\b(?:her|his|their)\s+(?:(?:home|work|office|contact)\s+)?(?:phone|tel\.?|telephone)|'s\s+(?:home|work|office)\s+(?:phone|number|line)|\bhome\s+(?:phone|tel\.?|number|line)|\blandline|\bcan\s+be\s+reached\s+(?:at|on))\s*(?:号码|號碼|号|號|no\.?|number)?\s*(?:是|为|為|is|was)?\s*[:：,，]?\s*(\(?0\d{1,3}\)?[ -]?\d{3,4}[ -]?\d{4}|0\d{4} \d{6})(?![0-9])/
    }

    /// The labels of a landline that say nothing of whose it is, and the words before them that do
    /// (with their "'s": Swift's `\b` reads "victim's" as one word).
    private static let genericLandline = SharedRegex { /(?i)^(?:座机|座機|固话|固話|固定电话|固定電話|landline|can\s+be\s+reached)/ }
    private static let personBefore = SharedRegex {
        /(?i)她|他|女士|先生|小姐|太太|阿姨|大爷|大爺|老人|受害|被害|事主|家|\b(?:her|his|their|victim|ms|mr|mrs|miss|she|he|woman|man|grand(?:mother|father|ma|pa)|mother|father|son|daughter)(?:['’]s)?\b/
    }

    /// Where a labelled number may be: each run of nine digits or more (spaces, hyphens, dots and
    /// brackets between them), with the 64 characters before it, where its label would be, and 2 after.
    static func labelWindows(_ text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var windows: [Range<String.Index>] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard ("0"..."9").contains(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var end = index
            var digits = 0
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if ("0"..."9").contains(scalar) {
                    digits += 1
                    index = scalars.index(after: index)
                    end = index
                } else if scalar == " " || scalar == "-" || scalar == "(" || scalar == ")" || scalar == "." {
                    index = scalars.index(after: index)
                } else {
                    break
                }
            }
            guard digits >= 9 else { continue }
            // White space before the run, however long, and then the label's 64 characters.
            var label = start
            while label > scalars.startIndex, scalars[scalars.index(before: label)].properties.isWhitespace { scalars.formIndex(before: &label) }
            let from = scalars.index(label, offsetBy: -64, limitedBy: scalars.startIndex) ?? scalars.startIndex
            let to = scalars.index(end, offsetBy: 2, limitedBy: scalars.endIndex) ?? scalars.endIndex
            if let last = windows.last, last.upperBound >= from { windows[windows.count - 1] = last.lowerBound..<to } else { windows.append(from..<to) }
        }
        return windows
    }

    /// The words that make a following "ID" a shop's, a case's or a system's, not a person's identity card's.
    private static let shopsID = SharedRegex { /(?i)\b(?:order|merchant|transaction|trade|payment|invoice|device|product|item|store|shop|seller|vendor|tracking|request|session|batch|app|case|report|reference|complaint|incident|ticket|claim|receipt|booking|application|file|log|message|user|member|customer)\s*$/ }

    /// An address whose "@" is written as "#" or a star, which the text says elsewhere (`li#whu.edu.cn（#换成@）`).
    private static let signedEmail = SharedRegex { /([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s*[#★☆]\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/ }

    private static let webmail = SharedRegex {
        /(?i)([a-z0-9][a-z0-9._%+-]{0,63})(\s*(?:@+|＠|\((?:at|@)\)|\[(?:at|@)\]|\{(?:at|@)\}|【(?:at|@)】|艾特|小老鼠|圈圈?a|\(at(?=\s))\s*|\s+at\s+|[#＃★☆]|\(a\)|\[a\]|【a】)(qq|163|126|yeah|sina|sohu|foxmail|aliyun|139|189|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|protonmail|proton)(\s*(?:\.{1,2}|。|,|，|﹒|．|\((?:dot|\.)\)|\[(?:dot|\.)\]|\{(?:dot|\.)\}|\s+dot\s+|点)\s*(?:com(?:\.cn)?|net|cn|me))?(?![a-z0-9])/
    }

    /// Whether words speak of e-mail ("e-mail", "mail", 邮箱; not "gmail"), where "name at 163" is an address however short.
    static func speaksOfMail(_ words: String) -> Bool {
        Self.mailWord.with { words.contains($0) }
    }
    private static let mailWord = SharedRegex { /(?i)\b(?:e-?mail|mail)\b|邮箱|郵箱|邮件|郵件|信箱/ }

    /// A "." spelt out or in brackets, as `spelledEmail` reads one.
    private static let spelledDot = SharedRegex { /\s*[\(\[](?i:dot|\.)[\)\]]\s*/ }

    /// True when the match is the user part of a URL's authority (`https://www.bank.com@evil.example/`,
    /// a phishing disguise), not an address: its word has `://` before it and no `/`, `?` or `#` in
    /// between. An address in a URL's path or query (`?email=…`) is still one.
    private static func isUserInfo(_ line: String, _ match: Range<String.Index>) -> Bool {
        // Back from the address over what a URL's user part holds in practice (ASCII letters,
        // digits, -._~:%, and the brackets of a defanged one; RFC 3986 allows more, but a comma or a
        // semicolon there is prose's): Chinese text or punctuation ends it.
        let before = line[..<match.lowerBound].unicodeScalars.reversed().prefix { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~:%/[]".unicodeScalars.contains(scalar))
        }
        let word = String(String.UnicodeScalarView(before.reversed()))
        // `mailto://li@qq.com` is a mail address dressed as a URL: no user part.
        guard let scheme = word.range(of: "://"), !word[..<scheme.lowerBound].lowercased().hasSuffix("mailto") else { return false }
        let user = word[scheme.upperBound...] + line[match.lowerBound...].prefix { $0 != "@" }
        return !user.contains { "/?#".contains($0) } && user.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// Words of a sentence before an "@" or " at " set apart from them ("ending in @icbc.com.cn", "from a
    /// @163.com address", "an account at 163.com", "she looked at qq.com"): no address's local part.
    private static let proseWords: Set<String> = ["a", "an", "the", "in", "at", "on", "to", "from", "with", "by", "or", "and", "of", "as",
                                                  "via", "is", "are", "was", "were", "any", "some", "no", "her", "his", "their", "my", "your", "our",
                                                  "account", "accounts", "mailbox", "mailboxes", "inbox", "address", "addresses", "email", "mail",
                                                  "look", "looked", "logged", "login", "log", "signed", "registered", "shopping", "shopped", "bought",
                                                  "ordered", "arrived", "site", "page", "there", "here", "up", "one", "another", "also", "only",
                                                  "both", "it", "them", "him", "me", "us", "work", "worked", "works"]
    /// The local parts of an organisation's role addresses (`jubao@12321.cn`, `service@bank.com`): no person's.
    private static let roleAccounts: Set<String> = ["jubao", "report", "reports", "info", "service", "services", "support", "contact", "admin",
                                                    "webmaster", "postmaster", "press", "media", "news", "help", "kefu", "noreply", "no-reply",
                                                    "fraud", "antifraud", "anti-fraud", "abuse", "feedback", "complaint", "complaints", "tousu",
                                                    "office", "editor", "editors", "security", "phishing", "spam", "fanzha", "fzzx", "fanzhapian",
                                                    "tips", "tipoff", "hotline", "baoliao", "tougao", "xiansuo", "xinfang", "jubaozhongxin", "scams", "scamalert",
                                                    "cs", "care", "customer", "customers", "creditcard", "card", "cards", "kf", "kfzx", "inquiry",
                                                    "inquiries", "notice", "notices", "alert", "alerts", "legal", "compliance", "privacy", "dpo"]

    /// Whether an address found is none of a person's: a role's at an organisation's own domain (at a
    /// webmail host anyone may take the name), or words of a sentence around an "@" set apart.
    /// A government's or a police force's domain (`police.gov.hk`, `us-cert.gov`) is no one's mailbox of their own:
    /// any address there is an office's (`enquiry@`, `scamshield@`, `rcu-kw@`).
    private static func isNoPersonsAddress(local: String, at: String, host: String) -> Bool {
        let lowered = local.lowercased()
        let labels = host.lowercased().split(separator: ".")
        let hostName = labels.first.map(String.init) ?? ""
        guard !webmailHosts.contains(hostName) else { return at.first?.isWhitespace == true && proseWords.contains(lowered) }
        // A role's words joined ("fraud.prevention", "phishing-report", "customer_service", "reportphishing").
        let words = lowered.split(whereSeparator: { ".-_+".contains($0) }).map(String.init)
        // A service number's mailbox (`95588@icbc.com.cn`, `12321@12321.cn`, `10086@…`): a bank's, a hotline's.
        let isServiceNumber = lowered.allSatisfy(\.isASCII) && lowered.allSatisfy(\.isNumber) && lowered.count == 5
            && ["95", "96", "12", "10"].contains(where: lowered.hasPrefix)
        return isServiceNumber || roleAccounts.contains(lowered) || words.contains(where: roleAccounts.contains)
            || ["phishing", "fraud", "scam", "enquir", "customerservice", "customercare"].contains(where: lowered.contains)
            || labels.dropLast().contains { ["gov", "police", "mil"].contains($0) } || labels.last.map { ["gov", "mil"].contains($0) } == true
            || (at.first?.isWhitespace == true && proseWords.contains(lowered))
            // An image's name at a scale (`chat@2x.png`, `refund@3x.webp`): no top-level domain is an image's extension.
            || labels.count > 1 && labels.last.map { ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff", "heic", "ico"].contains($0) } == true
    }

    /// Labels written right before a number without a space ("Tel13800138000", "ID11010519…"): the
    /// number is not the end of a longer code then.
    private static let labels: Set<String> = ["tel", "phone", "mobile", "mob", "cell", "call", "id", "idno", "no", "card", "cardno", "num",
                                              "number", "acct", "account", "wechat", "wx", "vx", "qq", "contact", "sms", "fax", "victim",
                                              // Account names built on a phone number: wxid_139…, alipay139…
                                              "wxid", "weixin", "alipay", "zhifubao", "zfb", "douyin"]

    /// True when the number or address at `start` of `scalars` does not continue a longer token on
    /// its left: digits, letters (but a label such as "Tel"), a mask. An address may follow "_" or
    /// "*": emphasis marks, not part of it.
    private static func boundedBefore(_ scalars: [Unicode.Scalar], _ start: Int, isEmail: Bool) -> Bool {
        guard start > 0 else { return true }
        let previous = scalars[start - 1]
        if isEmail {
            // A masked address (`zh****88@qq.com`): the stars stand inside a word.
            if previous == "*" {
                var before = start - 1
                while before > 0, scalars[before - 1] == "*" { before -= 1 }
                if before > 0, scalars[before - 1].isASCII, scalars[before - 1].properties.isAlphabetic || Self.digit(scalars[before - 1]) != nil { return false }
            }
            // An address that starts with a sign (`+li@qq.com`) is printed whole all the same.
            return !(previous.isASCII && (previous.properties.isAlphabetic || previous.properties.numericType != nil))
        }
        if previous.properties.numericType == .decimal || previous == "_" || previous == "*" { return false }
        guard previous.isASCII, previous.properties.isAlphabetic else { return true }
        var first = start - 1
        while first > 0, scalars[first - 1].isASCII, scalars[first - 1].properties.isAlphabetic { first -= 1 }
        let letters = scalars[first..<start]
        // A user name built on the number (`zhong13800138419`, `Zhong_Li1380…`) has a lower-case
        // letter; a courier's or a bank's code does not (`SF1380…`, `YT…`).
        return labels.contains(String(String.UnicodeScalarView(letters)).lowercased()) || letters.contains { $0.properties.isLowercase }
    }

    /// Words that introduce a number that is not personal data, directly before it ("order no. 2023…", "运单号：YT…").
    private static let exemptIntroduction = SharedRegex { /(?i)(?:\b(?:order|tracking|waybill|parcel|case|reference|ref\.?|invoice|transaction|payment|refund|claim|policy|contract|receipt|voucher|ticket|application|incident|warrant|document|complaint|trace|batch)\s*(?:no\.?|number|num\.?|id|#)|\b(?:payment|case)\s+ref(?:erence|\.)?|\b(?:order|waybill|invoice|ref\.)\s*:?|\btransaction\s+ref(?:erence|\.)?|\b(?:hotline|helpline|(?:whatsapp|telegram)\s+bot)(?:\s+(?:number|no\.?))?(?:\s+(?:at|on|is))?|(?:热线|专线)(?:[（(]手机[）)])?(?:电话|号码|手机)?(?:是|为)?|(?:熱線|專線)(?:[（(]手機[）)])?(?:電話|號碼|手機)?(?:是|為)?|值班(?:手机|电话|手機|電話)|订单号?|单号|运单号?|快递单号?|编号|流水号|案件编号|案号|交易号|参考号|凭证号|憑證號|合同号|合同號|批次号|文号|回执号|发票号|回执编号|\butr|统一社会信用代码|社会信用代码|信用代码|\b(?:police\s+)?report\s*(?:no\.?|number|#)|\b(?:unified\s+social\s+)?credit\s+code|\bimei|\b(?:complaint|claim|booking|order|payment|transaction)\s+reference(?:\s+was)?|\bcrime\s+ref(?:erence|\.)?|\bCRN|\blog\s*(?:no\.?|number)|\bquoting(?:\s+(?:crime\s+)?(?:reference|ref\.?|log))?(?:\s+(?:no\.?|number))?|注册号|註冊號|营业执照号|營業執照號|\b(?:company\s+)?registration\s*(?:no\.?|number))(?:码)?[”"'’」』]?\s*(?:是|为|為|is)?\s*[:：#.,，\-–—]?\s*$/ }
    /// A case's own number, or a company's old registration number (`工商注册号420100000123456`), which
    /// may pass an ID's check by chance (`案件编号420106202606100127`): the introductions that let a number of an ID's form through.
    private static let caseNumberIntroduction = SharedRegex {
        /(?i)(?:案件编号|案件編號|案号|案號|立案编号|报案回执(?:编号|号)?|回执编号|\b(?:police\s+)?case\s*(?:no\.?|number|reference|ref\.?|#)|\bpolice\s+ref(?:erence|\.)?(?:\s*(?:no\.?|number))?|\(case|(?:工商|营业执照|營業執照)?注册号|(?:工商|營業執照)?註冊號|\bcompany\s+registration\s*(?:no\.?|number))\s*(?:是|为|為|is)?\s*[:：#.]?\s*[A-Z]{0,2}$/
    }
    /// A person's thing named right before the introduction, which makes it no order number ("身份证编号", "ID card number").
    /// Anywhere in the words before it: "her phone, order no.", "受害人热线", "她的储蓄卡编号"; and "in
    /// order" (an idiom, no order number). ("Her Taobao order" is still an order.)
    /// "her payment ID", "his claim reference no.": a possessive a word or two before the label.
    private static let possessive = SharedRegex { /(?i)\b(?:her|his|my|their)\s+(?:[a-z]+\s+){0,2}$/ }
    /// "她的理赔编号", "其退款单号": a possessive before a dealing of the person's own (not 订单: her order is the shop's).
    private static let chinesePossessive = SharedRegex { /(?:她的|他的|其|本人的?)\s*(?:理赔|退款|保单|保险|合同|借款|贷款|交易|支付|付款|申请|回执)\s*$/ }
    /// For a case number: "the victim's case number", "受害人的案件编号" are still the police's; an ID card named in its sentence is not.
    private static let identityContext = SharedRegex { /(?i)身份证|身份證|证件|證件|\b(?:identity|ID)\s+card|\bID\s+(?:no\.?|number)/ }
    private static let personalContext = SharedRegex {
        /(?i)(?:身份证|证件|手机|电话|(?:银行|储蓄|信用|借记)卡|卡号|账户|帐户|账号|帐号|受害人|被害人|事主|失主|会员|(?:identity|ID|bank|credit|debit|her|his|my|their)\s+card|card\s+number|phone|mobile|account|victim|contact|\bin\s+$)/
    }

    /// Digits read by `mayFind` in groups that separators join, counted as `numbers` can read them
    /// as one number (in any grouping, "1 3 8 0 0 …" too).
    struct DigitRun {
        /// Digits since the last group of one or two that a separator ended: `numbers` reads a number
        /// of several groups with three digits or more in each but its last (and a country code
        /// before, which the 11 digits after it do not need).
        var grouped = 0
        /// Digits since the last "/" or ".": a chain of short groups is one number only without them.
        var chained = 0
        /// Digits since the last separator.
        var group = 0
        /// The digits of the group the last separator ended: a weak one after a space ("139 | 7185") joins it.
        var ended = 0

        /// Counts a digit; true once the run may hold a number of 11 digits.
        mutating func digit() -> Bool {
            grouped += 1
            chained += 1
            group += 1
            return grouped >= 11 || chained >= 11
        }

        /// A separator; `slashOrDot`: a "/" or ".", which dated paths, IP addresses and versions are written with.
        mutating func separator(slashOrDot: Bool = false) {
            if group > 0, group < 3 { grouped = 0 }
            if slashOrDot { chained = 0 }
            if group > 0 { ended = group }
            group = 0
        }

        /// One of `weakSeparators`: it joins groups of a number's usual grouping only (3, 4, 6 or 8
        /// digits before it), so that times and lists ("2024-03-01 13:45") end the run. A chain of
        /// short groups is joined by separators only.
        mutating func weakSeparator() {
            let size = group > 0 ? group : ended
            // Right after another separator ("139 |" then "| 7185", a table's column): nothing to join or end.
            if size == 0 { return }
            if [3, 4, 6, 8].contains(size) {
                group = 0
                ended = 0
                chained = 0
            } else {
                reset()
            }
        }

        mutating func reset() { self = DigitRun() }
    }

    /// Where the scalars from `index` that read, narrowed, as `at)`, `a)`, `at]` or `at】` (any case,
    /// any width) end, and whether they were the short `a`, which counts before a webmail host only.
    private static func spelledAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (end: Int, short: Bool)? {
        var position = index
        var short = false
        for expected in ["a", "t", ")"] as [Unicode.Scalar] {
            guard position < bytes.count, let (scalar, length) = scalar(bytes, at: position) else { return nil }
            let read = scalar.narrowed
            let folded = read.isASCII && (0x41...0x5A).contains(read.value) ? Unicode.Scalar(read.value | 0x20) ?? read : read
            let closes = folded == ")" || folded == "]" || folded == "\u{3011}"
            if expected == "t", closes {
                short = true
            } else {
                guard folded == expected || (expected == ")" && closes) else { return nil }
            }
            position += length
            if short { break }
        }
        return (position, short)
    }

    /// Whether an address spelt out with a bracketed "at" (`(at)`, `［at］`, `【at】`) starts after
    /// `index`, or one with a short `(a)` before a webmail host.
    private static func spellsAtAhead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard let (end, short) = spelledAt(bytes, index) else { return false }
        return !short || webmailHostAhead(bytes, end)
    }

    /// Webmail hosts a victim's address is likely at: spelt out or cut short ("li at qq.com",
    /// "li@163", "li艾特qq点com"), an address there is still one.
    static let webmailHosts = ["qq", "163", "126", "yeah", "sina", "sohu", "foxmail", "aliyun", "139", "189", "gmail", "googlemail",
                               "outlook", "hotmail", "live", "yahoo", "icloud", "proton", "protonmail"]

    /// The scalar that starts at `index`, and its length in bytes.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Whether a webmail host (`webmailHosts`, any case) starts at `index`, after white space of
    /// any kind, invisible characters, Markdown's marks and HTML tags on the line, which `readable`
    /// reads past.
    private static func webmailHostAhead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || (0x09...0x0D).contains(byte) || "*_`~\\".utf8.contains(byte) {
                position += 1
            } else if byte == UInt8(ascii: "<"), let close = bytes[position...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == 0x0A }),
                      bytes[close] == UInt8(ascii: ">") {
                position = close + 1
            } else if byte >= 0x80, let (scalar, length) = scalar(bytes, at: position), scalar.properties.isWhitespace || isInvisible(scalar) {
                position += length
            } else {
                break
            }
        }
        return webmailHosts.contains { host in
            position + host.utf8.count <= bytes.count && zip(host.utf8, bytes[position...]).allSatisfy { $0 == $1 | 0x20 || $0 == $1 }
        }
    }

    /// Whether "at" (any case) between white space of any kind starts at `index`, followed by a
    /// webmail host: "li at qq.com".
    private static func spellsWebmailAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "a"), bytes[index + 1] | 0x20 == UInt8(ascii: "t"),
              let (after, _) = scalar(bytes, at: index + 2), after.properties.isWhitespace else { return false }
        // White space before: one byte, or a scalar of two or three (no-break and ideographic spaces).
        let spaceBefore = (1...3).contains { length in
            index >= length && scalar(bytes, at: index - length).map { $0.1 == length && $0.0.properties.isWhitespace } ?? false
        }
        return spaceBefore && webmailHostAhead(bytes, index + 2)
    }

    /// Where the `webmail` pattern can match, found on bytes: around each "@" (or several), "＠",
    /// "(at)", "[@]", "{at}" and the like, "#", "＃", a star, "艾特", or "at" between white space that
    /// a webmail host (`webmailHosts`, any case) follows. A window holds the 128 bytes before the
    /// sign, where an address's name (64 characters at most) and the space before the sign are, and
    /// the 64 after it; windows that meet are joined. Tried from every position of a long paragraph,
    /// the pattern took seconds a megabyte.
    static func webmailWindows(_ line: String) -> [Range<String.Index>] {
        var line = line
        let signs: [Int] = line.withUTF8 { bytes in
            var signs: [Int] = []
            func isAt(_ index: Int) -> Bool {
                index + 1 < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "a") && bytes[index + 1] | 0x20 == UInt8(ascii: "t")
            }
            var index = 0
            while index < bytes.count {
                var end: Int?
                switch bytes[index] {
                case UInt8(ascii: "@"):
                    var position = index
                    while position < bytes.count, bytes[position] == UInt8(ascii: "@") { position += 1 }
                    end = position
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    let inner = isAt(index + 1) ? index + 3 : index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "@")
                        || bytes[index + 1] | 0x20 == UInt8(ascii: "a")) ? index + 2 : nil
                    if let inner, inner < bytes.count, [UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[inner]) { end = inner + 1 }
                    // "li (at qq.com)": the bracket closes after the host.
                    if isAt(index + 1), index + 3 < bytes.count, bytes[index + 3] == 0x20 { end = index + 4 }
                case UInt8(ascii: "#"):
                    end = index + 1
                case 0xE2:  // ★ ☆
                    if index + 2 < bytes.count, bytes[index + 1] == 0x98, bytes[index + 2] == 0x85 || bytes[index + 2] == 0x86 { end = index + 3 }
                case 0xE3:  // 【at】, 【a】, 【@】
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x90 {
                        if let (close, _) = spelledAt(bytes, index + 3) {
                            end = close
                        } else if index + 6 < bytes.count, bytes[index + 3] == UInt8(ascii: "@"), bytes[index + 4] == 0xE3, bytes[index + 5] == 0x80,
                                  bytes[index + 6] == 0x91 {
                            end = index + 7
                        }
                    }
                case UInt8(ascii: "a"), UInt8(ascii: "A"):
                    if spellsWebmailAt(bytes, index) { signs.append(index) }
                case 0xEF:  // ＠, ＃
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0xA0 || bytes[index + 2] == 0x83 { end = index + 3 }
                case 0xE8, 0xE5:  // 艾特, 小老鼠, 圈a
                    end = chineseAt(bytes, index)
                default:
                    break
                }
                if let end, webmailHostAhead(bytes, end) { signs.append(index) }
                index += 1
            }
            return signs
        }
        return windows(around: signs, in: line, after: 64)
    }

    /// The parts of `line` from 128 bytes before each of `signs` (byte offsets, ascending) to `after`
    /// bytes after it, each widened to whole characters; windows that meet are joined. An address's
    /// name (64 characters at most) and the space before its "@" fit before.
    static func windows(around signs: [Int], in line: String, after: Int) -> [Range<String.Index>] {
        let utf8 = line.utf8
        var windows: [Range<String.Index>] = []
        for sign in signs {
            var from = utf8.index(utf8.startIndex, offsetBy: max(0, sign - 128))
            while from > utf8.startIndex, UTF8.isContinuation(utf8[from]) { utf8.formIndex(before: &from) }
            var to = utf8.index(utf8.startIndex, offsetBy: min(utf8.count, sign + after))
            while to < utf8.endIndex, UTF8.isContinuation(utf8[to]) { utf8.formIndex(after: &to) }
            if let last = windows.last, last.upperBound >= from { windows[windows.count - 1] = last.lowerBound..<to } else { windows.append(from..<to) }
        }
        return windows
    }

    /// Where "@" said in Chinese that starts at `index` ends: 艾特, 小老鼠 ("little mouse") or 圈a / 圈圈a
    /// ("a in a circle", any case).
    static func chineseAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        func byte(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch (byte(0), byte(1), byte(2)) {
        case (0xE8, 0x89, 0xBE):  // 艾特
            return byte(3) == 0xE7 && byte(4) == 0x89 && byte(5) == 0xB9 ? index + 6 : nil
        case (0xE5, 0xB0, 0x8F):  // 小老鼠
            return byte(3) == 0xE8 && byte(4) == 0x80 && byte(5) == 0x81 && byte(6) == 0xE9 && byte(7) == 0xBC && byte(8) == 0xA0 ? index + 9 : nil
        case (0xE5, 0x9C, 0x88):  // 圈, 圈圈
            let letter = byte(3) == 0xE5 && byte(4) == 0x9C && byte(5) == 0x88 ? 6 : 3
            return byte(letter) | 0x20 == UInt8(ascii: "a") ? index + letter + 1 : nil
        default:
            return nil
        }
    }

    /// Whether `(at)` or `[at]` (any case) starts at `index`.
    private static func spellsAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 3 < bytes.count && bytes[index + 1] | 0x20 == UInt8(ascii: "a") && bytes[index + 2] | 0x20 == UInt8(ascii: "t")
            && (bytes[index + 3] == UInt8(ascii: ")") || bytes[index + 3] == UInt8(ascii: "]"))
    }

    /// Whether `scan` may find anything in some line of `text`: whether it holds an "@" (or `(at)`,
    /// `[at]`, in any width), a run of 11 digits (of any script, or %-escaped) in groups `numbers`
    /// could join, or eleven Chinese numerals or enclosed digits in a row. Read as bytes: a whole
    /// file is tested first, and only the lines of a file that passes are scanned. It may pass a
    /// text `scan` finds nothing in, never the other way round.
    static func mayFind(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = DigitRun()
            var chineseNumerals = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // White space, a hyphen and a comma may stand between the groups of numerals spelt out.
                if byte < 0x80, byte != 0x20, byte != UInt8(ascii: ","), byte != UInt8(ascii: "-") { chineseNumerals = 0 }
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if run.digit() { return true }
                case UInt8(ascii: "@"): return true
                // A character reference (`&#49;`, `&commat;`) may hide a digit or an "@".
                case UInt8(ascii: "&") where index + 1 < bytes.count
                    && (bytes[index + 1] == UInt8(ascii: "#") || (0x61...0x7A).contains(bytes[index + 1] | 0x20)): return true
                // An address spelt out: "name (at) qq.com", "name[at]qq.com". (A `where` binds to the
                // last pattern of a case only: one case each.)
                case UInt8(ascii: "(") where spellsAtAhead(bytes, index + 1), UInt8(ascii: "[") where spellsAtAhead(bytes, index + 1):
                    return true
                // "li (at qq.com)": the bracket closes after a webmail host.
                case UInt8(ascii: "(") where index + 3 < bytes.count && bytes[index + 1] | 0x20 == UInt8(ascii: "a") && bytes[index + 2] | 0x20 == UInt8(ascii: "t")
                    && bytes[index + 3] == 0x20 && webmailHostAhead(bytes, index + 4):
                    return true
                // "li#qq.com", as addresses are written to keep them from robots.
                case UInt8(ascii: "#") where webmailHostAhead(bytes, index + 1): return true
                // "@" escaped twice (%2540).
                case UInt8(ascii: "%") where index + 4 < bytes.count && bytes[index + 1] == UInt8(ascii: "2") && bytes[index + 2] == UInt8(ascii: "5")
                    && bytes[index + 3] == UInt8(ascii: "4") && bytes[index + 4] == UInt8(ascii: "0"):
                    return true
                // A digit, "@" or "." written as a URL's %-escape (%31, %40, %2E).
                case UInt8(ascii: "%") where index + 2 < bytes.count && (bytes[index + 1] == UInt8(ascii: "3") && (0x30...0x39).contains(bytes[index + 2])
                    || bytes[index + 1] == UInt8(ascii: "4") && bytes[index + 2] == UInt8(ascii: "0")
                    || bytes[index + 1] == UInt8(ascii: "2") && bytes[index + 2] | 0x20 == UInt8(ascii: "e")):
                    if bytes[index + 1] == UInt8(ascii: "4") { return true }
                    if bytes[index + 1] == UInt8(ascii: "2") { run.separator(slashOrDot: true) } else if run.digit() { return true }
                    index += 3
                    continue
                // "name at qq.com", "name {at} qq": an address at a webmail host, spelt out.
                case UInt8(ascii: "a") where spellsWebmailAt(bytes, index), UInt8(ascii: "A") where spellsWebmailAt(bytes, index): return true
                // "{at}" or "{@}": an address spelt out.
                case UInt8(ascii: "{") where index + 2 < bytes.count && (bytes[index + 1] == UInt8(ascii: "@") || bytes[index + 1] | 0x20 == UInt8(ascii: "a")
                    && bytes[index + 2] | 0x20 == UInt8(ascii: "t")): return true
                case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"): run.separator()
                case UInt8(ascii: "."), UInt8(ascii: "/"): run.separator(slashOrDot: true)
                // Signs that join groups in a number's usual grouping only (`weakSeparators`): `numbers` decides.
                case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "|"), UInt8(ascii: "'"), UInt8(ascii: "\""),
                     UInt8(ascii: "#"), UInt8(ascii: "="): run.weakSeparator()
                // Marks and escapes `scan` reads past; an HTML tag or comment is skipped whole.
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "\\"): break
                // A tag or comment on one line is skipped; one that holds a digit or "@" passes the text:
                // `scan` reads tags too, and their digits may split a number `readable` joins
                // (`<victim@example.com>` is an autolink, whose address is published).
                case UInt8(ascii: "<"):
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    // A comment ends at `-->`, as `readable` reads it: a ">" inside it is the comment's.
                    let isComment = next == UInt8(ascii: "!") && index + 3 < bytes.count && bytes[index + 2] == UInt8(ascii: "-")
                        && bytes[index + 3] == UInt8(ascii: "-")
                    func commentEnd() -> Int? {
                        var position = index + 4
                        while position + 2 < bytes.count, bytes[position] != 0x0A {
                            if bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-"), bytes[position + 2] == UInt8(ascii: ">") {
                                return position + 2
                            }
                            position += 1
                        }
                        return nil
                    }
                    guard (0x61...0x7A).contains(next | 0x20) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!"),
                          let close = isComment ? commentEnd() : bytes[index...].firstIndex(where: { $0 == UInt8(ascii: ">") || $0 == 0x0A }),
                          bytes[close] == UInt8(ascii: ">") else {
                        run.reset()
                        break
                    }
                    if bytes[index..<close].contains(where: { (0x30...0x39).contains($0) || $0 == UInt8(ascii: "@") }) { return true }
                    index = close + 1
                    continue
                case 0x80...0xBF: break  // inside a scalar already looked at
                // A letter typed for a digit inside a number (l3852417796, 1592738461O): `lookalikeDigits`.
                case UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "B"), UInt8(ascii: "S"), UInt8(ascii: "Z"):
                    if run.group > 0 || (index + 1 < bytes.count && (0x30...0x39).contains(bytes[index + 1])) {
                        if run.digit() { return true }
                    } else {
                        run.reset()
                    }
                case 0x00..<0x80: run.reset()
                // Chinese characters (U+4E00–U+9FFF) end a run, without a look at their properties;
                // eleven numerals in a row (一三九一二三四五六七八) are a number spelt out.
                case 0xE4...0xE9:
                    if index + 2 < bytes.count, Self.isChineseNumeral(UInt32(byte) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])) {
                        chineseNumerals += 1
                        // Among digits too: 138零零13八319.
                        if chineseNumerals >= Self.spelledOutLength || run.digit() { return true }
                        index += 3
                        continue
                    }
                    // 艾特, 小老鼠, 圈a ("at"): an address spelt out in Chinese.
                    if byte == 0xE8 || byte == 0xE5, Self.chineseAt(bytes, index) != nil { return true }
                    chineseNumerals = 0
                    run.reset()
                default:
                    // A scalar of 2–4 bytes: a digit of any script counts; what `readable` reads past
                    // (white space, invisible characters, dashes, middle dots) keeps the run going.
                    guard let (scalar, length) = Self.scalar(bytes, at: index) else { return false }
                    let value = scalar.value
                    index += length
                    // Chinese punctuation (、。「」) and curly quotes end a run, without a look at their
                    // properties; 【】 may stand between groups of digits, and 〇 is a numeral.
                    if (0x3001...0x303F).contains(value) || (0x2018...0x201F).contains(value) {
                        if value == 0x3007 {
                            chineseNumerals += 1
                            if chineseNumerals >= Self.spelledOutLength || run.digit() { return true }
                        } else {
                            if value != 0x3001 { chineseNumerals = 0 }  // 、 may join groups of numerals
                            if value == 0x3010, Self.spellsAtAhead(bytes, index) { return true }
                            if value == 0x3010 || value == 0x3011 { run.separator() } else if value == 0x3002 || value == 0x301C { run.weakSeparator() } else { run.reset() }
                        }
                        continue
                    }
                    // Full-width ASCII (１, ＠, ，): read as its ASCII form, without a look at properties.
                    if (0xFF01...0xFF5E).contains(value) {
                        if value != 0xFF0C { chineseNumerals = 0 }
                        let ascii = UInt8(value - 0xFEE0)
                        switch ascii {
                        case UInt8(ascii: "0")...UInt8(ascii: "9"): if run.digit() { return true }
                        case UInt8(ascii: "l"), UInt8(ascii: "I"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "B"), UInt8(ascii: "S"), UInt8(ascii: "Z"):
                            if run.group > 0 { if run.digit() { return true } } else { run.reset() }
                        case UInt8(ascii: "@"): return true
                        case UInt8(ascii: "#") where Self.webmailHostAhead(bytes, index): return true
                        case UInt8(ascii: "("), UInt8(ascii: "["):
                            if Self.spellsAtAhead(bytes, index) { return true }
                            run.separator()
                        case UInt8(ascii: "-"), UInt8(ascii: ")"), UInt8(ascii: "]"): run.separator()
                        case UInt8(ascii: "."), UInt8(ascii: "/"): run.separator(slashOrDot: true)
                        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "~"), UInt8(ascii: "|"): run.weakSeparator()
                        default: run.reset()
                        }
                        continue
                    }
                    if Self.enclosedDigit(scalar) != nil || value == 0x25CB {  // ①, among digits too (⑴⑶⑻0013…); ○ for 〇
                        chineseNumerals += 1
                        if chineseNumerals >= Self.spelledOutLength || run.digit() { return true }
                        continue
                    }
                    // A circled a, an envelope or an e-mail sign for an address's "@" (liⓐqq.com, li📧qq.com).
                    if value == 0x24D0 || value == 0x24B6 || value == 0x1F4E7 || value == 0x2709 { return true }
                    // A full-width bracket may open an address spelt out: （at）; a star may stand for its "@".
                    if value == 0x2605 || value == 0x2606, Self.webmailHostAhead(bytes, index) { return true }
                    let narrowed = scalar.narrowed
                    if narrowed == "(" || narrowed == "[", Self.spellsAtAhead(bytes, index) { return true }
                    let invisible = Self.isInvisible(scalar)
                    if !invisible { chineseNumerals = 0 }
                    if Self.digit(scalar) != nil || (run.group > 0 && Self.lookalikeDigit(scalar) != nil) {
                        if run.digit() { return true }
                    } else if narrowed == "@" || scalar == "\u{FE6B}" || scalar == "\u{00A9}" {
                        return true
                    } else if Self.dashes.contains(scalar) || Self.isSeparator(narrowed) {
                        run.separator(slashOrDot: narrowed == "." || narrowed == "/")
                    } else if !invisible {
                        run.reset()
                    }
                    continue
                }
                index += 1
            }
            return false
        }
    }

    /// Chinese numerals that spell digits one by one (〇一二…九, 零; 幺, the "one" read out in phone
    /// numbers; the banker's 壹贰叁…玖, also in Traditional characters), in UTF-8 (three bytes each):
    /// a run of `spelledOutLength` of them is a number, as a phone number is read out.
    static let chineseDigits: [Character: Unicode.Scalar] = [
        "〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9",
        "幺": "1", "壹": "1", "贰": "2", "貳": "2", "叁": "3", "參": "3", "肆": "4", "伍": "5", "陆": "6", "陸": "6", "柒": "7",
        "捌": "8", "玖": "9", "叄": "3",
        // Police radio's digits (洞 0, 两 2, 拐 7, 勾 9), and ○, which input methods offer for 〇.
        "洞": "0", "两": "2", "拐": "7", "勾": "9", "○": "0",
    ]
    static let spelledOutLength = 11
    /// Whether three UTF-8 bytes are one of `chineseDigits` but 〇: a few comparisons for each
    /// Chinese character `mayFind` passes (a set would hash every one).
    static func isChineseNumeral(_ bytes: UInt32) -> Bool {
        switch bytes {
        case 0xE4_B8_80, 0xE4_BA_8C, 0xE4_B8_89, 0xE5_9B_9B, 0xE4_BA_94, 0xE5_85_AD, 0xE4_B8_83, 0xE5_85_AB, 0xE4_B9_9D, 0xE9_9B_B6,
             0xE5_B9_BA, 0xE5_A3_B9, 0xE8_B4_B0, 0xE8_B2_B3, 0xE5_8F_81, 0xE5_8F_83, 0xE8_82_86, 0xE4_BC_8D, 0xE9_99_86, 0xE9_99_B8,
             0xE6_9F_92, 0xE6_8D_8C, 0xE7_8E_96, 0xE5_8F_84, 0xE6_B4_9E, 0xE4_B8_A4, 0xE6_8B_90, 0xE5_8B_BE: true
        default: false
        }
    }

    /// Characters that are not seen, or seen only on the character before them: a number with
    /// them inside is still the number. Format characters (soft hyphen, zero-width and direction
    /// marks, bidi isolates, U+2062), the combining grapheme joiner, variation selectors, blank
    /// fillers (Hangul U+3164 and U+FFA0, the Braille blank U+2800), and combining and enclosing
    /// marks (`1̃`, the keycap of `1️⃣`).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x034F, 0x115F, 0x1160, 0x180B...0x180F, 0x2800, 0x3164, 0xFE00...0xFE0F, 0xFFA0, 0xE0100...0xE01EF: return true
        case 0x0300...0x036F, 0x20D0...0x20FF: return true
        default:
            switch scalar.properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// The ASCII digit a decimal digit of any script stands for (１, 𝟏, ١), or a superscript or
    /// subscript digit (¹, ₁).
    static func digit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII { return ("0"..."9").contains(scalar) ? scalar : nil }
        let isScript = scalar.value == 0xB2 || scalar.value == 0xB3 || scalar.value == 0xB9 || (0x2070...0x2089).contains(scalar.value)
        guard scalar.properties.numericType == .decimal || isScript, let value = scalar.properties.numericValue, (0...9).contains(value)
        else { return nil }
        return Unicode.Scalar(UInt8(0x30 + Int(value)))
    }

    /// The digit an enclosed digit stands for (①, ⑴, ⒈, ❶): a list's marker alone ("①13800138000"
    /// is item one), a number in a run of `spelledOutLength`.
    static func enclosedDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // ⑴…⑼ and ⒈…⒐, which Unicode counts as numbers of their own.
        if (0x2474...0x247C).contains(scalar.value) { return Unicode.Scalar(UInt8(0x31 + scalar.value - 0x2474)) }
        if (0x2488...0x2490).contains(scalar.value) { return Unicode.Scalar(UInt8(0x31 + scalar.value - 0x2488)) }
        guard scalar.properties.numericType == .digit, digit(scalar) == nil, let value = scalar.properties.numericValue, (0...9).contains(value)
        else { return nil }
        return Unicode.Scalar(UInt8(0x30 + Int(value)))
    }

    /// What may stand between the groups of digits of one number: spaces of any kind, dashes and
    /// dots, a slash, brackets (`(138) 0013 8000`, `[139]1234`), middle dots and bullets; signs,
    /// pictographs, arrows, box-drawing lines and ellipses typed between groups to slip a number past a
    /// filter (`139📞7185📞2406`, `139★7185★2406`, `139→7185→2406`, `139│7185│2406`). Not commas, 、,
    /// colons, plus or times signs: amounts are listed and added with them ("转账150、2000、3000元"); nor
    /// © (an address's "@" misread), ® or °.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "-", ".", "/", "(", ")", "[", "]", "·", "・", "･", "•", "\u{3000}", "【", "】", "…", "‥", "¦": return true
        case "©", "®", "°": return false
        default:
            if scalar.isASCII { return scalar.properties.isWhitespace }
            switch scalar.properties.generalCategory {
            case .otherSymbol: return true
            case .mathSymbol: return (0x2190...0x21FF).contains(scalar.value) || (0x27F0...0x27FF).contains(scalar.value) || (0x2900...0x297F).contains(scalar.value)
            default: return scalar.properties.isWhitespace
            }
        }
    }
    /// Commas that join groups of numerals spelt out, three or more on each side (`readable`).
    static let groupCommas: Set<Unicode.Scalar> = [",", "\u{FF0C}", "\u{3001}"]
    /// Dashes other than "-", as Chinese input methods and word processors type them, and the signs
    /// that look like a dash, a dot, a slash or a colon between digit groups (138ー1234ー5670, 0912‧345‧678,
    /// 138∶1234∶5671, 137⁄1234⁄5673): all read as "-".
    private static let dashes: Set<Unicode.Scalar> = [
        "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FE58}", "\u{2043}", "\u{02D7}",
        "\u{2796}", "\u{30FC}", "\u{FF70}", "\u{2500}", "\u{2501}", "\u{2027}", "\u{2024}", "\u{2219}", "\u{22C5}", "\u{2E31}", "\u{FE52}",
        "\u{FF61}", "\u{2044}", "\u{2215}", "\u{2236}", "\u{02D0}", "\u{A789}", "\u{FE55}",
        "\u{0387}", "\u{02D1}", "\u{29F8}", "\u{2758}", "\u{2223}", "\u{FFE8}", "\u{01C0}"]
    /// Named character references that can spell a number or an address.
    private static let namedReferences: [String: Character] = ["commat": "@", "period": ".", "hyphen": "-", "dash": "-", "minus": "-",
                                                               "nbsp": " ", "num": "#"]

    /// The line as a reader sees it, and for each of its scalars the 0-based column (character) it
    /// came from: character references decoded (`&#49;` is "1"), invisible characters, HTML tags and
    /// comments (never published) and Markdown's backslash escapes left out, emphasis and code marks
    /// beside a digit (`1381234**5678**`) too, every dash read as "-", full-width forms (１３８, ＠,
    /// Ｘ, －) and digits of other scripts (𝟏) as ASCII. Text published as it is (`markup: false`: a
    /// title, or a page's text after Markdown) keeps its tags, references and backslashes, which are
    /// printed.
    static func readable(_ line: String, markup: Bool = true) -> (text: String, columns: [Int]) {
        var text = String.UnicodeScalarView()
        var columns: [Int] = []
        let characters = Array(line)
        // Columns count Unicode scalars, as every diagnostic's do: where each character starts.
        var starts: [Int] = [0]
        for character in characters { starts.append((starts.last ?? 0) + character.unicodeScalars.count) }
        // Runs of eleven Chinese numerals or enclosed digits are numbers spelt out (一三九一二三四五六七八),
        // digits among them too (138零零13八319) when two or more are spelt.
        func spelled(_ character: Character) -> Unicode.Scalar? {
            Self.chineseDigits[character] ?? character.unicodeScalars.first.flatMap(Self.enclosedDigit)
        }
        func digitOrSpelled(_ character: Character) -> Bool {
            spelled(character) != nil || (character.unicodeScalars.count == 1 && character.unicodeScalars.first.flatMap(Self.digit) != nil)
        }
        var spelledOut: [Bool] = []
        if characters.count >= Self.spelledOutLength, characters.contains(where: { !$0.isASCII }) {
            spelledOut = Array(repeating: false, count: characters.count)
            // A run: numerals, digits and the separators of a number's groups between them, as a
            // number is written out ("幺三八 零零幺三 八零零零").
            var numerals: [Int] = []
            var separators = 0
            // The numerals since the last separator: a comma or 、 joins groups of three or more only
            // ("一三九，七一八五，二四零六"), as a number's groups are read out; "一、二、三" is a list.
            var group = 0
            func endRun() {
                // Two spelled at least: one enclosed digit before a number is a list's marker (①13800138000).
                let spelledPositions = numerals.filter { spelled(characters[$0]) != nil }
                // "139○○○○5678": a block of circles with digits on both sides is a mask, not zeros.
                let circlesMask = spelledPositions.count >= 3 && spelledPositions.allSatisfy { characters[$0] == "〇" || characters[$0] == "○" }
                    && spelledPositions.last.map { $0 - (spelledPositions.first ?? 0) + 1 == spelledPositions.count } == true
                    && numerals.first.map { $0 < (spelledPositions.first ?? 0) } == true && numerals.last.map { $0 > (spelledPositions.last ?? 0) } == true
                if numerals.count >= Self.spelledOutLength, spelledPositions.count >= 2, !circlesMask {
                    for position in numerals { spelledOut[position] = true }
                }
                numerals.removeAll(keepingCapacity: true)
            }
            for (position, character) in characters.enumerated() {
                if digitOrSpelled(character) {
                    numerals.append(position)
                    separators = 0
                    group += 1
                } else if !numerals.isEmpty, separators < Self.separatorsBetweenGroups, character.unicodeScalars.count == 1,
                          let scalar = character.unicodeScalars.first,
                          Self.isSeparator(scalar) || Self.dashes.contains(scalar) || (group >= 3 && Self.groupCommas.contains(scalar)) {
                    separators += 1
                    group = 0
                } else {
                    endRun()
                    separators = 0
                    group = 0
                }
            }
            endRun()
        }
        let lookalikes = Self.lookalikeDigits(characters)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if let digit = lookalikes[index] {
                text.append(digit)
                columns.append(starts[index])
                index += 1
                continue
            }
            if !spelledOut.isEmpty, spelledOut[index], let digit = spelled(character) ?? character.unicodeScalars.first.flatMap(Self.digit) {
                text.append(digit)
                columns.append(starts[index])
                index += 1
                continue
            }
            // A URL's %-escape of a digit, "@" or "." (`?email=li%40qq.com`, `%31%33%39…`), or one escaped
            // again (`li%2540qq.com`, which a link's target decodes once).
            let twice = index + 4 < characters.count && characters[index + 1] == "2" && characters[index + 2] == "5"
            let hex = twice ? index + 3 : index + 1
            if markup, character == "%", hex + 1 < characters.count, characters[hex].isASCII, characters[hex + 1].isASCII,
               let high = characters[hex].hexDigitValue, let low = characters[hex + 1].hexDigitValue, case let value = high * 16 + low, (0x30...0x39).contains(value) || value == 0x40 || value == 0x2E {
                text.append(Unicode.Scalar(UInt8(value)))
                columns.append(starts[index])
                index = hex + 2
                continue
            }
            // A Chinese or full-width full stop inside a domain (`qq。com`) is its dot.
            if "。．｡".contains(character), text.last.map({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) == true,
               index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isLetter {
                text.append(".")
                columns.append(starts[index])
                index += 1
                continue
            }
            if markup, character == "&", let (decoded, length) = Self.reference(characters, at: index) {
                text.append(decoded)
                columns.append(starts[index])
                index += length
                continue
            }
            if markup, character == "<", let length = Self.markup(characters, at: index) {
                index += length
                continue
            }
            if markup, character == "\\", index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isPunctuation
                || characters[index + 1].isSymbol {
                index += 1
                continue
            }
            if Self.marks.contains(character) {
                // Beside a digit, marks are emphasis or code around part of a number: never printed.
                // Stars after a letter are a mask (`zh****88@qq.com`), printed as they are.
                let end = characters[index...].firstIndex { !Self.marks.contains($0) } ?? characters.count
                let masks = character == "*" && text.last.map { $0.isASCII && $0.properties.isAlphabetic } == true
                if text.last.map({ $0.properties.numericType != nil }) == true || (!masks && end < characters.count && characters[end].isNumber) {
                    index = end
                    continue
                }
            }
            // "©" read by OCR for the "@" of an address (`wangli1986©163.com`), between letters or digits.
            if character == "\u{00A9}", text.last.map({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }) == true,
               index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isLetter || characters[index + 1].isNumber {
                text.append("@")
                columns.append(starts[index])
                index += 1
                continue
            }
            for scalar in character.unicodeScalars where !Self.isInvisible(scalar) {
                let read: Unicode.Scalar = Self.dashes.contains(scalar) ? "-" : scalar == "\u{FE6B}" ? "@" : Self.digit(scalar) ?? scalar.narrowed
                text.append(read)
                columns.append(starts[index])
            }
            index += 1
        }
        return (String(text), columns)
    }

    /// The digit a letter typed for one stands for: l and I for 1, O and o for 0, B for 8, S for 5, Z
    /// for 2, in their full-width forms too, and the Cyrillic and Greek letters that look the same
    /// (О, Ο, І, В, Ѕ, Ζ; З for 3, б for 6).
    static func lookalikeDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.narrowed {
        case "l", "I", "\u{0406}", "\u{0456}", "\u{0399}", "\u{04CF}": "1"
        case "O", "o", "\u{041E}", "\u{043E}", "\u{039F}", "\u{03BF}": "0"
        case "B", "\u{0412}", "\u{0392}": "8"
        case "S", "\u{0405}": "5"
        case "Z", "\u{0396}": "2"
        case "\u{0417}", "\u{0437}": "3"
        case "\u{0431}": "6"
        default: nil
        }
    }

    /// Letters typed for digits inside a number, to slip past filters or by OCR (`l3852417796`,
    /// `1592 7384 61O`, `13971B52406`, `420106198O03071237`, `139718524О6` with a Cyrillic О): see
    /// `lookalikeDigit`, by position. Only where the run, so read, stands alone and is a mainland mobile's eleven
    /// digits with at most three letters, or an ID's or a card's length with at most two.
    static func lookalikeDigits(_ characters: [Character]) -> [Int: Unicode.Scalar] {
        func lookalike(_ character: Character) -> Unicode.Scalar? {
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
            return Self.lookalikeDigit(scalar)
        }
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        guard characters.contains(where: { lookalike($0) != nil }), characters.count(where: { isDigit($0) }) >= 8 else { return [:] }
        var found: [Int: Unicode.Scalar] = [:]
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) || lookalike(characters[index]) != nil,
                  index == 0 || !(characters[index - 1].isASCII && (characters[index - 1].isLetter || characters[index - 1].isNumber)) else {
                index += 1
                continue
            }
            // The run: digits and lookalikes, single spaces or dashes between groups.
            var read: [(position: Int, digit: Unicode.Scalar, real: Bool)] = []
            var end = index
            while end < characters.count {
                let character = characters[end]
                if isDigit(character), let scalar = character.unicodeScalars.first {
                    read.append((end, scalar, true))
                } else if let digit = lookalike(character) {
                    read.append((end, digit, false))
                } else if (character == " " || character == "-"), end + 1 < characters.count,
                          isDigit(characters[end + 1]) || lookalike(characters[end + 1]) != nil, !read.isEmpty {
                    // A separator between groups.
                } else {
                    break
                }
                end += 1
            }
            // An ID's check character X may end the run.
            let checkX = read.count == 17 && end < characters.count && (characters[end] == "X" || characters[end] == "x")
            let standsAlone = checkX || end == characters.count || !(characters[end].isASCII && (characters[end].isLetter || characters[end].isNumber))
            let letters = read.count(where: { !$0.real })
            // A mobile with up to three letters; an ID (17 and its X, or 18) or a card (16–19) with up to two, inside
            // it (`440304199003071248B` is an ID and a word):
            // `numbers` then asks of each its check digit, as of any other.
            let mobile = read.count == 11 && letters <= 3 && read[0].digit == "1" && ("3"..."9").contains(read[1].digit)
            let interior = read.first?.real == true && (checkX || read.last?.real == true)
            let longer = (checkX || (16...19).contains(read.count)) && letters <= 2 && interior
            if standsAlone, letters > 0, mobile || longer {
                for entry in read where !entry.real { found[entry.position] = entry.digit }
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Markdown's emphasis, strike-through and code marks.
    private static let marks: Set<Character> = ["*", "_", "`", "~"]
    /// Whether the byte is a star, an underscore or a tilde, which may stand around an address's "@" (`li*@*qq.com`).
    private static func isMark(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") }

    /// The length of an HTML comment or tag at `start` (`<!-- -->`, `<span>`, `</b>`, `<br/>`), or nil:
    /// `<http://…>` and `<name@host>` are autolinks, whose text is published.
    private static func markup(_ characters: [Character], at start: Int) -> Int? {
        let rest = characters[(start + 1)...]
        if rest.starts(with: ["!", "-", "-"]) {
            var index = start + 4
            while index + 2 < characters.count {
                if characters[index] == "-", characters[index + 1] == "-", characters[index + 2] == ">" { return index + 3 - start }
                index += 1
            }
            return nil
        }
        var index = start + 1
        if index < characters.count, characters[index] == "/" { index += 1 }
        let name = index
        while index < characters.count, characters[index].isASCII, characters[index].isLetter || (index > name && characters[index].isNumber) {
            index += 1
        }
        guard index > name, index < characters.count, characters[index] == ">" || characters[index] == "/" || characters[index] == " " else {
            return nil
        }
        guard let close = characters[index...].firstIndex(where: { $0 == ">" || $0 == "<" }), characters[close] == ">" else { return nil }
        return close + 1 - start
    }

    /// A character reference at `start` (`&#49;`, `&#x31;`, `&commat;`): what it stands for and its length.
    private static func reference(_ characters: [Character], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let end = characters[start...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(characters[(start + 1)..<end])
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst(), radix: 10)
        } else {
            value = Self.namedReferences[body.lowercased()].flatMap { $0.unicodeScalars.first?.value }
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end - start + 1)
    }

    /// Personal data in one line of a file (`markup`: Markdown or HTML, whose tags are not
    /// printed), or in one paragraph of text published as it is.
    static func scan(_ line: String, markup: Bool = true) -> [Finding] {
        // Most lines hold no run of 11 digits and no "@": skip the rest for them.
        let main = Self.mayFind(in: line)
        // Hong Kong's and Taiwan's forms, shorter, and the rarer forms: a pre-check each.
        let regional = RegionalNumbers.forms(in: line)
        var more = MoreNumbers.forms(in: line)
        let address = Addresses.forms(in: line)
        let identities = Identities.forms(in: line)
        guard !regional.isEmpty || !more.isEmpty || main || !address.isEmpty || !identities.isEmpty else { return [] }
        // The text as printed, read once for every scan that needs it.
        let printed = !regional.isEmpty || !more.subtracting(.masks).isEmpty || main || !address.isEmpty || !identities.isEmpty ? Self.readable(line, markup: markup) : nil
        var findings = main ? fullScan(line, markup: markup, printed: printed) : []
        var others: [Finding] = []
        // Masks are read on the line as written; the rest on the text as printed.
        if more.contains(.masks) { others += MoreNumbers.weakMasks(in: line) }
        if more.contains(.maskAndTail) { others += MoreNumbers.toldMasks(in: line) }
        if let (readable, columns) = printed {
            // Where the main pre-check passes, the text as printed may hold a form the written
            // line hides (digits of other scripts, `&#49;`, marks between digits).
            if main { more.formUnion(MoreNumbers.forms(in: readable).subtracting(.masks)) }
            if !regional.isEmpty { others += RegionalNumbers.findings(in: readable, columns: columns, forms: regional) }
            others += MoreNumbers.findings(in: readable, columns: columns, forms: more)
            if !address.isEmpty { others += Addresses.findings(in: readable, columns: columns, forms: address) }
            if !identities.isEmpty { others += Identities.findings(in: readable, columns: columns, forms: identities) }
        }
        for finding in others where !findings.contains(where: { $0.column == finding.column
            || (!$0.value.isEmpty && ($0.value.hasSuffix(finding.value) || finding.value.hasSuffix($0.value))) }) {
            findings.append(finding)
        }
        return findings.sorted { $0.column < $1.column }
    }

    /// Whether `scan` may find anything in `text`: `mayFind`, or Hong Kong's and Taiwan's forms.
    static func mayFindAny(in text: String) -> Bool {
        mayFind(in: text) || RegionalNumbers.mayFind(in: text) || MoreNumbers.mayFind(in: text) || Addresses.mayFind(in: text) || !Identities.forms(in: text).isEmpty
    }

    /// `scan` without the pre-check, for the tests that compare the two; `printed` is `readable(line)` when
    /// the caller has it.
    static func fullScan(_ line: String, markup: Bool = true, printed: (text: String, columns: [Int])? = nil) -> [Finding] {
        let written = line
        let (readable, columns) = printed ?? Self.readable(line, markup: markup)
        let scalars = Array(readable.unicodeScalars)
        var findings: [Finding] = []
        var claimed: [Range<Int>] = []

        func add(_ kind: Finding.Kind, _ range: Range<Int>, _ masked: String) {
            guard kind == .residentID ? range.lowerBound == 0 || Self.digit(scalars[range.lowerBound - 1]) == nil
                                      : Self.boundedBefore(scalars, range.lowerBound, isEmail: kind == .email),
                  !claimed.contains(where: { $0.overlaps(range) }),
                  // Amounts: "1500 / 3000 / 280 yuan", "¥1500 3000 280" are no phone or card number.
                  kind == .email || kind == .residentID || !Self.isAmount(scalars, range),
                  // "weibo.cn/status/4800123456789019": a post's or a video's number, which passes Luhn one time in ten.
                  kind != .card || !Self.isURLPathSegment(scalars, range),
                  kind != .mobile || !Self.isTollFree(scalars, range),
                  kind != .mobile || !Self.isOfficialMobile(scalars, range),
                  // A valid resident ID (check digit, birth date) is one, whatever words come before it
                  // but a case's or an order's number, which is made of a district and a recent date
                  // (420106202611051235): one "born" before 2000 is a person's, whatever its label.
                  kind == .email || (kind == .residentID
                      ? !(Self.bornSince2000(scalars[range]) && (isCaseNumber(scalars, before: range.lowerBound) || isExempt(scalars, before: range.lowerBound)))
                      : !isExempt(scalars, before: range.lowerBound))
            else { return }
            claimed.append(range)
            let position = range.lowerBound
            let value = kind == .email
                ? String(String.UnicodeScalarView(scalars[range].filter { !$0.properties.isWhitespace })).lowercased()
                : String(String.UnicodeScalarView(scalars[range].compactMap { Self.digit($0) ?? (Self.lookalikesOfX.contains($0) ? "X" : nil) }))
            findings.append(Finding(kind: kind, column: (position < columns.count ? columns[position] : position) + 1, masked: masked, value: value))
        }

        // Numbers: runs of digit groups with a few separators between groups; every run of whole
        // groups is tried as an ID number, a card number and a mobile number, in that order.
        let candidates = Self.numbers(in: scalars)
        for kind in [Finding.Kind.residentID, .card, .mobile] {
            for candidate in candidates where candidate.kind == kind { add(kind, candidate.range, candidate.masked) }
        }
        // A number its words name as an ID, a bank card or a home phone is personal data even with
        // a digit mistyped (its check digit or Luhn sum wrong): 17 of an ID's 18 digits still tell
        // a birth date and a district. Only where a digit run of the right length follows the label.
        // Only around runs of nine digits or more: the patterns tried from every position of a long
        // paragraph took seconds a megabyte.
        for window in readable.utf8.count >= 12 ? Self.labelWindows(readable) : [] {
            for (kind, regex) in [(Finding.Kind.residentID, Self.labelledID), (.card, Self.labelledCard), (.card, Self.labelledAccount),
                                  (.landline, Self.labelledLandline)] {
                let matches = regex.with { readable[window].matches(of: $0).map { ($0.range, $0.1) } }
                for (label, number) in matches {
                    // "Order ID", "merchant ID": a shop's number, named by the word before "ID".
                    if kind == .residentID, readable[label].unicodeScalars.first.map({ $0 == "I" || $0 == "i" }) == true,
                       Self.shopsID.with({ readable[window.lowerBound..<label.lowerBound].contains($0) }) { continue }
                    // "座机", "landline", "can be reached at" name a person's phone only after a person
                    // ("李女士的座机", "Ms. Li can be reached at"); a police station's or a bank's is published.
                    if kind == .landline, Self.genericLandline.with({ readable[label].firstMatch(of: $0) != nil }) {
                        let before = readable[(readable.index(label.lowerBound, offsetBy: -24, limitedBy: window.lowerBound) ?? window.lowerBound)..<label.lowerBound]
                        guard Self.personBefore.with({ before.contains($0) }) else { continue }
                    }
                    let digits = number.filter { $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }
                    let lower = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: number.startIndex)
                    let upper = lower + number.unicodeScalars.count
                    let masked = switch kind {
                    case .residentID, .card: Self.masked(kind, digits)
                    default: String(number.prefix { !"- ).".contains($0) }.filter(\.isNumber)) + "-****" + String(digits.suffix(4))
                    }
                    let leftOff = (kind == .residentID && digits.count != 18 && !(digits.count == 15 && digits.allSatisfy(\.isNumber)))
                    // Named as an ID, an ID with its check digit wrong is no bank card, however its digits sum.
                    if kind == .residentID, let card = claimed.indices.first(where: { claimed[$0].overlaps(lower..<upper) && findings[$0].kind == .card }) {
                        claimed.remove(at: card)
                        findings.remove(at: card)
                    }
                    // As written, a labelled number is never an amount or an order number.
                    guard !claimed.contains(where: { $0.overlaps(lower..<upper) }) else { continue }
                    claimed.append(lower..<upper)
                    findings.append(Finding(kind: kind, column: (lower < columns.count ? columns[lower] : lower) + 1, masked: masked, value: digits.uppercased(),
                                            weakMask: leftOff))
                }
            }
        }
        // Looked for around each "@" only, within 64 characters before it and 256 after (RFC 5321's
        // limits): tried from every position of a line, the pattern walked whole runs of Chinese text.
        let line = readable
        var emails: [Range<String.Index>] = []
        var next = line.startIndex
        while let at = line[next...].firstIndex(of: "@") {
            defer { next = line.index(after: at) }
            // An address has a letter or digit before its "@" and a domain with a dot (or an IP
            // literal) after it: an "@user" mention or a run of "@"s is passed over without the pattern,
            // which would take a long time over a pasted chat log.
            guard at > line.startIndex, line[line.index(before: at)].isLetter || line[line.index(before: at)].isNumber
                    || "._%+-".contains(line[line.index(before: at)]) else { continue }
            let domain = line[line.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "[" }
            guard domain.hasPrefix("[") || domain.dropFirst().contains(".") else { continue }
            // The pattern runs on the word around the "@" only (its own characters, up to 64 before and
            // 256 after): run over a fixed window, it read every address near by again for each "@".
            var start = at
            for _ in 0..<64 {
                guard start > line.startIndex else { break }
                let previous = line.index(before: start)
                guard line[previous].isLetter || line[previous].isNumber || "._%+-".contains(line[previous]) else { break }
                start = previous
            }
            var end = line.index(after: at)
            for _ in 0..<256 {
                guard end < line.endIndex, line[end].isLetter || line[end].isNumber || ".-[]:".contains(line[end]) else { break }
                end = line.index(after: end)
            }
            if let match = Self.email.with({ regex in line[start..<end].matches(of: regex).map(\.range).first { $0.contains(at) } }) {
                emails.append(match)
            }
        }
        for match in emails where !Self.isUserInfo(line, match) {
            // "邮箱victim@example.org": the address is the ASCII run after the Chinese text.
            var range = match
            let local = line[match.lowerBound..<(line[match].firstIndex(of: "@") ?? match.upperBound)]
            if let last = local.lastIndex(where: { !$0.isASCII }), local.contains(where: \.isASCII) {
                let start = local.index(after: last)
                if start < local.endIndex, local[start...].allSatisfy({ $0.isASCII }) { range = start..<match.upperBound }
            }
            // "凡是以@qq.com结尾的邮件", "后缀是@icbc.com.cn", "用一个@163.com邮箱": a sentence naming a
            // domain, its last word a preposition, verb or measure word that no given name ends with
            // (an address may be all Chinese: 用户@qq.com, 刘向@163.com).
            // Also the second of two: "以@qq.com或@163.com结尾" (its local part read as "qq.com或").
            let chinese = String(local.reversed().prefix { !$0.isASCII })  // its Chinese end, last character first
            if !chinese.isEmpty, chinese.unicodeScalars.allSatisfy({ $0.properties.isIdeographic }),
               let last = chinese.first, chinese.count < local.count || "以是个個的用带帶从從自往给給到或及与與即像类類".contains(last)
                || ["冒充", "伪装成", "偽裝成", "仿冒", "假冒", "后缀", "後綴", "邮箱", "郵箱", "域名", "后缀为", "後綴為", "域名为", "域名為",
                    "均为", "均為", "都为", "都為"].contains(where: { local.hasSuffix($0) }),
               line[local.endIndex..<match.upperBound].allSatisfy(\.isASCII) { continue }
            let text = String(line[range])
            let at = text.firstIndex(of: "@").map { text[..<$0] } ?? ""
            guard !Self.isNoPersonsAddress(local: String(at), at: "@", host: String(text.split(separator: "@").last ?? "")) else { continue }
            let lower = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)
            let upper = lower + line.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
            add(.email, lower..<upper, "\(at.prefix(1))***@\(text.split(separator: "@").last ?? "")")
        }
        // An address in quotes (`"li"@qq.com`), with spaces around its "@" (`li @ qq.com`) or spelt
        // out (`li (at) qq.com`, `li[at]qq[dot]com`).
        var copy = line
        let spelled = copy.withUTF8 { bytes in
            bytes.indices.filter { index in
                ((bytes[index] == UInt8(ascii: "\"") || bytes[index] == 0x20) && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "@"))
                    || (bytes[index] == UInt8(ascii: "@") && index + 1 < bytes.count && bytes[index + 1] == 0x20)
                    || ((bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[")) && spellsAt(bytes, index))
                    || ((bytes[index] == 0xE8 || bytes[index] == 0xE5) && chineseAt(bytes, index) != nil)
                    // ⓐ, Ⓐ, ✉, 📧; "*@*", its first star maybe read past already
                    || (bytes[index] == 0xE2 && index + 2 < bytes.count
                        && [(0x93, 0x90), (0x92, 0xB6), (0x9C, 0x89)].contains { bytes[index + 1] == $0.0 && bytes[index + 2] == $0.1 })
                    || (bytes[index] == 0xF0 && index + 3 < bytes.count && bytes[index + 1] == 0x9F && bytes[index + 2] == 0x93 && bytes[index + 3] == 0xA7)
                    || (index + 1 < bytes.count && (Self.isMark(bytes[index]) && bytes[index + 1] == UInt8(ascii: "@")
                        || bytes[index] == UInt8(ascii: "@") && Self.isMark(bytes[index + 1])))
                    // 【at】
                    || (bytes[index] == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x90 && spelledAt(bytes, index + 3) != nil)
                    || ((bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[")) && index + 2 < bytes.count
                        && (bytes[index + 1] == UInt8(ascii: "@") || bytes[index + 1] == UInt8(ascii: "."))
                        && (bytes[index + 2] == UInt8(ascii: ")") || bytes[index + 2] == UInt8(ascii: "]")))
            }
        }
        for window in Self.windows(around: spelled, in: line, after: 256) {
            let matches = Self.spelledEmail.with { line[window].matches(of: $0).map { ($0.range, String($0.1 ?? $0.2 ?? ""), $0.3.map(String.init), String($0.4)) } }
            for (range, local, at, domain) in matches {
                let plain = Self.spelledDot.with { domain.replacing($0, with: ".") }
                // A plain "@" before a plain domain is `email`'s to find; a URL's user part (defanged
                // too: `hxxps://bank[.]com@evil[.]example`) is no address.
                if at == "@" && plain == domain || Self.isUserInfo(line, range) || Self.isNoPersonsAddress(local: local, at: at ?? "", host: plain) { continue }
                let lower = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)
                let upper = lower + line.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                add(.email, lower..<upper, "\(local.prefix(1))***@\(plain)")
            }
        }
        // At a webmail host, however written: the pattern runs only where a host follows an "@" or "at".
        for window in Self.webmailWindows(line) {
            let matches = Self.webmail.with { line[window].matches(of: $0).map { ($0.range, String($0.1), String($0.2), String($0.3), $0.4 != nil) } }
            // " at ", "#", a star and "(a)" stand for "@" only before a host with its ending ("li#qq.com", not "li#qq").
            let weakSigns: Set<String> = ["at", "#", "＃", "★", "☆", "(a)", "[a]", "【a】"]
            for (range, local, at, host, ended) in matches {
                if !ended {
                    let sign = at.trimmingCharacters(in: .whitespaces).lowercased()
                    // "2 cases @ 139 yuan", "shares @ 163 each": a price, not an address at 139.com.
                    let next = line[range.upperBound...].drop(while: \.isWhitespace).prefix(7).lowercased()
                    let earlier = line[(line.index(range.lowerBound, offsetBy: -20, limitedBy: line.startIndex) ?? line.startIndex)..<range.lowerBound]
                    if at.contains(where: \.isWhitespace), host.allSatisfy(\.isNumber),
                       local.allSatisfy(\.isNumber) || earlier.contains(where: \.isNumber)
                        || ["yuan", "each", "per", "a piece", "apiece", "dollar", "rmb", "hkd", "usd", "cny", "pound", "euro", "元", "块", "/"].contains(where: { next.hasPrefix($0) }) {
                        continue
                    }
                    // " at " without the host's ending after a name as addresses have ("zhangwei88 at
                    // gmail"), or where the words before speak of mail and the host ends the phrase
                    // ("her e-mail: wangfang at 163."); not after a word ("met at QQ", "3pm at Sina").
                    let endsPhrase = next.first.map { !$0.isLetter && !$0.isNumber } ?? true
                    let words = line[(line.index(range.lowerBound, offsetBy: -40, limitedBy: line.startIndex) ?? line.startIndex)..<range.lowerBound]
                    let addressLike = sign == "at" && local.count >= 4 && local.contains(where: \.isLetter)
                        && (local.contains { $0.isNumber || $0 == "." || $0 == "_" } && !host.allSatisfy(\.isNumber) || endsPhrase && Self.speaksOfMail(String(words)))
                    if weakSigns.contains(sign) && !addressLike { continue }
                }
                guard !Self.isUserInfo(line, range), !Self.isNoPersonsAddress(local: local, at: at, host: host) else { continue }
                let lower = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)
                let upper = lower + line.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                add(.email, lower..<upper, "\(local.prefix(1))***@\(host.lowercased())")
            }
        }
        // "li#whu.edu.cn（#换成@）": a sign the text itself says stands for "@", at any host.
        let signs = line.utf8.contains(UInt8(ascii: "@")) && ["换成@", "换为@", "改成@", "改为@", "替换成@", "替换为@", "with @", "with \"@\""].contains(where: { line.contains($0) })
            ? copy.withUTF8 { bytes in
                // "#", ★ and ☆.
                bytes.indices.filter { index in
                    bytes[index] == UInt8(ascii: "#") || bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x98
                        && (bytes[index + 2] == 0x85 || bytes[index + 2] == 0x86)
                }
            } : []
        for window in Self.windows(around: signs, in: line, after: 256) {
            let matches = Self.signedEmail.with { line[window].matches(of: $0).map { ($0.range, String($0.1), String($0.2)) } }
            for (range, local, host) in matches {
                let lower = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound)
                let upper = lower + line.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                add(.email, lower..<upper, "\(local.prefix(1))***@\(host.lowercased())")
            }
        }
        // What HTML comments and tags hold is never printed, but it is kept: in the file, the
        // build's memo, every copy. Personal data there is an error too.
        if markup, written.utf8.contains(UInt8(ascii: "<")) {
            for (text, column) in Self.markupTexts(written) {
                for finding in Self.scan(text, markup: false) where !findings.contains(where: { $0.masked == finding.masked }) {
                    findings.append(Finding(kind: finding.kind, column: column + finding.column, masked: finding.masked, value: finding.value))
                }
            }
        }
        return findings.sorted { $0.column < $1.column }
    }

    /// The HTML comments and tags of a line, each with its 0-based column (in Unicode scalars).
    private static func markupTexts(_ line: String) -> [(text: String, column: Int)] {
        let characters = Array(line)
        var result: [(String, Int)] = []
        var index = 0
        var column = 0
        while index < characters.count {
            if characters[index] == "<", let length = markup(characters, at: index) {
                result.append((String(characters[index..<(index + length)]), column))
                column += characters[index..<(index + length)].reduce(0) { $0 + $1.unicodeScalars.count }
                index += length
            } else {
                column += characters[index].unicodeScalars.count
                index += 1
            }
        }
        return result
    }

    private struct Number {
        var kind: Finding.Kind
        var range: Range<Int>
        var masked: String
    }

    /// At most this many separators between two groups of one number ("138 - 0013 - 8000"); a run
    /// of white space counts as one.
    private static let separatorsBetweenGroups = 3

    /// An ID's check digit as it may be typed: X, x, and the letters and signs that look like it
    /// (Cyrillic Х х, Greek Χ χ, full-width Ｘ ｘ, the multiplication signs × ✕ ✖, the crosses ✗ ✘ ╳).
    private static let lookalikesOfX: Set<Unicode.Scalar> = ["X", "x", "\u{0425}", "\u{0445}", "\u{03A7}", "\u{03C7}", "\u{FF38}", "\u{FF58}",
                                                             "\u{00D7}", "\u{2715}", "\u{2716}", "\u{2717}", "\u{2718}", "\u{2573}"]

    /// Signs that join the groups of a number only in its usual grouping (138,0013,8029;
    /// 110101:19900307:1233; 6228|4800|1234|5671): elsewhere they separate amounts and times.
    private static let weakSeparators: Set<Unicode.Scalar> = [",", "\u{FF0C}", ":", "\u{FF1A}", ";", "\u{FF1B}", "|", "\u{FF5C}", "\\", "'", "\"", "#", "=", "~",
                                                              "\u{301C}", "\u{FF5E}", "\u{3002}", "\u{FF0E}"]

    /// The numbers in `scalars` that are personal data by their digits alone: an 11-digit mobile
    /// number (1[3-9]…), an 18-character resident ID with its check digit and birth date, a
    /// Luhn-valid card number of 16–19 digits. Groups are maximal runs of digits, joined into one
    /// number by at most three separators (`isSeparator`; a run of white space is one), written in
    /// any grouping (`1380 0138 000`, `622848 0012345678903`). A number may be any run of whole
    /// groups of three or more digits each but its last; groups of one or two digits
    /// (`13 800 138 000`, `1 3 8 0 0 1 3 8 0 0 0`) make a number only as the whole chain of groups,
    /// so that a list of small numbers is not read as many.
    private static func numbers(in scalars: [Unicode.Scalar]) -> [Number] {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        func isLatinOrDigit(_ index: Int) -> Bool {
            index < scalars.count && scalars[index].isASCII && (scalars[index].properties.isAlphabetic || isDigit(scalars[index]))
        }
        /// Where an ID's check digit X stands after the digits ending at `end`: right after them, or
        /// after a few separators ("… 2 X", "…2-X", "…2 (X)"); an X of another script (Х, χ, ×) too.
        func checkX(after end: Int) -> Int? {
            var index = end
            while index < scalars.count, index - end < separatorsBetweenGroups, !Self.lookalikesOfX.contains(scalars[index]),
                  isSeparator(scalars[index]) { index += 1 }
            guard index < scalars.count, Self.lookalikesOfX.contains(scalars[index]) else { return nil }
            let after = index + 1 < scalars.count && scalars[index + 1] == ")" ? index + 2 : index + 1
            // A letter may begin a word ("…101Xin"); a sign (`×was`) cannot.
            return scalars[index].properties.isAlphabetic && isLatinOrDigit(after) ? nil : index
        }
        var groups: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            let start = index
            while index < scalars.count, isDigit(scalars[index]) { index += 1 }
            groups.append(start..<index)
        }
        var result: [Number] = []
        var first = 0
        while first < groups.count {
            // The chain of groups from `first` that separators join.
            var last = first
            while last + 1 < groups.count {
                let between = scalars[groups[last].upperBound..<groups[last + 1].lowerBound]
                guard between.allSatisfy(isSeparator) else { break }
                // A run of spaces is one separator, as a page shows it: "139    1234    5678".
                let separators = between.indices.count { index in
                    !(between[index].properties.isWhitespace && index > between.startIndex && between[index - 1].properties.isWhitespace)
                }
                guard separators <= separatorsBetweenGroups else { break }
                last += 1
            }
            for start in first...last {
                var digits = ""
                // A country code before a mobile number: "+86 138…", "0086-138…", "8613812345678".
                let opening = String(String.UnicodeScalarView(scalars[groups[start]]))
                let countryCode = opening == "86" || opening == "0086" ? opening.count
                    : opening.hasPrefix("00861") ? 4 : opening.hasPrefix("861") ? 2 : 0
                let plus = groups[start].lowerBound > 0 && scalars[groups[start].lowerBound - 1] == "+" ? 1 : 0
                // What the groups so far are written with: a card is written in groups of four or more (but
                // its last) and never with "/" (a dated URL path); dots between short groups are an IP
                // address or a version.
                var shortGroup = false, slashed = false, dotted = false
                for end in start...last {
                    let group = groups[end]
                    // A number of several groups has three or more digits in each but its last (a country code aside).
                    if end > start, groups[end - 1].count < 3, !(end - 1 == start && countryCode == opening.count) { break }
                    if end > start {
                        let between = scalars[groups[end - 1].upperBound..<group.lowerBound]
                        slashed = slashed || between.contains("/")
                        dotted = dotted || between.contains(".")
                        shortGroup = shortGroup || groups[end - 1].count < 4
                        if dotted, group.count < 4 || groups[end - 1].count < 4 && end - 1 > start { break }
                    }
                    digits += String(String.UnicodeScalarView(scalars[group]))
                    guard digits.count <= 19 else { break }
                    let range = groups[start].lowerBound..<group.upperBound
                    let next = group.upperBound < scalars.count ? scalars[group.upperBound] : " "
                    if digits.count == 17, let check = checkX(after: group.upperBound), validResidentID(digits + "X") {
                        result.append(Number(kind: .residentID, range: range.lowerBound..<(check + 1),
                                             masked: Self.masked(.residentID, digits + "X")))
                    }
                    // A valid ID is one beside letters too ("IDA440304…1248B"): only more digits make it another number.
                    if digits.count == 18, !isDigit(next), validResidentID(digits) {
                        result.append(Number(kind: .residentID, range: range, masked: Self.masked(.residentID, digits)))
                    }
                    if (16...19).contains(digits.count), end == start || !(shortGroup || slashed), isCardPrefix(digits), luhnValid(digits) {
                        result.append(Number(kind: .card, range: range, masked: Self.masked(.card, digits)))
                    }
                    let national = countryCode > 0 && digits.count == countryCode + 11 ? digits.dropFirst(countryCode) : Self.withoutDialPrefix(digits)
                    if national.count == 11, national.hasPrefix("1"), let second = national.dropFirst().first, ("3"..."9").contains(second) {
                        let from = national.count < digits.count ? range.lowerBound - plus : range.lowerBound
                        result.append(Number(kind: .mobile, range: from..<range.upperBound, masked: Self.masked(.mobile, national)))
                    }
                }
                // One group of 17–19 digits may begin with a card written together with other digits
                // (a longer one is a transaction or order number).
                let group = groups[start]
                if (17...19).contains(group.count) {
                    let prefix = String(String.UnicodeScalarView(scalars[group.lowerBound..<(group.lowerBound + 16)]))
                    if isCardPrefix(prefix), luhnValid(prefix) {
                        result.append(Number(kind: .card, range: group.lowerBound..<(group.lowerBound + 16), masked: Self.masked(.card, prefix)))
                    }
                }
            }
            // Short groups: the whole chain, if it is one number (not dotted: an IP address or a version).
            let chain = groups[first...last]
            // Values that keep growing are a list ("1 5 10 20 50 100").
            let values = chain.map { Int(String(String.UnicodeScalarView(scalars[$0]))) ?? 0 }
            let isList = values.count >= 3 && zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
            if chain.count > 1, !isList, chain.dropLast().contains(where: { $0.count < 3 }) {
                let range = chain[first].lowerBound..<chain[last].upperBound
                let between = scalars[range].filter { !isDigit($0) }
                if !between.contains("/"), !between.contains(".") {
                    let digits = String(String.UnicodeScalarView(chain.flatMap { scalars[$0] }))
                    let opening = chain[first].count
                    let national = digits.count == 11 + opening && (opening == 2 && digits.hasPrefix("86") || opening == 4 && digits.hasPrefix("0086"))
                        ? digits.dropFirst(opening) : digits[...]
                    let plus = range.lowerBound > 0 && scalars[range.lowerBound - 1] == "+" && national.count < digits.count ? 1 : 0
                    if digits.count == 17, let check = checkX(after: range.upperBound), validResidentID(digits + "X") {
                        result.append(Number(kind: .residentID, range: range.lowerBound..<(check + 1),
                                             masked: Self.masked(.residentID, digits + "X")))
                    } else if digits.count == 18, validResidentID(digits) {
                        result.append(Number(kind: .residentID, range: range, masked: Self.masked(.residentID, digits)))
                    } else if (16...19).contains(digits.count), isCardPrefix(digits), luhnValid(digits) {
                        result.append(Number(kind: .card, range: range, masked: Self.masked(.card, digits)))
                    } else if national.count == 11, national.hasPrefix("1"), let second = national.dropFirst().first, ("3"..."9").contains(second) {
                        result.append(Number(kind: .mobile, range: (range.lowerBound - plus)..<range.upperBound,
                                             masked: Self.masked(.mobile, national)))
                    }
                }
            }
            first = last + 1
        }
        // Groups joined by one of `weakSeparators`, the same each time, in a number's usual grouping; a
        // space may stand on either side of a bar ("139 | 7185 | 2406", a table's row printed as text),
        // not of a comma ("139, 1234, 5678 and 90 yuan" are sums).
        let shapes: [(sizes: [Int], kind: Finding.Kind)] = [
            ([3, 4, 4], .mobile), ([6, 8, 4], .residentID), ([6, 8, 3], .residentID),
            ([4, 4, 4, 4], .card), ([4, 4, 4, 4, 1], .card), ([4, 4, 4, 4, 2], .card), ([4, 4, 4, 4, 3], .card),
        ]
        for start in groups.indices {
            shape: for (sizes, kind) in shapes where start + sizes.count <= groups.count {
                var separator: Unicode.Scalar?
                for (offset, size) in sizes.enumerated() {
                    let group = groups[start + offset]
                    guard group.count == size else { continue shape }
                    guard offset > 0 else { continue }
                    let gap = scalars[groups[start + offset - 1].upperBound..<group.lowerBound]
                    let signs = gap.filter { $0 != " " }
                    guard signs.count == 1, let sign = signs.first, gap.count == 1 || (gap.count <= 3 && (sign == "|" || sign == "\u{FF5C}")),
                          weakSeparators.contains(sign), separator.map({ $0 == sign }) ?? true
                    else { continue shape }
                    separator = sign
                }
                let end = groups[start + sizes.count - 1].upperBound
                let range = groups[start].lowerBound..<end
                let digits = String(String.UnicodeScalarView(groups[start..<(start + sizes.count)].flatMap { scalars[$0] }))
                switch kind {
                case .mobile where digits.hasPrefix("1") && ("3"..."9").contains(digits.dropFirst().first ?? "0"):
                    result.append(Number(kind: .mobile, range: range, masked: Self.masked(.mobile, digits)))
                case .residentID where digits.count == 18 && validResidentID(digits):
                    result.append(Number(kind: .residentID, range: range, masked: Self.masked(.residentID, digits)))
                case .residentID where digits.count == 17:
                    if let check = checkX(after: end), validResidentID(digits + "X") {
                        result.append(Number(kind: .residentID, range: range.lowerBound..<(check + 1),
                                             masked: Self.masked(.residentID, digits + "X")))
                    }
                case .card where isCardPrefix(digits) && luhnValid(digits):
                    result.append(Number(kind: .card, range: range, masked: Self.masked(.card, digits)))
                default:
                    break
                }
            }
        }
        return result
    }

    /// Whether a number starts as a payment card's does (ISO/IEC 7812 issuer numbers in use): 3
    /// (American Express, JCB, Diners), 4 (Visa), 5 (Mastercard), 6 (UnionPay, Discover), 9 (older
    /// Chinese debit cards, 9558…), or 2221–2720 (Mastercard). Years (2023 2024 2025 2026) and most
    /// order numbers (2023110…, 7299…) do not.
    static func isCardPrefix(_ digits: String) -> Bool {
        guard let first = digits.first else { return false }
        if "34569".contains(first) { return true }
        guard first == "2", let four = Int(digits.prefix(4)) else { return false }
        return (2221...2720).contains(four)
    }

    /// Whether the digits at `range` are amounts of money: with a currency's sign or code, or the
    /// word for an amount, right before them; or, when they are several groups, round or with a
    /// fraction, with the unit right after as a word of its own ("元", "块", "yuan", "RMB"; not 元月,
    /// 圆通, "Yuan Mei").
    static func isAmount(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        func isLetter(_ index: Int) -> Bool { scalars.indices.contains(index) && scalars[index].properties.isAlphabetic }
        func isDigit(_ index: Int) -> Bool { scalars.indices.contains(index) && ("0"..."9").contains(scalars[index]) }
        // Right after a currency's sign or code, or the word or field for an amount ("¥13912345678",
        // "人民币15234567890.50元", "loss: {amount: 15000000000}"): an amount, however many digits.
        var before = range.lowerBound
        while before > 0, scalars[before - 1].properties.isWhitespace { before -= 1 }
        let preceding = String(String.UnicodeScalarView(scalars[max(0, before - 7)..<before]))
        // Not a card's 16 digits or more: no amount is ten thousand trillion ("人民币6222…账户").
        let digitCount = scalars[range].count { ("0"..."9").contains($0) }
        let lowered = preceding.lowercased()
        if digitCount < 16, ["¥", "￥", "$", "£", "€", "rmb", "cny", "hkd", "usd", "amount:"].contains(where: {
            lowered.hasSuffix($0) && !isLetter(before - $0.unicodeScalars.count - 1)
        }) || ["人民币", "人民幣", "金额", "金額", "金额：", "金額：", "金额为", "金額為"].contains(where: { preceding.hasSuffix($0) }) {
            return true
        }
        var after = range.upperBound
        // A fraction of the unit ("15234567890.50元") makes no number of a phone's or a card's.
        var fraction = false
        if scalars.indices.contains(after), scalars[after] == ".", isDigit(after + 1) {
            after += 1
            while isDigit(after) { after += 1 }
            fraction = true
        }
        while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
        let following = String(String.UnicodeScalarView(scalars[after..<min(scalars.count, after + 7)]))
        // "15234567890余元", "多万元": a sum given roughly.
        // Not for a mobile's shape: 余 is also a surname ("联系人13912345678余元").
        let isMobileShape = digitCount == 11 && scalars[range].first == "1"
        if !isMobileShape, ["余元", "多元", "余万元", "多万元", "餘元", "餘萬元", "多萬元"].contains(where: { following.hasPrefix($0) }) { return true }
        // After the words of a sum and before a unit ("涉案金额达15823467890元", "losses came to
        // 15823467890 yuan"): an amount, however precise.
        // A linking word may stand between ("损失累计达…", "资金流水为…", "冻结资金逾…").
        let words = String(String.UnicodeScalarView(scalars[max(0, before - 14)..<before])).lowercased()
        let link = ["达到", "達到", "达", "達", "为", "為", "约", "約", "逾", "超过", "超過", "近", "共"].first { words.hasSuffix($0) }
        let unlinked = link.map { String(words.dropLast($0.count)) } ?? words
        if Self.sumWords.contains(where: { words.hasSuffix($0) || unlinked.hasSuffix($0) }),
           ["元", "万元", "萬元", "块", "余元", "餘元", "多元", "人民币", "人民幣", "yuan", "rmb", "cny", "dollars", "hkd", "usd"]
            .contains(where: { following.lowercased().hasPrefix($0) }) {
            return true
        }
        // Otherwise one number written whole is an amount only when round ("冻结资金15000000000元")
        // or with a fraction: a phone number right before "元旦" or "yuan" is not.
        guard fraction || scalars[range].contains(where: { !("0"..."9").contains($0) }) || scalars[range].suffix(3).allSatisfy({ $0 == "0" }) else { return false }
        // A Chinese unit stands alone, or before the words an amount takes ("元钱", "元整", "元左右").
        for unit in ["万元", "元", "块", "圆", "人民币"] where following.hasPrefix(unit) {
            let next = after + unit.unicodeScalars.count
            let rest = following.dropFirst(unit.count)
            if !isLetter(next) || ["钱", "人民币", "整", "左右", "多", "余", "的", "后", "以上", "现金", "不等"].contains(where: { rest.hasPrefix($0) }) {
                return true
            }
        }
        // A Latin unit is a whole word: lower-case ("Yuan" is a name), or a code in capitals.
        for unit in ["yuan", "dollars", "dollar", "pounds", "pound", "euros", "euro", "RMB", "CNY", "HKD", "USD"]
        where following.hasPrefix(unit) && !isLetter(after + unit.unicodeScalars.count) {
            return true
        }
        return false
    }

    /// The words a sum follows, in lower case.
    private static let sumWords = ["金额达", "金額達", "损失", "損失", "损失达", "損失達", "总额", "總額", "共计", "共計", "合计", "合計", "总计", "總計",
                                   "累计", "累計", "涉案", "高达", "高達", "达到", "達到", "流水", "资金", "資金", "loss was", "losses were", "loss of",
                                   "losses of", "came to", "totalled", "totaled", "totalling", "totaling", "total of", "amounted to", "amounting to",
                                   "laundered", "sum of", "worth", "turnover of", "turnover was", "flows of", "flow of"]

    /// Whether the digits at `range` are a whole segment of a URL's path, after its host
    /// ("https://m.weibo.cn/status/4800…", "www.bilibili.com/video/9123…/"): no card number is written there.
    static func isURLPathSegment(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, scalars[range.lowerBound - 1] == "/",
              range.upperBound == scalars.count || "/?#.,;:)]>\"'".unicodeScalars.contains(scalars[range.upperBound])
                || scalars[range.upperBound].properties.isWhitespace || !scalars[range.upperBound].isASCII else { return false }
        var start = range.lowerBound - 1
        while start > 0, scalars[start - 1].isASCII, !scalars[start - 1].properties.isWhitespace, !"(<\"'".unicodeScalars.contains(scalars[start - 1]) {
            start -= 1
        }
        // Past a Markdown link's text bracket or emphasis: "[www.weibo.com/4800…](…)", "*t.cn/…*".
        let before = String(String.UnicodeScalarView(scalars[start..<range.lowerBound].drop { "[*_`".unicodeScalars.contains($0) }))
        // A phishing page's path may hold the card it took: `pay-verify.example/card/6222…`.
        let lowered = before.lowercased()
        guard !["card", "pay", "bank", "acct", "account", "wallet", "refund", "verify", "claim"].contains(where: { lowered.contains($0) }) else { return false }
        // A URL written as one: with its scheme, its host starting "www." or defanged ("Mr.Wang/6222…" is none).
        guard let afterScheme = before.range(of: "://").map({ before[$0.upperBound...] })
                ?? (lowered.hasPrefix("www.") || before.contains("[.]") ? before[...] : nil),
              let slash = afterScheme.firstIndex(of: "/") else { return false }
        // A host of dotted labels before the path's first "/", ending in a top-level domain of letters (defanged too: `weibo[.]cn`).
        let host = afterScheme[..<slash].replacingOccurrences(of: "[.]", with: ".").split(separator: ":").first.map(String.init) ?? ""
        guard host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:".contains($0) }), let tld = host.split(separator: ".").dropFirst().last else { return false }
        return tld.allSatisfy { $0.isLetter }
    }

    /// A mobile number as a call record writes it, without what was dialled before it: a trunk `0`
    /// (`013800138000`) or an IP-call prefix (`17951 13900139000`).
    static func withoutDialPrefix(_ digits: String) -> Substring {
        if digits.count == 12, digits.hasPrefix("01"), let third = digits.dropFirst(2).first, ("3"..."9").contains(third) { return digits.dropFirst() }
        if digits.count == 16, ["17951", "17911", "12593", "17909", "10193", "17901", "96688"].contains(where: { digits.hasPrefix($0) }) {
            return digits.dropFirst(5)
        }
        return digits[...]
    }

    /// Whether the words just before `index` introduce an order, tracking or case number that is
    /// not named as a person's own ("身份证编号").
    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "；", ";"]

    static func isExempt(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        isExempt(scalars, before: index, introducedBy: Self.exemptIntroduction)
    }

    /// `personal`: words in the sentence that make the number a person's own after all.
    private static func isExempt(_ scalars: [Unicode.Scalar], before index: Int, introducedBy words: SharedRegex<Substring>,
                                 personal: SharedRegex<Substring> = Self.personalContext) -> Bool {
        let before = String(String.UnicodeScalarView(scalars[max(0, index - 40)..<index]))
        guard let introduction = words.with({ before.firstMatch(of: $0)?.range }) else { return false }
        // In its sentence: "…客服的电话。订单号：…" (a summary made from a body joins its paragraphs)
        // names no phone of the order's.
        // Back over the scalars to the sentence's end (Foundation's backward search took 2 % of `check`).
        let scalars = before[..<introduction.lowerBound].unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            let scalar = scalars[previous]
            if Self.sentenceEnds.contains(scalar) { break }
            if scalar == " ", previous > scalars.startIndex, scalars[scalars.index(before: previous)] == "." { break }
            start = previous
        }
        let context = Substring(scalars[start...])
        // "her payment ID", "她的理赔编号": a number of a person's own dealings may be her phone
        // number; an order, a parcel or a case is the shop's, the courier's or the police's.
        let introduced = before[introduction].lowercased()
        if ["payment", "claim", "ticket", "application", "policy", "refund", "receipt", "voucher", "reference", "ref"].contains(where: { introduced.hasPrefix($0) })
            ? Self.possessive.with({ context.contains($0) }) : Self.chinesePossessive.with({ context.contains($0) }) {
            return false
        }
        return !personal.with { context.contains($0) }
    }

    /// Whether the resident ID written in `scalars` has a birth year of 2000 or later.
    private static func bornSince2000(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let digits = scalars.compactMap(Self.digit)
        return digits.count >= 10 && digits[6] == "2"
    }

    private static func isCaseNumber(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        isExempt(scalars, before: index, introducedBy: Self.caseNumberIntroduction, personal: Self.identityContext)
    }

    /// A service line in a mobile's form, named as such: China Mobile's customer service
    /// ("中国移动官方客服10086或13800138000"). The same number without those words is anyone's (it is
    /// also the example every Chinese form shows).
    static func isOfficialMobile(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard String(String.UnicodeScalarView(scalars[range].compactMap(Self.digit))).hasSuffix("13800138000") else { return false }
        let before = String(String.UnicodeScalarView(scalars[max(0, range.lowerBound - 24)..<range.lowerBound])).lowercased()
        return ["中国移动", "中國移動", "移动客服", "移動客服", "china mobile"].contains { before.contains($0) }
    }

    /// A toll-free number as it is written: North America's ("1-800-275-2273", "1 (888) 123-4567") and
    /// Singapore's ("1800-722-6688", the Anti-Scam Helpline): a business's or a hotline's, and no mainland
    /// mobile, which is never grouped 1-3-3-4 or 4-3-4.
    static func isTollFree(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let written = String(String.UnicodeScalarView(scalars[range]))
        return written.wholeMatch(of: /1[ .\-]\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]?\d{3}[ .\-]\d{4}|1800[ \-]\d{3}[ \-]\d{4}/) != nil
    }

    /// A number as the hint writes it masked: a mobile's first three and last four digits
    /// (138****5678), an ID's district and last four (420106********0127), a card's last four.
    static func masked(_ kind: Finding.Kind, _ digits: some StringProtocol) -> String {
        switch kind {
        case .mobile: "\(digits.prefix(3))****\(digits.suffix(4))"
        case .residentID: "\(digits.prefix(6))********\(digits.suffix(4))"
        default: "**** \(digits.suffix(4))"
        }
    }

    static func validResidentID(_ id: String) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
        let characters = Array(id.uppercased())
        guard characters.count == 18 else { return false }
        var sum = 0
        for (index, weight) in weights.enumerated() {
            guard let digit = characters[index].wholeNumberValue else { return false }
            sum += digit * weight
        }
        guard let year = Int(String(characters[6..<10])), (1800...2099).contains(year), let month = Int(String(characters[10..<12])),
              let day = Int(String(characters[12..<14])), LocalDay(String(format: "%04d-%02d-%02d", year, month, day)) != nil
        else { return false }
        return checks[sum % 11] == characters[17]
    }

    static func luhnValid(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard var digit = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }
}

/// Renders scam addresses harmless for publication: `hxxps://claim-center[.]example`.
public enum Defang {
    /// Defangs a URL, host, e-mail address or account name; phone numbers and plain names pass unchanged.
    public static func indicator(_ text: String) -> String {
        var result = text
        // Anywhere in the text: an indicator may be a label and a URL ("Fake claims page: https://…").
        for (scheme, replacement) in [("https://", "hxxps://"), ("http://", "hxxp://"), ("ftp://", "fxp://")] where result.contains("://") {
            result = result.replacingOccurrences(of: scheme, with: replacement, options: .caseInsensitive)
        }
        if result.utf8.contains(UInt8(ascii: "@")) { result = result.replacingOccurrences(of: "@", with: "[@]") }
        // Dots between letters or digits in a host-like word become [.]
        guard result.utf8.contains(UInt8(ascii: ".")) else { return result }
        // Most indicators are ASCII, whose bytes are its characters (but for "\r\n", one character).
        if result.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let bytes = Array(result.utf8)
            func isHostByte(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
            }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 8)
            for (index, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "."), index > 0, index + 1 < bytes.count, isHostByte(bytes[index - 1]), isHostByte(bytes[index + 1]) {
                    output += "[.]".utf8
                } else {
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        var output = ""
        let characters = Array(result)
        for (index, character) in characters.enumerated() {
            let between = index > 0 && index + 1 < characters.count
                && isHostCharacter(characters[index - 1]) && isHostCharacter(characters[index + 1])
            output += character == "." && between ? "[.]" : String(character)
        }
        return output
    }

    /// Letters of any script: an internationalised host (`例子.中国`) is defanged too.
    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-"
    }

    private static let emailAddress = SharedRegex { /[^@\s:\/]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/ }
    private static let serverAddress = SharedRegex { /((?:\d{1,3}\.){3}\d{1,3})(?::\d{1,5})?(?:\/\S*)?/ }
    private static let bareDomain = SharedRegex { /(?i)[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(\/\S*)?/ }
    /// Punctuation that ends a sentence after a URL is not part of it.
    private static let urlInText = SharedRegex { /(?i)\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'）)】，。]*[^\s<>"'）)】，。.,;:!?]/ }

    /// Host of an indicator that is a URL or a bare domain, lowercased; an e-mail address whole.
    public static func host(of indicator: String) -> String? {
        let trimmed = refanged(indicator.trimmingCharacters(in: .whitespaces))
        // A scammer's e-mail address is defanged whole where text names it (`LinkPolicy`); its domain may be a mail service's.
        if trimmed.contains("@"), emailAddress.with({ trimmed.wholeMatch(of: $0) != nil }) { return trimmed.lowercased() }
        // A server's address with its port, as scam servers are given (`203.0.113.5:8080`): `URL` reads its digits as a scheme.
        if trimmed.first?.isNumber == true, let server = serverAddress.with({ trimmed.wholeMatch(of: $0).map { String($0.output.1) } }) { return server }
        if let url = URL(string: trimmed), let host = url.host, url.scheme != nil { return host.lowercased() }
        if bareDomain.with({ trimmed.wholeMatch(of: $0) != nil }) {
            return String(trimmed.split(separator: "/").first ?? "").lowercased()
        }
        return nil
    }

    /// The hosts an indicator names: `host(of:)`, and an internationalised host as text writes
    /// it (`例子.中国`) beside the ASCII form links carry (`xn--fsqu00a.xn--fiqs8s`).
    public static func hosts(of indicator: String) -> [String] {
        let text = refanged(indicator.trimmingCharacters(in: .whitespaces))
        var hosts = host(of: text).map { [$0] } ?? []
        if hosts.isEmpty, text.utf8.contains(UInt8(ascii: ".")) {
            // An address inside a description: "Fake claims page: https://…", "短信链接：claim-center.example".
            // Only one written as an address (a scheme, or defanged) or given after the item's label:
            // "Fake site imitating www.icbc.com.cn: icbc-refund.top" names one scam site, not the bank's.
            let written = indicator.trimmingCharacters(in: .whitespaces)
            var afterLabel = false
            for word in written.split(whereSeparator: { $0.isWhitespace || "，、；（）【】「」“”\"<>,;".contains($0) }) {
                let labelled = afterLabel
                afterLabel = word.hasSuffix(":") || word.hasSuffix("：")
                var token = refanged(String(word))
                let asAddress = token != word || token.contains("://")
                if let colon = token.firstIndex(of: "："), !asAddress {
                    // "链接：claim-center.example" in one word.
                    token = String(token[token.index(after: colon)...])
                } else if !(asAddress || labelled) {
                    continue
                }
                token = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:!?。：'()"))
                if let found = host(of: token), !hosts.contains(found) { hosts.append(found) }
            }
            if !hosts.isEmpty { return hosts }
        }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return hosts }
        let host = writtenHost(of: text).lowercased()
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), host.allSatisfy({ isHostCharacter($0) || $0 == "." }) else { return hosts }
        for form in [host, URL(string: "http://" + host)?.host?.lowercased()].compactMap({ $0 }) where !hosts.contains(form) {
            hosts.append(form)
        }
        return hosts
    }

    /// The host of an address as it is written, before any conversion: `例子.中国` in
    /// `https://user@例子.中国:8080/a`, which `URL` would give in punycode.
    static func writtenHost(of text: String) -> Substring {
        let address = text.range(of: "://").map { text[$0.upperBound...] } ?? text[...]
        let authority = address.prefix { !"/?#".contains($0) }
        return (authority.split(separator: "@").last ?? authority).prefix { $0 != ":" }
    }

    /// An indicator written defanged (`hxxps://claim-center[.]example`, `a(dot)b`) as the address it names.
    static func refanged(_ text: String) -> String {
        guard text.contains(where: { "[({".contains($0) }) || text.range(of: "xxp", options: .caseInsensitive) != nil else { return text }
        var result = text
        for (written, meant) in [("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("(dot)", "."), ("[:]", ":"), ("[@]", "@"),
                                 ("[at]", "@"), ("hxxp", "http"), ("fxp://", "ftp://")] {
            result = result.replacingOccurrences(of: written, with: meant, options: .caseInsensitive)
        }
        return result
    }

    /// URLs written out in text (`https://…` or `www.…`) become defanged text.
    static func urlsInText(_ text: String, isTrusted: (String) -> Bool) -> String {
        var result = ""
        var copied = text.startIndex
        // Matched again after each: a URL cut short at its host (`asciiHostEnd`) may have run into the next.
        while copied < text.endIndex, let range = urlInText.with({ regex in text[copied...].firstMatch(of: regex)?.range }) {
            // A "。" (or "．", "｡") that a letter or digit follows is no sentence's end but a dot of the host,
            // as browsers read it: `https://www.gov.cn。evil.example/` goes to `www.gov.cn.evil.example`.
            var end = asciiHostEnd(text[range]) ?? range.upperBound
            while end < text.endIndex, wideDots.contains(text[end]), case let next = text.index(after: end), next < text.endIndex,
                  text[next].isASCII, text[next].isLetter || text[next].isNumber,
                  let rest = urlContinuation.with({ text[next...].prefixMatch(of: $0)?.range }) {
                end = rest.upperBound
            }
            let url = String(text[range.lowerBound..<end])
            let dotted = String(url.map { wideDots.contains($0) ? "." : $0 })
            let host = Defang.host(of: dotted.lowercased().hasPrefix("www.") ? "https://" + dotted : dotted)
            result += text[copied..<range.lowerBound]
            result += host.map(isTrusted) == true ? url : indicator(url)
            copied = end
        }
        return result + text[copied...]
    }
    /// Where a URL's host of ASCII labels ends when Chinese text or a typographic mark follows it with no
    /// space (`登录www.12321.cn举报`, `www.gov.cn’s`): the host is `www.12321.cn`. A full stop that a letter
    /// follows stays part of it (`www.gov.cn．evil.example`), as browsers read it.
    static func asciiHostEnd(_ url: Substring) -> Substring.Index? {
        let start = url.lowercased().hasPrefix("www.") ? url.startIndex : url.range(of: "://").map(\.upperBound) ?? url.startIndex
        var index = start
        while index < url.endIndex, !"/?#".contains(url[index]) {
            let next = url.index(after: index)
            let hostDot = wideDots.contains(url[index]) && next < url.endIndex && url[next].isASCII && (url[next].isLetter || url[next].isNumber)
            if !url[index].isASCII, !hostDot { break }
            index = next
        }
        guard index < url.endIndex, !"/?#".contains(url[index]) else { return nil }
        let host = url[start..<index]
        guard let dot = host.lastIndex(of: "."), case let ending = host[host.index(after: dot)...], ending.count >= 2,
              ending.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return index
    }

    /// The full stops that browsers and IDNA read as a dot in a host.
    static let wideDots: Set<Character> = ["。", "．", "｡"]
    private static let urlContinuation = SharedRegex { /[^\s<>"'）)】，。．｡]*[^\s<>"'）)】，。．｡.,;:!?]/ }
}
