#!/usr/bin/env python3
"""Generate a realistic alertpress corpus (and the same cases as a Hugo site) for benchmarks.

    Benchmarks/generate.py [N] [OUTDIR] [--seed S] [--hosts K] [--no-hugo] [--flyers heavy|light]

N (default 10000) is the number of case *files*, i.e. case pages: half English, half Chinese.
60 % of the Chinese files translate an English case (`<slug>.md` + `<slug>.zh.md` beside it),
the rest are Chinese-only (`<slug>.zh.md` standing alone); files sit in `cases/<year>/`.

OUTDIR (default Benchmarks/work/N<N>) receives
    Alerts/        site.yml, site.zh.yml, advice*.yml, types/, tactics/, campaigns/ copied from
                   the repository's Alerts/ (campaigns are written here if the repository has none
                   yet), plus cases/<year>/*.md
    hugo/          hugo.toml and layouts/ copied from Benchmarks/hugo/, content/ holding the same
                   cases (same YAML front matter, Hugo key names added) and one _index page per
                   scam type and tactic carrying its name and summary.

Scam sites in `indicators` come from a pool of K distinct hosts (default N/4, at least 50: a
real bulletin names a new site in most cases, with some reuse within a campaign).

`--flyers heavy|light` replaces the campaigns by the benchmark's own three, each printed on
a4, a5 and letter in normal and large print (heavy: 18 campaign flyers per language) or on a4
only (light: 3). The two corpora differ only in how many flyers they make, which is how run.sh
isolates the cost of a flyer page.

Deterministic: the same N and seed give the same bytes. Personal-data rule: outside
`indicators` it never writes an unmasked mobile number, an 18-digit number, a 16-19 digit run
or an e-mail address (alertpress refuses to publish them).
"""

import json
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHIPPED = os.path.join(REPO, "Alerts")

# ---------------------------------------------------------------------------------------------
# Word pools
# ---------------------------------------------------------------------------------------------

CITIES = [
    ("Chengdu", "Sichuan", "四川成都"), ("Wuhan", "Hubei", "湖北武汉"), ("Hangzhou", "Zhejiang", "浙江杭州"),
    ("Nanjing", "Jiangsu", "江苏南京"), ("Suzhou", "Jiangsu", "江苏苏州"), ("Guangzhou", "Guangdong", "广东广州"),
    ("Shenzhen", "Guangdong", "广东深圳"), ("Xi'an", "Shaanxi", "陕西西安"), ("Changsha", "Hunan", "湖南长沙"),
    ("Zhengzhou", "Henan", "河南郑州"), ("Jinan", "Shandong", "山东济南"), ("Qingdao", "Shandong", "山东青岛"),
    ("Hefei", "Anhui", "安徽合肥"), ("Fuzhou", "Fujian", "福建福州"), ("Xiamen", "Fujian", "福建厦门"),
    ("Kunming", "Yunnan", "云南昆明"), ("Nanning", "Guangxi", "广西南宁"), ("Shenyang", "Liaoning", "辽宁沈阳"),
    ("Harbin", "Heilongjiang", "黑龙江哈尔滨"), ("Changchun", "Jilin", "吉林长春"), ("Taiyuan", "Shanxi", "山西太原"),
    ("Shijiazhuang", "Hebei", "河北石家庄"), ("Nanchang", "Jiangxi", "江西南昌"), ("Guiyang", "Guizhou", "贵州贵阳"),
    ("Lanzhou", "Gansu", "甘肃兰州"), ("Urumqi", "Xinjiang", "新疆乌鲁木齐"), ("Hohhot", "Inner Mongolia", "内蒙古呼和浩特"),
    ("Ningbo", "Zhejiang", "浙江宁波"), ("Wuxi", "Jiangsu", "江苏无锡"), ("Dongguan", "Guangdong", "广东东莞"),
    ("Foshan", "Guangdong", "广东佛山"), ("Yichang", "Hubei", "湖北宜昌"), ("Mianyang", "Sichuan", "四川绵阳"),
    ("Luoyang", "Henan", "河南洛阳"), ("Yantai", "Shandong", "山东烟台"), ("Wenzhou", "Zhejiang", "浙江温州"),
]
SURNAMES = [("Zhong", "钟"), ("Liu", "刘"), ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Chen", "陈"),
            ("Yang", "杨"), ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"),
            ("Sun", "孙"), ("Hu", "胡"), ("Zhu", "朱"), ("Gao", "高"), ("Lin", "林"), ("He", "何"),
            ("Guo", "郭"), ("Ma", "马"), ("Luo", "罗"), ("Liang", "梁"), ("Song", "宋"), ("Zheng", "郑"),
            ("Xie", "谢"), ("Han", "韩"), ("Tang", "唐"), ("Feng", "冯"), ("Yu", "于"), ("Dong", "董"),
            ("Hou", "侯"), ("Cao", "曹"), ("Peng", "彭"), ("Jiang", "蒋"), ("Cai", "蔡"), ("Pan", "潘")]
AGES = [19, 21, 23, 24, 26, 28, 31, 33, 35, 38, 42, 45, 49, 52, 56, 61, 64, 68, 72, 76]
JOBS_EN = ["a university student", "an office worker", "a nurse", "a retired teacher", "a delivery rider",
           "a shop owner", "a software engineer", "a factory worker", "a young mother", "an accountant",
           "a retired engineer", "a hotel receptionist", "a taxi driver", "a civil servant", "a sales manager"]
JOBS_ZH = ["大学生", "公司职员", "护士", "退休教师", "外卖骑手", "个体店主", "程序员", "工厂工人", "全职妈妈",
           "会计", "退休工程师", "酒店前台", "出租车司机", "公务员", "销售经理"]
NEWS = [("Chengdu Commercial Daily", "news.example.com"), ("Xinhua News Agency", "xinhua.example.com"),
        ("Yangtze Evening Post", "yangtze.example.com"), ("Southern Metropolis Daily", "sm-daily.example.com"),
        ("Legal Daily", "legal-daily.example.com"), ("Qianjiang Evening News", "qianjiang.example.com"),
        ("Public Security Bureau WeChat account", "psb.example.gov.cn"), ("China Police Online", "cpd.example.com"),
        ("Beijing Youth Daily", "byd.example.com"), ("The Paper", "thepaper.example.com")]
NEWS_ZH = ["成都商报", "新华社", "扬子晚报", "南方都市报", "法治日报", "钱江晚报", "市公安局官方微信", "中国警察网",
           "北京青年报", "澎湃新闻"]
DOMAIN_STEMS = ["claim", "refund-center", "kf-service", "express-pay", "vip-cancel", "prize-center", "task-hall",
                "game-trade", "quick-loan", "case-check", "invest-pro", "love-bet", "redelivery", "ticket-shop",
                "coupon", "jd-vip", "tb-refund", "sf-claim", "stock-vip", "usdt-wallet"]

# ---------------------------------------------------------------------------------------------
# Scam types: titles, hooks (with the cues a reader would recognise), typical tactics, channels
# ---------------------------------------------------------------------------------------------

