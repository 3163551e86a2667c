package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.export.DocumentRecord;
import io.transcripts.financials.Financials;
import io.transcripts.model.Alert;
import io.transcripts.model.CallInfo;
import io.transcripts.model.Direction;
import io.transcripts.model.Evidence;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Guidance;
import io.transcripts.model.ReportedMetric;
import io.transcripts.model.SourceInfo;
import io.transcripts.model.Status;
import io.transcripts.model.StoredGuidance;
import io.transcripts.model.Unit;
import io.transcripts.reader.DocumentMetric;
import io.transcripts.reader.Page;
import io.transcripts.reader.PageRequest;
import io.transcripts.reader.Pages;
import io.transcripts.reader.TranscriptReader;
import io.transcripts.store.Keys;
import io.transcripts.store.TableDefinition;
import io.transcripts.store.TranscriptStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The reader's access patterns on DynamoDB Local: every value once, in order, whatever the page size. */
class TranscriptReaderTest {
    private static final String TABLE = "reader";
    private static final String BUCKET = "uploads";
    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-15T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    static Path data;
    private static LocalStack stack;
    private static DynamoDbClient ddb;
    private static TranscriptReader reader;
    private static final List<String> CALL_DATES = List.of("2026-02-10", "2026-05-12", "2026-08-11", "2026-11-10");

    @BeforeAll
    static void store() throws Exception {
        stack = new LocalStack(data);
        ddb = stack.dynamo();
        ddb.createTable(TableDefinition.create(TABLE));
        TranscriptStore store = new TranscriptStore(ddb, TABLE);
        for (int call = 0; call < CALL_DATES.size(); call++) {
            String id = Keys.documentId(BUCKET, "incoming/acme-" + call + ".txt");
            DocumentRecord doc = new DocumentRecord(id, Status.PROCESSED, List.of(), null,
                    new SourceInfo(BUCKET, "incoming/acme-" + call + ".txt", null, "sha" + call, 100, "text/plain", "UTF-8"), null,
                    new CallInfo("Acme Widgets Inc.", "ACME", FiscalPeriod.quarter(2026, call + 1), CALL_DATES.get(call), List.of()),
                    "ACME", "2026-12-01T00:00:00Z", null);
            store.saveDocument(doc, null);
            List<ReportedMetric> metrics = new ArrayList<>();
            for (int m = 0; m < 30; m++) { // 30 figures of one period: one stored page item
                metrics.add(new ReportedMetric("metric_" + m, FiscalPeriod.quarter(2026, call + 1), 100 + m + call, Unit.money("USD"), null,
                        new Evidence(1, "CFO", "Metric " + m + " was " + (100 + m) + " million.")));
            }
            List<Guidance> guidance = new ArrayList<>();
            for (int year = 2026; year <= 2028; year++) {
                guidance.add(new Guidance("revenue", FiscalPeriod.year(year), 10.0 + call, 12.0 + call, Unit.money("USD"), null,
                        call == 0 ? Direction.INITIATED : Direction.RAISED, null, null, null, "Revenue of $10 to $12 billion.",
                        new Evidence(2, "CFO", "We expect revenue of $10 to $12 billion.")));
            }
            store.saveFinancials(doc, new Financials(metrics, guidance, List.of()));
            // alerts in three months: October, November, December
            String created = List.of("2026-10-03T09:00:00Z", "2026-10-20T09:00:00Z", "2026-11-10T09:00:00Z", "2026-12-01T09:00:00Z").get(call);
            // two alerts a call, in one page as the alerts function writes them
            String page = Keys.alertPage(created);
            List<TranscriptStore.StoredAlert> alerts = new ArrayList<>();
            for (int year = 2027; year <= 2028; year++) {
                alerts.add(new TranscriptStore.StoredAlert(new Alert("alert-" + call + "-" + year, id, "Acme Widgets Inc.", "ACME", "revenue",
                        FiscalPeriod.year(year), null, Direction.RAISED, 11.0, 13.0, Unit.money("USD"), 10.0, 12.0, null, 9.0,
                        "We expect revenue of $11 to $13 billion.", "incoming/acme-" + call + ".txt", created), true, page));
            }
            store.saveAlertPages(id, java.util.Set.of(page), alerts);
        }
        reader = new TranscriptReader(ddb, TABLE, DECEMBER);
    }

    @AfterAll
    static void stop() throws Exception {
        ddb.close();
        stack.close();
    }

    /** Every page of a query of the given size, checking that only the last has no next. */
    private static <T> List<T> paged(int size, Function<PageRequest, Page<T>> query) {
        List<T> out = new ArrayList<>();
        PageRequest r = PageRequest.first(size);
        for (int pages = 0; ; pages++) {
            assertTrue(pages < 1_000, "the pages end");
            Page<T> page = query.apply(r);
            assertTrue(page.items().size() <= size, page.items().size() + " items in a page of " + size);
            out.addAll(page.items());
            if (!page.hasNext()) {
                return out;
            }
            r = page.nextRequest(r);
        }
    }

