import Foundation

/// Standard output could not be written: nothing may be reported as done when its result was lost.
struct OutputError: Error {
  let reason: String
}

/// Standard output as the commands write it: buffered, and written with the throwing `FileHandle` API (the
/// non-throwing one traps on a full disk). A failed write is kept and reported when the command ends (exit 4),
/// so a result that never reached its reader is never reported as done; C's `stdout`, which `print` writes to,
/// would need a reference to a C global that Swift 6 refuses.
final class StandardOutput: @unchecked Sendable {
  static let shared = StandardOutput()
  private let lock = NSLock()
  private var buffer = Data()
  private var failure: String?

  func write(_ text: String) {
    lock.withLock {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 16 { writeBuffer() }
    }
  }

  /// Writes what is buffered; throws if this or any earlier write failed.
  func flush() throws(OutputError) {
    let failure = lock.withLock {
      writeBuffer()
      return self.failure
    }
    if let failure { throw OutputError(reason: failure) }
  }

  private func writeBuffer() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil, !buffer.isEmpty else { return }
    do { try FileHandle.standardOutput.write(contentsOf: buffer) } catch { failure = systemReason(error) }
  }
}

/// Writes text and a line end (or `terminator`) to standard output: the CLI's `print`.
func output(_ text: String, terminator: String = "\n") {
  StandardOutput.shared.write(text + terminator)
}

/// Writes to standard error, ignoring a closed or full stream: `FileHandle.write(_: Data)` traps when the
/// write fails (`labor-rules … 2>&-`), the throwing `write(contentsOf:)` does not.
func writeToStandardError(_ text: String) {
  try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
}

/// Why a read or a write failed, as the system says it ("Is a directory", "No space left on device"): Foundation
/// wraps the POSIX error in one whose own description says only that the operation could not be completed.
func systemReason(_ error: any Error) -> String {
  guard let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain
  else { return error.localizedDescription }
  return String(cString: strerror(Int32(posix.code)))
}