TYPES = {
    "fake-courier-compensation": dict(
        short="courier", channels=["phone", "qq"],
        tactics=["verification-code", "chat-group-invite", "fake-website", "refund-link-or-qr", "screen-sharing"],
        titles=["Lost parcel \"compensation\" call costs {who} {amount} yuan in {city}",
                "{City} shopper loses {amount} yuan to fake courier claims page",
                "\"Double compensation\" for a crushed parcel ends in a {amount}-yuan loss"],
        hooks=["The caller said he was from courier customer service and apologised that the parcel had been lost in transit. The company, he said, would pay double compensation for the lost item.",
               "A man who knew the tracking number and the item {v} had bought said the package was damaged in transit and that the courier company wanted to offer triple compensation.",
               "The number was saved as \"logistics express\". The caller said the parcel was lost and that a claims center would settle the compensation within the hour."],
        titles_zh=["{city}市民接到“快递丢失理赔”电话，被骗{amount}元", "冒充快递客服称包裹破损，{who}被骗{amount}元",
                   "“双倍赔偿”是陷阱：{city}一网购者损失{amount}元"],
        hooks_zh=["对方自称快递客服，准确说出了快递单号和所购商品，称包裹在运输途中丢失，公司愿意给予双倍赔偿。",
                  "来电备注为“物流快递”，对方说快递在派送途中被压坏，要按商品价格三倍理赔，让她进入“理赔中心”办理。",
                  "一名自称快递公司客服的男子称她的包裹丢了，为表歉意将主动理赔，随后一步步引导她操作。"]),
    "fake-refund-customer-service": dict(
        short="refund", channels=["phone", "app"],
        tactics=["refund-link-or-qr", "verification-code", "borrow-to-pay", "screen-sharing"],
        titles=["Fake shop customer service \"refund\" takes {amount} yuan from {who}",
                "{City} buyer told the goods had a quality problem, loses {amount} yuan",
                "\"Your transaction failed\": refund call empties a card in {city}"],
        hooks=["A caller claiming to be the shop's customer service said the goods had a quality problem and that the merchant would refund three times the price.",
               "The caller said the transaction failed because of a system error and that the order had to be refunded before the account could be used again.",
               "A woman who said she worked for the online store explained that the goods had failed quality inspection and offered a refund plus compensation."],
        titles_zh=["冒充电商客服“退款”，{who}被骗{amount}元", "{city}一买家被告知商品有质量问题，损失{amount}元",
                   "“交易失败需退款”？{city}市民银行卡被转走{amount}元"],
        hooks_zh=["对方自称网店客服，称{ta}购买的商品存在质量问题，商家愿意三倍退款。",
                  "来电者称{ta}的订单因系统原因交易失败，需要先办理退款，否则账户会被冻结。",
                  "一名“客服”说{ta}买的商品质检不合格，要给{ta}退款并额外补偿。"]),
    "fake-service-cancellation": dict(
        short="cancel", channels=["phone"],
        tactics=["screen-sharing", "borrow-to-pay", "transfer-to-personal-account"],
        titles=["\"Cancel your student loan account\" call costs {who} {amount} yuan",
                "{City} graduate loses {amount} yuan cancelling a membership that never existed",
                "Fake platform staff demand {who} cancel the service or lose credit"],
        hooks=["The caller said he was from a lending platform and that the student loan account {v} had opened at university was still active; unless {v} cancelled the loan account now, {vp} credit record would be damaged.",
               "A man claiming to be platform staff said {v} had opened a live-streaming membership by mistake and that fees would be deducted automatically unless {v} cancelled the membership today.",
               "The caller said the campus loan registered in {vp} name had to be closed, and that to cancel the service {v} first had to clear the credit limit on several apps."],
        titles_zh=["“注销校园贷账户”电话让{who}被骗{amount}元", "{city}一毕业生“取消会员”被骗{amount}元",
                   "冒充平台客服称要注销账户，{city}市民损失{amount}元"],
        hooks_zh=["对方自称某金融平台客服，称{ta}大学期间开通过校园贷，如果不注销账户会影响个人征信。",
                  "来电者说{ta}误开通了直播会员，每月会自动扣费，必须今天取消会员并关闭自动续费。",
                  "对方称{ta}名下的学生贷账户未注销，要先把几个平台的额度“清零”才能注销贷款。"]),
    "fake-delivery-notice": dict(
        short="delivery", channels=["sms", "website"],
        tactics=["fake-website", "verification-code"],
        titles=["\"Your parcel could not be delivered\" text leads {who} to a fake page",
                "{City} resident pays a redelivery fee and loses {amount} yuan",
                "Fake delivery notice asks {who} to update the address, then drains a card"],
        hooks=["A text message said a parcel could not be delivered because of an incomplete address and gave a link to update the address and pay a small redelivery fee.",
               "The SMS claimed the delivery attempt had failed and that the parcel would be returned unless {v} confirmed {vp} address within 24 hours.",
               "A message said the delivery was unsuccessful because the address was incomplete, with a link to reschedule the delivery."],
        titles_zh=["“快递无法派送”短信暗藏钓鱼链接，{who}被骗{amount}元", "{city}市民更新地址付“重新派送费”，损失{amount}元",
                   "假冒派送失败通知，{city}一市民银行卡被盗刷"],
        hooks_zh=["{ta}收到一条短信，称包裹因地址不全无法派送，请点击链接完善地址并支付重新派送费。",
                  "短信称快递派送失败，若24小时内不更新地址，包裹将被退回。",
                  "一条“物流通知”说收件地址有误，投递失败，需要点击链接重新预约派送。"]),
    "fake-shopping": dict(
        short="shopping", channels=["app", "wechat"],
        tactics=["transfer-to-personal-account", "fake-website"],
        titles=["Concert tickets at half the market price never arrive for {who}",
                "{City} buyer pays a \"purchasing agent\" {amount} yuan and gets nothing",
                "Cheap phone on a second-hand platform costs {who} {amount} yuan"],
        hooks=["{V} found a seller offering concert tickets at half the market price on a second-hand trading platform. The seller asked to trade outside the platform, and after {v} paid {v} never received the goods.",
               "A purchasing agent in a chat group offered overseas goods well below market price. After the deposit and the balance were paid the goods never arrived and the seller blocked {vo}.",
               "{V} saw a nearly new phone below the market price. The seller sent a payment link outside the platform, took the money and refused to ship."],
        titles_zh=["低价演唱会门票是骗局，{who}被骗{amount}元", "{city}一市民找“代购”被骗{amount}元",
                   "二手平台低价买手机，{city}市民钱货两空"],
        hooks_zh=["{ta}在二手交易平台上看到有人以低于市场价一半的价格转让演唱会门票，对方要求平台外交易，付款后卖家失联。",
                  "朋友圈里的“代购”称能拿到低价海外商品，{ta}付了定金和尾款后迟迟不发货，最后被对方拉黑。",
                  "{ta}在网上看到一部几乎全新的手机，价格远低于市场价，卖家发来平台外的付款链接，收钱后不发货。"]),
    "fake-prize-coupon": dict(
        short="prize", channels=["sms", "wechat"],
        tactics=["fake-website", "transfer-to-personal-account"],
        titles=["\"You have won a prize\": {who} pays {amount} yuan in fees",
                "{City} viewer told she won the first prize of a TV show, loses {amount} yuan",
                "Fake coupon and prize centre costs {who} {amount} yuan"],
        hooks=["A message said {v} had won a prize as a lucky viewer of a television show. To claim the prize {v} had to pay a handling fee and tax first.",
               "{V} received a scratch card in a parcel saying {v} had won the first prize, a car, and a hotline to claim your prize at the prize centre.",
               "A message announced that {vp} account had won the grand prize in an anniversary draw and that the prize would be forfeited unless the fees were paid today."],
        titles_zh=["“恭喜中奖”短信让{who}被骗{amount}元", "{city}一市民被告知成为“幸运观众”，领奖反被骗{amount}元",
                   "刮刮卡中一等奖？{city}市民交“手续费”损失{amount}元"],
        hooks_zh=["{ta}收到短信，称{ta}被抽中为某综艺节目的幸运观众，获得二等奖，领奖前需先缴纳手续费和个人所得税。",
                  "{ta}在快递包裹里发现一张刮刮卡，刮开显示中了一等奖，卡上留有领奖电话。",
                  "一条中奖通知称{ta}在周年庆抽奖中获得特等奖，如不当天缴费领取奖品将视为放弃。"]),
    "task-rebate": dict(
        short="task", channels=["qq", "app"],
        tactics=["chat-group-invite", "remote-app-download", "transfer-to-personal-account"],
        titles=["Part-time \"order brushing\" job costs {who} {amount} yuan",
                "{City} student likes videos for commission, then loses {amount} yuan",
                "Task rebate scam: small payouts first, then a {amount}-yuan loss"],
        hooks=["An advert offered easy part-time work liking videos for a commission. The first small tasks paid out principal and commission at once.",
               "{V} was recruited for order brushing: buy goods on a shop page, get the principal and commission back. After two small tasks came a combined order that needed much larger advances.",
               "A recruiter promised that brushing orders from home would pay a commission on each task, and the first few returned a profit as promised."],
        titles_zh=["网络兼职“刷单”，{who}被骗{amount}元", "{city}一大学生点赞返佣，最终损失{amount}元",
                   "刷单返利骗局：先小额返利，后连单垫付{amount}元"],
        hooks_zh=["{ta}在网上看到招聘兼职的广告，称只需给视频点赞就能赚佣金，前几单都按时返还了本金和佣金。",
                  "对方让{ta}做刷单任务，先垫付购买商品再返还本金加佣金，做了两单后出现“连单”，需要垫付更多钱。",
                  "一名“客服”说在家刷单每做一组任务都有佣金，前几次确实返利，{ta}便放下了戒心。"]),
    "game-trade": dict(
        short="game", channels=["qq", "website"],
        tactics=["fake-website", "verification-code"],
        titles=["Selling a game account costs {who} {amount} yuan in \"deposits\"",
                "{City} teenager chasing free skins pays {amount} yuan",
                "Game equipment trade on a fake platform costs {who} {amount} yuan"],
        hooks=["{V} wanted to sell {vp} game account and a buyer sent a link to a game trading platform {v} had never used. The platform said the funds were frozen until {v} paid a deposit.",
               "A stranger in the game offered free skins and rare skins if {v} scanned a code and followed the steps on an \"event\" page.",
               "The buyer of {vp} game equipment insisted on a third-party trading site, where a withdrawal fee was needed before the game currency could be released."],
        titles_zh=["出售游戏账号遭遇虚假交易平台，{who}被骗{amount}元", "{city}一少年想领免费皮肤，家长账户被转走{amount}元",
                   "游戏装备交易被骗，{city}市民损失{amount}元"],
        hooks_zh=["{ta}想出售游戏账号，买家发来一个陌生的游戏交易平台链接，平台提示资金被冻结，需缴纳保证金。",
                  "游戏里有人说可以免费领皮肤，让孩子扫码并按“活动页面”提示操作。",
                  "买家要求通过第三方网站交易游戏装备，提现时又被要求缴纳手续费才能解冻游戏币。"]),
    "fake-loan-credit": dict(
        short="loan", channels=["phone", "app"],
        tactics=["remote-app-download", "transfer-to-personal-account"],
        titles=["\"Unsecured loan\" app takes {amount} yuan in fees from {who}",
                "{City} shop owner needs cash, loses {amount} yuan to a fake loan officer",
                "Loan \"frozen\" by a wrong card number: {who} pays {amount} yuan to unlock it"],
        hooks=["A loan officer called offering an unsecured loan with no collateral and same-day release. After {v} applied in an app, the loan was approved but could not be withdrawn.",
               "The app said the loan had been approved, but a \"loan specialist\" explained that the bank card number was filled in wrong and the funds were frozen until a fee was paid.",
               "{V} saw an advert for a quick loan without collateral; the lender asked for a deposit to prove {v} could repay before releasing the loan."],
        titles_zh=["“无抵押快速贷款”是骗局，{who}被骗{amount}元", "{city}一店主急需资金，被假信贷员骗走{amount}元",
                   "“银行卡号填写错误”贷款被冻结，{who}交“解冻费”{amount}元"],
        hooks_zh=["一名自称信贷员的男子来电，称可以办理无抵押贷款，当天放款。",
                  "贷款App显示审核通过，但“贷款专员”说{ta}的银行卡号填写错误，贷款被冻结，需要缴纳解冻金。",
                  "{ta}在网上看到“快速放款、无需抵押”的广告，对方要求先交保证金证明还款能力。"]),
    "impersonating-authorities": dict(
        short="police", channels=["phone"],
        tactics=["transfer-to-personal-account", "screen-sharing", "remote-app-download"],
        titles=["Fake police \"money laundering\" call costs {who} {amount} yuan",
                "{City} retiree told of an arrest warrant, moves {amount} yuan to a \"safe account\"",
                "Caller posing as police demands fund verification from {who}"],
        hooks=["A caller posing as a police officer said {vp} identity had been used for money laundering and that an arrest warrant had been issued. To prove {vp} innocence, {v} had to move {vp} savings to a safe account for fund verification.",
               "The man said he was a detective from another province, showed a \"wanted notice\" in a video call and said {vp} accounts would be frozen unless {v} cooperated with the investigation in secret.",
               "A recorded message said a parcel in {vp} name contained illegal items, then a man who claimed to be a police officer demanded a fund check."],
        titles_zh=["冒充公检法称涉嫌洗钱，{who}被骗{amount}元", "{city}一退休老人被告知有“逮捕令”，向“安全账户”转账{amount}元",
                   "“资金核查”是骗局：{city}市民损失{amount}元"],
        hooks_zh=["对方自称公安民警，称{ta}的身份信息被用于洗钱，已被下发逮捕令，要求{ta}配合资金核查，将存款转入“安全账户”。",
                  "一名男子冒充外省警察，在视频通话中出示“通缉令”，称要冻结{ta}的账户，并要求{ta}对家人保密。",
                  "语音提示称{ta}有一个包裹涉嫌违禁品，随后转接一名自称民警的男子，要求进行资金清查。"]),
    "impersonating-acquaintance": dict(
        short="boss", channels=["wechat", "qq"],
        tactics=["transfer-to-personal-account", "chat-group-invite"],
        titles=["Fake boss asks accountant {who} to transfer {amount} yuan",
                "{City} employee pays a \"partner\" {amount} yuan for someone posing as the boss",
                "\"I changed my number, I'm in a meeting\": {who} loses {amount} yuan"],
        hooks=["A new contact posing as the boss said he had changed his number and was in a meeting, and asked {vo} to transfer a deposit to a partner company at once.",
               "Someone using a photo of an old classmate said it was not convenient to talk and asked to borrow money for a hospital bill.",
               "A message from the \"company leader\" added {vo} to a work group, then asked privately for an urgent payment to a supplier."],
        titles_zh=["冒充领导让会计转账，{who}被骗{amount}元", "{city}一职员给“老板”的合作方转账{amount}元",
                   "“我换号了，在开会”：{who}损失{amount}元"],
        hooks_zh=["一个冒充领导的新好友称自己换了号码，正在开会不方便接电话，让{ta}立即给合作方转一笔保证金。",
                  "有人冒充{ta}的老同学，说不方便通话，急需借钱交医药费。",
                  "“公司老板”把{ta}拉进一个工作群，随后私聊要求{ta}紧急向供应商付款。"]),
    "fake-investment": dict(
        short="invest", channels=["wechat", "app"],
        tactics=["chat-group-invite", "remote-app-download", "fake-website", "borrow-to-pay"],
        titles=["Stock tips group leads {who} to a fake investment platform, {amount} yuan lost",
                "{City} retiree follows a \"stock teacher\" and loses {amount} yuan",
                "Fake trading app shows profits but {who} cannot withdraw {amount} yuan"],
        hooks=["{V} was added to a stock trading group where a \"stock teacher\" gave free stock tips. After a few lucky calls, the teacher recommended an investment platform with \"insider\" returns.",
               "An investment adviser in the group shared screenshots of big profits and told members to open an account on a new investment app.",
               "The platform showed steady profits, but when {v} tried to withdraw {v} was told to pay a \"margin\" and a tax first."],
        titles_zh=["炒股群里“荐股老师”带他进了虚假投资平台，被骗{amount}元", "{city}一退休老人跟着“股票老师”投资，损失{amount}元",
                   "虚假投资App显示盈利却无法提现，{who}被骗{amount}元"],
        hooks_zh=["{ta}被拉进一个炒股群，群里的“老师”每天免费荐股，几次“推荐股票”都涨了之后，老师推荐了一个投资平台。",
                  "群里的投资顾问不断晒出盈利截图，让大家下载一个新的投资App开户带单。",
                  "投资平台显示收益稳定，但{ta}想提现时，对方要求先缴纳保证金和个人所得税。"]),
    "online-romance": dict(
        short="romance", channels=["app", "wechat"],
        tactics=["fake-website", "borrow-to-pay", "transfer-to-personal-account"],
        titles=["\"Boyfriend\" met on a dating app leads {who} into a {amount}-yuan loss",
                "Pig butchering in {city}: an online romance ends in debt",
                "{City} man loses {amount} yuan to a match from a dating website"],
        hooks=["{V} met someone on a dating app who claimed to be a successful engineer. After weeks of daily chats the new friend mentioned a betting website with a \"loophole\" an uncle had found.",
               "The match {v} met on a matchmaking website soon spoke of marriage and then showed {vo} a platform that supposedly earned steady returns: a classic pig butchering scheme.",
               "A friend-making app introduced {vo} to someone abroad who sent gifts and promised to visit, then asked {vo} for help with a \"customs fee\"."],
        titles_zh=["网恋“男友”诱导投资，{who}被骗{amount}元", "“杀猪盘”又来了：{city}一女子损失{amount}元",
                   "婚恋网站认识的“对象”让他损失{amount}元"],
        hooks_zh=["{ta}在婚恋平台上认识一名自称工程师的男子，两人很快确定恋爱关系，对方随后介绍了一个有“漏洞”的网站。",
                  "{ta}在交友软件上认识的女子谈起结婚，又说自己在一个平台上稳定盈利，这是典型的杀猪盘。",
                  "{ta}在交友App上认识一名“海外军医”，对方寄礼物、说要回国见面，随后以“关税”为由要求{ta}转账。"]),
}

