import Foundation
import Redact
import Testing

/// Broken and hostile images: every case must parse or throw, never trap or hang.
@Suite struct ImageMetadataHostileInputTests {
  /// Tagged seeds covering every container the inspector reads.
  static func seeds() throws -> [[UInt8]] {
    let dir = try ImageFixture.scratch()
    defer { try? FileManager.default.removeItem(at: dir) }
    let thumb = dir.appendingPathComponent("thumb.jpg")
    try Data(ImageFixture.jpeg(width: 8, height: 8)).write(to: thumb)
    let everything =
      ImageMetadataTests.regionTags + [
        "-ThumbnailImage<=\(thumb.path)", "-PhotoshopThumbnail<=\(thumb.path)", "-GPSLatitude=1", "-Artist=A",
        "-IPTC:By-line=B", "-IPTC:Keywords=C", "-XMP-dc:Creator=D", "-Orientation#=6", "-SerialNumber=1",
      ]
    let jpegMM = try ImageFixture.tagged(ImageFixture.jpeg(), everything + ["-ExifByteOrder=MM"])
    let jpegII = try ImageFixture.tagged(ImageFixture.jpeg(), everything + ["-ExifByteOrder=II"])
    let png = try ImageFixture.tagged(
      ImageFixture.png(afterData: [ImageFixture.compressedITXt("XML:com.adobe.xmp", ImageMetadataTests.sidecarXMP)]),
      ["-EXIF:Artist=A", "-EXIF:GPSLatitude=1", "-PNG:Comment=x"], ext: "png")
    let text = dir.appendingPathComponent("description.txt")
    try Data(String(repeating: "long description ", count: 4000).utf8).write(to: text)
    let extended = try ImageFixture.tagged(ImageFixture.jpeg(), ["-XMP-dc:Description<=\(text.path)"])
    let minimal = ImageFixture.withSegment(0xE1, MinimalEXIF.orientationOnly(6), in: ImageFixture.jpeg())
    return [jpegMM, jpegII, png, minimal, extended]
  }

  /// Recomputes every chunk CRC of a (mutated) PNG so mutations reach chunk contents.
  static func fixingCRCs(_ png: [UInt8]) -> [UInt8] {
    var bytes = png
    var offset = 8
    while offset + 12 <= bytes.count {
      let length = bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
      guard length <= bytes.count - offset - 12 else { break }
      let crc = ImageFixture.crc32(Array(bytes[(offset + 4)..<(offset + 8 + length)]))
      bytes.replaceSubrange((offset + 8 + length)..<(offset + 12 + length), with: ImageFixture.be32(Int(crc)))
      offset += length + 12
    }
    return bytes
  }

