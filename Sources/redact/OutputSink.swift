#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Buffered writes to a file descriptor in large blocks. A closed pipe (EPIPE) is reported as
/// ``BrokenPipe`` so the filter can exit 0, as ripgrep does.
final class OutputSink {
  struct BrokenPipe: Error {}
  struct WriteError: Error, CustomStringConvertible {
    let errno: Int32
    var description: String { String(cString: strerror(errno)) }
  }

  private let fd: Int32
  private let flushThreshold: Int
  private let lineBuffered: Bool
  var buffer: [UInt8] = []
  private(set) var bytesWritten = 0

  init(fd: Int32, lineBuffered: Bool = false, flushThreshold: Int = 1 << 20) {
    self.fd = fd
    self.lineBuffered = lineBuffered
    self.flushThreshold = flushThreshold
    buffer.reserveCapacity(flushThreshold + 4096)
  }

  /// Call after appending a whole record to ``buffer``.
  func recordDone() throws {
    if lineBuffered || buffer.count >= flushThreshold { try flush() }
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    try recordDone()
  }

  func flush() throws {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { throw BrokenPipe() }
        throw WriteError(errno: errno)
      }
      offset += n
    }
    bytesWritten += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }
}
