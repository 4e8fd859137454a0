import CounterpartCore
import CounterpartOperations

/// Who is told what, where: the acknowledgement audience of the operations layer turned into
/// rooms and addresses of the configuration. Pure.
///
/// - a request goes to the room of the group holding its municipality's pairing (the room of
///   all members for a municipality in no pairing), and headquarters' own room if it keeps one;
/// - a plan version goes to the rooms of the groups holding the affected municipalities' pairings;
/// - a notice goes to its group's room; without a group, to those rooms of its incident, or
///   to the room of all members;
/// - a re-notification goes to each unread member with a LINE WORKS id as a direct message,
///   and to the item's rooms (those of the municipality's groups among them) naming the others.
///
/// E-mail goes to the addresses of every municipality in the item's audience that wants it.
/// Without LINE WORKS (or e-mail) configured, nothing is queued for it.
public struct NotificationRouter: Sendable {
    public var configuration: NotificationConfiguration
    public var roster: Roster

    public init(configuration: NotificationConfiguration, roster: Roster) {
        self.configuration = configuration
        self.roster = roster
    }

    /// News from the record, with what the messages need.
    public enum News: Sendable {
        case request(IncidentRequest, Incident)
        case plan(PlanVersionID, OperationsEvent, Incident)
        case notice(Notice, Incident?)
        /// Members of `municipality` who have not read `item` of `about` (the news of the item).
        indirect case renotification(
            event: Int, municipality: LocalGovernmentCode, members: [MemberID], about: News)
    }

    /// The messages of `news`, rooms first, then direct messages, then e-mail.
    public func messages(_ news: News) -> [NotificationMessage] {
        guard let (item, incident) = Self.item(of: news) else { return [] }
        guard case .renotification(_, let municipality, let members, let about) = news else {
            let text = text(of: news)
            let rooms = configuration.lineWorks == nil ? [] : rooms(of: news)
            return rooms.map { lineWorks(.lineWorksRoom, $0, text, item, incident) }
                + emails(audience(of: news), text, item, incident)
        }
        guard let incidentValue = Self.incident(of: about) else { return [] }
        let hasLineWorks = configuration.lineWorks != nil
        let users = hasLineWorks ? Array(Set(members.compactMap { configuration.members[$0.rawValue] })).sorted() : []
        let others = members.filter { !hasLineWorks || configuration.members[$0.rawValue] == nil }
        let names = others.map { id in roster.members.first { $0.id == id }?.name ?? id.rawValue }
        let rooms = others.isEmpty || !hasLineWorks ? [] : roomsOfMunicipality(municipality, among: rooms(of: news))
        let aboutSubject = self.text(of: about).subject
        func renotificationText(naming names: [String]?) -> NotificationText.Text {
            NotificationText.renotification(
                item: item, about: aboutSubject, municipality: municipality, names: names, incident: incidentValue,
                roster: roster, board: configuration.board)
        }
        return rooms.map { lineWorks(.lineWorksRoom, $0, renotificationText(naming: names), item, incident) }
            + users.map { lineWorks(.lineWorksUser, $0, renotificationText(naming: nil), item, incident) }
            + emails([municipality], renotificationText(naming: names), item, incident)
    }

    /// The text of news of an item (not of a re-notification).
    func text(of news: News) -> NotificationText.Text {
        let board = configuration.board
        switch news {
        case .request(let request, let about):
            return NotificationText.request(request, incident: about, roster: roster, board: board)
        case .plan(let id, let event, let about):
            return NotificationText.plan(id, event: event, incident: about, board: board)
        case .notice(let notice, let about):
            return NotificationText.notice(notice, incident: about, board: board)
        case .renotification(_, _, _, let about):
            return text(of: about)
        }
    }

    /// The item a news is about, and its incident.
    static func item(of news: News) -> (RecordID, Incident.ID?)? {
        switch news {
        case .request(let request, let about): return (request.id.recordID, about.id)
        case .plan(let id, _, let about): return (id.recordID, about.id)
        case .notice(let notice, let about): return (notice.id.recordID, about?.id)
        case .renotification(_, _, _, let about):
            guard let found = Self.item(of: about), found.1 != nil else { return nil }
            return found
        }
    }

