/// Zero-padded numbers, as `String(format: "%04d")` and `"%016llx"` write them, without the cost of
/// Foundation's format parser (dates and hashes are written for every case and every file).
public enum Digits {
    public static func padded(_ value: some BinaryInteger, width: Int, radix: Int = 10) -> String {
        let digits = String(value.magnitude, radix: radix)
        let sign = value < 0 ? "-" : ""
        let padding = max(0, width - digits.count - sign.count)
        return sign + String(repeating: "0", count: padding) + digits
    }
}
