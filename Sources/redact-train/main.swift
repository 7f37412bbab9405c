// Trains Redact's name/place tagger (a linear-chain CRF over hashed features) from NER JSONL
// files and writes the model resource.
//
//   swift run -c release redact-train --out Sources/Redact/Resources/models/en.crf \
//     ../shared/data/ner/en/train.jsonl --dev ../shared/data/ner/en/dev.jsonl
//
// `redact-train lexicon SOURCE_DIR OUT.bin` compiles the lists of make_lexicons.py into the
// bundled lexicon.bin (and gazetteer.bin beside it).
//
// Options: --bits N (feature buckets 2^N, default 17), --epochs N (default 12), --seed N
// (default 7; training is deterministic for a given seed and input order), --rate R (initial
// learning rate, default 0.1, divided by 1 + epoch/2), --l2 L (default 0), --no-lexicon (ablation), --case-augment N (upper-
// and lower-case copies of every Nth sentence). Weights
// are averaged over the second half of the epochs.
import Foundation
import Redact

struct Options {
  var out = ""
  var train: [String] = []
  var dev: [String] = []
  var bits = 17
  var epochs = 12
  var seed: UInt64 = 7
  var rate: Float = 0.1
  var l2: Float = 0
  var useLexicon = true
  var caseAugment = 0
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = CommandLine.arguments.dropFirst()
  var toDev = false
  while let argument = arguments.popFirst() {
    switch argument {
    case "--out": options.out = arguments.popFirst() ?? ""
    case "--bits": options.bits = Int(arguments.popFirst() ?? "") ?? options.bits
    case "--epochs": options.epochs = Int(arguments.popFirst() ?? "") ?? options.epochs
    case "--seed": options.seed = UInt64(arguments.popFirst() ?? "") ?? options.seed
    case "--rate": options.rate = Float(arguments.popFirst() ?? "") ?? options.rate
    case "--l2": options.l2 = Float(arguments.popFirst() ?? "") ?? options.l2
    case "--no-lexicon": options.useLexicon = false
    case "--case-augment": options.caseAugment = Int(arguments.popFirst() ?? "") ?? 0
    case "--dev": toDev = true
    case "--train": toDev = false
    default: if toDev { options.dev.append(argument) } else { options.train.append(argument) }
    }
  }
  if options.train.isEmpty {
    FileHandle.standardError.write(Data("usage: redact-train --out FILE TRAIN.jsonl... [--dev DEV.jsonl...]\n".utf8))
    exit(64)
  }
  return options
}

if CommandLine.arguments.count == 4 && CommandLine.arguments[1] == "lexicon" {
  // redact-train lexicon SOURCE_DIR OUT.bin: compiles make_lexicons.py's lists.
  do {
    let started = Date()
    let source = URL(fileURLWithPath: CommandLine.arguments[2])
    let output = URL(fileURLWithPath: CommandLine.arguments[3])
    let lexicon = try Lexicon(sourceDirectory: source)
    try Data(lexicon.serialized()).write(to: output, options: .atomic)
    let gazetteer = try Gazetteer(sourceDirectory: source)
    try Data(gazetteer.serialized()).write(
      to: output.deletingLastPathComponent().appendingPathComponent("gazetteer.bin"), options: .atomic)
    print(
      String(
        format: "lexicon: %d keys, gazetteer: %d places, in %.1f s", lexicon.count, gazetteer.count,
        Date().timeIntervalSince(started)))
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("redact-train: \(error)\n".utf8))
    exit(2)
  }
}

let options = parseOptions()
let lexicon: Lexicon
do {
  lexicon = try Lexicon.bundled()
} catch {
  FileHandle.standardError.write(Data("redact-train: \(error)\n".utf8))
  exit(2)
}
var extractor = TaggerFeatureExtractor(bucketBits: options.bits, lexicon: options.useLexicon ? lexicon : nil)
let trainSet = TrainingSet.load(options.train, extractor: &extractor, caseAugment: options.caseAugment)
let devSet = TrainingSet.load(options.dev, extractor: &extractor)
print("train: \(trainSet.sentences.count) sentences, \(trainSet.tokenCount) tokens; dev: \(devSet.sentences.count)")

var trainer = CRFTrainer(bits: options.bits, l2: options.l2)
var generator = SplitMix64(seed: options.seed)
var order = Array(trainSet.sentences.indices)
let started = Date()
for epoch in 0..<options.epochs {
  if epoch == options.epochs / 2 { trainer.restartAverage() }
  order.shuffle(using: &generator)
  let rate = options.rate / (1 + Float(epoch) * 0.5)
  var loss: Double = 0
  for index in order { loss += trainer.update(trainSet.sentences[index], rate: rate) }
  let model = trainer.averagedModel()
  let scores = devSet.sentences.isEmpty ? "" : Evaluation.tokens(model: model, devSet.sentences).summary
  print(String(format: "epoch %2d  rate %.4f  loss %.0f  %@", epoch + 1, rate, loss, scores))
}
let model = trainer.averagedModel()
print(String(format: "trained in %.1f s", Date().timeIntervalSince(started)))
if !devSet.sentences.isEmpty {
  for threshold: Float in [0.5, 0.3, 0.2, 0.1, 0.05] {
    print("threshold \(threshold): " + Evaluation.tokens(model: model, devSet.sentences, threshold: threshold).summary)
  }
}
if !options.out.isEmpty {
  let bytes = model.serialized()
  do {
    try Data(bytes).write(to: URL(fileURLWithPath: options.out), options: .atomic)
    print("wrote \(options.out) (\(bytes.count) bytes)")
  } catch {
    FileHandle.standardError.write(Data("redact-train: cannot write \(options.out): \(error)\n".utf8))
    exit(2)
  }
}
