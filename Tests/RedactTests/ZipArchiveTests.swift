import Foundation
@testable import Redact
import Testing
import ZIPFoundation

/// Builds test archives with ZIPFoundation directly (not with the code under test), and patches
/// their bytes to make the broken ones ZIPFoundation would never write.
enum ZipFixture {
  enum Item {
    case file(String, [UInt8], deflate: Bool = true)
    case directory(String)
    case symlink(String, target: String)
  }

  static func make(_ items: [Item]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-test-\(UUID().uuidString).zip")
    let archive = try Archive(url: url, accessMode: .create)
    for item in items {
      switch item {
      case .file(let name, let bytes, let deflate):
        try archive.addEntry(
          with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: deflate ? .deflate : .none
        ) { position, size in Data(bytes[Int(position)..<(Int(position) + size)]) }
      case .directory(let name):
        try archive.addEntry(with: name, type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
      case .symlink(let name, let target):
        let bytes = Array(target.utf8)
        try archive.addEntry(with: name, type: .symlink, uncompressedSize: Int64(bytes.count)) { _, _ in Data(bytes) }
      }
    }
    return url
  }

  /// Offsets of every occurrence of a 4-byte signature (`PK\1\2` central records, `PK\3\4`
  /// local headers) in order.
  static func offsets(of signature: [UInt8], in bytes: [UInt8]) -> [Int] {
    guard bytes.count >= 4 else { return [] }
    return (0...(bytes.count - 4)).filter { bytes[$0..<($0 + 4)].elementsEqual(signature) }
  }

  static let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
  static let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

  static func put32(_ value: UInt32, into bytes: inout [UInt8], at offset: Int) {
    for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
  }

  /// Rewrites the archive at `url` through `patch`.
  static func patch(_ url: URL, _ patch: (inout [UInt8]) -> Void) throws {
    var bytes = [UInt8](try Data(contentsOf: url))
    patch(&bytes)
    try Data(bytes).write(to: url)
  }
}

private func problem(_ body: () throws -> Void) -> ZipArchiveError.Problem? {
  do {
    try body()
    return nil
  } catch let error as ZipArchiveError {
    return error.problem
  } catch {
    Issue.record("not a ZipArchiveError: \(error)")
    return nil
  }
}

private func readAll(_ url: URL, limits: ZipArchiveLimits = ZipArchiveLimits()) throws -> [String: [UInt8]] {
  let reader = try ZipArchiveReader(path: url.path, limits: limits)
  var result: [String: [UInt8]] = [:]
  for member in reader.members { result[member.name] = try reader.contents(of: member) }
  return result
}

@Suite struct ZipArchiveTests {
  @Test func readsWhatZIPFoundationWrote() throws {
    var rng = SplitMix64(seed: 13)
    for _ in 0..<40 {
      var items: [ZipFixture.Item] = []
      var expected: [String: [UInt8]] = [:]
      for index in 0..<Int.random(in: 1...12, using: &rng) {
        let depth = Int.random(in: 0...3, using: &rng)
        let name = (0..<depth).map { "d\($0)" }.joined(separator: "/") + (depth > 0 ? "/" : "") + "f\(index).txt"
        let bytes = (0..<Int.random(in: 0...5000, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        items.append(.file(name, bytes, deflate: Bool.random(using: &rng)))
        expected[name] = bytes
      }
      items.append(.directory("empty/"))
      expected["empty/"] = []
      let url = try ZipFixture.make(items)
      defer { try? FileManager.default.removeItem(at: url) }
      #expect(try readAll(url) == expected)
      let reader = try ZipArchiveReader(path: url.path)
      #expect(reader.members.map(\.name) == items.map {
        switch $0 {
        case .file(let name, _, _), .directory(let name), .symlink(let name, _): name
        }
      })
    }
  }

  @Test func headStopsEarlyWithoutCheckingTheRest() throws {
    let bytes = [UInt8](repeating: 0x41, count: 300_000)
    let url = try ZipFixture.make([.file("a.txt", bytes)])
    defer { try? FileManager.default.removeItem(at: url) }
    let reader = try ZipArchiveReader(path: url.path)
    #expect(try reader.head(of: reader.members[0], count: 100) == Array(bytes.prefix(100)))
    #expect(reader.expandedBytes == 0)
  }

