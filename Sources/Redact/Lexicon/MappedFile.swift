import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bundled resource file mapped read-only into memory, so that its sorted tables are used
/// where they lie instead of being read and copied at start-up.
///
/// Performance: reading `lexicon.bin` (4.8 MB) and `gazetteer.bin` (1.7 MB) into arrays was
/// three copies of each (the file into `Data`, `Data` into `[UInt8]`, the bytes into typed
/// arrays) and their page faults: about 60% of a one-line run's CPU time (perf, issue 16).
/// A mapping costs a few page faults of the page cache, on the pages a run touches.
final class MappedFile: @unchecked Sendable {
  /// The file's bytes (valid as long as this object lives; never written).
  let bytes: UnsafeRawBufferPointer

  /// Maps the file at `url`; ``ResourceError/missing(file:)`` when it cannot be opened or mapped.
  init(contentsOf url: URL) throws {
    let name = url.lastPathComponent
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw ResourceError.missing(file: name) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw ResourceError.missing(file: name) }
    let size = Int(status.st_size)
    guard size > 0 else {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      return
    }
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
      throw ResourceError.missing(file: name)
    }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }
}

/// A keyed table (``[UInt8]/appendKeyedTable(keys:values:)``) read in place from a
/// ``MappedFile``: strictly ascending keys and their values, both borrowed from the mapping.
struct MappedKeyedTable<Value: FixedWidthInteger>: @unchecked Sendable {
  /// Keeps the mapping alive as long as the table is used.
  let file: MappedFile
  let keys: UnsafeBufferPointer<UInt64>
  let values: UnsafeBufferPointer<Value>
  /// Offset of the first byte after the values.
  let end: Int

  /// Reads the table that starts at byte `offset` of `file` (after the magic), checking the key
  /// version, the sizes, the alignment and the order of the keys.
  init(_ file: MappedFile, at offset: Int, name: String) throws {
    let malformed = ResourceError.malformed(file: name)
    let raw = file.bytes
    func u32(_ at: Int) throws -> UInt32 {
      guard at + 4 <= raw.count else { throw malformed }
      return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }
    guard try u32(offset) == Lexicon.keyVersion else { throw malformed }
    let count = Int(try u32(offset + 4))
    let keyStart = offset + 8
    let valueStart = keyStart + count * 8
    let end = valueStart + count * MemoryLayout<Value>.stride
    guard let base = raw.baseAddress, end <= raw.count, keyStart % 8 == 0 else { throw malformed }
    let keys = UnsafeBufferPointer(start: (base + keyStart).assumingMemoryBound(to: UInt64.self), count: count)
    // Lookups search the keys: out of order, they would silently miss.
    for index in 1..<max(count, 1) where keys[index - 1] >= keys[index] { throw malformed }
    self.file = file
    self.keys = keys
    self.values = UnsafeBufferPointer(
      start: (base + valueStart).assumingMemoryBound(to: Value.self), count: count)
    self.end = end
  }
}

/// Sorted keys and their values built in memory (from the source lists), held like a
/// ``MappedKeyedTable``'s.
final class OwnedKeyedTable<Value> {
  let keys: UnsafeMutableBufferPointer<UInt64>
  let values: UnsafeMutableBufferPointer<Value>

  init(_ keys: [UInt64], _ values: [Value]) {
    self.keys = .allocate(capacity: keys.count)
    _ = self.keys.initialize(from: keys)
    self.values = .allocate(capacity: values.count)
    _ = self.values.initialize(from: values)
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }
}
