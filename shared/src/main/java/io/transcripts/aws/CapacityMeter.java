package io.transcripts.aws;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * What a function's DynamoDB calls cost: every request asks DynamoDB for its consumed capacity
 * (table and indexes), and the meter adds it up, so each document's write and read units can be
 * logged as DynamoDB itself counted them. Attached to a client with
 * {@code overrideConfiguration(o -> o.addExecutionInterceptor(meter))}.
 */
public final class CapacityMeter implements ExecutionInterceptor {
    private final DoubleAdder writes = new DoubleAdder();
    private final DoubleAdder reads = new DoubleAdder();

    /** Units consumed since the last {@link #take()}. */
    public record Units(double write, double read) {
    }

    /** The log line a function writes per document: {@link #LINE} reads it back. */
    public static String line(String function, String documentId, Units u) {
        return String.format(java.util.Locale.ROOT, "capacity: document=%s function=%s writeUnits=%.1f readUnits=%.1f",
                documentId, function, u.write(), u.read());
    }

    /** A {@link #line}: groups document, function, writeUnits, readUnits. */
    public static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
            "capacity: document=(\\S+) function=(\\S+) writeUnits=([\\d.]+) readUnits=([\\d.]+)");

    /** A DynamoDB client as the functions build it (the URL-connection HTTP client), metered by this. */
    public software.amazon.awssdk.services.dynamodb.DynamoDbClient client() {
        return software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(this)).build();
    }

    /** The units consumed since the last call, and a fresh count from now. */
    public Units take() {
        return new Units(writes.sumThenReset(), reads.sumThenReset());
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        SdkRequest r = context.request();
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        if (r instanceof PutItemRequest p) {
            return p.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof UpdateItemRequest u) {
            return u.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof DeleteItemRequest d) {
            return d.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchWriteItemRequest b) {
            return b.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof TransactWriteItemsRequest t) {
            return t.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof GetItemRequest g) {
            return g.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof QueryRequest q) {
            return q.toBuilder().returnConsumedCapacity(total).build();
        } else if (r instanceof BatchGetItemRequest b) {
            return b.toBuilder().returnConsumedCapacity(total).build();
        }
        return r;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        SdkResponse r = context.response();
        if (r instanceof PutItemResponse p) {
            add(writes, p.consumedCapacity());
        } else if (r instanceof UpdateItemResponse u) {
            add(writes, u.consumedCapacity());
        } else if (r instanceof DeleteItemResponse d) {
            add(writes, d.consumedCapacity());
        } else if (r instanceof BatchWriteItemResponse b) {
            add(writes, b.consumedCapacity());
        } else if (r instanceof TransactWriteItemsResponse t) {
            add(writes, t.consumedCapacity());
        } else if (r instanceof GetItemResponse g) {
            add(reads, g.consumedCapacity());
        } else if (r instanceof QueryResponse q) {
            add(reads, q.consumedCapacity());
        } else if (r instanceof BatchGetItemResponse b) {
            add(reads, b.consumedCapacity());
        }
    }

    private static void add(DoubleAdder to, ConsumedCapacity c) {
        if (c != null && c.capacityUnits() != null) {
            to.add(c.capacityUnits());
        }
    }

    private static void add(DoubleAdder to, List<ConsumedCapacity> all) {
        if (all != null) {
            all.forEach(c -> add(to, c));
        }
    }
}
