import Foundation
import Testing

@testable import Redact

/// The JSON export presets: X archive and API, Facebook, Instagram, Telegram, Google Photos,
/// TikTok. Fixtures are in `Fixtures/exports/<format>/`, each input beside its
/// `<name>.expected.<ext>` output.
@Suite struct JSONPresetTests {
  static let formats: [any DocumentFormat] = [
    XArchiveFormat(), XAPIFormat.lines, XAPIFormat.document, MetaExportFormat.facebook, MetaExportFormat.instagram,
    TelegramFormat(), GooglePhotosSidecarFormat(), TikTokFormat(),
  ]

  static let exports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/exports")

  /// Every fixture input (not an expected output), with the format it is for.
  static let fixtures: [(path: String, format: String)] = {
    var found: [(String, String)] = []
    let enumerator = FileManager.default.enumerator(atPath: exports.path)
    while let path = enumerator?.nextObject() as? String {
      guard !path.contains(".expected."), path.hasSuffix(".js") || path.hasSuffix(".json") || path.hasSuffix(".ndjson")
      else { continue }
      let folder = String(path.split(separator: "/")[0])
      let format = folder == "x-api" && path.hasSuffix(".json") ? "x-api-json" : folder
      found.append((path, format))
    }
    return found.sorted { $0.0 < $1.0 }
  }()

  static func expectedPath(_ path: String) -> String {
    let dot = path.lastIndex(of: ".")!
    return path[..<dot] + ".expected" + path[dot...]
  }

