internal import CRedactZlib

/// Inflates zlib streams (PNG zTXt/iTXt/iCCP) through the system zlib, with a hard output limit so
/// a small hostile chunk cannot expand into gigabytes (a decompression bomb in the metadata).
enum ZlibInflater {
  /// Default ceiling for one inflated metadata payload: XMP packets with embedded thumbnails reach a
  /// few MB; 64 MiB is far beyond any real one and still bounded.
  static let defaultLimit = 64 << 20

  /// The inflated bytes of a complete zlib stream.
  /// - Throws: `malformed` if the stream is corrupt or truncated, `inflateLimit` beyond `limit` bytes.
  static func inflate(_ input: [UInt8], container: String, limit: Int = defaultLimit) throws -> [UInt8] {
    var stream = z_stream()
    guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw ImageMetadataError.malformed(container: container, offset: 0, reason: "zlib could not start")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 << 10)
    var status: Int32 = Z_OK
    var input = input
    try input.withUnsafeMutableBufferPointer { inputBuffer in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = uInt(inputBuffer.count)
      while status != Z_STREAM_END {
        let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          status = CRedactZlib.inflate(&stream, Z_NO_FLUSH)
          return out.count - Int(stream.avail_out)
        }
        guard status == Z_OK || status == Z_STREAM_END else {
          throw ImageMetadataError.malformed(container: container, offset: 0, reason: "corrupt compressed data")
        }
        if produced == 0 && status == Z_OK && stream.avail_in == 0 {
          throw ImageMetadataError.malformed(container: container, offset: 0, reason: "truncated compressed data")
        }
        guard output.count + produced <= limit else {
          throw ImageMetadataError.inflateLimit(container: container, limit: limit)
        }
        output += chunk[0..<produced]
      }
    }
    return output
  }

  /// CRC-32 (ISO 3309, as PNG uses) of `bytes`.
  static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      UInt32(CRedactZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }
}
