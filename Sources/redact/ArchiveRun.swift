import ArgumentParser
import Foundation
import Redact

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// `redact export.zip -o clean.zip` and `redact scan export.zip`: a zip archive in, every member
/// redacted by its own format with the archive's learnt names (``ArchiveRedactor``), a zip out.
///
/// The archive must be the only input. Its output is written to a temporary zip first, then to
/// the destination with the care of `-o` (``OutputDestination``): nothing is written unless the
/// whole archive was redacted. A zip is never written to standard output unless asked by name
/// (`-o /dev/stdout`): on a terminal it is noise, and a pipe usually means a mistake.
struct ArchiveRun {
  /// The archive among `files` (a `.zip` name, or content starting `PK\3\4`), or nil. Standard
  /// input counts when it is a regular file (`redact < export.zip -o clean.zip`), read as
  /// `/dev/stdin`; a zip through a pipe is not recognised.
  static func archive(in files: [String], displayName: (String) -> String) throws -> String? {
    let inputs = files.isEmpty ? ["-"] : files
    let archives = inputs.filter { isArchive($0) }
    guard !archives.isEmpty else { return nil }
    guard inputs.count == 1 else {
      Diagnostics.error(
        "\(archives[0] == "-" ? "standard input" : displayName(archives[0])) is a zip archive: give it as the only input (one archive per run)"
      )
      throw ExitStatus.usageError
    }
    return archives[0] == "-" ? "/dev/stdin" : archives[0]
  }

  private static func isArchive(_ file: String) -> Bool {
    if file != "-" && file.lowercased().hasSuffix(".zip") { return true }
    let fd = file == "-" ? 0 : open(file, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { if fd != 0 { close(fd) } }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
    var magic = [UInt8](repeating: 0, count: 4)
    guard pread(fd, &magic, 4, 0) == 4 else { return false }
    return magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06]
  }

  let archive: String
  let engine: RedactionEngine
  let limits: ZipArchiveLimits
  let onError: OnError
  let format: (any DocumentFormat)?

  init(
    archive: String, engine: RedactionEngine, inputOptions: InputOptions, onError: OnError,
    images: ImageRedactor? = nil
  ) {
    self.archive = archive
    self.engine = engine
    self.images = images ?? engine.policy.images.redactor()
    limits = ZipArchiveLimits(maximumMemberBytes: inputOptions.maxRecordBytes)
    self.onError = onError
    format = inputOptions.forcedFormat
  }

  /// How photo members are redacted (the policy's `images:` with the command line's overrides).
  let images: ImageRedactor

  private var redactor: ArchiveRedactor {
    ArchiveRedactor(
      engine: engine, limits: limits, onBadMember: onError == .skip ? .skip : .fail, format: format,
      workers: ProcessInfo.processInfo.activeProcessorCount, images: images)
  }

  private var shownName: String { archive == "/dev/stdin" ? "standard input" : engine.maskedForDisplay(archive) }

  /// Redacts into `output` (nil with `check`), writes `--report`, and exits.
  func redact(output: String?, check: Bool, recorder: RunRecorder, summary: RunReport) throws -> Never {
    var summary = summary
    summary.format = "zip"
    recorder.publish(summary)
    guard check || output != nil else {
      Diagnostics.error(
        "the output of a zip archive is a zip archive: name the file with -o clean.zip (-o /dev/stdout to write it to standard output anyway)"
      )
      throw ExitCode(recorder.end(.error, status: ExitStatus.usageError.rawValue, report: summary))
    }
    let destination = try recorder.openDestination(check ? nil : output, report: summary)
    recorder.attach(destination)
    var scratch: String?
    defer { if let scratch { TemporaryFiles.shared.remove(scratch) } }
    var status: Int32 = 0
    do {
      var writer: ZipArchiveWriter?
      if !check {
        let path = try Self.scratchFile(beside: output!)
        scratch = path
        writer = try ZipArchiveWriter(path: path)
      }
      let report = try redactor.redact(archiveAt: archive, into: writer)
      writer?.close()
      summary.archive = ArchiveReport(report, displayName: engine.maskedForDisplay)
      summary.records = report.units
      summary.recordsWithFindings = report.unitsWithFindings
      summary.recordsSkipped = report.dropped.filter { $0.reason?.hasPrefix("failed") == true }.count
      summary.bytesIn = report.bytesIn
      summary.stats = report.stats
      recorder.publish(summary)
      if let scratch {
        try copy(scratch, to: destination, recorder: recorder)
        // The archive goes out whole or not at all: every record is in it.
        recorder.progress.update { $0.records = report.units }
      }
      announce(report)
      if check && report.stats.masked > 0 {
        Diagnostics.note("check: \(report.stats.masked) finding(s) would be masked in \(report.unitsWithFindings) record(s)")
        status = 1
      }
      throw ExitCode(recorder.end(.done, status: status, report: summary))
    } catch let error as ZipArchiveError {
      Diagnostics.error("\(shownName): \(error.message(displayName: engine.maskedForDisplay)); nothing was written")
    } catch let failure as ArchiveRedactor.Failure {
      let at = failure.position.map { ":\($0.replacingOccurrences(of: "line ", with: ""))" } ?? ""
      Diagnostics.error(
        "\(shownName): \(engine.maskedForDisplay(failure.member))\(at): \(failure.reason); nothing was written (use --on-error skip to leave bad members out)"
      )
      summary.recordsFailed = 1
      summary.failures = [("\(engine.maskedForDisplay(failure.member))\(at)", failure.reason)]
    } catch is OutputSink.BrokenPipe {
      throw ExitCode(recorder.end(.outputClosed, status: 0, report: summary))
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
    }
    throw ExitCode(recorder.end(.error, status: ExitStatus.runtimeError.rawValue, report: summary))
  }

