// Evaluates Redact's detectors on labelled development data and prints the figures.
//
//   swift run -c release redact-eval phones ../shared/data/dev/phones.jsonl [--show-errors N] [--region IN,BD]
//
// Offsets in the data are Unicode scalar offsets; they are converted to UTF-8 byte offsets.
import Foundation
import Redact

struct Span {
  let start: Int
  let end: Int
  let label: String
  let attributes: [String: Any]
}

struct Record {
  let id: String
  let text: String
  let spans: [Span]
  let fields: [String: Any]
}

/// `text` with every letter lower-cased where that keeps it one Unicode scalar, so the data's
/// scalar offsets still hold (chat is typed in lower case: `--lowercase`).
func lowercased(_ text: String) -> String {
  var scalars = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    scalars.append(lower.count == 1 ? lower.first! : scalar)
  }
  return String(scalars)
}

/// `bytes` with every UTF-8 byte-order mark (EF BB BF) written as U+E000 (EE 80 80).
func bytesReplacingByteOrderMarks(_ bytes: [UInt8]) -> [UInt8] {
  var out = bytes
  var index = 0
  while index + 2 < out.count {
    if out[index] == 0xEF && out[index + 1] == 0xBB && out[index + 2] == 0xBF {
      out[index] = 0xEE
      out[index + 1] = 0x80
      out[index + 2] = 0x80
      index += 3
    } else {
      index += 1
    }
  }
  return out
}

/// `text` with U+E000 turned back into the byte-order mark it stood for.
func restoringByteOrderMarks(_ text: String) -> String {
  guard text.unicodeScalars.contains("\u{E000}") else { return text }
  return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{E000}" ? "\u{FEFF}" : $0 }))
}

func loadRecords(_ path: String) throws -> [Record] {
  guard let data = FileManager.default.contents(atPath: path) else {
    throw NSError(domain: "redact-eval", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot read \(path)"])
  }
  var records: [Record] = []
  for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    // Foundation's JSON reader drops a byte-order mark (U+FEFF) that starts a string or follows an
    // escape (`\t`), which shifts every span after it (a Thai dev record with its spaces turned
    // into tabs crashed the count): the mark travels as U+E000, which has no such rule, and is
    // put back.
    let guarded = Data(bytesReplacingByteOrderMarks(Array(line)))
    guard let object = try JSONSerialization.jsonObject(with: guarded) as? [String: Any],
      let text = (object["text"] as? String).map(restoringByteOrderMarks)
    else { continue }
    let spans = (object["spans"] as? [[String: Any]] ?? []).compactMap { span -> Span? in
      guard let start = span["start"] as? Int, let end = span["end"] as? Int, let label = span["label"] as? String
      else { return nil }
      return Span(start: start, end: end, label: label, attributes: span)
    }
    let caseFolded = CommandLine.arguments.contains("--lowercase") ? lowercased(text) : text
    records.append(Record(id: object["id"] as? String ?? "", text: caseFolded, spans: spans, fields: object))
  }
  if let count = option("--documents").flatMap({ Int($0) }), count > 1 { return documents(of: records, count) }
  return records
}

/// The records joined `count` at a time into documents, one record a line, their spans shifted:
/// `--documents N` measures the filter on texts of several lines, as case notes and reports are
/// written (every dev set holds one line per record; session 28 found a leak only lines showed).
func documents(of records: [Record], _ count: Int) -> [Record] {
  stride(from: 0, to: records.count, by: count).map { first in
    var text = ""
    var offset = 0
    var spans: [Span] = []
    for record in records[first..<min(first + count, records.count)] {
      if !text.isEmpty {
        text += "\n"
        offset += 1
      }
      spans += record.spans.map { Span(start: $0.start + offset, end: $0.end + offset, label: $0.label, attributes: $0.attributes) }
      text += record.text
      offset += record.text.unicodeScalars.count
    }
    return Record(id: records[first].id, text: text, spans: spans, fields: records[first].fields)
  }
}

/// UTF-8 byte offset of every Unicode scalar offset (one extra entry for the end).
func byteOffsets(_ text: String) -> [Int] {
  var offsets: [Int] = []
  var byte = 0
  for scalar in text.unicodeScalars {
    offsets.append(byte)
    byte += String(scalar).utf8.count
  }
  offsets.append(byte)
  return offsets
}

struct Tally {
  var hit = 0
  var total = 0
  mutating func add(_ ok: Bool) {
    total += 1
    if ok { hit += 1 }
  }
  var rate: Double { total == 0 ? 0 : Double(hit) / Double(total) }
}

func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }

func evaluatePhones(path: String, regions: [String], mode: DetectionMode, showErrors: Int) throws {
  let records = try loadRecords(path)
  var policy = Policy(name: "eval", mode: mode)
  policy.regions = regions
  let engine = try RedactionEngine(policy: policy)
  var byRegion: [String: Tally] = [:]
  var byFormat: [String: Tally] = [:]
  var overall = Tally()
  var negatives: [String: Tally] = [:]
  var negativeOverall = Tally()
  var errors: [String] = []
  let started = Date()
  var bytes = 0
  for record in records {
    let findings = engine.analyzer.analyze(record.text)
    bytes += record.text.utf8.count
    let offsets = byteOffsets(record.text)
    let scalars = Array(record.text.unicodeScalars)
    let kind = record.fields["kind"] as? String ?? ""
    if kind == "positive" {
      for span in record.spans where span.label == "PHONE" {
        // Every digit of the number must be inside some finding.
        var allMasked = true
        for index in span.start..<span.end where scalars[index].properties.numericType == .decimal {
          let byte = offsets[index]
          if !findings.contains(where: { $0.range.contains(byte) }) { allMasked = false }
        }
        let region = record.fields["region"] as? String ?? "?"
        let format = span.attributes["format"] as? String ?? "?"
        byRegion[region, default: Tally()].add(allMasked)
        byFormat[format, default: Tally()].add(allMasked)
        overall.add(allMasked)
        if !allMasked && errors.count < showErrors { errors.append("MISS [\(region) \(format)] \(record.text)") }
      }
    } else {
      let type = record.fields["negative_type"] as? String ?? "?"
      // Phone-like numbers that are something else: only a phone mask is a false alarm here
      // (a real coordinate pair masked as a coordinate is right).
      let touched = findings.contains { $0.kind == .phone }
      negatives[type, default: Tally()].add(touched)
      negativeOverall.add(touched)
      if touched && errors.count < showErrors {
        let found = findings.map { f in
          String(decoding: Array(record.text.utf8)[f.range], as: UTF8.self) + " (\(f.kind) \(f.explanation ?? ""))"
        }
        errors.append("FALSE ALARM [\(type)] \(record.text) -> \(found.joined(separator: ", "))")
      }
    }
  }
  let seconds = Date().timeIntervalSince(started)
  print("Phone numbers: \(path) (\(mode.rawValue) mode)")
  print(
    "regions hinted: \(regions.isEmpty ? "default (\(NumberingPlans.defaultRegions.count) regions)" : regions.joined(separator: ","))"
  )
  print("")
  print("recall (every digit masked): \(percent(overall.rate))  (\(overall.hit)/\(overall.total))")
  print(
    "negatives touched:           \(percent(negativeOverall.rate))  (\(negativeOverall.hit)/\(negativeOverall.total))")
  print("")
  print("recall by region:")
  for (region, tally) in byRegion.sorted(by: { $0.key < $1.key }) {
    print("  \(region)  \(percent(tally.rate))  (\(tally.hit)/\(tally.total))")
  }
  print("recall by format:")
  for (format, tally) in byFormat.sorted(by: { $0.key < $1.key }) {
    print(
      "  \(format.padding(toLength: 22, withPad: " ", startingAt: 0)) \(percent(tally.rate))  (\(tally.hit)/\(tally.total))"
    )
  }
  print("negatives touched by type:")
  for (type, tally) in negatives.sorted(by: { $0.key < $1.key }) {
    print(
      "  \(type.padding(toLength: 16, withPad: " ", startingAt: 0)) \(percent(tally.rate))  (\(tally.hit)/\(tally.total))"
    )
  }
  print(String(format: "\n%.2f MB analysed in %.2f s", Double(bytes) / 1e6, seconds))
  for error in errors { print(error) }
}