  static func read(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: exports.appendingPathComponent(path)))
  }

  /// `input` redacted by `format` with the default policy, unit by unit as the CLI frames it.
  static func redact(_ input: [UInt8], as format: any DocumentFormat) throws -> [UInt8] {
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy.builtIn(named: "default")!), format: format)
    var output: [UInt8] = []
    var stats = RedactionStats()
    guard format.framing == .lines else {
      try input.withUnsafeBufferPointer { try processor.redact($0, into: &output, stats: &stats) }
      return output
    }
    var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
    if input.last == 0x0A { lines.removeLast() }
    for line in lines {
      try Array(line).withUnsafeBufferPointer { try processor.redact($0, into: &output, stats: &stats) }
      output.append(0x0A)
    }
    return output
  }

  @Test func everyPresetIsAValidPolicyWithRules() throws {
    for format in Self.formats {
      let preset = try #require(format.preset, "\(format.name)")
      #expect(try !PolicyLoader.parse(preset).fields.isEmpty, "\(format.name)")
    }
  }

  @Test func everyPresetFormatIsRegistered() {
    for format in Self.formats {
      #expect(FormatRegistry.named(format.name) != nil, "\(format.name)")
    }
  }

  // MARK: - Fixtures

  @Test func fixturesAreRedactedAsExpected() throws {
    #expect(Self.fixtures.count >= 19)
    for (path, name) in Self.fixtures {
      let format = try #require(FormatRegistry.named(name))
      let output = try Self.redact(try Self.read(path), as: format)
      let expected = try Self.read(Self.expectedPath(path))
      #expect(String(decoding: output, as: UTF8.self) == String(decoding: expected, as: UTF8.self), "\(path)")
    }
  }

  @Test func fixtureOutputsKeepTheShapeOfTheirInputs() throws {
    for (path, name) in Self.fixtures {
      let input = try Self.read(path)
      let output = try Self.read(Self.expectedPath(path))
      if name == "x-archive" {
        let inStart = try #require(input.withUnsafeBufferPointer { XArchiveFormat.jsonStart(in: $0) })
        let outStart = try #require(output.withUnsafeBufferPointer { XArchiveFormat.jsonStart(in: $0) }, "\(path)")
        #expect(input[..<inStart] == output[..<outStart], "\(path): the prefix is kept byte for byte")
        try JSONShape.expectSame(Array(input[inStart...]), Array(output[outStart...]), "\(path)")
      } else if name == "x-api" {
        let inLines = input.split(separator: 0x0A)
        let outLines = output.split(separator: 0x0A)
        #expect(inLines.count == outLines.count)
        for (a, b) in zip(inLines, outLines) { try JSONShape.expectSame(Array(a), Array(b), "\(path)") }
      } else {
        try JSONShape.expectSame(input, output, "\(path)")
      }
    }
  }

  @Test func fixturesAreRecognisedByNameAndContentAndByContentAlone() throws {
    for (path, name) in Self.fixtures {
      let input = try Self.read(path)
      let head = Array(input.prefix(FormatRegistry.headBytes))
      let byName = head.withUnsafeBufferPointer { FormatRegistry.detect(name: path, head: $0) }
      let byContent = head.withUnsafeBufferPointer { FormatRegistry.detect(name: nil, head: $0) }
      #expect(byName.name == name, "\(path)")
      #expect(byContent.name == name, "\(path) on standard input")
    }
  }

  @Test func plainJSONIsNotTakenForAnExport() {
    for text in [#"{"a": 1, "user": "x"}"#, "[\n {\"name\": \"x\"}\n]", #"{"messages": [{"text": "hi"}]}"#] {
      let head = Array(text.utf8)
      for format in Self.formats {
        #expect(head.withUnsafeBufferPointer { format.recognition(name: nil, head: $0) } < .specific, "\(format.name)")
      }
    }
  }

  // MARK: - X archive prefix

  @Test func xArchivePrefixIsKeptByteForByteWhateverTheCategory() throws {
    var rng = SplitMix64(seed: 7)
    let categories = ["tweets", "direct_messages_group", "ip-audit", "account", "note.tweet"]
    for _ in 0..<200 {
      let bom = Bool.random(using: &rng) ? "\u{FEFF}" : ""
      let space = [" ", "", "  ", "\t"].randomElement(using: &rng)!
      let prefix = "\(bom)window.YTD.\(categories.randomElement(using: &rng)!).part\(Int.random(in: 0..<12, using: &rng))\(space)=\(space)"
      let input = Array((prefix + #"[ { "a" : "1", "b" : [ "2", "x y" ] } ]"# + "\n").utf8)
      var output: [UInt8] = []
      try input.withUnsafeBufferPointer { bytes in
        try XArchiveFormat().rewrite(FormatUnit(bytes: bytes), into: &output) { piece, _ in
          piece.role == .string ? .replace(Array("[X]".utf8)) : .unchanged
        }
      }
      let text = String(decoding: output, as: UTF8.self)
      #expect(text.hasPrefix(prefix))
      #expect(text.dropFirst(prefix.count) == #"[ { "a" : "[X]", "b" : [ "[X]", "[X]" ] } ]"# + "\n")
    }
  }

  @Test func xArchiveFileWithoutItsPrefixIsRefused() {
    for text in [#"[ {"a": "1"} ]"#, "window.YTD. = []", "window.YTD.tweets.part0 []", "var window.YTD.x = []"] {
      let input = Array(text.utf8)
      #expect(throws: FormatError.self) {
        var output: [UInt8] = []
        try input.withUnsafeBufferPointer { bytes in
          try XArchiveFormat().rewrite(FormatUnit(bytes: bytes), into: &output) { _, _ in .unchanged }
        }
      }
    }
  }

  // MARK: - Structure the formats state

  /// Every piece a format hands over, with what it says the piece certainly is.
  static func pieces(_ text: [UInt8], _ format: any DocumentFormat) throws -> [(String, EntityKind?)] {
    var seen: [(String, EntityKind?)] = []
    var output: [UInt8] = []
    try text.withUnsafeBufferPointer { bytes in
      try format.rewrite(FormatUnit(bytes: bytes), into: &output) { piece, _ in
        seen.append((String(decoding: piece.bytes, as: UTF8.self), piece.certain))
        return .unchanged
      }
    }
    return seen
  }

  @Test func telegramEntitiesAreCertainOfTheirKind() throws {
    let text = Array(
      #"{"messages":[{"type":"message","from":"A","text":["hi ",{"type":"mention","text":"@rahim_bd"},{"type":"phone","text":"+8801712345678"},{"type":"email","text":"r@x.org"},{"type":"mention_name","text":"Minjun Kim","user_id":5},{"type":"bold","text":"Dhaka"}]}]}"#
        .utf8)
    let certain = try Self.pieces(text, TelegramFormat()).compactMap { piece in piece.1.map { (piece.0, $0) } }
    #expect(certain.map(\.0) == ["rahim_bd", "+8801712345678", "r@x.org", "Minjun Kim"])
    #expect(certain.map(\.1) == [.handle, .phone, .email, .person])
  }

  @Test func facebookTitlesHandOverTheHoldersNameRepaired() throws {
    let text = Array(
      #"[{"title":"L\u00c3\u00aa Huy\u00e1\u00bb\u0081n shared a post.","data":[{"post":"x"}]},{"title":"Mobile uploads"},{"title":"Rahim Uddin commented on Ph\u00e1\u00ba\u00a1m Thu Trang's photo."}]"#
        .utf8)
    let pieces = try Self.pieces(text, MetaExportFormat.facebook)
    #expect(pieces.filter { $0.1 == .person }.map(\.0) == ["Lê Huyền", "Rahim Uddin", "Phạm Thu Trang"])
    #expect(pieces.contains { $0.0 == "'s photo." && $0.1 == nil })
    #expect(pieces.contains { $0.0 == " shared a post." && $0.1 == nil })
    #expect(pieces.contains { $0.0 == "Mobile uploads" && $0.1 == nil })
  }

  @Test func metaReplacementsAreWrittenInMetasEscaping() throws {
    let text = Array(#"{"content":"Huy\u00e1\u00bb\u0081n \u00c6\u00a1i, g\u00e1\u00bb\u008di","n":"plain"}"#.utf8)
    var output: [UInt8] = []
    try text.withUnsafeBufferPointer { bytes in
      try MetaExportFormat.instagram.rewrite(FormatUnit(bytes: bytes), into: &output) { piece, _ in
        let value = String(decoding: piece.bytes, as: UTF8.self)
        return value.hasPrefix("Huyền") ? .replace(Array(value.replacingOccurrences(of: "Huyền", with: "[PERSON]").utf8)) : .unchanged
      }
    }
    #expect(String(decoding: output, as: UTF8.self) == #"{"content":"[PERSON] \u00c6\u00a1i, g\u00e1\u00bb\u008di","n":"plain"}"#)
  }

  // MARK: - Random Meta message threads

  /// Random Messenger threads written as Meta writes them (`\u00XX` per UTF-8 byte), with
  /// participants in many scripts who write and are named in each other's messages: redacted
  /// as `facebook`, no participant's name is left in the repaired output, and it parses with
  /// the same shape.
  @Test func randomMetaThreadsLoseEveryParticipantsName() throws {
    var rng = SplitMix64(seed: 404)
    let processor = RecordProcessor(
      engine: try RedactionEngine(policy: Policy.builtIn(named: "default")!), format: MetaExportFormat.facebook)
    func meta(_ text: String) -> String {
      var out: [UInt8] = []
      MetaMojibake.encode(Array(text.utf8), to: &out)
      return String(decoding: out, as: UTF8.self)
    }
    for _ in 0..<60 {
      let people = Array(Self.names.shuffled(using: &rng).prefix(Int.random(in: 2...3, using: &rng)))
      let messages = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
        let other = people.randomElement(using: &rng)!
        let content = ["ok", other + " ơi,", "call", other, "at the station", "gặp"].shuffled(using: &rng).joined(separator: " ")
        return #"{"sender_name": \#(meta(people.randomElement(using: &rng)!)), "timestamp_ms": 1715590000000, "content": \#(meta(content))}"#
      }
      let participants = people.map { #"{"name": \#(meta($0))}"# }.joined(separator: ", ")
      let document = #"{"participants": [\#(participants)], "messages": [\#(messages.joined(separator: ", "))], "title": \#(meta(people[1]))}"#
      let output = try redacted(document, by: processor)
      let repaired = try JSONSerialization.jsonObject(with: Data(output.utf8))
      let text = String(describing: repaired)
      let repairedText = String(decoding: Data(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }), as: UTF8.self)
      for person in people {
        #expect(!repairedText.contains(person), "\(person) left in \(output)")
      }
      #expect(output.utf8.allSatisfy { $0 < 0x80 }, "written in Meta's escaping")
      try JSONShape.expectSame(Array(document.utf8), Array(output.utf8), document)
    }
  }

  // MARK: - Random X API tweets

  static let names = [
    "Nguyễn Thị Lan", "Trần Văn Minh", "রহিম উদ্দিন", "সুমাইয়া আক্তার", "สมชาย ใจดี", "นภา ศรีสุข", "김민준", "박서연", "Priya Sharma",
    "Arjun Mehta",
  ]

  /// A random handle: letters, digits and `_`, starting with a letter.
  static func handle(_ rng: inout SplitMix64) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    let tail = Array("abcdefghijklmnopqrstuvwxyz0123456789_")
    return String(letters.randomElement(using: &rng)!)
      + String((0..<Int.random(in: 4...10, using: &rng)).map { _ in tail.randomElement(using: &rng)! })
  }

  struct Account {
    let name: String
    let handle: String
    let id: Int
  }

  static func account(_ rng: inout SplitMix64) -> Account {
    Account(name: names.randomElement(using: &rng)!, handle: handle(&rng), id: Int.random(in: 100_000...999_999_999_999, using: &rng))
  }

  /// A random v1.1 tweet: author, mentions (named in the text with and without '@', and by
  /// name), and a retweeted or quoted tweet nested `depth` more levels. Collects every
  /// account's name, handle and id in `accounts`.
  static func tweet(depth: Int, _ rng: inout SplitMix64, accounts: inout [Account]) -> [String: Any] {
    let author = account(&rng)
    accounts.append(author)
    let mentioned = (0..<Int.random(in: 0...3, using: &rng)).map { _ in account(&rng) }
    accounts += mentioned
    var words = ["hello", "call", "meet", "at", "the", "station", "tomorrow"]
    for m in mentioned {
      words += ["@" + m.handle, m.handle, m.name, "@\(m.handle)'s", "(\(m.name))"]
    }
    if Bool.random(using: &rng) { words += [author.name, author.handle] }
    words.shuffle(using: &rng)
    var tweet: [String: Any] = [
      "created_at": "Mon May 13 09:12:03 +0000 2024",
      "id": 42,
      "full_text": words.joined(separator: " "),
      "entities": [
        "hashtags": [Any](),
        "user_mentions": mentioned.map { m in
          ["screen_name": m.handle, "name": m.name, "id": m.id, "id_str": String(m.id), "indices": [0, 5]] as [String: Any]
        },
      ],
      "user": [
        "id": author.id, "id_str": String(author.id), "name": author.name, "screen_name": author.handle,
        "description": "I am \(author.name)", "followers_count": 3,
      ] as [String: Any],
      "geo": NSNull(), "lang": "en",
    ]
    if let replied = mentioned.first {
      tweet["in_reply_to_screen_name"] = replied.handle
      tweet["in_reply_to_user_id_str"] = String(replied.id)
    }
    if depth > 0 {
      tweet[Bool.random(using: &rng) ? "retweeted_status" : "quoted_status"] = Self.tweet(
        depth: depth - 1, &rng, accounts: &accounts)
    }
    return tweet
  }

  /// Random tweets with random nesting and mentions, redacted as `x-api` lines: no author's or
  /// mentioned account's name, handle (with or without '@') or id is left anywhere, and each
  /// output line is JSON of the same shape.
  @Test func randomTweetsLoseEveryAccountNameHandleAndId() throws {
    var rng = SplitMix64(seed: 2026)
    let processor = RecordProcessor(engine: try RedactionEngine(policy: Policy.builtIn(named: "default")!), format: XAPIFormat.lines)
    for _ in 0..<100 {
      var accounts: [Account] = []
      let tweet = Self.tweet(depth: Int.random(in: 0...3, using: &rng), &rng, accounts: &accounts)
      let line = String(decoding: try JSONSerialization.data(withJSONObject: tweet), as: UTF8.self)
      let output = try redacted(line, by: processor)
      for account in accounts {
        #expect(!output.contains(account.name), "\(account.name) left in \(output)")
        #expect(!output.contains(account.handle), "\(account.handle) left in \(output)")
        #expect(!output.contains(String(account.id)), "\(account.id) left in \(output)")
      }
      try JSONShape.expectSame(Array(line.utf8), Array(output.utf8), line)
    }
  }
}

