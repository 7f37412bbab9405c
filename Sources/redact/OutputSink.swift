import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Buffered writes to a file descriptor in large blocks. A closed pipe (EPIPE) is reported as
/// ``BrokenPipe`` so the filter can exit 0, as ripgrep does.
///
/// With an ``OutputProgress``, the sink also keeps count of the records whose output has been
/// written in full, for the report.
final class OutputSink {
  struct BrokenPipe: Error {}
  struct WriteError: Error, CustomStringConvertible {
    let errno: Int32
    var description: String { String(cString: strerror(errno)) }
  }

  private let fd: Int32
  private let flushThreshold: Int
  private let lineBuffered: Bool
  private let progress: OutputProgress?
  var buffer: [UInt8] = []
  private(set) var bytesWritten = 0
  /// Where each record handed over since the last flush ends in ``buffer``; `written` is false
  /// for a record left out (skipped), which is complete as soon as the records before it are.
  private var marks: [(end: Int, position: InputLoop.Position, written: Bool)] = []

  init(fd: Int32, lineBuffered: Bool = false, flushThreshold: Int = 1 << 20, progress: OutputProgress? = nil) {
    self.fd = fd
    self.lineBuffered = lineBuffered
    self.flushThreshold = flushThreshold
    self.progress = progress
    buffer.reserveCapacity(flushThreshold + 4096)
  }

  /// Call after appending a whole record to ``buffer``; `position` names it for the report.
  func recordDone(_ position: InputLoop.Position? = nil) throws {
    if let position, progress != nil { marks.append((buffer.count, position, true)) }
    if lineBuffered || buffer.count >= flushThreshold { try flush() }
  }

  /// Call for a record deliberately left out of the output.
  func recordSkipped(_ position: InputLoop.Position) {
    if progress != nil { marks.append((buffer.count, position, false)) }
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    try recordDone()
  }

  func flush() throws {
    var offset = 0
    var completed = 0
    /// Counts the records that are now complete; called with the write lock held.
    func advance(to offset: Int, bytes: Int) {
      var records = 0
      var last: InputLoop.Position?
      while completed < marks.count && marks[completed].end <= offset {
        if marks[completed].written { records += 1 }
        last = marks[completed].position
        completed += 1
      }
      progress?.update {
        $0.bytes += bytes
        $0.records += records
        if let last { $0.completeThrough = last }
      }
    }
    while offset < buffer.count {
      let n = (progress ?? OutputProgress.unshared).writing {
        let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n > 0 { advance(to: offset + n, bytes: n) }
        return n
      }
      if n < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE { throw BrokenPipe() }
        throw WriteError(errno: errno)
      }
      offset += n
    }
    // Records with no bytes (left out, or empty) at the end of the buffer.
    if completed < marks.count { (progress ?? OutputProgress.unshared).writing { advance(to: offset, bytes: 0) } }
    bytesWritten += buffer.count
    if buffer.capacity > 4 * flushThreshold {
      // A long record's room goes back, not held for the short ones after it.
      buffer = []
      buffer.reserveCapacity(flushThreshold + 4096)
    } else {
      buffer.removeAll(keepingCapacity: true)
    }
    marks.removeAll(keepingCapacity: true)
  }
}

/// What has reached the output so far, shared between the writing thread and the thread that
/// handles termination signals (``RunRecorder``).
///
/// Each `write(2)` and the count update that follows it happen under one lock, so whoever takes
/// the lock sees counts that match the bytes out exactly.
final class OutputProgress: @unchecked Sendable {
  struct Snapshot {
    /// Bytes accepted by the output (a final record may be cut short when the reader went away).
    var bytes = 0
    /// Records whose output was written in full.
    var records = 0
    /// The last input record up to which the output is complete: every record up to it is
    /// either written in full or was deliberately left out (`--on-error skip`).
    var completeThrough: InputLoop.Position?
  }

  /// For sinks nobody else watches.
  static let unshared = OutputProgress()

  private let writeLock = NSLock()
  private let stateLock = NSLock()
  private var state = Snapshot()

  var snapshot: Snapshot { stateLock.withLock { state } }

  func writing<T>(_ body: () -> T) -> T {
    writeLock.lock()
    defer { writeLock.unlock() }
    return body()
  }

  func update(_ change: (inout Snapshot) -> Void) {
    stateLock.withLock { change(&state) }
  }

  /// Stops all further writes. Returns false if a write was still under way after `timeout`
  /// seconds (a reader that stopped reading): its bytes may or may not have got out, and are
  /// not counted.
  func stopWriting(timeout: TimeInterval) -> Bool {
    writeLock.lock(before: Date(timeIntervalSinceNow: timeout))
  }
}
