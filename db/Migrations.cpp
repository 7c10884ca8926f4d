#include "Migrations.h"

#include <QList>

namespace wh::db::Migrations {

namespace {

// Append a new step for every schema change; never edit a step that has shipped.
const char* const kSteps[] = {
    // 1: the event log, projections, outbox and inbox.
    R"sql(
CREATE TABLE events (
    seq               INTEGER PRIMARY KEY,
    event_id          TEXT    NOT NULL UNIQUE,
    type              TEXT    NOT NULL,
    tenant_id         TEXT    NOT NULL,
    aggregate_type    TEXT    NOT NULL,
    aggregate_id      TEXT    NOT NULL,
    aggregate_version INTEGER NOT NULL,
    occurred_at       INTEGER NOT NULL,  -- ms since the epoch, UTC
    payload           TEXT    NOT NULL,  -- compact JSON, the exact bytes hashed
    user_id           TEXT    NOT NULL,
    device_id         TEXT    NOT NULL,
    prev_hash         BLOB    NOT NULL,
    hash              BLOB    NOT NULL,
    UNIQUE (tenant_id, aggregate_type, aggregate_id, aggregate_version)
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;

CREATE TABLE outbox (
    event_seq   INTEGER PRIMARY KEY,  -- events.seq: the order of delivery
    tenant_id   TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    enqueued_at INTEGER NOT NULL
);

CREATE TABLE inbox (
    command_id  TEXT    PRIMARY KEY,
    tenant_id   TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    received_at INTEGER NOT NULL,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('applied', 'refused')),
    error_code  TEXT    NOT NULL DEFAULT '',
    detail      TEXT    NOT NULL DEFAULT '',
    first_seq   INTEGER,
    last_seq    INTEGER
) WITHOUT ROWID;

CREATE TABLE tenants (
    tenant_id     TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    registered_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE skus (
    tenant_id           TEXT    NOT NULL,
    code                TEXT    NOT NULL,
    gtin                TEXT    NOT NULL,
    description         TEXT    NOT NULL,
    unit                TEXT    NOT NULL,
    weight_g            INTEGER NOT NULL,
    length_mm           INTEGER NOT NULL,
    width_mm            INTEGER NOT NULL,
    height_mm           INTEGER NOT NULL,
    low_stock_threshold INTEGER NOT NULL,
    reorder_quantity    INTEGER NOT NULL,
    lot_tracked         INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, code)
) WITHOUT ROWID;
CREATE INDEX skus_by_gtin ON skus (tenant_id, gtin) WHERE gtin <> '';

CREATE TABLE locations (
    code          TEXT    PRIMARY KEY,  -- a location belongs to exactly one tenant
    tenant_id     TEXT    NOT NULL,
    zone          TEXT    NOT NULL,
    type          TEXT    NOT NULL
                  CHECK (type IN ('receiving', 'bulk', 'pick', 'packing', 'shipping', 'quarantine')),
    pick_sequence INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX locations_by_tenant ON locations (tenant_id, code);

CREATE TABLE stock (
    tenant_id   TEXT    NOT NULL,
    sku         TEXT    NOT NULL,
    location    TEXT    NOT NULL,
    lot         TEXT    NOT NULL,  -- '' when the SKU is not lot-tracked
    expiry      TEXT    NOT NULL,  -- ISO date, '' when none
    on_hand     INTEGER NOT NULL,
    reserved    INTEGER NOT NULL,
    available   INTEGER GENERATED ALWAYS AS (on_hand - reserved) VIRTUAL,
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, sku, location, lot),
    CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
) WITHOUT ROWID;
CREATE INDEX stock_by_location ON stock (tenant_id, location);

CREATE TABLE orders (
    tenant_id   TEXT    NOT NULL,
    order_id    TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    value_minor INTEGER NOT NULL,
    item_count  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
) WITHOUT ROWID;
CREATE INDEX orders_by_status ON orders (tenant_id, status);

CREATE TABLE order_lines (
    tenant_id        TEXT    NOT NULL,
    order_id         TEXT    NOT NULL,
    line_no          INTEGER NOT NULL,
    sku              TEXT    NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, order_id, line_no)
) WITHOUT ROWID;

CREATE TABLE reservations (
    tenant_id   TEXT    NOT NULL,
    order_id    TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('active', 'released', 'consumed')),
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
) WITHOUT ROWID;

CREATE TABLE allocations (
    tenant_id TEXT    NOT NULL,
    order_id  TEXT    NOT NULL,
    line_no   INTEGER NOT NULL,
    sku       TEXT    NOT NULL,
    location  TEXT    NOT NULL,
    lot       TEXT    NOT NULL,
    expiry    TEXT    NOT NULL,
    quantity  INTEGER NOT NULL,
    picked    INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, order_id, line_no, location, lot),
    CHECK (quantity > 0 AND picked >= 0 AND picked <= quantity)
) WITHOUT ROWID;

