import AlertpressFlyers
import Foundation

/// Double 11 flyers in English and Chinese, written from the Wuhan and Chengdu seed cases.
enum SampleFlyers {
    static let creationDate = Date(timeIntervalSince1970: 1_730_851_200)  // 2024-11-06T00:00:00Z

    static func english(_ paper: Paper = .a4, largePrint: Bool = false) -> FlyerDocument {
        FlyerDocument(
            paper: paper, largePrint: largePrint, language: "en",
            publisher: "Wuhan Anti-Fraud Centre · Public Security Bureau",
            title: "Double 11 shopping festival warning",
            headline: "Real customer service never refunds you through a link, a QR code or an SMS code",
            season: "20 Oct – 15 Nov",
            steps: [
                "A caller who knows your order says the purchase failed, the parcel was crushed or the item is faulty.",
                "They offer a refund or double compensation and send a link, a QR code or a chat-group invite.",
                "The fake “claim centre” asks for your card number, passwords and the SMS code, and empties the card.",
            ],
            redFlags: [
                "Someone calls about a refund you never asked for",
                "You are moved to a QQ or WeChat group to “process the claim”",
                "A page asks for your bank card number, ID number and payment password",
                "You are asked to read out an SMS verification code",
            ],
            dos: [
                "Apply for refunds only inside the shopping app, under the order",
                "Hang up and call the platform's official number yourself",
                "Call 110 at once if money has left your account",
            ],
            donts: [
                "Don't click refund links or scan refund QR codes",
                "Don't tell anyone an SMS verification code",
                "Don't share your screen or install apps a caller names",
            ],
            recentCase: FlyerCase(
                title: "1-yuan headphones, 4,000 yuan lost",
                text: "A “courier” said Ms Zhong's parcel was crushed and offered double compensation. In a QQ group she opened an “Express 100 Claim Center” page, typed in her card details and SMS codes, and watched the money leave her card.",
                loss: "4,000 yuan"),
            hotlines: [
                FlyerHotline(label: "Police", number: "110"),
                FlyerHotline(label: "Anti-fraud hotline", number: "96110"),
            ],
            qrURL: "https://alerts.example.gov.cn/campaigns/double-11/",
            issued: "6 November 2024", creationDate: creationDate,
            labels: FlyerLabels(
                howItWorks: "How the scam works", redFlags: "Red flags", doTitle: "Do",
                dontTitle: "Don't", recentCase: "Recent case", loss: "Loss",
                callHotline: "Call the hotline", scanForMore: "Scan for more cases", qrCode: "QR code", issued: "Issued"))
    }

    static func chinese(_ paper: Paper = .a4, largePrint: Bool = false) -> FlyerDocument {
        FlyerDocument(
            paper: paper, largePrint: largePrint, language: "zh",
            publisher: "武汉市公安局反诈中心",
            title: "“双11”购物节防骗提醒",
            headline: "正规客服不会通过链接、二维码或短信验证码给您退款",
            season: "10月20日至11月15日",
            steps: [
                "骗子准确说出您的订单信息，称交易失败、快递被压坏或商品有质量问题。",
                "以退款、双倍赔偿为由，发来链接、二维码，或拉您进QQ群、微信群。",
                "假冒的“理赔中心”索要银行卡号、密码和短信验证码，随即转走卡内资金。",
            ],
            redFlags: [
                "陌生来电主动提出给您退款或理赔",
                "要求加入QQ群、微信群“办理理赔”",
                "网页要求填写银行卡号、身份证号和支付密码",
                "要求您说出短信验证码",
            ],
            dos: [
                "退款只在购物平台的订单页面内申请",
                "挂断电话，自行拨打平台官方客服核实",
                "发现被骗立即拨打110报警",
            ],
            donts: [
                "不点击退款链接，不扫退款二维码",
                "不向任何人透露短信验证码",
                "不按对方要求共享屏幕或下载软件",
            ],
            recentCase: FlyerCase(
                title: "1元买耳机，被骗4000元",
                text: "自称快递客服的人称钟女士的包裹在运输中被压坏，提出双倍赔偿，并拉她进QQ群，引导她打开“快递100理赔中心”页面。她按提示填写银行卡号、密码和短信验证码后，卡内资金被转走。",
                loss: "4,000 yuan"),
            hotlines: [
                FlyerHotline(label: "报警电话", number: "110"),
                FlyerHotline(label: "反诈专线", number: "96110"),
            ],
            qrURL: "https://alerts.example.gov.cn/zh/campaigns/double-11/",
            issued: "2024年11月6日", creationDate: creationDate,
            labels: FlyerLabels(
                howItWorks: "骗局是怎样进行的", redFlags: "危险信号", doTitle: "请这样做",
                dontTitle: "千万不要", recentCase: "近期案例", loss: "损失",
                callHotline: "拨打热线", scanForMore: "扫码查看更多案例", qrCode: "二维码", issued: "发布日期"))
    }

    /// Far more of everything than any page can hold.
    static func absurd(_ base: FlyerDocument) -> FlyerDocument {
        var document = base
        let sentence = base.language == "zh"
            ? "骗子会冒充电商客服、快递员或者银行工作人员，以退款理赔为名骗取您的银行卡信息和验证码。"
            : "Scammers pose as shop staff, couriers or bank officers and talk you into handing over card details and codes. "
        let long = String(repeating: sentence, count: 60)
        document.publisher = String(repeating: base.publisher + " ", count: 10)
        document.title = String(repeating: base.title + " ", count: 10)
        document.headline = long
        document.season = String(repeating: base.season + " ", count: 10)
        document.steps = Array(repeating: long, count: 12)
        document.redFlags = (0..<400).map { "\($0) " + sentence }
        document.dos = Array(repeating: long, count: 200)
        document.donts = Array(repeating: long, count: 200)
        document.recentCase = FlyerCase(title: long, text: long, loss: "¥" + String(repeating: "9", count: 300))
        document.hotlines = (0..<30).map { FlyerHotline(label: long, number: "9611\($0)") }
        document.issued = long
        return document
    }
}