  @Test func writerOutputReadsBackDeterministically() throws {
    var rng = SplitMix64(seed: 7)
    for _ in 0..<20 {
      var members: [(String, [UInt8]?)] = []
      for index in 0..<Int.random(in: 1...10, using: &rng) {
        if Int.random(in: 0..<5, using: &rng) == 0 {
          members.append(("dir\(index)/", nil))
        } else {
          let bytes = (0..<Int.random(in: 0...20_000, using: &rng)).map { _ in UInt8.random(in: 0x20...0x7A, using: &rng) }
          members.append(("dir\(index % 3)/m\(index).ndjson", bytes))
        }
      }
      var outputs: [Data] = []
      for _ in 0..<2 {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("w-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try ZipArchiveWriter(path: path)
        for (name, bytes) in members {
          if let bytes { try writer.addFile(name, contents: bytes) } else { try writer.addDirectory(name) }
        }
        writer.close()
        outputs.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        // Read back with ZIPFoundation itself, in order.
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == members.map(\.0))
        for (entry, (_, bytes)) in zip(entries, members) {
          var content = Data()
          _ = try archive.extract(entry) { content.append($0) }
          #expect([UInt8](content) == (bytes ?? []))
          if bytes != nil { #expect(entry.isCompressed || bytes!.isEmpty) }
        }
      }
      #expect(outputs[0] == outputs[1])
    }
  }

  @Test func writerFillsAnEmptyExistingFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("e-\(UUID().uuidString).zip").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let writer = try ZipArchiveWriter(path: path)
    try writer.addFile("a.txt", contents: Array("hello".utf8))
    writer.close()
    #expect(try readAll(URL(fileURLWithPath: path)) == ["a.txt": Array("hello".utf8)])
  }

