import Redact

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Walks the inputs (files in order, or stdin) line by line with bounded memory.
///
/// A UTF-8 byte-order mark (EF BB BF) at the start of each input (standard input and every file)
/// is dropped in every format, so the output never has one; see ``LineReader``. Elsewhere it is
/// content: text passes it through, and an NDJSON line that starts with it is not JSON and fails.
struct InputLoop {
  /// Where a record came from, for messages: `line 12` or `notes.txt:12`.
  struct Position {
    let input: String?
    let line: Int
    var description: String { input.map { "\($0):\(line)" } ?? "line \(line)" }
  }

  enum Event {
    case record(UnsafeBufferPointer<UInt8>, Position, terminated: Bool)
    case tooLong(Position, terminated: Bool)
  }

  let files: [String]
  let maximumLineBytes: Int
  /// Each input is one record (``RecordFormat/document``) instead of one per line.
  let wholeInputs: Bool
  /// How a file name is shown in positions and messages: a case file's name can itself be a
  /// person's (``RedactionEngine/maskedForDisplay(_:)``). Identity when nil.
  let displayName: ((String) -> String)?
  private(set) var bytesRead = 0

  init(
    files: [String], maximumLineBytes: Int, wholeInputs: Bool = false, displayName: ((String) -> String)? = nil
  ) {
    self.files = files.isEmpty ? ["-"] : files
    self.maximumLineBytes = maximumLineBytes
    self.wholeInputs = wholeInputs
    self.displayName = displayName
  }

  /// Calls `body` for every record. Unreadable inputs exit 2 with a message.
  mutating func run(_ body: (Event) throws -> Void) throws {
    let named = files.count > 1 || files.first != "-"
    for file in files {
      let fd: Int32
      if file == "-" {
        fd = 0
      } else {
        fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
          Diagnostics.error("cannot open \(displayName?(file) ?? file): \(String(cString: strerror(errno)))")
          throw ExitStatus.runtimeError
        }
      }
      defer { if fd != 0 { close(fd) } }
      let name = named ? (file == "-" ? "<stdin>" : displayName?(file) ?? file) : nil
      if wholeInputs {
        try readWhole(fd, name: name, body)
        continue
      }
      var reader = LineReader(fd: fd, maximumLineBytes: maximumLineBytes)
      do {
        while let line = try reader.next() {
          switch line {
          case .line(let bytes, let number, let terminated):
            try body(.record(bytes, Position(input: name, line: number), terminated: terminated))
          case .tooLong(let number, let terminated):
            try body(.tooLong(Position(input: name, line: number), terminated: terminated))
          }
        }
      } catch let error as LineReader.ReadError {
        Diagnostics.error("cannot read \(name ?? "standard input"): \(error)")
        throw ExitStatus.runtimeError
      }
      bytesRead += reader.bytesRead
    }
  }

  /// Reads one whole input as a record, refusing (not buffering) more than the maximum.
  private mutating func readWhole(_ fd: Int32, name: String?, _ body: (Event) throws -> Void) throws {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    // A leading byte-order mark does not count towards the limit.
    let limit = maximumLineBytes + mark.count
    var content: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var tooLong = false
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        Diagnostics.error("cannot read \(name ?? "standard input"): \(String(cString: strerror(errno)))")
        throw ExitStatus.runtimeError
      }
      if count == 0 { break }
      bytesRead += count
      if !tooLong {
        if content.count + count > limit {
          tooLong = true
          content = []
        } else {
          content.append(contentsOf: chunk[0..<count])
        }
      }
    }
    if content.starts(with: mark) { content.removeFirst(mark.count) }
    if content.count > maximumLineBytes { tooLong = true }
    let position = Position(input: name, line: 1)
    if tooLong {
      try body(.tooLong(position, terminated: false))
    } else if !content.isEmpty {
      try content.withUnsafeBufferPointer { try body(.record($0, position, terminated: false)) }
    }
  }
}
