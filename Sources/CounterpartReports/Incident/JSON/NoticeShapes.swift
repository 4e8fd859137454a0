import CounterpartCore
import CounterpartOperations

extension IncidentJSON {
    /// A hotline member, as far as the roster knows them.
    public struct Member: Codable, Equatable, Sendable {
        public var member: String
        public var name: String?
        public var role: String?
        public var phone: String?

        /// Member `id`, named from `names`.
        public init(_ id: MemberID, names: RosterNames) {
            let found = names.member(id)
            member = id.rawValue
            name = found?.name
            role = found?.role.rawValue
            phone = found?.phone
        }
    }

    /// One municipality of the follow-up list: whom to call and what is unread.
    public struct FollowupGroup: Codable, Equatable, Sendable {
        /// One unread item.
        public struct Item: Codable, Equatable, Sendable {
            public var item: String
            public var since: String
            public var subject: String
            public var waiting: [Member]
            /// The incident the item belongs to (`null` for a notice to all).
            public var incident: String?
            /// Whether that incident is a drill (訓練).
            public var drill: Bool
        }

        public var municipality: Municipality
        public var call: Member?
        public var items: [Item]

        /// `group`, named from `names`.
        public init(_ group: CounterpartOperations.FollowupGroup, names: RosterNames) {
            municipality = Municipality(group.municipality, names: names)
            call = group.contact.map { Member($0.id, names: names) }
            items = group.items.map { item in
                Item(
                    item: item.item.description, since: item.since.description, subject: item.subject,
                    waiting: item.waiting.map { Member($0, names: names) }, incident: item.incident?.description,
                    drill: item.isDrill)
            }
        }
    }

    /// A shortfall to escalate.
    public struct Shortfall: Codable, Equatable, Sendable {
        public var period: Int
        public var request: String
        public var category: String
        public var missing: Int
        public var reason: String

        /// `shortfall` as recorded.
        public init(_ shortfall: RecordedShortfall) {
            period = shortfall.period
            request = shortfall.request.description
            category = shortfall.category.rawValue
            missing = shortfall.missing
            reason = shortfall.reason
        }
    }

    /// One line of the permanent record.
    public struct Event: Codable, Equatable, Sendable {
        public var at: String
        public var by: String
        public var subject: String
        public var text: String
        /// The remote address the change came from; the key is left out when there is none
        /// (changes made at the command line).
        public var origin: String?

        /// `event` as recorded.
        public init(_ event: OperationsEvent) {
            at = event.stamp.time.description
            by = event.stamp.actor
            subject = event.subject
            text = event.text
            origin = event.origin
        }

        private enum Keys: String, CodingKey { case at, by, subject, text, origin }

        /// `at`, `by`, `subject`, `text`, then `origin` only when there is one.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(at, forKey: .at)
            try container.encode(by, forKey: .by)
            try container.encode(subject, forKey: .subject)
            try container.encode(text, forKey: .text)
            if let origin { try container.encode(origin, forKey: .origin) }
        }
    }

    /// A notice.
    public struct Notice: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var body: String
        public var group: String?
        public var incident: String?
        public var posted: Stamp
        public var audience: Int

        /// `notice` as posted.
        public init(_ notice: CounterpartOperations.Notice) {
            id = notice.id.description
            title = notice.title
            body = notice.body
            group = notice.group?.rawValue
            incident = notice.incident?.description
            posted = Stamp(notice.posted)
            audience = notice.audience
        }
    }

    /// A notice as it stands (`notice list`, `notice show`, the situation report): the
    /// notice's keys, then who has acknowledged it (when, recorded by whom) and who not yet.
    public struct NoticeRecord: Encodable, Sendable {
        /// One acknowledgement given.
        public struct Acknowledged: Codable, Equatable, Sendable {
            public var member: Member
            public var at: String
            public var by: String
        }

        public var notice: Notice
        public var acknowledged: [Acknowledged]
        public var waiting: [Member]

        /// `record`, named from `names`.
        public init(_ record: CounterpartOperations.NoticeRecord, names: RosterNames) {
            notice = Notice(record.notice)
            acknowledged = record.readers.compactMap { reader in
                reader.acknowledged.map { stamp in
                    Acknowledged(
                        member: Member(reader.member, names: names), at: stamp.time.description, by: stamp.actor)
                }
            }
            waiting = record.waiting.map { Member($0, names: names) }
        }

        private enum Keys: String, CodingKey { case acknowledged, waiting }

        /// The notice's keys, then `acknowledged` and `waiting`.
        public func encode(to encoder: any Encoder) throws {
            try notice.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(acknowledged, forKey: .acknowledged)
            try container.encode(waiting, forKey: .waiting)
        }
    }

    /// What an acknowledgement did.
    public struct Acknowledgement: Codable, Equatable, Sendable {
        public var item: String
        public var member: String
        public var acknowledgedAt: String
        public var alreadyAcknowledged: Bool

        /// `member`'s acknowledgement of `item` at `time`; `isNew` when recorded now.
        public init(item: RecordID, member: String, at time: Timestamp, isNew: Bool) {
            self.item = item.description
            self.member = member
            acknowledgedAt = time.description
            alreadyAcknowledged = !isNew
        }

        /// What acknowledging one item did for `member`.
        public init(_ done: IncidentDesk.Acknowledgements.Outcome, member: MemberID) {
            switch done.outcome {
            case .recorded(let now): self.init(item: done.item, member: member.rawValue, at: now, isNew: true)
            case .already(let earlier): self.init(item: done.item, member: member.rawValue, at: earlier, isNew: false)
            }
        }
    }
}

extension IncidentJSON {
    /// A person marked unavailable.
    public struct Unavailable: Codable, Equatable, Sendable {
        public var id: String
        public var staff: String
        public var staffName: String?
        public var from: String
        public var to: String
        public var reason: String
        public var declared: Stamp
        public var lifted: Stamp?

        /// `entry`, named from `names`.
        public init(_ entry: Unavailability, names: RosterNames) {
            id = entry.id.description
            staff = entry.staff.rawValue
            staffName = names.staffName(entry.staff)
            from = entry.days.from.description
            to = entry.days.to.description
            reason = entry.reason
            declared = Stamp(entry.declared)
            lifted = entry.lifted.map(Stamp.init)
        }
    }
}