  @Test(arguments: [
    "../evil.txt", "a/../../evil.txt", "/etc/passwd", "a\\..\\..\\evil.txt", "C:/evil.txt", "a//b.txt", "./a.txt",
    "a/./b.txt", "a/\u{0}b.txt", "..",
  ])
  func refusesNamesThatEscape(name: String) throws {
    let url = try ZipFixture.make([.file("ok.txt", Array("fine".utf8)), .file(name, Array("x".utf8))])
    defer { try? FileManager.default.removeItem(at: url) }
    guard case .unsafeName = problem({ _ = try ZipArchiveReader(path: url.path) }) else {
      Issue.record("\(name.debugDescription) was not refused as unsafe")
      return
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("n-\(UUID().uuidString).zip").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let writer = try ZipArchiveWriter(path: path)
    guard case .unsafeName = problem({ try writer.addFile(name, contents: []) }) else {
      Issue.record("the writer took \(name.debugDescription)")
      return
    }
  }

  @Test func refusesRandomEscapingNames() throws {
    // Names built from safe parts with one escaping part put somewhere.
    var rng = SplitMix64(seed: 99)
    let escapes = ["..", "", ".", "a\\b", "x\u{0}y"]
    for _ in 0..<60 {
      var parts = (0..<Int.random(in: 1...4, using: &rng)).map { "p\($0)" }
      let escape = escapes.randomElement(using: &rng)!
      // An empty last part is a directory's trailing slash, which is fine.
      parts.insert(escape, at: Int.random(in: 0...(escape.isEmpty ? parts.count - 1 : parts.count), using: &rng))
      var name = parts.joined(separator: "/")
      if Bool.random(using: &rng) { name = "/" + name }
      #expect(ZipMemberName.problem(name) != nil, "\(name.debugDescription)")
    }
  }

  @Test func refusesSymbolicLinksAndDuplicates() throws {
    let link = try ZipFixture.make([.file("a.txt", [0x41]), .symlink("b", target: "/etc/passwd")])
    defer { try? FileManager.default.removeItem(at: link) }
    #expect(problem { _ = try ZipArchiveReader(path: link.path) } == .symbolicLink)
    let twice = try ZipFixture.make([.file("a.txt", [0x41]), .file("a.txt", [0x42])])
    defer { try? FileManager.default.removeItem(at: twice) }
    #expect(problem { _ = try ZipArchiveReader(path: twice.path) } == .duplicateName)
    let dirTwice = try ZipFixture.make([.directory("d/"), .file("d", [0x42])])
    defer { try? FileManager.default.removeItem(at: dirTwice) }
    #expect(problem { _ = try ZipArchiveReader(path: dirTwice.path) } == .duplicateName)
  }

  @Test func refusesEncryptedMembersByName() throws {
    let url = try ZipFixture.make([
      .file("a.txt", Array("one".utf8)), .file("secret.txt", Array("two".utf8)), .file("c.txt", Array("three".utf8)),
    ])
    defer { try? FileManager.default.removeItem(at: url) }
    // Set the "encrypted" flag (bit 0) of the second member, as a password-protected zip has it.
    try ZipFixture.patch(url) { bytes in
      bytes[ZipFixture.offsets(of: ZipFixture.central, in: bytes)[1] + 8] |= 1
      bytes[ZipFixture.offsets(of: ZipFixture.local, in: bytes)[1] + 6] |= 1
    }
    do {
      _ = try ZipArchiveReader(path: url.path)
      Issue.record("an encrypted member was not refused")
    } catch let error as ZipArchiveError {
      #expect(error.problem == .encrypted)
      #expect(error.member == "secret.txt")
      #expect(!error.description.contains("secret"))
    }
  }

  @Test func refusesTooManyMembersBeforeReadingThem() throws {
    let url = try ZipFixture.make((0..<30).map { .file("m\($0).txt", [0x41]) })
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(problem { _ = try ZipArchiveReader(path: url.path, limits: ZipArchiveLimits(maximumMembers: 29)) }
      == .tooManyMembers(count: 30, limit: 29))
    #expect(try ZipArchiveReader(path: url.path, limits: ZipArchiveLimits(maximumMembers: 30)).members.count == 30)
  }

  @Test func refusesARatioBomb() throws {
    // 4 MiB of zeros deflates about 1000:1; the real bomb is the same at 1 GB.
    let url = try ZipFixture.make([.file("zeros.txt", [UInt8](repeating: 0, count: 4 << 20))])
    defer { try? FileManager.default.removeItem(at: url) }
    guard case .ratioTooHigh(let ratio, 200) = problem({ _ = try ZipArchiveReader(path: url.path) }) else {
      Issue.record("the bomb was not refused by its ratio")
      return
    }
    #expect(ratio > 200)
    // Under the floor, or with a higher limit, it opens.
    _ = try ZipArchiveReader(path: url.path, limits: ZipArchiveLimits(maximumRatio: 2000))
    _ = try ZipArchiveReader(path: url.path, limits: ZipArchiveLimits(ratioFloorBytes: 8 << 20))
  }

  @Test func refusesMembersAndTotalsOverTheirLimits() throws {
    var rng = SplitMix64(seed: 3)
    let text = { (count: Int) in (0..<count).map { _ in UInt8.random(in: 0x61...0x7A, using: &rng) } }
    let url = try ZipFixture.make([.file("a.txt", text(600_000)), .file("b.txt", text(600_000))])
    defer { try? FileManager.default.removeItem(at: url) }
    let small = ZipArchiveLimits(maximumMemberBytes: 500_000)
    #expect(problem { _ = try readAll(url, limits: small) } == .memberTooLarge(size: 600_000, limit: 500_000))
    let total = ZipArchiveLimits(maximumTotalBytes: 1_000_000)
    #expect(problem { _ = try readAll(url, limits: total) } == .totalTooLarge(limit: 1_000_000))
    #expect(try readAll(url, limits: ZipArchiveLimits(maximumTotalBytes: 1_200_000)).count == 2)
  }

  @Test func stopsAMemberWhoseDeclaredSizeLies() throws {
    // 200 kB of text declared as 1000 bytes: stopped after 1000, never expanded in full (and
    // its declared ratio passes).
    var rng = SplitMix64(seed: 5)
    let bytes = (0..<200_000).map { _ in UInt8.random(in: 0x61...0x64, using: &rng) }
    for declared: UInt32 in [1000, UInt32(bytes.count) + 10] {
      let url = try ZipFixture.make([.file("lies.txt", bytes)])
      defer { try? FileManager.default.removeItem(at: url) }
      try ZipFixture.patch(url) { patched in
        ZipFixture.put32(declared, into: &patched, at: ZipFixture.offsets(of: ZipFixture.central, in: patched)[0] + 24)
        ZipFixture.put32(declared, into: &patched, at: ZipFixture.offsets(of: ZipFixture.local, in: patched)[0] + 22)
      }
      let reader = try ZipArchiveReader(path: url.path)
      #expect(problem { _ = try reader.contents(of: reader.members[0]) } == .sizeMismatch)
    }
  }

  @Test func refusesTruncatedOrCorruptedArchivesOrReadsThemExactly() throws {
    var rng = SplitMix64(seed: 11)
    let members = (0..<5).map { index in
      ("m\(index).txt", (0..<Int.random(in: 100...3000, using: &rng)).map { _ in UInt8.random(in: 0x20...0x7E, using: &rng) })
    }
    let url = try ZipFixture.make(members.map { .file($0.0, $0.1, deflate: Bool.random(using: &rng)) })
    defer { try? FileManager.default.removeItem(at: url) }
    let original = [UInt8](try Data(contentsOf: url))
    let expected = Dictionary(uniqueKeysWithValues: members)
    let firstCentral = ZipFixture.offsets(of: ZipFixture.central, in: original)[0]
    for trial in 0..<200 {
      var bytes = original
      if trial % 2 == 0 {
        bytes.removeLast(Int.random(in: 1..<bytes.count, using: &rng))
      } else {
        // Damage member data (names and headers left alone).
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
          bytes[Int.random(in: 0..<firstCentral, using: &rng)] ^= UInt8.random(in: 1...255, using: &rng)
        }
      }
      let broken = FileManager.default.temporaryDirectory.appendingPathComponent("t-\(UUID().uuidString).zip")
      defer { try? FileManager.default.removeItem(at: broken) }
      try Data(bytes).write(to: broken)
      do {
        let read = try readAll(broken)
        // Whatever opens must be exactly what was written.
        for (name, content) in read { #expect(expected[name] == content, "trial \(trial)") }
      } catch is ZipArchiveError {
        // Refused: fine.
      }
      if trial % 2 == 0 {
        #expect(problem { _ = try ZipArchiveReader(path: broken.path) } != nil, "a truncated archive opened")
      }
    }
  }

  @Test func refusesWhatIsNotAZip() throws {
    for content in [[], Array("just text, no zip here".utf8), [UInt8](repeating: 0x50, count: 100)] {
      let url = FileManager.default.temporaryDirectory.appendingPathComponent("nz-\(UUID().uuidString).zip")
      defer { try? FileManager.default.removeItem(at: url) }
      try Data(content).write(to: url)
      guard case .damaged = problem({ _ = try ZipArchiveReader(path: url.path) }) else {
        Issue.record("not refused as damaged")
        continue
      }
    }
  }
}

/// Random archives through ``ArchiveRedactor``: text, NDJSON and JSON members with planted
/// phones, e-mails and deny-listed names under random nested names, mixed with binary and
/// image members (some named like text).
@Suite struct ArchiveRedactorTests {
  static let denied = ["Zorvath Quellin", "Mirelka Todd", "Ushpa Varnek"]

