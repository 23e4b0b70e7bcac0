/// Punycode (RFC 3492), as IDNA writes a host's non-ASCII label in ASCII (`xn--80ak6aa92e` is `аррӏе`): a look-alike
/// host pasted as the address bar shows it is read in the letters a browser shows readers.
enum Punycode {
    private static let (base, tMin, tMax, skew, damp) = (36, 1, 26, 38, 700)

    /// The label an `xn--` label stands for; `nil` for any other label or one that is no valid Punycode.
    static func decodedLabel(_ label: Substring) -> String? {
        guard label.count > 4, label.prefix(4).lowercased() == "xn--" else { return nil }
        return decode(label.dropFirst(4))
    }

    /// The Unicode text of Punycode `encoded` (the part after `xn--`).
    static func decode(_ encoded: Substring) -> String? {
        let input = Array(encoded.unicodeScalars)
        guard input.allSatisfy(\.isASCII) else { return nil }
        // The basic code points come first, up to the last "-".
        let delimiter = input.lastIndex(of: "-")
        var output: [Unicode.Scalar] = delimiter.map { Array(input[..<$0]) } ?? []
        var position = delimiter.map { $0 + 1 } ?? 0
        var (code, index, bias) = (128, 0, 72)
        while position < input.count {
            let previous = index
            var (weight, k) = (1, base)
            while true {
                guard position < input.count, let digit = Self.digit(input[position]) else { return nil }
                position += 1
                let (added, overflow) = digit.multipliedReportingOverflow(by: weight)
                guard !overflow, index <= Int(Int32.max) - added else { return nil }
                index += added
                let threshold = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias
                if digit < threshold { break }
                guard weight <= Int(Int32.max) / (base - threshold) else { return nil }
                weight *= base - threshold
                k += base
            }
            let count = output.count + 1
            bias = adapt(index - previous, count: count, first: previous == 0)
            code += index / count
            index %= count
            guard let scalar = Unicode.Scalar(UInt32(clamping: code)), code <= 0x10FFFF else { return nil }
            output.insert(scalar, at: index)
            index += 1
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: output)
        return text
    }

    /// A Punycode digit's value: a–z (either case) 0–25, 0–9 26–35.
    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x61...0x7A: Int(scalar.value - 0x61)
        case 0x41...0x5A: Int(scalar.value - 0x41)
        case 0x30...0x39: Int(scalar.value - 0x30) + 26
        default: nil
        }
    }

    private static func adapt(_ delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