CREATE TABLE shipments (
    tenant_id       TEXT    NOT NULL,
    shipment_id     TEXT    NOT NULL,
    order_id        TEXT    NOT NULL,
    carrier         TEXT    NOT NULL,
    service         TEXT    NOT NULL,
    tracking_number TEXT    NOT NULL,
    shipped_at      INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, shipment_id)
) WITHOUT ROWID;

CREATE TABLE low_stock (
    tenant_id         TEXT    NOT NULL,
    sku               TEXT    NOT NULL,
    flagged           INTEGER NOT NULL,
    available         INTEGER NOT NULL,
    threshold         INTEGER NOT NULL,
    suggested_reorder INTEGER NOT NULL,
    changed_seq       INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, sku)
) WITHOUT ROWID;
)sql",
    // 2: picking - the promised service and date on orders, pick tasks and their lines, totes.
    R"sql(
ALTER TABLE orders ADD COLUMN service TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN promised_date TEXT NOT NULL DEFAULT '';

CREATE TABLE pick_tasks (
    tenant_id   TEXT    NOT NULL,
    task_id     TEXT    NOT NULL,
    strategy    TEXT    NOT NULL CHECK (strategy IN ('single', 'batch', 'zone', 'wave')),
    zone        TEXT    NOT NULL,
    wave_id     TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    promised    TEXT    NOT NULL,  -- the earliest promised date of its orders ('' sorts last as '9999')
    order_count INTEGER NOT NULL,
    open_lines  INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, task_id)
) WITHOUT ROWID;
-- The pick list: unfinished tasks, most urgent first, read a screenful at a time.
CREATE INDEX pick_tasks_open ON pick_tasks (tenant_id, promised, task_id)
    WHERE status IN ('open', 'in_progress');

CREATE TABLE pick_task_lines (
    tenant_id      TEXT    NOT NULL,
    task_id        TEXT    NOT NULL,
    seq_no         INTEGER NOT NULL,
    order_id       TEXT    NOT NULL,
    line_no        INTEGER NOT NULL,
    sku            TEXT    NOT NULL,
    location       TEXT    NOT NULL,
    lot            TEXT    NOT NULL,
    expiry         TEXT    NOT NULL,
    zone           TEXT    NOT NULL,
    pick_sequence  INTEGER NOT NULL,
    quantity       INTEGER NOT NULL,
    picked         INTEGER NOT NULL DEFAULT 0,
    short_quantity INTEGER NOT NULL DEFAULT 0,
    cancelled      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, task_id, seq_no),
    CHECK (quantity > 0 AND picked >= 0 AND short_quantity >= 0 AND cancelled >= 0
           AND picked + short_quantity + cancelled <= quantity)
) WITHOUT ROWID;
CREATE INDEX pick_task_lines_by_allocation ON pick_task_lines (tenant_id, order_id, line_no, location, lot);

CREATE TABLE totes (
    tote      TEXT PRIMARY KEY,  -- a physical tote, shared by the building: one order at a time
    tenant_id TEXT NOT NULL,
    order_id  TEXT NOT NULL,
    task_id   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX totes_by_task ON totes (tenant_id, task_id);

CREATE TABLE put_backs (
    tenant_id     TEXT    NOT NULL,
    order_id      TEXT    NOT NULL,
    sku           TEXT    NOT NULL,
    lot           TEXT    NOT NULL,
    from_location TEXT    NOT NULL,
    expiry        TEXT    NOT NULL,
    quantity      INTEGER NOT NULL,
    put_back      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, order_id, sku, lot, from_location),
    CHECK (put_back >= 0 AND put_back <= quantity)
) WITHOUT ROWID;
)sql",
    // 3: orders that accept a part shipment.
    R"sql(