  static func phone(_ rng: inout SplitMix64) -> String {
    let forms = ["+91 98765 %05d", "+880 1712-%06d", "+66 81 234 %04d", "+63 917 123 %04d"]
    let form = forms.randomElement(using: &rng)!
    let digits = form.contains("%05d") ? 5 : form.contains("%06d") ? 6 : 4
    var number = ""
    for _ in 0..<digits { number += String(Int.random(in: 0...9, using: &rng)) }
    return form.replacingOccurrences(of: "%0\(digits)d", with: number)
  }

  static func email(_ rng: inout SplitMix64) -> String {
    "user\(Int.random(in: 100...99_999, using: &rng))@mail\(Int.random(in: 1...9, using: &rng)).example.org"
  }

  enum Kind: CaseIterable { case text, ndjson, json, binary, image, directory }

  @Test func redactsEveryTextMemberAndDropsTheRest() throws {
    var rng = SplitMix64(seed: 2026)
    let engine = try RedactionEngine(
      policy: Policy(name: "t", denyList: Self.denied.map { DenyListDetector.Entry(term: $0) }), key: nil)
    let redactor = ArchiveRedactor(engine: engine, workers: 2)
    for trial in 0..<25 {
      var items: [ZipFixture.Item] = []
      var planted: [String] = []
      var textNames: [String] = []
      var droppedNames: [String] = []
      var directories: [String] = []
      var used = Set<String>()
      for index in 0..<Int.random(in: 1...10, using: &rng) {
        let depth = Int.random(in: 0...3, using: &rng)
        let folder = (0..<depth).map { "d\(Int.random(in: 0...2, using: &rng))-\($0)" }.joined(separator: "/")
        let kind = Kind.allCases.randomElement(using: &rng)!
        let ext = [".txt", ".ndjson", ".json", ".jpg", ".bin", ""].randomElement(using: &rng)!
        let base = (folder.isEmpty ? "" : folder + "/") + "m\(index)"
        func value() -> String {
          let v: String
          switch Int.random(in: 0..<3, using: &rng) {
          case 0: v = Self.phone(&rng)
          case 1: v = Self.email(&rng)
          default: v = Self.denied.randomElement(using: &rng)!
          }
          planted.append(v)
          return v
        }
        switch kind {
        case .directory:
          let name = base + "/"
          guard used.insert(name).inserted else { continue }
          items.append(.directory(name))
          directories.append(name)
        case .text:
          let name = base + (kind == .text && ext != ".json" && ext != ".ndjson" ? ext : ".txt")
          guard used.insert(name).inserted else { continue }
          let lines = (0..<Int.random(in: 1...5, using: &rng)).map { _ in "note: call \(value()) today" }
          items.append(.file(name, Array(lines.joined(separator: "\n").utf8), deflate: Bool.random(using: &rng)))
          textNames.append(name)
        case .ndjson:
          let name = base + ".ndjson"
          guard used.insert(name).inserted else { continue }
          let lines = (0..<Int.random(in: 1...5, using: &rng)).map { i in
            "{\"id\":\(i),\"text\":\"met \(value()) at noon\"}"
          }
          items.append(.file(name, Array((lines.joined(separator: "\n") + "\n").utf8)))
          textNames.append(name)
        case .json:
          let name = base + ".json"
          guard used.insert(name).inserted else { continue }
          let json = "{\n  \"posts\": [\n    {\"body\": \"ask \(value())\"},\n    {\"body\": \"or \(value())\"}\n  ]\n}\n"
          items.append(.file(name, Array(json.utf8)))
          textNames.append(name)
        case .binary, .image:
          let name = base + ext
          guard used.insert(name).inserted else { continue }
          var bytes: [UInt8] =
            kind == .image
            // Media no masker reads (JPEG and PNG members are redacted: ArchiveImageTests).
            ? [Array("RIFF\u{1}\u{2}\u{3}\u{4}WEBP".utf8), [0x49, 0x49, 0x2A, 0x00], Array("GIF89a".utf8),
              [0, 0, 0, 0x18] + Array("ftypheic".utf8)].randomElement(using: &rng)!
            : [0x00, 0x01, 0x02]
          // Planted values inside binaries must not reach the output either.
          bytes += Array(" \(value()) ".utf8)
          bytes += (0..<Int.random(in: 10...500, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
          items.append(.file(name, bytes))
          droppedNames.append(name)
        }
      }
      let input = try ZipFixture.make(items)
      defer { try? FileManager.default.removeItem(at: input) }
      let output = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).zip")
      defer { try? FileManager.default.removeItem(at: output) }
      let writer = try ZipArchiveWriter(path: output.path)
      let report = try redactor.redact(archiveAt: input.path, into: writer)
      writer.close()

      let archive = try Archive(url: output, accessMode: .read)
      let names = Array(archive).map(\.path)
      let kept = Set(textNames + directories)
      // In input order, text members and directories only, each named as the policy masks it
      // (member names are data too: no planted value may survive in them).
      var outputNames = ArchiveRedactor.OutputNames(engine: engine)
      #expect(names == items.compactMap { item -> String? in
        switch item {
        case .file(let name, _, _), .directory(let name), .symlink(let name, _):
          kept.contains(name) ? outputNames.name(for: name, isDirectory: name.hasSuffix("/")) : nil
        }
      }, "trial \(trial)")
      for value in planted { #expect(!names.joined(separator: "\n").contains(value), "trial \(trial): a planted name survived") }
      var all = Data()
      for entry in archive { _ = try archive.extract(entry) { all.append($0) } }
      let text = String(decoding: all, as: UTF8.self)
      for value in planted { #expect(!text.contains(value), "trial \(trial): a planted value survived") }
      #expect(Set(report.dropped.map(\.name)) == Set(droppedNames), "trial \(trial)")
      #expect(Set(report.processed.map(\.name)) == Set(textNames), "trial \(trial)")
      // JSON members still parse.
      for entry in archive where entry.path.hasSuffix(".json") {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "trial \(trial): \(entry.path) is not JSON")
      }
    }
  }

