package org.imrx.model;

/**
 * The utilization review decision a record states: its date (ISO) and outcome, one of
 * {@code non-certified}, {@code certified}, {@code modified}, {@code denied}. Their evidence is
 * in the case's evidence map at {@code utilizationReview.date} and
 * {@code utilizationReview.outcome}.
 */
public record UtilizationReview(String date, String outcome) {}
