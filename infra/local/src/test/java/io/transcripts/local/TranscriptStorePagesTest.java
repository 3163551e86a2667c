package io.transcripts.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.transcripts.export.DocumentRecord;
import io.transcripts.model.CallInfo;
import io.transcripts.model.Exchange;
import io.transcripts.model.Participant;
import io.transcripts.model.Role;
import io.transcripts.model.Section;
import io.transcripts.model.Status;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import io.transcripts.store.StoredDocument;
import io.transcripts.store.TranscriptStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns, participants and exchanges stored a page at a time read back exactly, a turn too long for a page included. */
class TranscriptStorePagesTest {
    @Test
    void aDocumentReadsBackAsItWasStoredInFewItems(@TempDir Path data) throws Exception {
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            ddb.createTable(io.transcripts.store.TableDefinition.create("pages"));
            TranscriptStore store = new TranscriptStore(ddb, "pages");
            List<Turn> turns = new ArrayList<>();
            List<Participant> people = new ArrayList<>();
            List<Exchange> exchanges = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String text = i == 150 ? "é long answer ".repeat(9_000) // 126,000 chars: its own item and continuations
                        : "Turn " + i + " says something about revenue of $" + i + " million, ünïcode included.";
                turns.add(new Turn(i, "Speaker " + (i % 40), i % 2 == 0 ? Role.ANALYST : Role.EXECUTIVE,
                        i < 100 ? Section.PREPARED_REMARKS : Section.QA, text, i == 7 ? Map.of("en", "a translation") : null));
            }
            for (int i = 0; i < 40; i++) {
                people.add(new Participant("Speaker " + i, i % 2 == 0 ? Role.ANALYST : Role.EXECUTIVE, "Title " + i, "Firm " + i));
            }
            for (int i = 100; i + 1 < 400; i += 2) {
                exchanges.add(new Exchange(List.of(i), List.of(i + 1)));
            }
            Transcript t = new Transcript(CallInfo.UNKNOWN, null, people, turns, exchanges, List.of(), true);
            DocumentRecord doc = new DocumentRecord("doc-pages", Status.PROCESSED, List.of(), null, null, null, CallInfo.UNKNOWN,
                    null, "2026-12-02T00:00:00Z", null);
            store.saveDocument(doc, t);
            StoredDocument back = new io.transcripts.reader.TranscriptReader(ddb, "pages").document("doc-pages").orElseThrow();
            assertEquals(turns, back.turns());
            assertEquals(people, back.participants());
            assertEquals(exchanges, back.exchanges());
            int items = ddb.query(b -> b.tableName("pages").keyConditionExpression("PK = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("DOC#doc-pages")))).count();
            assertTrue(items < 20, "402 values and a long turn in " + items + " items");
            // pages are stored compressed: DynamoDB charges write units per stored KB
            long stored = ddb.query(b -> b.tableName("pages").keyConditionExpression("PK = :p")
                    .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("DOC#doc-pages")))).items().stream()
                    .map(it -> it.get("body")).mapToLong(v -> v.b() != null ? v.b().asByteArray().length : v.s().length()).sum();
            long json = io.transcripts.export.Json.write(turns).length() + io.transcripts.export.Json.write(people).length()
                    + io.transcripts.export.Json.write(exchanges).length();
            assertTrue(stored * 4 < json, "stored " + stored + " bytes of bodies for " + json + " bytes of JSON");

            // stored again with fewer turns: the pages the new run did not write are gone
            Transcript shorter = new Transcript(CallInfo.UNKNOWN, null, people.subList(0, 3), turns.subList(0, 10), List.of(), List.of(), true);
            store.saveDocument(doc, shorter);
            StoredDocument again = new io.transcripts.reader.TranscriptReader(ddb, "pages").document("doc-pages").orElseThrow();
            assertEquals(turns.subList(0, 10), again.turns());
            assertEquals(people.subList(0, 3), again.participants());
            assertEquals(List.of(), again.exchanges());
        }
    }

    @Test
    void pagesStoredUncompressedByAnEarlierVersionStillReadBack(@TempDir Path data) throws Exception {
        try (LocalStack stack = new LocalStack(data); DynamoDbClient ddb = stack.dynamo()) {
            ddb.createTable(io.transcripts.store.TableDefinition.create("legacy"));
            TranscriptStore store = new TranscriptStore(ddb, "legacy");
            DocumentRecord doc = new DocumentRecord("doc-old", Status.PROCESSED, List.of(), null, null, null, CallInfo.UNKNOWN,
                    null, "2026-12-01T00:00:00Z", null);
            List<Turn> turns = List.of(new Turn(0, "Operator", Role.OPERATOR, Section.PREPARED_REMARKS, "Welcome.", null),
                    new Turn(1, "Ann Lee", Role.EXECUTIVE, Section.PREPARED_REMARKS, "Revenue was $5 million.", null));
            store.saveDocument(doc, null);
            ddb.putItem(b -> b.tableName("legacy").item(Map.of("PK", AttributeValue.fromS("DOC#doc-old"),
                    "SK", AttributeValue.fromS("TURN#00000"), "itemType", AttributeValue.fromS("TURN"),
                    "body", AttributeValue.fromS(io.transcripts.export.Json.write(turns)))));
            assertEquals(turns, new io.transcripts.reader.TranscriptReader(ddb, "legacy").document("doc-old").orElseThrow().turns());
        }
    }
}
