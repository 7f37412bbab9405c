import Redact

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Walks the inputs (files in order, or stdin), recognises each one's format (unless one is
/// forced), and cuts it into the units the format's ``Framing`` asks for, with bounded memory
/// for lines and quoted records.
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

    /// The position of line `lineInRecord` (1 = the first) of a record starting here.
    func moved(to lineInRecord: Int?) -> Position {
      guard let lineInRecord else { return self }
      return Position(input: input, line: line + lineInRecord - 1)
    }
  }

  enum Event {
    /// An input starts; its units follow.
    case begin(any DocumentFormat, input: String?)
    /// One unit; `header` is the input's header record for ``Framing/quotedRecords``.
    case record(UnsafeBufferPointer<UInt8>, Position, terminated: Bool, header: UnsafeBufferPointer<UInt8>?)
    case tooLong(Position, terminated: Bool)
  }

  let files: [String]
  let maximumLineBytes: Int
  /// The format of every input; nil recognises each input's from its name and first bytes.
  let format: (any DocumentFormat)?
  /// How a file name is shown in positions and messages: a case file's name can itself be a
  /// person's (``RedactionEngine/maskedForDisplay(_:)``). Identity when nil.
  let displayName: ((String) -> String)?
  /// How many lines recognition waits for (1 for live pipelines: the first line is not held
  /// back waiting for more).
  let recognitionLines: Int
  private(set) var bytesRead = 0

  init(
    files: [String], maximumLineBytes: Int, format: (any DocumentFormat)?, displayName: ((String) -> String)? = nil,
    recognitionLines: Int = 16
  ) {
    self.files = files.isEmpty ? ["-"] : files
    self.maximumLineBytes = maximumLineBytes
    self.format = format
    self.displayName = displayName
    self.recognitionLines = recognitionLines
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
      var reader = LineReader(fd: fd, maximumLineBytes: maximumLineBytes)
      do {
        let chosen: any DocumentFormat
        if let format {
          chosen = format
        } else {
          let head = try reader.peek(upTo: FormatRegistry.headBytes, lines: recognitionLines)
          if let binary = Self.binaryKind(head) {
            // Archives and photos are read from files (they are not streams of records); one
            // piped in would only fail later as invalid UTF-8.
            Diagnostics.error(
              "\(name ?? "standard input") is \(binary) but arrives as a stream: give it as a file (redact FILE -o OUT), or redirect a file (redact -o OUT < FILE)"
            )
            throw ExitStatus.runtimeError
          }
          chosen = FormatRegistry.detect(name: file == "-" ? nil : file, head: head)
        }
        try body(.begin(chosen, input: name))
        switch chosen.framing {
        case .lines: try readLines(&reader, name: name, body)
        case .whole: try readWhole(&reader, name: name, body)
        case .quotedRecords: try readQuotedRecords(&reader, name: name, body)
        }
      } catch let error as LineReader.ReadError {
        Diagnostics.error("cannot read \(name ?? "standard input"): \(error)")
        throw ExitStatus.runtimeError
      }
      bytesRead += reader.bytesRead
    }
  }

  /// `a zip archive` or `a JPEG/PNG image` for content starting like one, else nil.
  private static func binaryKind(_ head: UnsafeBufferPointer<UInt8>) -> String? {
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zip archive" }
    if ImageFileType.sniff(head)?.isSupported == true { return "a JPEG/PNG image" }
    return nil
  }

  private func readLines(_ reader: inout LineReader, name: String?, _ body: (Event) throws -> Void) throws {
    while let line = try reader.next() {
      switch line {
      case .line(let bytes, let number, let terminated):
        try body(.record(bytes, Position(input: name, line: number), terminated: terminated, header: nil))
      case .tooLong(let number, let terminated):
        try body(.tooLong(Position(input: name, line: number), terminated: terminated))
      }
    }
  }

  /// One whole input as a record, refusing (not buffering) more than the maximum.
  private func readWhole(_ reader: inout LineReader, name: String?, _ body: (Event) throws -> Void) throws {
    let position = Position(input: name, line: 1)
    guard let content = try reader.rest() else {
      try body(.tooLong(position, terminated: false))
      return
    }
    if !content.isEmpty {
      try content.withUnsafeBufferPointer { try body(.record($0, position, terminated: false, header: nil)) }
    }
  }

  /// Records that end at a line break outside double quotes (CSV): lines are joined while a
  /// quote is open. The first record is the header, handed with every later one.
  private func readQuotedRecords(_ reader: inout LineReader, name: String?, _ body: (Event) throws -> Void) throws {
    var header: [UInt8]?
    var record: [UInt8] = []
    var firstLine = 0
    // Quotes are read as the CSV formats read them (``CSVRecordSplitter``), line by line.
    var quotes = CSVRecordSplitter()
    var open: Bool { quotes.insideQuotes }
    var tooLong = false
    func emit(terminated: Bool) throws {
      let position = Position(input: name, line: firstLine)
      if tooLong {
        try body(.tooLong(position, terminated: terminated))
      } else if let header {
        try header.withUnsafeBufferPointer { header in
          try record.withUnsafeBufferPointer { try body(.record($0, position, terminated: terminated, header: header)) }
        }
      } else {
        try record.withUnsafeBufferPointer { try body(.record($0, position, terminated: terminated, header: nil)) }
        header = record
      }
      record.removeAll(keepingCapacity: true)
      quotes = CSVRecordSplitter()
      tooLong = false
    }
    while let line = try reader.next() {
      switch line {
      case .line(let bytes, let number, let terminated):
        if !open && record.isEmpty && !tooLong { firstLine = number }
        if open && !tooLong { record.append(0x0A) }
        if !tooLong {
          if record.count + bytes.count > maximumLineBytes {
            tooLong = true
            record.removeAll()
          } else {
            record.append(contentsOf: bytes)
          }
        }
        // A line holds no line feed, so this only carries the quote state on.
        _ = quotes.recordEnd(in: bytes)
        if !open || !terminated { try emit(terminated: terminated) }
      case .tooLong(let number, let terminated):
        // Its quotes are unknown (it was skipped): the record ends here, and fails.
        if !open && record.isEmpty { firstLine = number }
        tooLong = true
        try emit(terminated: terminated)
      }
    }
    // A quote still open at the end: the record goes to its format, which refuses it (never
    // dropped without a word).
    if open || !record.isEmpty || tooLong { try emit(terminated: true) }
  }
}