ALTER TABLE orders ADD COLUMN allow_partial INTEGER NOT NULL DEFAULT 0;
)sql",
    // 4: sync - each outbox row names the tenant's previous cloud-bound event, so the central service sees a
    // gap at once whatever the network did to the order of messages; the last acknowledged event per tenant.
    R"sql(
ALTER TABLE outbox ADD COLUMN prev_seq INTEGER NOT NULL DEFAULT 0;
CREATE TABLE outbox_heads (
    tenant_id  TEXT    PRIMARY KEY,
    last_seq   INTEGER NOT NULL,           -- the tenant's newest cloud-bound event
    acked_seq  INTEGER NOT NULL DEFAULT 0, -- the central service has everything up to here
    acked_at   INTEGER                     -- ms since the epoch, UTC
) WITHOUT ROWID;
CREATE INDEX outbox_by_tenant ON outbox (tenant_id, event_seq);
UPDATE outbox SET prev_seq = coalesce((SELECT max(o.event_seq) FROM outbox o
    WHERE o.tenant_id = outbox.tenant_id AND o.event_seq < outbox.event_seq), 0);
INSERT INTO outbox_heads (tenant_id, last_seq)
    SELECT tenant_id, max(event_seq) FROM outbox GROUP BY tenant_id;
)sql",
    // 5: packing and shipping - ship-to on orders, the shipping master data (carton types, rate cards,
    // tracking ranges with their next number, the warehouse profile), cartons at the packing station and what
    // is in them, shipments with their status, cost and packages. Shipments written before this step were
    // shipped in one go: they count as handed over.
    R"sql(
ALTER TABLE orders ADD COLUMN ship_to TEXT NOT NULL DEFAULT '';

CREATE TABLE carton_types (
    tenant_id        TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    length_mm        INTEGER NOT NULL,
    width_mm         INTEGER NOT NULL,
    height_mm        INTEGER NOT NULL,
    max_weight_g     INTEGER NOT NULL,
    tare_g           INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, code)
) WITHOUT ROWID;

CREATE TABLE rate_cards (
    tenant_id TEXT NOT NULL,
    carrier   TEXT NOT NULL,
    service   TEXT NOT NULL,
    card      TEXT NOT NULL, -- the card as configured (RateCard JSON)
    PRIMARY KEY (tenant_id, carrier, service)
) WITHOUT ROWID;

CREATE TABLE tracking_ranges (
    tenant_id      TEXT    NOT NULL,
    range_id       TEXT    NOT NULL,
    carrier        TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    prefix         TEXT    NOT NULL,
    first_serial   INTEGER NOT NULL,
    last_serial    INTEGER NOT NULL,
    next_serial    INTEGER NOT NULL,
    low_water_mark INTEGER NOT NULL,
    updated_seq    INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, range_id),
    CHECK (first_serial <= next_serial AND next_serial <= last_serial + 1)
) WITHOUT ROWID;

CREATE TABLE warehouse_profiles (
    tenant_id TEXT NOT NULL PRIMARY KEY,
    profile   TEXT NOT NULL -- WarehouseProfile JSON: ship-from address, time zone, holidays
) WITHOUT ROWID;

CREATE TABLE pack_cartons (
    tenant_id      TEXT    NOT NULL,
    carton_id      TEXT    NOT NULL,
    order_id       TEXT    NOT NULL,
    carton_type    TEXT    NOT NULL, -- the Carton JSON as it was when opened
    status         TEXT    NOT NULL CHECK (status IN ('open', 'closed', 'shipped')),
    weight_g       INTEGER NOT NULL DEFAULT 0,
    expected_g     INTEGER NOT NULL DEFAULT 0,
    suggested      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (tenant_id, carton_id)
) WITHOUT ROWID;
CREATE INDEX pack_cartons_by_order ON pack_cartons (tenant_id, order_id);
-- Carton ids are unique on the appliance: a scan of another tenant's carton is told apart from a typo.
CREATE UNIQUE INDEX pack_cartons_by_id ON pack_cartons (carton_id);

CREATE TABLE pack_contents (
    tenant_id TEXT    NOT NULL,
    carton_id TEXT    NOT NULL,
    line_no   INTEGER NOT NULL,
    lot       TEXT    NOT NULL,
    sku       TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (tenant_id, carton_id, line_no, lot)
) WITHOUT ROWID;

