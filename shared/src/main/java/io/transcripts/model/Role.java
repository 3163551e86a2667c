package io.transcripts.model;

/** Who a speaker is on the call. */
public enum Role { EXECUTIVE, ANALYST, OPERATOR, OTHER, UNKNOWN }
