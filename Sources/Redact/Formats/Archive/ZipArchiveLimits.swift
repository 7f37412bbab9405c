/// Bounds a zip archive must stay within before Redact expands any of it: a zip bomb (a small
/// archive that expands to terabytes, or to millions of members) is refused with an error that
/// says which bound it crossed, never read until memory or disk runs out.
package struct ZipArchiveLimits: Sendable, Equatable {
  /// Most members (files and directories) an archive may list.
  package var maximumMembers: Int
  /// Most bytes one member may expand to when it is read whole (a text member: it is held in
  /// memory and redacted as one document). Defaults to the maximum record size.
  package var maximumMemberBytes: Int
  /// Most bytes all the members read whole may expand to together.
  package var maximumTotalBytes: Int64
  /// Highest expanded-to-compressed ratio a member larger than ``ratioFloorBytes`` may
  /// declare (deflate reaches about 1030:1 on zeros; real text rarely passes 20:1).
  package var maximumRatio: Int
  /// Members that expand to at most this many bytes are not held to ``maximumRatio``.
  package var ratioFloorBytes: Int

  package init(
    maximumMembers: Int = 100_000, maximumMemberBytes: Int = 64 << 20, maximumTotalBytes: Int64 = 4 << 30,
    maximumRatio: Int = 200, ratioFloorBytes: Int = 1 << 20
  ) {
    self.maximumMembers = maximumMembers
    self.maximumMemberBytes = maximumMemberBytes
    self.maximumTotalBytes = maximumTotalBytes
    self.maximumRatio = maximumRatio
    self.ratioFloorBytes = ratioFloorBytes
  }
}
