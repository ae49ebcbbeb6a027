package org.imrx.model;

/** The reviewer's decision on one disputed item. */
public enum Decision {
  UPHELD,
  OVERTURNED
}
