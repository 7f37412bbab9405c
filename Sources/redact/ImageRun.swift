import ArgumentParser
import Foundation
import Redact

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How faces in images are masked (`--image-mask`).
enum ImageMaskStyle: String, ExpressibleByArgument, CaseIterable {
  case fill, pixelate, blur
}

/// Options for images, shared by the filter.
struct ImageOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "How faces in images are masked: fill (solid), pixelate or blur; replaces the policy's (images.mask, default fill).")
  var imageMask: ImageMaskStyle?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A face to mask in an image besides those its metadata names: x,y,width,height in pixels of the image as displayed (repeat for more).",
      valueName: "x,y,w,h"))
  var faceBox: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Margin added on each side of a face box, as a fraction of the box's size; replaces the policy's (images.padding, default 0.25).",
      valueName: "fraction")
  )
  var facePadding: Double?

  @Option(name: .long, help: ArgumentHelp("Largest image accepted, in pixels (width × height).", valueName: "pixels"))
  var maxImagePixels: Int = ImageLimits.defaultMaximumPixels

  func validate() throws {
    _ = try displayBoxes()
    if let facePadding, !(facePadding.isFinite && facePadding >= 0 && facePadding <= 10) {
      throw ValidationError("--face-padding must be a fraction between 0 and 10")
    }
    guard maxImagePixels > 0 else { throw ValidationError("--max-image-pixels must be positive") }
  }

  func displayBoxes() throws -> [ImageRedactor.DisplayBox] {
    try faceBox.map { text in
      let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
      guard numbers.count == 4, numbers.allSatisfy(\.isFinite), numbers[2] > 0, numbers[3] > 0 else {
        throw ValidationError("--face-box takes x,y,width,height in pixels (width and height above 0)")
      }
      return ImageRedactor.DisplayBox(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
    }
  }

  /// The image redactor: the policy's settings, with this command line's overrides.
  func redactor(policy: ImagePolicy) -> ImageRedactor {
    var images = policy
    if let imageMask { images.mask = PixelMasker.Style(rawValue: imageMask.rawValue) ?? .fill }
    if let facePadding { images.padding = facePadding }
    return images.redactor(maximumPixels: maxImagePixels)
  }
}

/// `redact photo.jpg -o clean.jpg` and `redact scan photo.jpg`: images, recognised by content.
///
/// An image must be the only input of the filter (its output is one image). It is redacted whole
/// by ``ImageRedactor`` (faces masked, metadata stripped, output verified) and only then written,
/// through ``OutputDestination`` (`-o FILE` is replaced atomically). Standard output takes an
/// image only when it is not a terminal. Any refusal (HEIC, truncated, bomb, unmappable region,
/// failed verification) exits 2 with nothing written.
struct ImageRun {
  /// The inputs among `files` that are images by content (JPEG, PNG, and the formats refused by
  /// name: HEIC, TIFF, WebP, GIF…). Standard input counts when it is a regular file.
  static func images(in files: [String]) -> [String] {
    (files.isEmpty ? ["-"] : files).filter { ImageFileType.sniff(head(of: $0)) != nil }
  }

  /// The image to redact when the inputs are one image; a usage error when an image is mixed
  /// with other inputs; nil when there is none.
  static func image(in files: [String], displayName: (String) -> String) throws -> String? {
    let found = images(in: files)
    guard let first = found.first else { return nil }
    guard max(files.count, 1) == 1 else {
      Diagnostics.error(
        "\(first == "-" ? "standard input" : displayName(first)) is an image: give it as the only input (one image per run)"
      )
      throw ExitStatus.usageError
    }
    return first == "-" ? "/dev/stdin" : first
  }

