import Testing

@testable import Redact

/// ``KoreanWord`` finds a word's particle among those ending on its last syllable only, and
/// looks for an honorific only when the stem ends on an honorific's last syllable: on random
/// words (stems with and without a final consonant, every particle and honorific, parts of
/// them, syllables no particle ends in) it reads the particle and honorific that trying each
/// in turn, longest first, reads.
@Suite struct KoreanParticleIndexTests {
  /// The particle ending `syllables` as every particle tried in turn finds it.
  static func referenceParticleLength(_ syllables: [UInt32]) -> Int {
    for (particle, afterConsonant) in KoreanWord.particles where syllables.count > particle.count {
      guard syllables.suffix(particle.count).elementsEqual(particle) else { continue }
      if let afterConsonant,
        KoreanWord.hasFinalConsonant(syllables[syllables.count - particle.count - 1]) != afterConsonant
      {
        continue
      }
      return particle.count
    }
    return 0
  }

  /// A random Hangul syllable, with a final consonant or without one.
  static func syllable(_ rng: inout SplitMix64, final: Bool) -> UInt32 {
    0xAC00 + UInt32.random(in: 0..<399, using: &rng) * 28 + (final ? UInt32.random(in: 1..<28, using: &rng) : 0)
  }

  static func randomWord(_ rng: inout SplitMix64) -> [UInt32] {
    var word = (0..<Int.random(in: 0...3, using: &rng)).map { _ in syllable(&rng, final: Bool.random(using: &rng)) }
    if Int.random(in: 0..<3, using: &rng) == 0 { word += KoreanWord.honorifics.randomElement(using: &rng)! }
    let particle = KoreanWord.particles.randomElement(using: &rng)!.0
    switch Int.random(in: 0..<5, using: &rng) {
    case 0: word += particle
    case 1: word += particle.dropFirst()
    case 2: word += particle.dropLast()
    case 3: word.append(syllable(&rng, final: Bool.random(using: &rng)))
    default: word += KoreanWord.particles.randomElement(using: &rng)!.0 + particle
    }
    return word
  }

  @Test func readsTheParticleThatTryingEachFinds() {
    var rng = SplitMix64(seed: 0x6B_0E_1D)
    var failures: [String] = []
    for _ in 0..<20_000 {
      let word = Self.randomWord(&rng)
      let (fast, reference) = (KoreanWord.particleLength(word), Self.referenceParticleLength(word))
      if fast != reference { failures.append("\(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init)))): \(fast) vs \(reference)") }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func readsTheHonorificThatTryingEachFinds() {
    var rng = SplitMix64(seed: 0x6B_0E_1E)
    var failures: [String] = []
    for _ in 0..<20_000 {
      let syllables = Self.randomWord(&rng)
      let word = KoreanWord(syllables: syllables)
      var stem = syllables.count - Self.referenceParticleLength(syllables)
      let honorific = KoreanWord.honorifics.first { stem > $0.count && syllables[(stem - $0.count)..<stem].elementsEqual($0) }
      stem -= honorific?.count ?? 0
      if word.honorific != honorific || word.stem.count != stem {
        failures.append("\(String(String.UnicodeScalarView(syllables.compactMap(Unicode.Scalar.init))))")
      }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }

  @Test func wordsOfOtherLettersHaveNoParticle() {
    #expect(KoreanWord.particleLength([]) == 0)
    #expect(KoreanWord.particleLength([0x41, 0x42]) == 0)
    #expect(KoreanWord.particleLength([0xAC00, 0x1100]) == 0)
  }
}