  /// Payload ranges of a JPEG's APPn segments (SOI up to SOS), for mutations that keep the framing.
  static func applicationPayloads(_ jpeg: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var offset = 2
    while offset + 4 <= jpeg.count, jpeg[offset] == 0xFF, jpeg[offset + 1] != 0xDA {
      let length = Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3])
      if (0xE0...0xEF).contains(jpeg[offset + 1]) && length > 2 { ranges.append((offset + 4)..<(offset + 2 + length)) }
      offset += 2 + length
    }
    return ranges
  }

  static func mutate(_ seed: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var bytes = seed
    // Half the JPEG cases change bytes inside one metadata segment only, so the parsers behind
    // the container (EXIF, XMP, IPTC, Photoshop, MPF) see them.
    if seed.starts(with: [0xFF, 0xD8]), Bool.random(using: &rng),
      let payload = applicationPayloads(seed).randomElement(using: &rng)
    {
      for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let at = Int.random(in: payload, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        case 1: bytes[at] = [0x00, 0xFF, 0x08, 0x7F, 0x22, 0x3C].randomElement(using: &rng)!
        default: bytes[at] = UInt8.random(in: 0...255, using: &rng)
        }
      }
      return bytes
    }
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      guard bytes.count > 4 else { break }
      let at = Int.random(in: 0..<bytes.count, using: &rng)
      switch Int.random(in: 0..<6, using: &rng) {
      case 0: bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
      case 1: bytes = Array(bytes[0..<at])
      case 2:  // a hostile 16/32-bit value (counts, offsets, lengths)
        let values: [[UInt8]] = [
          [0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0], [0, 0, 0, 8], [8, 0, 0, 0], [0x7F, 0xFF], [0xFF, 0xFF],
        ]
        let value = values.randomElement(using: &rng)!
        for (i, byte) in value.enumerated() where at + i < bytes.count { bytes[at + i] = byte }
      case 3:
        bytes.insert(
          contentsOf: (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) },
          at: at)
      case 4:
        let end = min(bytes.count, at + Int.random(in: 1...64, using: &rng))
        bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0..<bytes.count, using: &rng))
      default: bytes[at] = UInt8.random(in: 0...255, using: &rng)
      }
    }
    if bytes.starts(with: [0x89, 0x50]) && Bool.random(using: &rng) { bytes = fixingCRCs(bytes) }
    return bytes
  }

  @Test func mutatedTaggedFilesParseOrThrowAndNeverHang() throws {
    let seeds = try Self.seeds()
    var rng = SplitMix64(seed: 0xBAD1_4A6E)
    var parsed = 0, refused = 0
    var slowest = 0.0
    for _ in 0..<2000 {
      let input = Self.mutate(seeds.randomElement(using: &rng)!, &rng)
      let start = Date()
      do {
        let metadata = try ImageInspector.inspect(input)
        for region in metadata.regions {
          _ = try? region.pixelBoxes(
            storedWidth: metadata.width, storedHeight: metadata.height,
            orientation: metadata.effectiveOrientation)
        }
        parsed += 1
      } catch is ImageMetadataError {
        refused += 1
      }
      slowest = max(slowest, Date().timeIntervalSince(start))
    }
    #expect(parsed > 500 && refused > 500, "parsed \(parsed), refused \(refused)")
    #expect(slowest < 1, "slowest case took \(slowest) s")
  }

  /// EXIF blocks built to loop, overflow and point outside themselves.
  @Test func hostileEXIFStructuresEndQuickly() throws {
    func be16(_ v: Int) -> [UInt8] { [UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)] }
    func entry(_ tag: Int, _ type: Int, _ count: Int, _ value: Int) -> [UInt8] {
      be16(tag) + be16(type) + ImageFixture.be32(count) + ImageFixture.be32(value)
    }
    let header: [UInt8] = [0x4D, 0x4D, 0, 0x2A, 0, 0, 0, 8]
    let blocks: [[UInt8]] = [
      // IFD0 whose next IFD is itself, Exif pointer to itself, GPS pointer past the end.
      header + be16(3) + entry(0x8769, 4, 1, 8) + entry(0x8825, 4, 1, 0x7FFF_FFFF) + entry(0x0112, 3, 1, 6 << 16)
        + ImageFixture.be32(8),
      // Huge counts with offsets beyond the data; an entry count past the end.
      header + be16(2) + entry(0x013B, 2, 0xFFFF_FFFF, 0xFFFF_FFF0) + entry(0x927C, 7, 0x4000_0000, 4) + [0, 0, 0, 0],
      header + be16(0xFFFF) + entry(0x0112, 3, 1, 0),
      // IFD0 → IFD1 → IFD0 chain, thumbnail offset out of range.
      header + be16(1) + entry(0x0112, 3, 1, 0) + ImageFixture.be32(26) + be16(1) + entry(0x0201, 4, 1, 0xFFFF_FF00)
        + ImageFixture.be32(8),
      [0x49, 0x49, 0x2A, 0, 0xFF, 0xFF, 0xFF, 0xFF],
      [0x49, 0x49, 0x2A],
    ]
    for block in blocks {
      let start = Date()
      let image = ImageFixture.withSegment(0xE1, Array("Exif\0\0".utf8) + block, in: ImageFixture.jpeg())
      let metadata = try ImageInspector.inspect(image)
      #expect(Date().timeIntervalSince(start) < 0.5)
      #expect(!metadata.identifyingTags.isEmpty || metadata.orientation != nil)
    }
  }

  /// Compressed text chunks that inflate beyond the per-file budget (64 MiB) are refused, also
  /// when each one alone is under it.
  @Test func compressedTextBombsAreRefused() throws {
    // 40 MiB of zeros deflates to about 40 KiB; two such chunks exceed the budget together.
    let deflated = try deflateZeros(count: 40 << 20)
    let chunk = ImageFixture.chunk("zTXt", Array("Comment".utf8) + [0, 0] + deflated)
    #expect(throws: Never.self) { try ImageInspector.inspect(ImageFixture.png(afterData: [chunk])) }
    #expect(throws: ImageMetadataError.inflateLimit(container: "PNG zTXt", limit: 64 << 20 - 40 << 20)) {
      try ImageInspector.inspect(ImageFixture.png(afterData: [chunk, chunk]))
    }
  }

  /// A zlib stream of `count` zero bytes made with fixed-Huffman blocks: a literal 0 and then
  /// repeated length-258 / distance-1 matches (written here so the test needs no compressor).
  func deflateZeros(count: Int) throws -> [UInt8] {
    var bits: [Bool] = []
    func put(_ value: Int, _ n: Int, reversed: Bool = false) {
      for i in 0..<n { bits.append((value >> (reversed ? n - 1 - i : i)) & 1 == 1) }
    }
    put(1, 1)  // final block
    put(1, 2)  // fixed Huffman
    put(0x30, 8, reversed: true)  // literal 0 (code 00110000)
    var remaining = count - 1
    while remaining >= 258 {
      put(0b1100_0101, 8, reversed: true)  // length code 285 (258): 11000101
      put(0, 5, reversed: true)  // distance code 0 (distance 1)
      remaining -= 258
    }
    while remaining > 0 {
      put(0x30, 8, reversed: true)
      remaining -= 1
    }
    put(0, 7)  // end of block (code 256 = 0000000)
    var out: [UInt8] = [0x78, 0x01]
    var byte: UInt8 = 0
    for (i, bit) in bits.enumerated() {
      if bit { byte |= 1 << UInt8(i % 8) }
      if i % 8 == 7 {
        out.append(byte)
        byte = 0
      }
    }
    if bits.count % 8 != 0 { out.append(byte) }
    // Adler-32 of `count` zeros: a = 1, b = count mod 65521.
    return out + ImageFixture.be32((count % 65521) << 16 | 1)
  }

  static func xmpImage(_ packet: [UInt8]) -> [UInt8] {
    ImageFixture.withSegment(0xE1, Array("http://ns.adobe.com/xap/1.0/\0".utf8) + packet, in: ImageFixture.jpeg())
  }

  /// Regression: FoundationXML's XMLParser trapped on this (a namespace prefix with invalid UTF-8,
  /// one byte flipped in an ExifTool-written packet); the inspector must refuse it.
  @Test func xmpWithInvalidUTF8InAPrefixIsRefused() throws {
    var packet = Array(ImageMetadataTests.sidecarXMP.utf8)
    let prefix = Array("xmlns:stArea".utf8)
    let at = try #require(packet.indices.first { packet[$0...].starts(with: prefix) })
    packet[at + 10] = 0xE5
    #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(Self.xmpImage(packet)) }
  }

  @Test func hostileXMLIsRefusedQuickly() {
    let head = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
    let cases: [String] = [
      head + String(repeating: "<a>", count: 8000) + String(repeating: "</a>", count: 8000) + "</x:xmpmeta>",
      head + "<rdf:RDF>",  // undeclared prefix
      head + "</x:xmpmetb>", head + "<a b='1' b='2'/></x:xmpmeta>", head + "<a b='&#xD800;'/></x:xmpmeta>",
      head + "<a b='&#0;'/></x:xmpmeta>", head + "<a b='&foo;'/></x:xmpmeta>", head + "<a b=1/></x:xmpmeta>",
      head + "<![CDATA[x", head + "<!-- x", head + "<?pi", head + "</x:xmpmeta><second/>",
      head + "<a b='<'/></x:xmpmeta>", head + "</x:xmpmeta>trailing", head,
    ]
    for packet in cases {
      let start = Date()
      #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(Self.xmpImage(Array(packet.utf8))) }
      #expect(Date().timeIntervalSince(start) < 1)
    }
    let fine = head + "<![CDATA[a&b<c]]><!-- c --><?pi x?></x:xmpmeta>"
    #expect(throws: Never.self) { try ImageInspector.inspect(Self.xmpImage(Array(fine.utf8))) }
  }

  /// XMP that declares entities (the expansion bomb) is refused, not expanded.
  @Test func xmpWithADTDIsRefused() {
    let bomb = """
      <?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
      <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:title="&b;"/></rdf:RDF></x:xmpmeta>
      """
    let image = ImageFixture.withSegment(
      0xE1, Array("http://ns.adobe.com/xap/1.0/\0".utf8) + Array(bomb.utf8), in: ImageFixture.jpeg())
    #expect(throws: ImageMetadataError.self) { try ImageInspector.inspect(image) }
  }
}
