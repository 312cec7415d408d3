/// One record of a CSV line without its line ending (`LineSplitter` drops it): fields split at commas, a field in
/// double quotes may hold commas and doubled quotes (RFC 4180).
enum CSVRecord {
  static func fields(_ line: Substring) -> [Substring] {
    guard line.utf8.contains(UInt8(ascii: "\"")) else {
      return line.split(separator: ",", omittingEmptySubsequences: false)
    }
    var fields: [Substring] = []
    var field = ""
    var quoted = false
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if quoted {
        if character == "\"" {
          let next = line.index(after: index)
          if next < line.endIndex, line[next] == "\"" {
            field.append("\"")
            index = next
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        fields.append(Substring(field))
        field = ""
      } else {
        field.append(character)
      }
      index = line.index(after: index)
    }
    fields.append(Substring(field))
    return fields
  }
}
