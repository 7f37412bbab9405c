/// A policy rule for the values at a key path of structured input (policy `fields:`).
///
/// ```yaml
/// fields:
///   "$.user.name": person        # the whole value is a person's name; learnt for the document
///   "$..created_at": skip        # copied unscanned
///   "$..geo": drop               # every value at or under it becomes null
///   "$.place": {kind: location, operator: label}
/// ```
/// The first matching rule wins; values no rule matches go through every detector as usual.
package struct FieldRule: Sendable, Equatable {
  /// What the rule does to the values it covers.
  package enum Action: Sendable, Equatable {
    /// Each value (string or number) is personal data of this kind, masked whole with this
    /// operator (the policy's for the kind when nil). Values of a ``DocumentScope/learntKinds``
    /// kind are also masked wherever they recur in the same document.
    case kind(EntityKind, Operator?)
    /// Each value is replaced by null (an empty value where the format has no null).
    case drop
    /// Values are copied unscanned. Only for fields that can never hold personal data.
    case skip
  }

  package let pattern: FieldPattern
  package let action: Action

  package init(pattern: FieldPattern, action: Action) {
    self.pattern = pattern
    self.action = action
  }

  /// The first rule of `rules` whose pattern matches `path`.
  package static func first(in rules: [FieldRule], matching path: FieldPath) -> FieldRule? {
    rules.first { $0.pattern.matches(path) }
  }
}
