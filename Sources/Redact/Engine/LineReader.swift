#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor in large blocks and hands out lines, with bounded memory.
///
/// A line longer than `maximumLineBytes` is not buffered: it is reported as
/// ``Line/tooLong(number:terminated:)`` and its bytes are skipped up to the next newline.
///
/// A UTF-8 byte-order mark (EF BB BF) at the very start of the input is dropped by default (Windows
/// tools write one; it is not content, and JSON Lines forbids it). One later in the input is
/// content (U+FEFF) and is left alone.
package struct LineReader: ~Copyable {
  /// One record read from the input.
  package enum Line {
    /// A complete line, without its `\n`; `terminated` is false for a last line with no newline.
    case line(UnsafeBufferPointer<UInt8>, number: Int, terminated: Bool)
    /// A line that exceeded the limit and was skipped.
    case tooLong(number: Int, terminated: Bool)
  }

  package struct ReadError: Error, CustomStringConvertible {
    package let errno: Int32
    package var description: String { String(cString: strerror(errno)) }
  }

  private let fd: Int32
  private let blockSize: Int
  package let maximumLineBytes: Int
  private var buffer: UnsafeMutableRawBufferPointer
  private var start = 0
  private var end = 0
  private var eof = false
  private var lineNumber = 0
  private var atStart: Bool
  /// Bytes read so far.
  package private(set) var bytesRead = 0

  /// - Parameter dropsByteOrderMark: drop a UTF-8 byte-order mark at the start of the input.
  package init(fd: Int32, blockSize: Int = 1 << 20, maximumLineBytes: Int, dropsByteOrderMark: Bool = true) {
    self.fd = fd
    atStart = dropsByteOrderMark
    self.blockSize = blockSize
    self.maximumLineBytes = maximumLineBytes
    buffer = .allocate(byteCount: blockSize * 2, alignment: 64)
  }

  deinit { buffer.deallocate() }

  /// Returns the next line, or nil at end of input. The returned bytes are valid until the next
  /// call.
  package mutating func next() throws(ReadError) -> Line? {
    if atStart { try dropByteOrderMark() }
    var scanFrom = start
    while true {
      if let newline = findNewline(from: scanFrom) {
        lineNumber += 1
        if newline - start > maximumLineBytes {
          start = newline + 1
          return .tooLong(number: lineNumber, terminated: true)
        }
        let line = UnsafeBufferPointer(
          start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: newline - start)
        start = newline + 1
        return .line(line, number: lineNumber, terminated: true)
      }
      // Everything buffered so far has been searched; remember how much, relative to `start`,
      // because `fill()` may move the pending bytes to the front of the buffer.
      let searched = end - start
      if end - start > maximumLineBytes {
        lineNumber += 1
        let terminated = try skipPastNewline()
        return .tooLong(number: lineNumber, terminated: terminated)
      }
      if eof {
        guard end > start else { return nil }
        lineNumber += 1
        if end - start > maximumLineBytes {
          start = end
          return .tooLong(number: lineNumber, terminated: false)
        }
        let line = UnsafeBufferPointer(
          start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: end - start)
        start = end
        return .line(line, number: lineNumber, terminated: false)
      }
      try fill()
      scanFrom = start + searched
    }
  }

  /// The first bytes of the input, without consuming them (for recognising its format): reads
  /// until `count` bytes or `lines` complete lines are buffered, or the input ends. A byte-order
  /// mark is dropped first, as by ``next()``.
  package mutating func peek(upTo count: Int, lines: Int) throws(ReadError) -> UnsafeBufferPointer<UInt8> {
    if atStart { try dropByteOrderMark() }
    while !eof && end - start < count && newlineCount(atMost: lines) < lines {
      try fill()
    }
    return UnsafeBufferPointer(
      start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: min(end - start, count))
  }

  private func newlineCount(atMost limit: Int) -> Int {
    var count = 0
    var from = start
    while count < limit, let newline = findNewline(from: from) {
      count += 1
      from = newline + 1
    }
    return count
  }

  /// Everything from here to the end of the input, as one record; nil (after reading to the
  /// end, so the input is consumed) when it is longer than `maximumLineBytes`.
  package mutating func rest() throws(ReadError) -> [UInt8]? {
    if atStart { try dropByteOrderMark() }
    var content: [UInt8] = []
    var tooLong = false
    while true {
      let pending = end - start
      if !tooLong {
        if content.count + pending > maximumLineBytes {
          tooLong = true
          content = []
        } else {
          content.append(contentsOf: UnsafeRawBufferPointer(start: buffer.baseAddress! + start, count: pending))
        }
      }
      start = end
      if eof { break }
      // Read straight on in blocks; the buffer does not grow for a whole input.
      start = 0
      end = 0
      let n = try readSome(into: buffer.baseAddress!, count: buffer.count)
      if n == 0 { eof = true } else { end = n }
    }
    return tooLong ? nil : content
  }

  /// Drops EF BB BF at the start of the input. Reads on only while what has arrived could still
  /// be the start of a mark, so a live pipeline's first line is not held back.
  private mutating func dropByteOrderMark() throws(ReadError) {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    while true {
      let available = min(end - start, 3)
      let bytes = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start
      guard (0..<available).allSatisfy({ bytes[$0] == mark[$0] }) else { break }
      if available == 3 {
        start += 3
        break
      }
      if eof { break }
      try fill()
    }
    atStart = false
  }

  private func findNewline(from: Int) -> Int? {
    guard from < end else { return nil }
    let base = buffer.baseAddress! + from
    guard let found = memchr(base, 0x0A, end - from) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(buffer.baseAddress!)
  }

  /// Reads more input, compacting or growing the buffer as needed.
  private mutating func fill() throws(ReadError) {
    if start > 0 {
      let pending = end - start
      if pending > 0 { buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: pending) }
      start = 0
      end = pending
    }
    if buffer.count - end < blockSize {
      let newSize = max(buffer.count * 2, end + blockSize)
      let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: newSize, alignment: 64)
      bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
      buffer.deallocate()
      buffer = bigger
    }
    let n = try readSome(into: buffer.baseAddress! + end, count: buffer.count - end)
    if n == 0 { eof = true } else { end += n }
  }

  private mutating func readSome(into pointer: UnsafeMutableRawPointer, count: Int) throws(ReadError) -> Int {
    while true {
      let n = read(fd, pointer, count)
      if n >= 0 {
        bytesRead += n
        return n
      }
      if errno == EINTR { continue }
      throw ReadError(errno: errno)
    }
  }

  /// Drops buffered bytes and reads on until a newline (or EOF); returns whether one was found.
  private mutating func skipPastNewline() throws(ReadError) -> Bool {
    start = 0
    end = 0
    // Shrink back to the normal size: the over-long line must not keep memory.
    if buffer.count > blockSize * 2 {
      buffer.deallocate()
      buffer = .allocate(byteCount: blockSize * 2, alignment: 64)
    }
    while true {
      let n = try readSome(into: buffer.baseAddress!, count: buffer.count)
      if n == 0 {
        eof = true
        return false
      }
      if let found = memchr(buffer.baseAddress!, 0x0A, n) {
        let offset = UnsafeRawPointer(found) - UnsafeRawPointer(buffer.baseAddress!)
        start = offset + 1
        end = n
        return true
      }
    }
  }
}
