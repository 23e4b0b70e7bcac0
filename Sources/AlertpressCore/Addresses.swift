/// Home addresses down to the door: a flat's room (`3栋2单元501室`), an address after the words for
/// where someone lives (`家住…路152号`, `收货地址：…1688号`, `位于…5号的家中`), and in English a flat or
/// house with its street and postcode or ZIP code (`Flat 3, 22 Baker Street`, `14 Acacia Avenue, Leeds
/// LS6 2QT`), or a house and street after the words for where someone lives (`lives at 14 Acacia Avenue`).
/// A road, a district or a town alone passes: that is where a case happened, not whose door it is.
enum Addresses {
    /// Cheap test on the bytes: a digit right before 室 or 房 (a room), or a building between digits, or a
    /// unit (单元) before one (a flat without 室); 住 after a person, 地址, 位于 or 家在 (where someone lives), each only
    /// with a door number in the line (a digit before 号 or 楼, a letter before 室, 座 before a digit);
    /// in English a number before a capital ("22 Baker") and a street's word whole, or a flat ("Flat 3",
    /// "Apt 4B", "Room 501", "Unit 5"), or the words for where someone lives, whole ("lives at", "home
    /// address", ", of"), with a number or a flat's or house's word right after them.
    static func mayFind(in text: String) -> Bool { !forms(in: text).isEmpty }

    /// Which patterns may find an address: those of Chinese addresses, of English flats and houses, of
    /// English homes after the words for where someone lives. Each runs only where its own words are:
    /// the patterns cost far more than this test.
    struct Forms: OptionSet {
        let rawValue: UInt8
        static let chinese = Forms(rawValue: 1), english = Forms(rawValue: 2), livesAt = Forms(rawValue: 4)
        static let all: Forms = [.chinese, .english, .livesAt]
    }

