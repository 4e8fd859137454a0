import ArgumentParser
import CounterpartCore
import CounterpartOperations
import CounterpartReports
import Foundation

/// `counterpart ack ITEM... --member ID-OR-NAME`: a hotline member has read requests, plan
/// versions or notices.
struct AckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Record that a hotline member has read requests (R12), plan versions (P3) or notices (N2).",
        discussion: """
            Several items are recorded at once, all or none (ack R1 P2 N3 --member …). The member is given by \
            id or by name as in the roster (宇和島 花子); a name several members share is refused with their ids.
            """)

    @OptionGroup var options: OperationsOptions
    @Argument(help: "The items: R12, P3 or N2.") var items: [String]
    @Option(help: "The member's id or name, as in the roster (see 'counterpart roster contacts').") var member: String

    func validate() throws {
        guard !items.isEmpty else { throw ValidationError("name the items to acknowledge: R12, P3 or N2") }
        for item in items {
            guard let id = RecordID(item), [.request, .plan, .notice].contains(id.kind) else {
                throw ValidationError(
                    "'\(item)' is not an item to acknowledge; items look like R12 (request), P3 (plan version) or N2 (notice)"
                )
            }
        }
    }

    func run() async throws {
        let session = try options.session()
        let ids = items.compactMap { RecordID($0) }
        let done = try await session.run { desk throws(OperationsError) in
            try await desk.acknowledge(ids, member: member, by: options.actor)
        }
        let lookup = try await session.names()
        let shapes = done.outcomes.map { IncidentJSON.Acknowledgement($0, member: done.member) }
        let label =
            done.member.rawValue == member.trimmingCharacters(in: .whitespaces)
            ? done.member.rawValue : lookup.member(done.member).map { "\($0.name) (\(done.member))" } ?? member
        let text = IncidentText(names: lookup).acknowledgements(done, by: label)
        if shapes.count == 1 {
            options.print(json: shapes[0], text: text)
        } else {
            options.print(json: shapes, text: text)
        }
    }
}

/// `counterpart followup [--incident ID] [--real-only]`: what is unread, and whom to phone.
struct FollowupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract:
            "List what is unacknowledged, longest-waiting first, by municipality, with the person to phone there.",
        discussion: """
            The person to phone is the municipality's liaison (実務担当), else the next role on the hotline; \
            for headquarters' own items, the member on duty who has not read them (the disaster office first). \
            Without --incident: every open incident and notice. Drills are listed, their items marked 訓練, \
            unless --real-only.
            """)

    @OptionGroup var options: OperationsOptions
    @Option(help: "Only this incident (I1 or 1).") var incident: RecordArgument<Incident>?
    @Flag(help: "Leave drills (訓練) out.") var realOnly = false

    func run() async throws {
        let session = try options.session()
        let id = incident?.id
        let groups = try await session.run { desk throws(OperationsError) in
            try await desk.followup(incident: id, includesDrills: !realOnly, caller: options.actor)
        }
        let lookup = try await session.names()
        options.print(
            json: groups.map { IncidentJSON.FollowupGroup($0, names: lookup) },
            text: IncidentText(names: lookup).followup(groups, language: CommandLanguage.current))
    }
}
