import CounterpartCore

extension IncidentJSON {
    /// The contact sheet (連絡網) as the server's `GET /api/v1/roster/contacts` answers it:
    /// headquarters, then each group's municipalities with their hotline members and supporters.
    /// As in every shape here, a key is never left out (`null` when the roster has no value).
    public struct ContactSheet: Encodable, Sendable {
        /// A hotline member with the ways to reach them.
        public struct ContactMember: Codable, Equatable, Sendable {
            public var member: String
            public var name: String
            public var role: String
            public var phone: String?
            public var email: String?

            /// `member` as the roster has them.
            public init(_ member: HotlineMember) {
                self.member = member.id.rawValue
                name = member.name
                role = member.role.rawValue
                phone = member.phone
                email = member.email
            }
        }

        /// One municipality of a group: its members and, when a pairing names them, its supporters.
        public struct Entry: Encodable, Sendable {
            public var municipality: Municipality
            public var members: [ContactMember]
            /// The primary supporter as `松山市 382019`.
            public var primary: String?
            /// The secondary supporters, labelled as `primary` is.
            public var secondaries: [String]

            /// `entry` of the sheet.
            public init(_ entry: CounterpartReports.ContactSheet.Entry) {
                municipality = Municipality(code: entry.municipality.code, name: entry.municipality.name)
                members = entry.members.map(ContactMember.init)
                primary = entry.primary
                secondaries = entry.secondaries
            }
        }

        /// One counterpart group and its municipalities, in code order.
        public struct Group: Encodable, Sendable {
            public var id: String
            public var name: String
            public var entries: [Entry]

            /// `group` of the sheet.
            public init(_ group: CounterpartReports.ContactSheet.Group) {
                id = group.id.rawValue
                name = group.name
                entries = group.entries.map(Entry.init)
            }
        }

        public var prefecture: String
        public var effective: String
        public var headquarters: [ContactMember]
        public var groups: [Group]

        /// `sheet`, in the order its text and HTML forms print it.
        public init(_ sheet: CounterpartReports.ContactSheet) {
            prefecture = sheet.prefecture.description
            effective = sheet.effective.description
            headquarters = sheet.headquarters.map(ContactMember.init)
            groups = sheet.groups.map(Group.init)
        }
    }
}

extension IncidentJSON.Municipality {
    /// `code` with the name the roster gives it.
    init(code: LocalGovernmentCode, name: String) {
        self.code = code.description
        self.name = name
    }
}