  /// Writes the findings of every text member as JSON lines, `"record":"<member>:<line>"` (or
  /// `"<member>"` for a whole-document member, whose `path` says where), and exits.
  func scan(showValues: Bool) throws -> Never {
    let sink = OutputSink(fd: 1)
    do {
      let report = try redactor.scan(archiveAt: archive) { member, position, found in
        let record = engine.maskedForDisplay(member) + (position.map { ":" + $0.replacingOccurrences(of: "line ", with: "") } ?? "")
        sink.buffer.append(contentsOf: "{\"record\":\(JSONText.quote(record)),".utf8)
        RecordLoop.writeScanLine(found, showValues: showValues, to: &sink.buffer)
      }
      try sink.flush()
      announce(report)
    } catch let error as ZipArchiveError {
      Diagnostics.error("\(shownName): \(error.message(displayName: engine.maskedForDisplay))")
      throw ExitStatus.runtimeError
    } catch let failure as ArchiveRedactor.Failure {
      let at = failure.position.map { ":\($0.replacingOccurrences(of: "line ", with: ""))" } ?? ""
      Diagnostics.error("\(shownName): \(engine.maskedForDisplay(failure.member))\(at): \(failure.reason)")
      throw ExitStatus.runtimeError
    } catch is OutputSink.BrokenPipe {
      throw ExitStatus.ok
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
      throw ExitStatus.runtimeError
    }
    throw ExitStatus.ok
  }

  /// Says on stderr how many members were left out and why (the report lists each).
  private func announce(_ report: ArchiveRedactor.Report) {
    guard !report.dropped.isEmpty else { return }
    var reasons: [String: Int] = [:]
    for member in report.dropped {
      let reason = member.reason ?? ""
      let kind = reason.hasPrefix("failed") ? "failed" : reason.components(separatedBy: " (").first ?? reason
      reasons[kind, default: 0] += 1
    }
    let counts = reasons.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    Diagnostics.warning("\(report.dropped.count) member(s) left out of the output (\(counts)); --report lists them")
  }

  /// An empty temporary file for the zip being written: beside the output when its folder is
  /// writable (same disk, removed on every way the run ends), else in the temporary folder.
  private static func scratchFile(beside output: String) throws -> String {
    let folder = (output as NSString).deletingLastPathComponent
    for directory in [folder.isEmpty ? "." : folder, NSTemporaryDirectory()] {
      let template = (directory.hasSuffix("/") ? directory : directory + "/") + ".redact-\(getpid())-XXXXXX"
      if let (fd, path) = TemporaryFiles.shared.create(template: template) {
        close(fd)
        return path
      }
    }
    Diagnostics.error("cannot create a temporary file beside \(output): \(String(cString: strerror(errno)))")
    throw ExitStatus.runtimeError
  }

  /// Copies the finished zip to the destination in blocks.
  private func copy(_ path: String, to destination: OutputDestination, recorder: RunRecorder) throws {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputSink.WriteError(errno: errno) }
    defer { close(fd) }
    let sink = OutputSink(fd: destination.fd, progress: recorder.progress)
    var block = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = block.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw OutputSink.WriteError(errno: errno) }
      if count == 0 { break }
      sink.buffer.append(contentsOf: block[0..<count])
      try sink.flush()
    }
  }
}

/// The `archive` section of `--report`: each member processed (format, records) and each left
/// out (reason), names masked as in messages.
struct ArchiveReport {
  let json: String

  init(_ report: ArchiveRedactor.Report, displayName: (String) -> String) {
    let processed = report.processed.map {
      "{\"member\":\(JSONText.quote(displayName($0.name))),\"format\":\(JSONText.quote($0.format ?? "")),\"records\":\($0.units)}"
    }
    let dropped = report.dropped.map {
      "{\"member\":\(JSONText.quote(displayName($0.name))),\"reason\":\(JSONText.quote($0.reason ?? ""))}"
    }
    json = """
      {"members_processed":\(report.processed.count),"members_dropped":\(report.dropped.count),\
      "directories":\(report.directories),"processed":[\(processed.joined(separator: ","))],\
      "dropped":[\(dropped.joined(separator: ","))]}
      """
  }
}
