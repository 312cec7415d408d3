import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A bare TCP connection to the server on loopback, for what an HTTP client library will not do: send a header
/// and stall, announce 50 MB, send a body with no content type.
final class RawConnection {
  let fd: Int32

  init(port: Int, receiveTimeout seconds: Int = 10) throws {
    #if canImport(Glibc)
      fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw TestError("socket failed") }
    var timeout = timeval(tv_sec: seconds, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      close(fd)
      throw TestError("connect failed")
    }
  }

  deinit { close(fd) }

  /// Sends bytes; false once the server has closed the connection.
  @discardableResult
  func send(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if n <= 0 { return false }
      offset += n
    }
    return true
  }

  @discardableResult
  func send(_ text: String) -> Bool { send(Array(text.utf8)) }

  /// Reads until the peer closes, the timeout passes, or `enough` says the bytes so far suffice.
  func receive(until enough: (String) -> Bool = { _ in false }) -> String {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n <= 0 { break }
      received += buffer[0..<n]
      if enough(String(decoding: received, as: UTF8.self)) { break }
    }
    return String(decoding: received, as: UTF8.self)
  }

  /// True when the server closed the connection (a read returns end of file) within the receive timeout.
  func closedByPeer() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 1024)
    while true {
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n == 0 { return true }
      if n < 0 { return false }
    }
  }
}

/// A whole response read off a raw connection: the status and the body (Content-Length or chunked).
struct RawResponse {
  let status: Int
  let head: String
  let body: String

  init(_ text: String) {
    let parts = text.components(separatedBy: "\r\n\r\n")
    head = parts.first ?? ""
    status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    body = parts.dropFirst().joined(separator: "\r\n\r\n")
  }

  /// A response is complete once its headers and its announced body are in.
  static func complete(_ text: String) -> Bool {
    guard let end = text.range(of: "\r\n\r\n") else { return false }
    let head = text[..<end.lowerBound].lowercased()
    if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
      let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
    {
      return text.utf8.count - text[..<end.upperBound].utf8.count >= length
    }
    return text.hasSuffix("0\r\n\r\n")
  }
}
