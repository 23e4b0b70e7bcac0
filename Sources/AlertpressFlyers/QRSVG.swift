import Foundation

/// A QR code as inline SVG, for the HTML print version of a flyer.
public enum QRCodeSVG {
    /// Dark modules as one path, with a 4-module quiet zone; nil when the text cannot be encoded.
    public static func svg(for text: String, label: String) -> String? {
        guard let matrix = try? QRMatrix.encode(text) else { return nil }
        let size = matrix.width + 8
        var path = ""
        for y in 0..<matrix.width {
            for x in 0..<matrix.width where matrix[x, y] {
                path += "M\(x + 4) \(y + 4)h1v1h-1z"
            }
        }
        let escaped = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
        return "<svg class=\"qr\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(escaped)\" xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\"><rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }
}
