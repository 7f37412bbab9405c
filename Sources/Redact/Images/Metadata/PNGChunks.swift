/// The chunk list of a PNG file, walked to the end (metadata may follow IDAT), each CRC checked.
package struct PNGChunks: Sendable {
  /// One chunk: its four-letter type, where it starts (the length field) and its data range.
  package struct Chunk: Sendable, Equatable {
    package let type: String
    package let offset: Int
    package let data: Range<Int>
    /// Whether the chunk comes after the first IDAT.
    package let afterImageData: Bool
  }

  /// A text chunk (tEXt, zTXt, iTXt) with its keyword and inflated text bytes.
  struct TextChunk {
    let type: String
    let keyword: String
    let text: [UInt8]
  }

  static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  package let chunks: [Chunk]
  /// IHDR width and height.
  package let width: Int
  package let height: Int
  /// Bytes after IEND (a copy of something else may hide there).
  package let trailingBytes: Int
  let bytes: [UInt8]

  /// Walks every chunk.
  /// - Throws: `malformed` on a missing signature or IHDR, a truncated chunk, a bad CRC, or no IEND.
  package init(_ bytes: [UInt8]) throws {
    let reader = ByteReader(bytes)
    guard reader.matches(Self.signature, at: 0) else {
      throw ImageMetadataError.malformed(container: "PNG", offset: 0, reason: "no PNG signature")
    }
    self.bytes = bytes
    var chunks: [Chunk] = []
    var offset = 8
    var seenData = false
    var ended = false
    while !ended {
      guard let length32 = reader.u32(offset), length32 <= 0x7FFF_FFFF, let typeBytes = reader.slice(offset + 4, 4)
      else { throw ImageMetadataError.malformed(container: "PNG", offset: offset, reason: "truncated chunk header") }
      let length = Int(length32)
      guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
        throw ImageMetadataError.malformed(container: "PNG", offset: offset, reason: "invalid chunk type")
      }
      let start = offset + 8
      guard reader.contains(start, length), let crc = reader.u32(start + length) else {
        throw ImageMetadataError.malformed(container: "PNG", offset: offset, reason: "truncated chunk")
      }
      guard ZlibInflater.crc32(bytes[(offset + 4)..<(start + length)]) == crc else {
        throw ImageMetadataError.malformed(container: "PNG", offset: offset, reason: "chunk CRC mismatch")
      }
      let type = String(decoding: typeBytes, as: UTF8.self)
      if chunks.isEmpty && type != "IHDR" {
        throw ImageMetadataError.malformed(container: "PNG", offset: offset, reason: "first chunk is not IHDR")
      }
      chunks.append(Chunk(type: type, offset: offset, data: start..<(start + length), afterImageData: seenData))
      if type == "IDAT" { seenData = true }
      if type == "IEND" { ended = true }
      offset = start + length + 4
    }
    guard let ihdr = chunks.first, ihdr.data.count == 13, let w = reader.u32(ihdr.data.lowerBound),
      let h = reader.u32(ihdr.data.lowerBound + 4)
    else { throw ImageMetadataError.malformed(container: "PNG", offset: 8, reason: "bad IHDR") }
    self.chunks = chunks
    width = Int(w)
    height = Int(h)
    trailingBytes = bytes.count - offset
  }

  /// The data bytes of `chunk`.
  func data(of chunk: Chunk) -> ArraySlice<UInt8> {
    bytes[chunk.data]
  }

  /// tEXt, zTXt and iTXt chunks decoded (compressed ones inflated within `budget` bytes, which
  /// is reduced by what this chunk inflated: one budget per file bounds many small bombs too).
  /// - Throws: `malformed` when a text chunk's layout or compressed stream is broken,
  ///   `inflateLimit` beyond the budget.
  func textChunk(_ chunk: Chunk, budget: inout Int) throws -> TextChunk? {
    let data = Array(data(of: chunk))
    let container = "PNG \(chunk.type)"
    func fail(_ reason: String) -> ImageMetadataError {
      .malformed(container: container, offset: chunk.offset, reason: reason)
    }
    guard ["tEXt", "zTXt", "iTXt"].contains(chunk.type) else { return nil }
    guard let nul = data.firstIndex(of: 0), nul <= 79 else { throw fail("keyword not terminated") }
    let keyword = String(decoding: data[0..<nul], as: UTF8.self)
    switch chunk.type {
    case "tEXt":
      return TextChunk(type: chunk.type, keyword: keyword, text: Array(data[(nul + 1)...]))
    case "zTXt":
      guard nul + 1 < data.count, data[nul + 1] == 0 else { throw fail("unknown compression method") }
      let text = try ZlibInflater.inflate(Array(data[(nul + 2)...]), container: container, limit: budget)
      budget -= text.count
      return TextChunk(type: chunk.type, keyword: keyword, text: text)
    default:
      guard nul + 2 < data.count else { throw fail("truncated iTXt header") }
      let compressed = data[nul + 1] != 0
      var cursor = nul + 3
      for _ in 0..<2 {  // language tag, translated keyword
        guard let end = data[cursor...].firstIndex(of: 0) else { throw fail("iTXt field not terminated") }
        cursor = end + 1
      }
      let body = Array(data[cursor...])
      let text = compressed ? try ZlibInflater.inflate(body, container: container, limit: budget) : body
      if compressed { budget -= text.count }
      return TextChunk(type: chunk.type, keyword: keyword, text: text)
    }
  }
}
