package org.bilateral.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Translates Jackson's reading failures into 400 problems that name the field by its JSON path. */
public final class JacksonProblems {

    private JacksonProblems() {
    }

    /** The problem a body Jackson could not read is: the field by its JSON path and what was expected. */
    public static ApiException of(JsonProcessingException processing) {
        if (!(processing instanceof JsonMappingException e)) {
            var loc = processing.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            String field = currentField(processing);
            if (processing instanceof InputCoercionException && field != null) {
                return ApiException.badRequest(field, "number out of range");
            }
            return new ApiException(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + where,
                    List.of(new Problem.FieldError("body", "not valid JSON" + where)));
        }
        String field = jsonPath(e.getPath());
        if (e.getCause() instanceof InputCoercionException) {
            // databind wraps the parser's overflow in a mapping exception to add the path
            return ApiException.badRequest(orBody(field), "number out of range");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String name = field.isEmpty() ? String.valueOf(u.getPropertyName()) : field;
            return ApiException.badRequest(name, "unknown field");
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target == String.class) {
                // only StrictJson's NUL check fails a string's format; the value is not echoed, it holds the NUL
                return ApiException.badRequest(orBody(field), "text must not contain NUL (U+0000) characters");
            }
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                    : "a valid " + typeName(target);
            return ApiException.badRequest(orBody(field), "invalid value '" + f.getValue() + "': expected " + expected);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException iae) {
            return ApiException.badRequest(orBody(field), iae.getMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return ApiException.badRequest(orBody(field), "wrong type: expected " + typeName(m.getTargetType()));
        }
        return ApiException.badRequest(orBody(field), "cannot be read");
    }

    /** The dotted path the parser was at, for errors that carry no mapping path. */
    private static String currentField(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (var ctx = parser.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
            if (ctx.getCurrentName() != null) {
                names.add(0, ctx.getCurrentName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 " + (type == LocalDate.class ? "date (YYYY-MM-DD)" : "date-time");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (type.isEnum()) {
            return "code";
        }
        return "object";
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
