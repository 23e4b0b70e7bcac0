import Foundation

/// A 128-bit content fingerprint (two FNV-1a lanes with different offsets): decides whether an
/// input changed since the last build. Not for security; stable across runs and machines.
public struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    public init() {}

    /// The fingerprint of the values `build` adds, in order.
    public init(_ build: (inout Fingerprint) -> Void) {
        build(&self)
    }

    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }

    public mutating func add(bytes: UnsafeRawBufferPointer) {
        var a = self.a
        var b = self.b
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        self.a = a
        self.b = b
    }

    /// Adds a count, so that consecutive variable-length values cannot run into each other.
    public mutating func add(_ value: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(value)).littleEndian) { add(bytes: $0) }
    }

    public mutating func add(_ text: String) {
        var text = text
        add(text.utf8.count)
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ data: Data) {
        add(data.count)
        data.withUnsafeBytes { add(bytes: $0) }
    }

    public mutating func add(_ other: Fingerprint) {
        add(Int(bitPattern: UInt(other.a)))
        add(Int(bitPattern: UInt(other.b)))
    }

    public mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    /// The raw bytes of `data`, without a length prefix (for file hashes).
    public static func raw(_ data: Data) -> Fingerprint {
        var result = Fingerprint()
        data.withUnsafeBytes { result.add(bytes: $0) }
        return result
    }

    public var description: String { Digits.padded(a, width: 16, radix: 16) + Digits.padded(b, width: 16, radix: 16) }

    /// The two lanes, for storing.
    var lanes: (UInt64, UInt64) { (a, b) }
}

extension Fingerprint {
    /// Reads `description` back; nil for anything else.
    public init?(hex: some StringProtocol) {
        var text = String(hex)
        guard let value = text.withUTF8({ Fingerprint(hexDigits: $0) }) else { return nil }
        self = value
    }

    /// Reads `description` back from its UTF-8 bytes: 32 hexadecimal digits; nil for anything else.
    public init?(hexDigits digits: UnsafeBufferPointer<UInt8>) {
        guard digits.count == 32 else { return nil }
        var a: UInt64 = 0
        var b: UInt64 = 0
        for position in 0..<32 {
            let digit = digits[position]
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            if position < 16 { a = a << 4 | UInt64(value) } else { b = b << 4 | UInt64(value) }
        }
        self.init(a: a, b: b)
    }
}
