import CounterpartCore

/// A re-notification of one municipality's unread members (再通知): the items they have
/// still not acknowledged, each with who, told again through the channels they already read.
/// Each item is written to the permanent record as one event, which the notification sender
/// reads (``recordedText(municipality:members:)`` and ``parse(_:)`` are that line's one format).
public struct Renotification: Hashable, Sendable {
    /// One unread item and the members re-notified about it.
    public struct Item: Hashable, Sendable {
        public var item: RecordID
        public var subject: String
        public var members: [MemberID]

        /// An item re-notified to `members`.
        public init(item: RecordID, subject: String, members: [MemberID]) {
            self.item = item
            self.subject = subject
            self.members = members
        }
    }

    /// An item left out: it was re-notified to the municipality less than
    /// ``Renotification/interval`` ago.
    public struct Skipped: Hashable, Sendable {
        public var item: RecordID
        /// When it may be re-notified again.
        public var until: Timestamp
    }

    /// The least time between two re-notifications of one item to one municipality.
    public static let interval: Int64 = 10 * 60

    public var incident: Incident.ID
    public var municipality: LocalGovernmentCode
    /// The items re-notified now, in the order they became due.
    public var items: [Item]
    /// The items left out as re-notified too recently.
    public var skipped: [Skipped]
    public var stamp: Stamp

    /// The sentence of the record for one item: `re-notified 382035: m-382035-1, m-382035-2`.
    public static func recordedText(municipality: LocalGovernmentCode, members: [MemberID]) -> String {
        "\(prefix)\(municipality): " + members.map(\.rawValue).joined(separator: ", ")
    }

    /// The municipality and members of a recorded re-notification; `nil` for any other sentence.
    public static func parse(_ text: String) -> (municipality: LocalGovernmentCode, members: [MemberID])? {
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":"), let code = try? LocalGovernmentCode(String(rest[..<colon])) else {
            return nil
        }
        let members = rest[rest.index(after: colon)...].split(separator: ",").map {
            MemberID(String($0).trimmingSpaces())
        }.filter { !$0.rawValue.isEmpty }
        return (code, members)
    }

    private static let prefix = "re-notified "
}