  @Test func learnsANameInOneMemberAndMasksItInAnother() throws {
    // A rule says `author` is a person: learnt from the NDJSON member, masked in the text one,
    // where nothing else would find it (lower case, no cue).
    let policy = try PolicyLoader.parse("fields:\n  \"$..author\": person\n")
    let engine = try RedactionEngine(policy: policy, key: nil)
    let input = try ZipFixture.make([
      .file("notes/later.txt", Array("and then vorlak brin said no".utf8)),
      .file("data/posts.ndjson", Array("{\"author\":\"vorlak brin\",\"text\":\"hi\"}\n".utf8)),
    ])
    defer { try? FileManager.default.removeItem(at: input) }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("learn-\(UUID().uuidString).zip")
    defer { try? FileManager.default.removeItem(at: output) }
    let writer = try ZipArchiveWriter(path: output.path)
    _ = try ArchiveRedactor(engine: engine).redact(archiveAt: input.path, into: writer)
    writer.close()
    let read = try ZipArchiveReader(path: output.path)
    for member in read.members {
      let text = String(decoding: try read.contents(of: member), as: UTF8.self)
      #expect(!text.contains("vorlak"), "\(member.name)")
      #expect(!text.contains("brin"), "\(member.name)")
    }
  }

  @Test func aBadMemberFailsTheRunOrIsDroppedWithSkip() throws {
    let engine = try RedactionEngine(policy: Policy(name: "t"), key: nil)
    let input = try ZipFixture.make([
      .file("a.txt", Array("fine".utf8)), .file("b.json", Array("{\"broken\": ".utf8)),
    ])
    defer { try? FileManager.default.removeItem(at: input) }
    #expect(throws: ArchiveRedactor.Failure.self) { try ArchiveRedactor(engine: engine).redact(archiveAt: input.path, into: nil) }
    let report = try ArchiveRedactor(engine: engine, onBadMember: .skip).redact(archiveAt: input.path, into: nil)
    #expect(report.processed.map(\.name) == ["a.txt"])
    #expect(report.dropped.map(\.name) == ["b.json"])
    #expect(report.dropped[0].reason?.hasPrefix("failed") == true)
  }

  @Test func dropsMediaByContentNotByName() {
    #expect(ArchiveRedactor.reasonToDrop(head: [0xFF, 0xD8, 0xFF, 0xE1, 0x41], complete: true) != nil)
    #expect(ArchiveRedactor.reasonToDrop(head: Array("RIFF\u{1}\u{2}\u{3}\u{4}WEBPVP8 ".utf8), complete: true) != nil)
    #expect(ArchiveRedactor.reasonToDrop(head: Array("plain text, BMW and RIFF".utf8), complete: true) == nil)
    // A head cut inside a UTF-8 sequence is still text; a complete member with the same bytes is not.
    let cut = Array("ok \u{0939}".utf8).dropLast()
    #expect(ArchiveRedactor.reasonToDrop(head: Array(cut), complete: false) == nil)
    #expect(ArchiveRedactor.reasonToDrop(head: Array(cut), complete: true) != nil)
  }
}
