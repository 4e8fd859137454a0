/// The tables of incident operations (migration v2). Requests and assignments change state
/// in place; every change is also written to `event`, which can never be altered or
/// deleted, nor can plan versions: the record of an incident is permanent.
enum OperationsTables {
    static let sql = """
        CREATE TABLE incident (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (name <> ''),
            start TEXT NOT NULL CHECK (length(start) = 10),
            rotation_days INTEGER NOT NULL CHECK (rotation_days >= 1),
            is_drill INTEGER NOT NULL CHECK (is_drill IN (0, 1)),
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            closed_at TEXT,
            closed_by TEXT
        );
        CREATE TABLE incident_affected (
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            position INTEGER NOT NULL,
            code TEXT NOT NULL CHECK (length(code) = 6),
            PRIMARY KEY (incident_id, position),
            UNIQUE (incident_id, code)
        );
        CREATE TABLE request (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            municipality TEXT NOT NULL CHECK (length(municipality) = 6),
            category TEXT NOT NULL,
            headcount INTEGER NOT NULL CHECK (headcount >= 1),
            day_from TEXT NOT NULL CHECK (length(day_from) = 10),
            day_to TEXT NOT NULL CHECK (length(day_to) = 10 AND day_from <= day_to),
            priority TEXT NOT NULL CHECK (priority IN ('critical', 'high', 'normal')),
            note TEXT,
            is_cancelled INTEGER NOT NULL DEFAULT 0 CHECK (is_cancelled IN (0, 1)),
            filed_at TEXT NOT NULL,
            filed_by TEXT NOT NULL
        );
        CREATE INDEX request_incident ON request(incident_id);
        CREATE TABLE plan_version (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            roster_revision INTEGER NOT NULL REFERENCES revision(id),
            plan_json TEXT NOT NULL,
            missing INTEGER NOT NULL CHECK (missing >= 0),
            made_at TEXT NOT NULL,
            made_by TEXT NOT NULL,
            UNIQUE (incident_id, number)
        );
        CREATE TABLE plan_shortfall (
            plan_version_id INTEGER NOT NULL REFERENCES plan_version(id),
            period INTEGER NOT NULL CHECK (period >= 0),
            request_id INTEGER NOT NULL REFERENCES request(id),
            category TEXT NOT NULL,
            missing INTEGER NOT NULL CHECK (missing >= 1),
            reason TEXT NOT NULL,
            PRIMARY KEY (plan_version_id, period, request_id)
        );
        CREATE TABLE assignment (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incident(id),
            request_id INTEGER NOT NULL REFERENCES request(id),
            staff_id TEXT NOT NULL,
            period INTEGER NOT NULL CHECK (period >= 0),
            supplier TEXT NOT NULL CHECK (length(supplier) = 6),
            tier TEXT NOT NULL CHECK (tier IN ('primary', 'secondary', 'group', 'prefecture')),
            distance_km INTEGER NOT NULL CHECK (distance_km >= 0),
            day_from TEXT NOT NULL,
            day_to TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('proposed', 'confirmed', 'declined', 'dispatched', 'returned', 'withdrawn', 'cancelled')),
            reason TEXT,
            proposed_in INTEGER NOT NULL CHECK (proposed_in >= 1)
        );
        CREATE INDEX assignment_incident ON assignment(incident_id, state);
        CREATE TABLE notice (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER REFERENCES incident(id),
            group_id TEXT,
            title TEXT NOT NULL CHECK (title <> ''),
            body TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            posted_by TEXT NOT NULL
        );
        CREATE TABLE acknowledgement (
            item TEXT NOT NULL,
            incident_id INTEGER REFERENCES incident(id),
            member_id TEXT NOT NULL,
            municipality TEXT NOT NULL CHECK (length(municipality) = 6),
            subject TEXT NOT NULL,
            due_since TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_by TEXT,
            PRIMARY KEY (item, member_id)
        );
        CREATE INDEX acknowledgement_pending ON acknowledgement(due_since) WHERE acknowledged_at IS NULL;
        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER REFERENCES incident(id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            subject TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX event_incident ON event(incident_id, id);
        CREATE TRIGGER event_is_permanent_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'the event record is permanent'); END;
        CREATE TRIGGER event_is_permanent_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'the event record is permanent'); END;
        CREATE TRIGGER plan_version_is_permanent_update BEFORE UPDATE ON plan_version
            BEGIN SELECT RAISE(ABORT, 'plan versions are permanent'); END;
        CREATE TRIGGER plan_version_is_permanent_delete BEFORE DELETE ON plan_version
            BEGIN SELECT RAISE(ABORT, 'plan versions are permanent'); END;
        """
}
