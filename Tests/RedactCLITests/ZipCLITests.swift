import Foundation
import Testing
import ZIPFoundation

/// `redact` on zip archives, run as a user would: archives are built here with ZIPFoundation.
@Suite struct ZipCLITests {
  enum Item {
    case file(String, [UInt8])
    case directory(String)
  }

  static func makeZip(_ items: [Item], in directory: URL, named name: String = "in.zip") throws -> URL {
    let url = directory.appendingPathComponent(name)
    let archive = try Archive(url: url, accessMode: .create)
    for item in items {
      switch item {
      case .file(let name, let bytes):
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
          position, size in Data(bytes[Int(position)..<(Int(position) + size)])
        }
      case .directory(let name):
        try archive.addEntry(with: name, type: .directory, uncompressedSize: Int64(0)) { _, _ in Data() }
      }
    }
    return url
  }

  static func members(of url: URL) throws -> [(String, String)] {
    let archive = try Archive(url: url, accessMode: .read)
    return try archive.map { entry in
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      return (entry.path, String(decoding: data, as: UTF8.self))
    }
  }

  static let export: [Item] = [
    .directory("data/"),
    .file("data/posts.ndjson", Array("{\"text\":\"call +91 98765 43210\"}\n{\"text\":\"mail rahim.uddin@example.org\"}\n".utf8)),
    .file("data/note.txt", Array("Her number is +880 1712-345678.\n".utf8)),
    // A GIF (no masker reads it) named like a photo, its name a phone number.
    .file("media/+91 98765 43210.jpg", Array("GIF89a".utf8) + [0x01, 0x00] + Array(" +91 98765 43210".utf8)),
    .file("media/blob.bin", [0x00, 0x01, 0x02, 0x03]),
  ]

  @Test(arguments: [["in.zip", "-o", "out.zip"], ["--in", "in.zip", "--out", "out.zip"]])
  func redactsAnArchiveIntoAnArchive(arguments: [String]) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    let result = try CLIRunner.run(arguments + ["--report", "report.json"], directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let members = try Self.members(of: directory.appendingPathComponent("out.zip"))
    #expect(members.map(\.0) == ["data/", "data/posts.ndjson", "data/note.txt"])
    let all = members.map(\.1).joined()
    for value in ["98765 43210", "1712-345678", "rahim.uddin@example.org"] { #expect(!all.contains(value)) }
    #expect(result.stderr.contains("2 member(s) left out"))
    let report = try String(contentsOf: directory.appendingPathComponent("report.json"), encoding: .utf8)
    #expect(report.contains("\"members_processed\":2"))
    #expect(report.contains("\"members_dropped\":2"))
    #expect(report.contains("\"reason\":\"binary content\""))
    // The dropped photo's name holds a phone number: masked in the report and messages.
    #expect(!report.contains("98765"))
    #expect(!result.stderr.contains("98765"))
  }

  @Test func recognisesAnArchiveByContentAndOnStandardInput() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let zip = try Self.makeZip(Self.export, in: directory, named: "export.dat")
    let byContent = try CLIRunner.run(["export.dat", "-o", "a.zip"], directory: directory)
    #expect(byContent.status == 0, "\(byContent.stderr)")
    let onStdin = try CLIRunner.run(["-o", directory.appendingPathComponent("b.zip").path], stdin: try Data(contentsOf: zip))
    #expect(onStdin.status == 0, "\(onStdin.stderr)")
    #expect(
      try Self.members(of: directory.appendingPathComponent("a.zip")).map(\.1)
        == Self.members(of: directory.appendingPathComponent("b.zip")).map(\.1))
  }

  @Test func refusesToWriteAZipToStandardOutputUnlessNamed() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    let result = try CLIRunner.run(["in.zip"], directory: directory)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("-o"))
  }

  @Test func scanReportsFindingsByMemberAndLine() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    let result = try CLIRunner.run(["scan", "in.zip"], directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.output.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("{\"record\":\"data/posts.ndjson:1\",\"path\":\"/text\"") && $0.contains("\"kind\":\"phone\"") })
    #expect(lines.contains { $0.hasPrefix("{\"record\":\"data/posts.ndjson:2\"") && $0.contains("\"kind\":\"email\"") })
    #expect(lines.contains { $0.hasPrefix("{\"record\":\"data/note.txt:1\"") && $0.contains("\"kind\":\"phone\"") })
    #expect(!result.output.contains("98765"))
  }

  @Test func aBadMemberFailsTheRunUnlessSkipped() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip([.file("a.txt", Array("ok".utf8)), .file("b.ndjson", Array("{\"x\": tru}\n".utf8))], in: directory)
    let failed = try CLIRunner.run(["in.zip", "-o", "out.zip"], directory: directory)
    #expect(failed.status == 2)
    #expect(failed.stderr.contains("b.ndjson:1"))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.zip").path))
    let skipped = try CLIRunner.run(["in.zip", "-o", "out.zip", "--on-error", "skip", "--report", "r.json"], directory: directory)
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(try Self.members(of: directory.appendingPathComponent("out.zip")).map(\.0) == ["a.txt"])
    let report = try String(contentsOf: directory.appendingPathComponent("r.json"), encoding: .utf8)
    #expect(report.contains("\"member\":\"b.ndjson\",\"reason\":\"failed at line 1"))
  }

  /// Archives that must be refused whole: exit 2, no output file, an existing one untouched.
  @Test(arguments: ["dotdot", "absolute", "bomb", "truncated", "lying", "notazip"])
  func refusesHostileArchives(kind: String) throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let zip: URL
    switch kind {
    case "dotdot": zip = try Self.makeZip([.file("ok.txt", [0x41]), .file("../../evil.txt", [0x41])], in: directory)
    case "absolute": zip = try Self.makeZip([.file("/tmp/evil.txt", [0x41])], in: directory)
    case "bomb": zip = try Self.makeZip([.file("zeros.txt", [UInt8](repeating: 0x30, count: 8 << 20))], in: directory)
    case "truncated":
      zip = try Self.makeZip(Self.export, in: directory)
      let bytes = try Data(contentsOf: zip)
      try bytes.prefix(bytes.count * 2 / 3).write(to: zip)
    case "lying":
      // 100 kB of text whose headers declare 100 bytes.
      let text = (0..<10_000).map { "line \($0)\n" }.joined()
      zip = try Self.makeZip([.file("lies.txt", Array(text.utf8))], in: directory)
      var bytes = [UInt8](try Data(contentsOf: zip))
      for signature: [UInt8] in [[0x50, 0x4B, 0x01, 0x02], [0x50, 0x4B, 0x03, 0x04]] {
        let at = (0...(bytes.count - 4)).first { bytes[$0..<($0 + 4)].elementsEqual(signature) }!
        let field = at + (signature[2] == 1 ? 24 : 22)
        bytes[field..<(field + 4)] = [100, 0, 0, 0]
      }
      try Data(bytes).write(to: zip)
    default:
      zip = directory.appendingPathComponent("in.zip")
      try Data("not a zip at all\n".utf8).write(to: zip)
    }
    let fresh = try CLIRunner.run([zip.lastPathComponent, "-o", "out.zip"], directory: directory)
    #expect(fresh.status == 2, "\(kind): \(fresh.stderr)")
    #expect(fresh.stderr.hasPrefix("redact: error:"))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.zip").path))
    try Data("old".utf8).write(to: directory.appendingPathComponent("old.zip"))
    let existing = try CLIRunner.run([zip.lastPathComponent, "-o", "old.zip"], directory: directory)
    #expect(existing.status == 2)
    #expect(try Data(contentsOf: directory.appendingPathComponent("old.zip")) == Data("old".utf8))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".redact-") }
    #expect(leftovers.isEmpty)
  }

  @Test func theSameArchiveGivesTheSameBytes() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    for out in ["1.zip", "2.zip"] { #expect(try CLIRunner.run(["in.zip", "-o", out], directory: directory).status == 0) }
    #expect(
      try Data(contentsOf: directory.appendingPathComponent("1.zip"))
        == Data(contentsOf: directory.appendingPathComponent("2.zip")))
  }
}

