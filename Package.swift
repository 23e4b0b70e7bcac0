// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "alertpress",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "alertpress", targets: ["alertpress"]),
        .library(name: "Alertpress", targets: ["Alertpress"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // C libraries from Debian, each imported by exactly one Swift file.
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // With HarfBuzz's subsetter and FreeType, which come with libpango1.0-dev and libcairo2-dev.
        .systemLibrary(name: "CPangoCairo", pkgConfig: "pangocairo cairo-pdf cairo-ft harfbuzz-subset", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // glibc's `mallopt`, for the command line's allocator settings.
        .systemLibrary(name: "CMalloc"),

        // Content: load → validate → parse → enrich. Never prints, never exits.
        .target(name: "AlertpressCore", dependencies: ["Yams", "CCmark"]),
        // Leaf renderers with their own small input types.
        .target(name: "AlertpressFeeds"),
        .target(name: "AlertpressFlyers", dependencies: ["CPangoCairo", "CQRencode"]),
        // The build: render the site, map the model to feeds and flyers, write staged output.
        .target(name: "Alertpress", dependencies: [
            "AlertpressCore", "AlertpressFeeds", "AlertpressFlyers",
        ]),
        // The thin command line.
        .executableTarget(name: "alertpress", dependencies: [
            "Alertpress", .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "FlyingFox", package: "FlyingFox"),
        ]),

        .testTarget(name: "AlertpressCoreTests", dependencies: ["AlertpressCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AlertpressFeedsTests", dependencies: ["AlertpressFeeds"]),
        .testTarget(name: "AlertpressFlyersTests", dependencies: ["AlertpressFlyers"]),
        .testTarget(name: "AlertpressTests", dependencies: ["Alertpress"], exclude: ["Golden"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
