package org.imrx.model;

/** The utilization review decision a record states: its date and outcome (e.g. non-certified). */
public record UtilizationReview(String date, String outcome) {}
