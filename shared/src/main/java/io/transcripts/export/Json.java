package io.transcripts.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.transcripts.model.FiscalPeriod;
import io.transcripts.model.Unit;

/** The one JSON configuration for items, processed transcripts and exports. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(values())
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    private Json() {
    }

    /** Typed domain values travel as their labels ("FY2024-Q3", "USD_PER_SHARE"), as the contract writes them. */
    private static SimpleModule values() {
        SimpleModule m = new SimpleModule("transcript-values");
        m.addSerializer(FiscalPeriod.class, ToStringSerializer.instance);
        m.addSerializer(Unit.class, ToStringSerializer.instance);
        m.addDeserializer(FiscalPeriod.class, new FromStringDeserializer<>(FiscalPeriod.class) {
            @Override
            protected FiscalPeriod _deserialize(String value, DeserializationContext ctxt) {
                return FiscalPeriod.of(value);
            }
        });
        m.addDeserializer(Unit.class, new FromStringDeserializer<>(Unit.class) {
            @Override
            protected Unit _deserialize(String value, DeserializationContext ctxt) {
                return Unit.of(value);
            }
        });
        return m;
    }

    public static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String s, Class<T> type) {
        try {
            return MAPPER.readValue(s, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        }
    }
}
