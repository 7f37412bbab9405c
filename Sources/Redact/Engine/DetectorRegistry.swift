/// Builds the detectors a policy asks for. A new detector is one new ``Detector`` type plus one
/// line here.
public enum DetectorRegistry {
  /// Every detector id a policy may name in `detectors.disable`.
  public static let knownIDs: Set<String> = ["email", "url", "social", "deny-list"]

  /// The detectors for `policy`, in a fixed order.
  public static func detectors(for policy: Policy) -> [any Detector] {
    var detectors: [any Detector] = []
    func add(_ id: String, _ make: () -> any Detector) {
      if !policy.disabledDetectors.contains(id) { detectors.append(make()) }
    }
    add("email") { EmailDetector() }
    add("url") { URLDetector() }
    add("social") { SocialHandleDetector() }
    if !policy.denyList.isEmpty {
      add("deny-list") { DenyListDetector(entries: policy.denyList) }
    }
    return detectors
  }

  /// Context words that raise weak findings, built in and from the policy.
  public static func contextRules(for policy: Policy) -> [ContextRule] {
    var words: [EntityKind: [String]] = [
      .handle: [
        "ig", "insta", "instagram", "telegram", "tg", "twitter", "tiktok", "fb", "facebook", "line",
        "line id", "kakao", "zalo", "viber", "wechat", "follow", "dm", "handle", "username",
      ]
    ]
    for (kind, extra) in policy.contextWords { words[kind, default: []] += extra }
    return words.sorted { $0.key < $1.key }.map { ContextRule(kind: $0.key, words: $0.value) }
  }
}
