/// Where a PostgreSQL database is: `postgres://USER[:PASSWORD]@HOST[:PORT][,HOST[:PORT]…]/DATABASE`.
/// Several hosts are a primary and its standbys: a connection goes to the first that accepts
/// writes, so that after a failover the promoted standby is found without a restart.
/// The password may also come from `PGPASSWORD`; it is never part of ``description``.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public struct Host: Sendable, Hashable {
        public var name: String
        public var port: Int
    }

    public var user: String
    public var password: String?
    public var hosts: [Host]
    public var database: String

    /// Whether `text` names a PostgreSQL database rather than a file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The address in `text`, or `nil` when it is not one (``isAddress(_:)`` says whether it
    /// was meant as one).
    public init?(_ text: String, environmentPassword: String? = nil) {
        guard let scheme = text.range(of: "://"), Self.isAddress(text) else { return nil }
        var rest = Substring(text[scheme.upperBound...])
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let database = String(rest[rest.index(after: slash)...])
        var authority = rest[..<slash]
        var user = "postgres"
        var password = environmentPassword
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            authority = authority[authority.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = String(credentials[..<colon])
                password = String(credentials[credentials.index(after: colon)...]).removingPercentEncodingIfValid
            } else {
                user = String(credentials)
            }
        }
        var hosts: [Host] = []
        for part in authority.split(separator: ",", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var port = 5432
            if let colon = part.lastIndex(of: ":") {
                guard let number = Int(part[part.index(after: colon)...]), (1...65535).contains(number) else {
                    return nil
                }
                port = number
                name = part[..<colon]
            }
            guard !name.isEmpty else { return nil }
            hosts.append(Host(name: String(name), port: port))
        }
        guard !hosts.isEmpty, !user.isEmpty, !database.isEmpty, !database.contains("/") else { return nil }
        self.user = user
        self.password = password
        self.hosts = hosts
        self.database = database
    }

    /// The address without its password.
    public var description: String {
        "postgres://\(user)@" + hosts.map { "\($0.name):\($0.port)" }.joined(separator: ",") + "/\(database)"
    }
}

extension String {
    /// The text with `%XX` escapes decoded; unchanged when they are not valid UTF-8.
    fileprivate var removingPercentEncodingIfValid: String {
        var bytes: [UInt8] = []
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), let high = utf8.index(index, offsetBy: 1, limitedBy: utf8.endIndex),
                let low = utf8.index(index, offsetBy: 2, limitedBy: utf8.endIndex), low != utf8.endIndex,
                let value = UInt8(String(decoding: [utf8[high], utf8[low]], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index = utf8.index(after: low)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
