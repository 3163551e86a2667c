package io.transcripts.bench.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cold-start floor: a handler that does nothing, started by the same runtime client on the same
 * JVM as our functions. With FLOOR_CLIENTS=true it also builds a DynamoDB client the way our functions
 * do and makes one read, which is the client set-up every function pays whatever it computes.
 */
public final class FloorHandler implements RequestStreamHandler {
    private final DynamoDbClient ddb;
    private final String table;

    public FloorHandler() {
        Map<String, String> env = System.getenv();
        boolean clients = Boolean.parseBoolean(env.getOrDefault("FLOOR_CLIENTS", "false"));
        this.ddb = clients ? DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build() : null;
        this.table = env.get("TABLE_NAME");
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        in.readAllBytes();
        int found = 0;
        if (ddb != null) {
            found = ddb.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS("FLOOR"), "SK", AttributeValue.fromS("FLOOR"))))
                    .hasItem() ? 1 : 0;
        }
        out.write(("{\"floor\":" + found + "}").getBytes(StandardCharsets.UTF_8));
    }
}