    /// The forms `mayFind` tells of: see there.
    static func forms(in text: String) -> Forms {
        var copy = text
        var fullWidth = false
        let found = copy.withUTF8 { bytes in
            func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            func scalar(at index: Int) -> UInt32 {
                guard index >= 0, index + 2 < bytes.count else { return 0 }
                return UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            }
            func starts(_ word: StaticString, at index: Int) -> Bool {
                word.withUTF8Buffer { word in index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] == word[$0] } }
            }
            func startsAnyCase(_ word: StaticString, at index: Int) -> Bool {
                word.withUTF8Buffer { word in index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] | 0x20 == word[$0] } }
            }
            /// What may follow the words for where someone lives: after a colon, a comma, "is" or "was", a number
            /// ("14 Acacia Avenue") or "No.", "Flat", "Apt", "Apartment", "Room", "Unit", "House", "Building" or "Block".
            func opensHouse(after end: Int) -> Bool {
                var index = end
                while index < bytes.count, " :,".utf8.contains(bytes[index]) { index += 1 }
                if startsAnyCase("is ", at: index) { index += 3 } else if startsAnyCase("was ", at: index) { index += 4 }
                while index < bytes.count, " :".utf8.contains(bytes[index]) { index += 1 }
                return isDigit(index) || houseWords.contains { startsAnyCase($0, at: index) }
            }
            var numberBeforeCapital = false, livesAt = false, doorNumber = false
            var forms: Forms = []
            for index in bytes.indices {
                switch bytes[index] {
                case 0xE4, 0xE5, 0xE6, 0xE8:
                    switch scalar(at: index) {
                    case 0xE5AEA4, 0xE688BF: // 室, 房; 号房
                        if isDigit(index - 1) || (index >= 2 && bytes[index - 1] == 0x20 && isDigit(index - 2)) { forms.insert(.chinese) }
                        if [0xE58FB7, 0xE8999F].contains(scalar(at: index - 3)), isDigit(index - 4) { forms.insert(.chinese) }
                        // A flat's letter: "18樓F室".
                        if index > 0, (0x41...0x5A).contains(bytes[index - 1] & 0xDF) { doorNumber = true }
                    case 0xE6A08B, 0xE6A39F, 0xE5B9A2: // 栋, 棟, 幢 between digits: "3栋501", "3栋2单元501"
                        if isDigit(index - 1), isDigit(index + 3) { forms.insert(.chinese) }
                    case 0xE58583: // 元 of 单元, 單元 before a digit: "2单元501"
                        if [0xE58D95, 0xE596AE].contains(scalar(at: index - 3)), isDigit(index + 3) { forms.insert(.chinese) }
                    case 0xE59CA8: // 在, after 家
                        if scalar(at: index - 3) == 0xE5AEB6 { livesAt = true }
                    case 0xE4BD8F: // 住 after a person or a comma (as `findings` takes it), or before 在 or 址
                        if livesBefore.contains(scalar(at: index - 3)) || (index > 0 && ",: ".utf8.contains(bytes[index - 1]))
                            || [0xE59CA8, 0xE59D80, 0xE5A484, 0xE89995, 0xE68980, 0xE5AE85].contains(scalar(at: index + 3)) { livesAt = true } // 在, 址, 处, 處, 所, 宅
                    case 0xE5AF93: // 寓 of 寓所
                        if scalar(at: index + 3) == 0xE68980 { livesAt = true }
                    case 0xE5B185: // 居 before 于 or 於, or after 现 or 現: 居于, 现居
                        if [0xE4BA8E, 0xE696BC].contains(scalar(at: index + 3)) || [0xE78EB0, 0xE78FBE].contains(scalar(at: index - 3)) { livesAt = true }
                    case 0xE59D80: // 址, after 地
                        if scalar(at: index - 3) == 0xE59CB0 { livesAt = true }
                    case 0xE4BA8E, 0xE696BC: // 于, 於, after 位
                        if scalar(at: index - 3) == 0xE4BD8D { livesAt = true }
                    case 0xE58FB7, 0xE8999F, 0xE6A893, 0xE6A5BC: // 号, 號, 樓, 楼
                        if isDigit(index - 1) || (index >= 2 && bytes[index - 1] == 0x20 && isDigit(index - 2)) {
                            doorNumber = true
                            // "12号的家中", "12号的寓所", "12号 的家中": a home named after its address.
                            var next = index + 3
                            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                            if scalar(at: next) == 0xE79A84 { next += 3 } // 的
                            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                            if homeWordStarts.contains(scalar(at: next)) { livesAt = true }
                        }
                    case 0xE5BAA7: // 座 before a digit: "A座1203"
                        if isDigit(index + 3) { doorNumber = true }
                    default: break
                    }
                case 0xEF:
                    // Full-width digits (８８号), which the patterns read as ASCII (`PersonalDataScanner.readable`): the text is looked at again so.
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBC, (0x90...0x99).contains(bytes[index + 2]) { fullWidth = true }
                case UInt8(ascii: "-"):
                    // A building, unit and flat: "3-2-501".
                    if isDigit(index - 1), isDigit(index + 1), bytes[(index + 1)...].prefix(3).contains(UInt8(ascii: "-")) { doorNumber = true }
                case 0x20:
                    // "22 Baker", "14, Acacia", "14B Acacia".
                    if isDigit(index - 1) || (index >= 2 && (bytes[index - 1] == UInt8(ascii: ",") || (0x41...0x5A).contains(bytes[index - 1] & 0xDF)) && isDigit(index - 2)),
                       index + 1 < bytes.count, (0x41...0x5A).contains(bytes[index + 1]) { numberBeforeCapital = true }
                case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "r"), UInt8(ascii: "R"), UInt8(ascii: "h"), UInt8(ascii: "H"),
                     UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "m"), UInt8(ascii: "M"),
                     UInt8(ascii: "b"), UInt8(ascii: "B"):
                    // The words at a word's start ("delivery" holds none), then what `livesAt` reads after them.
                    if index == 0 || bytes[index - 1] | 0x20 < 0x61 || bytes[index - 1] | 0x20 > 0x7A,
                       index + 1 < bytes.count, "ieodlpu".utf8.contains(bytes[index + 1] | 0x20), // li-, re-, ho-, ad-, fl-, ap-, mo-, bu-
                       let end = livesAtWords[Int(bytes[index] | 0x20) - 0x61].lazy.compactMap({ startsAnyCase($0, at: index) ? index + $0.utf8CodeUnitCount : nil }).first,
                       opensHouse(after: end) { forms.insert(.livesAt) }
                    if bytes[index] == UInt8(ascii: "A"), starts("Apt", at: index) || starts("Apartment ", at: index) { forms.insert(.english) }
                    if bytes[index] == UInt8(ascii: "R"), starts("Room ", at: index), isDigit(index + 5) { forms.insert(.english) }
                    if bytes[index] == UInt8(ascii: "F"), starts("Flat ", at: index) { forms.insert(.english) }
                case UInt8(ascii: ","):
                    if starts(", of ", at: index), opensHouse(after: index + 5) { forms.insert(.livesAt) }
                case UInt8(ascii: "U"): if starts("Unit ", at: index), isDigit(index + 5) { forms.insert(.english) }
                default: break
                }
            }
            if livesAt && doorNumber { forms.insert(.chinese) }
            // A street's word whole: " St" is not " Station".
            if numberBeforeCapital, !forms.contains(.english), streetWords.contains(where: { word in
                word.withUTF8Buffer { word in
                    bytes.count >= word.count && (0...(bytes.count - word.count)).contains { start in
                        word.indices.allSatisfy { bytes[start + $0] == word[$0] }
                            && (start + word.count == bytes.count || !(bytes[start + word.count] | 0x20 >= 0x61 && bytes[start + word.count] | 0x20 <= 0x7A))
                    }
                }
            }) { forms.insert(.english) }
            return forms
        }
        guard fullWidth else { return found }
        let ascii = String(String.UnicodeScalarView(text.unicodeScalars.map { (0xFF10...0xFF19).contains($0.value) ? Unicode.Scalar($0.value - 0xFF10 + 0x30) ?? $0 : $0 }))
        return found.union(forms(in: ascii))
    }
    /// What 住 follows when it says where someone lives (`livesAfter`, and 家, 现, 居, 暂, 常: 家住, 现住, 居住, 暂住, 常住), as UTF-8.
    private static let livesBefore: Set<UInt32> = Set((Array(livesAfter) + ["家", "现", "現", "居", "暂", "暫", "常"]).compactMap { character in
        let bytes = Array(String(character).utf8)
        return bytes.count == 3 ? UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) : nil
    })
    /// The first characters of the words for a home after its number (号的家中, 号的住处, 号的寓所, 号的出租屋), as UTF-8.
    private static let homeWordStarts: Set<UInt32> = Set(["家", "住", "寓", "居", "出"].compactMap { character in
        let bytes = Array(character.utf8)
        return bytes.count == 3 ? UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) : nil
    })
    /// The words `livesAt` starts with, in lower case, by their first letter.
    private static let livesAtWords: [[StaticString]] = {
        let words: [StaticString] = ["lives at", "lives in", "live at", "live in", "lived at", "lived in", "living at",
                                      "living in", "resides at", "resides in", "reside at", "reside in", "resided at",
                                      "resided in", "residing at", "residing in", "home at", "home in", "home on", "home,",
                                      "home is", "home was", "home address", "address is", "address was", "address:", "address,",
                                      "residence at", "residence in", "residence,", "house at", "house in", "house on",
                                      "house,", "flat at", "flat in", "flat,", "apartment at", "apartment in", "apartment,",
                                      "bungalow at", "bungalow,", "moved to", "moved into"]
        // By first letter, a to z: most words of a text start with one of the letters looked at, and are compared with those only.
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in words.filter { $0.utf8Start.pointee == letter } }
    }()
    /// The words of a flat or a house number that `livesAt` reads before the number, in lower case.
    private static let houseWords: [StaticString] = ["no", "number ", "flat ", "apt", "apartment ", "room ", "unit ", "house ", "building ", "block ", "blk"]
    private static let streetWords: [StaticString] = [" Street", " St", " Road", " Rd", " Avenue", " Ave", " Lane", " Ln", " Drive", " Dr", " Close", " Way",
                                                      " Crescent", " Place", " Pl", " Terrace", " Gardens", " Boulevard", " Blvd", " Grove", " Mews",
                                                      " Court", " Ct", " Row", " Hill", " Park", " Green", " Square", " Sq", " Walk", " Rise", " Parade",
                                                      " Highway", " Hwy", " Circle", " Cir", " Parkway", " Pkwy", " Gate", " Fields", " Wharf",
                                                      " View", " Trail"]

    /// A room in a building: the building (栋, 幢, 座, 号楼) and the room (室), a unit (单元) between.
    private static let room = SharedRegex {
        /(?:[0-9A-Za-z]{1,4}|[一二三四五六七八九十]{1,3})\s*(?:栋|幢|座|号楼|號樓|棟|号|號)\s*(?:[0-9一二三四五六七八九十]{1,3}\s*(?:单元|單元)\s*)?[0-9]{2,5}\s*(?:号|號)?\s*(?:室|房)/
    }
    /// A flat written without 室: the building and its room ("3栋501"), or the building, unit and room
    /// ("3栋2单元501"), not a count after them ("3栋120户", "2栋300名居民"). Not 座, which names office
    /// towers ("A座1203会议室").
    private static let flatNumber = SharedRegex {
        /(?:[0-9A-Za-z]{1,4}|[一二三四五六七八九十]{1,3})\s*(?:栋|幢|号楼|號樓|棟)\s*(?:[0-9一二三四五六七八九十]{1,3}\s*(?:单元|單元)\s*[0-9]{2,5}|[0-9]{3,5})(?![0-9])(?!\s*(?:名|人|元|万|萬|平|米|个|個|家|余|餘|多|年|套|间|間|辆|輛|台|件|次|户|戶|栋|棟|幢|座|号线|號線|号|號|层|層|楼|樓))/
    }
    /// Where someone lives, down to the door number (号, or building, unit and flat as `3-2-501`, or a
    /// flat's floor and letter, `A座1203`, `1203室`): 家住, 住在, 家在, 家位于, 住址, 户籍地址, 收货地址, 身份证上的地址,
    /// 暂住, 常住, 居于, 现居, 家庭地址, 通讯地址, 的地址, or 住 alone (`findings` takes 住 alone and 的地址 only after a person: "她住…",
    /// "陈女士住…", "陈女士的地址是…", not "反诈中心的地址是…"). Not past 的, which ends
    /// where the person lives and starts who they are ("家住江岸区的张女士11月5号…"), nor a day (5月3号)
    /// or a metro line (2号线).
    private static let home = SharedRegex {
        /(?:家住|住在|居住在|居住(?:于|於)|居(?:于|於)|现居|現居|常住(?:地址)?|现住|現住|家在|家位于|家位於|住址|家庭住址|(?:家庭|通讯|通訊|居住|联系|聯繫|邮寄|郵寄|收件|寄送|送货|送貨|配送)地址|(?:收件人|收货人|收貨人)\s*(?:[:：]|为|為|是)?\s*(?:[\u{4E00}-\u{9FFF}]{1,2}(?:女士|先生|小姐|阿姨|大爷|大爺|奶奶|爷爷|爺爺|某某|某)|她|他|受害人|本人|事主)[^。；;！？\n]{0,8}?地址|的地址|(?:住处|住處|住所|住宅|寓所|居所)(?:在|位于|位於|是|为|為)|户籍地址|戶籍地址|收货地址|收貨地址|(?:身份证|身份證|身分證)(?:上的)?地址|暂住(?![证證])|暫住(?![证證])|住(?![院宿房建户戶口进進过過了着满滿手]))\s*(?:[:：]|是|为|為)?\s*(?:[^，。,；;！？\n的]{1,29}?[^，。,；;！？\n的月0-9][0-9]{1,5}\s*(?:号|號)(?![码碼线線])(?:[^，。,；;！？\n]{0,16}?[0-9]{2,5}\s*(?:号|號)?\s*(?:室|房))?|[^，。,；;！？\n的]{1,30}?(?:[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9-])|[0-9]{1,3}\s*(?:樓|楼|层|層)\s*[A-Za-z0-9]{1,3}\s*(?:室|房)|[A-Za-z0-9]{1,3}\s*座\s*[0-9]{3,5}(?![0-9])|[0-9]{2,5}\s*(?:室|房)))/
    }
    /// Someone's home named after where it is: "骗子来到陈女士位于玉林北路5号的家中", "她在幸福路12号的家中接到电话",
    /// "她在幸福路12号的出租屋".
    private static let homeAt = SharedRegex {
        /[^，。,；;！？\n（）()]{1,30}?[0-9]{1,5}\s*(?:号|號)(?:[^，。,；;！？\n]{0,16}?[0-9]{2,5}\s*(?:号|號)?\s*(?:室|房)|\s*[0-9A-Za-z]{1,4}\s*(?:栋|棟|幢|座|号楼|號樓|单元|單元|樓|楼))?\s*(?:的)?\s*(?:家(?![乐樂电電具属屬居纺紡政装裝私用])|住所|住处|住處|住宅|寓所|居所|出租屋)/
    }
    /// A flat and its street: "Flat 3, 22 Baker Street", "Apt 4B, 350 W 42nd St", "Room 501, Building 3, 152 Luoyu Road",
    /// "Flat 1502, Block 12, 1088 Lianhua Road"; or its unit and building ("Room 501, Unit 2, Building 3", as
    /// 3栋2单元501室), or its estate ("Apartment 1203, Jiangan Garden").
    private static let flat = SharedRegex {
        /\b(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9A-Za-z]{1,5},?\s+(?:(?:Building|Block|Blk\.?|Tower|Floor|Level)\s+[0-9A-Za-z]{1,4},?\s+){0,2}(?:(?:No\.?\s*)?[0-9]{1,5}\s+(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Place|Pl|Terrace|Gardens|Boulevard|Blvd|Grove|Mews|Court|Ct|Row|Hill|Park|Green|Square|Sq|Walk|Rise|Parade|Highway|Hwy|Circle|Cir|Parkway|Pkwy|Gate|Fields|Wharf|View|Trail)\b|(?:[A-Z][a-z]+\s+){1,3}(?:Garden|Gardens|Estate|Court|Mansion|Mansions|Residence|Residences|Villa|Villas|Heights|Towers|Community|Compound|Apartments|New\s+Village|Xincun|Huayuan)\b)|\b(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9]{1,5}[A-Za-z]?,?\s+(?:Unit|Entrance)\s+[0-9]{1,3},?\s+(?:Building|Block|Blk\.?|Tower)\s+[0-9A-Za-z]{1,4}\b/
    }
    /// A street and then the flat on it: "22 Baker Street, Flat 3", "152 Luoyu Road, Room 1803", "5 Yulin
    /// North Road, Building 2, Unit 3, Room 402".
    private static let streetThenFlat = SharedRegex {
        /\b[0-9]{1,5}[A-Za-z]?\s+(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Place|Pl|Terrace|Gardens|Boulevard|Blvd|Grove|Mews|Court|Ct|Row|Hill|Park|Green|Square|Sq|Walk|Rise|Parade|Highway|Hwy|Circle|Cir|Parkway|Pkwy|Gate|Fields|Wharf|View|Trail)\.?,?\s+(?:(?:Building|Block|Blk\.?|Tower|Unit|Entrance|Floor|Level)\s+[0-9A-Za-z]{1,4},?\s+){0,3}(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9]{1,5}[A-Za-z]?\b/
    }
    /// A house number and street ("14, Acacia Avenue", "500 W. Main St. #12") with a UK postcode, a US
    /// state (or none) and ZIP code, an Australian state and postcode or a Canadian postal code after it.
    private static let house = SharedRegex {
        /\b[0-9]{1,5}[A-Za-z]?,?\s+(?:(?:N|S|E|W|North|South|East|West)\.?\s+)?(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Place|Pl|Terrace|Gardens|Boulevard|Blvd|Grove|Mews|Court|Ct|Row|Hill|Park|Green|Square|Sq|Walk|Rise|Parade|Highway|Hwy|Circle|Cir|Parkway|Pkwy|Gate|Fields|Wharf|View|Trail)\.?(?:\s*(?:#|Apt\.?|Unit|Suite|Ste\.?)\s*[0-9A-Za-z]{1,5})?,?\s+(?:[A-Z][a-z]+,?\s+){0,3}(?:[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}|(?:[A-Z]{2}\s+)?[0-9]{5}(?:-[0-9]{4})?|[A-Z]{2,3}\s+[0-9]{4}|[A-Z]{2}\s+[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])\b/
    }
    /// A house number and street after the words for where someone lives: "She lives at 14 Acacia
    /// Avenue", "her home address is 5 Yulin North Road", "Mrs Hill, of 14 Acacia Avenue", "from her
    /// home at 1234 Elm Street", "lives in flat 5 at 12 high street".
    private static let livesAt = SharedRegex {
        /(?i:\b(?:lives?|lived|living|resides?|resided|residing)\s+(?:at|in)|\b(?:home|residence|house|flat|apartment|bungalow)\s+(?:at|in|on)|\b(?:home|residence|house|flat|apartment|bungalow),|\bhome\s+(?:is|was)|\bmoved\s+(?:to|into)|\bhome\s+address(?:\s+(?:is|was))?\s*[:,]?|\baddress\s+(?:is|was)\s*:?|\baddress\s*[:,]|,\s*of)\s+(?:(?i:flat|apt\.?|apartment|room|unit|house|building|block)\s+[0-9A-Za-z]{1,5},?\s+(?:at\s+)?){0,3}(?:(?i:no|number|blk|block)\.?\s*)?[0-9]{1,5}(?:-[0-9]{1,5})?[A-Za-z]?,?\s+(?:(?:N|S|E|W|North|South|East|West)\.?\s+)?(?:(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Place|Pl|Terrace|Gardens|Boulevard|Blvd|Grove|Mews|Court|Ct|Row|Hill|Park|Green|Square|Sq|Walk|Rise|Parade|Highway|Hwy|Circle|Cir|Parkway|Pkwy|Gate|Fields|Wharf|View|Trail)|(?:(?!(?:on|in|at|of|to|the|a|an|and|by|for|from|with)\s)[a-z][\w'-]*\s+){1,3}(?:street|road|avenue|lane|drive|crescent|terrace|boulevard|grove|mews))\b/
    }

    /// An office, a court, a bank or a station named right before a street address, by its name and
    /// the words of a unit of it ("Phoenix Police Department, 620 W…", "the bank's fraud team at 1
    /// Churchill Place"); not "Police visited the victim, Mrs Hill, at 14 Acacia Avenue".
    private static let institution = SharedRegex {
        /(?i:police|sheriff|department|dept|court|courthouse|bank|branch|station|office|city\s+hall|center|centre|headquarters|precinct|embassy|consulate|council|ministry|agency|bureau|library|post\s+office|company|firm|ltd|limited|plc|inc|shop|store|business|church|school|hotel|hospital|university|college|pharmacy|supermarket|advice|standards|association|society|charity|trust|foundation|clinic|surgery|authority|commission|ombudsman)(?:'s|s)?\b(?:\s+(?:[A-Z][\w'-]*|of|and|the|for|fraud|team|unit|desk|department|branch|office|registered|head|main|official|real|new))*\s*[,:]?\s*(?:at\s+)?$/
    }

    /// Places someone stays at that are not their home: a hospital, a hotel, a school, a care home, a police station.
    private static let stayWords = ["医院", "醫院", "卫生院", "衛生院", "诊所", "診所", "酒店", "宾馆", "賓館", "旅馆", "旅館", "旅店", "饭店", "飯店",
                                    "招待所", "民宿", "派出所", "公安局", "学校", "學校", "大学", "大學", "养老院", "養老院", "敬老院", "福利院", "救助站"]
    /// Words of a home's building or door, which make an address after `stayWords` someone's home again (`…医院附近的幸福小区5栋302室`).
    private static let homeWords = ["室", "房", "栋", "棟", "幢", "单元", "單元", "楼", "樓", "层", "層", "小区", "小區", "花园", "花園", "苑", "村",
                                    "公寓", "宿舍", "家属院", "家屬院"]

    /// The words starting with 住 that say where someone lives whoever is before them (住在, 住址, 住处).
    private static let livesWords = ["住在", "住址", "住处", "住處", "住所", "住宅"]
    /// What 住 alone (and 家在, 家位于) follows when it says where someone lives: a person, or a comma after their name.
    private static let livesAfter: Set<Character> = ["她", "他", "其", "士", "生", "某", "人", "姨", "妈", "媽", "爷", "爺", "奶", "婆", "伯", "叔", "们", "們",
                                                     "，", ",", "：", ":", " "]

    /// The findings in `readable` (as `PersonalDataScanner.readable` gives it), with the columns of
    /// the line it came from.
    static func findings(in readable: String, columns: [Int], forms: Forms = .all) -> [PersonalDataScanner.Finding] {
        var found: [PersonalDataScanner.Finding] = []
        var taken: [Range<String.Index>] = []
        let patterns = (forms.contains(.chinese) ? [home, homeAt, room, flatNumber] : []) + (forms.contains(.english) ? [flat, streetThenFlat, house] : [])
            + (forms.contains(.livesAt) ? [livesAt] : [])
        for pattern in patterns {
            // One address is told once, though two patterns read it ("家住…3栋2单元501室").
            var ranges = pattern.with { readable.matches(of: $0).map(\.range) }
            var position = 0
            while position < ranges.count {
                let range = ranges[position]
                position += 1
                guard !taken.contains(where: { $0.overlaps(range) }) else { continue }
                // 住 alone, 家在, 家位于 and 的地址 are where someone lives only after the person ("她住…", "陈女士住…", "受害人，住…",
                // "受害人家位于…", "陈女士的家在…"), not "记住", "稳住", "卖家在", "一家位于…的手机店", "中心的地址"; the flat such a
                // match reaches may still be read by the patterns after it ("民警稳住他后来到8栋1203室").
                let written = readable[range]
                let before = range.lowerBound > readable.startIndex ? readable[readable.index(before: range.lowerBound)] : nil
                let needsPerson = written.hasPrefix("住") ? !Self.livesWords.contains(where: written.hasPrefix) : ["家在", "家位", "的地址"].contains(where: written.hasPrefix)
                if pattern === home, needsPerson, !(before.map(livesAfter.contains) ?? false),
                   // Someone's home: 陈女士的家在…, 老家在…, 娘家在…, 女儿家在….
                   !(written.hasPrefix("家") && before.map({ "的老娘儿兒".contains($0) }) == true) {
                    // What it reached over may hold the words that do say it ("骗子稳住陈女士后得知她住在…").
                    let rest = readable.index(after: range.lowerBound)
                    if let next = pattern.with({ readable[rest...].firstMatch(of: $0)?.range }), next.lowerBound < range.upperBound {
                        ranges.insert(next, at: position)
                    }
                    continue
                }
                taken.append(range)
                // `住在华西医院（国学巷37号）`, `住在如家酒店（春熙路88号）`: a stay at a hospital's or a hotel's address, not a home's
                // door (`住在华西医院附近的幸福小区5栋302室` is).
                if pattern === home, let stay = Self.stayWords.compactMap({ written.range(of: $0, options: .backwards)?.upperBound }).max(),
                   !Self.homeWords.contains(where: { written[stay...].contains($0) }) { continue }
                // "the Phoenix Police Department, 620 W Washington St, Phoenix, AZ 85003": where readers report, no one's home.
                if pattern === house || pattern === streetThenFlat || pattern === livesAt,
                   institution.with({ readable[..<range.lowerBound].suffix(60).contains($0) }) { continue }
                let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: range.lowerBound)
                // The place kept, the digits hidden: what the page may say instead (四川, 北京 and 九龍 kept, whose
                // characters are numbers to Unicode too).
                let masked = String(written.map { $0.unicodeScalars.first?.properties.numericType == .decimal ? "*" : $0 })
                found.append(PersonalDataScanner.Finding(kind: .address, column: (offset < columns.count ? columns[offset] : offset) + 1,
                                                         masked: masked, value: String(written)))
            }
        }
        return found
    }
}
