import Foundation
import Testing
@testable import AlertpressFlyers

/// The logo's format and pixel size, read from the file's header (PNG IHDR, JPEG start of frame).
@Suite("Raster images")
struct RasterImageTests {
    static func png(width: UInt32, height: UInt32) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        return Data(bytes + [8, 6, 0, 0, 0])
    }

    /// SOI, an APP0 segment, fill bytes, then a start-of-frame segment of the given marker.
    static func jpeg(frame: UInt8, width: UInt16, height: UInt16) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xFF, frame, 0x00, 0x11, 8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 3]
        bytes += [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]
        return Data(bytes)
    }

    @Test("PNG: the IHDR size")
    func pngSize() throws {
        let image = try #require(RasterImage(data: Self.png(width: 300, height: 70)))
        #expect(image.format == .png && image.width == 300 && image.height == 70)
        #expect(image.format.mediaType == "image/png")
    }

    @Test("JPEG: the size of the first start-of-frame segment, baseline or progressive, after other segments")
    func jpegSize() throws {
        for frame: UInt8 in [0xC0, 0xC2] {
            let image = try #require(RasterImage(data: Self.jpeg(frame: frame, width: 640, height: 258)))
            #expect(image.format == .jpeg && image.width == 640 && image.height == 258)
        }
        // DHT (C4) is not a frame: no size before the end of the file.
        #expect(RasterImage(data: Self.jpeg(frame: 0xC4, width: 640, height: 258)) == nil)
    }

    @Test("not an image, an empty size or a cut header: nil")
    func refused() {
        #expect(RasterImage(data: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) == nil)
        #expect(RasterImage(data: Data()) == nil)
        #expect(RasterImage(data: Self.png(width: 0, height: 10)) == nil)
        #expect(RasterImage(data: Self.png(width: 10, height: 10).prefix(20)) == nil)
        #expect(RasterImage(data: Self.jpeg(frame: 0xC0, width: 640, height: 258).prefix(28)) == nil)
        #expect(RasterImage(data: Self.jpeg(frame: 0xC0, width: 0, height: 258)) == nil)
    }

    @Test("a PNG header over pixels that do not decode cannot be printed")
    func printable() throws {
        let header = try #require(RasterImage(data: Self.png(width: 8, height: 8)))
        #expect(!header.isPrintable)
    }
}