/// Checks that a redacted JSON text has its input's shape: it parses, objects have as many
/// keys (the same ones, unless a key was itself masked), arrays the same lengths, strings stay
/// strings or become null, numbers stay numbers or become strings or null.
enum JSONShape {
  static func expectSame(_ input: [UInt8], _ output: [UInt8], _ context: String) throws {
    let a = try JSONSerialization.jsonObject(with: Data(input), options: [.fragmentsAllowed])
    let b = try JSONSerialization.jsonObject(with: Data(output), options: [.fragmentsAllowed])
    var problems: [String] = []
    compare(a, b, "$", &problems)
    #expect(problems.isEmpty, "\(context): \(problems.prefix(5))")
  }

  static func compare(_ a: Any, _ b: Any, _ path: String, _ problems: inout [String]) {
    switch a {
    case let object as [String: Any]:
      guard let other = b as? [String: Any], other.count == object.count else {
        problems.append("\(path): object changed")
        return
      }
      for (key, value) in object {
        if let counterpart = other[key] {
          compare(value, counterpart, path + "." + key, &problems)
        } else if !other.keys.contains(where: { !object.keys.contains($0) && $0.contains("[") }) {
          problems.append("\(path): key \(key) gone")
        }
      }
    case let array as [Any]:
      guard let other = b as? [Any], other.count == array.count else {
        problems.append("\(path): array length changed")
        return
      }
      for (index, (x, y)) in zip(array, other).enumerated() { compare(x, y, "\(path)[\(index)]", &problems) }
    case is String:
      if !(b is String || b is NSNull) { problems.append("\(path): string became something else") }
    case is NSNull:
      if !(b is NSNull) { problems.append("\(path): null changed") }
    default:  // numbers and booleans
      if b is [Any] || b is [String: Any] { problems.append("\(path): scalar became a container") }
    }
  }
}
