import CounterpartCore

/// Who must acknowledge what: the hotline members concerned.
public enum Audience {
    /// For news about requests of `municipalities`: the members of the groups holding their
    /// pairings (every municipality named in those groups' pairings) and headquarters. A
    /// municipality in no pairing brings its own members. In roster order.
    public static func concerned(with municipalities: [LocalGovernmentCode], in roster: Roster) -> [HotlineMember] {
        var codes: Set<LocalGovernmentCode> = [roster.prefecture]
        for code in municipalities {
            if let (group, _) = roster.pairing(forAffected: code) {
                codes.formUnion(group.memberCodes)
            } else {
                codes.insert(code)
            }
        }
        return roster.members.filter { codes.contains($0.municipality) || $0.role.isHeadquarters }
    }

    /// For a notice to group `id`: its members and headquarters; `nil` when no such group.
    public static func group(_ id: GroupID, in roster: Roster) -> [HotlineMember]? {
        guard let group = roster.groups.first(where: { $0.id == id }) else { return nil }
        let codes = Set(group.memberCodes + [roster.prefecture])
        return roster.members.filter { codes.contains($0.municipality) || $0.role.isHeadquarters }
    }

    /// For a notice to all: every member.
    public static func everyone(in roster: Roster) -> [HotlineMember] { roster.members }

    /// The person to phone at `municipality` about what its members have not read: the
    /// liaison (実務担当), else the next role that answers the hotline; at headquarters the
    /// promotion division (市町振興課), else the disaster office. Members with a phone first.
    public static func contact(at municipality: LocalGovernmentCode, in roster: Roster) -> HotlineMember? {
        let order: [HotlineRole] =
            municipality == roster.prefecture
            ? [.hqPromotion, .hqDisaster]
            : [.liaison, .disasterManager, .personnelManager, .viceMayor]
        let members = roster.members.filter { $0.municipality == municipality }
        for requirePhone in [true, false] {
            for role in order {
                if let member = members.first(where: { $0.role == role && (!requirePhone || $0.phone != nil) }) {
                    return member
                }
            }
        }
        return nil
    }
}