    private func lineWorks(
        _ channel: NotificationMessage.Channel, _ destination: String, _ text: NotificationText.Text,
        _ item: RecordID, _ incident: Incident.ID?
    ) -> NotificationMessage {
        NotificationMessage(
            channel: channel, destination: destination, body: NotificationText.fitted(text.body), item: item,
            incident: incident)
    }

    private func emails(
        _ codes: [LocalGovernmentCode], _ text: NotificationText.Text, _ item: RecordID, _ incident: Incident.ID?
    ) -> [NotificationMessage] {
        guard let email = configuration.email else { return [] }
        var seen: Set<String> = []
        return codes.flatMap { email.municipalities[$0.description] ?? [] }.filter { seen.insert($0).inserted }.map {
            NotificationMessage(
                channel: .email, destination: $0, subject: text.subject, body: text.body, item: item,
                incident: incident)
        }
    }

    /// The rooms an item's news goes to, each once, in the order of the roster's groups.
    func rooms(of news: News) -> [String] {
        var rooms: [String?]
        switch news {
        case .request(let request, _):
            if let (group, _) = roster.pairing(forAffected: request.details.municipality) {
                rooms = [configuration.rooms.groups[group.id.rawValue]]
            } else {
                rooms = [configuration.rooms.all]
            }
            rooms.append(configuration.rooms.headquarters)
        case .plan(_, _, let incident):
            rooms = groupRooms(incident.affected)
        case .notice(let notice, let incident):
            if let group = notice.group {
                rooms = [configuration.rooms.groups[group.rawValue]]
            } else if let incident {
                rooms = groupRooms(incident.affected)
            } else {
                rooms = [configuration.rooms.all]
            }
        case .renotification(_, _, _, let about):
            rooms = self.rooms(of: about).filter { $0 != configuration.rooms.headquarters }
        }
        var seen: Set<String> = []
        return rooms.compactMap { $0 }.filter { seen.insert($0).inserted }
    }

    /// The rooms of the groups holding the pairings of `affected` (the room of all members
    /// for one in no pairing).
    private func groupRooms(_ affected: [LocalGovernmentCode]) -> [String?] {
        let groups = Set(affected.compactMap { roster.pairing(forAffected: $0)?.group.id })
        var rooms = roster.groups.filter { groups.contains($0.id) }.map { configuration.rooms.groups[$0.id.rawValue] }
        if affected.contains(where: { roster.pairing(forAffected: $0) == nil }) {
            rooms.append(configuration.rooms.all)
        }
        return rooms
    }

    /// Of `rooms`, those of groups `municipality` belongs to; all of them when none is.
    private func roomsOfMunicipality(_ municipality: LocalGovernmentCode, among rooms: [String]) -> [String] {
        let own = Set(
            roster.groups.filter { $0.memberCodes.contains(municipality) }.compactMap {
                configuration.rooms.groups[$0.id.rawValue]
            })
        let mine = rooms.filter { own.contains($0) }
        return mine.isEmpty ? rooms : mine
    }

    /// The municipalities whose e-mail addresses hear of `news`: those of its acknowledgement
    /// audience, in roster order.
    func audience(of news: News) -> [LocalGovernmentCode] {
        let members: [HotlineMember]
        switch news {
        case .request(let request, _):
            members = Audience.concerned(with: [request.details.municipality], in: roster)
        case .plan(_, _, let incident):
            members = Audience.concerned(with: incident.affected, in: roster)
        case .notice(let notice, let incident):
            var audience = notice.group.flatMap { Audience.group($0, in: roster) } ?? Audience.everyone(in: roster)
            if let incident {
                let concerned = Set(Audience.concerned(with: incident.affected, in: roster).map(\.id))
                audience = audience.filter { concerned.contains($0.id) }
            }
            members = audience
        case .renotification(_, let municipality, _, _):
            return [municipality]
        }
        var seen: Set<LocalGovernmentCode> = []
        return members.map(\.municipality).filter { seen.insert($0).inserted }
    }

    private static func incident(of news: News) -> Incident? {
        switch news {
        case .request(_, let incident), .plan(_, _, let incident): return incident
        case .notice(_, let incident): return incident
        case .renotification(_, _, _, let about): return incident(of: about)
        }
    }
}