/// NER dev sets: per label, recall (every letter of the gold span masked) and the share of
/// masked letters that fall inside gold spans of that label and of any label.
func evaluateNER(
  path: String, labels: [String], mode: DetectionMode, taggerThreshold: Float?, language: String?,
  only: Set<String>?, showErrors: Int
) throws {
  let records = try loadRecords(path)
  // `--disable ID,ID` leaves detectors out as a policy's `detectors.disable` does: the build
  // without a new detector, measured with the same binary.
  let disabled = option("--disable").map { Set($0.split(separator: ",").map(String.init)) } ?? []
  let policy = Policy(
    name: "eval", mode: mode, languages: language.map { [$0] } ?? [], disabledDetectors: disabled)
  var detectors = try DetectorRegistry.detectors(for: policy)
  if let taggerThreshold {
    detectors = try detectors.map {
      $0.id != "tagger"
        ? $0
        : NameEdgeTrimmer(
          EntityTaggerDetector(
            models: try .bundled(), lexicon: try .bundled(), languages: policy.languages,
            threshold: taggerThreshold, mode: mode), lexicon: try .bundled())
    }
  }
  if let only { detectors = detectors.filter { only.contains($0.id) } }
  let analyzer = Analyzer(
    detectors: detectors, contextRules: DetectorRegistry.contextRules(for: policy),
    allowList: AllowList(policy.allowList), threshold: policy.threshold,
    recurrence: only == nil ? RecurrencePass(lexicon: try .bundled()) : nil)
  var recall: [String: Tally] = [:]
  var maskedLetters = 0
  var maskedInAny = 0
  var nameLetters = 0
  var nameLettersInAny = 0
  // Per kind: letters masked by findings of that kind, and how many fall inside its gold label.
  var maskedByKind: [String: Int] = [:]
  var maskedByKindInLabel: [String: Int] = [:]
  let kindOfLabel = ["PERSON": EntityKind.person, "LOCATION": EntityKind.location]
  var errors: [String] = []
  for record in records {
    let findings = analyzer.analyze(record.text)
    let offsets = byteOffsets(record.text)
    let scalars = Array(record.text.unicodeScalars)
    func masked(_ index: Int) -> Bool { findings.contains { $0.range.contains(offsets[index]) } }
    for span in record.spans where labels.contains(span.label) {
      let letters = (span.start..<span.end).filter { scalars[$0].properties.isAlphabetic }
      // A span without letters (the English tweets tag a lone "@" before a user name as
      // PERSON) has nothing to mask: counting it as found would inflate recall.
      guard !letters.isEmpty else { continue }
      let ok = letters.allSatisfy(masked)
      recall[span.label, default: Tally()].add(ok)
      if !ok && errors.count < showErrors {
        errors.append(
          "MISS \(span.label): \(String(String.UnicodeScalarView(scalars[span.start..<span.end])))  |  \(record.text)")
      }
    }
    if errors.count < showErrors {
      // False alarms: name or place masks that touch no gold entity of any label.
      let scalarOfByte = Dictionary(uniqueKeysWithValues: offsets.enumerated().map { ($1, $0) })
      for finding in findings where finding.kind == .person || finding.kind == .location {
        guard let first = scalarOfByte[finding.range.lowerBound] else { continue }
        let last = (first..<scalars.count).last { offsets[$0] < finding.range.upperBound } ?? first
        guard !record.spans.contains(where: { $0.start <= last && first < $0.end }), errors.count < showErrors
        else { continue }
        errors.append(
          "FALSE \(finding.kind) [\(finding.detector)]: \(String(String.UnicodeScalarView(scalars[first...last])))  |  \(record.text)"
        )
      }
    }
    for index in scalars.indices where scalars[index].properties.isAlphabetic {
      let covering = findings.filter { $0.range.contains(offsets[index]) }
      guard !covering.isEmpty else { continue }
      maskedLetters += 1
      let inside = record.spans.filter { $0.start <= index && index < $0.end }
      if !inside.isEmpty { maskedInAny += 1 }
      if covering.contains(where: { $0.kind == .person || $0.kind == .location }) {
        nameLetters += 1
        if !inside.isEmpty { nameLettersInAny += 1 }
      }
      for label in labels {
        guard let kind = kindOfLabel[label], covering.contains(where: { $0.kind == kind }) else { continue }
        maskedByKind[label, default: 0] += 1
        if inside.contains(where: { $0.label == label }) { maskedByKindInLabel[label, default: 0] += 1 }
      }
    }
  }
  print(
    "NER: \(path) (\(records.count) records, \(mode.rawValue) mode\(taggerThreshold.map { ", tagger threshold \($0)" } ?? ""))"
  )
  for label in labels {
    let tally = recall[label] ?? Tally()
    let byKind = maskedByKind[label] ?? 0
    let precision = byKind == 0 ? 0 : Double(maskedByKindInLabel[label] ?? 0) / Double(byKind)
    let f1 = tally.rate + precision > 0 ? 2 * tally.rate * precision / (tally.rate + precision) : 0
    print(
      "  \(label.padding(toLength: 9, withPad: " ", startingAt: 0)) recall \(percent(tally.rate)) (\(tally.hit)/\(tally.total)); letters masked as \(label.lowercased()): \(byKind), inside gold \(label): \(percent(precision)); F1 \(percent(f1))"
    )
  }
  let anyPrecision = maskedLetters == 0 ? 0 : Double(maskedInAny) / Double(maskedLetters)
  print("  masked letters: \(maskedLetters); inside any gold entity: \(percent(anyPrecision))")
  let namePrecision = nameLetters == 0 ? 0 : Double(nameLettersInAny) / Double(nameLetters)
  print("  masked as person or location: \(nameLetters); inside any gold entity: \(percent(namePrecision))")
  for error in errors { print(error) }
}

