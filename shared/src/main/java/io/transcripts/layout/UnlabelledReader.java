package io.transcripts.layout;

import io.transcripts.language.Cue;
import io.transcripts.language.OperatorIntros;
import io.transcripts.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds turns in text without speaker labels from the cues speakers use to hand over: "I will now
 * turn the call over to Dan", "Thanks, Rob.", "our next question comes from ...", "open the call
 * to questions". Names only what the text supports: the person handed to, or the person thanked
 * by the next speaker in prepared remarks; otherwise the speaker stays null.
 */
public final class UnlabelledReader {
    private static final String ONE_NAME = "(\\p{Lu}[\\p{L}'’\\-]+)";
    private static final Pattern HANDOVER = Pattern.compile(
            "(?i)\\b(?:turn|hand|pass)(?:ing)?\\s+(?:the\\s+|this\\s+)?(?:call|meeting|conference|floor|line|it|things|"
                    + "presentation)?\\s*(?:back\\s+)?over\\s+to\\s+(?-i:(.+?))(?:\\.|$)");
    private static final Pattern TARGET_NAMED = Pattern.compile("^(?:our\\s+|my\\s+colleague,?\\s+)?(?-i:"
            + "(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?))\\s*(?:,\\s*(?:our\\s+)?([^,]{3,80}?))?(?:,|\\s+who\\b|$)");
    private static final Pattern TARGET_UNNAMED = Pattern.compile(
            "^(?:<UNK>|\\[\\w+\\]|\\S+)(?:\\s+(?:<UNK>|\\[\\w+\\]))*\\s*,\\s*(?:our\\s+)?([^,]{3,80}?)(?:,|\\s+of\\b|$)");
    private static final Pattern ADDRESS_ONLY = Pattern.compile("^(?:" + ONE_NAME + "|Operator)\\s*[.?!]$");
    private static final Pattern THANKS = Pattern.compile(
            "^(?:Thanks|Thank you)(?:,|\\s+very much,|\\s+so much,)?\\s+" + ONE_NAME + "\\s*[.!,]");
    private static final Pattern ADDRESSED_ANSWER = Pattern.compile(
            "^(?:So|Yes|Yeah|Sure|Well|Hi|Hey|Okay|Great|Right),?\\s+" + ONE_NAME + "\\s*,");
    /** "Yes, hi, Ben", "Hi, Mark": an answer that opens by greeting the analyst who asked. */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:(?:So|Yes|Yeah|Sure|Well|Okay|Great|Right),?\\s+)?(?:[Hh]i|[Hh]ey|[Hh]ello)(?:,|\\s+there,?)?\\s+" + ONE_NAME + "\\s*(?:[,.!]|$)");
    /** "Yes, and this is Darin", "This is Darin": the speaker names themselves. */
    private static final Pattern SELF_NAMED = Pattern.compile(
            "^(?:(?:Yes|Yeah|Hi|Hey|Okay|And|So),?\\s+)*(?:and\\s+)?(?:[Tt]his\\s+is|[Ii]t['’]s)\\s+" + ONE_NAME + "\\s*(?:[,.!]|$|\\s+(?:here|speaking)\\b)");
    /** "Thank you for joining us on the call today": the closing remarks, a turn of their own. */
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^(?:and\\s+)?(?:thank\\s+you|thanks)(?:\\s+(?:all|everyone|everybody))?\\s+(?:again\\s+)?for\\s+(?:joining|your\\s+(?:time|participation))");

    private UnlabelledReader() {
    }

    /** One unit of text: a line (sentence-lines) or a sentence (prose). */
    public static List<RawTurn> read(List<String> units) {
        return read(units, java.util.Set.of());
    }

    /** @param qaHeadingBefore indices of units a Q&A heading came right before (the heading itself is no speech) */
    public static List<RawTurn> read(List<String> units, java.util.Set<Integer> qaHeadingBefore) {
        List<Draft> turns = new ArrayList<>();
        Draft current = new Draft(null, null, Role.UNKNOWN, false);
        turns.add(current);
        Pending next = null;
        boolean inQa = false;
        boolean qaOpened = false;
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            Optional<OperatorIntros.Intro> intro = OperatorIntros.first(u);
            Matcher thanks = THANKS.matcher(u);
            Matcher addressed = ADDRESSED_ANSWER.matcher(u);
            Matcher greeting = GREETING.matcher(u);
            Matcher self = SELF_NAMED.matcher(u);
            boolean boundary = false;
            boolean startsQa = false;
            if (qaHeadingBefore.contains(i)) {
                qaOpened = true;
            }
            if (intro.isPresent()) {
                // the operator's introduction is a turn of its own; the analyst speaks next
                current = start(turns, current, new Draft("Operator", null, Role.OPERATOR, true));
                current.add(u);
                inQa = true;
                qaOpened = false;
                next = new Pending(intro.get().name(), null, intro.get().firm(), Role.ANALYST);
                current = start(turns, current, null);
                continue;
            }
            if (thanks.find() && !isCommonWord(thanks.group(1))) {
                // in prepared remarks the person thanked is the one who just spoke
                Draft previous = current.isEmpty() ? lastNonEmpty(turns) : current;
                if (!inQa && previous != null && previous.speaker == null) {
                    previous.speaker = thanks.group(1);
                }
                boundary = !current.isEmpty();
            } else if (inQa && addressed.find() && !current.isEmpty() && !isCommonWord(addressed.group(1))) {
                boundary = true;
            } else if (inQa && greeting.find() && !current.isEmpty() && !isCommonWord(greeting.group(1))) {
                boundary = true;
            } else if (inQa && CLOSING.matcher(u).find() && !current.isEmpty()) {
                boundary = true;
            }
            String named = self.find() && !isCommonWord(self.group(1)) ? self.group(1) : null;
            if (named != null && inQa && current.units.size() > 1) {
                boundary = true; // a speaker who names themselves past a turn's opening starts one
            }
            if (qaOpened && !current.isEmpty()) {
                boundary = true;
                startsQa = true;
            }
            if (boundary || (next != null && current.isEmpty())) {
                Draft d = next == null ? new Draft(null, null, Role.UNKNOWN, startsQa)
                        : new Draft(next.name, next.title, next.role, startsQa);
                if (next != null) {
                    d.firm = next.firm;
                }
                next = null;
                if (startsQa) {
                    inQa = true;
                    qaOpened = false;
                }
                current = start(turns, current, d);
            }
            if (named != null && current.units.size() <= 1 && current.speaker == null) {
                current.speaker = named; // "Hi, Mark. This is Darin."
                current.role = Role.UNKNOWN;
            }
            current.add(u);
            Matcher h = HANDOVER.matcher(u);
            if (h.find()) {
                next = target(h.group(1).strip());
                // "Dan." or "Operator." right after the hand-over still belongs to this speaker
                if (i + 1 < units.size() && ADDRESS_ONLY.matcher(units.get(i + 1)).matches()) {
                    current.add(units.get(++i));
                }
                current = start(turns, current, null);
            }
            if (Cue.QA_OPEN.in(u)) {
                qaOpened = true;
                if (i + 1 < units.size() && ADDRESS_ONLY.matcher(units.get(i + 1)).matches()) {
                    current.add(units.get(++i));
                }
            }
        }
        List<RawTurn> out = new ArrayList<>();
        for (Draft d : turns) {
            if (!d.isEmpty()) {
                out.add(new RawTurn(d.speaker, d.title, d.firm, d.role, String.join("\n", d.units), Map.of(), d.qa));
            }
        }
        return out;
    }

    private static Draft start(List<Draft> turns, Draft current, Draft next) {
        if (next == null) {
            next = new Draft(null, null, Role.UNKNOWN, false);
        }
        if (current.isEmpty()) {
            turns.remove(turns.size() - 1);
            next.qa |= current.qa;
            if (next.speaker == null) {
                next.speaker = current.speaker;
                next.title = next.title == null ? current.title : next.title;
                next.role = next.role == Role.UNKNOWN ? current.role : next.role;
                next.firm = next.firm == null ? current.firm : next.firm;
            }
        }
        turns.add(next);
        return next;
    }

    private static Draft lastNonEmpty(List<Draft> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (!turns.get(i).isEmpty()) {
                return turns.get(i);
            }
        }
        return null;
    }

    private static Pending target(String t) {
        if (Names.isOperator(t.replaceAll("[,.]$", ""))) {
            return new Pending("Operator", null, null, Role.OPERATOR);
        }
        Matcher unnamed = TARGET_UNNAMED.matcher(t);
        if (t.contains("<UNK>") && unnamed.find()) {
            String title = unnamed.group(1).strip();
            return new Pending(null, title, null, Titles.isExecutiveTitle(title) ? Role.EXECUTIVE : Role.UNKNOWN);
        }
        Matcher named = TARGET_NAMED.matcher(t);
        if (named.find() && Names.looksLikeName(named.group(1)) && !isCommonWord(named.group(1))) {
            String title = named.group(2) == null ? null : named.group(2).strip();
            Role role = title != null && Titles.isExecutiveTitle(title) ? Role.EXECUTIVE : Role.UNKNOWN;
            return new Pending(named.group(1), Titles.isExecutiveTitle(title) ? title : null, null, role);
        }
        return new Pending(null, null, null, Role.UNKNOWN);
    }

    private static boolean isCommonWord(String w) {
        return !Names.looksLikeName(w) || w.equalsIgnoreCase("everyone") || w.equalsIgnoreCase("everybody");
    }

    private record Pending(String name, String title, String firm, Role role) {
    }

    private static final class Draft {
        String speaker;
        String title;
        String firm;
        Role role;
        boolean qa;
        final List<String> units = new ArrayList<>();

        Draft(String speaker, String title, Role role, boolean qa) {
            this.speaker = speaker;
            this.title = title;
            this.role = role;
            this.qa = qa;
        }

        void add(String u) {
            units.add(u);
        }

        boolean isEmpty() {
            return units.isEmpty();
        }
    }
}
