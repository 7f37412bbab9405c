@testable import Redact

/// Fills speaker frames (`N` stands for the name) with random names and with subjects that are no
/// names (`notNames`, or a word of `commons`): the texts whose name `rule` does not mask whole,
/// and the negatives it takes anything from. Shared by the Bengali and Nepali speaker tests.
func speakerFrameFailures(
  _ rule: IndicTitleNameRules, frames: [String], notNames: [String], commons: [String], count: Int,
  rng: inout SplitMix64, name: (inout SplitMix64) -> String
) -> (missed: [String], extra: [String]) {
  var missed: [String] = []
  var extra: [String] = []
  for _ in 0..<count {
    let frame = frames.randomElement(using: &rng)!
    let parts = frame.split(separator: "N", omittingEmptySubsequences: false).map(String.init)
    let person = name(&rng)
    let text = parts[0] + person + parts[1]
    if !isMaskedWhole(person, at: parts[0].utf8.count, by: rule.findings(in: text)) { missed.append(text) }
    let subject = Bool.random(using: &rng) ? notNames.randomElement(using: &rng)! : commons.randomElement(using: &rng)!
    let negative = parts[0] + subject + parts[1]
    if !rule.findings(in: negative).isEmpty { extra.append(negative) }
  }
  return (missed, extra)
}
