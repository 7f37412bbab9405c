// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Redact",
  products: [
    .library(name: "Redact", targets: ["Redact"]),
    .executable(name: "redact", targets: ["redact"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Zip archives in and out (`redact export.zip -o clean.zip`).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // Tests only: property tests over random inputs (Tests/RedactTests/*PropertyTests.swift).
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // Documentation only: `swift package generate-documentation --target Redact` builds the DocC
    // catalogue (Sources/Redact/Redact.docc). Not linked into anything.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
  ],
  targets: [
    // System OpenSSL (libcrypto). Debian: `apt-get install libssl-dev`.
    .systemLibrary(
      name: "CRedactOpenSSL",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"])]
    ),
    // Every OpenSSL call that builds parameter arrays or keeps pointers lives in C.
    .target(
      name: "CRedactOpenSSLShims",
      dependencies: ["CRedactOpenSSL"]
    ),
    // System libjpeg-turbo and libpng. Debian: `apt-get install libjpeg62-turbo-dev libpng-dev`.
    .systemLibrary(
      name: "CRedactJPEG",
      pkgConfig: "libjpeg",
      providers: [.apt(["libjpeg62-turbo-dev"])]
    ),
    .systemLibrary(
      name: "CRedactPNG",
      pkgConfig: "libpng",
      providers: [.apt(["libpng-dev"])]
    ),
    // Every libjpeg/libpng call lives in C: both libraries report errors by longjmp.
    .target(
      name: "CRedactImageShims",
      dependencies: ["CRedactJPEG", "CRedactPNG"]
    ),
    // System zlib, to inflate compressed PNG text chunks (iTXt/zTXt/iCCP) when reading image metadata.
    // Debian: `apt-get install zlib1g-dev`.
    .systemLibrary(
      name: "CRedactZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "Redact",
      dependencies: [
        "CRedactOpenSSLShims",
        "CRedactImageShims",
        "CRedactZlib",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Resources/lexicon"), .copy("Resources/models")]
    ),
    .executableTarget(
      name: "redact",
      dependencies: [
        "Redact",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Throughput benchmark: `swift run -c release redact-bench` prints MB/s figures.
    .executableTarget(
      name: "redact-bench",
      dependencies: ["Redact"]
    ),
    // Image pipeline figures: `swift run -c release redact-image-bench [megapixels]` prints the time
    // per megapixel and the peak RSS of a JPEG decode → mask → encode.
    .executableTarget(
      name: "redact-image-bench",
      dependencies: ["Redact"]
    ),
    // Measures detectors on the development sets: `swift run -c release redact-eval phones FILE`.
    .executableTarget(
      name: "redact-eval",
      dependencies: ["Redact"]
    ),
    // Trains the name/place tagger: `swift run -c release redact-train --out FILE TRAIN... --dev DEV...`.
    .executableTarget(
      name: "redact-train",
      dependencies: ["Redact"]
    ),
    // What both test targets share: the ExifTool runner the image tests check Redact against.
    .target(
      name: "RedactTestSupport",
      path: "Tests/RedactTestSupport"
    ),
    // Both test targets build zip archives (adversarial ones too) with ZIPFoundation directly.
    .testTarget(
      name: "RedactTests",
      dependencies: [
        "Redact",
        "RedactTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "RedactCLITests",
      dependencies: ["Redact", "RedactTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
  ]
)
