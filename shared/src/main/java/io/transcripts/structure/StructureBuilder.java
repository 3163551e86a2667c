package io.transcripts.structure;

import io.transcripts.language.Cue;
import io.transcripts.language.OperatorIntros;
import io.transcripts.layout.LayoutReading;
import io.transcripts.layout.ListedParticipant;
import io.transcripts.layout.Names;
import io.transcripts.layout.RawTurn;
import io.transcripts.layout.Titles;
import io.transcripts.model.CallInfo;
import io.transcripts.model.Exchange;
import io.transcripts.model.LayoutInfo;
import io.transcripts.model.Participant;
import io.transcripts.model.Role;
import io.transcripts.model.Section;
import io.transcripts.model.Transcript;
import io.transcripts.model.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a layout's reading into the transcript's structure: one participant per person (merged
 * from lists, headers and operator introductions), each turn's role and section, and the
 * question/answer exchanges.
 */
public final class StructureBuilder {

    private StructureBuilder() {
    }

    public static Transcript build(LayoutReading reading, String wholeText) {
        List<RawTurn> raw = reading.turns();
        String opening = String.join("\n", raw.stream().limit(3).map(RawTurn::text).toList());
        CallInfo call = CallInfoExtractor.extract(reading.headerLines(), opening, wholeText);

        People people = new People();
        for (ListedParticipant p : reading.listedParticipants()) {
            people.add(p.name(), p.title(), p.firm(), p.roleHint());
        }
        for (RawTurn t : raw) {
            if (t.label() != null && !Names.isOperator(t.label())) {
                people.add(t.label(), t.title(), t.firm(), t.roleHint());
            }
        }
        int qaStart = qaStart(raw);
        for (int i = 0; i < raw.size(); i++) {
            RawTurn t = raw.get(i);
            if (isOperator(t)) {
                for (OperatorIntros.Intro intro : OperatorIntros.find(t.text())) {
                    if (!people.introduce(intro.name(), intro.firm()) && i + 1 < raw.size()) {
                        // someone asked in the introduced analyst's place: they speak from the same firm's line
                        RawTurn next = raw.get(i + 1);
                        if (next.label() != null && !isOperator(next)) {
                            people.standIn(next.label(), intro.firm());
                        }
                    }
                }
            }
        }
        assignDefaultRoles(raw, qaStart, people);

        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawTurn t = raw.get(i);
            Section section = qaStart >= 0 && i >= qaStart ? Section.QA : Section.PREPARED_REMARKS;
            String speaker;
            Role role;
            if (isOperator(t)) {
                speaker = Names.isHost(t.label()) && !Names.isOperator(t.label()) ? t.label() : "Operator"; // "Moderator" as written
                role = Role.OPERATOR;
            } else if (t.label() == null) {
                speaker = null;
                role = t.roleHint();
            } else {
                People.Person p = people.find(t.label());
                speaker = p == null ? t.label() : p.name;
                role = p == null ? t.roleHint() : p.role;
            }
            turns.add(new Turn(turns.size(), speaker, role, section, t.text(), t.translation()));
        }
        // the label grammar the reading used, for tracing a wrong speaker: the first distinct labels as printed
        List<String> samples = reading.labels().stream().map(String::strip).distinct().limit(3).toList();
        LayoutInfo layout = new LayoutInfo(reading.family(), reading.confidence(), reading.languages(), reading.labels().size(), samples);
        List<Participant> participants = people.all().stream()
                .map(p -> new Participant(p.name, p.role, p.title, p.firm)).toList();
        return new Transcript(call, layout, participants, turns, exchanges(turns), reading.warnings(),
                reading.numbersTrusted());
    }

    private static boolean isOperator(RawTurn t) {
        return t.roleHint() == Role.OPERATOR || Names.isHost(t.label());
    }

    /** Index of the first Q&A turn, or -1 when the call has none. */
    static int qaStart(List<RawTurn> raw) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).qaStartsHere()) {
                return i;
            }
        }
        boolean someoneSpoke = false;
        for (int i = 0; i < raw.size(); i++) {
            RawTurn t = raw.get(i);
            if (!isOperator(t)) {
                someoneSpoke = true;
                continue;
            }
            if (someoneSpoke && (Cue.QA_OPEN.in(t.text()) || !OperatorIntros.find(t.text()).isEmpty())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * People introduced by the operator or speaking first after the operator in Q&A are analysts;
     * people with executive titles, or speaking in prepared remarks, are the company's.
     */
    private static void assignDefaultRoles(List<RawTurn> raw, int qaStart, People people) {
        for (int i = 0; i < raw.size(); i++) {
            RawTurn t = raw.get(i);
            if (t.label() == null || isOperator(t)) {
                continue;
            }
            People.Person p = people.find(t.label());
            if (p == null || p.role != Role.UNKNOWN) {
                continue;
            }
            boolean inQa = qaStart >= 0 && i >= qaStart;
            boolean afterOperator = i > 0 && isOperator(raw.get(i - 1));
            if (Titles.isExecutiveTitle(p.title)) {
                p.role = Role.EXECUTIVE;
            } else if (inQa && afterOperator) {
                p.role = Role.ANALYST;
            } else if (!inQa) {
                p.role = Role.EXECUTIVE;
            }
        }
    }

    /** Consecutive analyst turns ask; the turns after them, until the next question or operator, answer. */
    static List<Exchange> exchanges(List<Turn> turns) {
        List<Exchange> out = new ArrayList<>();
        List<Integer> questions = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (Turn t : turns) {
            if (t.section() != Section.QA) {
                continue;
            }
            if (t.role() == Role.ANALYST) {
                if (!answers.isEmpty()) {
                    out.add(new Exchange(questions, answers));
                    questions = new ArrayList<>();
                    answers = new ArrayList<>();
                }
                questions.add(t.index());
            } else if (t.role() == Role.OPERATOR) {
                if (!questions.isEmpty() && !answers.isEmpty()) {
                    out.add(new Exchange(questions, answers));
                }
                questions = new ArrayList<>();
                answers = new ArrayList<>();
            } else if (!questions.isEmpty()) {
                answers.add(t.index());
            }
        }
        if (!questions.isEmpty() && !answers.isEmpty()) {
            out.add(new Exchange(questions, answers));
        }
        return out;
    }
}
