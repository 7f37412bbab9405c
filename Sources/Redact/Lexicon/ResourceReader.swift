import Foundation

/// Reads Redact's binary resources (lexicon, gazetteer, tagger models): a magic, little-endian
/// 32-bit fields and raw arrays. Any read past the end, and a wrong magic, is
/// ``ResourceError/malformed(file:)``; an unreadable file is ``ResourceError/missing(file:)``.
struct ResourceReader {
  let bytes: [UInt8]
  let file: String
  private(set) var offset: Int

  /// Reads the whole file and checks its magic.
  init(contentsOf url: URL, magic: [UInt8]) throws {
    guard let data = try? Data(contentsOf: url) else { throw ResourceError.missing(file: url.lastPathComponent) }
    try self.init(bytes: [UInt8](data), file: url.lastPathComponent, magic: magic)
  }

  /// Wraps bytes already read (a header) and checks the magic.
  init(bytes: [UInt8], file: String, magic: [UInt8]) throws {
    self.bytes = bytes
    self.file = file
    offset = magic.count
    guard bytes.count >= magic.count, bytes[0..<magic.count].elementsEqual(magic) else { throw malformed }
  }

  var malformed: ResourceError { .malformed(file: file) }
  var remaining: Int { bytes.count - offset }

  mutating func u32() throws -> UInt32 {
    guard remaining >= 4 else { throw malformed }
    defer { offset += 4 }
    return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }

  mutating func int() throws -> Int { Int(try u32()) }

  mutating func floats(_ count: Int) throws -> [Float] {
    try (0..<count).map { _ in Float(bitPattern: try u32()) }
  }

  /// `count` values stored as raw little-endian memory (as ``[UInt8]/appendRaw(_:)`` wrote them).
  mutating func array<T: FixedWidthInteger>(of type: T.Type, count: Int) throws -> [T] {
    let size = MemoryLayout<T>.stride
    guard count >= 0, count <= remaining / size else { throw malformed }
    var values = [T](repeating: 0, count: count)
    let start = offset
    values.withUnsafeMutableBytes { target in
      bytes.withUnsafeBytes {
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count * size)]))
      }
    }
    offset += count * size
    return values
  }
}

extension [UInt8] {
  /// Appends a 32-bit field in the order ``ResourceReader`` reads it.
  mutating func appendLittleEndian(_ value: UInt32) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }

  /// Appends the key scheme version, the count, the sorted keys and their values (read back by
  /// ``MappedKeyedTable``).
  mutating func appendKeyedTable<V>(keys: [UInt64], values: [V]) {
    appendLittleEndian(Lexicon.keyVersion)
    appendLittleEndian(UInt32(keys.count))
    appendRaw(keys)
    appendRaw(values)
  }

  /// Appends an array's memory as it is (little-endian on every platform Swift runs on here).
  mutating func appendRaw<T>(_ values: [T]) {
    values.withUnsafeBytes { append(contentsOf: $0) }
  }
}
