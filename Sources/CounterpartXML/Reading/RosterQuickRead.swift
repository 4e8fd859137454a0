import CounterpartCore

/// One fast pass over a roster file: libxml2's SAX2 parser, the schema's rules checked by
/// ``RosterShape`` and the roster built by ``RosterBuilder``, all as the file streams past.
final class RosterQuickRead: SAXConsumer {
    private var shape = RosterShape()
    private let builder = RosterBuilder()
    private var isSure = true
    private let handOver: (StaffPerson) -> Void

    private init(handOver: @escaping (StaffPerson) -> Void) {
        self.handOver = handOver
    }

    /// The builder of the file at `path` when the pass read it to its end and is sure it
    /// follows the schema; `nil` otherwise, and the file must be read the careful way.
    /// The builder may still hold Counterpart's own problems (a check digit, say).
    /// Each person is handed to `handOver` as soon as their element ends, also when the
    /// pass gives up later.
    static func read(path: String, handOver: @escaping (StaffPerson) -> Void = { _ in }) -> RosterBuilder? {
        guard let file = try? InputFile(path: path) else { return nil }
        let pass = RosterQuickRead(handOver: handOver)
        let ending = SAXStream(consumer: pass).run(file: file, url: path)
        guard ending == .complete, pass.isSure, !pass.builder.problems.hasSchemaCheckedEntries else { return nil }
        return pass.builder
    }

    func start(_ tag: SAXStartTag, ordinal: Int) -> Bool {
        guard shape.start(tag) else { return giveUp() }
        builder.visit(tag, ordinal: ordinal)
        return true
    }

    func end() {
        if shape.end() == .person, let person = builder.lastPerson {
            handOver(person)
        }
    }

    func characters(_ bytes: UnsafeRawBufferPointer) -> Bool {
        shape.characters(bytes) || giveUp()
    }

    func unusualContent() {
        isSure = false
    }

    private func giveUp() -> Bool {
        isSure = false
        return false
    }
}