extension ZipCLITests {
  @Test func checkWritesNothingAndSaysWhetherAnythingWouldBeMasked() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    let found = try CLIRunner.run(["in.zip", "--check", "--report", "r.json"], directory: directory)
    #expect(found.status == 1, "\(found.stderr)")
    #expect(found.stdout.isEmpty)
    let report = try String(contentsOf: directory.appendingPathComponent("r.json"), encoding: .utf8)
    #expect(report.contains("\"records\":3,"))
    _ = try Self.makeZip([.file("clean.txt", Array("nothing here\n".utf8))], in: directory, named: "clean.zip")
    #expect(try CLIRunner.run(["clean.zip", "--check"], directory: directory).status == 0)
  }

  @Test func reportCountsTheRecordsWritten() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    let result = try CLIRunner.run(["in.zip", "-o", "out.zip", "--report", "r.json"], directory: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try String(contentsOf: directory.appendingPathComponent("r.json"), encoding: .utf8)
    #expect(report.contains("\"format\":\"zip\""))
    #expect(report.contains("\"records\":3,\"records_written\":3,"))
    #expect(report.contains("\"end\":\"done\""))
  }

  @Test func refusesAZipAmongOtherInputs() throws {
    let directory = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try Self.makeZip(Self.export, in: directory)
    try Data("text\n".utf8).write(to: directory.appendingPathComponent("a.txt"))
    let result = try CLIRunner.run(["a.txt", "in.zip", "-o", "out.zip"], directory: directory)
    #expect(result.status == 64)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.zip").path))
  }
}
