// swift-tools-version:6.0
// libFuzzer harnesses for Redact's parsers, kept out of the main package so a normal build and
// CI's tests never compile them (swift-nio and swift-protobuf keep theirs the same way).
// Build and run with `scripts/fuzz.sh` from the repository root; by hand:
//   swift build --package-path FuzzTesting --sanitize=fuzzer --sanitize=address
//   SWIFT_BACKTRACE=enable=no FuzzTesting/.build/debug/FuzzNDJSON -max_total_time=60 CORPUS
import Foundation
import PackageDescription

// The main package is this folder's parent, whatever the clone's folder is called (a path
// dependency's identity is its folder's name).
let parent = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let redact = Target.Dependency.product(name: "Redact", package: parent.lastPathComponent)

/// One executable per parser, each a `main.swift` that defines `LLVMFuzzerTestOneInput`.
let harnesses = [
  "FuzzNDJSON",  // NDJSONRewriter: JSON/NDJSON string values rewritten in place
  "FuzzJSONDocument",  // the JSON document format and every JSON preset (X, Meta, Telegram, TikTok…)
  "FuzzPolicy",  // PolicyLoader on YAML
  "FuzzLineReader",  // LineReader framing from a file descriptor
  "FuzzPhone",  // phone candidate scanner and parser (through PhoneNumberDetector, strict mode)
  "FuzzChat",  // WhatsApp, KakaoTalk, LINE, Signal transcripts
  "FuzzCSV",  // CSVRecordSplitter and the CSV/TSV/Reddit/KakaoTalk CSV formats
  "FuzzZip",  // ZipArchiveReader (ZIPFoundation behind our limits) and ArchiveRedactor
  "FuzzImageMetadata",  // JPEG segments, PNG chunks, EXIF/TIFF, XMP, IPTC, Photoshop, MPF, zlib
  "FuzzImageCodec",  // ImageRedactor: libjpeg/libpng decode → mask → encode
  "FuzzRecordProcessor",  // the whole record loop on arbitrary bytes, format recognised from them
]

let package = Package(
  name: "RedactFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .target(name: "FuzzSupport", dependencies: [redact])
  ]
    + harnesses.map { .executableTarget(name: $0, dependencies: ["FuzzSupport", redact], path: "Sources/\($0)") }
)
