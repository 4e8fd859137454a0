import CounterpartCore

/// Where the people of a roster file go while it is being read
/// (``RosterReader/read(path:handingOver:)``).
public struct PersonHandover {
    /// Called with each person, in file order, as soon as their element has been read.
    public var person: (StaffPerson) -> Void
    /// Called once, after the last person, when the whole file has been read; its checks
    /// (unique ids, references) run after this.
    public var fileRead: () -> Void

    public init(person: @escaping (StaffPerson) -> Void, fileRead: @escaping () -> Void) {
        self.person = person
        self.fileRead = fileRead
    }
}

/// Reads roster files: safely, streaming, validated by `roster.xsd`, then checked by
/// ``RosterCheck``.
public enum RosterReader {
    /// Reads the roster file at `path`. Never throws: every problem, including a file that
    /// cannot be opened or is not a roster, comes back as a diagnostic.
    public static func read(path: String) -> RosterReading {
        read(path: path, handingOver: nil)
    }

    /// Reads the roster file at `path` like ``read(path:)``, handing each person over as
    /// soon as their element has been read, so that the caller can store people while the
    /// rest of the file is still being read. People are handed over only by the fast pass,
    /// which may give up part-way (the file is then read again carefully);
    /// ``RosterReading/handedOverEveryPerson`` says whether those handed over are exactly
    /// the roster's people, in order.
    public static func read(path: String, handingOver handOver: PersonHandover) -> RosterReading {
        read(path: path, handingOver: Optional(handOver))
    }

    private static func read(path: String, handingOver handOver: PersonHandover?) -> RosterReading {
        switch DocumentWalk.sniff(path: path) {
        case .failure(let diagnostic):
            return RosterReading(file: path, roster: nil, diagnostics: [diagnostic], sourceMap: RosterSourceMap())
        case .success(let kind) where kind != .roster:
            let diagnostic = Diagnostic(
                file: path, line: 1, message: "this is a \(kind.readableName) file; a roster file was expected",
                japanese: "これは\(kind.japaneseName)のファイルです。名簿のファイルを指定してください。")
            return RosterReading(file: path, roster: nil, diagnostics: [diagnostic], sourceMap: RosterSourceMap())
        case .success:
            return readValidated(path: path, handingOver: handOver)
        }
    }

    /// Reads a file already known to be a roster: in one fast pass when it surely follows
    /// the schema (``RosterQuickRead``), else carefully. The semantic checks run on whatever
    /// could be built, as long as the file was read to its end, so that one run reports
    /// every problem.
    static func readValidated(path: String, handingOver handOver: PersonHandover? = nil) -> RosterReading {
        var handedOver = 0
        let quick = RosterQuickRead.read(path: path) { person in
            handedOver += 1
            handOver?.person(person)
        }
        guard let builder = quick else {
            var reading = readCarefully(path: path)
            reading.warnings = DocumentWalk.warnings(path: path)
            return reading
        }
        handOver?.fileRead()
        var reading = finish(
            builder, walk: DocumentWalk.Outcome(parseDiagnostics: [], schemaDiagnostics: []), path: path)
        reading.handedOverEveryPerson = handOver != nil && handedOver == reading.roster?.staff.count
        reading.warnings = DocumentWalk.warnings(path: path)
        return reading
    }

    /// Reads a roster file through libxml2's schema validation, which gives the messages
    /// for everything the schema rules out.
    static func readCarefully(path: String) -> RosterReading {
        let builder = RosterBuilder()
        let walk = DocumentWalk.walk(path: path, kind: .roster) { builder.visit($0, ordinal: $1) }
        return finish(builder, walk: walk, path: path)
    }

    private static func finish(_ builder: RosterBuilder, walk: DocumentWalk.Outcome, path: String) -> RosterReading {
        var problems = builder.problems
        let roster = builder.roster
        if walk.isComplete, let roster {
            problems.add(
                RosterCheck.problems(in: roster).filter(builder.keeps)
                    .map {
                        .init(
                            element: builder.sourceMap.element(at: $0.location), message: $0.message,
                            japanese: $0.japanese)
                    })
        }
        let diagnostics = DiagnosticPlacement.place(walk: walk, problems: problems, file: path)
        return RosterReading(
            file: path, roster: diagnostics.isEmpty ? roster : nil,
            diagnostics: diagnostics, sourceMap: builder.sourceMap)
    }
}