CREATE TABLE packing (
    tenant_id  TEXT    NOT NULL,
    order_id   TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('packing', 'packed')),
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, order_id)
) WITHOUT ROWID;

ALTER TABLE shipments ADD COLUMN status TEXT NOT NULL DEFAULT 'confirmed';
ALTER TABLE shipments ADD COLUMN expected_delivery TEXT NOT NULL DEFAULT '';
ALTER TABLE shipments ADD COLUMN cost_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shipments ADD COLUMN confirmed_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX shipments_by_order ON shipments (tenant_id, order_id);

CREATE TABLE shipment_packages (
    tenant_id       TEXT    NOT NULL,
    shipment_id     TEXT    NOT NULL,
    carton_id       TEXT    NOT NULL,
    carton_type     TEXT    NOT NULL,
    tracking_number TEXT    NOT NULL,
    range_id        TEXT    NOT NULL,
    weight_g        INTEGER NOT NULL,
    length_mm       INTEGER NOT NULL,
    width_mm        INTEGER NOT NULL,
    height_mm       INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, shipment_id, carton_id)
) WITHOUT ROWID;
)sql",
    // 6: the numbered command stream - per tenant, every command up to `applied` is done (applied, refused
    // or dead-lettered); each inbox row keeps its number; commands that could not be applied wait in
    // dead_letters with their reason and raw message for a supervisor.
    R"sql(
ALTER TABLE inbox ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
CREATE TABLE inbox_cursor (
    tenant_id  TEXT    PRIMARY KEY,
    applied    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE dead_letters (
    id          INTEGER PRIMARY KEY,
    tenant_id   TEXT    NOT NULL,
    number      INTEGER NOT NULL,
    command_id  TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    topic       TEXT    NOT NULL,
    message     BLOB    NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX dead_letters_by_number ON dead_letters (tenant_id, number);
)sql",
    // 7: the print queue - one row per label to print, per printer, with the printer language bytes. It is
    // operational state like the outbox, not a projection: never rebuilt from the event log, never compared
    // by a rebuild. print_job_audit keeps each operator decision on a job (reprint, confirm, cancel): who,
    // approved by whom, why; append-only like the log.
    R"sql(
CREATE TABLE print_jobs (
    id              INTEGER PRIMARY KEY,
    printer         TEXT    NOT NULL,
    tenant_id       TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    reference       TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE, -- the same key twice is one job: a retry never prints twice
    payload         BLOB    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('pending', 'sending', 'printed', 'failed', 'held',
                                                      'cancelled', 'uncertain')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,        -- ms since the epoch, UTC
    printed_at      INTEGER,
    reprint_of      INTEGER REFERENCES print_jobs (id)
);
-- Each spooler's next job: its printer's oldest pending or held one.
CREATE INDEX print_jobs_waiting ON print_jobs (printer, id) WHERE state IN ('pending', 'held');
CREATE INDEX print_jobs_by_printer ON print_jobs (printer, state);

CREATE TABLE print_job_audit (
    id          INTEGER PRIMARY KEY,
    job_id      INTEGER NOT NULL REFERENCES print_jobs (id),
    new_job_id  INTEGER NOT NULL DEFAULT 0,
    action      TEXT    NOT NULL CHECK (action IN ('reprint', 'confirm_printed', 'cancel')),
    user_id     TEXT    NOT NULL,
    device_id   TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    approved_by TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX print_job_audit_by_job ON print_job_audit (job_id);
CREATE TRIGGER print_job_audit_append_only_update BEFORE UPDATE ON print_job_audit
BEGIN SELECT RAISE(ABORT, 'the print audit is append-only'); END;
CREATE TRIGGER print_job_audit_append_only_delete BEFORE DELETE ON print_job_audit
BEGIN SELECT RAISE(ABORT, 'the print audit is append-only'); END;
)sql",
    // 8: inbound and stock control's master data: what a unit is worth (count variances and scrap are judged
    // by value too), a bin's capacity for putaway, and a pick face's replenishment settings.
    R"sql(
ALTER TABLE skus ADD COLUMN unit_cost_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN max_volume_cm3 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN max_weight_g INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN replenish_sku TEXT NOT NULL DEFAULT '';
ALTER TABLE locations ADD COLUMN min_quantity INTEGER NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN max_quantity INTEGER NOT NULL DEFAULT 0;
CREATE INDEX locations_pick_faces ON locations (tenant_id, replenish_sku) WHERE replenish_sku <> '';
)sql",
    // 9: replenishment - a pick face's refill tasks from bulk and their suggested bulk rows (FEFO).
    R"sql(
