package io.transcripts.financials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transcripts.model.Direction;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Guidance;
import io.transcripts.model.StoredGuidance;
import io.transcripts.model.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Directions from history, without servers: the domain's storage interface over a list in memory. */
class CallGuidanceTest {
    /** The history as the table would hold it: items replaced by document and item key. */
    static final class InMemory implements GuidanceStore {
        final List<StoredGuidance> items = new ArrayList<>();

        @Override
        public List<StoredGuidance> guidanceHistory(String companyKey, String metric) {
            return items.stream().filter(i -> companyKey.equals(i.companyKey()) && i.guidance().metric().equals(metric)).toList();
        }

        @Override
        public void updateGuidance(StoredGuidance item) {
            items.removeIf(i -> i.documentId().equals(item.documentId()) && i.guidance().itemKey().equals(item.guidance().itemKey()));
            items.add(item);
        }

        void save(String doc, String date, List<Guidance> guidance) {
            guidance.forEach(g -> updateGuidance(new StoredGuidance(doc, "HLDN", "Halden", "HLDN", date, doc + ".txt", g)));
        }

        Guidance item(String doc, String period) {
            return items.stream().filter(i -> i.documentId().equals(doc) && i.guidance().period().toString().equals(period))
                    .findFirst().orElseThrow().guidance();
        }
    }

    private static Guidance revenue(String period, double low, double high) {
        return new Guidance("revenue", FiscalPeriod.of(period), low, high, Unit.money("USD"), null, Direction.UNKNOWN, null, null, null, null, null);
    }

    private static void call(InMemory store, String doc, String date, List<Guidance> extracted) {
        CallGuidance c = new CallGuidance(store, "HLDN", date, doc);
        List<Guidance> resolved = c.resolve(extracted);
        store.save(doc, date, resolved);
        c.repairLaterCalls(resolved);
    }

    private static final List<Guidance> Q3 = List.of(revenue("FY2026", 470e6, 490e6), revenue("FY2025-Q4", 120e6, 125e6));
    private static final List<Guidance> Q4 = List.of(revenue("FY2026", 480e6, 500e6), revenue("FY2026-Q1", 112e6, 116e6));

    @Test
    void aLaterCallComparesWithTheEarlierOne() {
        InMemory store = new InMemory();
        call(store, "q3", "2025-11-05", Q3);
        call(store, "q4", "2026-02-18", Q4);
        assertEquals(Direction.INITIATED, store.item("q3", "FY2026").direction());
        Guidance raised = store.item("q4", "FY2026");
        assertEquals(Direction.RAISED, raised.direction());
        assertEquals(470e6, raised.priorLow());
        assertEquals("q3", raised.priorDocumentId());
        assertEquals(Direction.INITIATED, store.item("q4", "FY2026-Q1").direction());
    }

    @Test
    void anEarlierCallArrivingLateBecomesTheLaterCallsPrior() {
        InMemory store = new InMemory();
        call(store, "q4", "2026-02-18", Q4);
        assertEquals(Direction.INITIATED, store.item("q4", "FY2026").direction());
        call(store, "q3", "2025-11-05", Q3);
        assertEquals(Direction.RAISED, store.item("q4", "FY2026").direction(), "repaired once the earlier call arrived");
        assertEquals("q3", store.item("q4", "FY2026").priorDocumentId());
        assertEquals(Direction.INITIATED, store.item("q3", "FY2026").direction(), "the earlier call had no history before it");
    }

    @Test
    void aLaterCallWithItsOwnPriorIsNotRewritten() {
        InMemory store = new InMemory();
        call(store, "q4", "2026-02-18", Q4);
        call(store, "q3", "2025-11-05", Q3);
        StoredGuidance before = store.guidanceHistory("HLDN", "revenue").stream()
                .filter(i -> i.documentId().equals("q4") && i.guidance().period().toString().equals("FY2026")).findFirst().orElseThrow();
        // the same earlier call again (a redelivery): the later item already has its prior
        assertEquals(0, new CallGuidance(store, "HLDN", "2025-11-05", "q3").repairLaterCalls(
                new CallGuidance(store, "HLDN", "2025-11-05", "q3").resolve(Q3)));
        assertEquals(before, store.guidanceHistory("HLDN", "revenue").stream()
                .filter(i -> i.documentId().equals("q4") && i.guidance().period().toString().equals("FY2026")).findFirst().orElseThrow());
    }

    @Test
    void historyGivesTheDirectionWhereTheWordsAreSilent() {
        Guidance now = revenue("FY2026", 480e6, 500e6);
        Guidance before = revenue("FY2026", 470e6, 490e6).withDirection(Direction.INITIATED, null, null, null);
        Guidance up = GuidanceHistory.resolve(now, before, "doc1");
        assertEquals(Direction.RAISED, up.direction());
        assertEquals(470e6, up.priorLow(), 1);
        assertEquals("doc1", up.priorDocumentId());
        assertEquals(Direction.INITIATED, GuidanceHistory.resolve(now, null, null).direction());
        assertEquals(Direction.REITERATED, GuidanceHistory.resolve(before.withDirection(Direction.UNKNOWN, null, null, null),
                before, "doc1").direction());
        Guidance statedPrior = revenue("FY2026", 500e6, 515e6).withDirection(Direction.UNKNOWN, 490e6, 505e6, null);
        assertEquals(Direction.RAISED, GuidanceHistory.resolve(statedPrior, null, null).direction(), "a prior the call states");
    }
}