TACTICS = {
    "verification-code": ([
        "Then the caller asked {vo} to read out the verification code that had just arrived by SMS, saying the system needed it to confirm the payment.",
        "Each time a verification code arrived he asked for it, and each time another payment left the card.",
    ], ["随后对方让{ta}报出刚收到的短信验证码，说系统需要验证。", "每收到一个验证码，对方就要走一个，卡里的钱也随之被转走一笔。"]),
    "screen-sharing": ([
        "The caller told {vo} to open a meeting app and share {vp} screen so that he could guide {vo} step by step.",
        "To \"help\" him, the caller asked {vo} to turn on screen sharing in a video-conferencing app.",
    ], ["对方让{ta}下载会议软件并开启屏幕共享，说要“一步步指导操作”。", "为了“方便指导”，对方要求{ta}开启共享屏幕。"]),
    "refund-link-or-qr": ([
        "{V} was sent a refund link and asked to scan a QR code to receive the money.",
        "The caller sent a compensation link and told {vo} to scan the code with {vp} payment app.",
    ], ["对方发来一个退款链接，让{ta}扫码领取退款。", "“客服”发来理赔链接和二维码，要求{ta}扫码填写信息。"]),
    "remote-app-download": ([
        "The caller asked {vo} to download an app from a link he sent; it turned out to give him remote control of {vp} phone.",
        "{V} was told to install the app from an installation package sent in the chat.",
    ], ["对方发来链接让{ta}下载一个App，实际上是远程控制软件。", "对方要求{ta}按要求下载一款聊天软件，并安装对方发来的安装包。"]),
    "transfer-to-personal-account": ([
        "The money had to go to a designated account in the name of a person {v} had never heard of.",
        "{V} was told to transfer everything to the account they provided, which was someone else's account.",
    ], ["对方要求{ta}把钱转到指定账户，收款人是一个陌生人。", "{ta}按要求把钱转到对方提供的账户，那是一个私人账户。"]),
    "borrow-to-pay": ([
        "When {vp} balance ran out, the caller urged {vo} to take out loans on Huabei and Jiebei to finish the process.",
        "{V} borrowed from loan apps and from friends to keep going, sure the money would come back.",
    ], ["卡里钱不够时，对方诱导{ta}在借呗、花呗上借款继续操作。", "为了“解冻”资金，{ta}先后在多个网贷平台借款，还向亲友借了钱。"]),
    "fake-website": ([
        "The page was a fake website that copied the look of a real platform, down to the logo and the customer-service chat.",
        "The site was a phishing page: official-looking, but registered only a few days earlier.",
    ], ["那是一个仿冒网站，页面和正规平台几乎一模一样。", "事后民警查明，对方发来的是钓鱼网站，域名注册不过几天。"]),
    "chat-group-invite": ([
        "The caller added {vo} to a QQ group where other \"customers\" were posting screenshots of the money they had received.",
        "{V} was asked to join a group chat, where several members praised the service.",
    ], ["对方把{ta}拉进一个QQ群，群里不少“顾客”在晒收款截图。", "{ta}被拉进一个微信群，群里的人都在说已经拿到了钱。"]),
}

