import Foundation

/// A 128-bit content fingerprint: decides whether an input changed since the last build. Bytes
/// are taken eight at a time into two lanes, each mixed as xxHash64 mixes a word (multiply,
/// rotate, multiply) with its own seed, primes and rotation. Not for security; stable across runs
/// and machines (words are read little-endian).
public struct Fingerprint: Sendable, Hashable, CustomStringConvertible {
    private var a: UInt64 = 0x27D4_EB2F_1656_67C5
    private var b: UInt64 = 0x9E37_79B1_85EB_CA87

    public init() {}

    /// The fingerprint of the values `build` adds, in order.
    public init(_ build: (inout Fingerprint) -> Void) {
        build(&self)
    }

    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }

    private mutating func mix(_ word: UInt64) {
        let x = a &+ word &* 0xC2B2_AE3D_27D4_EB4F
        let y = b ^ word &* 0x1656_67B1_9E37_79F9
        a = (x << 31 | x >> 33) &* 0x9E37_79B1_85EB_CA87
        b = (y << 27 | y >> 37) &* 0x85EB_CA77_C2B2_AE63
    }

    /// Whole words first, then the last zero to seven bytes in one word whose top byte counts them.
    public mutating func add(bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else {
            mix(0)
            return
        }
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var last = UInt64(bytes.count - offset) << 56
        for shift in 0..<(bytes.count - offset) {
            last |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift))
        }
        mix(last)
    }

    /// Adds a count, so that consecutive variable-length values cannot run into each other.
    public mutating func add(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)))
    }

    public mutating func add(_ text: String) {
        var text = text
        add(text.utf8.count)
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ text: StoredText) {
        text.withUTF8 { bytes in
            add(bytes.count)
            add(bytes: UnsafeRawBufferPointer(bytes))
        }
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

    /// The raw bytes, without a length prefix (for file hashes).
    public static func raw(_ bytes: UnsafeRawBufferPointer) -> Fingerprint {
        var result = Fingerprint()
        result.add(bytes: bytes)
        return result
    }

    public var description: String { Digits.padded(a, width: 16, radix: 16) + Digits.padded(b, width: 16, radix: 16) }

    /// `description`'s bytes, appended without making a string (the manifest lists one per file).
    public func appendHex(to bytes: inout [UInt8]) {
        for lane in [a, b] {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8((lane >> UInt64(shift)) & 0xF)
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

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