    @Test
    void metricsComeOnceEachWhateverThePageSizeEvenWhenAPageStopsInsideAStoredItem() {
        List<DocumentMetric> all = paged(1000, r -> reader.metrics("ACME", null, r));
        assertEquals(120, all.size());
        for (int size : new int[] {1, 7, 30, 31}) {
            assertEquals(all, paged(size, r -> reader.metrics("ACME", null, r)), "page size " + size);
        }
        List<DocumentMetric> q2 = paged(7, r -> reader.metrics("Acme Widgets", "FY2026-Q2", r));
        assertEquals(List.of(), q2, "a name finds no ticker-keyed company");
        q2 = paged(7, r -> reader.metrics("ACME", "FY2026-Q2", r));
        assertEquals(30, q2.size());
        assertTrue(q2.stream().allMatch(m -> m.metric().period().equals(FiscalPeriod.quarter(2026, 2))));
        assertEquals(1, new HashSet<>(q2.stream().map(DocumentMetric::documentId).toList()).size());
    }

    @Test
    void guidanceByPeriodAndHistoryByCallDate() {
        List<StoredGuidance> fy27 = paged(3, r -> reader.guidance("ACME", "FY2027", r));
        assertEquals(4, fy27.size());
        assertTrue(fy27.stream().allMatch(g -> g.guidance().period().equals(FiscalPeriod.year(2027))));
        List<StoredGuidance> history = paged(2, r -> reader.guidanceHistory("ACME", "revenue", r));
        assertEquals(12, history.size());
        List<String> dates = history.stream().map(StoredGuidance::callDate).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest call first");
        assertEquals(history, reader.guidanceHistory("ACME", "revenue"));
        assertEquals(List.of(), reader.guidanceHistory("ACME", "margin"));
    }

    @Test
    void recentAlertsNewestFirstAcrossMonthsFromTheirStart() {
        List<Alert> since = paged(1, r -> reader.recentAlerts(Instant.parse("2026-10-10T00:00:00Z"), r));
        assertEquals(List.of("alert-3-2027", "alert-3-2028", "alert-2-2027", "alert-2-2028", "alert-1-2027", "alert-1-2028"),
                since.stream().map(Alert::alertId).toList(), "pages newest first; a page's alerts in item order");
        for (int size : new int[] {2, 3, 10}) {
            assertEquals(List.of("alert-3-2027", "alert-3-2028", "alert-2-2027", "alert-2-2028", "alert-1-2027", "alert-1-2028",
                            "alert-0-2027", "alert-0-2028"),
                    paged(size, r -> reader.recentAlerts(Instant.parse("2026-09-01T00:00:00Z"), r)).stream().map(Alert::alertId).toList());
        }
    }

    @Test
    void aDocumentByItsSourceKeyAndEveryDocument() {
        var doc = reader.documentAt(BUCKET, "incoming/acme-2.txt").orElseThrow();
        assertEquals("2026-08-11", doc.document().call().date());
        assertEquals(30, doc.metrics().size());
        assertEquals(3, doc.guidance().size());
        assertEquals(List.of("revenue#FY2027#ANY", "revenue#FY2028#ANY"), doc.alerts().stream().map(Alert::itemKey).toList());
        assertFalse(reader.documentAt(BUCKET, "incoming/none.txt").isPresent());
        assertEquals(4, paged(1, reader::documents).size());
        assertEquals(4, Pages.all(reader::documents).count());
    }

    @Test
    void aTokenOfAnotherQueryOrNoTokenIsRefused() {
        Page<StoredGuidance> first = reader.guidanceHistory("ACME", "revenue", PageRequest.first(2));
        assertTrue(first.hasNext());
        PageRequest foreign = first.nextRequest(PageRequest.first(2));
        var e = assertThrows(IllegalArgumentException.class, () -> reader.guidanceHistory("ACME", "eps", foreign));
        assertTrue(e.getMessage().contains("another query"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reader.guidance("ACME", null, new PageRequest(2, "not-a-token!")));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0));
    }

    @Test
    void aPageStoppedInsideAnItemThatIsGoneSinceResumesAtTheNextItemWhole() {
        TranscriptStore store = new TranscriptStore(ddb, TABLE);
        List<DocumentRecord> docs = new ArrayList<>();
        for (String name : List.of("x", "y")) {
            DocumentRecord doc = new DocumentRecord("zz-" + name, Status.PROCESSED, List.of(), null, null, null,
                    new CallInfo("Zeta", "ZZZ", FiscalPeriod.quarter(2030, 1), "2030-04-0" + (docs.size() + 1), List.of()),
                    "ZZZ", "2030-04-01T00:00:00Z", null);
            docs.add(doc);
            List<ReportedMetric> metrics = new ArrayList<>();
            for (int m = 0; m < 30; m++) {
                metrics.add(new ReportedMetric("metric_" + m, FiscalPeriod.quarter(2030, 1), m, Unit.money("USD"), null,
                        new Evidence(1, "CFO", name + " metric " + m)));
            }
            store.saveFinancials(doc, new Financials(metrics, List.of(), List.of()));
        }
        Page<DocumentMetric> first = reader.metrics("ZZZ", null, PageRequest.first(7));
        assertEquals(List.of("zz-x"), first.items().stream().map(DocumentMetric::documentId).distinct().toList());
        store.saveFinancials(docs.get(0), new Financials(List.of(), List.of(), List.of())); // x's figures are gone
        List<DocumentMetric> rest = new ArrayList<>();
        for (Page<DocumentMetric> p = first; p.hasNext(); ) {
            p = reader.metrics("ZZZ", null, p.nextRequest(PageRequest.first(7)));
            rest.addAll(p.items());
        }
        assertEquals(30, rest.size(), "all of y's figures, none skipped for x's");
        assertTrue(rest.stream().allMatch(m -> m.documentId().equals("zz-y")));
    }
}
