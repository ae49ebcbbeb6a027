package org.imrx.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place the case JSON is configured: nulls written (null means "not stated"), keys in
 * declaration order, maps sorted, so that two runs over the same input give the same bytes.
 *
 * <p>The mappers are immutable once built and safe to share across threads.
 */
public final class CaseJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private CaseJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One line of JSON, for {@code jsonl}. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case not serialisable", e);
    }
  }

  /** Indented JSON, for {@code json}. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case not serialisable", e);
    }
  }

  public static Case read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Case.class);
  }
}
