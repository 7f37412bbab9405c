import Foundation
import Redact
import RedactTestSupport
import Testing

/// Small images made without a codec, tagged with ExifTool (a test dependency: Debian
/// `libimage-exiftool-perl`). Tests that need ExifTool fail, not skip, when it is missing.
enum ImageFixture {
  /// A baseline greyscale JPEG whose frame header says `width` × `height` (its one 8×8 block of
  /// scan data is not a full image: metadata readers never decode it).
  static func jpeg(width: Int = 640, height: Int = 480) -> [UInt8] {
    func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
      [0xFF, marker, UInt8((payload.count + 2) >> 8), UInt8((payload.count + 2) & 0xFF)] + payload
    }
    var bytes: [UInt8] = [0xFF, 0xD8]
    bytes += segment(0xE0, Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    bytes += segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
    bytes += segment(
      0xC0, [8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 1, 1, 0x11, 0])
    bytes += segment(0xC4, [0x00, 1] + [UInt8](repeating: 0, count: 15) + [0])
    bytes += segment(0xC4, [0x10, 1] + [UInt8](repeating: 0, count: 15) + [0])
    bytes += segment(0xDA, [1, 1, 0, 0, 0x3F, 0])
    return bytes + [0x3F, 0xFF, 0xD9]
  }

  /// A greyscale PNG of `width` × `height` zero pixels, its IDAT a zlib stream of stored blocks;
  /// `afterData` chunks are placed between IDAT and IEND.
  static func png(width: Int = 40, height: Int = 30, beforeData: [[UInt8]] = [], afterData: [[UInt8]] = []) -> [UInt8] {
    var ihdr = be32(width) + be32(height)
    ihdr += [8, 0, 0, 0, 0]
    let raw = [UInt8](repeating: 0, count: (width + 1) * height)
    var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    bytes += chunk("IHDR", ihdr)
    for extra in beforeData { bytes += extra }
    bytes += chunk("IDAT", zlibStored(raw))
    for extra in afterData { bytes += extra }
    return bytes + chunk("IEND", [])
  }

  static func be32(_ value: Int) -> [UInt8] {
    [UInt8((value >> 24) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
  }

  static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let typed = Array(type.utf8) + data
    return be32(data.count) + typed + be32(Int(crc32(typed)))
  }

  /// A compressed iTXt chunk (compression flag 1) holding `text` under `keyword`.
  static func compressedITXt(_ keyword: String, _ text: String) -> [UInt8] {
    chunk("iTXt", Array(keyword.utf8) + [0, 1, 0, 0, 0] + zlibStored(Array(text.utf8)))
  }

  /// A zlib stream made of stored (uncompressed) deflate blocks.
  static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
      let n = min(65535, data.count - offset)
      let final: UInt8 = offset + n == data.count ? 1 : 0
      out += [final, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
      out += data[offset..<(offset + n)]
      offset += n
    } while offset < data.count
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    return out + be32(Int(b << 16 | a))
  }

  static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  /// Inserts an APPn segment right after SOI.
  static func withSegment(_ marker: UInt8, _ payload: [UInt8], in jpeg: [UInt8]) -> [UInt8] {
    let length = payload.count + 2
    return [0xFF, 0xD8, 0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload + jpeg[2...]
  }

  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("redact-img-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs exiftool with `arguments` (``ExifTool``, shared with the CLI tests); returns stdout.
  /// Fails the test (throws) when exiftool is missing.
  @discardableResult
  static func exiftool(_ arguments: [String]) throws -> Data { try ExifTool.run(arguments) }

  /// `image` with ExifTool's `assignments` written (for example `-Artist=X`, `-RegionInfo={…}`).
  static func tagged(_ image: [UInt8], _ assignments: [String], ext: String = "jpg") throws -> [UInt8] {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.\(ext)"), output = dir.appendingPathComponent("out.\(ext)")
    try Data(image).write(to: input)
    try exiftool(["-q", "-q", "-m", "-o", output.path] + assignments + [input.path])
    guard let data = FileManager.default.contents(atPath: output.path) else {
      Issue.record("exiftool wrote nothing for \(assignments)")
      return image
    }
    return [UInt8](data)
  }

  /// ExifTool's reading of `image` (`-j -G -a -u -struct`): group:tag → value.
  static func exiftoolReading(_ image: [UInt8], ext: String = "jpg") throws -> [String: Any] {
    let dir = try scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("in.\(ext)")
    try Data(image).write(to: input)
    let json = try exiftool(["-j", "-G", "-a", "-u", "-struct", input.path])
    let list = try JSONSerialization.jsonObject(with: json) as? [[String: Any]]
    return list?.first ?? [:]
  }
}
