package io.transcripts.store;

import io.transcripts.model.CompanyKey;
import io.transcripts.model.StoredGuidance;
import io.transcripts.export.DocumentRecord;
import io.transcripts.export.Json;
import io.transcripts.financials.Financials;
import io.transcripts.model.Alert;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The DynamoDB adapter. Each function owns some item types of a document and replaces exactly
 * those: it writes the new set, then deletes what the previous run left that the new one did not
 * write, so reprocessing leaves no orphans and the same event twice leaves the same items.
 */
public final class TranscriptStore implements io.transcripts.financials.GuidanceStore {
    private static final int BATCH = 25;
    /**
     * DynamoDB refuses items over 400 KB: a longer turn is stored as its first part and continuation
     * items (TURN#00012#0002, ...) that sort right after it; 50,000 characters stay under the limit
     * even at four UTF-8 bytes each.
     */
    static final int TURN_PART_CHARS = 50_000;
    /** A page of turns, participants or exchanges: well under DynamoDB's 400 KB, large enough that rounding up to whole KB costs little. */
    static final int PAGE_BYTES = 48_000;
    private final DynamoDbClient ddb;
    private final String table;

    public TranscriptStore(DynamoDbClient ddb, String table) {
        this.ddb = ddb;
        this.table = table;
    }

    /** Stores the document and, unless it FAILED, its participants, turns and exchanges. */
    public void saveDocument(DocumentRecord doc, Transcript t) {
        saveDocument(doc, t, true);
    }

    /**
     * As {@link #saveDocument(DocumentRecord, Transcript)}; {@code earlierItems} false says the
     * partition held nothing before this run's {@link #updateDocument} (it returned false), so there is
     * nothing an earlier run left to remove and the partition is not read for it.
     */
    public void saveDocument(DocumentRecord doc, Transcript t, boolean earlierItems) {
        String pk = Keys.doc(doc.documentId());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.add(item(pk, Keys.META, ItemType.DOCUMENT, doc));
        if (t != null) {
            items.addAll(pages(pk, t.participants(), Keys::participant, ItemType.PARTICIPANT));
            List<Turn> paged = new ArrayList<>();
            for (Turn turn : t.turns()) {
                if (turn.text() != null && turn.text().length() > TURN_PART_CHARS) {
                    items.addAll(pages(pk, paged, i -> Keys.turn(paged.get(i).index()), ItemType.TURN));
                    paged.clear();
                    items.addAll(turnItems(pk, turn));
                } else {
                    paged.add(turn);
                }
            }
            items.addAll(pages(pk, paged, i -> Keys.turn(paged.get(i).index()), ItemType.TURN));
            items.addAll(pages(pk, t.exchanges(), Keys::exchange, ItemType.EXCHANGE));
        }
        replace(pk, items, Set.of(ItemType.DOCUMENT, ItemType.PARTICIPANT, ItemType.TURN, ItemType.EXCHANGE), earlierItems);
    }

    private static List<Map<String, AttributeValue>> turnItems(String pk, Turn turn) {
        List<String> parts = split(turn.text(), TURN_PART_CHARS);
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        out.add(packed(pk, Keys.turn(turn.index()), ItemType.TURN, Json.write(new Turn(turn.index(), turn.speaker(), turn.role(),
                turn.section(), parts.get(0), turn.translation()))));
        for (int i = 1; i < parts.size(); i++) {
            Map<String, AttributeValue> it = packed(pk, Keys.turn(turn.index()) + String.format(Locale.ROOT, "#%04d", i + 1),
                    ItemType.TURN, Json.write(Map.of("text", parts.get(i))));
            it.put(Keys.PART, AttributeValue.builder().n(Integer.toString(i + 1)).build());
            out.add(it);
        }
        return out;
    }