OPENINGS_EN = [
    "On {weekday}, {who}, {job} in {city}, received a call from a number {she} did not know.",
    "{Who}, {age}, {job} living in {city}, had bought a few things online the week before.",
    "Late one evening in {city}, {who} ({job}) got a message that seemed to come from a well-known platform.",
    "{Who} works as {job} in {district}. Like many residents of {city}, {she} shops online several times a week.",
]
OPENINGS_ZH = [
    "{weekday}，家住{city}的{job}{who}接到一个陌生电话。",
    "{city}市民{who}今年{age}岁，是一名{job}，前几天刚在网上买了东西。",
    "一天晚上，{city}的{who}收到一条看似来自知名平台的消息。",
    "{who}是{city}{district}的一名{job}，平时经常网购。",
]
FILLERS_EN = [
    "The conversation lasted almost an hour. The caller was patient and polite, repeated the details {she} already knew and answered every question, which made {vo} trust the caller more.",
    "At first {she} hesitated. The caller stayed calm, explained that thousands of customers had already completed the same procedure and that {she} only had to follow the instructions on {her} screen.",
    "Several times during the call the money seemed to move back and forth, and the caller reassured {vo} that the system was only \"checking\" the account and that nothing would be lost.",
    "By the time {she} realised something was wrong, the caller had stopped answering and the group chat had been dissolved. {She} checked {her} bank app and saw the transfers one after another.",
    "Police say the fraudsters often have accurate personal details such as names, addresses and order numbers, which they buy from leaked databases. Knowing such details is no proof that a caller is genuine.",
    "Officers from the local anti-fraud centre traced the money through several accounts in other provinces within hours, and part of it was frozen before it could be withdrawn.",
    "{Her} family only learned of the loss later that evening. {Her} son said {she} had always been careful and had never thought {she} could fall for such a call.",
    "The case is one of dozens reported in {city} this year with the same pattern, police said, and the number usually rises around big shopping festivals such as Double 11 and 618.",
    "The bank noticed the unusual transfers and called {vo}, but by then most of the money had already left the account.",
    "When {she} came to the police station {she} still had the chat records and the payment receipts, which helped officers act quickly.",
]
FILLERS_ZH = [
    "通话持续了将近一个小时。对方语气客气、耐心，准确说出了{who}的个人信息，让{who}逐渐放下了戒心。",
    "起初{who}也有些犹豫，但对方说已经有很多顾客办理过同样的手续，只需按照提示操作即可。",
    "操作过程中，对方多次安慰称只是“系统核验”，钱很快就会退回，不会有任何损失。",
    "等到发现不对劲时，对方已经不再回复消息，群聊也被解散。{who}打开手机银行，发现卡里的钱被分多笔转走。",
    "民警介绍，骗子往往掌握受害人的姓名、地址、订单号等真实信息，这些信息大多来自泄露的数据，能说出这些信息并不代表对方可信。",
    "接到报警后，反诈中心民警立即开展资金止付，部分被骗资金在转出前被成功冻结。",
    "当晚家人才得知此事。{who}的儿子说，{parent}平时很谨慎，没想到还是上了当。",
    "警方表示，今年以来{city}已发生数十起同类案件，每逢“双11”“618”等购物节前后，此类案件明显增多。",
    "银行发现异常交易后曾致电提醒，但大部分资金已经被转出。",
    "报警时，{who}保存了完整的聊天记录和转账凭证，为民警追查提供了重要线索。",
]
POLICE_EN = [
    "Police remind residents:",
    "The anti-fraud centre offers this advice:",
    "What to do if you get a call like this:",
]
POLICE_ZH = ["警方提醒：", "反诈中心提示：", "遇到此类情况请注意："]
ADVICE_EN = [
    "Hang up and check the order in the official app or by the platform's published hotline.",
    "No genuine platform asks you to move money to \"unlock\", \"verify\" or \"cancel\" anything.",
    "Do not click links or install apps sent by strangers.",
    "Keep chat records and receipts, and report to 110 or 96110 at once if you have paid.",
    "Install the national anti-fraud app and turn on its call warnings.",
    "Talk to a family member before you transfer any money to someone you have not met.",
]
ADVICE_ZH = [
    "挂断电话，通过官方App或官方客服电话核实订单情况。",
    "正规平台不会要求转账“解冻”“验证”或“注销”。",
    "不点击陌生人发来的链接，不安装来路不明的App。",
    "如已转账，请保留聊天记录和转账凭证，立即拨打110或96110报警。",
    "下载国家反诈中心App，开启来电预警功能。",
    "向陌生人转账前，先和家人商量。",
]
HEADINGS_EN = ["How it unfolded", "What happened next", "The police investigation", "Why it worked"]
HEADINGS_ZH = ["事情经过", "后续", "警方调查", "骗局为何得逞"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
DISTRICTS = ["Jinjiang District", "Wuhou District", "the High-tech Zone", "the old town", "Riverside New Area",
             "the university district", "the east side"]
DISTRICTS_ZH = ["锦江区", "武侯区", "高新区", "老城区", "滨江新区", "大学城", "东城区"]
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def money(amount):
    return f"{amount:,}"


def flow(items):
    return "[" + ", ".join(items) + "]"


def read_front(path):
    """`name` and `summary` of a taxonomy file, and its body (no YAML library needed)."""
    text = open(path, encoding="utf-8").read()
    parts = text.split("\n---", 1)
    head = parts[0]
    body = parts[1].split("\n", 1)[1] if len(parts) > 1 and "\n" in parts[1] else ""
    fields = {}
    for line in head.splitlines():
        m = re.match(r"^(name|summary|title|headline):\s*(.*)$", line)
        if m:
            value = m.group(2).strip()
            if value.startswith('"') and value.endswith('"'):
                value = json.loads(value)
            fields[m.group(1)] = value
    return fields, body


PD_MOBILE = re.compile(r"(?<![\d*＊])1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d*＊])")
PD_LONG = re.compile(r"\d{16,}")
PD_MAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.")


def assert_clean(text, where):
    for rx in (PD_MOBILE, PD_LONG, PD_MAIL):
        m = rx.search(text)
        if m:
            raise SystemExit(f"generator bug: personal-data-like `{m.group(0)}` in {where}")


# ---------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------


class Case:
    pass


def pronouns(female):
    she, her, obj = ("she", "her", "her") if female else ("he", "his", "him")
    return dict(she=she, She=she.capitalize(), her=her, Her=her.capitalize(), v=she, V=she.capitalize(), vp=her, vo=obj,
                ta="她" if female else "他", parent="母亲" if female else "父亲")


def make_case(rng, index, type_ids, tactic_ids, n_hosts, start, span_days):
    c = Case()
    known_types = [t for t in TYPES if t in type_ids] or type_ids
    c.type = rng.choice(known_types)
    spec = TYPES.get(c.type)
    c.index = index
    c.day = start + timedelta(days=rng.randrange(span_days))
    c.with_time = rng.random() < 0.3
    c.hour, c.minute = rng.randrange(8, 22), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    c.city, c.province, c.city_zh = rng.choice(CITIES)
    c.surname, c.surname_zh = rng.choice(SURNAMES)
    c.female = rng.random() < 0.6
    c.age = rng.choice(AGES)
    c.job = rng.randrange(len(JOBS_EN))
    c.district = rng.randrange(len(DISTRICTS))
    c.weekday = c.day.weekday()
    c.amount = int(round(rng.lognormvariate(9.3, 1.3), -1)) if rng.random() < 0.9 else None
    if c.amount is not None:
        c.amount = max(50, min(c.amount, 3_000_000))
    pool = spec["tactics"] if spec else tactic_ids
    pool = [t for t in pool if t in tactic_ids] or tactic_ids[:2]
    c.tactics = sorted(rng.sample(pool, k=min(len(pool), rng.choice([1, 2, 2, 3]))))
    c.channels = list(spec["channels"]) if spec else ["phone"]
    if rng.random() < 0.3:
        extra = rng.choice(["phone", "sms", "qq", "wechat", "app", "website"])
        if extra not in c.channels:
            c.channels.append(extra)
    c.declare = rng.random() < 0.5  # half declare scam_types/tactics, half leave them to inference
    c.summary = rng.random() < 0.4
    c.title_variant = rng.randrange(3)
    c.hooks = rng.sample(range(3), 2)
    c.tactic_variant = {t: rng.randrange(2) for t in c.tactics}
    c.fillers_en = rng.sample(range(len(FILLERS_EN)), rng.randint(3, 5))
    c.fillers_zh = rng.sample(range(len(FILLERS_ZH)), rng.randint(2, 4))
    c.opening = rng.randrange(len(OPENINGS_EN))
    c.heading = rng.randrange(len(HEADINGS_EN))
    c.advice = sorted(rng.sample(range(len(ADVICE_EN)), rng.randint(3, 4)))
    c.police = rng.randrange(len(POLICE_EN))
    c.mask = rng.random() < 0.25
    c.mask_digits = f"{rng.randrange(10000):04d}"
    c.quote = rng.random() < 0.3
    c.news = rng.sample(range(len(NEWS)), rng.choice([1, 1, 2]))
    host = lambda h: f"{DOMAIN_STEMS[h % len(DOMAIN_STEMS)]}-{h}.example"
    c.hosts = [host(rng.randrange(n_hosts))]
    if rng.random() < 0.3:
        c.hosts.append(host(rng.randrange(n_hosts)))
    c.scam_phone = f"+86 170 {rng.randrange(10000):04d} {rng.randrange(10000):04d}" if rng.random() < 0.5 else None
    c.qq_group = f"QQ group {rng.randrange(100000, 999999)}" if "chat-group-invite" in c.tactics and rng.random() < 0.5 else None
    c.draft = rng.random() < 0.005
    c.expires = c.day + timedelta(days=365 * 3) if rng.random() < 0.02 else None
    # A correction is never dated after the corpus's last day (the build clock).
    last = start + timedelta(days=span_days - 1)
    c.updated = min(c.day + timedelta(days=rng.randint(1, 30)), last) if rng.random() < 0.05 else None
    c.slug = f"{c.day.isoformat()}-{spec['short'] if spec else c.type[:8]}-{re.sub(r'[^a-z]', '', c.city.lower())}-{index:06d}"
    return c


def who_en(c):
    return ("Ms. " if c.female else "Mr. ") + c.surname


def who_zh(c):
    return c.surname_zh + ("女士" if c.female else "先生")


def title_en(c):
    spec = TYPES[c.type]
    return spec["titles"][c.title_variant].format(who=who_en(c), amount=money(c.amount or 3000), city=c.city, City=c.city)


def title_zh(c):
    spec = TYPES[c.type]
    return spec["titles_zh"][c.title_variant].format(who=who_zh(c), amount=money(c.amount or 3000), city=c.city_zh)


def body_en(c):
    spec = TYPES[c.type]
    p = pronouns(c.female)
    fmt = dict(who=who_en(c), Who=who_en(c), job=JOBS_EN[c.job], city=c.city, age=c.age,
               district=DISTRICTS[c.district], weekday=WEEKDAYS_EN[c.weekday], **p)
    out = []
    out.append(OPENINGS_EN[c.opening].format(**fmt) + " " + spec["hooks"][c.hooks[0]].format(**fmt))
    if c.mask:
        out.append(f"The caller even knew that {p['her']} phone number ended in {c.mask_digits} and read out the first digits as 138****{c.mask_digits}.")
    out.append(f"## {HEADINGS_EN[c.heading]}")
    para = [spec["hooks"][c.hooks[1]].format(**fmt)]
    for t in c.tactics:
        if t in TACTICS:
            para.append(TACTICS[t][0][c.tactic_variant[t]].format(**fmt))
    out.append(" ".join(para))
    if c.hosts:
        out.append(f"The page {p['she']} was sent lived at {c.hosts[0]}, an address registered only days before. "
                   f"Police have since asked the registrar to take it down.")
    if c.quote:
        out.append(f"> \"It all sounded so professional,\" {who_en(c)} told officers. \"I never imagined the whole thing was made up.\"")
    for i in c.fillers_en:
        out.append(FILLERS_EN[i].format(**fmt))
    if c.amount:
        n = 1 + c.amount % 7
        out.append(f"In total {who_en(c)} made {WORDS[n - 1] if n <= 9 else n} transfers and lost **{money(c.amount)} yuan** before "
                   f"calling the anti-fraud hotline.")
    out.append(POLICE_EN[c.police])
    out.append("\n".join(f"- {ADVICE_EN[i]}" for i in c.advice))
    src = NEWS[c.news[0]]
    out.append(f"Read how [this kind of scam works](/types/{c.type}/) and the original report in "
               f"[{src[0]}](https://{src[1]}/{c.day.year}/{c.day.month:02d}/{c.day.day:02d}/{c.slug}).")
    return "\n\n".join(out) + "\n"


def body_zh(c):
    spec = TYPES[c.type]
    fmt = dict(who=who_zh(c), job=JOBS_ZH[c.job], city=c.city_zh, age=c.age, district=DISTRICTS_ZH[c.district],
               weekday=WEEKDAYS_ZH[c.weekday], **pronouns(c.female))
    out = []
    out.append(OPENINGS_ZH[c.opening].format(**fmt) + spec["hooks_zh"][c.hooks[0]].format(**fmt))
    if c.mask:
        out.append(f"对方甚至知道{'她' if c.female else '他'}的手机尾号{c.mask_digits}，还报出了138****{c.mask_digits}这样的号码。")
    out.append(f"## {HEADINGS_ZH[c.heading]}")
    para = [spec["hooks_zh"][c.hooks[1]].format(**fmt)]
    for t in c.tactics:
        if t in TACTICS:
            para.append(TACTICS[t][1][c.tactic_variant[t]].format(**fmt))
    out.append("".join(para))
    if c.hosts:
        out.append(f"对方发来的页面地址为 {c.hosts[0]}，域名注册仅几天。警方已通知注册商关停该网站。")
    if c.quote:
        out.append(f"> “对方说得太专业了，”{who_zh(c)}告诉民警，“我根本没想到这是骗局。”")
    for i in c.fillers_zh:
        out.append(FILLERS_ZH[i].format(**fmt))
    if c.amount:
        out.append(f"{who_zh(c)}先后转账{1 + c.amount % 7}次，共计损失**{money(c.amount)}元**，随后拨打反诈专线报警。")
    out.append(POLICE_ZH[c.police])
    out.append("\n".join(f"{n}. {ADVICE_ZH[i]}" for n, i in enumerate(c.advice, 1)))
    src = NEWS[c.news[0]]
    out.append(f"了解[此类骗局的作案手法](/zh/types/{c.type}/)，或阅读"
               f"[{NEWS_ZH[c.news[0]]}的原始报道](https://{src[1]}/{c.day.year}/{c.day.month:02d}/{c.day.day:02d}/{c.slug})。")
    return "\n\n".join(out) + "\n"


def first_sentence(text, zh):
    if zh:
        m = re.search(r"^.*?。", text)
        return m.group(0) if m else text[:80]
    m = re.search(r"^.*?[.!?](\s|$)", text)
    return (m.group(0) if m else text[:160]).strip()


def date_text(c):
    if c.with_time:
        return f"{c.day.isoformat()}T{c.hour:02d}:{c.minute:02d}:00+08:00"
    return c.day.isoformat()


def front_matter(c, lang, role, hugo):
    """role: 'base' (default-language file), 'translation' (zh beside en), 'standalone' (zh-only)."""
    zh = lang == "zh"
    lines = []
    title = title_zh(c) if zh else title_en(c)
    lines.append(f"title: {q(title)}")
    full = role != "translation" or hugo
    if full:
        lines.append(f"date: {date_text(c)}")
    if c.summary:
        hook = TYPES[c.type]["hooks_zh" if zh else "hooks"][c.hooks[0]].format(**pronouns(c.female))
        text = first_sentence(hook, zh)
        lines.append(f"summary: {q(text)}")
    lines.append(f"region: {q(c.city_zh if zh else c.city + ', ' + c.province)}")
    if full:
        if c.declare or hugo:  # Hugo has no inference: it gets the generator's own tags
            lines.append(f"scam_types: {flow([c.type])}")
            lines.append(f"tactics: {flow(c.tactics)}")
        lines.append(f"channels: {flow(c.channels)}")
        if c.amount:
            lines.append(f"loss: {{amount: {c.amount}, currency: CNY}}")
        ind = [f"https://{h}" if i == 0 else h for i, h in enumerate(c.hosts)]
        if c.scam_phone:
            ind.append(c.scam_phone)
        if c.qq_group:
            ind.append(c.qq_group)
        lines.append("indicators:")
        lines += [f"  - {q(x)}" for x in ind]
        lines.append("sources:")
        for k in c.news:
            name, host = NEWS[k]
            url = f"https://{host}/{c.day.year}/{c.day.month:02d}/{c.day.day:02d}/{c.slug}"
            lines.append(f"  - {{name: {q(NEWS_ZH[k] if zh else name)}, url: {q(url)}}}")
        if c.draft:
            lines.append("draft: true")
        if c.updated:
            lines.append(f"{'lastmod' if hugo else 'updated'}: {c.updated.isoformat()}")
        if c.expires:
            lines.append(f"{'expiryDate' if hugo else 'expires'}: {c.expires.isoformat()}")
    return "---\n" + "\n".join(lines) + "\n---\n"


# ---------------------------------------------------------------------------------------------
# Taxonomy copy (and campaigns when the repository ships none yet)
# ---------------------------------------------------------------------------------------------

FALLBACK_CAMPAIGNS = {
    "double-11": ("""---
title: Double 11 shopping festival
window: {start: "10-20", end: "11-15"}
focus: [fake-refund-customer-service, fake-courier-compensation, fake-delivery-notice, fake-shopping]
headline: Refunds and compensation never need your SMS code or a link from a caller.
flyer: {papers: [a4, a5, letter], large_print: true}
---
Around Double 11 fraudsters call shoppers posing as shop or courier customer service. Hang up, check the order in the official app, and never share a verification code.
""", """---
title: “双11”购物节防骗提醒
headline: 退款理赔从不需要验证码，也不需要点对方发来的链接。
---
“双11”前后，骗子冒充商家或快递客服来电。请挂断电话，到官方App核实订单，绝不透露验证码。
"""),
    "618": ("""---
title: 618 mid-year sale
window: {start: "06-01", end: "06-20"}
focus: [fake-refund-customer-service, fake-shopping, fake-prize-coupon]
headline: Prizes that cost money and bargains outside the platform are scams.
flyer: {papers: [a4]}
---
During the 618 sales, buy only on the platform, pay only through it, and ignore prizes that ask for a fee.
""", """---
title: “618”年中大促防骗提醒
headline: 要交钱的奖品、平台外的低价都是骗局。
---
“618”期间请在平台内下单付款，要求先交费的中奖信息一律不信。
"""),
    "spring-festival": ("""---
title: Spring Festival travel season
window: {start: "01-10", end: "02-20"}
focus: [impersonating-acquaintance, fake-loan-credit, fake-delivery-notice]
headline: A relative asking for money by message? Call them first.
flyer: {papers: [a4, a5]}
---
Before the holidays, scammers pose as relatives, bosses and lenders. Call the person on a number you already know before paying anything.
""", """---
title: 春节防骗提醒
headline: 亲友发消息借钱？先打电话核实。
---
春节前后，骗子冒充亲友、领导和贷款机构。付款前，先用已知号码打电话核实。
"""),
}


def copy_taxonomy(alerts, flyers=None):
    os.makedirs(alerts, exist_ok=True)
    for name in sorted(os.listdir(SHIPPED)):
        src = os.path.join(SHIPPED, name)
        if os.path.isfile(src) and (name.startswith("site") or name.startswith("advice")):
            shutil.copyfile(src, os.path.join(alerts, name))
    for folder in ("types", "tactics", "campaigns"):
        src = os.path.join(SHIPPED, folder)
        dst = os.path.join(alerts, folder)
        os.makedirs(dst, exist_ok=True)
        if os.path.isdir(src):
            for name in sorted(os.listdir(src)):
                if name.endswith(".md"):
                    shutil.copyfile(os.path.join(src, name), os.path.join(dst, name))
    fallback = False
    if flyers:
        shutil.rmtree(os.path.join(alerts, "campaigns"))
        os.makedirs(os.path.join(alerts, "campaigns"))
    if not any(n.endswith(".md") for n in os.listdir(os.path.join(alerts, "campaigns"))):
        fallback = True
        for cid, (en, zh) in FALLBACK_CAMPAIGNS.items():
            if flyers:
                papers = "{papers: [a4, a5, letter], large_print: true}" if flyers == "heavy" else "{papers: [a4]}"
                en = re.sub(r"^flyer: .*$", "flyer: " + papers, en, flags=re.M)
            open(os.path.join(alerts, "campaigns", cid + ".md"), "w", encoding="utf-8").write(en)
            open(os.path.join(alerts, "campaigns", cid + ".zh.md"), "w", encoding="utf-8").write(zh)
    ids = lambda folder: sorted(n[:-3] for n in os.listdir(os.path.join(alerts, folder))
                                if n.endswith(".md") and n.count(".") == 1)
    return ids("types"), ids("tactics"), fallback


def hugo_terms(alerts, content):
    """One _index page per term, so Hugo's term pages carry the taxonomy's name, summary and body."""
    for folder, taxonomy in (("types", "scam_types"), ("tactics", "tactics")):
        src = os.path.join(alerts, folder)
        if not os.path.isdir(src):
            continue
        for name in sorted(os.listdir(src)):
            if not name.endswith(".md"):
                continue
            pieces = name.split(".")
            term, lang = pieces[0], (pieces[1] if len(pieces) == 3 else None)
            fields, body = read_front(os.path.join(src, name))
            if not fields.get("name"):
                continue
            dst = os.path.join(content, taxonomy, term)
            os.makedirs(dst, exist_ok=True)
            out = f"---\ntitle: {q(fields['name'])}\nsummary: {q(fields.get('summary', ''))}\n---\n{body}"
            open(os.path.join(dst, f"_index.{lang}.md" if lang else "_index.md"), "w", encoding="utf-8").write(out)


# ---------------------------------------------------------------------------------------------


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = [a for a in argv if a.startswith("--")]
    seed = 20261111
    for i, a in enumerate(argv):
        if a == "--seed" and i + 1 < len(argv):
            seed = int(argv[i + 1])
            args.remove(argv[i + 1])
    n = int(args[0]) if args else 10000
    outdir = os.path.abspath(args[1] if len(args) > 1 else os.path.join(HERE, "work", f"N{n}"))
    hugo = "--no-hugo" not in flags
    hosts = None
    for i, a in enumerate(argv):
        if a == "--hosts" and i + 1 < len(argv):
            hosts = int(argv[i + 1])
            args.remove(argv[i + 1])
    flyers = None
    for i, a in enumerate(argv):
        if a == "--flyers" and i + 1 < len(argv):
            flyers = argv[i + 1]
            args.remove(flyers)
    if flyers not in (None, "heavy", "light"):
        raise SystemExit("--flyers takes heavy or light")
    real = os.path.realpath(outdir)
    if real == os.path.realpath(REPO) or os.path.realpath(SHIPPED).startswith(real + os.sep) \
            or real.startswith(os.path.realpath(SHIPPED) + os.sep) or real == os.path.realpath(SHIPPED):
        raise SystemExit("OUTDIR may not be the repository, hold its Alerts/ or lie inside it")

    alerts = os.path.join(outdir, "Alerts")
    for d in (alerts, os.path.join(outdir, "hugo")):
        if os.path.isdir(d):
            shutil.rmtree(d)
    type_ids, tactic_ids, fallback = copy_taxonomy(alerts, flyers)
    unknown = [t for t in type_ids if t not in TYPES]
    if type_ids and not [t for t in type_ids if t in TYPES]:
        raise SystemExit("none of the shipped scam types is known to the generator")

    rng = random.Random(seed)
    n_en = n // 2
    n_zh = n - n_en
    pairs = min(n_en, int(n_zh * 0.6))
    zh_only = n_zh - pairs
    n_hosts = hosts or max(50, n // 4)
    start, end = date(2019, 1, 1), date(2026, 11, 20)
    span = (end - start).days + 1
    cases = [make_case(rng, i, type_ids, tactic_ids, n_hosts, start, span) for i in range(n_en + zh_only)]
    # en cases are the first n_en; the first `pairs` of them get a translation; the rest are zh-only.
    stats = dict(files=0, en=0, zh=0, pairs=pairs, zh_only=zh_only, declared=0, inferred=0, drafts=0,
                 words_en=0, chars_zh=0)
    hugo_content = os.path.join(outdir, "hugo", "content")
    ground_truth = []

    def write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    for i, c in enumerate(cases):
        year = str(c.day.year)
        variants = []
        if i < n_en:
            variants.append(("en", "base"))
            if i < pairs:
                variants.append(("zh", "translation"))
        else:
            variants.append(("zh", "standalone"))
        for lang, role in variants:
            zh = lang == "zh"
            body = body_zh(c) if zh else body_en(c)
            name = f"{c.slug}.zh.md" if zh else f"{c.slug}.md"
            fm = front_matter(c, lang, role, hugo=False)
            text = fm + "\n" + body
            indicator_free = re.sub(r"indicators:\n(  - .*\n)+", "", fm) + body
            assert_clean(indicator_free, name)
            write(os.path.join(alerts, "cases", year, name), text)
            if hugo:
                write(os.path.join(hugo_content, "cases", year, name), front_matter(c, lang, role, hugo=True) + "\n" + body)
            stats["files"] += 1
            stats[lang] += 1
            if zh:
                stats["chars_zh"] += len(re.sub(r"\s", "", body))
            else:
                stats["words_en"] += len(body.split())
        stats["declared" if c.declare else "inferred"] += 1
        stats["drafts"] += c.draft
        ground_truth.append(f"{c.slug}\t{c.type}\t{','.join(c.tactics)}\t{'declared' if c.declare else 'inferred'}")

    if hugo:
        os.makedirs(hugo_content, exist_ok=True)
        for name in ("hugo.toml",):
            shutil.copyfile(os.path.join(HERE, "hugo", name), os.path.join(outdir, "hugo", name))
        shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(outdir, "hugo", "layouts"))
        hugo_terms(alerts, hugo_content)
    write(os.path.join(outdir, "ground-truth.tsv"), "slug\ttype\ttactics\ttagging\n" + "\n".join(ground_truth) + "\n")
    avg_en = stats["words_en"] / max(1, stats["en"])
    avg_zh = stats["chars_zh"] / max(1, stats["zh"])
    print(f"generated {stats['files']} case files in {outdir}/Alerts ({stats['en']} en, {stats['zh']} zh: "
          f"{pairs} translated pairs, {zh_only} zh-only; {stats['declared']} cases declare their tags, "
          f"{stats['inferred']} leave them to inference; {stats['drafts']} drafts; "
          f"~{avg_en:.0f} words/en body, ~{avg_zh:.0f} chars/zh body; scam hosts drawn from {n_hosts}; seed {seed})"
          + ("; campaigns: benchmark fallback (repository has none yet)" if fallback else "")
          + (f"; types unknown to the generator: {', '.join(unknown)}" if unknown else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
