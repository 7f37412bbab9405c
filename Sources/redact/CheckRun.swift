import Foundation
import Redact

/// Reads the inputs of `redact check` and tallies, per paragraph or record, the kinds of
/// identifiers in them, the keyed hashes of masked values (for the ledger) and how many of
/// those an earlier release's ledger holds. Values go only into the hasher.
struct CheckRun {
  let scanner: RiskScanner
  let policy: Policy
  let hasher: LedgerHasher?
  let earlier: [EntityKind: Set<String>]?
  let forcedFormat: (any DocumentFormat)?
  let maxInputBytes: Int

  /// An input that cannot be checked (exit 2). The reason never quotes the input.
  struct InputError: Error {
    let reason: String
  }

  struct DocumentReport {
    var name: String
    var units: [RiskUnit]
    var ledger: ReleaseLedger.Document
    var level: RiskLevel { RiskRules.level(of: units) }
    /// Findings per kind over the whole document.
    var counts: [EntityKind: Int] {
      units.reduce(into: [:]) { total, unit in total.merge(unit.counts, uniquingKeysWith: +) }
    }
    var linked: Int { units.reduce(0) { $0 + $1.linked } }
  }

  func check(file: String, shownName: String) throws -> DocumentReport {
    var bytes = try read(file)
    var document = DocumentReport(name: shownName, units: [], ledger: .init(name: shownName))
    if ImageFileType.sniff(bytes.prefix(16)) != nil {
      try checkImage(bytes, path: file, into: &document)
      return document
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    try bytes.withUnsafeBufferPointer { buffer in
      if let (offset, reason) = UTF8Validator.unreadableText(in: buffer) {
        throw InputError(
          reason: "not UTF-8 text (\(reason) at byte \(offset + 1)); check images and text files, not other binaries")
      }
      let head = UnsafeBufferPointer(rebasing: buffer[..<min(buffer.count, FormatRegistry.headBytes)])
      let format = forcedFormat ?? FormatRegistry.detect(name: file == "-" ? nil : file, head: head)
      if format.unitIsOneTextPiece {
        try checkParagraphs(buffer, into: &document)
      } else {
        try checkRecords(buffer, format: format, into: &document)
      }
    }
    return document
  }

  private func read(_ file: String) throws -> [UInt8] {
    let handle: FileHandle
    if file == "-" {
      handle = FileHandle.standardInput
    } else {
      guard let opened = FileHandle(forReadingAtPath: file) else { throw InputError(reason: "cannot read it") }
      handle = opened
    }
    let data: Data
    do {
      data = try handle.readToEnd() ?? Data()
    } catch {
      throw InputError(reason: "cannot read it")
    }
    guard data.count <= maxInputBytes else {
      throw InputError(reason: "larger than --max-input-bytes (\(maxInputBytes))")
    }
    return [UInt8](data)
  }

  // MARK: - Free text: paragraphs

  /// Each run of non-blank lines is one unit, reported by its lines.
  private func checkParagraphs(_ buffer: UnsafeBufferPointer<UInt8>, into document: inout DocumentReport) throws {
    var line = 1
    var paragraph: (start: Int, firstLine: Int)?
    var lineStart = 0
    var lastContentEnd = 0
    func close(at end: Int, lastLine: Int) throws {
      guard let open = paragraph else { return }
      let where_ = open.firstLine == lastLine ? "line \(open.firstLine)" : "lines \(open.firstLine)-\(lastLine)"
      var unit = RiskUnit(location: where_)
      let text = AnalysisText(bytes: UnsafeBufferPointer(rebasing: buffer[open.start..<end]))
      try tally(scanner.findings(in: text), in: text, unit: &unit, document: &document)
      if !unit.counts.isEmpty { document.units.append(unit) }
      paragraph = nil
    }
    var index = 0
    while index <= buffer.count {
      if index == buffer.count || buffer[index] == 0x0A {
        let blank = buffer[lineStart..<index].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        if blank {
          try close(at: lastContentEnd, lastLine: line - 1)
        } else {
          if paragraph == nil { paragraph = (lineStart, line) }
          lastContentEnd = index
        }
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    try close(at: lastContentEnd, lastLine: line - 2)
  }

  // MARK: - Structured input: records

  /// Line and quoted-record formats: each record is a unit. Whole-input formats (a JSON export,
  /// a chat): each element of the first array on a piece's path is a unit (a post, a message).
  private func checkRecords(
    _ buffer: UnsafeBufferPointer<UInt8>, format: any DocumentFormat, into document: inout DocumentReport
  ) throws {
    var scratch: [UInt8] = []
    var header: UnsafeBufferPointer<UInt8>?
    var start = 0
    var line = 1
    while start < buffer.count {
      let end: Int
      switch format.framing {
      case .whole: end = buffer.count
      case .lines: end = buffer[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? buffer.count
      case .quotedRecords: end = CSVRecordSplitter.recordEnd(in: buffer, from: start) ?? buffer.count
      }
      var recordEnd = end
      if recordEnd > start && buffer[recordEnd - 1] == 0x0A { recordEnd -= 1 }
      if format.framing == .lines && recordEnd > start && buffer[recordEnd - 1] == 0x0D { recordEnd -= 1 }
      let record = UnsafeBufferPointer(rebasing: buffer[start..<recordEnd])
      let recordLine = line
      line += buffer[start..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      start = end
      if format.framing == .quotedRecords && header == nil {
        header = record
        try checkUnit(FormatUnit(bytes: record), format: format, line: recordLine, scratch: &scratch, into: &document)
        continue
      }
      guard !record.isEmpty else { continue }
      try checkUnit(
        FormatUnit(bytes: record, header: header), format: format, line: recordLine, scratch: &scratch,
        into: &document)
    }
  }

  private func checkUnit(
    _ unit: FormatUnit, format: any DocumentFormat, line: Int, scratch: inout [UInt8],
    into document: inout DocumentReport
  ) throws {
    var units: [String: RiskUnit] = [:]
    var order: [String] = []
    scratch.removeAll(keepingCapacity: true)
    do {
      try format.rewrite(unit, into: &scratch) { piece, path in
        let location = format.framing == .whole ? "record \(Self.recordPointer(path().segments))" : "line \(line)"
        if units[location] == nil {
          units[location] = RiskUnit(location: location)
          order.append(location)
        }
        let text = AnalysisText(bytes: piece.bytes, field: piece.field)
        var findings = scanner.findings(in: text)
        if let certain = piece.certain, !piece.bytes.isEmpty {
          findings.append(Finding(kind: certain, range: 0..<piece.bytes.count, score: 1, detector: "structure"))
        }
        try tally(findings, in: text, unit: &units[location]!, document: &document)
        return .unchanged
      }
    } catch let error as InputError {
      throw error
    } catch {
      throw InputError(reason: "line \(line) is not valid \(format.name) input")
    }
    for location in order where !(units[location]?.counts.isEmpty ?? true) { document.units.append(units[location]!) }
  }

  /// The pointer of a piece's record: up to its first array index, keys shown only when they
  /// are plain field names (a key can be a person's name, as in a contact map).
  static func recordPointer(_ segments: [FieldPath.Segment]) -> String {
    var pointer = ""
    for segment in segments {
      switch segment {
      case .index(let index):
        return pointer + "/\(index)"
      case .key(let key):
        let plain =
          key.utf8.count <= 24
          && key.utf8.allSatisfy { $0 < 0x80 && (Character(Unicode.Scalar($0)).isLetter || $0 == UInt8(ascii: "_")) }
          && key.utf8.contains { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        pointer += "/" + (plain ? key : "*")
      }
    }
    return pointer.isEmpty ? "/" : pointer
  }

  // MARK: - Images: metadata

  private func checkImage(_ bytes: [UInt8], path: String, into document: inout DocumentReport) throws {
    let metadata: ImageMetadata
    do {
      metadata = try ImageInspector.inspect(bytes, sidecar: ImageRun.sidecar(of: path == "-" ? "/dev/stdin" : path))
    } catch {
      throw InputError(reason: "cannot read its metadata (\(error))")
    }
    var unit = RiskUnit(location: "metadata")
    if !metadata.regions.isEmpty { unit.counts[.face] = metadata.regions.count }
    for tag in metadata.identifyingTags { unit.counts[Self.kind(of: tag.kind), default: 0] += 1 }
    if let hasher {
      for name in metadata.personNames {
        try record(name, kind: .person, hasher: hasher, unit: &unit, document: &document)
      }
    }
    for (kind, count) in unit.counts { document.ledger.kinds[kind, default: 0] += count }
    if !unit.counts.isEmpty { document.units.append(unit) }
  }

  /// The kind an identifying metadata tag counts as. Everything but a place name is direct:
  /// the gate cannot read a maker note or a thumbnail, so it assumes the worst.
  static func kind(of tag: IdentifyingTag.Kind) -> EntityKind {
    switch tag {
    case .gps: .coordinate
    case .place: .location
    case .personName, .owner: .person
    case .contact: EntityKind("contact")
    case .serial: EntityKind("device_serial")
    case .makerNote: EntityKind("maker_note")
    case .comment: EntityKind("metadata_comment")
    case .keywords: EntityKind("metadata_keywords")
    case .thumbnail: EntityKind("thumbnail")
    case .preview: EntityKind("preview")
    case .opaque: EntityKind("opaque_metadata")
    }
  }

  // MARK: - Tally

  private func tally(
    _ findings: [Finding], in text: AnalysisText, unit: inout RiskUnit, document: inout DocumentReport
  ) throws {
    for finding in findings {
      unit.counts[finding.kind, default: 0] += 1
      guard policy.operatorFor(finding.kind).masks else { continue }
      document.ledger.kinds[finding.kind, default: 0] += 1
      if let hasher {
        try record(text.string(finding.range), kind: finding.kind, hasher: hasher, unit: &unit, document: &document)
      }
    }
  }

  /// Hashes a masked value into the ledger; a failing MAC stops the check (exit 2) rather than
  /// leave a value out of the ledger.
  private func record(
    _ value: String, kind: EntityKind, hasher: LedgerHasher, unit: inout RiskUnit, document: inout DocumentReport
  ) throws {
    let hash: String
    do {
      hash = try hasher.hash(value, kind: kind)
    } catch {
      throw InputError(reason: "cannot hash a value for the ledger (\(error))")
    }
    document.ledger.hashes[kind, default: []].insert(hash)
    if let earlier, earlier[kind]?.contains(hash) == true { unit.linked += 1 }
  }
}
