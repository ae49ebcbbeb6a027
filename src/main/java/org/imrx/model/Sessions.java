package org.imrx.model;

/** Session counts as written: "6 chiropractic treatments", "3 times a week for 2 weeks". */
public record Sessions(Integer count, Integer perWeek, Integer weeks) {}