  /// The first bytes of a regular file (empty for pipes and unreadable files).
  private static func head(of file: String) -> [UInt8] {
    let fd = file == "-" ? 0 : open(file, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return [] }
    defer { if fd != 0 { close(fd) } }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return [] }
    var bytes = [UInt8](repeating: 0, count: 16)
    let count = pread(fd, &bytes, bytes.count, 0)
    return count > 0 ? Array(bytes[..<count]) : []
  }

  /// A sidecar XMP beside `path`: `photo.jpg.xmp`, else `photo.xmp`.
  static func sidecar(of path: String) -> [UInt8]? {
    guard path != "/dev/stdin" else { return nil }
    let stem = (path as NSString).deletingPathExtension
    for candidate in [path + ".xmp", stem + ".xmp", stem + ".XMP"] where candidate != path {
      if let data = FileManager.default.contents(atPath: candidate) { return [UInt8](data) }
    }
    return nil
  }

  let path: String
  let engine: RedactionEngine
  let options: ImageOptions

  private var shownName: String { path == "/dev/stdin" ? "standard input" : engine.maskedForDisplay(path) }

  private func read() throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      Diagnostics.error("cannot read \(shownName)")
      throw ExitStatus.runtimeError
    }
    return [UInt8](data)
  }

  /// Redacts the image into `output` (standard output when nil; nothing with `check`), writes
  /// `--report`, and exits. With `check`: exit 1 when anything would be masked or stripped.
  func redact(output: String?, check: Bool, recorder: RunRecorder, summary: RunReport) throws -> Never {
    var summary = summary
    summary.format = "image"
    recorder.publish(summary)
    if !check && output == nil && isatty(1) == 1 {
      Diagnostics.error("\(shownName) is an image: name the output with -o clean.jpg (standard output is a terminal)")
      throw ExitCode(recorder.end(.error, status: ExitStatus.usageError.rawValue, report: summary))
    }
    let destination = try recorder.openDestination(check ? nil : output, report: summary)
    do {
      let bytes = try read()
      summary.bytesIn = bytes.count
      summary.records = 1
      let redactor = options.redactor(policy: engine.policy.images)
      let result: ImageRedactor.Output
      if check {
        let metadata = try ImageInspector.inspect(bytes, sidecar: Self.sidecar(of: path))
        let boxes = try redactor.plannedBoxes(metadata, displayBoxes: options.displayBoxes())
        let found = !boxes.isEmpty || !metadata.identifyingTags.isEmpty
        summary.recordsWithFindings = found ? 1 : 0
        if found {
          Diagnostics.note(
            "check: \(boxes.count) face box(es) would be masked and \(metadata.identifyingTags.count) identifying tag(s) removed"
          )
        }
        throw ExitCode(recorder.end(.done, status: found ? 1 : 0, report: summary))
      }
      result = try redactor.redact(bytes, sidecar: Self.sidecar(of: path), displayBoxes: options.displayBoxes())
      summary.recordsWithFindings = result.maskedBoxes.isEmpty && result.input.identifyingTags.isEmpty ? 0 : 1
      recorder.attach(destination)
      let sink = OutputSink(fd: destination.fd, progress: recorder.progress)
      sink.buffer.append(contentsOf: result.bytes)
      try sink.flush()
      throw ExitCode(recorder.end(.done, status: 0, report: summary))
    } catch let code as ExitCode {
      throw code
    } catch is OutputSink.BrokenPipe {
      throw ExitCode(recorder.end(.outputClosed, status: 0, report: summary))
    } catch let error as OutputSink.WriteError {
      Diagnostics.error("cannot write output: \(error)")
    } catch {
      Diagnostics.error("\(shownName): \(error); nothing was written")
      summary.recordsFailed = 1
      summary.failures = [(shownName, "\(error)")]
    }
    recorder.attach(destination)
    throw ExitCode(recorder.end(.error, status: ExitStatus.runtimeError.rawValue, report: summary))
  }

  /// One JSON line per image on standard output: format, size, orientation, face regions per
  /// scheme, and whether names, GPS, thumbnails or other identifying metadata are present; never
  /// a value. An image that cannot be read is named on stderr and the exit status is 2.
  /// Scans `files` and exits when they are images (all of them: mixing is a usage error);
  /// returns when none is.
  static func scanImages(in files: [String], engine: RedactionEngine) throws {
    let found = images(in: files)
    guard !found.isEmpty else { return }
    guard found.count == max(files.count, 1) else {
      Diagnostics.error("images and other inputs cannot be scanned together: scan the images on their own")
      throw ExitStatus.usageError
    }
    try scan(found, engine: engine)
  }

  static func scan(_ files: [String], engine: RedactionEngine) throws -> Never {
    let sink = OutputSink(fd: 1)
    var failed = false
    for file in files {
      let run = ImageRun(path: file == "-" ? "/dev/stdin" : file, engine: engine, options: ImageOptions())
      do {
        let bytes = try run.read()
        _ = try ImageRedactor.recognise(bytes)
        let metadata = try ImageInspector.inspect(bytes, sidecar: sidecar(of: run.path))
        sink.buffer.append(contentsOf: line(run.shownName, metadata).utf8)
        try sink.flush()
      } catch is OutputSink.BrokenPipe {
        throw ExitStatus.ok
      } catch let code as ExitCode {
        throw code
      } catch {
        Diagnostics.error("\(run.shownName): \(error)")
        failed = true
      }
    }
    throw failed ? ExitStatus.runtimeError : ExitStatus.ok
  }

  static func line(_ name: String, _ metadata: ImageMetadata) -> String {
    var schemes: [String: Int] = [:]
    for region in metadata.regions { schemes[region.scheme.rawValue, default: 0] += 1 }
    let regions = schemes.sorted { $0.key < $1.key }.map { "\(JSONText.quote($0.key)):\($0.value)" }
    let kinds = Set(metadata.identifyingTags.map(\.kind.rawValue)).sorted().map { JSONText.quote($0) }
    let names = metadata.has(.personName) || metadata.has(.owner) || metadata.regions.contains(where: \.isNamed)
    let thumbnails = metadata.has(.thumbnail) || metadata.has(.preview)
    return """
      {"image":\(JSONText.quote(name)),"format":"\(metadata.format.rawValue)","width":\(metadata.width),\
      "height":\(metadata.height),"orientation":\(metadata.effectiveOrientation),\
      "regions":{\(regions.joined(separator: ","))},"names":\(names),"gps":\(metadata.has(.gps)),\
      "thumbnails":\(thumbnails),"identifying":[\(kinds.joined(separator: ","))]}

      """
  }
}
