// swift-tools-version:6.2
import PackageDescription

// MARK: - C libraries (one system-library target each: module.modulemap + shim.h only)

let cLibraries: [Target] = [
    .systemLibrary(
        name: "CTesseract", pkgConfig: "tesseract",
        providers: [.apt(["libtesseract-dev"])]),
    .systemLibrary(name: "CLeptonica", pkgConfig: "lept", providers: [.apt(["libleptonica-dev"])]),
    .systemLibrary(name: "CTIFF", pkgConfig: "libtiff-4", providers: [.apt(["libtiff-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .systemLibrary(
        name: "CTurboJPEG", pkgConfig: "libturbojpeg", providers: [.apt(["libturbojpeg0-dev"])]),
]

// MARK: - The pure core and its adapters (the only importers of the C modules)

let modules: [Target] = [
    .target(name: "DigitiseCore"),
    .target(name: "ImageCodecs", dependencies: ["DigitiseCore", "CTIFF", "CPNG", "CTurboJPEG"]),
    .target(name: "TesseractOCR", dependencies: ["DigitiseCore", "CTesseract"]),
    .target(name: "PageImaging", dependencies: ["DigitiseCore", "CLeptonica"]),
    // The inbox on disk, read without modifying it (`InboxReading`).
    .target(name: "FileSystemInbox", dependencies: ["DigitiseCore"]),
    // Reports as text, CSV and HTML pages (for the command line and the report server), and who may see what.
    .target(name: "ReportRendering", dependencies: ["DigitiseCore", .product(name: "Mustache", package: "swift-mustache")]),
    .target(name: "DocumentClassifier", dependencies: ["DigitiseCore"]),
    // The auditors' report pages and the read-only server (`digitise report --format html`, `digitise serve`).
    .target(
        name: "ReportServer",
        dependencies: [
            "DigitiseCore", "ReportRendering", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "ObjectStore",
        dependencies: ["DigitiseCore", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
        name: "ArchiveExport",
        dependencies: ["DigitiseCore", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
        name: "Catalog",
        dependencies: [
            "DigitiseCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
    // The catalog on a PostgreSQL server, for many machines on one archive (`--catalog postgres://…`).
    .target(
        name: "PostgresCatalog",
        dependencies: [
            "DigitiseCore", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ]),
    .target(
        name: "DigitiseCLI",
        dependencies: [
            "DigitiseCore", "ImageCodecs", "PageImaging", "TesseractOCR", "ObjectStore", "Catalog", "PostgresCatalog", "ArchiveExport",
            "DocumentClassifier", "FileSystemInbox", "ReportRendering", "ReportServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ]),
    .executableTarget(name: "digitise", dependencies: ["DigitiseCLI"]),
    .executableTarget(
        name: "DigitiseBench",
        dependencies: [
            "DigitiseCore", "ImageCodecs", "Catalog", "PostgresCatalog", "ScratchPostgres", "DocumentClassifier",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    // A PostgreSQL server of one's own in a temporary folder (initdb, loopback, a free port): the tests' and the
    // benchmarks'.
    .target(name: "ScratchPostgres"),
    // Writes the project's own labelled training corpus (fictional documents from templates, with OCR noise).
    .executableTarget(
        name: "CorpusTool",
        dependencies: ["DigitiseCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
]

// MARK: - Tests (one target per module; TestSupport holds the doubles)

let tests: [Target] = [
    .target(
        name: "TestSupport", dependencies: ["DigitiseCore", "ImageCodecs", "FileSystemInbox", "ScratchPostgres"],
        path: "Tests/TestSupport"),
    .testTarget(name: "DigitiseCoreTests", dependencies: ["DigitiseCore", "ImageCodecs", "TestSupport"]),
    .testTarget(name: "ImageCodecsTests", dependencies: ["ImageCodecs", "TestSupport"]),
    .testTarget(name: "TesseractOCRTests", dependencies: ["TesseractOCR", "ImageCodecs", "TestSupport"]),
    .testTarget(name: "PageImagingTests", dependencies: ["PageImaging", "ImageCodecs", "TesseractOCR", "TestSupport"]),
    .testTarget(name: "ObjectStoreTests", dependencies: ["ObjectStore", "TestSupport"]),
    .testTarget(name: "FileSystemInboxTests", dependencies: ["FileSystemInbox", "TestSupport"]),
    .testTarget(name: "ReportRenderingTests", dependencies: ["ReportRendering"]),
    .testTarget(name: "CatalogTests", dependencies: ["Catalog", "TestSupport"]),
    .testTarget(name: "PostgresCatalogTests", dependencies: ["PostgresCatalog", "Catalog", "TestSupport"]),
    .testTarget(name: "DocumentClassifierTests", dependencies: ["DocumentClassifier", "TestSupport"]),
    .testTarget(
        name: "ReportServerTests",
        dependencies: ["ReportServer", "Catalog", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]),
    .testTarget(
        name: "DigitiseCLITests",
        dependencies: [
            "DigitiseCLI", "DigitiseCore", "Catalog", "ObjectStore", "ImageCodecs", "PageImaging", "TestSupport",
            .product(name: "Yams", package: "Yams"),
        ]),
]

let package = Package(
    name: "digitise",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "digitise", targets: ["digitise"]),
        .executable(name: "digitise-bench", targets: ["DigitiseBench"]),
        .executable(name: "digitise-corpus", targets: ["CorpusTool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: cLibraries + modules + tests
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.swiftLanguageMode(.v6))
    target.swiftSettings = settings
}
