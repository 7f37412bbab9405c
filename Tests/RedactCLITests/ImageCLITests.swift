import Foundation
import Redact
import RedactTestSupport
import Testing

/// `redact photo.jpg -o out.jpg` and `redact scan photo.jpg`, run as a user would, with ExifTool
/// (Debian `libimage-exiftool-perl`; these tests fail without it) writing the fixtures and reading
/// the output independently.
@Suite struct ImageCLITests {
  /// ExifTool (``ExifTool``, shared with the library tests); throws when it is missing.
  @discardableResult
  static func exiftool(_ arguments: [String]) throws -> Data { try ExifTool.run(arguments) }

  /// A 96×64 gradient JPEG with a named MWG face, GPS, an artist and an EXIF thumbnail.
  static func taggedPhoto(in directory: URL) throws -> URL {
    var pixels: [UInt8] = []
    for y in 0..<64 { for x in 0..<96 { pixels += [UInt8(x * 2), UInt8(y * 3), 128] } }
    let photo = directory.appendingPathComponent("photo.jpg")
    let thumb = directory.appendingPathComponent("thumb.jpg")
    try Data(try JPEGCodec.encode(RasterImage(width: 96, height: 64, channels: 3, pixels: pixels))).write(to: photo)
    try Data(
      try JPEGCodec.encode(RasterImage(width: 8, height: 8, channels: 1, pixels: Array(repeating: 9, count: 64)))
    )
    .write(to: thumb)
    try exiftool([
      "-q", "-q", "-overwrite_original",
      "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=96,H=64,Unit=pixel},RegionList=[{Area={X=0.5,Y=0.5,W=0.25,H=0.25,Unit=normalized},Name=Qzv Shown,Type=Face}]}",
      "-GPSLatitude=23.5", "-GPSLatitudeRef=N", "-Artist=Qzv Owner", "-ThumbnailImage<=\(thumb.path)", photo.path,
    ])
    return photo
  }

  @Test func anImageIsRedactedIntoTheOutputFileWithNothingIdentifyingLeft() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = try Self.taggedPhoto(in: directory)
    let out = directory.appendingPathComponent("clean.jpg")
    let result = try CLIRunner.run([photo.path, "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let reading = String(decoding: try Self.exiftool(["-j", "-G", "-a", "-u", out.path]), as: UTF8.self)
    for leak in ["Region", "GPS", "Artist", "Thumbnail", "Qzv"] {
      #expect(!reading.contains(leak), "\(leak) left in the output")
    }
    let pixels = try JPEGCodec.decode([UInt8](try Data(contentsOf: out))).0
    #expect(pixels.pixels[(32 * 96 + 48) * 3] < 16, "the face's centre is masked")
  }

  @Test func scanPrintsOneLinePerImageWithoutValues() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = try Self.taggedPhoto(in: directory)
    let result = try CLIRunner.run(["scan", photo.path, photo.path])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    let line = try #require(lines.first.map(String.init))
    for expected in [#""regions":{"mwg":1}"#, #""names":true"#, #""gps":true"#, #""thumbnails":true"#] {
      #expect(line.contains(expected), "\(line)")
    }
    #expect(!line.contains("Qzv") && !line.contains("23.5"))
  }

  @Test func checkReportsWithoutWriting() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = try Self.taggedPhoto(in: directory)
    let result = try CLIRunner.run(["--check", photo.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
  }

  @Test func anImageGoesToStandardOutputWhenItIsNotATerminal() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLIRunner.run([try Self.taggedPhoto(in: directory).path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.starts(with: [0xFF, 0xD8, 0xFF]))
    #expect(result.stdout.range(of: Data("Qzv".utf8)) == nil)
  }

  @Test(arguments: ["heic", "truncated", "bomb"])
  func refusalsWriteNothingAndExitTwo(kind: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = try Self.taggedPhoto(in: directory)
    let input = directory.appendingPathComponent("input")
    var arguments = [input.path, "-o", directory.appendingPathComponent("out").path]
    switch kind {
    case "heic": try Data([0, 0, 0, 0x18] + Array("ftypheic".utf8) + [0, 0, 0, 0, 0, 0, 0, 0]).write(to: input)
    case "truncated": try Data(contentsOf: photo).dropLast(30).write(to: input)
    default:
      try Data(contentsOf: photo).write(to: input)
      arguments += ["--max-image-pixels", "1000"]
    }
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    #expect(result.stderr.hasPrefix("redact: error: "), "\(result.stderr)")
    #expect(result.stderr.contains("nothing was written"))
    if kind == "heic" { #expect(result.stderr.contains("HEIC")) }
    if kind == "bomb" { #expect(result.stderr.contains("over the limit")) }
  }

  /// Regions in a sidecar `photo.xmp` (written by ExifTool) are masked like embedded ones.
  @Test func aSidecarsRegionsAreMaskedToo() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let photo = directory.appendingPathComponent("plain.jpg")
    let pixels = [UInt8](repeating: 200, count: 80 * 60 * 3)
    try Data(try JPEGCodec.encode(RasterImage(width: 80, height: 60, channels: 3, pixels: pixels))).write(to: photo)
    try Self.exiftool([
      "-q", "-q", "-RegionInfoMP={Regions=[{Rectangle=0.25|, 0.25|, 0.5|, 0.5,PersonDisplayName=Qzv Sidecar}]}",
      "-o", directory.appendingPathComponent("plain.xmp").path,
    ])
    let scan = try CLIRunner.run(["scan", photo.path])
    #expect(scan.output.contains(#""regions":{"microsoft":1}"#), "\(scan.output)")
    let out = directory.appendingPathComponent("clean.jpg")
    let result = try CLIRunner.run([photo.path, "-o", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let clean = try JPEGCodec.decode([UInt8](try Data(contentsOf: out))).0
    #expect(clean.pixels[(30 * 80 + 40) * 3] < 16, "the sidecar's face is masked")
    #expect(clean.pixels[(2 * 80 + 2) * 3] > 180, "the corner is not")
  }
}
