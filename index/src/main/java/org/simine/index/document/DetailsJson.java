package org.simine.index.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@link PaperDetails} as the JSON stored on a paper's document. */
final class DetailsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DetailsJson() {
    }

    static String write(PaperDetails details) {
        try {
            return MAPPER.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write paper details: " + e.getOriginalMessage(), e);
        }
    }

    /** The stored details; {@link PaperDetails#NONE} when absent or unreadable (they are a courtesy, not data). */
    static PaperDetails read(String json) {
        if (json == null) {
            return PaperDetails.NONE;
        }
        try {
            return MAPPER.readValue(json, PaperDetails.class);
        } catch (JsonProcessingException e) {
            return PaperDetails.NONE;
        }
    }
}
