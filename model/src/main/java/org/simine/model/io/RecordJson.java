package org.simine.model.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.simine.model.Record;

/** The JSON form of records: one object per record, JSON Lines for files. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Record record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise record: " + e.getMessage(), e);
        }
    }

    public static JsonNode toTree(Record record) {
        return MAPPER.valueToTree(record);
    }

    /** Parses one record, refusing an unknown major schema version. */
    public static Record fromJson(String json) throws RecordFormatException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new RecordFormatException("expected a JSON object");
            }
            checkVersion(node.path("schema_version").asText(null));
            return MAPPER.treeToValue(node, Record.class);
        } catch (JsonProcessingException e) {
            throw new RecordFormatException(e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new RecordFormatException(e.getMessage());
        }
    }

    public static void checkVersion(String version) throws RecordFormatException {
        if (version == null || version.isEmpty()) {
            return;
        }
        String major = version.split("\\.", 2)[0];
        String ours = Record.SCHEMA_VERSION.split("\\.", 2)[0];
        if (!major.equals(ours)) {
            throw new RecordFormatException("schema_version " + version + " is not readable by this SiMine (reads "
                    + ours + ".x)");
        }
    }

    public static void writeJsonl(Iterable<Record> records, Appendable out) {
        try {
            for (Record r : records) {
                out.append(toJson(r)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeJsonArray(List<Record> records, Appendable out) {
        try {
            out.append(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(records)).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON Lines; blank lines are skipped, a bad line fails with its line number. */
    public static List<Record> readJsonl(Reader in) throws IOException, RecordFormatException {
        List<Record> out = new ArrayList<>();
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(fromJson(line));
            } catch (RecordFormatException e) {
                throw new RecordFormatException("line " + n + ": " + e.getMessage());
            }
        }
        return out;
    }
}
