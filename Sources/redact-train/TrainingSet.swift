import Foundation
import Redact

/// One training sentence: feature indices (``TaggerFeatureExtractor/featuresPerToken`` per token)
/// and gold labels.
struct Sentence {
  var features: [UInt32]
  var labels: [Int]
}

/// NER JSONL records turned into tagger tokens, features and BIO labels.
struct TrainingSet {
  var sentences: [Sentence] = []
  var tokenCount: Int { sentences.reduce(0) { $0 + $1.labels.count } }

  /// The entity class a corpus label trains (nil: outside). Organisations, facilities and other
  /// named things are learned as `other` so they are not confused with people or places.
  static func entity(of label: String) -> TaggerEntity? {
    switch label {
    case "PERSON": .person
    case "LOCATION": .location
    case "ORG", "FACILITY", "MISC", "GAME", "LITERATURE", "FESTIVAL", "LAW": .other
    default: nil
    }
  }

  /// - Parameter caseAugment: also train on an upper-cased and a lower-cased copy of every
  ///   `caseAugment`-th sentence, so that ALL-CAPS and lower-case (chat) names are learned from
  ///   word identity and context rather than from capital letters alone. 0 disables it.
  static func load(_ paths: [String], extractor: inout TaggerFeatureExtractor, caseAugment: Int = 0) -> TrainingSet {
    var set = TrainingSet()
    var seen = 0
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("redact-train: cannot read \(path)\n".utf8))
        exit(2)
      }
      for line in text.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let sentence = object["text"] as? String
        else { continue }
        let spans = (object["spans"] as? [[String: Any]]) ?? []
        if let example = make(sentence, spans, &extractor) { set.sentences.append(example) }
        seen += 1
        if caseAugment > 0 && seen % caseAugment == 0 {
          // Case mappings can change lengths (ß → SS): only copies of the same scalar count keep
          // the span offsets valid.
          for variant in [sentence.uppercased(), sentence.lowercased()]
          where variant.unicodeScalars.count == sentence.unicodeScalars.count {
            if let example = make(variant, spans, &extractor) { set.sentences.append(example) }
          }
        }
      }
    }
    return set
  }

  static func make(_ text: String, _ spans: [[String: Any]], _ extractor: inout TaggerFeatureExtractor) -> Sentence? {
    // Scalar offsets → UTF-8 offsets.
    var byteOffsets: [Int] = [0]
    for scalar in text.unicodeScalars { byteOffsets.append(byteOffsets.last! + UTF8.width(scalar)) }
    var goldSpans: [(Range<Int>, TaggerEntity)] = []
    for span in spans {
      guard let start = span["start"] as? Int, let end = span["end"] as? Int, let label = span["label"] as? String,
        start < end, end < byteOffsets.count, let entity = entity(of: label)
      else { continue }
      goldSpans.append((byteOffsets[start]..<byteOffsets[end], entity))
    }
    var utf8 = Array(text.utf8)
    return utf8.withUnsafeMutableBufferPointer { mutable in
      let bytes = UnsafeBufferPointer(mutable)
      var tokens: [TaggerToken] = []
      TaggerTokenizer.tokenize(bytes, into: &tokens)
      guard !tokens.isEmpty else { return nil }
      var labels: [Int] = []
      var previousSpan = -1
      for token in tokens {
        if let spanIndex = goldSpans.firstIndex(where: { $0.0.contains(token.start) }) {
          let label = TaggerLabel.of(goldSpans[spanIndex].1, first: spanIndex != previousSpan)
          labels.append(label.rawValue)
          previousSpan = spanIndex
        } else {
          labels.append(TaggerLabel.outside.rawValue)
          previousSpan = -1
        }
      }
      var features: [UInt32] = []
      extractor.extract(bytes, tokens, into: &features)
      return Sentence(features: features, labels: labels)
    }
  }
}
