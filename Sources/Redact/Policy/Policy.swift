/// Everything that decides what Redact finds and what it does with it.
///
/// Load one from YAML or JSON with ``PolicyLoader``, or pick a built-in one with
/// ``Policy/builtIn(named:)``.
public struct Policy: Sendable, Equatable {
  /// A name for reports (`default`, `publish`, or the policy file's `name:`).
  public var name: String
  /// How eagerly detectors report uncertain candidates.
  public var mode: DetectionMode
  /// Findings scoring below this are not masked.
  public var threshold: Double
  /// The operator for kinds not listed in ``operators``.
  public var defaultOperator: Operator
  /// Operators per kind.
  public var operators: [EntityKind: Operator]
  /// Terms never masked.
  public var allowList: [String]
  /// Terms always masked, with their kinds.
  package var denyList: [DenyListDetector.Entry]
  /// Separates pseudonym and token spaces: use a new domain per release so releases don't link.
  public var domain: String
  /// ISO 3166 region hints for detectors (phone national formats, places), e.g. `IN`, `BD`.
  public var regions: [String]
  /// The regions phone numbers are read with: the hinted ``regions`` first, then the default
  /// regions (``NumberingPlans/hintedFirst(_:)``).
  package var phoneRegions: [String] { NumberingPlans.hintedFirst(regions) }
  /// Language hints (BCP 47 primary tags), e.g. `en`, `hi`.
  public var languages: [String]
  /// Detector ids switched off.
  public var disabledDetectors: Set<String>
  /// Extra context words per kind that raise weak findings.
  public var contextWords: [EntityKind: [String]]
  /// Rules for the values at key paths of structured input (`fields:`), first match wins.
  package var fields: [FieldRule]
  /// How faces in photos are masked (`images:`).
  public var images: ImagePolicy = ImagePolicy()

  package init(
    name: String = "custom", mode: DetectionMode = .balanced, threshold: Double = 0.5,
    defaultOperator: Operator = .label(text: nil), operators: [EntityKind: Operator] = [:],
    allowList: [String] = [], denyList: [DenyListDetector.Entry] = [], domain: String = "",
    regions: [String] = [], languages: [String] = [], disabledDetectors: Set<String> = [],
    contextWords: [EntityKind: [String]] = [:], fields: [FieldRule] = []
  ) {
    self.name = name
    self.mode = mode
    self.threshold = threshold
    self.defaultOperator = defaultOperator
    self.operators = operators
    self.allowList = allowList
    self.denyList = denyList
    self.domain = domain
    self.regions = regions
    self.languages = languages
    self.disabledDetectors = disabledDetectors
    self.contextWords = contextWords
    self.fields = fields
  }

  /// The operator applied to `kind`.
  public func operatorFor(_ kind: EntityKind) -> Operator { operators[kind] ?? defaultOperator }

  /// Whether any operator of this policy needs a key file.
  public var needsKey: Bool {
    defaultOperator.needsKey || operators.values.contains { $0.needsKey }
      || fields.contains { rule in
        if case .kind(_, let op?) = rule.action { return op.needsKey }
        return false
      }
  }

  /// Whether any operator of this policy generalises (the location generaliser reads the
  /// gazetteer, which an engine then loads at once, so that a damaged one fails at start).
  package var generalizes: Bool {
    func isGeneralize(_ op: Operator) -> Bool {
      if case .generalize = op { return true }
      return false
    }
    return isGeneralize(defaultOperator) || operators.values.contains(where: isGeneralize)
      || fields.contains { rule in
        if case .kind(_, let op?) = rule.action { return isGeneralize(op) }
        return false
      }
  }
}

/// How a policy masks faces in photos (`images: {mask: blur, padding: 0.4}`).
public struct ImagePolicy: Sendable, Equatable {
  /// How each face box is masked.
  package var mask: PixelMasker.Style
  /// Margin added on each side of a face box, as a fraction of its size: metadata boxes are
  /// often tight or slightly off.
  package var padding: Double

  package init(mask: PixelMasker.Style = .fill, padding: Double = RegionPadding.default.fraction) {
    self.mask = mask
    self.padding = padding
  }

  /// The image redactor for this policy, accepting images up to `maximumPixels`.
  public func redactor(maximumPixels: Int = ImageLimits.defaultMaximumPixels) -> ImageRedactor {
    ImageRedactor(
      options: .init(
        masker: PixelMasker(style: mask),
        padding: RegionPadding(fraction: padding, minimumPixels: RegionPadding.default.minimumPixels),
        maximumPixels: maximumPixels))
  }
}
