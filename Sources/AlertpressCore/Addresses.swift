/// Home addresses down to the door: a flat's room (`3栋2单元501室`), an address after the words for
/// where someone lives (`家住…路152号`, `收货地址：…1688号`), and in English a flat or house with its
/// street and postcode or ZIP code (`Flat 3, 22 Baker Street`, `14 Acacia Avenue, Leeds LS6 2QT`).
/// A road, a district or a town alone passes: that is where a case happened, not whose door it is.
enum Addresses {
    /// Cheap test on the bytes: a digit right before 室 or 房 (a room), or a building between digits, or a
    /// unit (单元) before one (a flat without 室); 住 after 家, 现 or 居 or before
    /// 在 or 址 (where someone lives), or 货地址 (a delivery address), each only with a door number
    /// (a digit before 号) in the line; in English a number before a capital ("22 Baker") and a
    /// street's word whole, or a flat ("Flat 3", "Apt 4B", "Room 501", "Unit 5").
    static func mayFind(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
            func scalar(at index: Int) -> UInt32 {
                guard index >= 0, index + 2 < bytes.count else { return 0 }
                return UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            }
            func starts(_ word: StaticString, at index: Int) -> Bool {
                word.withUTF8Buffer { word in index + word.count <= bytes.count && word.indices.allSatisfy { bytes[index + $0] == word[$0] } }
            }
            var numberBeforeCapital = false, livesAt = false, doorNumber = false
            for index in bytes.indices {
                switch bytes[index] {
                case 0xE4, 0xE5, 0xE6, 0xE8:
                    switch scalar(at: index) {
                    case 0xE5AEA4, 0xE688BF: // 室, 房; 号房
                        if isDigit(index - 1) || (index >= 2 && bytes[index - 1] == 0x20 && isDigit(index - 2)) { return true }
                        if [0xE58FB7, 0xE8999F].contains(scalar(at: index - 3)), isDigit(index - 4) { return true }
                    case 0xE6A08B, 0xE6A39F, 0xE5B9A2: // 栋, 棟, 幢 between digits: "3栋501", "3栋2单元501"
                        if isDigit(index - 1), isDigit(index + 3) { return true }
                    case 0xE58583: // 元 of 单元, 單元 before a digit: "2单元501"
                        if [0xE58D95, 0xE596AE].contains(scalar(at: index - 3)), isDigit(index + 3) { return true }
                    case 0xE59CA8: // 在, after 家
                        if scalar(at: index - 3) == 0xE5AEB6 { livesAt = true }
                    case 0xE4BD8F: // 住
                        if [0xE5AEB6, 0xE78EB0, 0xE78FBE, 0xE5B185].contains(scalar(at: index - 3)) // 家, 现, 現, 居
                            || [0xE59CA8, 0xE59D80].contains(scalar(at: index + 3)) { livesAt = true } // 在, 址
                    case 0xE59D80: // 址, after 货地, 貨地 or 籍地
                        if scalar(at: index - 3) == 0xE59CB0, [0xE8B4A7, 0xE8B2A8, 0xE7B18D].contains(scalar(at: index - 6)) { livesAt = true }
                    case 0xE58FB7, 0xE8999F: // 号, 號
                        if isDigit(index - 1) { doorNumber = true }
                    default: break
                    }
                case UInt8(ascii: "-"):
                    // A building, unit and flat: "3-2-501".
                    if isDigit(index - 1), isDigit(index + 1), bytes[(index + 1)...].prefix(3).contains(UInt8(ascii: "-")) { doorNumber = true }
                case 0x20:
                    if isDigit(index - 1), index + 1 < bytes.count, (0x41...0x5A).contains(bytes[index + 1]) { numberBeforeCapital = true }
                case UInt8(ascii: "F"): if starts("Flat ", at: index) { return true }
                case UInt8(ascii: "A"): if starts("Apt", at: index) || starts("Apartment ", at: index) { return true }
                case UInt8(ascii: "R"): if starts("Room ", at: index), isDigit(index + 5) { return true }
                case UInt8(ascii: "U"): if starts("Unit ", at: index), isDigit(index + 5) { return true }
                default: break
                }
            }
            if livesAt && doorNumber { return true }
            // A street's word whole: " St" is not " Station".
            return numberBeforeCapital && streetWords.contains { word in
                word.withUTF8Buffer { word in
                    bytes.count >= word.count && (0...(bytes.count - word.count)).contains { start in
                        word.indices.allSatisfy { bytes[start + $0] == word[$0] }
                            && (start + word.count == bytes.count || !(bytes[start + word.count] | 0x20 >= 0x61 && bytes[start + word.count] | 0x20 <= 0x7A))
                    }
                }
            }
        }
    }
    private static let streetWords: [StaticString] = [" Street", " St", " Road", " Rd", " Avenue", " Ave", " Lane", " Drive", " Close", " Way",
                                                      " Crescent", " Place", " Terrace", " Gardens", " Boulevard", " Blvd"]

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
    /// Where someone lives, down to the door number (号, or building, unit and flat as `3-2-501`): 家住,
    /// 住在, 家在, 住址, 户籍地址, 收货地址. Not past 的, which ends where the person lives and starts who
    /// they are ("家住江岸区的张女士11月5号…"), nor a day (5月3号) or a metro line (2号线).
    private static let home = SharedRegex {
        /(?:家住|住在|居住在|现住|現住|家在|住址|家庭住址|户籍地址|戶籍地址|收货地址|收貨地址)\s*[:：]?\s*(?:[^，。,；;！？\n的]{1,29}?[^，。,；;！？\n的月0-9][0-9]{1,5}\s*(?:号|號)(?![码碼线線])(?:[^，。,；;！？\n]{0,16}?[0-9]{2,5}\s*(?:号|號)?\s*(?:室|房))?|[^，。,；;！？\n的]{1,30}?[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9-]))/
    }
    /// A flat and its street: "Flat 3, 22 Baker Street", "Apt 4B, 350 W 42nd St", "Room 501, Building 3, 152 Luoyu Road",
    /// "Flat 1502, Block 12, 1088 Lianhua Road"; or its unit and building ("Room 501, Unit 2, Building 3", as
    /// 3栋2单元501室), or its estate ("Apartment 1203, Jiangan Garden").
    private static let flat = SharedRegex {
        /\b(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9A-Za-z]{1,5},?\s+(?:(?:Building|Block|Blk\.?|Tower|Floor|Level)\s+[0-9A-Za-z]{1,4},?\s+){0,2}(?:[0-9]{1,5}\s+(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Crescent|Place|Terrace|Gardens|Boulevard|Blvd)\b|(?:[A-Z][a-z]+\s+){1,3}(?:Garden|Gardens|Estate|Court|Mansion|Mansions|Residence|Residences|Villa|Villas|Heights|Towers|Community|Compound|Apartments|New\s+Village|Xincun|Huayuan)\b)|\b(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9]{1,5}[A-Za-z]?,?\s+(?:Unit|Entrance)\s+[0-9]{1,3},?\s+(?:Building|Block|Blk\.?|Tower)\s+[0-9A-Za-z]{1,4}\b/
    }
    /// A street and then the flat on it: "22 Baker Street, Flat 3", "152 Luoyu Road, Room 1803".
    private static let streetThenFlat = SharedRegex {
        /\b[0-9]{1,5}[A-Za-z]?\s+(?:[A-Z0-9][\w'-]*\s+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Crescent|Place|Terrace|Gardens|Boulevard|Blvd)\.?,?\s+(?:Flat|Apt\.?|Apartment|Room|Unit)\s+[0-9]{1,5}[A-Za-z]?\b/
    }
    /// A house number and street with a UK postcode or a US state and ZIP code after it.
    private static let house = SharedRegex {
        /\b[0-9]{1,5}[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way|Crescent|Place|Terrace|Gardens|Boulevard|Blvd)\.?,?\s+(?:[A-Z][a-z]+,?\s+){0,3}(?:[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}|[A-Z]{2}\s+[0-9]{5}(?:-[0-9]{4})?)\b/
    }

    /// An office, a court, a bank or a station named right before a street address, by its name and
    /// the words of a unit of it ("Phoenix Police Department, 620 W…", "the bank's fraud team at 1
    /// Churchill Place"); not "Police visited the victim, Mrs Hill, at 14 Acacia Avenue".
    private static let institution = SharedRegex {
        /(?i:police|sheriff|department|dept|court|courthouse|bank|branch|station|office|city\s+hall|center|centre|headquarters|precinct|embassy|consulate|council|ministry|agency|bureau|library|post\s+office)(?:'s|s)?\b(?:\s+(?:[A-Z][\w'-]*|of|and|the|for|fraud|team|unit|desk|department|branch|office))*\s*[,:]?\s*(?:at\s+)?$/
    }

    /// The findings in `readable` (as `PersonalDataScanner.readable` gives it), with the columns of
    /// the line it came from.
    static func findings(in readable: String, columns: [Int]) -> [PersonalDataScanner.Finding] {
        var found: [PersonalDataScanner.Finding] = []
        var taken: [Range<String.Index>] = []
        for pattern in [home, room, flatNumber, flat, streetThenFlat, house] {
            // One address is told once, though two patterns read it ("家住…3栋2单元501室").
            for range in pattern.with({ readable.matches(of: $0).map(\.range) }) where !taken.contains(where: { $0.overlaps(range) }) {
                taken.append(range)
                // "the Phoenix Police Department, 620 W Washington St, Phoenix, AZ 85003": where readers report, no one's home.
                if pattern === house || pattern === streetThenFlat, institution.with({ readable[..<range.lowerBound].suffix(60).contains($0) }) { continue }
                let offset = readable.unicodeScalars.distance(from: readable.unicodeScalars.startIndex, to: range.lowerBound)
                let written = String(readable[range])
                // The place kept, the numbers hidden: what the page may say instead.
                let masked = String(written.map { $0.isNumber ? "*" : $0 })
                found.append(PersonalDataScanner.Finding(kind: .address, column: (offset < columns.count ? columns[offset] : offset) + 1,
                                                         masked: masked, value: written))
            }
        }
        return found
    }
}