    /**
     * Values stored a page at a time: consecutive values in one item (a JSON array) of about
     * {@link #PAGE_BYTES}, keyed by its first value's key. DynamoDB charges a write unit per KB of
     * each item, rounded up, so a page of small turns costs its size, where an item a turn cost a
     * unit or more each; a document still reads back in one query on its partition.
     */
    private static List<Map<String, AttributeValue>> pages(String pk, List<?> values, java.util.function.IntFunction<String> key,
                                                           ItemType type) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        int first = 0;
        // each value is serialised once: its JSON both sizes the page and goes into the page's array
        StringBuilder page = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            String json = Json.write(values.get(i));
            if (i > first && page.length() + json.length() > PAGE_BYTES) {
                out.add(packed(pk, key.apply(first), type, page.append(']').toString()));
                page = new StringBuilder("[");
                first = i;
            }
            page.append(i > first ? "," : "").append(json);
        }
        if (values.size() > first) {
            out.add(packed(pk, key.apply(first), type, page.append(']').toString()));
        }
        return out;
    }

    /** Cuts text into pieces of at most {@code size} characters, never inside a surrogate pair. */
    static List<String> split(String text, int size) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > size) {
            int end = start + size;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Claims a content (by its sha256) for a document. Returns the other document that already holds
     * the same content, or empty when this one is its first holder (or the earlier holder's content
     * has changed since, in which case the claim passes to this one).
     */
    public Optional<DocumentRecord> claimContent(String sha256, String documentId) {
        Map<String, AttributeValue> key = Map.of(Keys.PK, s(Keys.content(sha256)), Keys.SK, s(ItemType.CONTENT.prefix()));
        Map<String, AttributeValue> mine = new HashMap<>(key);
        mine.put(Keys.TYPE, s(ItemType.CONTENT.name()));
        mine.put("documentId", s(documentId));
        try {
            // new content, the common case, is claimed in one write; content someone holds is read below
            ddb.putItem(PutItemRequest.builder().tableName(table).item(mine)
                    .conditionExpression("attribute_not_exists(PK) OR documentId = :me")
                    .expressionAttributeValues(Map.of(":me", s(documentId))).build());
            return Optional.empty();
        } catch (ConditionalCheckFailedException held) {
            // another document holds it: is its content still the same?
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            var current = ddb.getItem(b -> b.tableName(table).consistentRead(true).key(key));
            String owner = current.hasItem() && current.item().containsKey("documentId")
                    ? current.item().get("documentId").s() : null;
            if (owner != null && !owner.equals(documentId)) {
                Optional<DocumentRecord> held = document(owner);
                if (held.isPresent() && held.get().source() != null && sha256.equals(held.get().source().sha256())) {
                    return held;
                }
            }
            if (documentId.equals(owner)) {
                return Optional.empty();
            }
            Map<String, AttributeValue> claim = new HashMap<>(key);
            claim.put(Keys.TYPE, s(ItemType.CONTENT.name()));
            claim.put("documentId", s(documentId));
            try {
                ddb.putItem(PutItemRequest.builder().tableName(table).item(claim)
                        .conditionExpression(owner == null ? "attribute_not_exists(PK)" : "documentId = :owner")
                        .expressionAttributeValues(owner == null ? null : Map.of(":owner", s(owner))).build());
                return Optional.empty();
            } catch (ConditionalCheckFailedException raced) {
                // another upload of the same content claimed it first: look again
            }
        }
        throw new IllegalStateException("the content claim for " + sha256 + " kept changing");
    }

    /**
     * Rewrites the document's own item only (its status and warnings), leaving the rest as it is.
     *
     * @return whether the document had a record before
     */
    public boolean updateDocument(DocumentRecord doc) {
        var r = ddb.putItem(PutItemRequest.builder().tableName(table).returnValues(ReturnValue.ALL_OLD)
                .item(item(Keys.doc(doc.documentId()), Keys.META, ItemType.DOCUMENT, doc)).build());
        return r.hasAttributes() && !r.attributes().isEmpty();
    }

    /** Stores metrics and guidance, replacing what an earlier run of the same document stored. */
    public void saveFinancials(DocumentRecord doc, Financials f) {
        saveFinancials(doc, f, true);
    }

    /** As {@link #saveFinancials(DocumentRecord, Financials)}; {@code earlierItems} false: no earlier reading to replace. */
    public void saveFinancials(DocumentRecord doc, Financials f, boolean earlierItems) {
        String pk = Keys.doc(doc.documentId());
        String company = CompanyKey.of(doc.call().ticker(), doc.call().company());
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        // a page of metrics per period: GSI1 still finds a company's figures by period, and a call's
        // twenty figures cost a few write units instead of two each (table and index)
        Map<String, List<ReportedMetric>> byPeriod = new java.util.TreeMap<>();
        Set<String> kept = new HashSet<>();
        for (ReportedMetric m : f.metrics()) {
            // one per metric, period, basis and unit, the first as the ledger keeps it: a figure in rupees and one in pounds are two
            if (kept.add(Items.metricKey(m))) {
                byPeriod.computeIfAbsent(String.valueOf(m.period()), k -> new ArrayList<>()).add(m);
            }
        }
        byPeriod.forEach((period, metrics) -> {
            for (Map<String, AttributeValue> it : pages(pk, metrics, i -> Keys.metrics(period, i), ItemType.METRIC)) {
                if (company != null) {
                    it.put(Keys.GSI1PK, s(Keys.companyPartition(company)));
                    it.put(Keys.GSI1SK, s(period + "#METRIC#" + doc.documentId()));
                }
                items.add(it);
            }
        });
        for (Guidance g : f.guidance()) {
            items.add(guidanceItem(new StoredGuidance(doc.documentId(), company, doc.call().company(), doc.call().ticker(),
                    doc.call().date(), doc.source() == null ? null : doc.source().key(), g)));
        }
        for (Guidance g : f.qualitative()) {
            items.add(item(pk, ItemType.OUTLOOK.prefix() + g.itemKey(), ItemType.OUTLOOK, g));
        }
        // an item that is gone reaches the alerts function as a REMOVE on the stream, which retracts its alert
        replace(pk, items, Set.of(ItemType.METRIC, ItemType.GUIDANCE, ItemType.OUTLOOK), earlierItems);
    }

    /**
     * The latest guidance for the same company, metric, period and basis from an earlier call
     * (by call date; a call without a date counts as earlier than any dated one).
     */
    private static Map<String, AttributeValue> guidanceItem(StoredGuidance sg) {
        Guidance g = sg.guidance();
        Map<String, AttributeValue> it = item(Keys.doc(sg.documentId()), Keys.guidance(g.itemKey()), ItemType.GUIDANCE, sg);
        if (sg.companyKey() != null) {
            it.put(Keys.GSI1PK, s(Keys.companyPartition(sg.companyKey())));
            it.put(Keys.GSI1SK, s(g.period() + "#GUIDANCE#" + g.metric() + "#" + sg.documentId()));
            it.put(Keys.GSI2PK, s(Keys.history(sg.companyKey(), g.metric())));
            it.put(Keys.GSI2SK, s((sg.callDate() == null ? Keys.NO_DATE : sg.callDate()) + "#" + sg.documentId() + "#" + g.period()));
        }
        return it;
    }

    /** Rewrites one stored guidance item (its direction and prior), as the stream then reports. */
    @Override
    public void updateGuidance(StoredGuidance sg) {
        ddb.putItem(PutItemRequest.builder().tableName(table).item(guidanceItem(sg)).build());
    }

    /** Every guidance item ever given for a company and metric, oldest call first. */
    @Override
    public List<StoredGuidance> guidanceHistory(String companyKey, String metric) {
        List<StoredGuidance> out = new ArrayList<>();
        for (Map<String, AttributeValue> it : queryAll(QueryRequest.builder().tableName(table).indexName("GSI2")
                .keyConditionExpression("GSI2PK = :p").expressionAttributeValues(Map.of(":p",
                        s(Keys.history(companyKey, metric)))).build())) {
            out.add(Json.read(Items.body(it), StoredGuidance.class));
        }
        return out;
    }

    /**
     * A stored alert and the page holding it (the item's sort key). A document's alerts are kept a
     * page per alerts-function write, so a call's ten alerts cost one item and one index entry instead
     * of ten each; {@code published} is false only on an item a version before pages left unpublished.
     */
    public record StoredAlert(Alert alert, boolean published, String page) {
    }

    /** Which alert: the document and the guidance item it is about. */
    public record AlertKey(String documentId, String itemKey) {
    }

    /** Every stored alert of the documents, read consistently: one query on each document's partition. */
    public Map<AlertKey, StoredAlert> alerts(java.util.Collection<String> documentIds) {
        Map<AlertKey, StoredAlert> out = new HashMap<>();
        for (String documentId : new java.util.LinkedHashSet<>(documentIds)) {
            for (Map<String, AttributeValue> it : queryAll(QueryRequest.builder().tableName(table).consistentRead(true)
                    .keyConditionExpression("PK = :p AND begins_with(SK, :s)")
                    .expressionAttributeValues(Map.of(":p", s(Keys.doc(documentId)), ":s", s(ItemType.ALERT.prefix()))).build())) {
                // an item of a version before pages holds one alert and says whether it went out
                boolean published = !it.containsKey("published") || Boolean.TRUE.equals(it.get("published").bool());
                for (Alert a : Items.values(Items.body(it), Alert.class)) {
                    out.put(new AlertKey(documentId, a.itemKey()), new StoredAlert(a, published, it.get(Keys.SK).s()));
                }
            }
        }
        return out;
    }

    /**
     * Writes the named alert pages of one document, each holding the standing alerts that name it
     * (an empty page is deleted), in one batch once the alerts went out. Unconditional: the stream
     * hands a document's changes to one invocation at a time, in order, and the caller read the
     * document's alerts at the start of its batch. A failure here makes the retry publish the changes
     * again, so this outlasts a short outage (well within the function's timeout) before it gives up.
     */
    public void saveAlertPages(String documentId, java.util.Collection<String> pages, java.util.Collection<StoredAlert> standing) {
        List<WriteRequest> writes = new ArrayList<>();
        for (String page : new java.util.TreeSet<>(pages)) {
            List<Alert> held = standing.stream().filter(a -> a.page().equals(page)).map(StoredAlert::alert)
                    // createdAt prints 0 to 9 fraction digits: compared as instants, not as text
                    .sorted(java.util.Comparator.comparing((Alert a) -> java.time.Instant.parse(a.createdAt())).reversed()
                            .thenComparing(Alert::itemKey)).toList();
            Map<String, AttributeValue> key = Map.of(Keys.PK, s(Keys.doc(documentId)), Keys.SK, s(page));
            if (held.isEmpty()) {
                writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
                continue;
            }
            Map<String, AttributeValue> it = packed(Keys.doc(documentId), page, ItemType.ALERT, Json.write(held));
            // newest first within the page, and the page under its newest alert: "recent alerts" reads it there
            it.put(Keys.GSI3PK, s(Keys.alertMonth(held.get(0).createdAt())));
            it.put(Keys.GSI3SK, s(held.get(0).createdAt() + "#" + documentId));
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build());
        }
        long deadline = System.nanoTime() + RECORD_PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                batch(writes);
                return;
            } catch (software.amazon.awssdk.core.exception.SdkException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(Math.min(2_000, 100L << Math.min(attempt, 5)));
            }
        }
    }

    private static final java.time.Duration RECORD_PATIENCE = java.time.Duration.ofSeconds(20);

    public Optional<DocumentRecord> document(String documentId) {
        var r = ddb.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.doc(documentId)), Keys.SK, s(Keys.META))));
        return r.hasItem() && !r.item().isEmpty()
                ? Optional.of(Json.read(Items.body(r.item()), DocumentRecord.class)) : Optional.empty();
    }

    private void replace(String pk, List<Map<String, AttributeValue>> items, Set<ItemType> owned, boolean earlierItems) {
        Set<String> written = new HashSet<>();
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> it : items) {
            // one item per key, the first as the ledger keeps it: a batch holding a key twice is refused whole
            if (written.add(it.get(Keys.SK).s())) {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(it).build()).build());
            }
        }
        batch(writes);
        if (!earlierItems) {
            return;
        }
        // one read of the partition's keys finds what an earlier run left that this one did not write
        List<WriteRequest> deletes = new ArrayList<>();
        for (Map<String, AttributeValue> it : queryAll(QueryRequest.builder().tableName(table)
                .keyConditionExpression("PK = :p").consistentRead(true).projectionExpression("PK, SK, #t")
                .expressionAttributeNames(Map.of("#t", Keys.TYPE))
                .expressionAttributeValues(Map.of(":p", s(pk))).build())) {
            String sk = it.get(Keys.SK).s();
            if (!written.contains(sk) && it.containsKey(Keys.TYPE) && owned.contains(ItemType.valueOf(it.get(Keys.TYPE).s()))) {
                deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(Map.of(Keys.PK, it.get(Keys.PK), Keys.SK, it.get(Keys.SK))).build()).build());
            }
        }
        batch(deletes);
    }

    private void batch(List<WriteRequest> writes) {
        for (int i = 0; i < writes.size(); i += BATCH) {
            Map<String, List<WriteRequest>> pending = Map.of(table, writes.subList(i, Math.min(writes.size(), i + BATCH)));
            for (int attempt = 0; !pending.isEmpty(); attempt++) {
                if (attempt > 8) {
                    throw new IllegalStateException("DynamoDB kept items unprocessed after " + attempt + " attempts");
                }
                if (attempt > 0) {
                    sleep(50L << Math.min(attempt, 6));
                }
                BatchWriteItemResponse r = ddb.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
                pending = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
            }
        }
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest q) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse r = ddb.query(start == null ? q : q.toBuilder().exclusiveStartKey(start).build());
            out.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

    private static Map<String, AttributeValue> item(String pk, String sk, ItemType type, Object body) {
        return item(pk, sk, type, s(Json.write(body)));
    }

    private static Map<String, AttributeValue> item(String pk, String sk, ItemType type, AttributeValue body) {
        Map<String, AttributeValue> it = new LinkedHashMap<>();
        it.put(Keys.PK, s(pk));
        it.put(Keys.SK, s(sk));
        it.put(Keys.TYPE, s(type.name()));
        it.put(Keys.BODY, body);
        return it;
    }

    /**
     * An item whose body is gzip-compressed JSON in a binary attribute: the bulk of a document (its
     * turns, participants and exchanges) is text that compresses three to four times, and DynamoDB
     * charges write units per stored KB.
     */
    private static Map<String, AttributeValue> packed(String pk, String sk, ItemType type, String json) {
        return item(pk, sk, type, AttributeValue.builder().b(SdkBytes.fromByteArray(Gzip.compress(json))).build());
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a batch write", e);
        }
    }
}
