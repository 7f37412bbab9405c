import Dispatch
import Foundation

/// Redacts a zip archive member by member into a new one (or scans it), with one
/// ``DocumentScope`` for the whole archive: a name an export's structure states in one member (a
/// chat's participant, an account's display name) is masked in every other member too.
///
/// Two passes over the archive: the first reads every member whole (so every limit, checksum
/// and size lie is found before anything is written), decides what to do with it, and learns
/// from the kept ones; the second redacts the kept members with everything learnt and writes
/// them, in the archive's order.
///
/// What is kept and what is dropped:
/// - Directories are kept.
/// - JPEG and PNG images go through the ``ImageRedactor`` (faces from metadata masked, every
///   identifying tag and thumbnail removed, the result verified); a sidecar `<image>.xmp` member
///   is applied to its image and left out. Names in their face regions are learnt for the
///   archive. An image that cannot be redacted fails the run (or is dropped with skip).
/// - Other media (GIF, WebP, HEIC/MP4, TIFF…) are dropped, as is every member that is not UTF-8
///   text (NUL bytes, invalid UTF-8). Nothing is ever copied through unscanned; every dropped
///   member is in ``Report/dropped``.
/// - Text members are redacted in the format ``FormatRegistry/detect(name:head:)`` picks from
///   the member's name and first bytes (or the one forced).
/// - A member that its format cannot read (invalid JSON…) stops the run with a ``Failure``,
///   or with ``OnBadMember/skip`` is dropped and reported.
///
/// A damaged archive, or one beyond its ``ZipArchiveLimits``, throws ``ZipArchiveError``
/// whatever ``onBadMember`` says: the archive as a whole cannot be trusted.
package struct ArchiveRedactor: Sendable {
  package enum OnBadMember: Sendable { case fail, skip }

  /// One member in the report. `name` is as stored: show it masked
  /// (``RedactionEngine/maskedForDisplay(_:)``), it can be personal data.
  package struct Member: Sendable, Equatable {
    package let name: String
    /// The format it was processed in (processed members).
    package let format: String?
    /// Why it was dropped (dropped members).
    package let reason: String?
    /// Units (lines, records, documents) processed.
    package let units: Int
  }

  package struct Report: Sendable {
    package var processed: [Member] = []
    package var dropped: [Member] = []
    package var directories = 0
    /// Units processed in all members, and those with a finding.
    package var units = 0
    package var unitsWithFindings = 0
    /// Expanded bytes of the processed members.
    package var bytesIn = 0
    package var stats = RedactionStats()
  }

  /// A member its format cannot read, without ``OnBadMember/skip``. Never contains its text.
  package struct Failure: Error, CustomStringConvertible {
    /// The member's name as stored (show it masked).
    package let member: String
    /// Where in the member: `line 3` (nil for a whole-document member).
    package let position: String?
    package let reason: String
    package var description: String { "a member\(position.map { " at \($0)" } ?? ""): \(reason)" }
  }

  package let engine: RedactionEngine
  package let limits: ZipArchiveLimits
  package let onBadMember: OnBadMember
  /// The format every text member is read in; nil to recognise each member's.
  package let format: (any DocumentFormat)?
  /// Threads that redact a member's units at once.
  package let workers: Int
  /// How image members are redacted.
  package let images: ImageRedactor

  package init(
    engine: RedactionEngine, limits: ZipArchiveLimits = ZipArchiveLimits(), onBadMember: OnBadMember = .fail,
    format: (any DocumentFormat)? = nil, workers: Int = 1, images: ImageRedactor = ImageRedactor()
  ) {
    self.engine = engine
    self.limits = limits
    self.onBadMember = onBadMember
    self.format = format
    self.workers = max(1, workers)
    self.images = images
  }

  /// Redacts the archive at `input` into `writer` (nil: redact and count only, as `--check`).
  /// On a throw the writer holds part of the output: throw it away.
  package func redact(archiveAt input: String, into writer: ZipArchiveWriter?) throws -> Report {
    let reader = try ZipArchiveReader(path: input, limits: limits)
    let (plan, scope, prepared) = try prepare(reader)
    var report = prepared
    var names = OutputNames(engine: engine, learnt: scope.detector())
    for step in plan {
      switch step {
      case .directory(let member):
        try writer?.addDirectory(names.name(for: member.name, isDirectory: true))
      case .image(let member, let sidecar):
        let content = try reader.contents(of: member)
        let output: ImageRedactor.Output
        do {
          output = try images.redact(content, sidecar: try sidecar.map { try reader.contents(of: $0) })
        } catch {
          try failed(member, nil, "image: \(error)", &report)
          continue
        }
        try writer?.addFile(names.name(for: member.name, isDirectory: false), contents: output.bytes)
        report.processed.append(Member(name: member.name, format: "image", reason: nil, units: 1))
        report.units += 1
        let findings = Self.imageFindings(output.input)
        if !findings.isEmpty { report.unitsWithFindings += 1 }
        for finding in findings { report.stats.record(finding, operator: .drop) }
        report.bytesIn += content.count
      case .text(let member, let processor):
        let content = try Self.text(try reader.contents(of: member))
        guard let (output, stats, units, withFindings) = try redactMember(member, content, processor, scope, &report)
        else { continue }
        try writer?.addFile(names.name(for: member.name, isDirectory: false), contents: output)
        report.processed.append(Member(name: member.name, format: processor.format.name, reason: nil, units: units))
        report.units += units
        report.unitsWithFindings += withFindings
        report.bytesIn += content.count
        report.stats.merge(stats)
      }
    }
    return report
  }

  /// Reports the findings of every text member, with the archive's learnt names, as
  /// ``redact(archiveAt:into:)`` would mask them: `visit` gets the member's name (as stored),
  /// the unit's position (`line 3`; nil for a whole document) and the finding.
  package func scan(
    archiveAt input: String, visit: (String, String?, RecordProcessor.ScanFinding) -> Void
  ) throws -> Report {
    let reader = try ZipArchiveReader(path: input, limits: limits)
    let (plan, scope, prepared) = try prepare(reader)
    var report = prepared
    for case .image(let member, let sidecar) in plan {
      // A photo's faces and identifying tags, as findings without text (kind, scheme or tag kind).
      let metadata: ImageMetadata
      do {
        metadata = try ImageInspector.inspect(
          try reader.contents(of: member), sidecar: try sidecar.map { try reader.contents(of: $0) })
      } catch {
        try failed(member, nil, "image: \(error)", &report)
        continue
      }
      for (index, finding) in Self.imageFindings(metadata).enumerated() {
        [UInt8]().withUnsafeBufferPointer { empty in
          visit(member.name, nil, RecordProcessor.ScanFinding(finding: finding, path: "/image/\(index)", part: nil, text: empty))
        }
      }
      report.processed.append(Member(name: member.name, format: "image", reason: nil, units: 1))
    }
    for case .text(let member, let processor) in plan {
      let content = try Self.text(try reader.contents(of: member))
      // Findings go out as they are found (their text is valid only then): with skip, a member
      // that fails part-way has had its earlier findings reported, as a file's earlier records.
      let ok = try content.withUnsafeBufferPointer { bytes in
        try eachUnit(of: member, bytes, processor, &report) { (unit, header, position) throws(RecordFailure) in
          try processor.scan(unit, header: header, scope: scope) { visit(member.name, position, $0) }
        }
      }
      guard ok else { continue }
      report.processed.append(
        Member(name: member.name, format: processor.format.name, reason: nil, units: Self.unitCount(content, processor)))
      report.bytesIn += content.count
    }
    return report
  }

  // MARK: - The first pass

  private enum Step {
    case directory(ZipArchiveReader.Member)
    /// A JPEG or PNG, and its sidecar member if there is one.
    case image(ZipArchiveReader.Member, sidecar: ZipArchiveReader.Member?)
    case text(ZipArchiveReader.Member, RecordProcessor)
  }

  /// The sidecar of an image member: `photo.jpg.xmp` or `photo.xmp` beside it.
  private static func sidecar(of image: ZipArchiveReader.Member, in members: [String: ZipArchiveReader.Member])
    -> ZipArchiveReader.Member?
  {
    if let member = members[image.name + ".xmp"] { return member }
    guard let dot = image.name.lastIndex(of: "."), !image.name[dot...].contains("/") else { return nil }
    return members[image.name[..<dot] + ".xmp"]
  }

  /// Decides every member's fate, and learns from the kept ones.
  private func prepare(_ reader: ZipArchiveReader) throws -> ([Step], DocumentScope, Report) {
    var plan: [Step] = []
    var scope = DocumentScope()
    var report = Report()
    var processors: [String: RecordProcessor] = [:]
    let byName = Dictionary(reader.members.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    var sidecars = Set<String>()
    for member in reader.members where !member.isDirectory {
      let head = try reader.head(of: member, count: 16)
      guard ImageSignature.isRedactableImage(head), let sidecar = Self.sidecar(of: member, in: byName)
      else { continue }
      sidecars.insert(sidecar.name)
    }
    for member in reader.members {
      if member.isDirectory {
        plan.append(.directory(member))
        report.directories += 1
        continue
      }
      if sidecars.contains(member.name) {
        report.dropped.append(Member(name: member.name, format: nil, reason: "image sidecar: applied to its image, left out", units: 0))
        continue
      }
      let head = try reader.head(of: member, count: FormatRegistry.headBytes)
      if ImageSignature.isRedactableImage(head) {
        let sidecar = Self.sidecar(of: member, in: byName)
        // Names in its face regions are the archive's too (a tagged photo names who is in it).
        if let metadata = try? ImageInspector.inspect(
          try reader.contents(of: member), sidecar: try sidecar.map { try reader.contents(of: $0) })
        {
          for name in metadata.personNames {
            var name = name
            name.withUTF8 { scope.learn($0, as: .person, recurrence: engine.analyzer.recurrence) }
          }
        }
        plan.append(.image(member, sidecar: sidecar))
        continue
      }
      if let why = Self.reasonToDrop(head: head, complete: UInt64(head.count) == member.declaredSize) {
        report.dropped.append(Member(name: member.name, format: nil, reason: why, units: 0))
        continue
      }
      let content = try Self.text(try reader.contents(of: member))
      if let invalid = content.withUnsafeBufferPointer({ UTF8Validator.firstInvalidOffset(in: $0) }) {
        report.dropped.append(
          Member(name: member.name, format: nil, reason: "not UTF-8 text (invalid at byte \(invalid + 1))", units: 0))
        continue
      }
      let format =
        self.format ?? head.withUnsafeBufferPointer { FormatRegistry.detect(name: member.name, head: $0) }
      let processor = processors[format.name] ?? RecordProcessor(engine: engine, format: format)
      processors[format.name] = processor
      var learnt = DocumentScope()
      let ok = try content.withUnsafeBufferPointer { bytes in
        try eachUnit(of: member, bytes, processor, &report) { (unit, header, _) throws(RecordFailure) in
          try processor.learn(unit, header: header, into: &learnt)
        }
      }
      guard ok else { continue }
      scope.merge(learnt)
      plan.append(.text(member, processor))
    }
    return (plan, scope, report)
  }

  /// What a photo's metadata holds, as findings without a text range: a `face` per region
  /// (explained by its scheme), an `image_metadata` per kind of identifying tag.
  static func imageFindings(_ metadata: ImageMetadata) -> [Finding] {
    var findings = metadata.regions.map {
      Finding(kind: .face, range: 0..<0, score: 1, detector: "image-metadata", explanation: $0.scheme.rawValue)
    }
    for kind in Set(metadata.identifyingTags.map(\.kind.rawValue)).sorted() {
      findings.append(
        Finding(kind: EntityKind("image_metadata"), range: 0..<0, score: 1, detector: "image-metadata", explanation: kind))
    }
    return findings
  }

  /// Names of members in the output: every path component masked as names in messages are
  /// (`WhatsApp/Priya_Sharma/notes.txt` → `WhatsApp/[PERSON]/notes.txt`: an export's folders and
  /// files are named after people and phone numbers), with the names the archive taught
  /// (`messages/inbox/rahimuddin_1015…/` of the participant `Rahim Uddin`), and made unique
  /// (`#2` before the extension). A chat folder of a Facebook or Instagram export
  /// (``MessengerThreadFolder``) keeps only its number.
  struct OutputNames {
    let engine: RedactionEngine
    let learnt: LearntTermsDetector?
    private var components: [String: String] = [:]
    private var used: Set<String> = []

    init(engine: RedactionEngine, learnt: LearntTermsDetector? = nil) {
      self.engine = engine
      self.learnt = learnt
    }

    mutating func name(for original: String, isDirectory: Bool) -> String {
      var parts: [String] = []
      var parent: Substring = ""
      for part in original.split(separator: "/", omittingEmptySubsequences: false) {
        defer { parent = part }
        if let thread = MessengerThreadFolder.masked(part, under: parent) {
          parts.append(thread)
        } else if let known = components[String(part)] {
          parts.append(known)
        } else {
          let result = part.isEmpty ? "" : engine.maskedForDisplay(String(part), learnt: learnt)
          components[String(part)] = result
          parts.append(result)
        }
      }
      let masked = parts.joined(separator: "/")
      guard !isDirectory else { return masked }
      var candidate = masked
      var number = 2
      while !used.insert(candidate).inserted {
        let slash = masked.lastIndex(of: "/").map { masked.index(after: $0) } ?? masked.startIndex
        if let dot = masked[slash...].lastIndex(of: "."), dot > slash {
          candidate = masked[..<dot] + "#\(number)" + masked[dot...]
        } else {
          candidate = masked + "#\(number)"
        }
        number += 1
      }
      return candidate
    }
  }

  /// Why a member starting with `head` is dropped without reading on, or nil to read it.
  static func reasonToDrop(head: [UInt8], complete: Bool) -> String? {
    if let kind = ImageSignature.kind(of: head) { return "image or video (\(kind)): not supported, left out" }
    if head.contains(0) { return "binary content" }
    if let invalid = head.withUnsafeBufferPointer({ UTF8Validator.firstInvalidOffset(in: $0) }),
      complete || invalid < head.count - 3
    {
      return "not UTF-8 text (invalid at byte \(invalid + 1))"
    }
    return nil
  }

  /// The content without a leading byte-order mark, as the input loop reads a file.
  private static func text(_ content: [UInt8]) -> [UInt8] {
    content.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(content.dropFirst(3)) : content
  }

  private static func unitCount(_ content: [UInt8], _ processor: RecordProcessor) -> Int {
    content.withUnsafeBufferPointer { ArchiveMemberUnits($0, framing: processor.format.framing).units.count }
  }

  /// Calls `body` for each unit of the member (with its header and position). A failing unit
  /// throws ``Failure``, or with ``OnBadMember/skip`` drops the member (reported): returns false.
  private func eachUnit(
    of member: ZipArchiveReader.Member, _ content: UnsafeBufferPointer<UInt8>, _ processor: RecordProcessor,
    _ report: inout Report,
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?, String?) throws(RecordFailure) -> Void
  ) throws -> Bool {
    let framing = processor.format.framing
    let units = ArchiveMemberUnits(content, framing: framing)
    let header = units.header.map { UnsafeBufferPointer(rebasing: content[$0]) }
    for (index, unit) in units.units.enumerated() {
      let position = framing == .whole ? nil : "line \(unit.line)"
      do throws(RecordFailure) {
        try body(UnsafeBufferPointer(rebasing: content[unit.range]), index == 0 ? nil : header, position)
      } catch {
        try failed(member, position, error.reason, &report)
        return false
      }
    }
    return true
  }

  private func failed(
    _ member: ZipArchiveReader.Member, _ position: String?, _ reason: String, _ report: inout Report
  ) throws {
    guard onBadMember == .skip else { throw Failure(member: member.name, position: position, reason: reason) }
    let at = position.map { " at \($0)" } ?? ""
    report.dropped.append(Member(name: member.name, format: nil, reason: "failed\(at): \(reason)", units: 0))
  }

  // MARK: - The second pass

  /// Redacts one member's units on ``workers`` threads, in slices of consecutive units; nil
  /// when it failed and was dropped.
  private func redactMember(
    _ member: ZipArchiveReader.Member, _ content: [UInt8], _ processor: RecordProcessor, _ scope: DocumentScope,
    _ report: inout Report
  ) throws -> (output: [UInt8], stats: RedactionStats, units: Int, withFindings: Int)? {
    try content.withUnsafeBufferPointer { content in
      let framing = processor.format.framing
      let units = ArchiveMemberUnits(content, framing: framing)
      // Slices of about 1 MiB or 4096 units, so that threads share the work and output
      // stays in order.
      var slices: [Range<Int>] = []
      var sliceStart = 0
      var sliceBytes = 0
      for (index, unit) in units.units.enumerated() {
        sliceBytes += unit.range.count
        if sliceBytes >= 1 << 20 || index + 1 - sliceStart >= 4096 {
          slices.append(sliceStart..<(index + 1))
          (sliceStart, sliceBytes) = (index + 1, 0)
        }
      }
      if sliceStart < units.units.count { slices.append(sliceStart..<units.units.count) }
      let results = SliceResults(count: slices.count)
      // Read-only for the workers, and alive until concurrentPerform returns.
      nonisolated(unsafe) let bytes = content
      nonisolated(unsafe) let header = units.header.map { UnsafeBufferPointer(rebasing: content[$0]) }
      let allSlices = slices
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for slice in stride(from: worker, to: allSlices.count, by: workers) {
          var output: [UInt8] = []
          var stats = RedactionStats()
          var withFindings = 0
          var failure: (String?, String)?
          for index in allSlices[slice] {
            let unit = units.units[index]
            let before = stats.findings
            do throws(RecordFailure) {
              try processor.redact(
                UnsafeBufferPointer(rebasing: bytes[unit.range]), header: index == 0 ? nil : header, scope: scope,
                into: &output, stats: &stats)
            } catch {
              failure = (framing == .whole ? nil : "line \(unit.line)", error.reason)
              break
            }
            if unit.terminated { output.append(0x0A) }
            if stats.findings > before { withFindings += 1 }
          }
          results.set(slice, SliceResult(output: output, stats: stats, withFindings: withFindings, failure: failure))
        }
      }
      var output: [UInt8] = []
      output.reserveCapacity(content.count + content.count / 8)
      var stats = RedactionStats()
      var withFindings = 0
      for result in results.all {
        if let (position, reason) = result.failure {
          try failed(member, position, reason, &report)
          return nil
        }
        output += result.output
        stats.merge(result.stats)
        withFindings += result.withFindings
      }
      return (output, stats, units.units.count, withFindings)
    }
  }

  private struct SliceResult {
    var output: [UInt8]
    var stats: RedactionStats
    var withFindings: Int
    var failure: (String?, String)?
  }

  /// Each slice's result, written by the thread that redacted it.
  private final class SliceResults: @unchecked Sendable {
    private var results: [SliceResult?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ result: SliceResult) { lock.withLock { results[index] = result } }
    var all: [SliceResult] { lock.withLock { results.map { $0! } } }
  }
}