/// Template-built addresses and coordinates (Fixtures/eval/locations.jsonl): per label, the
/// share of spans whose every letter and digit is masked; and how many negatives got a
/// location or coordinate mask.
func evaluateLocations(path: String, mode: DetectionMode, showErrors: Int) throws {
  let records = try loadRecords(path)
  let engine = try RedactionEngine(policy: Policy(name: "eval", mode: mode))
  var recall: [String: Tally] = [:]
  var negatives = Tally()
  var errors: [String] = []
  for record in records {
    let findings = engine.analyzer.analyze(record.text)
    let offsets = byteOffsets(record.text)
    let scalars = Array(record.text.unicodeScalars)
    if record.spans.isEmpty {
      let touched = findings.contains { $0.kind == .location || $0.kind == .coordinate }
      negatives.add(touched)
      if touched && errors.count < showErrors {
        let by = findings.filter { $0.kind == .location || $0.kind == .coordinate }.map(\.detector)
        errors.append("TOUCHED [\(by.joined(separator: ","))]: \(record.text)")
      }
      continue
    }
    for span in record.spans {
      let ok = (span.start..<span.end).filter {
        scalars[$0].properties.isAlphabetic || scalars[$0].properties.numericType != nil
      }.allSatisfy { index in findings.contains { $0.range.contains(offsets[index]) } }
      recall[span.label, default: Tally()].add(ok)
      if !ok && errors.count < showErrors {
        // The span with its masked letters and digits shown as █: what was left is readable.
        let shown = (span.start..<span.end).map { index -> String in
          let scalar = scalars[index]
          let masked = findings.contains { $0.range.contains(offsets[index]) }
          let letter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          return masked && letter ? "█" : String(scalar)
        }.joined()
        errors.append("MISS \(span.label): \(record.text)\n  left: \(shown)")
      }
    }
  }
  print("Locations: \(path) (\(records.count) records, \(mode.rawValue) mode)")
  for (label, tally) in recall.sorted(by: { $0.key < $1.key }) {
    print(
      "  \(label.padding(toLength: 11, withPad: " ", startingAt: 0)) recall \(percent(tally.rate)) (\(tally.hit)/\(tally.total))"
    )
  }
  print("  negatives touched \(percent(negatives.rate)) (\(negatives.hit)/\(negatives.total))")
  for error in errors { print(error) }
}

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let showErrors = option("--show-errors").flatMap { Int($0) } ?? 0
let regions = option("--region")?.split(separator: ",").map(String.init) ?? []
switch arguments.first {
case "phones":
  let path = arguments.dropFirst().first { !$0.hasPrefix("--") } ?? "../shared/data/dev/phones.jsonl"
  let mode = option("--mode").flatMap(DetectionMode.init(rawValue:)) ?? .balanced
  try evaluatePhones(path: path, regions: regions, mode: mode, showErrors: showErrors)
case "locations":
  let path = arguments.dropFirst().first { $0.hasSuffix(".jsonl") } ?? "Fixtures/eval/locations.jsonl"
  let mode = option("--mode").flatMap(DetectionMode.init(rawValue:)) ?? .balanced
  try evaluateLocations(path: path, mode: mode, showErrors: showErrors)
case "ner":
  let paths = arguments.dropFirst().filter { $0.hasSuffix(".jsonl") }
  for path in paths {
    let mode = option("--mode").flatMap(DetectionMode.init(rawValue:)) ?? .balanced
    try evaluateNER(
      path: path, labels: ["PERSON", "LOCATION"], mode: mode,
      taggerThreshold: option("--tagger-threshold").flatMap { Float($0) }, language: option("--language"),
      only: option("--only").map { Set($0.split(separator: ",").map(String.init)) }, showErrors: showErrors)
  }
default:
  print("usage: redact-eval phones [FILE] [--region IN,BD] [--mode balanced|strict] [--show-errors N]")
  print("       redact-eval locations [FILE] [--mode balanced|strict] [--show-errors N]")
  print(
    "       redact-eval ner FILE.jsonl... [--mode balanced|strict] [--tagger-threshold P] [--language L] [--only ID,ID] [--disable ID,ID] [--lowercase] [--documents N] [--show-errors N]"
  )
  exit(64)
}
