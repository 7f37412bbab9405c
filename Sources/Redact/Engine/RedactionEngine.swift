/// A policy made ready to run: its analyzer and redactor, built once and shared by threads.
///
/// ```swift
/// let engine = try RedactionEngine(policy: .builtIn(named: "default")!)
/// let result = try engine.redact("Write to sindhu@example.org")
/// // result.text == "Write to [EMAIL]"
/// ```
public struct RedactionEngine: Sendable {
  /// The policy the engine was built from.
  public let policy: Policy
  package let analyzer: Analyzer
  package let redactor: Redactor

  /// Builds the policy's detectors, lexicons and operators (once: share the engine between threads).
  ///
  /// - Parameters:
  ///   - policy: what to find and what to do with it.
  ///   - key: the master key (``KeyFile/load(path:)``), required when the policy uses `pseudonym`,
  ///     `encrypt` or a keyed date shift.
  /// - Throws: ``Redactor/Error/keyRequired(operator:kind:)`` when a key is needed and missing;
  ///   a resource error when the bundled lexicon or models cannot be read.
  public init(policy: Policy, key: SecretBytes? = nil) throws {
    self.policy = policy
    analyzer = Analyzer(
      detectors: try DetectorRegistry.detectors(for: policy),
      contextRules: DetectorRegistry.contextRules(for: policy),
      allowList: AllowList(policy.allowList),
      threshold: policy.threshold,
      recurrence: RecurrencePass(lexicon: try Lexicon.bundled()))
    // The generalisers read the gazetteer on first use; a policy that generalises loads it
    // now, so that a missing or damaged one stops the run before any output.
    if policy.generalizes { _ = try Gazetteer.bundled() }
    let keys = try key.map { try KeyRing(master: $0, domain: policy.domain) }
    redactor = try Redactor(
      defaultOperator: policy.defaultOperator, operators: policy.operators, keys: keys,
      domain: policy.domain,
      normalizers: [.phone: PhoneValueNormalizer(regions: policy.phoneRegions), .person: PersonNameNormalizer()],
      generalizers: [
        .phone: PhoneGeneralizer(regions: policy.phoneRegions), .coordinate: CoordinateGeneralizer(),
        .location: LocationGeneralizer(bundledGazetteerWith: try Lexicon.bundled()),
      ].merging(try Self.quasiIdentifierGeneralizers(keys: keys)) { $1 })
  }

  /// The result of redacting one text.
  public struct Result: Sendable {
    /// The redacted text.
    public var text: String
    /// Findings in the *original* text's UTF-8 offsets.
    public var findings: [Finding]
    /// What was done.
    public var stats: RedactionStats
    /// A `drop` operator fired.
    public var dropRequested: Bool
  }

  /// Redacts a string.
  public func redact(_ text: String) throws -> Result {
    var text = text
    return try text.withUTF8 { bytes in
      let analysisText = AnalysisText(bytes: bytes)
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + 16)
      var stats = RedactionStats()
      let findings = analyzer.analyze(analysisText)
      let outcome = try redactor.redact(analysisText, findings: findings, into: &output, stats: &stats)
      return Result(
        text: String(decoding: output, as: UTF8.self), findings: findings, stats: stats,
        dropRequested: outcome.dropRequested)
    }
  }
}

extension RedactionEngine {
  /// Generalisers of the quasi-identifier kinds (issue 18): dates to months, years or a keyed
  /// shift, ages to bands, places people are found at up the location ladder.
  static func quasiIdentifierGeneralizers(keys: KeyRing?) throws -> [EntityKind: any Generalizer] {
    let dates = DateGeneralizer(shiftDays: try keys.map(DateGeneralizer.shiftDays(keys:)))
    let places = LocationGeneralizer(bundledGazetteerWith: try Lexicon.bundled())
    return [
      .date: dates, .birthDate: dates, .age: AgeGeneralizer(), .smallPlace: places, .shelter: places, .clinic: places,
      .policeStation: places,
    ]
  }
}
