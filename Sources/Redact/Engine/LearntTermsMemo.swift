/// What learning each value taught (``DocumentScope/terms(learning:as:recurrence:)``),
/// remembered across the units one worker walks.
///
/// Performance: records of generic JSON with a name key (``JSONNameKeys``) and X API posts
/// learn their user and mention names, and a post dump repeats the same few accounts from
/// record to record. Each record worked every name out again (a `String`, its scalars'
/// properties, the recurrence pass's lexicon look-ups: ~57,000 instructions a value, 4% of the
/// instructions of 600 KB of posts read as `--format ndjson`). What a value teaches is a
/// function of the value and its kind alone, so a repeat shares the first result and the
/// output is unchanged. (The deny-list automaton of a record's terms is built per record still:
/// remembered by the terms it was built from, it was found again for 20 of 260 posts, and
/// hashing the terms cost more than that saved.)
struct LearntTermsMemo {
  /// Values kept before the memo is emptied and starts again.
  static let capacity = 1 << 12

  private struct Value: Hashable {
    var bytes: [UInt8]
    var kind: EntityKind
  }

  private var terms: [Value: [DenyListDetector.Entry]] = [:]

  /// The terms learning `value` as `kind` adds: ``DocumentScope/terms(learning:as:recurrence:)``.
  ///
  /// - Precondition: `recurrence` is the same at every call (one processor's analyzer's).
  mutating func terms(
    learning value: UnsafeBufferPointer<UInt8>, as kind: EntityKind, recurrence: RecurrencePass?
  ) -> [DenyListDetector.Entry] {
    let key = Value(bytes: Array(value), kind: kind)
    if let known = terms[key] { return known }
    let learnt = DocumentScope.terms(learning: value, as: kind, recurrence: recurrence)
    if terms.count >= Self.capacity { terms.removeAll(keepingCapacity: true) }
    terms[key] = learnt
    return learnt
  }
}