CREATE TABLE replenishment_tasks (
    tenant_id   TEXT    NOT NULL,
    task_id     TEXT    NOT NULL,  -- "R<seq>" of the event that created it
    location    TEXT    NOT NULL,  -- the pick face
    sku         TEXT    NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity >= 0),
    wanted      INTEGER NOT NULL,
    moved       INTEGER NOT NULL DEFAULT 0 CHECK (moved >= 0 AND moved <= quantity),
    status      TEXT    NOT NULL
                CHECK (status IN ('open', 'unfillable', 'done', 'replaced', 'not_needed')),
    created_seq INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, task_id)
) WITHOUT ROWID;
-- One open (or unfillable) task per face, held by the schema as well as by the rules.
CREATE UNIQUE INDEX replenishment_active_face ON replenishment_tasks (tenant_id, location)
    WHERE status IN ('open', 'unfillable');

CREATE TABLE replenishment_task_lines (
    tenant_id     TEXT    NOT NULL,
    task_id       TEXT    NOT NULL,
    line_no       INTEGER NOT NULL,
    from_location TEXT    NOT NULL,
    lot           TEXT    NOT NULL,
    expiry        TEXT    NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (tenant_id, task_id, line_no)
) WITHOUT ROWID;
)sql",
    // 10: stock control - cycle counts (tasks, their bins, the counted lines of the current round and the last
    // submitted round's variances), each tenant's count tolerance, RMAs and customer returns.
    R"sql(
CREATE TABLE count_tolerances (
    tenant_id       TEXT    PRIMARY KEY,
    max_units       INTEGER NOT NULL,
    max_value_minor INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE count_tasks (
    tenant_id   TEXT    NOT NULL,
    count_id    TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('counting', 'review', 'posted', 'cancelled')),
    round       INTEGER NOT NULL,
    note        TEXT    NOT NULL,
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, count_id)
) WITHOUT ROWID;

CREATE TABLE count_bins (
    tenant_id TEXT    NOT NULL,
    count_id  TEXT    NOT NULL,
    location  TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    open      INTEGER NOT NULL,  -- 1 while the count is counting or in review: the bin is taken
    PRIMARY KEY (tenant_id, count_id, location)
) WITHOUT ROWID;
CREATE INDEX count_bins_open ON count_bins (tenant_id, location) WHERE open = 1;

CREATE TABLE count_lines (
    tenant_id TEXT    NOT NULL,
    count_id  TEXT    NOT NULL,
    location  TEXT    NOT NULL,
    sku       TEXT    NOT NULL,
    lot       TEXT    NOT NULL,
    expiry    TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity >= 0),
    expected  INTEGER NOT NULL,  -- on hand when counted: the supervisor's side only
    recorded_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, count_id, location, sku, lot)
) WITHOUT ROWID;

CREATE TABLE count_variances (
    tenant_id   TEXT    NOT NULL,
    count_id    TEXT    NOT NULL,
    position    INTEGER NOT NULL,
    location    TEXT    NOT NULL,
    sku         TEXT    NOT NULL,
    lot         TEXT    NOT NULL,
    expiry      TEXT    NOT NULL,
    expected    INTEGER NOT NULL,
    counted     INTEGER NOT NULL,
    variance    INTEGER NOT NULL,
    value_minor INTEGER NOT NULL,
    why         TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, count_id, position)
) WITHOUT ROWID;

CREATE TABLE rmas (
    tenant_id TEXT    NOT NULL,
    rma_id    TEXT    NOT NULL,
    order_id  TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, rma_id)
) WITHOUT ROWID;

CREATE TABLE rma_lines (
    tenant_id TEXT    NOT NULL,
    rma_id    TEXT    NOT NULL,
    sku       TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (tenant_id, rma_id, sku)
) WITHOUT ROWID;

CREATE TABLE customer_returns (
    tenant_id   TEXT    NOT NULL,
    return_id   TEXT    NOT NULL,
    order_id    TEXT    NOT NULL,  -- '' for a return against an RMA
    rma_id      TEXT    NOT NULL,  -- '' for a return against an order
    status      TEXT    NOT NULL CHECK (status IN ('open', 'received')),
    updated_seq INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, return_id)
) WITHOUT ROWID;
CREATE INDEX customer_returns_by_order ON customer_returns (tenant_id, order_id) WHERE order_id <> '';
CREATE INDEX customer_returns_by_rma ON customer_returns (tenant_id, rma_id) WHERE rma_id <> '';

