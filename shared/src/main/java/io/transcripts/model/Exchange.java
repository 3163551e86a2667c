package io.transcripts.model;

import java.util.List;

/** An analyst's question turns and the answer turns that follow them, until the next question. */
public record Exchange(List<Integer> questionTurns, List<Integer> answerTurns) {
    public Exchange {
        questionTurns = List.copyOf(questionTurns);
        answerTurns = List.copyOf(answerTurns);
    }
}
