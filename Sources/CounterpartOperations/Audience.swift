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
    /// liaison (実務担当), else the next role that answers the hotline; members with a phone
    /// first.
    ///
    /// At headquarters, about headquarters' own unread items, the hotline officer would
    /// otherwise be told to phone their own division: there it is the member on duty among
    /// those who have not read them (`waiting`) — the disaster office (県災害対策本部・防災局),
    /// which keeps the duty desk, else the promotion division (市町振興課) — and never
    /// `caller`, the member asking. When none of them has a phone, another headquarters
    /// member with one, in that order.
    public static func contact(
        at municipality: LocalGovernmentCode, in roster: Roster, waiting: Set<MemberID> = [], caller: MemberID? = nil
    ) -> HotlineMember? {
        let members = roster.members.filter { $0.municipality == municipality }
        guard municipality == roster.prefecture else {
            let order: [HotlineRole] = [.liaison, .disasterManager, .personnelManager, .viceMayor]
            return first(of: order, among: members, withPhone: true) ?? first(of: order, among: members)
        }
        let order: [HotlineRole] = [.hqDisaster, .hqPromotion]
        let others = members.filter { $0.id != caller }
        let unread = others.filter { waiting.contains($0.id) }
        return first(of: order, among: unread, withPhone: true) ?? first(of: order, among: others, withPhone: true)
            ?? first(of: order, among: unread) ?? first(of: order, among: others)
    }

    /// The first member of `members` with a role in `order` (in that order), only among those
    /// with a phone when `withPhone`.
    private static func first(of order: [HotlineRole], among members: [HotlineMember], withPhone: Bool = false)
        -> HotlineMember?
    {
        for role in order {
            if let member = members.first(where: { $0.role == role && (!withPhone || $0.phone != nil) }) {
                return member
            }
        }
        return nil
    }
}