CREATE TABLE return_lines (
    tenant_id   TEXT    NOT NULL,
    return_id   TEXT    NOT NULL,
    seq         INTEGER NOT NULL,  -- the ReturnItemReceived event's
    sku         TEXT    NOT NULL,
    lot         TEXT    NOT NULL,
    expiry      TEXT    NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    disposition TEXT    NOT NULL CHECK (disposition IN ('restock', 'quarantine', 'scrap')),
    location    TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, return_id, seq)
) WITHOUT ROWID;
)sql",
    // 11: receiving and putaway - advance shipping notices and their lines (by pallet), receipts with every scan
    // that is not undone (a crash mid-receipt loses no scan: each is its own action), and the bins of a zone
    // in pick sequence for the putaway suggestion.
    R"sql(
CREATE TABLE asns (
    tenant_id     TEXT    NOT NULL,
    asn_id        TEXT    NOT NULL,
    supplier      TEXT    NOT NULL,
    expected_date TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('open', 'closed')),
    receipt_id    TEXT    NOT NULL DEFAULT '', -- the receipt receiving it, then the one that closed it
    updated_seq   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, asn_id)
) WITHOUT ROWID;

CREATE TABLE asn_lines (
    tenant_id TEXT    NOT NULL,
    asn_id    TEXT    NOT NULL,
    line_no   INTEGER NOT NULL,
    sku       TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    lot       TEXT    NOT NULL,
    expiry    TEXT    NOT NULL,
    sscc      TEXT    NOT NULL,
    PRIMARY KEY (tenant_id, asn_id, line_no)
) WITHOUT ROWID;
CREATE INDEX asn_lines_by_pallet ON asn_lines (tenant_id, sscc) WHERE sscc <> '';

CREATE TABLE receipts (
    tenant_id  TEXT    NOT NULL,
    receipt_id TEXT    NOT NULL,
    location   TEXT    NOT NULL,
    asn_id     TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('open', 'posted')),
    last_scan  INTEGER NOT NULL DEFAULT 0,
    opened_at  INTEGER NOT NULL,
    posted_at  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, receipt_id)
) WITHOUT ROWID;
-- Receipt ids are unique on the appliance: another tenant's receipt is told apart from a typo.
CREATE UNIQUE INDEX receipts_by_id ON receipts (receipt_id);

CREATE TABLE receipt_items (
    tenant_id  TEXT    NOT NULL,
    receipt_id TEXT    NOT NULL,
    scan_no    INTEGER NOT NULL,
    item_no    INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('item', 'pallet', 'unknown')),
    sscc       TEXT    NOT NULL,
    sku        TEXT    NOT NULL, -- '' for an item the merchant does not know
    code       TEXT    NOT NULL,
    gtin       TEXT    NOT NULL,
    lot        TEXT    NOT NULL,
    expiry     TEXT    NOT NULL,
    serial     TEXT    NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (tenant_id, receipt_id, scan_no, item_no)
) WITHOUT ROWID;
-- Covering: what a receipt holds of a SKU and lot is read on every scan without touching the rows.
CREATE INDEX receipt_items_by_lot ON receipt_items (tenant_id, receipt_id, sku, lot, expiry, quantity);
CREATE INDEX receipt_items_by_serial ON receipt_items (tenant_id, sku, serial) WHERE serial <> '';
CREATE INDEX receipt_items_by_pallet ON receipt_items (tenant_id, receipt_id, sscc) WHERE sscc <> '';

CREATE INDEX locations_by_zone ON locations (tenant_id, zone, pick_sequence, code);
)sql",
    // 12: the kiosk's staff. Local to the appliance and not in the event log: who may log in here, with
    // which role and for which merchants. The PIN is kept only as an Argon2id hash (libsodium's
    // crypto_pwhash_str, salt and cost inside the string); wrong tries lock the member for a while.
    R"sql(
