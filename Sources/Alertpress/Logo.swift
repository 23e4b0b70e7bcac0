import AlertpressCore
import AlertpressFlyers
import Foundation

/// The image `logo` in site.yml names, read from `Templates/assets/`: pages show it beside the
/// site title, RSS and Atom name it, flyers print it.
struct LogoFile: Sendable {
    /// The site path of the copy the assets stage publishes, e.g. `assets/logo.png`.
    var path: String
    var image: RasterImage

    /// `path` as a URL path: a space or a `#` in the file name would break the address.
    var href: String { path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["#", "?"])) ?? path }

    /// Nil when site.yml names no logo, or when the file is missing or not an image (then `log` says so,
    /// at the `logo` line of site.yml).
    static func load(_ logo: SiteLogo?, templates: String, fileSystem: some ContentFileSystem, log: inout DiagnosticLog) -> LogoFile? {
        guard let logo else { return nil }
        let folder = templates + "/assets"
        let file = folder + "/" + logo.asset
        guard let data = try? fileSystem.read(file) else {
            let images = ((try? fileSystem.files(under: folder)) ?? []).filter { SiteLogo.extensions.contains(SiteLogo.fileExtension($0)) }
            log.error("missing-file", "`logo` names `/assets/\(logo.asset)`, but `\(file)` does not exist or cannot be read", at: logo.location,
                      hint: Suggest.nearest(logo.asset, in: images).map { "did you mean `/assets/\($0)`?" } ?? "save the image in \(folder)/")
            return nil
        }
        // As for every asset: a link out of the templates folder is not published (pages would show no logo, flyers another file).
        if let target = fileSystem.linkTarget(file, outside: templates) {
            log.error("outside-link", "`\(file)` is a link to `\(target)`, outside the templates folder", at: logo.location,
                      hint: "copy the image into \(folder)/")
            return nil
        }
        let image = RasterImage(data: data)
        // A logo is printed a few centimetres wide: 2,000 pixels a side is more than 600 dpi there. A huge
        // one (20,000 × 20,000 pixels packs into a 48 KB PNG) stalled the build: its size is read from its
        // header, before anything decodes it.
        if let image, image.width > Self.maximumSide || image.height > Self.maximumSide {
            log.error("invalid-logo", "`\(file)` is \(image.width) × \(image.height) pixels: a logo is printed a few centimetres wide, and one this large would be decoded for every flyer",
                      at: logo.location, hint: "resize it to at most \(Self.maximumSide) pixels a side (600 pixels is plenty)")
            return nil
        }
        guard let image, image.isPrintable else {
            log.error("invalid-logo", "`\(file)` is not a PNG or JPEG image", at: logo.location,
                      hint: "export the logo as PNG; an image renamed to .png is not converted")
            return nil
        }
        return LogoFile(path: "assets/" + logo.asset, image: image)
    }

    /// The largest width or height a logo may have, in pixels.
    static let maximumSide = 2_000

    /// Of everything that shows the logo: the path, the size pages reserve for it, and the bytes flyers embed.
    var fingerprint: Fingerprint {
        Fingerprint { hash in
            hash.add(path)
            hash.add(image.data)
        }
    }
}
