package org.scorekit.experiment;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scorekit.checks.Checks;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a Jackson or YAML error into one {@link InvalidSpecException} line:
 * {@code spec.yaml line 13 column 3 (estimator.widht): unknown field 'widht', expected one of
 * ...}. The position is the offending field's own token ({@link SpecLocations}); YAML syntax
 * errors are put in plain words; tokens quoted from the file are short and escaped
 * ({@link Checks#quoted}), so a long or binary token never floods the terminal.
 */
final class SpecErrors {
    private static final Pattern NAMED_FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9.]*) must ");
    private static final Pattern NON_FINITE = Pattern.compile("'([^']*)'|\\(\"([^\"]*)\"\\)");

    private SpecErrors() {
    }

    /** The one-line error for {@code e}, raised while reading {@code text} from {@code source}. */
    static InvalidSpecException translate(String source, String text, JsonFactory factory,
                                          JsonProcessingException e) {
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof MarkedYAMLException yaml) {
                return yamlSyntax(source, yaml, e);
            }
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String what = what(e);
        // A record's own check names its field ("estimator.width must ..."): point at that field.
        Matcher named = NAMED_FIELD.matcher(what);
        String located = e instanceof ValueInstantiationException && named.lookingAt()
                ? named.group(1) : e instanceof InvalidTypeIdException t ? typeField(t, path) : path;
        JsonLocation loc = SpecLocations.find(factory, text, located)
                .or(() -> SpecLocations.find(factory, text, path)).orElse(e.getLocation());
        String field = located.isEmpty() ? "" : " (" + located + ")";
        return new InvalidSpecException(where(source, loc) + field + ": " + what, e);
    }

    /**
     * A check that ran after reading ({@code Pipeline}, {@code Preflight}) names its field at the
     * start of its message ({@code process.g0 must be ...}); this puts the file, line and column
     * of that field in front, when the text has the field (a derived value's field may not be
     * written at all, then the message stays as it is).
     */
    static InvalidSpecException located(String source, String text, JsonFactory factory,
                                        InvalidSpecException e) {
        Matcher named = NAMED_FIELD.matcher(e.getMessage());
        if (!named.lookingAt()) {
            return e;
        }
        String field = named.group(1);
        return SpecLocations.find(factory, text, field)
                .map(loc -> new InvalidSpecException(where(source, loc) + " (" + field + "): "
                        + e.getMessage(), e))
                .orElse(e);
    }

    /** The path of the type property ({@code process.schedule}) whose value is unknown or missing. */
    private static String typeField(InvalidTypeIdException e, String path) {
        JsonTypeInfo info = e.getBaseType() == null ? null
                : e.getBaseType().getRawClass().getAnnotation(JsonTypeInfo.class);
        return info == null || e.getTypeId() == null ? path
                : (path.isEmpty() ? "" : path + ".") + info.property();
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field " + Checks.quoted(u.getPropertyName()) + (known.isEmpty() ? ""
                    : ", expected one of: " + known);
        }
        if (e instanceof InvalidTypeIdException t) {
            return t.getTypeId() == null ? "missing type name"
                    : "unknown type " + Checks.quoted(t.getTypeId()) + knownTypes(t);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return Checks.shortened(v.getCause().getMessage());
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "unexpected content after the end of the document";
        }
        if (message.contains("nesting depth")) {
            return "nested too deeply (at most 1000 levels)";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expectation(m.getTargetType()) + given(message);
        }
        if (isNonFinite(message)) {
            Matcher m = NON_FINITE.matcher(message);
            return "expected a finite number" + (m.find() ? ", got " + Checks.quoted(
                    m.group(1) != null ? m.group(1) : m.group(2)) : "");
        }
        return Checks.shortened(message);
    }

    /** What a spec value of this Java type is, in the words of a spec author. */
    private static String expectation(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a name";
        }
        return type.isArray() ? "a list" : "a section of fields";
    }

    /** What Jackson found instead, from the kind of value its message names. */
    private static String given(String message) {
        String[][] kinds = {{"empty String", "nothing"}, {"String value", "text"},
            {"Floating-point value", "a decimal number"}, {"Integer value", "a whole number"},
            {"Boolean value", "true or false"}, {"Array value", "a list"},
            {"Object value", "a section of fields"}, {"START_ARRAY", "a list"},
            {"START_OBJECT", "a section of fields"}, {"Null value", "null"}};
        for (String[] kind : kinds) {
            if (message.contains(kind[0])) {
                return ", got " + kind[1];
            }
        }
        return "";
    }

    private static InvalidSpecException yamlSyntax(String source, MarkedYAMLException yaml,
                                                   JsonProcessingException e) {
        Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
        String where = mark == null ? source
                : source + " line " + (mark.getLine() + 1) + " column " + (mark.getColumn() + 1);
        String problem = yaml.getProblem() == null ? "" : yaml.getProblem();
        String what;
        if (problem.contains("\\t") || problem.contains("TAB")) {
            what = "a tab character; YAML indents with spaces only";
        } else if (problem.contains("mapping values are not allowed")) {
            what = "a 'key: value' where none may start (check the indentation of this line)";
        } else if (problem.contains("could not find expected ':'")) {
            what = "expected 'key: value'";
        } else if (problem.startsWith("expected <block end>")) {
            what = "the indentation does not match the lines above";
        } else {
            what = "not valid YAML (" + Checks.shortened(problem) + ")";
        }
        return new InvalidSpecException(where + ": " + what, e);
    }

    private static String where(String source, JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return source;
        }
        return source + " line " + loc.getLineNr()
                + (loc.getColumnNr() > 0 ? " column " + loc.getColumnNr() : "");
    }

    private static boolean isNonFinite(String message) {
        return message.startsWith("Malformed numeric value")
                || message.contains("Non-standard token 'NaN'")
                || message.contains("Non-standard token 'Infinity'")
                || message.contains("Non-standard token '-Infinity'");
    }

    private static String knownTypes(InvalidTypeIdException t) {
        String msg = t.getOriginalMessage();
        int i = msg.indexOf("known type ids = ");
        if (i < 0) {
            return "";
        }
        int end = msg.indexOf(']', i);
        return ", expected one of " + msg.substring(i + "known type ids = ".length(),
                end < 0 ? msg.length() : end + 1).trim();
    }

    /** The field path of a mapping error: {@code data.means[1]}, as {@link SpecLocations} finds it. */
    static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid content";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
