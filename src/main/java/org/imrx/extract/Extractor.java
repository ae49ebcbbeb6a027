package org.imrx.extract;

/**
 * One extraction stage: a document in, values with their evidence out. Implementations hold only
 * what they load once (patterns, lexicons, models); per-document state lives in the
 * {@link AnnotatedDocument} passed in, so one instance serves every thread.
 *
 * @param <T> what the stage finds
 */
@FunctionalInterface
public interface Extractor<T> {
  T extract(AnnotatedDocument doc);
}
