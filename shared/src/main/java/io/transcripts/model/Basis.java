package io.transcripts.model;

/** Accounting basis of a metric. */
public enum Basis { GAAP, NON_GAAP }
