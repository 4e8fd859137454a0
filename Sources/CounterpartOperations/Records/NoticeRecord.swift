import CounterpartCore

/// A notice as it stands: what was posted, and who of those who must acknowledge it has.
public struct NoticeRecord: Hashable, Sendable {
    /// One member who must acknowledge the notice.
    public struct Reader: Hashable, Sendable {
        /// The member.
        public var member: MemberID
        /// The member's municipality (or the prefecture), as when the notice was posted.
        public var municipality: LocalGovernmentCode
        /// When and by whom the acknowledgement was recorded; `nil` while it is awaited.
        public var acknowledged: Stamp?

        /// A reader.
        public init(member: MemberID, municipality: LocalGovernmentCode, acknowledged: Stamp?) {
            self.member = member
            self.municipality = municipality
            self.acknowledged = acknowledged
        }
    }

    /// The notice.
    public var notice: Notice
    /// Everyone who must acknowledge it, in the order they were asked to.
    public var readers: [Reader]

    /// A notice and its readers.
    public init(notice: Notice, readers: [Reader]) {
        self.notice = notice
        self.readers = readers
    }

    /// The readers who have acknowledged it.
    public var acknowledged: [Reader] { readers.filter { $0.acknowledged != nil } }

    /// The members who have not acknowledged it yet.
    public var waiting: [MemberID] { readers.filter { $0.acknowledged == nil }.map(\.member) }
}
