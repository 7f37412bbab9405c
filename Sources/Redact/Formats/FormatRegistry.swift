/// Every format Redact reads, by name and by recognition.
public enum FormatRegistry {
  /// The registered formats, most specific first within a recognition level (ties go to the
  /// earlier one). Adding a format: one line here.
  public static let all: [any DocumentFormat] = [
    NDJSONFormat(),
    JSONDocumentFormat(),
    WhatsAppFormat(),
    KakaoTalkFormat(),
    LINEFormat(),
    SignalFormat(),
    PlainTextFormat(),
    TextDocumentFormat(),
  ]

  /// The names `--format` accepts, `auto` first.
  public static var names: [String] { ["auto"] + all.map(\.name) }

  /// The format called `name`, or nil.
  public static func named(_ name: String) -> (any DocumentFormat)? {
    all.first { $0.name == name }
  }

  /// How many bytes of an input ``detect(name:head:)`` looks at.
  public static let headBytes = 64 << 10

  /// The format that recognises an input best from its name (nil on standard input) and its
  /// first ``headBytes`` bytes; plain text when nothing else does.
  public static func detect(name: String?, head: UnsafeBufferPointer<UInt8>) -> any DocumentFormat {
    let lowered = name.map { $0.lowercased() }
    var best: (any DocumentFormat)?
    var bestLevel = Recognition.no
    for format in all {
      let level = format.recognition(name: lowered, head: head)
      if level > bestLevel {
        best = format
        bestLevel = level
      }
    }
    return best ?? PlainTextFormat()
  }
}

extension DocumentFormat where Self == PlainTextFormat {
  /// Free text, a line at a time.
  public static var text: PlainTextFormat { PlainTextFormat() }
}

extension DocumentFormat where Self == TextDocumentFormat {
  /// Free text, an input at a time.
  public static var document: TextDocumentFormat { TextDocumentFormat() }
}

extension DocumentFormat where Self == NDJSONFormat {
  /// JSON Lines.
  public static var ndjson: NDJSONFormat { NDJSONFormat() }
}

extension DocumentFormat where Self == JSONDocumentFormat {
  /// One JSON document per input.
  public static var json: JSONDocumentFormat { JSONDocumentFormat() }
}
