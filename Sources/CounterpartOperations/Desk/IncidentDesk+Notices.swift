import CounterpartCore
import CounterpartStorage

extension IncidentDesk {
    /// Posts a notice to every member, or to group `group` (and headquarters); each must
    /// acknowledge it. A notice about an incident goes only to those of them concerned with
    /// it: for the others the incident does not exist.
    public func postNotice(
        title: String, body: String, group: GroupID?, incident: Incident.ID?,
        by actor: Agent
    ) async throws(OperationsError) -> Notice {
        let stamp = stamp(by: actor)
        return try await writing { rows in
            let roster = try Self.requireRoster(rows)
            let about = try incident.map { id in try Self.requireOpen(rows, id) }
            guard !title.allSatisfy(\.isWhitespace) else {
                throw OperationsError.invalid([
                    Problem(field: "title", rule: "required", message: "the notice needs a title")
                ])
            }
            var audience: [HotlineMember]
            if let group {
                guard let members = Audience.group(group, in: roster) else {
                    throw OperationsError.unknownGroup(group.rawValue)
                }
                audience = members
            } else {
                audience = Audience.everyone(in: roster)
            }
            if let about {
                let concerned = Set(Audience.concerned(with: about.affected, in: roster).map(\.id))
                audience = audience.filter { concerned.contains($0.id) }
            }
            let id = Notice.ID(
                try rows.insertNotice(
                    NoticeRow(
                        id: 0, incident: incident?.number, group: group?.rawValue, title: title,
                        body: body, postedAt: stamp.time.description, postedBy: stamp.actor)))
            let subject = "notice \(id)\(group.map { " to group \($0)" } ?? " to all"): \(title)"
            try Self.requireAcknowledgement(
                rows, item: id.recordID, incident: incident, subject: subject, members: audience, since: stamp.time)
            try Self.record(
                rows, incident: incident, subject: id.description, "posted " + subject, kind: .noticePosted,
                stamp: stamp)
            return Notice(
                id: id, title: title, body: body, group: group, incident: incident, posted: stamp,
                audience: audience.count)
        }
    }

    /// The notices of incident `incident`, or every notice (of every incident and of none)
    /// when `nil`, oldest first, each with who has acknowledged it.
    /// - Throws: ``OperationsError/unknown(_:)`` for an incident that does not exist.
    public func notices(incident: Incident.ID?) async throws(OperationsError) -> [NoticeRecord] {
        try await reading { rows in try Self.notices(rows, incident: incident) }
    }

    /// Notice `id`, with who has acknowledged it.
    /// - Throws: ``OperationsError/unknown(_:)`` when there is no such notice.
    public func notice(_ id: Notice.ID) async throws(OperationsError) -> NoticeRecord {
        try await reading { rows in
            guard let row = try rows.notice(id.number) else { throw OperationsError.unknown(id.recordID) }
            return try Self.noticeRecord(rows, row)
        }
    }

    static func notices(_ rows: any StorageReading, incident: Incident.ID?) throws -> [NoticeRecord] {
        if let incident { _ = try Self.incident(rows, incident) }
        return try rows.notices().filter { incident == nil || $0.incident == incident?.number }.map { row in
            try Self.noticeRecord(rows, row)
        }
    }

    static func noticeRecord(_ rows: any StorageReading, _ row: NoticeRow) throws -> NoticeRecord {
        let item = RecordID(.notice, row.id).description
        let readers = try rows.acknowledgements(item: item).map { due throws(OperationsError) in
            let place = "acknowledgement of \(item) by \(due.member)"
            return NoticeRecord.Reader(
                member: MemberID(due.member), municipality: try StoredRows.code(due.municipality, place),
                acknowledged: try due.acknowledgedAt.map { at throws(OperationsError) in
                    Stamp(time: try StoredRows.time(at, place), actor: due.acknowledgedBy ?? "")
                })
        }
        return NoticeRecord(notice: try StoredRows.notice(row, audience: readers.count), readers: readers)
    }
}
