import Foundation

/// A plain-text e-mail in Japanese as SMTP's DATA carries it (RFC 5322, RFC 2045–2047):
/// headers with UTF-8 encoded words, the body UTF-8 in base64, lines of at most 76 characters,
/// CRLF line ends, and lines starting with a dot doubled (RFC 5321 §4.5.2).
public struct MailMessage: Hashable, Sendable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String
    /// `Message-ID`: the same for every try of one outbox message, so a repeat can be told.
    public var messageID: String
    public var date: Date

    public init(from: String, to: String, subject: String, body: String, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
    }

    /// The message's text for DATA, dot-stuffed, without the final `.` line.
    public var data: String {
        var lines = [
            "From: \(Self.encodedWords("カウンターパート ホットライン")) <\(from)>",
            "To: <\(to)>",
            "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.dateText(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let encoded = Data(
            body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8
        )
        .base64EncodedString()
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return Self.dotStuffed(lines).joined(separator: "\r\n") + "\r\n"
    }

    /// `text` as RFC 2047 encoded words (`=?UTF-8?B?…?=`), each at most 75 characters and
    /// holding whole characters, folded onto continuation lines; plain ASCII stays as it is.
    public static func encodedWords(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 32 }) else { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// The words of encoded-word text decoded (for tests and the stand-in).
    public static func decodedWords(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
                let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))
            else { return String(word) }
            return String(decoding: data, as: UTF8.self)
        }.joined()
    }

    /// Lines starting with `.` get another one in front.
    public static func dotStuffed(_ lines: [String]) -> [String] {
        lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }
    }

    /// An RFC 5322 date, in Japan's time.
    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 9 * 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
