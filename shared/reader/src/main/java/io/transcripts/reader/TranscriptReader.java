package io.transcripts.reader;

import io.transcripts.export.DocumentRecord;
import io.transcripts.export.Json;
import io.transcripts.model.Alert;
import io.transcripts.model.CompanyKey;
import io.transcripts.model.Exchange;
import io.transcripts.model.Guidance;
import io.transcripts.model.Participant;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.StoredGuidance;
import io.transcripts.model.Turn;
import io.transcripts.store.ItemType;
import io.transcripts.store.Items;
import io.transcripts.store.Keys;
import io.transcripts.store.StoredDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Typed reads of the transcripts table, one method per access pattern of the README's data model,
 * returning the domain's records. A company is named by the key its calls are stored under
 * ({@link CompanyKey}): its ticker ("HLDN") where its calls give one, else its name ("Acme Corp."
 * finds "ACME Corporation"); {@link CompanyKey#parse} tells a ticker from a name. Paginated methods take a {@link PageRequest} and
 * return a {@link Page}; {@link Pages#all} streams every result. Thread-safe when the client is.
 */
public final class TranscriptReader {
    private static final List<String> TABLE_KEY = List.of(Keys.PK, Keys.SK);
    private final DynamoDbClient ddb;
    private final String table;
    private final Clock clock;

    public TranscriptReader(DynamoDbClient ddb, String table) {
        this(ddb, table, Clock.systemUTC());
    }

    /** @param clock what "now" is for {@link #recentAlerts} */
    public TranscriptReader(DynamoDbClient ddb, String table, Clock clock) {
        this.ddb = ddb;
        this.table = table;
        this.clock = clock;
    }

    /** A document with its participants, turns in order, exchanges, metrics, guidance and alerts: one query, read consistently. */
    public Optional<StoredDocument> document(String documentId) {
        QueryRequest q = QueryRequest.builder().tableName(table).keyConditionExpression("PK = :p").consistentRead(true)
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.doc(documentId)))).build();
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Map<String, AttributeValue> start = null; ; ) {
            Chunk c = chunk(ddb.query(q.toBuilder().exclusiveStartKey(start).build()));
            items.addAll(c.items());
            if ((start = c.lastKey()) == null) {
                return assemble(items);
            }
        }
    }

    /** The document read from an upload, by its bucket and key as S3 gives them (not URL-encoded). */
    public Optional<StoredDocument> documentAt(String bucket, String key) {
        return document(Keys.documentId(bucket, key));
    }

    /** Every document's record (status, call, source), in no particular order. Reads the whole table: for backfills and exports, not per request. */
    public Page<DocumentRecord> documents(PageRequest request) {
        ScanRequest scan = ScanRequest.builder().tableName(table).filterExpression("#t = :t")
                .expressionAttributeNames(Map.of("#t", Keys.TYPE))
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS(ItemType.DOCUMENT.name()))).build();
        return page("documents", request, TABLE_KEY, it -> List.of(Json.read(Items.body(it), DocumentRecord.class)),
                start -> chunk(ddb.scan(scan.toBuilder().exclusiveStartKey(start).limit(scanLimit(request)).build())));
    }

    /** A company's reported figures, from every call, for periods starting with {@code periodPrefix} ("FY2025", "FY2025-Q3"; null for all), by period. */
    public Page<DocumentMetric> metrics(String company, String periodPrefix, PageRequest request) {
        return byPeriod(company, periodPrefix, ItemType.METRIC, request, it -> {
            String documentId = it.get(Keys.PK).s().substring(Keys.doc("").length());
            return Items.values(Items.body(it), ReportedMetric.class).stream().map(m -> new DocumentMetric(documentId, m)).toList();
        });
    }

    /** A company's guidance, from every call, for periods starting with {@code periodPrefix} (null for all), by period. */
    public Page<StoredGuidance> guidance(String company, String periodPrefix, PageRequest request) {
        return byPeriod(company, periodPrefix, ItemType.GUIDANCE, request,
                it -> List.of(Json.read(Items.body(it), StoredGuidance.class)));
    }

    /** Every guidance item a company gave for a metric, by call date (calls without a date first). */
    public Page<StoredGuidance> guidanceHistory(String company, String metric, PageRequest request) {
        return history(CompanyKey.parse(company), metric, request);
    }

    /** All of {@link #guidanceHistory(String, String, PageRequest)}. */
    public List<StoredGuidance> guidanceHistory(String company, String metric) {
        return Pages.all(r -> guidanceHistory(company, metric, r)).toList();
    }

    private Page<StoredGuidance> history(String key, String metric, PageRequest request) {
        QueryRequest q = QueryRequest.builder().tableName(table).indexName("GSI2").keyConditionExpression("GSI2PK = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(Keys.history(key, metric)))).build();
        return page("history|" + key + "|" + metric, request, indexKey("GSI2"),
                it -> List.of(Json.read(Items.body(it), StoredGuidance.class)),
                start -> chunk(ddb.query(q.toBuilder().exclusiveStartKey(start).limit(queryLimit(request)).build())));
    }

    /** Published alerts across companies created at or after {@code since}, newest first. */
    public Page<Alert> recentAlerts(Instant since, PageRequest request) {
        // createdAt prints 0 to 9 fraction digits, so its text does not sort exactly within a second:
        // the key condition starts at the second (a prefix sorts first), the exact bound is checked here
        String sinceText = since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace("Z", "");
        YearMonth oldest = YearMonth.from(since.atOffset(ZoneOffset.UTC));
        String query = "alerts|" + since;
        Cursor at = Cursor.of(query, request);
        YearMonth month = at.month() != null ? YearMonth.parse(at.month()) : YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<Alert> out = new ArrayList<>();
        while (!month.isBefore(oldest)) {
            QueryRequest q = QueryRequest.builder().tableName(table).indexName("GSI3")
                    .keyConditionExpression("GSI3PK = :p AND GSI3SK >= :s").scanIndexForward(false)
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("ALERTS#" + month),
                            ":s", AttributeValue.fromS(sinceText))).build();
            int room = request.limit() - out.size();
            // a page holds one write's alerts, newest first, under its newest: its older ones may predate since
            Read<Alert> r = read(at, room, indexKey("GSI3"), it -> Items.values(Items.body(it), Alert.class).stream()
                            .filter(a -> !Instant.parse(a.createdAt()).isBefore(since)).toList(),
                    start -> chunk(ddb.query(q.toBuilder().exclusiveStartKey(start).limit(Math.min(room + 1, PageRequest.MAX_LIMIT)).build())));
            out.addAll(r.items());
            if (r.next() != null) {
                return new Page<>(out, Optional.of(new Cursor(query, r.next().after(), r.next().skip(), r.next().partial(),
                        month.toString()).token()));
            }
            month = month.minusMonths(1);
            at = new Cursor(query, null, 0, null, month.toString());
            if (out.size() == request.limit()) {
                return new Page<>(out, month.isBefore(oldest) ? Optional.empty() : Optional.of(at.token()));
            }
        }
        return new Page<>(out, Optional.empty());
    }

    private <T> Page<T> byPeriod(String company, String periodPrefix, ItemType type, PageRequest request,
                                 Function<Map<String, AttributeValue>, List<T>> decode) {
        String key = CompanyKey.parse(company);
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":p", AttributeValue.fromS(Keys.companyPartition(key)));
        values.put(":t", AttributeValue.fromS(type.name()));
        String condition = "GSI1PK = :p";
        if (periodPrefix != null && !periodPrefix.isEmpty()) {
            values.put(":s", AttributeValue.fromS(periodPrefix));
            condition += " AND begins_with(GSI1SK, :s)";
        }
        QueryRequest q = QueryRequest.builder().tableName(table).indexName("GSI1").keyConditionExpression(condition)
                .filterExpression("#t = :t").expressionAttributeNames(Map.of("#t", Keys.TYPE))
                .expressionAttributeValues(values).build();
        return page(type + "|" + key + "|" + periodPrefix, request, indexKey("GSI1"), decode,
                start -> chunk(ddb.query(q.toBuilder().exclusiveStartKey(start).limit(queryLimit(request)).build())));
    }

    private static List<String> indexKey(String index) {
        return List.of(Keys.PK, Keys.SK, index + "PK", index + "SK");
    }

    private static int queryLimit(PageRequest r) {
        return Math.min(r.limit() + 1, PageRequest.MAX_LIMIT);
    }

    private static int scanLimit(PageRequest r) {
        // a scan's limit counts items before the filter: most items are not documents
        return PageRequest.MAX_LIMIT;
    }

    /** One DynamoDB response: its items, and the key to go on after (null at the end). */
    private record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
    }

    private static Chunk chunk(QueryResponse r) {
        return new Chunk(r.items(), r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null);
    }

    private static Chunk chunk(ScanResponse r) {
        return new Chunk(r.items(), r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null);
    }

    private record Read<T>(List<T> items, Cursor next) {
    }

    private <T> Page<T> page(String query, PageRequest request, List<String> keyNames,
                             Function<Map<String, AttributeValue>, List<T>> decode,
                             Function<Map<String, AttributeValue>, Chunk> fetch) {
        Read<T> r = read(Cursor.of(query, request), request.limit(), keyNames, decode, fetch);
        return new Page<>(r.items(), Optional.ofNullable(r.next()).map(Cursor::token));
    }

    /**
     * Up to {@code limit} values from {@code from} on. An item can hold many values (a page of
     * metrics), so a page can stop inside an item: the cursor then names the item before it and
     * how many of its values were given.
     */
    private static <T> Read<T> read(Cursor from, int limit, List<String> keyNames,
                                    Function<Map<String, AttributeValue>, List<T>> decode,
                                    Function<Map<String, AttributeValue>, Chunk> fetch) {
        List<T> out = new ArrayList<>();
        Map<String, String> before = from.after();
        Map<String, AttributeValue> start = from.startKey();
        int skip = from.skip();
        while (true) {
            Chunk c = fetch.apply(start);
            for (int i = 0; i < c.items().size(); i++) {
                Map<String, AttributeValue> it = c.items().get(i);
                List<T> values = decode.apply(it);
                Map<String, String> key = Cursor.keyOf(it, keyNames);
                // values already given of this item, if it is still the item the page stopped in (it may have been rewritten)
                int first = skip > 0 && key.equals(from.partial()) ? Math.min(skip, values.size()) : 0;
                skip = 0;
                int room = limit - out.size();
                if (values.size() - first > room) {
                    out.addAll(values.subList(first, first + room));
                    return new Read<>(out, new Cursor(from.query(), before, first + room, key, from.month()));
                }
                out.addAll(values.subList(first, values.size()));
                before = key;
                if (out.size() == limit) {
                    boolean more = i + 1 < c.items().size() || c.lastKey() != null;
                    return new Read<>(out, more ? new Cursor(from.query(), before, 0, null, from.month()) : null);
                }
            }
            if (c.lastKey() == null) {
                return new Read<>(out, null);
            }
            start = c.lastKey();
            before = Cursor.keyOf(start, keyNames);
        }
    }

    private static Optional<StoredDocument> assemble(List<Map<String, AttributeValue>> items) {
        DocumentRecord doc = null;
        List<Participant> participants = new ArrayList<>();
        List<Turn> turns = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        List<ReportedMetric> metrics = new ArrayList<>();
        List<StoredGuidance> guidance = new ArrayList<>();
        List<Guidance> outlook = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Map<String, AttributeValue> it : items) {
            String body = Items.body(it);
            switch (Items.type(it)) {
                case DOCUMENT -> doc = Json.read(body, DocumentRecord.class);
                case PARTICIPANT -> participants.addAll(Items.values(body, Participant.class));
                case TURN -> {
                    if (body.startsWith("[")) {
                        turns.addAll(Items.values(body, Turn.class));
                    } else if (it.containsKey(Keys.PART) && !turns.isEmpty()) {
                        // a long turn's continuation: its text joins the turn before it
                        Turn last = turns.remove(turns.size() - 1);
                        String more = Json.read(body, Map.class).get("text").toString();
                        turns.add(new Turn(last.index(), last.speaker(), last.role(), last.section(), last.text() + more,
                                last.translation()));
                    } else {
                        turns.add(Json.read(body, Turn.class));
                    }
                }
                case CONTENT -> {
                    // lives in its own partition, never in a document's
                }
                case EXCHANGE -> exchanges.addAll(Items.values(body, Exchange.class));
                case METRIC -> metrics.addAll(Items.values(body, ReportedMetric.class));
                case GUIDANCE -> guidance.add(Json.read(body, StoredGuidance.class));
                case OUTLOOK -> outlook.add(Json.read(body, Guidance.class));
                case ALERT -> alerts.addAll(Items.values(body, Alert.class));
            }
        }
        if (doc == null) {
            return Optional.empty();
        }
        metrics.sort(Comparator.comparing(Items::metricKey)); // as when stored an item each
        alerts.sort(Comparator.comparing(Alert::itemKey));
        return Optional.of(new StoredDocument(doc, participants, turns, exchanges, metrics, guidance, outlook, alerts));
    }
}
