import GRDB

/// The catalog's tables, as numbered migrations: an archive opened by a newer program is brought forward in place.
enum CatalogSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE objects(
                        hash TEXT PRIMARY KEY,
                        size INTEGER NOT NULL,
                        media_type TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        verified_at TEXT,
                        fixity TEXT);
                    CREATE TABLE events(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        type TEXT NOT NULL,
                        at TEXT NOT NULL,
                        agent TEXT NOT NULL,
                        operator TEXT,
                        outcome TEXT NOT NULL,
                        detail TEXT NOT NULL,
                        file_id TEXT,
                        document TEXT,
                        page INTEGER,
                        object_hash TEXT);
                    CREATE INDEX events_file ON events(file_id, id);
                    CREATE TABLE batches(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        inbox TEXT NOT NULL,
                        pipeline TEXT NOT NULL,
                        pipeline_version INTEGER NOT NULL,
                        workers INTEGER NOT NULL,
                        program TEXT NOT NULL,
                        started_at TEXT NOT NULL,
                        finished_at TEXT,
                        status TEXT NOT NULL DEFAULT 'running',
                        summary_json TEXT);
                    CREATE TABLE inbox_problems(
                        id INTEGER PRIMARY KEY,
                        batch_id INTEGER NOT NULL REFERENCES batches(id),
                        path TEXT NOT NULL,
                        code TEXT NOT NULL,
                        message TEXT NOT NULL,
                        is_failure INTEGER NOT NULL);
                    CREATE TABLE files(
                        id TEXT PRIMARY KEY,
                        first_batch_id INTEGER NOT NULL REFERENCES batches(id),
                        created_at TEXT NOT NULL);
                    CREATE TABLE documents(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        file_id TEXT NOT NULL REFERENCES files(id),
                        name TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        is_current INTEGER NOT NULL,
                        sources_key TEXT NOT NULL,
                        status TEXT NOT NULL,
                        class TEXT,
                        class_probability REAL,
                        created_batch_id INTEGER NOT NULL REFERENCES batches(id),
                        created_at TEXT NOT NULL,
                        UNIQUE(file_id, name, version));
                    CREATE UNIQUE INDEX documents_current ON documents(file_id, name) WHERE is_current = 1;
                    CREATE TABLE batch_documents(
                        batch_id INTEGER NOT NULL REFERENCES batches(id),
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        PRIMARY KEY(batch_id, document_id)) WITHOUT ROWID;
                    CREATE TABLE document_sources(
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        position INTEGER NOT NULL,
                        object_hash TEXT NOT NULL REFERENCES objects(hash),
                        relative_path TEXT NOT NULL,
                        format TEXT,
                        PRIMARY KEY(document_id, position));
                    CREATE TABLE derivations(
                        key TEXT PRIMARY KEY,
                        stage TEXT NOT NULL,
                        result_json TEXT NOT NULL,
                        created_at TEXT NOT NULL);
                    CREATE TABLE derivation_outputs(
                        key TEXT NOT NULL REFERENCES derivations(key),
                        role TEXT NOT NULL,
                        object_hash TEXT NOT NULL REFERENCES objects(hash),
                        PRIMARY KEY(key, role)) WITHOUT ROWID;
                    CREATE TABLE pages(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        number INTEGER NOT NULL,
                        source_object TEXT NOT NULL REFERENCES objects(hash),
                        source_page INTEGER NOT NULL,
                        width INTEGER,
                        height INTEGER,
                        stated_dpi REAL,
                        dpi INTEGER,
                        dpi_source TEXT,
                        status TEXT NOT NULL,
                        error_stage TEXT,
                        error_code TEXT,
                        error_message TEXT,
                        normalise_key TEXT REFERENCES derivations(key),
                        ocr_key TEXT REFERENCES derivations(key),
                        ocr_confidence INTEGER,
                        decode_seconds REAL,
                        normalise_seconds REAL,
                        ocr_seconds REAL,
                        store_seconds REAL,
                        index_seconds REAL,
                        updated_at TEXT NOT NULL,
                        UNIQUE(document_id, number));
                    CREATE INDEX pages_pending ON pages(status) WHERE status = 'pending';
                    CREATE VIRTUAL TABLE page_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                    """)
        }
        // v2: the classify stage's results on documents, identifiers, the review queue, the personal file's roll-up.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE documents ADD COLUMN kind TEXT;
                    ALTER TABLE documents ADD COLUMN review INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE documents ADD COLUMN review_reason TEXT;
                    ALTER TABLE documents ADD COLUMN classify_key TEXT REFERENCES derivations(key);
                    ALTER TABLE documents ADD COLUMN classified_at TEXT;
                    ALTER TABLE files ADD COLUMN holds_asylum INTEGER NOT NULL DEFAULT 0;
                    CREATE TABLE identifiers(
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        kind TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY(document_id, kind, value)) WITHOUT ROWID;
                    CREATE INDEX identifiers_value ON identifiers(kind, value);
                    CREATE INDEX documents_review ON documents(review, classified_at) WHERE review = 1 AND is_current = 1;
                    """)
        }
        // v3: crash containment: what was in hand when a reading process died, counted per page or source file.
        migrator.registerMigration("v3") { db in
            try db.execute(
                sql: """
                    CREATE TABLE abnormal_ends(
                        kind TEXT NOT NULL,
                        ref TEXT NOT NULL,
                        count INTEGER NOT NULL,
                        stage TEXT NOT NULL,
                        cause TEXT NOT NULL,
                        code TEXT NOT NULL,
                        failed INTEGER NOT NULL DEFAULT 0,
                        at TEXT NOT NULL,
                        PRIMARY KEY(kind, ref)) WITHOUT ROWID;
                    """)
        }
        // v4: people's review decisions, kept for good; the class a person decided is marked on the document.
        migrator.registerMigration("v4") { db in
            try db.execute(
                sql: """
                    CREATE TABLE review_decisions(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        file_id TEXT NOT NULL,
                        document TEXT NOT NULL,
                        document_id INTEGER NOT NULL REFERENCES documents(id),
                        class TEXT NOT NULL,
                        kind TEXT,
                        person TEXT NOT NULL,
                        at TEXT NOT NULL,
                        note TEXT,
                        text_key TEXT NOT NULL,
                        model_class TEXT,
                        model_probability REAL);
                    CREATE INDEX review_decisions_document ON review_decisions(file_id, document, id);
                    ALTER TABLE documents ADD COLUMN decided_by TEXT;
                    """)
        }
        // v5: what people did about pages without text (a rescan asked for, or the text typed in), and who.
        migrator.registerMigration("v5") { db in
            try db.execute(
                sql: """
                    ALTER TABLE pages ADD COLUMN mark TEXT;
                    ALTER TABLE pages ADD COLUMN marked_by TEXT;
                    """)
        }
        return migrator
    }
}