CREATE TABLE staff (
    user_id         TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    tenants         TEXT    NOT NULL, -- the merchants' ids, comma-separated, in the order shown at login
    badge           TEXT    NOT NULL DEFAULT '',
    pin_hash        TEXT    NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NOT NULL DEFAULT 0, -- ms since the epoch; 0: not locked
    active          INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;
CREATE UNIQUE INDEX staff_by_badge ON staff (badge) WHERE badge <> '';
)sql",
    // 13: the supervisor's list of a merchant's print jobs that need someone (uncertain, held, or not sent
    // with an error): the few rows among every label ever printed. SqlPrintQueue::jobsNeedingAttention
    // repeats this WHERE term word for word, as SQLite needs to use a partial index.
    R"sql(
CREATE INDEX print_jobs_attention ON print_jobs (tenant_id, id)
    WHERE (state IN ('uncertain', 'held') OR (state = 'pending' AND last_error <> ''));
)sql",
    // 14: a restored store's streams wait for the central service's cursor before they send anything: the
    // central service may hold events newer than the backup under the same sequence numbers (docs/operations.md,
    // "Restore and the central service"). held_up_to: NULL, not held; otherwise the tenant's newest event when
    // the store was restored, and the stream is held until the central service's cursor is known to be at or
    // below it.
    R"sql(
ALTER TABLE outbox_heads ADD COLUMN held_up_to INTEGER;
)sql",
};

} // namespace

int latestVersion()
{
    return int(std::size(kSteps));
}

const QList<const char*>& projectionTables()
{
    // Two columns, as they were: a new step's tables are a few added lines.
    // clang-format off
    static const QList<const char*> tables{"tenants",         "skus",
                                           "locations",       "stock",
                                           "orders",          "order_lines",
                                           "reservations",    "allocations",
                                           "shipments",       "low_stock",
                                           "pick_tasks",      "pick_task_lines",
                                           "totes",           "put_backs",
                                           "carton_types",    "rate_cards",
                                           "tracking_ranges", "warehouse_profiles",
                                           "pack_cartons",    "pack_contents",
                                           "packing",         "shipment_packages",
                                           // Replenishment.
                                           "replenishment_tasks", "replenishment_task_lines",
                                           "count_tasks",     "count_tolerances",
                                           "count_bins",      "count_lines",
                                           "count_variances", "rmas",
                                           "rma_lines",       "customer_returns",
                                           "return_lines",
                                           "asns",            "asn_lines",
                                           "receipts",        "receipt_items"};
    // clang-format on
    return tables;
}

Status checkCompatible(Connection& connection)
{
    const std::int64_t version = connection.queryInt("PRAGMA user_version").value_or(0);
    const std::int64_t applicationId = connection.queryInt("PRAGMA application_id").value_or(0);
    if (auto error = connection.takeError())
        return *error;
    if (version > latestVersion())
        return makeError(
            ErrorCode::SchemaTooNew,
            QStringLiteral("The store %1 was written by a newer version of the appliance (schema %2, "
                           "this version knows %3): install that version or restore a backup; the store "
                           "was left untouched.")
                .arg(connection.path())
                .arg(version)
                .arg(latestVersion()));
    if (version == 0) {
        const std::int64_t tables = connection.queryInt("SELECT count(*) FROM sqlite_schema").value_or(0);
        if (tables > 0 || applicationId != 0)
            return makeError(ErrorCode::StorageCorrupt,
                             QStringLiteral("%1 is an SQLite file of another program; it was left untouched.")
                                 .arg(connection.path()));
    } else if (applicationId != kApplicationId) {
        return makeError(ErrorCode::StorageCorrupt,
                         QStringLiteral("%1 is an SQLite file of another program; it was left untouched.")
                             .arg(connection.path()));
    }
    return {};
}

Status migrate(Connection& connection, int target)
{
    if (target < 0 || target > latestVersion())
        target = latestVersion();
    if (auto compatible = checkCompatible(connection); !compatible)
        return compatible;
    const std::int64_t version = connection.queryInt("PRAGMA user_version").value_or(0);
    for (int step = int(version); step < target; ++step) {
        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return transaction.error();
        if (auto status = connection.execScript(kSteps[step]); !status)
            return status;
        const QString stamp = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                  .arg(kApplicationId)
                                  .arg(step + 1);
        if (auto status = connection.execScript(stamp); !status)
            return status;
        if (auto status = transaction->commit(); !status)
            return status;
    }
    return {};
}

} // namespace wh::db::Migrations
