import CQRencode
import Foundation

/// A QR symbol as plain Swift data: `width` × `width` modules, row-major, `true` = dark.
/// No quiet zone is included; whoever draws it adds one.
struct QRMatrix: Sendable, Equatable {
    let version: Int
    let width: Int
    let modules: [Bool]

    subscript(x: Int, y: Int) -> Bool { modules[y * width + x] }

    /// Encodes `text` as UTF-8 bytes, error correction level M, case-sensitive.
    static func encode(_ text: String) throws -> QRMatrix {
        let symbol = try QRSymbol(text)
        return symbol.matrix
    }
}

/// Owns one `QRcode` from libqrencode and frees it.
private final class QRSymbol {
    private let code: UnsafeMutablePointer<QRcode>

    init(_ text: String) throws {
        errno = 0
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            let reason: String
            switch errno {
            case ERANGE: reason = "too long for a QR code at error correction level M"
            case EINVAL: reason = "invalid input"
            case ENOMEM: reason = "out of memory"
            default: reason = "libqrencode error \(errno)"
            }
            throw FlyerError.qrEncodingFailed(url: text, reason: reason)
        }
        self.code = code
    }

    deinit { QRcode_free(code) }

    var matrix: QRMatrix {
        let width = Int(code.pointee.width)
        // Each byte describes one module; bit 0 is the colour (1 = dark).
        let bytes = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        return QRMatrix(
            version: Int(code.pointee.version), width: width,
            modules: bytes.map { $0 & 1 == 1 })
    }
}
