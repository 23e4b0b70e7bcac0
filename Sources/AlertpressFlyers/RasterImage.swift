import Foundation

/// A PNG or JPEG file, with the size its header declares: what a flyer can print as it is
/// (a JPEG is embedded in the PDF unchanged, a PNG is decoded by Cairo).
public struct RasterImage: Sendable, Equatable {
    public enum Format: String, Sendable {
        case png, jpeg

        public var mediaType: String { self == .png ? "image/png" : "image/jpeg" }
    }

    public let format: Format
    public let data: Data
    /// In pixels.
    public let width: Int
    public let height: Int

    /// Nil when `data` is neither a PNG nor a JPEG, or its header declares no usable size.
    public init?(data: Data) {
        let bytes = [UInt8](data)
        guard let (format, width, height) = Self.pngSize(bytes) ?? Self.jpegSize(bytes),
              width > 0, height > 0, width <= 20_000, height <= 20_000 else { return nil }
        self.format = format
        self.data = data
        self.width = width
        self.height = height
    }

    /// Whether a flyer can print it: a PNG must decode whole (a JPEG is embedded as it is).
    public var isPrintable: Bool { PDFPage.canDraw(self) }

    /// Square within 5 % (a 160 × 156 icon counts), as feed readers want an icon.
    public var isSquare: Bool { 20 * abs(width - height) <= max(width, height) }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int, count: Int) -> Int {
        bytes[at..<at + count].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    private static func pngSize(_ bytes: [UInt8]) -> (Format, Int, Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (.png, bigEndian(bytes, 16, count: 4), bigEndian(bytes, 20, count: 4))
    }

    /// Start of image, then segments up to the first start-of-frame marker, which holds the size.
    private static func jpegSize(_ bytes: [UInt8]) -> (Format, Int, Int)? {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 4 <= bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            let marker = bytes[index + 1]
            if marker == 0xFF { index += 1; continue }           // fill byte
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { index += 2; continue } // no length
            let length = bigEndian(bytes, index + 2, count: 2)
            guard length >= 2 else { return nil }
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard index + 9 <= bytes.count else { return nil }
                return (.jpeg, bigEndian(bytes, index + 7, count: 2), bigEndian(bytes, index + 5, count: 2))
            }
            if marker == 0xDA || marker == 0xD9 { return nil }  // scan data or end before any frame
            index += 2 + length
        }
        return nil
    }
}
